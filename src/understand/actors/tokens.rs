//! Words and punctuation of one sentence, the unit the name finder walks.
//!
//! A word keeps its inner hyphens, apostrophes, periods and ampersands ("Sang-mok",
//! "O'Leary", "U.S.", "AT&T") and the period of an abbreviation or initial ("Corp.", "F.").
//! A possessive ending ("Korea's", "Korea’s", PTB's detached "'s") becomes its own token so
//! a name never swallows it. Everything else that is not white space is a one-character
//! punctuation token. One pass, no allocation beyond the token list.
//!
//! Names need their words whole, joiners and all, which neither the figures' nor the dates'
//! tokens keep (they split "Sang-mok" and "U.S." at the marks): hence a tokenizer of its own.

use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    /// "'s", "’s" or a bare trailing apostrophe after a plural ("ministers’").
    Possessive,
    Punct,
}

#[derive(Debug, Clone)]
pub struct Token<'a> {
    pub kind: TokenKind,
    pub text: &'a str,
    /// Byte range in the document text.
    pub bytes: Range<usize>,
}

impl Token<'_> {
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// Starts with an upper-case letter ("Choi", "G20", "U.S.").
    pub fn is_capitalised(&self) -> bool {
        self.is_word() && self.text.chars().next().is_some_and(|c| c.is_uppercase())
    }

    /// Styled with a small letter before its capital ("iM", "eBay", "iPhone").
    pub fn is_styled(&self) -> bool {
        let mut chars = self.text.chars();
        self.is_word()
            && chars.next().is_some_and(char::is_lowercase)
            && chars.next().is_some_and(char::is_uppercase)
    }

    /// Every letter is upper case and there are at least two ("BOK", "JOONGANG").
    pub fn is_all_caps(&self) -> bool {
        let mut letters = 0;
        for c in self.text.chars() {
            if c.is_lowercase() {
                return false;
            }
            if c.is_alphabetic() {
                letters += 1;
            }
        }
        letters >= 2
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Periods that stay on a word: initials ("F."), dotted abbreviations ("U.S.") and the
/// usual short forms of names and company types.
fn keeps_period(word: &str) -> bool {
    let single_initial = word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase());
    single_initial
        || word.contains('.')
        || matches!(
            word,
            "Mr" | "Mrs"
                | "Ms"
                | "Dr"
                | "Prof"
                | "Jr"
                | "Sr"
                | "St"
                | "Inc"
                | "Corp"
                | "Co"
                | "Ltd"
                | "Gen"
                | "Lt"
                | "Col"
                | "Sgt"
                | "Capt"
                | "Sen"
                | "Rep"
                | "Gov"
                | "Rev"
                | "Bros"
                | "No"
        )
}

/// Where a participle joined to a capitalised name starts ("Ocean-led", "SK-backed",
/// "Samsung-owned"): the name is a word of its own. "-based" stays on its place ("Chicago-based
/// Boeing" says where the company sits and is read as a whole).
fn compound_suffix_at(word: &str) -> Option<usize> {
    const SUFFIXES: [&str; 8] =
        ["-led", "-backed", "-owned", "-controlled", "-funded", "-run", "-affiliated", "-linked"];
    let cut = SUFFIXES.iter().find_map(|s| {
        let at = word.len().checked_sub(s.len())?;
        word.get(at..).filter(|tail| tail.eq_ignore_ascii_case(s)).map(|_| at)
    })?;
    (cut > 0 && word.starts_with(|c: char| c.is_uppercase())).then_some(cut)
}

/// Splits `range` of `text` into tokens.
pub fn tokenize(text: &str, range: Range<usize>) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let slice = &text[range.clone()];
    let base = range.start;
    let mut chars = slice.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            // Extend over letters and digits, and over joiners followed by one.
            loop {
                let rest = &slice[end..];
                let mut it = rest.chars();
                let Some(next) = it.next() else { break };
                if next.is_alphanumeric() {
                    end += next.len_utf8();
                    continue;
                }
                let joiner = matches!(next, '-' | '.' | '&') || is_apostrophe(next);
                let after = it.next();
                let possessive_s = is_apostrophe(next)
                    && matches!(after, Some('s') | Some('S'))
                    && !it.next().is_some_and(|c| c.is_alphanumeric());
                if joiner && !possessive_s && after.is_some_and(|a| a.is_alphanumeric()) {
                    end += next.len_utf8();
                    continue;
                }
                break;
            }
            // A trailing period that belongs to the word.
            let word = &slice[i..end];
            if slice[end..].starts_with('.') && keeps_period(word) {
                end += 1;
            }
            while chars.peek().is_some_and(|&(j, _)| j < end) {
                chars.next();
            }
            // "a Hanwha Ocean-led consortium": the name, then what it does to the noun.
            if let Some(cut) = compound_suffix_at(&slice[i..end]) {
                let at = i + cut;
                out.push(Token { kind: TokenKind::Word, text: &slice[i..at], bytes: base + i..base + at });
                out.push(Token {
                    kind: TokenKind::Word,
                    text: &slice[at..end],
                    bytes: base + at..base + end,
                });
                continue;
            }
            out.push(Token { kind: TokenKind::Word, text: &slice[i..end], bytes: base + i..base + end });
            continue;
        }
        if is_apostrophe(c) {
            // "'s" (attached or PTB-detached) or a plural's bare apostrophe.
            let rest = &slice[i + c.len_utf8()..];
            let mut it = rest.chars();
            let s_follows =
                matches!(it.next(), Some('s') | Some('S')) && !it.next().is_some_and(|c| c.is_alphanumeric());
            let after_word = out.last().is_some_and(|t: &Token| t.is_word() && t.bytes.end == base + i);
            let detached = out.last().is_some_and(|t: &Token| t.is_word());
            if s_follows && detached {
                let end = i + c.len_utf8() + 1;
                while chars.peek().is_some_and(|&(j, _)| j < end) {
                    chars.next();
                }
                out.push(Token {
                    kind: TokenKind::Possessive,
                    text: &slice[i..end],
                    bytes: base + i..base + end,
                });
                continue;
            }
            if after_word && out.last().is_some_and(|t| t.text.ends_with('s')) {
                out.push(Token {
                    kind: TokenKind::Possessive,
                    text: &slice[i..i + c.len_utf8()],
                    bytes: base + i..base + i + c.len_utf8(),
                });
                continue;
            }
        }
        out.push(Token {
            kind: TokenKind::Punct,
            text: &slice[i..i + c.len_utf8()],
            bytes: base + i..base + i + c.len_utf8(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s, 0..s.len()).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn keeps_names_and_abbreviations_whole() {
        assert_eq!(
            texts("U.S. Treasury Secretary Scott Bessent met Choi Sang-mok."),
            ["U.S.", "Treasury", "Secretary", "Scott", "Bessent", "met", "Choi", "Sang-mok", "."]
        );
        assert_eq!(
            texts("John F. Kennedy and Michael O'Leary of AT&T Inc."),
            ["John", "F.", "Kennedy", "and", "Michael", "O'Leary", "of", "AT&T", "Inc."]
        );
    }

    #[test]
    fn splits_possessives_attached_or_detached() {
        assert_eq!(texts("Korea’s won"), ["Korea", "’s", "won"]);
        assert_eq!(texts("the aircraft 's wing"), ["the", "aircraft", "'s", "wing"]);
        assert_eq!(texts("the ministers’ meeting"), ["the", "ministers", "’", "meeting"]);
    }

    #[test]
    fn survives_odd_input() {
        assert_eq!(texts("’ 's - ."), ["’", "'", "s", "-", "."]);
        assert!(texts("").is_empty());
    }
}
