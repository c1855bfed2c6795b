//! Durations: a count and a unit of time ("90 days", "90-day", "two and a half years",
//! "six straight days", "a week", "the past decade"). The value is the count in the
//! figure's unit ("90-day" → 90 "day"); decades and centuries are read as years.
//! Ages ("41-year-old") and relative dates ("two years ago") are not durations.

use super::hit::Hit;
use super::lexicon::{ARTICLE_LEADS, BETWEEN, FREQUENCY, NOT_AFTER, PERIOD_LEADS};
use super::number;
use super::tokens::{Kind, Tokens};
use super::FigureKind;

/// Unit words (singular; a plural "s" is accepted) → the contract's unit and how many of
/// it one stands for.
const UNITS: &[(&str, &str, f64)] = &[
    ("second", "second", 1.0),
    ("sec", "second", 1.0),
    ("minute", "minute", 1.0),
    ("min", "minute", 1.0),
    ("hour", "hour", 1.0),
    ("hr", "hour", 1.0),
    ("day", "day", 1.0),
    ("week", "week", 1.0),
    ("fortnight", "week", 2.0),
    ("month", "month", 1.0),
    ("quarter", "quarter", 1.0),
    ("year", "year", 1.0),
    ("yr", "year", 1.0),
    ("decade", "year", 10.0),
    ("century", "year", 100.0),
    ("centuries", "year", 100.0),
];

/// Whether a word is a unit of time ("days", "Year").
pub fn is_unit(word: &str) -> bool {
    unit(word).is_some()
}

fn unit(word: &str) -> Option<(&'static str, f64)> {
    let w = word.to_ascii_lowercase();
    let find = |w: &str| UNITS.iter().find(|(k, _, _)| *k == w).map(|&(_, u, m)| (u, m));
    find(&w).or_else(|| find(w.strip_suffix('s')?))
}

/// The duration starting at token `i`.
pub fn at(t: &Tokens<'_>, i: usize) -> Option<Hit> {
    let led = t.is_word(i, "the") && t.is_in(i + 1, &PERIOD_LEADS);
    if led {
        if let Some(hit) = counted(t, i, i + 2) {
            return Some(hit);
        }
        // "the past decade": one of the unit. Only "past" when no count follows: "the last
        // year" and "the first quarter" name periods on the calendar (dates, not durations).
        t.is_word(i + 1, "past").then_some(())?;
        let (name, mult) = unit(t.str(i + 2))
            .filter(|_| t.kind(i + 2) == Some(Kind::Word) && !t.str(i + 2).ends_with('s'))?;
        return finish(t, i, i + 3, mult, name, 0.0);
    }
    counted(t, i, i)
}

fn counted(t: &Tokens<'_>, start: usize, i: usize) -> Option<Hit> {
    // "between 60 and 90 days", "three to four weeks", "3-4 years"
    let between = t.is_word(i, "between");
    if !t.is_word(i, "a") && !t.is_word(i, "an") {
        let first_at = i + between as usize;
        if let Some(low) = number::at(t, first_at).filter(|n| !n.article && n.scale == 1.0) {
            let joined = if between {
                t.is_word(low.end, "and")
            } else {
                t.is_word(low.end, "to") || t.is_sym(low.end, "-") || t.is_sym(low.end, "–")
            };
            if joined {
                if let Some(mut hit) =
                    single(t, start, low.end + 1).filter(|h| h.value > low.value && h.value_max.is_none())
                {
                    let mult = unit(t.str(hit.tokens.end - 1)).map_or(1.0, |u| u.1);
                    hit.value_max = Some(hit.value);
                    hit.value = low.value * mult;
                    return Some(hit);
                }
            }
        }
        if between {
            return None;
        }
    }
    single(t, start, i)
}

/// One count and its unit: "90-day", "six straight days", "a week".
fn single(t: &Tokens<'_>, start: usize, i: usize) -> Option<Hit> {
    let n = number::at(t, i).filter(|n| n.scale == 1.0 || n.words)?;
    if n.article
        && (i == 0 || t.is_in(i - 1, &FREQUENCY) || unit_before(t, i) || !t.is_in(i - 1, &ARTICLE_LEADS))
    {
        return None;
    }
    let mut j = n.end;
    let hyphened = t.is_sym(j, "-") && t.attached(j) && t.attached(j + 1);
    if hyphened {
        j += 1;
    } else {
        let mut skipped = 0;
        while skipped < 2 && t.is_in(j, &BETWEEN) {
            j += 1;
            skipped += 1;
        }
    }
    if t.kind(j) != Some(Kind::Word) {
        return None;
    }
    let (name, mult) = unit(t.str(j))?;
    // "a second round", "a quarter of the budget": ordinals and fractions, not time.
    if n.article && matches!(name, "second" | "quarter") {
        return None;
    }
    // "41-year-old", "two years ago"
    let after = if t.is_sym(j + 1, "-") && t.attached(j + 1) { j + 2 } else { j + 1 };
    if t.is_in(after, &NOT_AFTER) {
        return None;
    }
    finish(t, start, j + 1, n.value * mult, name, n.half_step * mult)
}

/// "24 hours a day": the article after a unit is a rate.
fn unit_before(t: &Tokens<'_>, i: usize) -> bool {
    i > 0 && t.kind(i - 1) == Some(Kind::Word) && unit(t.str(i - 1)).is_some()
}

fn finish(t: &Tokens<'_>, start: usize, end: usize, value: f64, name: &str, half_step: f64) -> Option<Hit> {
    Some(Hit {
        kind: FigureKind::Duration,
        start: t.get(start)?.start,
        end: t.get(end - 1)?.end,
        value,
        value_max: None,
        currency: None,
        unit: Some(name.to_string()),
        qualifier: None,
        half_step,
        tokens: start..end,
        qualifier_at: start,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dur(s: &str) -> Option<(f64, String, String)> {
        let t = Tokens::new(s);
        at(&t, 0).map(|h| (h.value, h.unit.unwrap_or_default(), s[h.start..h.end].to_string()))
    }

    #[test]
    fn counts_and_units() {
        assert_eq!(dur("90-day suspension"), Some((90.0, "day".into(), "90-day".into())));
        assert_eq!(dur("two and a half years").map(|d| d.0), Some(2.5));
        assert_eq!(dur("six straight days").map(|d| d.2), Some("six straight days".into()));
        assert_eq!(dur("the past decade").map(|d| (d.0, d.1)), Some((10.0, "year".into())));
        assert_eq!(dur("the past five trading days").map(|d| d.0), Some(5.0));
        let t = Tokens::new("between 60 and 90 days");
        assert_eq!(at(&t, 0).map(|h| (h.value, h.value_max)), Some((60.0, Some(90.0))));
        let t = Tokens::new("3-4 years");
        assert_eq!(at(&t, 0).map(|h| (h.value, h.value_max)), Some((3.0, Some(4.0))));
        let t = Tokens::new("for a week");
        assert_eq!(at(&t, 1).map(|d| d.value), Some(1.0));
    }

    #[test]
    fn ages_dates_and_ordinals_are_not_durations() {
        assert!(dur("41-year-old").is_none());
        assert!(dur("two years ago").is_none());
        assert!(dur("a second round").is_none());
        assert!(dur("the year").is_none());
        assert!(dur("the first quarter").is_none());
        assert!(dur("three days later").is_none());
        let t = Tokens::new("twice a day");
        assert!(at(&t, 1).is_none());
    }
}
