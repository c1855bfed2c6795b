//! Percentages: "3.5%", "3.5 percent", "twenty per cent", "minus five percent", ranges
//! ("15-20%", "20 to 25 percent") and percentage points ("0.25 percentage point", "0.5%p").

use std::sync::OnceLock;

use super::hit::Hit;
use super::number;
use super::tokens::{PhraseTable, Tokens};
use super::FigureKind;

/// Words after the number, with the unit they give (None: plain percent).
const SIGNS: &[(&str, Option<&str>)] = &[
    ("%", None),
    ("percent", None),
    ("per cent", None),
    ("pct", None),
    ("%p", Some("percentage point")),
    ("percentage point", Some("percentage point")),
    ("percentage points", Some("percentage point")),
    ("percent point", Some("percentage point")),
    ("percent points", Some("percentage point")),
];

fn sign(t: &Tokens<'_>, i: usize) -> Option<(Option<&'static str>, usize)> {
    static TABLE: OnceLock<PhraseTable<Option<&'static str>>> = OnceLock::new();
    TABLE.get_or_init(|| PhraseTable::new(SIGNS)).longest(t, i)
}

/// The percentage starting at token `i`.
pub fn at(t: &Tokens<'_>, i: usize) -> Option<Hit> {
    let between = t.is_word(i, "between");
    let negative = t.is_word(i + between as usize, "minus") || t.is_word(i + between as usize, "negative");
    let j = i + between as usize + negative as usize;
    let n = number::at(t, j).filter(|n| !n.article && n.scale == 1.0)?;
    let mut value_max = None;
    let (unit, end) = match sign(t, n.end) {
        Some(found) => found,
        None => {
            // "15-20%", "20 to 25 percent", "between three and seven percent"
            let joiner = if between {
                t.is_word(n.end, "and")
            } else {
                t.is_word(n.end, "to") || t.is_sym(n.end, "-") || t.is_sym(n.end, "–") || t.is_sym(n.end, "~")
            };
            let second = number::at(t, n.end + 1).filter(|m| joiner && !m.article && m.value > n.value)?;
            let found = sign(t, second.end)?;
            value_max = Some(second.value);
            found
        }
    };
    if between && value_max.is_none() {
        return None;
    }
    let sign = if negative { -1.0 } else { 1.0 };
    let start = t.get(i)?.start;
    Some(Hit {
        kind: FigureKind::Percent,
        start,
        end: t.get(end - 1)?.end,
        value: sign * n.value,
        value_max,
        currency: None,
        unit: unit.map(str::to_string),
        qualifier: None,
        half_step: n.half_step,
        tokens: i..end,
        qualifier_at: i,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pct(s: &str) -> Option<(f64, Option<f64>, Option<String>)> {
        let t = Tokens::new(s);
        at(&t, 0).map(|h| (h.value, h.value_max, h.unit))
    }

    #[test]
    fn forms_of_percent() {
        assert_eq!(pct("3.5%"), Some((3.5, None, None)));
        assert_eq!(pct("3.5 percent"), Some((3.5, None, None)));
        assert_eq!(pct("one hundred percent"), Some((100.0, None, None)));
        assert_eq!(pct("minus five percent"), Some((-5.0, None, None)));
        assert_eq!(pct("15-20%"), Some((15.0, Some(20.0), None)));
        assert_eq!(pct("between three and seven percent"), Some((3.0, Some(7.0), None)));
        assert!(pct("a ten percent").is_none(), "the article is not part of the number");
        assert_eq!(pct("0.25 percentage point"), Some((0.25, None, Some("percentage point".into()))));
        assert!(pct("percent").is_none());
        assert!(pct("5 million").is_none());
    }
}
