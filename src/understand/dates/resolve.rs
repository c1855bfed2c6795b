//! What a date expression means ([`When`]) and its calendar value from the publication
//! date and the tense of its sentence.
//!
//! The grammar ([`super::absolute`], [`super::relative`]) only says what was written:
//! "April 16" is a month and a day with no year; "Friday" is a weekday to be placed by
//! tense. Resolution then picks the year or the week:
//!
//! - a year-less day or month: past tense → the latest one on or before publication,
//!   future → the first one on or after, no tense cue → the nearest (ties go forward);
//! - a bare weekday: past or no cue → the latest on or before publication (today counts:
//!   "said Wednesday" in a Wednesday paper is that day), future → the first on or after;
//! - "last Friday" is strictly before publication, "this Friday" on or after it,
//!   "coming Friday" strictly after, "next Friday" and "previous Friday" the Friday of the
//!   next or previous ISO week;
//! - "next week" is an ISO week, "last month" a month, "this year" a year;
//! - "two days ago", "five months ago", "two years ago" the day so far back (a month or
//!   year ago is as vague as the writer left it, but the day counted back is what was said).
//!
//! Without a publication date every relative expression has no value.

use super::lexicon::Unit;
use super::ordinal::{Counted, Nth};
use super::quarter::Part;
use super::Granularity;
use crate::calendar::{days_in_month, Date};

/// What an expression says, before the publication date places it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// A day of a month, the year written or not.
    Day {
        year: Option<i32>,
        month: u32,
        day: u32,
    },
    /// A month, the year written or not; `shift` for "last March" (-1), "this March" (0),
    /// "next March" (1).
    Month {
        year: Option<i32>,
        month: u32,
        shift: Option<i32>,
    },
    Year(i32),
    /// "the 1990s": no single value in the contract.
    Decade(i32),
    /// Days from publication ("yesterday", "the day after tomorrow").
    DayOffset(i64),
    Weekday {
        weekday: u32,
        rule: WeekdayRule,
    },
    /// "Dec. 14 last year": a day in the year `shift` years from publication.
    DayInYear {
        month: u32,
        day: u32,
        shift: i64,
    },
    /// "the 27th": a day of a month the reader knows, placed by tense.
    DayOfMonth(u32),
    /// "Friday the 13th": the month where that day falls on that weekday, by tense.
    WeekdayDay {
        weekday: u32,
        day: u32,
    },
    /// The week, month or year `shift` steps from publication ("next week", "last year").
    Period {
        unit: Unit,
        shift: i64,
    },
    /// `n` units from publication ("two days ago" = -2 days).
    Offset {
        n: i64,
        unit: Unit,
    },
    /// The weekend of the ISO week `shift` weeks from publication.
    Weekend(i64),
    /// "the weekend": the one just past in a past sentence, else the coming one.
    TheWeekend,
    /// Counted from an event the text names, not from publication ("three days later"):
    /// `n` units, signed.
    Anchored {
        n: i64,
        unit: Unit,
    },
    /// "the first week of March", "the 15th day of next month".
    Nth(Nth),
    /// A quarter or half of a year ("the fourth quarter", "H1 2025"), valued as its year.
    Part(Part),
    /// The quarter (`len` 3) `n` quarters from publication's ("last quarter" = -1).
    PartOffset {
        len: u32,
        n: i64,
    },
    /// Counted from the last day the story named, or from publication when it named none:
    /// "the previous day", "the day before", "the next day", "two days earlier" (`n` days,
    /// signed), "the following week", "the previous year" (that period). [`super::find`]
    /// places it.
    FromLast {
        n: i64,
        unit: Unit,
    },
    /// "the previous trading day", "the next business day": `n` weekdays from the same day
    /// [`When::FromLast`] counts from, Saturdays and Sundays skipped.
    FromLastWorkday(i64),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeekdayRule {
    /// Bare "Friday": the sentence's tense decides.
    Tense,
    /// "last Friday": strictly before publication.
    Last,
    /// "this Friday": on or after publication.
    This,
    /// "coming Friday": strictly after publication.
    Coming,
    /// "next Friday" (+1), "previous Friday" (-1), "Friday of this week" (0): that weekday
    /// in the ISO week so many weeks away.
    Week(i64),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    /// No cue either way (present tense, captions, headlines).
    Neutral,
}

/// A calendar value and how precise it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub value: Option<String>,
    pub granularity: Granularity,
    pub relative: bool,
}

