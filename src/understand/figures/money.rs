//! Money: a sign before the number ("$8.45 billion", "US$40 billion", "W3.5 billion",
//! "₩1,000", "KRW 50 billion") or currency words after it ("12 trillion won", "1.2 tril.
//! won", "50 cents", "420 million finnish markka"), and ranges whose first end borrows
//! the second's scale or currency ("3 to 4 trillion won", "$3-4 billion"); two ends written
//! in full ("between $12 million and $20 million") are two amounts.

use super::currency::{self, Currency, Unit};
use super::hit::Hit;
use super::lexicon::{CHANGE_VERBS, VERB_OBJECTS};
use super::number;
use super::tokens::{Kind, Tokens};
use super::FigureKind;
use crate::understand::numbers::scale_value;

/// One amount: its currency, value, rounding, scale and the token after it.
struct Amount {
    unit: Unit,
    value: f64,
    half_step: f64,
    scale: f64,
    end: usize,
}

/// Words joining the two ends of a range.
const RANGE_JOINERS: &[&str] = &["to", "-", "–", "~"];

/// The money figure starting at token `i`.
pub fn at(t: &Tokens<'_>, i: usize) -> Option<Hit> {
    let between = t.is_word(i, "between");
    let first_at = i + between as usize;
    // "The won fell 8.5 won to 1,470 won": after a verb of change the first amount is the
    // change and "to" leads to the new level, two figures and no range.
    let changed = i.checked_sub(1).is_some_and(|k| {
        t.is_in(k, &CHANGE_VERBS) || t.is_word(k, "by") && k > 0 && t.is_in(k - 1, &CHANGE_VERBS)
    });
    let joined = |k: usize| {
        if between {
            t.is_word(k, "and")
        } else {
            RANGE_JOINERS.iter().any(|j| t.str(k).eq_ignore_ascii_case(j)) && !(changed && t.is_word(k, "to"))
        }
    };
    if let Some(first) = amount(t, first_at) {
        if joined(first.end) {
            // "a range of 10,600 won to 10,780 won", "between $12 million and $20 million":
            // each end is an amount written in full, and a reader lists both (the scan finds
            // the second at its own place).
            let second_whole =
                amount(t, first.end + 1).is_some_and(|s| s.unit == first.unit && s.value > first.value);
            if second_whole {
                return Some(hit(t, first_at, first.end, &first, None));
            }
            // "$3-4 billion": the second end's scale applies to both.
            if let Some(n) =
                number::at(t, first.end + 1).filter(|n| n.scale > 1.0 && first.scale == 1.0 && !n.words)
            {
                let f = first.unit.factor;
                let low = Amount {
                    value: number::times(first.value, n.scale),
                    half_step: first.half_step * n.scale,
                    scale: n.scale,
                    end: n.end,
                    ..first
                };
                if low.value < number::times(n.value, f) {
                    return Some(hit(t, i, n.end, &low, Some(number::times(n.value, f))));
                }
            }
        }
        return (!between).then(|| hit(t, i, first.end, &first, None));
    }
    // "3 to 4 trillion won": the first end borrows the second's scale and currency.
    let n = number::at(t, first_at).filter(|n| !n.article)?;
    if !joined(n.end) {
        return None;
    }
    let second = amount(t, n.end + 1)?;
    let scale = if n.scale == 1.0 { second.scale } else { 1.0 };
    let first = Amount {
        value: number::times(number::times(n.value, scale), second.unit.factor),
        half_step: n.half_step * scale * second.unit.factor,
        ..second
    };
    (first.value < second.value).then(|| hit(t, i, second.end, &first, Some(second.value)))
}

/// A bare scaled amount ("10 trillion", "four billion") in the currency of the amount
/// before it in the same sentence.
pub fn same_currency(t: &Tokens<'_>, i: usize, currency: Option<Currency>) -> Option<Hit> {
    let iso = currency?;
    let n = number::at(t, i).filter(|n| !n.article && n.scale >= 1e6)?;
    let unit = Unit { iso: Some(iso), factor: 1.0 };
    Some(hit(
        t,
        i,
        n.end,
        &Amount { unit, value: n.value, half_step: n.half_step, scale: n.scale, end: n.end },
        None,
    ))
}

fn hit(t: &Tokens<'_>, i: usize, end: usize, a: &Amount, value_max: Option<f64>) -> Hit {
    let start = t.get(i).map_or(0, |x| x.start);
    let end_byte = t.get(end.saturating_sub(1)).map_or(start, |x| x.end);
    Hit {
        kind: FigureKind::Money,
        start,
        end: end_byte,
        value: a.value,
        value_max,
        currency: a.unit.iso,
        unit: None,
        qualifier: None,
        half_step: a.half_step,
        tokens: i..end,
        qualifier_at: i,
    }
}

