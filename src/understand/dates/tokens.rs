//! Splits a sentence into the tokens the date grammar reads: runs of letters, runs of
//! digits, and single punctuation marks, each with its byte range and whether white space
//! precedes it ("16th" is a number glued to the word "th"; "2025년" a number glued to 년).
//!
//! The figures stage splits the same sentences its own way ([`crate::understand::figures`]'s
//! `tokens`), because the two grammars need different pieces: a date reads "2025.04.16" and
//! "4/16" number by number and "2025년 4월" as numbers and words, where a figure's numeral
//! keeps its separators ("1,420.5") and its Korean units are symbols of their own ("조", "원").

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Num,
    Punct,
}

#[derive(Debug, Clone, Copy)]
pub struct Token<'a> {
    pub text: &'a str,
    /// Byte range in the whole text.
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// White space (or the sentence start) separates it from the previous token.
    pub spaced: bool,
}

impl Token<'_> {
    pub fn is(&self, word: &str) -> bool {
        self.text.eq_ignore_ascii_case(word)
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.text.starts_with(c)
    }

    pub fn num(&self) -> Option<u32> {
        if self.kind == Kind::Num && self.text.len() <= 9 {
            self.text.parse().ok()
        } else {
            None
        }
    }
}

/// Tokens of `text[range]`, offsets relative to the whole `text`.
pub fn tokenize(text: &str, offset: usize) -> Vec<Token<'_>> {
    let mut out = Vec::with_capacity(text.len() / 4);
    let mut chars = text.char_indices().peekable();
    let mut spaced = true;
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            spaced = true;
            continue;
        }
        let kind = if c.is_ascii_digit() {
            Kind::Num
        } else if c.is_alphabetic() {
            Kind::Word
        } else {
            Kind::Punct
        };
        let mut end = i + c.len_utf8();
        if kind != Kind::Punct {
            while let Some(&(j, d)) = chars.peek() {
                let same = if kind == Kind::Num { d.is_ascii_digit() } else { d.is_alphabetic() };
                if !same {
                    break;
                }
                end = j + d.len_utf8();
                chars.next();
            }
        }
        out.push(Token { text: &text[i..end], start: offset + i, end: offset + end, kind, spaced });
        spaced = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_numbers_and_marks() {
        let t = tokenize("On Apr. 16th, 2025년", 10);
        let texts: Vec<_> = t.iter().map(|t| t.text).collect();
        assert_eq!(texts, ["On", "Apr", ".", "16", "th", ",", "2025", "년"]);
        assert!(!t[4].spaced && t[3].spaced);
        assert_eq!(t[0].start, 10);
    }
}