impl When {
    /// Whether the expression is placed from the publication date.
    pub fn is_relative(&self) -> bool {
        match self {
            When::Day { .. } | When::Month { shift: None, .. } | When::Year(_) | When::Decade(_) => false,
            When::Part(part) => part.year.is_none(),
            When::Nth(nth) => nth.is_relative(),
            _ => true,
        }
    }

    /// Whether the sentence's tense can change the value (only then is it read).
    pub fn needs_tense(&self) -> bool {
        match self {
            When::Day { year: None, .. }
            | When::Month { year: None, shift: None, .. }
            | When::WeekdayDay { .. }
            | When::DayOfMonth(_)
            | When::TheWeekend => true,
            When::Weekday { rule, .. } => *rule == WeekdayRule::Tense,
            When::Nth(nth) => nth.needs_month_year(),
            When::Part(part) => part.year.is_none() && part.shift.is_none(),
            _ => false,
        }
    }

    pub fn granularity(&self) -> Granularity {
        match *self {
            When::Day { .. }
            | When::DayInYear { .. }
            | When::DayOffset(_)
            | When::Weekday { .. }
            | When::WeekdayDay { .. }
            | When::DayOfMonth(_)
            | When::FromLastWorkday(_)
            | When::Anchored { .. } => Granularity::Day,
            When::FromLast { unit, .. } => period_granularity(unit),
            When::Nth(nth) => match nth.counted {
                Counted::Week => Granularity::Week,
                Counted::Month => Granularity::Month,
                Counted::Day | Counted::Weekday(_) => Granularity::Day,
            },
            When::Month { .. } => Granularity::Month,
            When::Year(_) | When::Decade(_) | When::Part(_) | When::PartOffset { .. } => Granularity::Year,
            When::Weekend(_) | When::TheWeekend => Granularity::Week,
            When::Offset { .. } => Granularity::Day,
            When::Period { unit, .. } => period_granularity(unit),
        }
    }
}

fn period_granularity(unit: Unit) -> Granularity {
    match unit {
        Unit::Day => Granularity::Day,
        Unit::Week => Granularity::Week,
        Unit::Month => Granularity::Month,
        Unit::Year => Granularity::Year,
    }
}

pub fn resolve(when: When, published: Option<Date>, tense: Tense) -> Resolved {
    Resolved {
        value: value(when, published, tense),
        granularity: when.granularity(),
        relative: when.is_relative(),
    }
}

fn value(when: When, published: Option<Date>, tense: Tense) -> Option<String> {
    match when {
        When::Day { year: Some(y), month, day } => Date::new(y, month, day).map(|d| d.to_string()),
        When::Month { year: Some(y), month, .. } => Some(month_string(y, month)),
        When::Year(y) | When::Part(Part { year: Some(y), .. }) => Some(format!("{y:04}")),
        When::Decade(_) | When::Anchored { .. } | When::FromLast { .. } | When::FromLastWorkday(_) => None,
        When::Nth(nth) => nth.value(published, |m| published.map(|p| year_less_month(p, m, None, tense).0)),
        _ => {
            let p = published?;
            Some(match when {
                When::Day { month, day, .. } => year_less_day(p, month, day, tense)?.to_string(),
                When::Month { month, shift, .. } => {
                    let (y, m) = year_less_month(p, month, shift, tense);
                    month_string(y, m)
                }
                When::DayOffset(n) => p.add_days(n).to_string(),
                When::DayInYear { month, day, shift } => {
                    Date::new(p.year + shift as i32, month, day)?.to_string()
                }
                When::Weekday { weekday, rule } => weekday_date(p, weekday, rule, tense).to_string(),
                When::WeekdayDay { weekday, day } => {
                    day_in_nearby_month(p, day, Some(weekday), tense)?.to_string()
                }
                When::DayOfMonth(day) => day_in_nearby_month(p, day, None, tense)?.to_string(),
                When::Period { unit, shift } => period_from(p, unit, shift),
                When::Part(part) => format!("{:04}", part_year(p, part, tense)),
                When::PartOffset { len, n } => {
                    let parts = i64::from(12 / len);
                    let here = i64::from(p.year) * parts + i64::from((p.month - 1) / len);
                    format!("{:04}", (here + n).div_euclid(parts))
                }
                When::Offset { n, unit } => offset_day(p, n, unit).to_string(),
                When::Weekend(shift) => p.monday().add_days(7 * shift + 5).iso_week_string(),
                When::TheWeekend => {
                    let shift = if tense == Tense::Past && p.weekday() < 5 { -1 } else { 0 };
                    p.monday().add_days(7 * shift + 5).iso_week_string()
                }
                _ => return None,
            })
        }
    }
}