/// One amount at token `i`, sign first or words after.
fn amount(t: &Tokens<'_>, i: usize) -> Option<Amount> {
    if let Some((unit, j)) = currency::prefix(t, i) {
        if t.kind(j) != Some(Kind::Num) {
            return None;
        }
        let n = number::at(t, j)?;
        let mut end = n.end;
        // A redundant name of the same currency: "$5.9 billion dollars", "$249 USD".
        if let Some((again, k)) = currency::words(t, end).or_else(|| currency::code(t, end)) {
            if again == unit {
                end = k;
            }
        }
        return Some(Amount {
            unit,
            value: number::times(n.value, unit.factor),
            half_step: number::times(n.half_step, unit.factor),
            scale: n.scale,
            end,
        });
    }
    let n = hyphenated_scale(t, number::at(t, i).filter(|n| !n.article)?);
    let mut j = n.end;
    // "a 12-cent dividend", "one-yen coins", "a 30-billion-won fund"
    if t.is_sym(j, "-") && t.attached(j) && t.attached(j + 1) {
        j += 1;
    }
    let (unit, end) = currency::words(t, j).or_else(|| currency::code(t, j))?;
    // "which in 2019 won the award": the verb, not the currency. A scaled amount ("spend 5
    // trillion won over the next three years") and one with a thousands separator ("rent
    // for 200,000 won a week") are money: no year, age or count of winners is written so.
    let grouped = t.kind(i) == Some(Kind::Num) && t.str(i).contains(',');
    if t.is_word(end - 1, "won") && t.is_in(end, &VERB_OBJECTS) && n.scale < 1e6 && !grouped {
        return None;
    }
    Some(Amount {
        unit,
        value: number::times(n.value, unit.factor),
        half_step: number::times(n.half_step, unit.factor),
        scale: n.scale,
        end,
    })
}

/// "a 30-billion-won fund": a scale joined to the number by a hyphen, as in a compound
/// modifier, counts as if spaced ("30 billion won").
fn hyphenated_scale(t: &Tokens<'_>, n: number::Number) -> number::Number {
    let (dash, word) = (n.end, n.end + 1);
    let joined = n.scale == 1.0 && t.is_sym(dash, "-") && t.attached(dash) && t.attached(word);
    let scale = scale_value(t.str(word)).filter(|&s| s >= 1e6 && t.kind(word) == Some(Kind::Word));
    match scale {
        Some(scale) if joined => number::Number {
            value: number::times(n.value, scale),
            half_step: number::times(n.half_step, scale),
            scale,
            end: word + 1,
            ..n
        },
        _ => n,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn money(s: &str) -> Option<(f64, Option<f64>, Option<Currency>, String)> {
        let t = Tokens::new(s);
        at(&t, 0).map(|h| (h.value, h.value_max, h.currency, s[h.start..h.end].to_string()))
    }

    #[test]
    fn signs_words_and_codes() {
        assert_eq!(
            money("$8.45 billion to"),
            Some((8.45e9, None, Some(Currency::USD), "$8.45 billion".into()))
        );
        assert_eq!(money("US$40 billion").map(|m| (m.0, m.2)), Some((40e9, Some(Currency::USD))));
        assert_eq!(money("W3.5 billion").map(|m| (m.0, m.2)), Some((3.5e9, Some(Currency::KRW))));
        assert_eq!(money("₩1,000").map(|m| (m.0, m.2)), Some((1000.0, Some(Currency::KRW))));
        assert_eq!(money("KRW 50 billion").map(|m| (m.0, m.2)), Some((50e9, Some(Currency::KRW))));
        assert_eq!(money("1.2 tril. won").map(|m| (m.0, m.2)), Some((1.2e12, Some(Currency::KRW))));
        assert_eq!(money("hk$10.05 billion").map(|m| (m.0, m.2)), Some((10.05e9, Some(Currency::HKD))));
        assert_eq!(money("50 cents").map(|m| (m.0, m.2)), Some((0.5, Some(Currency::USD))));
        assert_eq!(money("five million yen").map(|m| (m.0, m.2)), Some((5e6, Some(Currency::JPY))));
        assert_eq!(money("528 million francs").map(|m| (m.0, m.2)), Some((528e6, None)));
        assert_eq!(money("$5.9 billion dollars").map(|m| m.3), Some("$5.9 billion dollars".into()));
        assert!(money("Wednesday 5").is_none());
        assert!(money("a dollar").is_none());
        assert!(money("2019 won the award").is_none());
        assert_eq!(money("200,000 won a week").map(|m| m.0), Some(200_000.0));
        assert_eq!(money("30-billion-won fund").map(|m| (m.0, m.3)), Some((30e9, "30-billion-won".into())));
        assert_eq!(money("1.5-trillion-won deal").map(|m| m.0), Some(1.5e12));
    }

    #[test]
    fn ranges() {
        assert_eq!(money("3 to 4 trillion won").map(|m| (m.0, m.1)), Some((3e12, Some(4e12))));
        // Both ends written in full are two amounts.
        assert_eq!(money("between $12 million and $20 million").map(|m| (m.0, m.1)), Some((12e6, None)));
        assert_eq!(money("10,600 won to 10,780 won").map(|m| (m.0, m.1)), Some((10_600.0, None)));
        assert_eq!(money("$3-4 billion").map(|m| (m.0, m.1)), Some((3e9, Some(4e9))));
    }
}
