//! Quarters and halves of a year, the periods business news reports by: "the fourth
//! quarter", "the first half of next year", "the third quarter of 2024", "first-quarter
//! profit", "Q3 2024", "2019 Q3", "1Q", "H1", "last quarter", "the April-June period".
//!
//! The contract has no value finer than a year for them, so each is placed in its year:
//! written ("of 2024"), counted from publication ("of last year", "next quarter"), or, for a
//! bare "the fourth quarter", by the sentence's tense like a year-less month (a past
//! sentence means the latest such quarter that has begun, a future one the first that has
//! not ended).

use super::lexicon::{self, SHIFTS};
use super::ordinal::{within, Within};
use super::parts::{day, glued_punct, is_word, month, word, year};
use super::resolve::When;
use super::tokens::{Kind, Token};

/// A quarter (`len` 3) or half (`len` 6) of a year, `index` counted from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    pub len: u32,
    pub index: u32,
    /// The year written.
    pub year: Option<i32>,
    /// Years from publication ("of last year" = -1, "of the year" = 0).
    pub shift: Option<i64>,
}

impl Part {
    /// First and last month of the part in `year`, as months since year 0.
    pub fn months(&self, year: i32) -> (i64, i64) {
        let first = i64::from(year) * 12 + i64::from((self.index - 1) * self.len);
        (first, first + i64::from(self.len) - 1)
    }
}

