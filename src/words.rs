//! Word lists as data: one entry a line in a text file beside the module that reads it
//! (`include_str!`), sorted (byte order) and unique, and cased as its kind requires: lower
//! case for words compared case-insensitively, capitalised for names and name words, with
//! at least one capital for abbreviations. [`WordList::check`] verifies all of that, and
//! each module that holds lists runs it over every one of them in a test, so a list cannot
//! silently grow duplicates or entries that can never match.
//!
//! Lookups are exact and case-sensitive ([`WordList::contains`]) or ASCII-case-insensitive
//! on lower-case lists ([`WordList::contains_folded`]), in a hash table that the compiler
//! builds ([`table`]): nothing is built at first use, which in a new tab is part of the
//! first analysis's cost (a `HashSet` per list was). A binary search over the sorted text
//! would build nothing either, but measured ten times slower per look-up than a hash (about
//! 150 ns against 14 ns natively), and names are looked up in several lists per word.

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

/// A word list from a data file, with its hash table ([`table`]).
pub struct WordList {
    /// The file's name, for the check's messages.
    pub file: &'static str,
    pub text: &'static str,
    pub case: Case,
    slots: &'static [u16],
}

impl WordList {
    /// A list of the entries of `text` (its non-empty lines), with `slots` its [`table`].
    pub const fn new(file: &'static str, text: &'static str, case: Case, slots: &'static [u16]) -> Self {
        WordList { file, text, case, slots }
    }

    pub fn entries(&self) -> impl Iterator<Item = &'static str> {
        self.text.lines().filter(|l| !l.is_empty())
    }

    /// Whether `word` is an entry: its [`hash`] picks a slot, and the slots from there on
    /// are compared with it until an empty one.
    pub fn contains(&self, word: &str) -> bool {
        let (text, word) = (self.text.as_bytes(), word.as_bytes());
        let mut slot = hash(word) as usize % self.slots.len();
        while let Some(at) = self.slots[slot].checked_sub(1).map(usize::from) {
            let is_entry =
                text[at..].starts_with(word) && text.get(at + word.len()).is_none_or(|&b| b == b'\n');
            if is_entry {
                // An entry is a whole, non-empty line.
                return !word.is_empty() && !word.contains(&b'\n');
            }
            slot = (slot + 1) % self.slots.len();
        }
        false
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

/// How many slots the [`table`] of `text` has: twice as many as it has lines, and one more,
/// so that a look-up that finds no entry meets an empty slot within a few steps.
pub const fn slots_for(text: &str) -> usize {
    let (bytes, mut lines, mut i) = (text.as_bytes(), 1, 0);
    while i < bytes.len() {
        lines += (bytes[i] == b'\n') as usize;
        i += 1;
    }
    2 * lines + 1
}

/// The hash table of the entries of `text`, built by the compiler for each list: open
/// addressing with linear probing, by the [`hash`] of an entry; a slot holds 1 + the byte
/// offset of an entry's line in the text, or 0 when empty. `M` is [`slots_for`] the text.
pub const fn table<const M: usize>(text: &str) -> [u16; M] {
    let mut slots = [0u16; M];
    fill(text, &mut slots);
    slots
}

/// Puts every non-empty line of `text` into `slots` ([`table`]).
const fn fill(text: &str, slots: &mut [u16]) {
    let bytes = text.as_bytes();
    assert!(bytes.len() < u16::MAX as usize, "a word list must be under 64 KB");
    let mut start = 0;
    while start < bytes.len() {
        let mut end = start;
        while end < bytes.len() && bytes[end] != b'\n' {
            end += 1;
        }
        if end > start {
            let (line, _) = bytes.split_at(end);
            let (_, line) = line.split_at(start);
            let mut slot = hash(line) as usize % slots.len();
            while slots[slot] != 0 {
                slot = (slot + 1) % slots.len();
            }
            slots[slot] = start as u16 + 1;
        }
        start = end + 1;
    }
}

/// FNV-1a, 32 bits: short, and computable by the compiler.
const fn hash(bytes: &[u8]) -> u32 {
    let (mut h, mut i) = (0x811c_9dc5u32, 0);
    while i < bytes.len() {
        h = (h ^ bytes[i] as u32).wrapping_mul(0x0100_0193);
        i += 1;
    }
    h
}

/// A [`WordList`] of `text` (a constant), with its [`table`].
macro_rules! word_list {
    ($file:expr, $text:expr, $case:ident) => {{
        const TEXT: &str = $text;
        const SLOTS: [u16; $crate::words::slots_for(TEXT)] = $crate::words::table(TEXT);
        $crate::words::WordList::new($file, TEXT, $crate::words::Case::$case, &SLOTS)
    }};
}
pub(crate) use word_list;

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
            $vis static $name: $crate::words::WordList =
                $crate::words::word_list!($file, include_str!(concat!("words/", $file)), $case);
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
        let list = word_list!("t.txt", "b\na\na\n\nSeoul \n", Lower);
        let faults = list.check().join("\n");
        for fault in ["blank line", "\"b\" then \"a\"", "\"a\" then \"a\"", "spaces around", "not cased"] {
            assert!(faults.contains(fault), "{fault} missing from:\n{faults}");
        }
        assert!(word_list!("ok.txt", "a\nb\n", Lower).check().is_empty());
        assert!(word_list!("ok.txt", "may\n", Lower).contains_folded("May"));
    }

    #[test]
    fn every_entry_is_found_and_nothing_else() {
        // Lists of every length up to 60, with and without a final newline (so with every
        // load of the table and many collisions), searched for each entry, for words
        // between, around and inside entries, and for the empty word.
        let words: Vec<String> = (0..60).map(|i| format!("w{:03}", i * 2)).collect();
        for n in 0..=words.len() {
            for end in ["", "\n"] {
                let text: &'static str =
                    Box::leak(format!("{}{end}", words[..n].join("\n")).into_boxed_str());
                let mut slots = vec![0; slots_for(text)];
                fill(text, &mut slots);
                let list = WordList::new("t.txt", text, Case::Lower, slots.leak());
                for i in 0..120 {
                    let word = format!("w{i:03}");
                    assert_eq!(list.contains(&word), i % 2 == 0 && i / 2 < n, "{word} in {n} words");
                }
                for miss in ["", "w", "w0", "w0000", "000", "a", "w002\nw004"] {
                    assert!(!list.contains(miss), "{miss:?} in {n} words");
                }
            }
        }
    }
}
