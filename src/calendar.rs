//! Calendar arithmetic on plain dates: day numbers, weekdays, ISO weeks, month steps. One
//! calendar for the crate: `extract` normalises publication dates with it, `understand::dates`
//! resolves date expressions, `report` describes and orders calendar values.
//!
//! Dates convert to a day count since 1970-01-01 (Howard Hinnant's `days_from_civil`), so
//! "three days ago" or "the Friday of next week" is integer arithmetic. No clock: the only
//! "today" is the publication date the caller passes in.

/// A calendar date (proleptic Gregorian).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// A real calendar date, or `None` ("February 30").
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        ((1..=12).contains(&month) && (1..=days_in_month(year, month)).contains(&day)).then_some(Date {
            year,
            month,
            day,
        })
    }

    /// Parses `YYYY-MM-DD` (a longer ISO date-time is cut at the date).
    pub fn parse_iso(s: &str) -> Option<Date> {
        let s = s.trim();
        let b = s.as_bytes();
        if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let year = s.get(0..4)?.parse().ok()?;
        let month = s.get(5..7)?.parse().ok()?;
        let day = s.get(8..10)?.parse().ok()?;
        Date::new(year, month, day)
    }

    /// Days since 1970-01-01.
    pub fn day_number(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date of a day number (inverse of [`Date::day_number`]).
    pub fn from_day_number(z: i64) -> Date {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub fn add_days(self, days: i64) -> Date {
        Date::from_day_number(self.day_number().saturating_add(days))
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday (3).
        (self.day_number() + 3).rem_euclid(7) as u32
    }

    /// The Monday of this date's week.
    pub fn monday(self) -> Date {
        self.add_days(-i64::from(self.weekday()))
    }

    /// ISO 8601 week-numbering year and week.
    pub fn iso_week(self) -> (i32, u32) {
        // The week belongs to the year of its Thursday.
        let thursday = self.add_days(3 - i64::from(self.weekday()));
        let jan1 = Date { year: thursday.year, month: 1, day: 1 };
        let week = (thursday.day_number() - jan1.day_number()) / 7 + 1;
        (thursday.year, week as u32)
    }

    /// `YYYY-Www` of this date's ISO week.
    pub fn iso_week_string(self) -> String {
        let (y, w) = self.iso_week();
        format!("{y:04}-W{w:02}")
    }

    /// The first of the month `months` months away ("next month", "five months ago").
    pub fn add_months(self, months: i64) -> (i32, u32) {
        let index = i64::from(self.year) * 12 + i64::from(self.month) - 1 + months;
        (index.div_euclid(12) as i32, (index.rem_euclid(12) + 1) as u32)
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A date value of the contract, parsed: `YYYY-MM-DD`, `YYYY-Www`, `YYYY-MM` or `YYYY`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalendarValue {
    Day(Date),
    Week { year: i32, week: u32 },
    Month { year: i32, month: u32 },
    Year(i32),
}

impl CalendarValue {
    pub fn parse(value: &str) -> Option<CalendarValue> {
        let v = value.trim();
        let year: i32 = v.get(0..4).filter(|y| y.bytes().all(|b| b.is_ascii_digit()))?.parse().ok()?;
        let rest = v.get(4..)?;
        if rest.is_empty() {
            return Some(CalendarValue::Year(year));
        }
        if let Some(week) = rest.strip_prefix("-W") {
            let week: u32 = week.parse().ok().filter(|w| (1..=53).contains(w))?;
            return Some(CalendarValue::Week { year, week });
        }
        if rest.len() == 3 {
            let month: u32 = rest.strip_prefix('-')?.parse().ok().filter(|m| (1..=12).contains(m))?;
            return Some(CalendarValue::Month { year, month });
        }
        Date::parse_iso(v).map(CalendarValue::Day)
    }

    /// The first and the last day the value covers.
    pub fn span(&self) -> (Date, Date) {
        match *self {
            CalendarValue::Day(d) => (d, d),
            CalendarValue::Week { year, week } => {
                // ISO week 1 is the week of 4 January.
                let monday = Date { year, month: 1, day: 4 }.monday().add_days(7 * (i64::from(week) - 1));
                (monday, monday.add_days(6))
            }
            CalendarValue::Month { year, month } => {
                (Date { year, month, day: 1 }, Date { year, month, day: days_in_month(year, month) })
            }
            CalendarValue::Year(year) => (Date { year, month: 1, day: 1 }, Date { year, month: 12, day: 31 }),
        }
    }
}

pub fn is_leap(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `YYYY-MM-DD` from an ISO date or date-time, if it is a real calendar date.
pub fn normalize_iso_date(s: &str) -> Option<String> {
    Date::parse_iso(s).map(|d| d.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse_iso(s).unwrap()
    }

    #[test]
    fn day_numbers_round_trip_and_weekdays() {
        for s in ["1970-01-01", "2000-02-29", "2025-04-16", "1899-12-31", "2100-03-01"] {
            assert_eq!(Date::from_day_number(d(s).day_number()), d(s));
        }
        assert_eq!(d("2025-04-16").weekday(), 2); // a Wednesday
        assert_eq!(d("2025-04-16").add_days(-20).to_string(), "2025-03-27");
    }

    #[test]
    fn iso_weeks_at_year_ends() {
        assert_eq!(d("2025-04-23").iso_week_string(), "2025-W17");
        assert_eq!(d("2016-01-01").iso_week_string(), "2015-W53");
        assert_eq!(d("2019-12-30").iso_week_string(), "2020-W01");
    }

    #[test]
    fn rejects_impossible_dates() {
        assert_eq!(Date::parse_iso("2014-02-29"), None);
        assert_eq!(normalize_iso_date("2024-02-29T10:00:00+09:00").as_deref(), Some("2024-02-29"));
        assert_eq!(d("2025-01-31").add_months(-2), (2024, 11));
    }
}
