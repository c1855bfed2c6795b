//! Hand-written matchers for the short, fixed shapes of text that Lede looks for: an
//! author line, a dateline, a rate statement, a gallery counter.
//!
//! Each shape is a small function over a [`Cursor`] that reads the text from left to right
//! and says whether it matched. This replaces regular expressions, whose construction at
//! first use (parse, compile, cache) and whose engine's code were most of the cost of the
//! first analysis in a new tab: a scanner costs nothing before its first call and compiles
//! to a few hundred bytes of WASM.
//!
//! A [`Cursor`] is `Copy`: to try an alternative, keep a copy and restore it when the
//! alternative fails ([`Cursor::attempt`] does this). All positions are byte offsets; every
//! method moves only over whole characters, so a cursor always sits on a character boundary.
//! Letter and digit classes are ASCII, as the patterns they replace were, unless a method
//! says otherwise.

use std::ops::Range;

/// A position in a text, read forwards.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Cursor<'a> {
    /// A cursor at the start of `text`.
    pub fn new(text: &'a str) -> Self {
        Cursor { text, pos: 0 }
    }

    /// A cursor at byte `pos` of `text` (which must be a character boundary).
    pub fn at(text: &'a str, pos: usize) -> Self {
        debug_assert!(text.is_char_boundary(pos));
        Cursor { text, pos }
    }

    pub fn pos(&self) -> usize {
        self.pos
    }

    pub fn text(&self) -> &'a str {
        self.text
    }

    /// What is left to read.
    pub fn rest(&self) -> &'a str {
        &self.text[self.pos..]
    }

    pub fn at_end(&self) -> bool {
        self.pos == self.text.len()
    }

    /// The text read since `start` (an earlier position of this cursor).
    pub fn since(&self, start: usize) -> &'a str {
        &self.text[start..self.pos]
    }

    /// The next byte, without moving.
    pub fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    /// The next character, without moving.
    pub fn peek_char(&self) -> Option<char> {
        self.rest().chars().next()
    }

    /// The character before the cursor.
    pub fn prev_char(&self) -> Option<char> {
        self.text[..self.pos].chars().next_back()
    }

    /// Moves over the next character if `test` accepts it.
    pub fn char_if(&mut self, test: impl Fn(char) -> bool) -> Option<char> {
        let c = self.peek_char().filter(|&c| test(c))?;
        self.pos += c.len_utf8();
        Some(c)
    }

    /// Moves over the next byte if it is ASCII and `test` accepts it.
    pub fn byte_if(&mut self, test: impl Fn(u8) -> bool) -> Option<u8> {
        let b = self.peek().filter(|&b| b.is_ascii() && test(b))?;
        self.pos += 1;
        Some(b)
    }

    /// Moves over `c` if it comes next.
    pub fn eat(&mut self, c: char) -> bool {
        self.char_if(|x| x == c).is_some()
    }

    /// Moves over `word` if it comes next, exactly.
    pub fn lit(&mut self, word: &str) -> bool {
        let found = self.rest().starts_with(word);
        if found {
            self.pos += word.len();
        }
        found
    }

    /// Moves over `word` if it comes next, ignoring ASCII case.
    pub fn lit_ci(&mut self, word: &str) -> bool {
        let found =
            self.rest().as_bytes().get(..word.len()).is_some_and(|b| b.eq_ignore_ascii_case(word.as_bytes()));
        if found {
            self.pos += word.len();
        }
        found
    }

    /// Moves over the first of `words` that comes next (in the order given, as a regex
    /// alternation tries them) and says which one it was.
    pub fn one_of(&mut self, words: &[&str]) -> Option<usize> {
        words.iter().position(|w| self.lit(w))
    }

    /// [`Cursor::one_of`], ignoring ASCII case.
    pub fn one_of_ci(&mut self, words: &[&str]) -> Option<usize> {
        words.iter().position(|w| self.lit_ci(w))
    }

    /// Moves over as many characters as `test` accepts, up to `max`, and says how many; the
    /// cursor stays put and the answer is None when fewer than `min` came.
    pub fn many(&mut self, min: usize, max: usize, test: impl Fn(char) -> bool) -> Option<usize> {
        let start = self.pos;
        let mut n = 0;
        while n < max && self.char_if(&test).is_some() {
            n += 1;
        }
        if n < min {
            self.pos = start;
            return None;
        }
        Some(n)
    }

    /// `min` to `max` ASCII digits, as text.
    pub fn digits(&mut self, min: usize, max: usize) -> Option<&'a str> {
        let start = self.pos;
        self.many(min, max, |c| c.is_ascii_digit())?;
        Some(self.since(start))
    }

    /// Skips ASCII white space (`\t \n \r` and space; as `[\t\n\r\x20]*`) and says how much.
    pub fn space(&mut self) -> usize {
        self.many(0, usize::MAX, is_space).unwrap_or(0)
    }

    /// At least one character of ASCII white space (as `[\t\n\r\x20]+`).
    pub fn space1(&mut self) -> bool {
        self.space() > 0
    }

    /// Runs `step` and keeps its progress only if it succeeds (returns `Some`); otherwise
    /// the cursor is where it was. The building block of optional parts and alternatives.
    pub fn attempt<T>(&mut self, step: impl FnOnce(&mut Self) -> Option<T>) -> Option<T> {
        let saved = *self;
        let out = step(self);
        if out.is_none() {
            *self = saved;
        }
        out
    }

    /// [`Cursor::attempt`] for steps that answer yes or no.
    pub fn test(&mut self, step: impl FnOnce(&mut Self) -> bool) -> bool {
        self.attempt(|c| step(c).then_some(())).is_some()
    }

    /// Each of `words` that comes next (ignoring ASCII case), in the order given, followed by
    /// `rest`: the first word after which `rest` succeeds, as a regex alternation backtracks
    /// into its later branches ("is" then "is worth"). The cursor stays put on failure.
    pub fn one_of_ci_then<T>(
        &mut self,
        words: &[&str],
        mut rest: impl FnMut(&mut Self) -> Option<T>,
    ) -> Option<T> {
        words.iter().find_map(|w| self.attempt(|c| if c.lit_ci(w) { rest(c) } else { None }))
    }

    /// The shortest run of at most `max` bytes that `gap` accepts, after which `rest`
    /// succeeds: a lazy `[gap]{0,max}?` then `rest`, counted in bytes as a byte-oriented
    /// pattern counts them. `gap` sees the text's bytes and the index of the one it judges
    /// (so that it can tell a decimal point from a full stop). `rest` is tried only on
    /// character boundaries. The cursor stays put on failure.
    pub fn gap_then<T>(
        &mut self,
        max: usize,
        gap: impl Fn(&[u8], usize) -> bool,
        mut rest: impl FnMut(&mut Self) -> Option<T>,
    ) -> Option<T> {
        let bytes = self.text.as_bytes();
        let start = self.pos;
        for end in start..=(start + max).min(bytes.len()) {
            if end > start && !gap(bytes, end - 1) {
                break;
            }
            if self.text.is_char_boundary(end) {
                let mut c = Cursor::at(self.text, end);
                if let Some(found) = rest(&mut c) {
                    *self = c;
                    return Some(found);
                }
            }
        }
        None
    }
}

