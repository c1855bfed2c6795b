//! Counts of things: a numeral (or a scaled number word) and the noun it counts ("3,000
//! workers", "1.2 million people", "a dozen countries"). Years, days of the month, times
//! of day and model numbers are not counts.

use super::hit::Hit;
use super::lexicon::{IRREGULAR_PLURALS, MEASURE_SYMBOLS, NOT_BEFORE, NOT_UNITS, NUMBERED_NAMES};
use super::number;
use super::tokens::{Kind, Tokens};
use super::FigureKind;

fn is_plural(lower: &str) -> bool {
    IRREGULAR_PLURALS.contains(lower)
        || lower.len() > 3
            && lower.ends_with('s')
            && !lower.ends_with("ss")
            && !lower.ends_with("us")
            && !lower.ends_with("is")
}

/// The count starting at token `i`.
pub fn at(t: &Tokens<'_>, i: usize) -> Option<Hit> {
    let prev_word = |k: usize| k > 0 && t.kind(k - 1) == Some(Kind::Word) && t.is_in(k - 1, &NOT_BEFORE);
    if prev_word(i) || i > 1 && t.is_sym(i - 1, ".") && prev_word(i - 1) {
        return None;
    }
    // "Group of 20", "Club of Rome": a number that ends a name counts nothing.
    let named = i > 1
        && t.is_word(i - 1, "of")
        && t.is_in(i - 2, &NUMBERED_NAMES)
        && t.str(i - 2).starts_with(|c: char| c.is_ascii_uppercase());
    if named {
        return None;
    }
    let n = number::at(t, i)?;
    // "400 W panels", "1.5 GW plants": a measure in a unit of power or energy, not a count of
    // what follows.
    let unit_symbol =
        (t.kind(n.end) == Some(Kind::Word) && MEASURE_SYMBOLS.contains(t.str(n.end))).then(|| t.str(n.end));
    if let Some(symbol) = unit_symbol {
        return measure(t, i, n.end, n.value, n.half_step, symbol);
    }
    let dozen = n.words && t.str(n.end.saturating_sub(1)).eq_ignore_ascii_case("dozen");
    if n.words && n.scale == 1.0 && !dozen {
        return None;
    }
    if !n.words && n.scale == 1.0 {
        let s = t.str(i);
        let year_like = s.len() == 4 && (1000.0..=2999.0).contains(&n.value);
        if year_like || n.value < 2.0 {
            return None;
        }
    }
    // The counted noun: the first plural among the next three words ("10 wealthy nations",
    // "300 individual pilot whales", "1.1 million low-income households"; a hyphenated
    // adjective is one word), never a unit of time ("2,000 years ago").
    let mut j = n.end;
    let mut words = 0;
    let mut found = None;
    while words < 3 && t.kind(j) == Some(Kind::Word) && !t.attached(j) && !t.is_in(j, &NOT_UNITS) {
        let joined_on = |j: usize| t.is_sym(j + 1, "-") && t.attached(j + 1) && t.attached(j + 2);
        let word_start = j;
        while joined_on(j) {
            j += 2;
        }
        if j == word_start && is_plural(t.lower(j)) {
            found = Some(j);
            break;
        }
        j += 1;
        words += 1;
    }
    let j = found?;
    let w = t.str(j);
    if w.bytes().next().is_some_and(|b| b.is_ascii_uppercase()) || super::duration::is_unit(w) {
        return None;
    }
    Some(Hit {
        kind: FigureKind::Quantity,
        start: t.get(i)?.start,
        end: t.get(j)?.end,
        value: n.value,
        value_max: None,
        currency: None,
        unit: Some(w.to_ascii_lowercase()),
        qualifier: None,
        half_step: n.half_step,
        tokens: i..j + 1,
        qualifier_at: i,
    })
}

fn measure(t: &Tokens<'_>, i: usize, j: usize, value: f64, half_step: f64, symbol: &str) -> Option<Hit> {
    Some(Hit {
        kind: FigureKind::Quantity,
        start: t.get(i)?.start,
        end: t.get(j)?.end,
        value,
        value_max: None,
        currency: None,
        unit: Some(symbol.to_string()),
        qualifier: None,
        half_step,
        tokens: i..j + 1,
        qualifier_at: i,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(s: &str, i: usize) -> Option<(f64, String)> {
        let t = Tokens::new(s);
        at(&t, i).map(|h| (h.value, h.unit.unwrap_or_default()))
    }

    #[test]
    fn counts_with_their_nouns() {
        assert_eq!(count("3,000 workers", 0), Some((3000.0, "workers".into())));
        assert_eq!(count("1.2 million people", 0), Some((1.2e6, "people".into())));
        assert_eq!(count("a dozen countries", 0), Some((12.0, "countries".into())));
        assert!(count("April 16 meeting", 1).is_none());
        assert!(count("in 2025 exports", 1).is_none());
        assert!(count("two countries", 0).is_none());
        assert_eq!(count("10 wealthy nations", 0), Some((10.0, "nations".into())));
        assert_eq!(count("1.1 million low-income households", 0), Some((1.1e6, "households".into())));
        assert!(count("54 compared with", 0).is_none());
        assert!(count("2,000 years ago", 0).is_none());
        assert_eq!(count("400 W panels", 0), Some((400.0, "W".into())));
        assert_eq!(count("1.5 GW plants", 0), Some((1.5, "GW".into())));
    }
}
