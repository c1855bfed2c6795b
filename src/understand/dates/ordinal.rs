//! Counted positions inside a month or a year: "the first week of March", "the last week
//! of 2015", "the third month of 2021", "the 15th day of next month", "the second Monday of
//! next month".
//!
//! Weeks of a month are whole weeks: the first starts on its first Monday ("the first week
//! of October 2016" is the week of Monday, October 3), the last ends on its last Sunday; a
//! week of a year is the ISO week with that number. "October of next year" is the tenth
//! month of next year.

use super::lexicon::{self, Unit, SHIFTS};
use super::parts::{day, is_word, month, weekday, word, year};
use super::tokens::{Kind, Token};
use crate::calendar::{days_in_month, Date};

/// What is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    Week,
    Month,
    Day,
    Weekday(u32),
}

/// The month or year it is counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Within {
    /// A year: written, or `shift` years from publication.
    Year { year: Option<i32>, shift: i64 },
    /// A month: named (its year written or not), or `shift` months from publication.
    Month { year: Option<i32>, month: Option<u32>, shift: i64 },
}

/// `n`-th (`-1` = last) `counted` of `within`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Nth {
    pub n: i32,
    pub counted: Counted,
    pub within: Within,
}

/// "[the] first|2nd|last week|month|day|Monday of <year or month>" at token `i`.
pub fn at(t: &[Token<'_>], i: usize) -> Option<(usize, Nth)> {
    let j = if is_word(t, i, "the") { i + 1 } else { i };
    let (n, k) = if is_word(t, j, "last") { (-1, j + 1) } else { ordinal(t, j)? };
    // "the 20th of next month": a day, the word left out.
    if is_word(t, k, "of") && n > 0 {
        let (within, end) =
            within(t, k + 1).filter(|(w, _)| matches!(w, Within::Month { month: None, .. }))?;
        return Some((end, Nth { n, counted: Counted::Day, within }));
    }
    let counted = if is_word(t, k, "week") {
        Counted::Week
    } else if is_word(t, k, "month") {
        Counted::Month
    } else if is_word(t, k, "day") {
        Counted::Day
    } else {
        Counted::Weekday(weekday(t, k)?)
    };
    if !is_word(t, k + 1, "of") {
        return None;
    }
    let (within, end) = within(t, k + 2)?;
    // A month has no months; a year's days and weekdays are not counted in news.
    match (counted, within) {
        (Counted::Month, Within::Month { .. })
        | (Counted::Day | Counted::Weekday(_), Within::Year { .. }) => None,
        _ => Some((end, Nth { n, counted, within })),
    }
}

/// "October of next year", "March of last year": a month counted in a relative year.
pub fn month_of_year(t: &[Token<'_>], i: usize) -> Option<(usize, Nth)> {
    let (m, j) = month(t, i)?;
    if !is_word(t, j, "of") {
        return None;
    }
    let (within, end) = within(t, j + 1).filter(|(w, _)| matches!(w, Within::Year { year: None, .. }))?;
    Some((end, Nth { n: m as i32, counted: Counted::Month, within }))
}

/// "first", "2nd", "15th", "twenty third" (a bare number is not an ordinal here).
fn ordinal(t: &[Token<'_>], i: usize) -> Option<(i32, usize)> {
    if t.get(i).is_some_and(|x| x.kind == Kind::Num)
        && !t.get(i + 1).is_some_and(|s| !s.spaced && s.kind == Kind::Word)
    {
        return None;
    }
    let (d, e) = day(t, i)?;
    Some((d as i32, e))
}

/// The year or month something is counted in: "2021", "March 2020", "next year", "the year".
pub(super) fn within(t: &[Token<'_>], i: usize) -> Option<(Within, usize)> {
    if let Some((y, e)) = year(t, i) {
        return Some((Within::Year { year: Some(y), shift: 0 }, e));
    }
    if let Some((m, e)) = month(t, i) {
        let (y, e) = match year(t, if t.get(e).is_some_and(|x| x.is_punct(',')) { e + 1 } else { e }) {
            Some((y, e2)) => (Some(y), e2),
            None => (None, e),
        };
        return Some((Within::Month { year: y, month: Some(m), shift: 0 }, e));
    }
    let j = if is_word(t, i, "the") { i + 1 } else { i };
    let (shift, k) = match lexicon::lookup(SHIFTS, word(t, j)?) {
        Some(s) => (i64::from(s), j + 1),
        None if j > i => (0, j), // "the month", "the year"
        None => return None,
    };
    match lexicon::lookup(lexicon::UNITS, word(t, k)?)? {
        Unit::Month if !t[k].text.ends_with('s') => {
            Some((Within::Month { year: None, month: None, shift }, k + 1))
        }
        Unit::Year if !t[k].text.ends_with('s') => Some((Within::Year { year: None, shift }, k + 1)),
        _ => None,
    }
}

impl Nth {
    /// "the first week of March": the year of a named month depends on tense.
    pub fn needs_month_year(&self) -> bool {
        matches!(self.within, Within::Month { year: None, month: Some(_), .. })
    }

    pub fn is_relative(&self) -> bool {
        matches!(self.within, Within::Year { year: None, .. } | Within::Month { year: None, .. })
    }

    /// The value, given the year or month it is counted in.
    pub fn value(&self, published: Option<Date>, month_year: impl Fn(u32) -> Option<i32>) -> Option<String> {
        match self.within {
            Within::Year { year, shift } => {
                let y = year.or_else(|| published.map(|p| p.year + shift as i32))?;
                match self.counted {
                    Counted::Week => iso_week_of_year(y, self.n),
                    Counted::Month => (1..=12)
                        .contains(&self.n)
                        .then(|| format!("{y:04}-{:02}", self.n))
                        .or_else(|| (self.n == -1).then(|| format!("{y:04}-12"))),
                    _ => None,
                }
            }
            Within::Month { year, month, shift } => {
                let (y, m) = match (year, month) {
                    (Some(y), Some(m)) => (y, m),
                    (None, Some(m)) => (month_year(m)?, m),
                    (_, None) => published?.add_months(shift),
                };
                let date = match self.counted {
                    Counted::Day => {
                        let d =
                            if self.n == -1 { days_in_month(y, m) } else { u32::try_from(self.n).ok()? };
                        Date::new(y, m, d)?
                    }
                    Counted::Weekday(wd) => nth_weekday(y, m, wd, self.n)?,
                    // Whole weeks: the first starts on the first Monday, the last ends on
                    // the last Sunday.
                    Counted::Week if self.n == -1 => {
                        return Some(nth_weekday(y, m, 6, -1)?.iso_week_string())
                    }
                    Counted::Week => return Some(nth_weekday(y, m, 0, self.n)?.iso_week_string()),
                    Counted::Month => return None,
                };
                Some(date.to_string())
            }
        }
    }
}

/// The `n`-th (`-1` = last) weekday `wd` of a month.
fn nth_weekday(y: i32, m: u32, wd: u32, n: i32) -> Option<Date> {
    let date = if n == -1 {
        let last = Date::new(y, m, days_in_month(y, m))?;
        last.add_days(-i64::from((last.weekday() + 7 - wd) % 7))
    } else {
        let first = Date::new(y, m, 1)?;
        first.add_days(i64::from((wd + 7 - first.weekday()) % 7) + 7 * (i64::from(n) - 1))
    };
    (date.month == m && date.year == y).then_some(date)
}

/// ISO week `n` of year `y` ("2021-W01"); `-1` is the year's last week.
fn iso_week_of_year(y: i32, n: i32) -> Option<String> {
    let last = Date::new(y, 12, 28)?.iso_week().1 as i32;
    let w = if n == -1 { last } else { n };
    (1..=last).contains(&w).then(|| format!("{y:04}-W{w:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::understand::dates::tokens::tokenize;

    fn value(s: &str, published: &str) -> Option<String> {
        let t = tokenize(s, 0);
        let (_, nth) = at(&t, 0)?;
        nth.value(Date::parse_iso(published), |_| Date::parse_iso(published).map(|p| p.year))
    }

    #[test]
    fn counts_weeks_months_days_and_weekdays() {
        assert_eq!(value("the first week of 2021", "2018-11-29").as_deref(), Some("2021-W01"));
        assert_eq!(value("the last week of 2015", "2017-11-20").as_deref(), Some("2015-W53"));
        assert_eq!(value("the first week of October 2016", "2016-11-07").as_deref(), Some("2016-W40"));
        assert_eq!(value("the third month of 2021", "2018-11-29").as_deref(), Some("2021-03"));
        assert_eq!(value("the 15th day of next month", "2020-07-01").as_deref(), Some("2020-08-15"));
        assert_eq!(value("the second Monday of next month", "2018-03-20").as_deref(), Some("2018-04-09"));
        assert_eq!(value("the first month of March", "2018-03-20"), None);
    }
}
