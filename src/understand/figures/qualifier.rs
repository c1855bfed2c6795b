//! Qualifiers written before a figure ("over 12 trillion won", "more than 4 trillion won",
//! "nearly five months"), each read as one of the panel's words: over, more than, about,
//! nearly, almost, up to, at least, less than.

use std::sync::OnceLock;

use super::tokens::{PhraseTable, Tokens};

/// As written → as shown.
const QUALIFIERS: &[(&str, &str)] = &[
    ("over", "over"),
    ("just over", "over"),
    ("above", "over"),
    ("more than", "more than"),
    ("upwards of", "more than"),
    ("in excess of", "more than"),
    ("about", "about"),
    ("around", "about"),
    ("roughly", "about"),
    ("approximately", "about"),
    ("some", "about"),
    ("an estimated", "about"),
    ("nearly", "nearly"),
    ("close to", "nearly"),
    ("almost", "almost"),
    ("up to", "up to"),
    ("as much as", "up to"),
    ("as many as", "up to"),
    ("at most", "up to"),
    ("at least", "at least"),
    ("no less than", "at least"),
    ("less than", "less than"),
    ("fewer than", "less than"),
    ("under", "less than"),
    ("just under", "less than"),
    ("below", "less than"),
];

/// The qualifier ending right before token `i`: what it means and its first token.
pub fn before(t: &Tokens<'_>, i: usize) -> Option<(&'static str, usize)> {
    static TABLE: OnceLock<Vec<(Tokens<'static>, &'static str)>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut rows: Vec<_> = PhraseTable::new(QUALIFIERS).entries;
        crate::order::longest_first(&mut rows, |(p, _)| p.len());
        rows
    });
    table.iter().find_map(|(phrase, meaning)| {
        let start = i.checked_sub(phrase.len())?;
        (t.phrase(start, phrase) == Some(i)).then_some((*meaning, start))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_words_before_a_figure() {
        let t = Tokens::new("a budget of more than 4 trillion won");
        assert_eq!(before(&t, 5), Some(("more than", 3)));
        let t = Tokens::new("a supplementary budget of over 12 trillion won");
        assert_eq!(before(&t, 5).map(|q| q.0), Some("over"));
        let t = Tokens::new("spent 4 trillion won");
        assert_eq!(before(&t, 1), None);
    }
}