/// The day, week, month or year `shift` units from the day `p` ("next week" from
/// publication, "the following week" from the story's last day).
pub fn period_from(p: Date, unit: Unit, shift: i64) -> String {
    match unit {
        Unit::Day => p.add_days(shift).to_string(),
        Unit::Week => p.add_days(7 * shift).iso_week_string(),
        Unit::Month => {
            let (y, m) = p.add_months(shift);
            month_string(y, m)
        }
        Unit::Year => format!("{:04}", i64::from(p.year) + shift),
    }
}

/// A resolved day moved by `n` units ("three days after Jan. 12"); anything coarser than a
/// day has no such value.
pub fn shifted(base: Resolved, n: i64, unit: Unit) -> Resolved {
    let value = base.value.as_deref().and_then(Date::parse_iso).map(|d| offset_day(d, n, unit).to_string());
    Resolved { value, granularity: Granularity::Day, relative: base.relative }
}

/// The day `n` units from `p`: "two months ago" from April 16 is February 16 (the last
/// day of a shorter month when needed).
pub fn offset_day(p: Date, n: i64, unit: Unit) -> Date {
    match unit {
        Unit::Day => p.add_days(n),
        Unit::Week => p.add_days(7 * n),
        Unit::Month | Unit::Year => {
            let (y, m) = p.add_months(if unit == Unit::Year { 12 * n } else { n });
            Date { year: y, month: m, day: p.day.min(days_in_month(y, m)) }
        }
    }
}

fn month_string(y: i32, m: u32) -> String {
    format!("{y:04}-{m:02}")
}

/// The year of "April 16" (or "Feb. 29", which only leap years have) by tense.
fn year_less_day(p: Date, month: u32, day: u32, tense: Tense) -> Option<Date> {
    let candidates: Vec<Date> = (p.year - 4..=p.year + 4).filter_map(|y| Date::new(y, month, day)).collect();
    pick_day(&candidates, tense, |d| d.day_number() - p.day_number())
}

/// The year of a quarter or half: written, counted from publication, or by tense. Past →
/// the latest that has begun by publication; future → the first that had not ended two
/// months before it (what will be released or reported is often a quarter just over:
/// "is set to release its first-quarter earnings next week", on April 1); neutral → the
/// nearest.
fn part_year(p: Date, part: Part, tense: Tense) -> i32 {
    if let Some(shift) = part.shift {
        return p.year + shift as i32;
    }
    let here = i64::from(p.year) * 12 + i64::from(p.month) - 1;
    let mut years = p.year - 1..=p.year + 1;
    let chosen = match tense {
        Tense::Past => years.rev().find(|&y| part.months(y).0 <= here),
        Tense::Future => years.find(|&y| part.months(y).1 >= here - 2),
        Tense::Neutral => {
            let distance = |&y: &i32| {
                let (first, last) = part.months(y);
                (last - here).min(0) + (first - here).max(0)
            };
            pick(years, tense, distance)
        }
    };
    chosen.unwrap_or(p.year)
}

fn year_less_month(p: Date, month: u32, shift: Option<i32>, tense: Tense) -> (i32, u32) {
    let here = i64::from(p.year) * 12 + i64::from(p.month) - 1;
    let candidates = (p.year - 1..=p.year + 1).map(|y| (y, month));
    let distance = |&(y, m): &(i32, u32)| i64::from(y) * 12 + i64::from(m) - 1 - here;
    let chosen = match shift {
        Some(0) => Some((p.year, month)),
        Some(s) if s < 0 => candidates.filter(|c| distance(c) < 0).max_by_key(distance),
        Some(_) => candidates.filter(|c| distance(c) > 0).min_by_key(distance),
        None => pick(candidates, tense, distance),
    };
    chosen.unwrap_or((p.year, month))
}

/// Picks among candidates by their signed distance from publication: past → the latest not
/// after it, future → the first not before it, neutral → the nearest (ties forward).
fn pick<T>(candidates: impl Iterator<Item = T>, tense: Tense, distance: impl Fn(&T) -> i64) -> Option<T> {
    let mut best: Option<(T, i64)> = None;
    for c in candidates {
        let d = distance(&c);
        let b = best.as_ref().map(|&(_, b)| b);
        let better = match tense {
            Tense::Past => d <= 0 && b.is_none_or(|b| d > b),
            Tense::Future => d >= 0 && b.is_none_or(|b| d < b),
            Tense::Neutral => b.is_none_or(|b| (d.abs(), -d) < (b.abs(), -b)),
        };
        if better {
            best = Some((c, d));
        }
    }
    best.map(|(c, _)| c)
}

