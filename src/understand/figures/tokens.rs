//! A flat token stream for the figure scanners: words (ASCII letters), numerals (digits with
//! `,` and `.` between digits) and single symbols, each knowing whether white space precedes
//! it. Scanners match small grammars over these tokens instead of running many regexes, so
//! "US$8.45 billion", "$ 40 billion" and "90-day" are all a few token comparisons.
//!
//! Dates and names read the same text through tokenizers of their own, each splitting it as
//! its grammar needs (see [`crate::understand::dates`]' and [`crate::understand::actors`]'
//! `tokens`).

use crate::words::WordList;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A run of ASCII letters.
    Word,
    /// Digits, with `,` or `.` only between digits: "1,420.1".
    Num,
    /// Any other single character that is not white space ("$", "%", "(", "₩", "조").
    Sym,
}

#[derive(Debug, Clone, Copy)]
pub struct Token {
    pub kind: Kind,
    /// Byte range in the text.
    pub start: usize,
    pub end: usize,
    /// White space (or the start of the text) before the token.
    pub gap: bool,
}

/// The tokens of a text together with the text, with case-insensitive lookups.
pub struct Tokens<'a> {
    pub text: &'a str,
    /// The text with ASCII letters lower-cased (same byte offsets): word tests compare
    /// slices of it instead of folding case again and again.
    lower: String,
    pub list: Vec<Token>,
}

impl<'a> Tokens<'a> {
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut list = Vec::with_capacity(text.len() / 4);
        let mut i = 0;
        let mut gap = true;
        while i < bytes.len() {
            let b = bytes[i];
            if b.is_ascii_whitespace() {
                gap = true;
                i += 1;
                continue;
            }
            let start = i;
            let kind = if b.is_ascii_alphabetic() {
                while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
                    i += 1;
                }
                Kind::Word
            } else if b.is_ascii_digit() {
                while i < bytes.len() {
                    let c = bytes[i];
                    let inner = (c == b',' || c == b'.') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
                    if c.is_ascii_digit() || inner {
                        i += 1;
                    } else {
                        break;
                    }
                }
                Kind::Num
            } else {
                let len = text[i..].chars().next().map_or(1, char::len_utf8);
                // Non-breaking and other Unicode spaces separate tokens like ASCII ones.
                if text[i..].starts_with(|c: char| c.is_whitespace()) {
                    gap = true;
                    i += len;
                    continue;
                }
                i += len;
                Kind::Sym
            };
            list.push(Token { kind, start, end: i, gap });
            gap = false;
        }
        Tokens { text, lower: text.to_ascii_lowercase(), list }
    }

    /// The token's text lower-cased ("" past the end).
    pub fn lower(&self, i: usize) -> &str {
        self.list.get(i).map_or("", |t| &self.lower[t.start..t.end])
    }

    /// Whether token `i` is a word of the set.
    pub fn is_in(&self, i: usize, set: &WordList) -> bool {
        self.kind(i) == Some(Kind::Word) && set.contains(self.lower(i))
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn get(&self, i: usize) -> Option<&Token> {
        self.list.get(i)
    }

    /// The token's text ("" past the end).
    pub fn str(&self, i: usize) -> &'a str {
        self.list.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.list.get(i).map(|t| t.kind)
    }

    /// Whether token `i` is the word `w` (written in lower case; the text in any case).
    pub fn is_word(&self, i: usize, w: &str) -> bool {
        self.kind(i) == Some(Kind::Word) && self.lower(i) == w
    }

    /// Whether token `i` is the symbol `s`.
    pub fn is_sym(&self, i: usize, s: &str) -> bool {
        self.kind(i) == Some(Kind::Sym) && self.str(i) == s
    }

    /// Whether token `i` follows the previous one without white space.
    pub fn attached(&self, i: usize) -> bool {
        self.list.get(i).is_some_and(|t| !t.gap)
    }

    /// Matches a phrase written as text ("u.s. dollars", "per cent") at token `i`,
    /// case-insensitively, ignoring white space; returns the token index after it.
    pub fn phrase(&self, i: usize, phrase: &Tokens<'_>) -> Option<usize> {
        for k in 0..phrase.len() {
            let t = self.list.get(i + k)?;
            let p = phrase.list[k];
            if t.kind != p.kind || self.lower(i + k) != phrase.lower(k) {
                return None;
            }
            // "US$" must be written as one piece, "u.s. dollars" with its space.
            if k > 0 && p.gap != t.gap {
                return None;
            }
        }
        Some(i + phrase.len())
    }

    /// Index of the first token starting at or after byte `b`.
    pub fn at_byte(&self, b: usize) -> usize {
        self.list.partition_point(|t| t.start < b)
    }
}

/// Phrase tables tokenised once: each entry's tokens with its payload.
pub struct PhraseTable<T: 'static> {
    pub entries: Vec<(Tokens<'static>, T)>,
    /// The lower-cased first byte of each entry: a cheap test before comparing tokens.
    first: Vec<u8>,
}

impl<T: Copy + 'static> PhraseTable<T> {
    /// Builds the table, longest phrase first so "australian dollars" wins over "dollars".
    pub fn new(table: &'static [(&'static str, T)]) -> Self {
        let mut entries: Vec<_> = table.iter().map(|&(p, v)| (Tokens::new(p), v)).collect();
        crate::order::longest_first(&mut entries, |(t, _)| t.len());
        let first = entries
            .iter()
            .map(|(t, _)| t.text.as_bytes().first().map_or(0, u8::to_ascii_lowercase))
            .collect();
        PhraseTable { entries, first }
    }

    /// The longest phrase at token `i`: its payload and the index after it.
    pub fn longest(&self, tokens: &Tokens<'_>, i: usize) -> Option<(T, usize)> {
        let b = tokens.str(i).as_bytes().first()?.to_ascii_lowercase();
        self.entries
            .iter()
            .zip(&self.first)
            .filter(|(_, &f)| f == b)
            .find_map(|((p, v), _)| tokens.phrase(i, p).map(|end| (*v, end)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_money_into_prefix_number_and_scale() {
        let t = Tokens::new("US$8.45 billion, 90-day");
        let parts: Vec<_> = (0..t.len()).map(|i| t.str(i)).collect();
        assert_eq!(parts, ["US", "$", "8.45", "billion", ",", "90", "-", "day"]);
        assert!(t.attached(1) && t.attached(2) && !t.attached(3));
        assert_eq!(t.phrase(0, &Tokens::new("us$")), Some(2));
    }
}
