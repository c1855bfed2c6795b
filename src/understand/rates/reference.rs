//! The reference rate of a day: the European Central Bank's won per dollar, bundled.
//!
//! `reference/won_per_dollar.bin` (written by `reference/generate.py`, `./build.sh rates`)
//! holds one little-endian `u16` per calendar day from 1999-01-04: the won per dollar times
//! ten, or 0 when the ECB published no rate that day. A look-up is an index into the bytes
//! plus a step back over weekends and holidays: nothing is decoded at start-up and nothing
//! is fetched at run time.
//!
//! Which day's rate a date gets:
//! - a date inside the table: the rate of that day, or of the last business day before it;
//! - a date before the table (before 4 January 1999): the table's first rate, said so;
//! - a date after the table, or no date: the table's last rate, said so.

use crate::calendar::Date;

static TABLE: &[u8] = include_bytes!("reference/won_per_dollar.bin");

/// Day 0 of the table.
const FIRST: Date = Date { year: 1999, month: 1, day: 4 };

/// How the rate's day relates to the date asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// The rate of the date itself or of the last business day before it.
    OfTheDay,
    /// The date is before the table: its first rate.
    BeforeTable,
    /// The date is after the table: its last rate.
    AfterTable,
    /// No date: the table's last rate.
    Undated,
}

/// A reference rate and the day it is of.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reference {
    pub won_per_dollar: f64,
    pub day: Date,
    pub standing: Standing,
}

impl Reference {
    /// "ECB reference rate, 16 Apr 2025", with why that day when it is not the article's
    /// ("ECB reference rate, 30 Oct 2026 (the latest bundled; the article is undated)").
    pub fn label(&self) -> String {
        let day = self.day_text();
        let why = match self.standing {
            Standing::OfTheDay => "",
            Standing::BeforeTable => " (the earliest bundled; the article is older)",
            Standing::AfterTable => " (the latest bundled; the article is newer)",
            Standing::Undated => " (the latest bundled; the article's date is unknown)",
        };
        format!("ECB reference rate, {day}{why}")
    }

    /// For a dated article outside the bundled table, what the reader should know: its
    /// amounts are converted at a rate of another day, perhaps far from its own (the won
    /// moved from 900 to 1,960 per dollar in the months before the table starts).
    pub fn caveat(&self) -> Option<String> {
        let day = self.day_text();
        match self.standing {
            Standing::BeforeTable => Some(format!(
                "the bundled ECB reference rates start on {day}, after this article was published: \
                 its won amounts are converted at that first rate, which may be far from the rate of its day"
            )),
            Standing::AfterTable => Some(format!(
                "the bundled ECB reference rates end on {day}, before this article was published: \
                 its won amounts are converted at that last rate"
            )),
            Standing::OfTheDay | Standing::Undated => None,
        }
    }

    /// "16 Apr 2025"
    fn day_text(&self) -> String {
        format!("{} {} {}", self.day.day, MONTHS[self.day.month as usize - 1], self.day.year)
    }
}

const MONTHS: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// Tenths of a won per dollar on table day `i`; 0 when there is no rate that day.
fn tenths(i: usize) -> u16 {
    match TABLE.get(2 * i..2 * i + 2) {
        Some(b) => u16::from_le_bytes([b[0], b[1]]),
        None => 0,
    }
}

fn days() -> usize {
    TABLE.len() / 2
}

/// The rate on table day `i` or the last day before it with one (the table's first day has
/// one, so the walk back ends; a gap is at most a few days of holidays).
fn at_or_before(i: usize) -> Option<(usize, u16)> {
    (0..=i.min(days().checked_sub(1)?)).rev().map(|j| (j, tenths(j))).find(|&(_, t)| t > 0)
}

/// The reference rate for a publication date (`YYYY-MM-DD`, or longer ISO date-time); `None`
/// only if the bundled table is empty.
pub fn on(date: Option<&str>) -> Option<Reference> {
    let asked = date.and_then(Date::parse_iso);
    let last = days().checked_sub(1)?;
    let (index, standing) = match asked.map(|d| d.day_number() - FIRST.day_number()) {
        None => (last, Standing::Undated),
        Some(i) if i < 0 => (first_rate_day()?, Standing::BeforeTable),
        Some(i) if i as usize > last => (last, Standing::AfterTable),
        Some(i) => (i as usize, Standing::OfTheDay),
    };
    let (day, t) = at_or_before(index)?;
    Some(Reference { won_per_dollar: f64::from(t) / 10.0, day: FIRST.add_days(day as i64), standing })
}

fn first_rate_day() -> Option<usize> {
    (0..days()).find(|&i| tenths(i) > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_starts_on_its_first_day_and_ends_on_a_rate() {
        assert!(tenths(0) > 0);
        assert!(tenths(days() - 1) > 0);
        // Every gap (weekends, holidays) is short and every rate plausible for the won.
        let mut gap = 0;
        for i in 0..days() {
            let t = tenths(i);
            gap = if t == 0 { gap + 1 } else { 0 };
            assert!(gap < 10, "day {i}");
            assert!(t == 0 || (8000..20000).contains(&t), "day {i}: {t}");
        }
    }

    #[test]
    fn a_weekend_takes_the_friday_before() {
        // 2025-04-19 was a Saturday.
        let r = on(Some("2025-04-19")).unwrap();
        assert_eq!(r.day, Date { year: 2025, month: 4, day: 17 });
        assert_eq!(r.standing, Standing::OfTheDay);
    }
}