/// [`pick`] for a year-less day, `distance` in days. A writer leaves the year out of a day
/// close to the story: when the tense would carry it more than half a year away while the
/// same day falls within a month of publication the other way, the tense was misread
/// ("estimated on Dec. 1 that the economy would grow", published Dec. 2) and the near day is
/// meant.
fn pick_day(candidates: &[Date], tense: Tense, distance: impl Fn(&Date) -> i64) -> Option<Date> {
    let chosen = pick(candidates.iter().copied(), tense, &distance)?;
    let near = pick(candidates.iter().copied(), Tense::Neutral, &distance)?;
    Some(if distance(&chosen).abs() > 182 && distance(&near).abs() <= 31 { near } else { chosen })
}

/// "the 27th" or "Friday the 13th": the month, up to three years either way, in which the
/// day exists (and falls on the weekday); past or no tense cue → the latest not after
/// publication, future → the first not before.
fn day_in_nearby_month(p: Date, day: u32, weekday: Option<u32>, tense: Tense) -> Option<Date> {
    let candidates = (-36..=36).filter_map(|k| {
        let (y, m) = p.add_months(k);
        Date::new(y, m, day).filter(|d| weekday.is_none_or(|w| d.weekday() == w))
    });
    let tense = if tense == Tense::Neutral { Tense::Past } else { tense };
    pick(candidates, tense, |d| d.day_number() - p.day_number())
}

fn weekday_date(p: Date, weekday: u32, rule: WeekdayRule, tense: Tense) -> Date {
    let today = i64::from(p.weekday());
    let wd = i64::from(weekday);
    let back = (today - wd).rem_euclid(7); // 0..=6 days back to the latest such weekday
    let ahead = (wd - today).rem_euclid(7); // 0..=6 days ahead to the next one
    match rule {
        WeekdayRule::Tense if tense == Tense::Future => p.add_days(ahead),
        WeekdayRule::Tense => p.add_days(-back),
        WeekdayRule::Last => p.add_days(-(if back == 0 { 7 } else { back })),
        WeekdayRule::This => p.add_days(ahead),
        WeekdayRule::Coming => p.add_days(if ahead == 0 { 7 } else { ahead }),
        WeekdayRule::Week(k) => p.monday().add_days(7 * k + wd),
    }
}

/// Whether a year-less day of a month exists in some year ("Feb. 29" yes, "April 31" no).
pub fn day_exists(month: u32, day: u32) -> bool {
    (1..=12).contains(&month) && day >= 1 && day <= days_in_month(2000, month)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(when: When, tense: Tense) -> Option<String> {
        resolve(when, Date::parse_iso("2025-04-16"), tense).value
    }

    #[test]
    fn weekdays_follow_tense_and_modifiers() {
        let friday = |rule| When::Weekday { weekday: 4, rule };
        assert_eq!(v(friday(WeekdayRule::Tense), Tense::Future).as_deref(), Some("2025-04-18"));
        assert_eq!(v(friday(WeekdayRule::Tense), Tense::Past).as_deref(), Some("2025-04-11"));
        assert_eq!(v(friday(WeekdayRule::Week(1)), Tense::Neutral).as_deref(), Some("2025-04-25"));
        let wednesday = When::Weekday { weekday: 2, rule: WeekdayRule::Tense };
        assert_eq!(v(wednesday, Tense::Past).as_deref(), Some("2025-04-16"));
        assert_eq!(
            v(When::Weekday { weekday: 2, rule: WeekdayRule::Last }, Tense::Past).as_deref(),
            Some("2025-04-09")
        );
    }

    #[test]
    fn year_less_dates_pick_the_year_by_tense() {
        let dec = When::Day { year: None, month: 12, day: 20 };
        assert_eq!(v(dec, Tense::Past).as_deref(), Some("2024-12-20"));
        assert_eq!(v(dec, Tense::Future).as_deref(), Some("2025-12-20"));
        let march = When::Month { year: None, month: 3, shift: None };
        assert_eq!(v(march, Tense::Neutral).as_deref(), Some("2025-03"));
        assert_eq!(v(march, Tense::Future).as_deref(), Some("2026-03"));
        assert_eq!(resolve(march, None, Tense::Past).value, None);
    }
}
