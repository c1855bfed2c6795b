//! Numbers as news text writes them: numerals with separators, number words and scales.
//! Shared by figures ("four trillion won", "a dozen") and dates ("two days ago").

use std::sync::OnceLock;

use crate::words::with_lower;

/// Cardinal number words, the ones a figure is built from.
const CARDINALS: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
];

/// Other words that stand for a number.
const WORDS: &[(&str, f64)] = &[
    ("hundred", 100.0),
    ("a", 1.0),
    ("an", 1.0),
    ("a dozen", 12.0),
    ("dozen", 12.0),
    ("half", 0.5),
    ("a half", 0.5),
    ("a quarter", 0.25),
    ("quarter", 0.25),
];

/// Words that stand for a rough count ("a few days ago"): good enough to resolve a date,
/// never printed as a figure.
const VAGUE: &[(&str, f64)] = &[
    ("a couple of", 2.0),
    ("couple of", 2.0),
    ("a few", 3.0),
    ("several", 3.0),
    ("both", 2.0),
    ("single", 1.0),
];

/// Scale words and abbreviations ("trillion", "bn", "tril.").
const SCALES: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("k", 1e3),
    ("million", 1e6),
    ("mil", 1e6),
    ("mln", 1e6),
    ("mn", 1e6),
    ("m", 1e6),
    ("billion", 1e9),
    ("bil", 1e9),
    ("bln", 1e9),
    ("bn", 1e9),
    ("b", 1e9),
    ("trillion", 1e12),
    ("tril", 1e12),
    ("trn", 1e12),
    ("tn", 1e12),
    ("tln", 1e12),
    ("tr", 1e12),
    ("quadrillion", 1e15),
];

/// The value of a number word or phrase ("four", "twenty-five", "a dozen"), case-insensitive.
pub fn word_value(word: &str) -> Option<f64> {
    let w = word.trim().to_ascii_lowercase();
    if let Some((tens, ones)) = w.split_once('-') {
        let (t, o) = (lookup(CARDINALS, tens)?, lookup(CARDINALS, ones)?);
        return (t >= 20.0 && t % 10.0 == 0.0 && (1.0..10.0).contains(&o)).then_some(t + o);
    }
    lookup(CARDINALS, &w).or_else(|| lookup(WORDS, &w)).or_else(|| lookup(VAGUE, &w))
}

/// The value of one exact number word ("four", "twelve", "ninety"; not "a", "several"),
/// case-insensitive: the words figures are built from.
pub fn exact_word_value(word: &str) -> Option<f64> {
    // Called on every word of an article: a sorted copy and a lower-cased stack buffer.
    static SORTED: OnceLock<Vec<(&str, f64)>> = OnceLock::new();
    let sorted = SORTED.get_or_init(|| {
        let mut v = CARDINALS.to_vec();
        v.sort_unstable_by_key(|&(k, _)| k);
        v
    });
    with_lower(word, |lower| sorted.binary_search_by(|&(k, _)| k.cmp(lower)).ok().map(|i| sorted[i].1))
        .flatten()
}

/// The multiplier of a scale word ("billion" → 1e9; "tril." → 1e12), case-insensitive.
pub fn scale_value(word: &str) -> Option<f64> {
    let w = word.trim().trim_end_matches('.');
    let find = |w: &str| SCALES.iter().find(|(k, _)| k.eq_ignore_ascii_case(w)).map(|&(_, v)| v);
    find(w).or_else(|| find(w.strip_suffix('s').or_else(|| w.strip_suffix('S'))?))
}

/// A numeral as printed: "1,420.1", "8.45", "27350000", "1.2". Rejects anything else.
pub fn parse_numeral(s: &str) -> Option<f64> {
    let s = s.trim();
    if s.is_empty() || !s.bytes().next()?.is_ascii_digit() && !s.starts_with('.') {
        return None;
    }
    let mut digits = String::with_capacity(s.len());
    for (i, group) in s.split(',').enumerate() {
        // Thousands groups after the first must be exactly three digits (before any point).
        let int_part = group.split('.').next().unwrap_or("");
        if i > 0 && int_part.len() != 3 {
            return None;
        }
        digits.push_str(group);
    }
    if digits.bytes().filter(|&b| b == b'.').count() > 1
        || !digits.bytes().all(|b| b.is_ascii_digit() || b == b'.')
    {
        return None;
    }
    digits.parse().ok().filter(|v: &f64| v.is_finite())
}

/// Decimal places printed in a numeral ("8.45" → 2), which bound its rounding.
pub fn decimals(numeral: &str) -> u32 {
    numeral.rsplit_once('.').map_or(0, |(_, frac)| frac.bytes().take_while(u8::is_ascii_digit).count() as u32)
}

fn lookup(table: &[(&str, f64)], key: &str) -> Option<f64> {
    table.iter().find(|(k, _)| *k == key).map(|&(_, v)| v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_words_scales_and_numerals() {
        assert_eq!(word_value("Four"), Some(4.0));
        assert_eq!(word_value("twenty-five"), Some(25.0));
        assert_eq!(word_value("a dozen"), Some(12.0));
        assert_eq!(scale_value("trillion"), Some(1e12));
        assert_eq!(scale_value("tril."), Some(1e12));
        assert_eq!(parse_numeral("1,420.1"), Some(1420.1));
        assert_eq!(parse_numeral("27350000"), Some(27350000.0));
        assert_eq!(parse_numeral("1,42"), None);
        assert_eq!(decimals("8.45"), 2);
    }
}