/// The quarter or half written at token `i`, and the index just past it.
pub fn at(t: &[Token<'_>], i: usize) -> Option<(usize, When)> {
    coded(t, i).or_else(|| spelled(t, i)).or_else(|| shifted(t, i)).or_else(|| month_range(t, i))
}

/// "the April-June period", "the January-March quarter", "January-June 2024": a range of
/// months that makes a quarter or a half is that part of the year.
fn month_range(t: &[Token<'_>], i: usize) -> Option<(usize, When)> {
    let j = if is_word(t, i, "the") { i + 1 } else { i };
    let (first, k) = month(t, j)?;
    glued_punct(t, k, &['-', '–'])?;
    let (last, k) = month(t, k + 1).filter(|_| t.get(k + 1).is_some_and(|x| !x.spaced))?;
    let len = (last + 1).checked_sub(first)?;
    if !matches!(len, 3 | 6) || (first - 1) % len != 0 {
        return None;
    }
    let k =
        if is_word(t, k, "period") || is_word(t, k, "quarter") || is_word(t, k, "half") { k + 1 } else { k };
    let (year, shift, end) = year_after(t, k).unwrap_or((None, None, k));
    Some((end, When::Part(Part { len, index: (first - 1) / len + 1, year, shift })))
}

/// "Q3", "q1", "3Q", "H1", "1H", with a year before or after it ("2019 Q3", "Q1-2019",
/// "Q1 of 2017").
fn coded(t: &[Token<'_>], i: usize) -> Option<(usize, When)> {
    let before = year(t, i).filter(|&(_, e)| t.get(e).is_some_and(|x| x.spaced || x.is_punct('-')));
    let at = match before {
        Some((_, e)) if t.get(e).is_some_and(|x| x.is_punct('-')) => e + 1,
        Some((_, e)) => e,
        None => i,
    };
    let (len, index, end) = code(t, at)?;
    // "H2" also names hydrogen: a half is read only where a date is expected.
    let hydrogen = len == 6 && before.is_none() && !expects_date(t, i) && year_after(t, end).is_none();
    if hydrogen {
        return None;
    }
    let (year, shift, end) = match (before, year_after(t, end)) {
        (Some((y, _)), _) => (Some(y), None, end),
        (None, Some((y, s, e))) => (y, s, e),
        (None, None) => (None, None, end),
    };
    Some((end, When::Part(Part { len, index, year, shift })))
}

/// A letter and a digit glued together, in either order.
fn code(t: &[Token<'_>], i: usize) -> Option<(u32, u32, usize)> {
    let (letter, digit) = match (t.get(i)?, t.get(i + 1)?) {
        (a, b) if a.kind == Kind::Word && b.kind == Kind::Num && !b.spaced => (a, b),
        (a, b) if a.kind == Kind::Num && b.kind == Kind::Word && !b.spaced => (b, a),
        _ => return None,
    };
    // The code ends there: "Q3" but not "Q3X" or "H1N1".
    if t.get(i + 2).is_some_and(|x| !x.spaced && x.kind != Kind::Punct) {
        return None;
    }
    let len = match letter.text {
        "Q" | "q" => 3,
        "H" | "h" => 6,
        _ => return None,
    };
    let index = digit.num()?;
    (1..=12 / len).contains(&index).then_some((len, index, i + 2))
}

/// "in", "for", "the" and the like before the token: a period is expected there.
fn expects_date(t: &[Token<'_>], i: usize) -> bool {
    let before = |k: usize| i.checked_sub(k).and_then(|p| word(t, p));
    // "by the end of the first half": a part of a period is a date too.
    let part_of = before(1).is_some_and(|w| w.eq_ignore_ascii_case("of"))
        && before(2).is_some_and(|w| ["end", "start", "beginning", "middle", "close"].contains(&w));
    part_of
        || before(1).is_some_and(|w| {
            ["in", "for", "the", "during", "through", "by", "until", "since", "from", "to", "and"]
                .iter()
                .any(|x| x.eq_ignore_ascii_case(w))
        })
}

/// The year after a part: "2024", "-2019", "of 2024", "of last year", "of the year".
fn year_after(t: &[Token<'_>], i: usize) -> Option<(Option<i32>, Option<i64>, usize)> {
    let j = if glued_punct(t, i, &['-']).is_some() { i + 1 } else { i };
    if let Some((y, e)) = year(t, j) {
        return Some((Some(y), None, e));
    }
    if !is_word(t, i, "of") {
        return None;
    }
    match within(t, i + 1)? {
        (Within::Year { year: Some(y), .. }, e) => Some((Some(y), None, e)),
        (Within::Year { year: None, shift }, e) => Some((None, Some(shift), e)),
        _ => None,
    }
}

/// "[the] fourth quarter", "the first half of next year", "first-quarter", "the final
/// quarter of 2009", "the last quarter of 2009" (with a year: the final one).
fn spelled(t: &[Token<'_>], i: usize) -> Option<(usize, When)> {
    let the = is_word(t, i, "the");
    // Read from its "the", never from the word after it.
    if !the && i.checked_sub(1).is_some_and(|p| is_word(t, p, "the")) {
        return None;
    }
    let j = if the { i + 1 } else { i };
    let (index, k) = if is_word(t, j, "final") || is_word(t, j, "last") && the {
        (0, j + 1)
    } else if is_word(t, j, "latter") && is_word(t, j + 1, "half") {
        (2, j + 1)
    } else {
        let (n, e) = day(t, j).filter(|_| word(t, j).is_some() || t.get(j + 1).is_some_and(|s| !s.spaced))?;
        (n, e)
    };
    let k = if glued_punct(t, k, &['-']).is_some() { k + 1 } else { k };
    let len = if is_word(t, k, "quarter") {
        3
    } else if is_word(t, k, "half") && !is_word(t, k + 1, "hour") && !is_word(t, k + 1, "century") {
        6
    } else {
        return None;
    };
    let index = if index == 0 { 12 / len } else { index };
    if !(1..=12 / len).contains(&index) {
        return None;
    }
    // "the second half of the match" is no date; "the last quarter" alone is "last quarter";
    // a half with no year is a period of the year only where a date is expected ("in the
    // second half"), not as a phrase alone ("the second half" of a game).
    let after = year_after(t, k + 1);
    let bare_half = len == 6 && after.is_none() && !expects_date(t, i);
    if is_word(t, k + 1, "of") && after.is_none() || is_word(t, j, "last") && after.is_none() || bare_half {
        return None;
    }
    let (year, shift, end) = after.unwrap_or((None, None, k + 1));
    Some((end, When::Part(Part { len, index, year, shift })))
}

/// "last quarter", "this quarter", "next quarter", "the previous quarter": counted from the
/// quarter of publication.
fn shifted(t: &[Token<'_>], i: usize) -> Option<(usize, When)> {
    let j = if is_word(t, i, "the") { i + 1 } else { i };
    let n = lexicon::lookup(SHIFTS, word(t, j)?)?;
    let quarter = is_word(t, j + 1, "quarter") && !is_word(t, j + 2, "century");
    quarter.then_some((j + 2, When::PartOffset { len: 3, n: i64::from(n) }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::understand::dates::tokens::tokenize;

    fn read(s: &str) -> Option<(String, When)> {
        let t = tokenize(s, 0);
        (0..t.len()).find_map(|i| at(&t, i).map(|(e, w)| (s[t[i].start..t[e - 1].end].to_string(), w)))
    }

    fn part(index: u32, len: u32, year: Option<i32>, shift: Option<i64>) -> When {
        When::Part(Part { len, index, year, shift })
    }

    #[test]
    fn quarters_and_halves_in_every_form() {
        for (text, surface, when) in [
            ("profit in the fourth quarter rose", "the fourth quarter", part(4, 3, None, None)),
            ("in the first half of next year", "the first half of next year", part(1, 6, None, Some(1))),
            ("sales in the third quarter of 2024", "the third quarter of 2024", part(3, 3, Some(2024), None)),
            ("first-quarter profit", "first-quarter", part(1, 3, None, None)),
            ("in the final quarter of 2009", "the final quarter of 2009", part(4, 3, Some(2009), None)),
            ("results for Q3 2024", "Q3 2024", part(3, 3, Some(2024), None)),
            ("from 2019 q3 on", "2019 q3", part(3, 3, Some(2019), None)),
            ("in q1-2019", "q1-2019", part(1, 3, Some(2019), None)),
            ("net profit for H1 fell", "H1", part(1, 6, None, None)),
            ("in 1st quarter of 2013", "1st quarter of 2013", part(1, 3, Some(2013), None)),
            ("in the latter half of the year", "the latter half of the year", part(2, 6, None, Some(0))),
            ("sales fell last quarter", "last quarter", When::PartOffset { len: 3, n: -1 }),
            ("profit for the April-June period rose", "the April-June period", part(2, 3, None, None)),
            ("exports in January-June 2024 fell", "January-June 2024", part(1, 6, Some(2024), None)),
            ("revise it by the end of the first half to add", "the first half", part(1, 6, None, None)),
        ] {
            assert_eq!(read(text), Some((surface.to_string(), when)), "{text}");
        }
    }

    #[test]
    fn what_only_looks_like_a_quarter() {
        for text in [
            "green H2 production",
            "the H1N1 virus",
            "scored in the second half of the match",
            "the first half hour",
            "the second half",
            "a quarter of the budget",
            "the last quarter century",
            "in the July-August holidays",
        ] {
            assert_eq!(read(text), None, "{text}");
        }
    }
}