/// ASCII white space as the replaced patterns wrote it: `[\t\n\r\x20]`.
pub fn is_space(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | ' ')
}

/// A character of an e-mail address's local part as the replaced patterns wrote it:
/// `[A-Za-z0-9._%+\-]`.
pub fn is_address_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-')
}

/// Whether the character before byte `pos` of `text` ends a word: true at the start or
/// after a character that is neither an ASCII letter, digit nor `_` (as ASCII `\b` on the
/// left of a word).
pub fn word_starts_at(text: &str, pos: usize) -> bool {
    !text[..pos].bytes().next_back().is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// Whether byte `pos` of `text` is past the end of a word (as ASCII `\b` on its right).
pub fn word_ends_at(text: &str, pos: usize) -> bool {
    !text.as_bytes().get(pos).is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
}

/// The first place in `text`, from the left, where `shape` matches (a cursor is started at
/// every character boundary in turn): the match's byte range and what `shape` returned. An
/// unanchored search, as `Regex::find` is.
pub fn find<'a, T>(
    text: &'a str,
    mut shape: impl FnMut(&mut Cursor<'a>) -> Option<T>,
) -> Option<(Range<usize>, T)> {
    find_from(text, 0, &mut shape)
}

/// [`find`], from byte `from` on.
pub fn find_from<'a, T>(
    text: &'a str,
    from: usize,
    mut shape: impl FnMut(&mut Cursor<'a>) -> Option<T>,
) -> Option<(Range<usize>, T)> {
    text.get(from..)?.char_indices().map(|(i, _)| from + i).chain([text.len()]).find_map(|start| {
        let mut c = Cursor::at(text, start);
        shape(&mut c).map(|found| (start..c.pos, found))
    })
}

/// Every match of `shape` in `text`, left to right, none overlapping (a search resumes at
/// the end of the previous match), for shapes that read at least one character. `shape`
/// is tried only where the next byte is one `starts` accepts: the bytes a match can begin
/// with (its first letters, the first byte of its first character); on long text where
/// they are rare, this is what keeps a search over a whole article cheap.
pub fn find_all_starting<'a, T>(
    text: &'a str,
    starts: impl Fn(u8) -> bool,
    mut shape: impl FnMut(&mut Cursor<'a>) -> Option<T>,
) -> Vec<(Range<usize>, T)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    while start < bytes.len() {
        if starts(bytes[start]) && text.is_char_boundary(start) {
            let mut c = Cursor::at(text, start);
            if let Some(found) = shape(&mut c).filter(|_| c.pos > start) {
                out.push((start..c.pos, found));
                start = c.pos;
                continue;
            }
        }
        start += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "Image 12 of 30": a small shape written with the cursor.
    fn counter(c: &mut Cursor<'_>) -> Option<(u32, u32)> {
        c.one_of(&["Image", "Photo"])?;
        c.space1().then_some(())?;
        let n = c.digits(1, 3)?.parse().ok()?;
        c.space1().then_some(())?;
        c.lit_ci("of").then_some(())?;
        c.space1().then_some(())?;
        let of = c.digits(1, 3)?.parse().ok()?;
        Some((n, of))
    }

    #[test]
    fn a_shape_is_found_anywhere_in_the_text_and_gives_its_range() {
        let text = "Caption — Photo 3 OF 12, by Yonhap";
        let (range, found) = find(text, counter).expect("found");
        assert_eq!(found, (3, 12));
        assert_eq!(&text[range], "Photo 3 OF 12");
    }

    #[test]
    fn a_failed_alternative_leaves_the_cursor_where_it_was() {
        let mut c = Cursor::new("1,420 won");
        assert_eq!(c.attempt(|c| c.digits(1, 2).filter(|_| c.lit(".5"))), None);
        assert_eq!(c.pos(), 0);
        assert!(c.test(|c| c.digits(1, 1).is_some() && c.eat(',')));
        assert_eq!(c.rest(), "420 won");
    }

    #[test]
    fn counted_repeats_respect_their_bounds() {
        let mut c = Cursor::new("12345x");
        assert_eq!(c.digits(6, 9), None);
        assert_eq!(c.pos(), 0);
        assert_eq!(c.digits(1, 3), Some("123"));
        assert_eq!(c.digits(1, 9), Some("45"));
    }

    #[test]
    fn matches_do_not_overlap_and_multibyte_text_is_walked_by_character() {
        let text = "달러당 Photo 1 of 2 · Image 2 of 2";
        let found: Vec<_> = find_all_starting(text, |b| b.is_ascii_uppercase(), counter)
            .into_iter()
            .map(|(_, f)| f)
            .collect();
        assert_eq!(found, vec![(1, 2), (2, 2)]);
    }

    #[test]
    fn the_local_part_of_an_address_is_ascii() {
        let mut c = Cursor::new("kim.min-ji+news@yna.co.kr");
        assert_eq!(c.many(1, usize::MAX, is_address_char), Some(15));
        assert!(c.eat('@'));
        assert!(!is_address_char('@') && !is_address_char('é') && !is_address_char(' '));
    }

    #[test]
    fn word_edges_are_ascii_word_boundaries() {
        let text = "a won-dollar rate";
        assert!(word_starts_at(text, 2) && word_ends_at(text, 5));
        assert!(!word_starts_at(text, 3) && !word_ends_at(text, 4));
    }

    #[test]
    fn an_alternation_backtracks_into_its_later_words() {
        let mut c = Cursor::new("IS worth 5");
        fn rest<'a>(c: &mut Cursor<'a>) -> Option<&'a str> {
            c.space1().then_some(())?;
            c.digits(1, 1)
        }
        assert_eq!(c.one_of_ci_then(&["is", "is worth"], rest), Some("5"));
        assert_eq!(c.rest(), "");
        let mut c = Cursor::new("is cheap");
        assert_eq!(c.one_of_ci_then(&["is", "is worth"], rest), None);
        assert_eq!(c.pos(), 0);
    }

    #[test]
    fn a_gap_is_as_short_as_it_can_be_and_counted_in_bytes() {
        fn digit<'a>(c: &mut Cursor<'a>) -> Option<&'a str> {
            c.digits(1, 1)
        }
        let not_stop = |b: &[u8], i: usize| b[i] != b'.';
        let mut c = Cursor::new("ab 1 2");
        assert_eq!(c.gap_then(10, not_stop, digit), Some("1"));
        assert_eq!(c.rest(), " 2");
        // "달" is three bytes: a gap of 3 reaches the digit, a gap of 2 does not.
        assert_eq!(Cursor::new("달1").gap_then(3, not_stop, digit), Some("1"));
        assert_eq!(Cursor::new("달1").gap_then(2, not_stop, digit), None);
        assert_eq!(Cursor::new("a.1").gap_then(5, not_stop, digit), None);
    }

    #[test]
    fn a_search_tries_only_the_starting_bytes_it_is_given() {
        let text = "Photo 1 of 2, Image 3 of 4; 달러당 Photo 5 of 6";
        let starts = |b: u8| b == b'P' || b == b'I';
        let found: Vec<_> =
            find_all_starting(text, starts, counter).into_iter().map(|(r, f)| (&text[r], f)).collect();
        assert_eq!(found, vec![("Photo 1 of 2", (1, 2)), ("Image 3 of 4", (3, 4)), ("Photo 5 of 6", (5, 6))]);
        assert_eq!(find_all_starting(text, |b| b == b'I', counter).len(), 1);
    }
}
