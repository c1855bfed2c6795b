//! Offsets: the one place that maps between byte offsets and character offsets.
//!
//! Inside the pipeline every position is a byte range into the article text (what `str`
//! slicing and the scanners use). The analysis contract speaks in characters (Unicode scalar
//! values), because that is what a JavaScript reader of the JSON can index without knowing
//! UTF-8. [`Offsets`] converts at that edge, both ways: bytes → characters when the
//! contract is written, characters → bytes when a reader of the contract (the summary, the
//! overlay) cuts the text again.

use std::ops::Range;

/// Byte ↔ character offsets of one text, built once so that converting many positions stays
/// linear.
pub struct Offsets<'a> {
    text: &'a str,
    /// Byte offset of every character, then the text's length; empty for ASCII text
    /// (offsets coincide).
    starts: Vec<usize>,
}

impl<'a> Offsets<'a> {
    pub fn new(text: &'a str) -> Self {
        let starts = if text.is_ascii() {
            Vec::new()
        } else {
            text.char_indices().map(|(b, _)| b).chain(std::iter::once(text.len())).collect()
        };
        Offsets { text, starts }
    }

    /// The character offset of a byte offset; a byte inside a character rounds up to the
    /// next character, a byte past the end gives the number of characters.
    pub fn char_at(&self, byte: usize) -> usize {
        if self.starts.is_empty() {
            return byte.min(self.text.len());
        }
        match self.starts.binary_search(&byte) {
            Ok(i) | Err(i) => i.min(self.starts.len() - 1),
        }
    }

    /// The byte offset of a character offset, clamped to the end of the text.
    pub fn byte_at(&self, char_offset: usize) -> usize {
        if self.starts.is_empty() {
            char_offset.min(self.text.len())
        } else {
            self.starts.get(char_offset).copied().unwrap_or(self.text.len())
        }
    }

    /// The character range of a byte range.
    pub fn chars(&self, bytes: &Range<usize>) -> Range<usize> {
        self.char_at(bytes.start)..self.char_at(bytes.end)
    }

    /// The byte range of a character range, clamped to the text.
    pub fn bytes(&self, chars: Range<usize>) -> Range<usize> {
        let start = self.byte_at(chars.start);
        start..self.byte_at(chars.end).max(start)
    }

    /// The text of a character range, clamped to the text (empty when reversed).
    pub fn slice(&self, chars: Range<usize>) -> &'a str {
        self.text.get(self.bytes(chars)).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_both_ways_on_mixed_scripts() {
        let text = "Korea’s 12조 원";
        let o = Offsets::new(text);
        let won = text.find('원').unwrap();
        assert_eq!(o.char_at(won), text[..won].chars().count());
        assert_eq!(o.byte_at(o.char_at(won)), won);
        assert_eq!(o.slice(o.chars(&(won..text.len()))), "원");
        assert_eq!(o.char_at(text.len() + 5), text.chars().count());
    }

    #[test]
    fn out_of_range_and_reversed_ranges_are_clamped() {
        let o = Offsets::new("Ünï");
        assert_eq!(o.slice(1..99), "nï");
        let (from, to) = (2, 1);
        assert_eq!(o.slice(from..to), "");
        let ascii = Offsets::new("abc");
        assert_eq!((ascii.char_at(2), ascii.byte_at(9), ascii.slice(1..9)), (2, 3, "bc"));
    }
}
