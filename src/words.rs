//! Word lists as data: one entry a line in a text file beside the module that reads it
//! (`include_str!`), sorted (byte order) and unique, and cased as its kind requires: lower
//! case for words compared case-insensitively, capitalised for names and name words, with
//! at least one capital for abbreviations. [`WordList::check`] verifies all of that, and
//! each module that holds lists runs it over every one of them in a test, so a list cannot
//! silently grow duplicates or entries that can never match.
//!
//! Lookups are exact and case-sensitive ([`WordList::contains`]) or ASCII-case-insensitive
//! on lower-case lists ([`WordList::contains_folded`]), O(1) after the first use.

use std::collections::HashSet;
use std::sync::OnceLock;

/// How a list's entries must be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// Compared lower-cased ("secretary"): any capital would never match.
    Lower,
    /// Names and name words as news copy writes them ("Seoul", "Ministry").
    Capitalised,
    /// Abbreviations and styled names ("BOK", "iOS", "GHz"): at least one capital.
    HasCapital,
}

/// Folded look-ups see this many bytes; a longer word is in no lower-case list.
const FOLDED_BYTES: usize = 32;

/// A word list from a data file, turned into a hash set on first use.
pub struct WordList {
    /// The file's name, for the check's messages.
    pub file: &'static str,
    pub text: &'static str,
    pub case: Case,
    set: OnceLock<HashSet<&'static str>>,
}

impl WordList {
    pub const fn new(file: &'static str, text: &'static str, case: Case) -> Self {
        WordList { file, text, case, set: OnceLock::new() }
    }

    pub fn entries(&self) -> impl Iterator<Item = &'static str> {
        self.text.lines().filter(|l| !l.is_empty())
    }

    pub fn contains(&self, word: &str) -> bool {
        self.set.get_or_init(|| self.entries().collect()).contains(word)
    }

    /// For lists written in lower case: looks the word up lower-cased (ASCII, without
    /// allocating).
    pub fn contains_folded(&self, word: &str) -> bool {
        with_lower(word, |w| self.contains(w)).unwrap_or(false)
    }

    /// Everything wrong with the list's file: empty, blank lines, unsorted or repeated
    /// entries, spaces around an entry, an entry not cased as the list's kind requires.
    pub fn check(&self) -> Vec<String> {
        let mut faults = Vec::new();
        let entries: Vec<&str> = self.entries().collect();
        if entries.is_empty() {
            faults.push(format!("{} is empty", self.file));
        }
        if self.text.lines().any(str::is_empty) {
            faults.push(format!("{} has a blank line", self.file));
        }
        for pair in entries.windows(2).filter(|p| p[0] >= p[1]) {
            faults.push(format!("{}: {:?} then {:?} (unsorted or repeated)", self.file, pair[0], pair[1]));
        }
        for e in &entries {
            if e.trim() != *e {
                faults.push(format!("{}: {e:?} has spaces around it", self.file));
            }
            let first = e.chars().next().unwrap_or(' ');
            let cased = match self.case {
                Case::Lower => !e.chars().any(char::is_uppercase),
                Case::Capitalised => first.is_uppercase(),
                Case::HasCapital => e.chars().any(char::is_uppercase),
            };
            if !cased {
                faults.push(format!("{}: {e:?} is not cased as {:?}", self.file, self.case));
            }
            if self.case == Case::Lower && e.len() > FOLDED_BYTES {
                faults.push(format!("{}: {e:?} is longer than folded look-ups see", self.file));
            }
        }
        faults
    }
}

/// Runs `f` on the ASCII-lower-case form of a word, without allocating; `None` for a word
/// longer than [`FOLDED_BYTES`], which no lower-case list holds.
pub fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> Option<R> {
    let mut buf = [0u8; FOLDED_BYTES];
    let slot = buf.get_mut(..word.len())?;
    slot.copy_from_slice(word.as_bytes());
    slot.make_ascii_lowercase();
    std::str::from_utf8(slot).ok().map(f)
}

/// Declares word lists, each read from `words/<file>` beside the module that declares it,
/// and a test that runs [`WordList::check`] over every one of them:
///
/// ```ignore
/// word_lists! {
///     /// Words after which a bare month name is a month ("in March").
///     pub MONTH_CUES = "month_cues.txt", Lower;
/// }
/// ```
macro_rules! word_lists {
    ($($(#[$doc:meta])* $vis:vis $name:ident = $file:literal, $case:ident;)*) => {
        $(
            $(#[$doc])*
            $vis static $name: $crate::words::WordList = $crate::words::WordList::new(
                $file,
                include_str!(concat!("words/", $file)),
                $crate::words::Case::$case,
            );
        )*
        #[cfg(test)]
        #[test]
        fn word_lists_are_sorted_unique_and_cased_for_their_kind() {
            let lists: &[&$crate::words::WordList] = &[$(&$name),*];
            let faults: Vec<String> = lists.iter().flat_map(|list| list.check()).collect();
            assert!(faults.is_empty(), "{}", faults.join("\n"));
        }
    };
}
pub(crate) use word_lists;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_check_finds_every_kind_of_fault() {
        let list = WordList::new("t.txt", "b\na\na\n\nSeoul \n", Case::Lower);
        let faults = list.check().join("\n");
        for fault in ["blank line", "\"b\" then \"a\"", "\"a\" then \"a\"", "spaces around", "not cased"] {
            assert!(faults.contains(fault), "{fault} missing from:\n{faults}");
        }
        assert!(WordList::new("ok.txt", "a\nb\n", Case::Lower).check().is_empty());
        assert!(WordList::new("ok.txt", "may\n", Case::Lower).contains_folded("May"));
    }
}
