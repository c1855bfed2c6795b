//! Publication dates as pages state them: machine-readable values from meta tags, JSON-LD
//! and `<time datetime>`, and the visible datelines Korean sites print ("Published:
//! 2025.04.16 17:30", "Updated : 2025-04-16 17:30", "입력 2025.04.16 17:30", "Published :
//! Apr. 16, 2025 - 17:30 KST").
//!
//! A dateline says whether it is the first publication or an update; the first wins. The
//! time zone goes into the ISO time only when the page states it.

use crate::scan::{self, Cursor};

/// Whether a dateline gives the first publication or a later revision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stamp {
    Published,
    Updated,
}

/// A date read from the page: `YYYY-MM-DD` and, when the page gives a time, an ISO time.
#[derive(Debug, Clone, PartialEq)]
pub struct Dated {
    pub stamp: Stamp,
    pub date: String,
    pub time: Option<String>,
}

/// Labels that introduce a dateline, and what they stamp.
const LABELS: &[(&str, Stamp)] = &[
    ("published", Stamp::Published),
    ("posted", Stamp::Published),
    ("입력", Stamp::Published),
    ("등록", Stamp::Published),
    ("승인", Stamp::Published),
    ("updated", Stamp::Updated),
    ("last updated", Stamp::Updated),
    ("modified", Stamp::Updated),
    ("수정", Stamp::Updated),
];

const MONTHS: &[&str] = &["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/// Time zones a Korean news page names, as UTC offsets.
const ZONES: &[(&str, &str)] = &[
    ("KST", "+09:00"),
    ("UTC", "+00:00"),
    ("GMT", "+00:00"),
    ("ET", "-05:00"),
    ("EST", "-05:00"),
    ("EDT", "-04:00"),
];

/// A dateline as the line writes it, before its numbers are checked.
struct Written<'a> {
    label: &'a str,
    year: &'a str,
    /// Digits, or the first three letters of the month's name.
    month: &'a str,
    day: &'a str,
    clock: Option<Clock<'a>>,
    zone: Option<&'a str>,
}

struct Clock<'a> {
    hour: &'a str,
    minute: &'a str,
    second: Option<&'a str>,
    pm: bool,
}

/// The dateline in a short line of the page, if it is one.
pub fn dateline(line: &str) -> Option<Dated> {
    if line.len() > 160 || !may_hold_dateline(line) {
        return None;
    }
    if let Some((_, d)) = scan::find(line, numeric) {
        let stamp = label(d.label)?;
        return dated(stamp, num(d.year)?, num(d.month)?, num(d.day)?, clock(d.clock), d.zone);
    }
    let (_, d) = scan::find(line, worded)?;
    let stamp = label(d.label)?;
    let month = d.month.to_ascii_lowercase();
    let m = MONTHS.iter().position(|x| *x == month)? as u32 + 1;
    dated(stamp, num(d.year)?, m, num(d.day)?, clock(d.clock), d.zone)
}

/// Whether `line` holds a year's first digits and one of the [`LABELS`], as every dateline
/// does. Most lines of a page hold neither, and the readers below try a dateline at every
/// position of a line, so this look is what most lines cost.
fn may_hold_dateline(line: &str) -> bool {
    if !(line.contains("19") || line.contains("20")) {
        return false;
    }
    let lower = line.to_ascii_lowercase();
    LABELS.iter().any(|(label, _)| lower.contains(label))
}

/// A numeric dateline: a label, an optional colon, then year, month and day with any of
/// `. / -` or 년 월 (일) between them, then an optional time and zone: "Published:
/// 2025.04.16 17:30", "Updated : 2025-04-16 17:30:05 KST", "입력 2025년 4월 16일 09:12",
/// "Posted 2025/04/16, 17:30 +0900". The label is five to twelve letters and spaces (read
/// by [`label`] later) or 입력, 등록, 승인 or 수정.
fn numeric<'a>(c: &mut Cursor<'a>) -> Option<Written<'a>> {
    let date = |c: &mut Cursor<'a>| {
        colon(c);
        let year = year(c)?;
        let sep = |c: &mut Cursor<'a>, unit: char| {
            c.space();
            c.char_if(|x| matches!(x, '.' | '/' | '-') || x == unit)?;
            c.space();
            Some(())
        };
        sep(c, '년')?;
        let month = c.digits(1, 2)?;
        sep(c, '월')?;
        let day = c.digits(1, 2)?;
        c.char_if(|x| x == '.' || x == '일');
        let clock = c.attempt(|c| {
            clock_sep(c);
            let (hour, minute) = hour_minute(c)?;
            let second = c.attempt(|c| c.eat(':').then(|| c.digits(2, 2)).flatten());
            Some(Clock { hour, minute, second, pm: false })
        });
        let zone = c.attempt(|c| {
            c.space();
            let start = c.pos();
            let offset = |c: &mut Cursor<'a>| {
                c.char_if(|x| x == '+' || x == '-')?;
                c.digits(2, 2)?;
                c.eat(':');
                c.digits(2, 2)
            };
            (zone_name(c) || c.attempt(offset).is_some()).then(|| c.since(start))
        });
        Some((year, month, day, clock, zone))
    };
    let (label, (year, month, day, clock, zone)) =
        c.attempt(|c| label_before(c, date)).or_else(|| c.attempt(|c| Some((korean_label(c)?, date(c)?))))?;
    Some(Written { label, year, month, day, clock, zone })
}

/// A dateline with the month in words: a label, an optional colon, then the month (its
/// first three letters, perhaps more in lower case, perhaps a dot), the day and a comma,
/// the year, then an optional time (with a.m./p.m.) and zone: "Published : Apr. 16, 2025 -
/// 17:30 KST", "Updated September 5, 2025 9:12 pm".
fn worded<'a>(c: &mut Cursor<'a>) -> Option<Written<'a>> {
    let date = |c: &mut Cursor<'a>| {
        colon(c);
        let start = c.pos();
        c.many(3, 3, |x| x.is_ascii_alphabetic())?;
        let month = c.since(start);
        c.many(0, usize::MAX, |x| x.is_ascii_lowercase());
        c.eat('.');
        c.space1().then_some(())?;
        let day = c.digits(1, 2)?;
        c.eat(',').then_some(())?;
        c.space();
        let year = year(c)?;
        let clock = c.attempt(|c| {
            clock_sep(c);
            let (hour, minute) = hour_minute(c)?;
            let pm = c.attempt(|c| {
                c.space();
                let half = c.byte_if(|b| matches!(b, b'A' | b'a' | b'P' | b'p'))?;
                c.eat('.');
                c.byte_if(|b| b == b'M' || b == b'm')?;
                c.eat('.');
                Some(half.eq_ignore_ascii_case(&b'p'))
            });
            Some(Clock { hour, minute, second: None, pm: pm.unwrap_or(false) })
        });
        let zone = c.attempt(|c| {
            c.space();
            let start = c.pos();
            zone_name(c).then(|| c.since(start))
        });
        Some((year, month, day, clock, zone))
    };
    let (label, (year, month, day, clock, zone)) = label_before(c, date)?;
    Some(Written { label, year, month, day, clock, zone })
}

/// Five to twelve ASCII letters and spaces followed by what `rest` reads: as many as
/// `rest` allows, for the label may run into what follows ("Published Apr. 16" reads
/// "Published Ap" first and gives back letters until the month is read).
fn label_before<'a, T>(
    c: &mut Cursor<'a>,
    rest: impl Fn(&mut Cursor<'a>) -> Option<T>,
) -> Option<(&'a str, T)> {
    let start = c.pos();
    let most = c.many(5, 12, |x| x.is_ascii_alphabetic() || x == ' ')?;
    (5..=most).rev().find_map(|n| {
        *c = Cursor::at(c.text(), start + n);
        Some((c.since(start), rest(c)?))
    })
}

/// 입력 (entered), 등록 (registered), 승인 (approved) or 수정 (revised).
fn korean_label<'a>(c: &mut Cursor<'a>) -> Option<&'a str> {
    let start = c.pos();
    c.one_of(&["입력", "등록", "승인", "수정"])?;
    Some(c.since(start))
}

/// Space, then an optional colon (ASCII or full-width) and space after it.
fn colon(c: &mut Cursor<'_>) {
    c.space();
    if c.eat(':') || c.eat('：') {
        c.space();
    }
}

/// A year of the 1900s or 2000s.
fn year<'a>(c: &mut Cursor<'a>) -> Option<&'a str> {
    c.attempt(|c| {
        let start = c.pos();
        c.one_of(&["19", "20"])?;
        c.digits(2, 2)?;
        Some(c.since(start))
    })
}

/// What may stand between a date and its time: space, perhaps with a comma or a dash.
fn clock_sep(c: &mut Cursor<'_>) {
    c.space();
    c.char_if(|x| x == ',' || x == '-');
    c.space();
}

/// "17:30", "9:05".
fn hour_minute<'a>(c: &mut Cursor<'a>) -> Option<(&'a str, &'a str)> {
    let hour = c.digits(1, 2)?;
    c.eat(':').then_some(())?;
    Some((hour, c.digits(2, 2)?))
}

/// A zone that [`ZONES`] names.
fn zone_name(c: &mut Cursor<'_>) -> bool {
    c.one_of(&["KST", "UTC", "GMT", "EST", "EDT", "ET"]).is_some()
}

fn label(text: &str) -> Option<Stamp> {
    let text = text.trim().to_ascii_lowercase();
    LABELS.iter().find(|(l, _)| *l == text || text.ends_with(&format!(" {l}"))).map(|(_, s)| *s)
}

fn num(digits: &str) -> Option<u32> {
    digits.parse().ok()
}

fn clock(c: Option<Clock<'_>>) -> Option<(u32, u32, u32)> {
    let c = c?;
    let h = num(c.hour)?;
    let h = h + if c.pm && h < 12 { 12 } else { 0 };
    let (m, s) = (num(c.minute)?, c.second.map_or(Some(0), num)?);
    (h < 24 && m < 60 && s < 60).then_some((h, m, s))
}

fn dated(
    stamp: Stamp,
    y: u32,
    m: u32,
    d: u32,
    time: Option<(u32, u32, u32)>,
    zone: Option<&str>,
) -> Option<Dated> {
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let date = format!("{y:04}-{m:02}-{d:02}");
    let time = time
        .map(|(h, mi, s)| format!("{date}T{h:02}:{mi:02}:{s:02}{}", zone.map(offset).unwrap_or_default()));
    Some(Dated { stamp, date, time })
}

fn offset(zone: &str) -> String {
    if let Some((_, o)) = ZONES.iter().find(|(z, _)| *z == zone) {
        return (*o).to_string();
    }
    let digits: String = zone.chars().filter(char::is_ascii_digit).collect();
    match (zone.get(..1), digits.get(..2), digits.get(2..4)) {
        (Some(sign), Some(h), Some(m)) => format!("{sign}{h}:{m}"),
        _ => String::new(),
    }
}

/// The date part of a machine-readable time ("2025-04-16T17:30:00+09:00", "2025-04-16").
pub fn iso_date(value: &str) -> Option<String> {
    let v = value.trim();
    let date = v.get(..10)?;
    let b = date.as_bytes();
    let shape =
        b.iter().enumerate().all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() });
    shape.then(|| date.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(line: &str) -> Option<(Stamp, String, Option<String>)> {
        dateline(line).map(|d| (d.stamp, d.date, d.time))
    }

    #[test]
    fn korean_sites_datelines() {
        assert_eq!(
            read("Published: 2025.04.16 17:30"),
            Some((Stamp::Published, "2025-04-16".into(), Some("2025-04-16T17:30:00".into())))
        );
        assert_eq!(
            read("Updated : 2025-04-16 17:30"),
            Some((Stamp::Updated, "2025-04-16".into(), Some("2025-04-16T17:30:00".into())))
        );
        assert_eq!(
            read("입력 2025.04.16. 17:30"),
            Some((Stamp::Published, "2025-04-16".into(), Some("2025-04-16T17:30:00".into())))
        );
        assert_eq!(
            read("Published : Apr. 16, 2025 - 17:30 KST"),
            Some((Stamp::Published, "2025-04-16".into(), Some("2025-04-16T17:30:00+09:00".into())))
        );
        assert_eq!(
            read("Posted : 2025-04-16 09:12 KST"),
            Some((Stamp::Published, "2025-04-16".into(), Some("2025-04-16T09:12:00+09:00".into())))
        );
    }

    #[test]
    fn datelines_in_korean_units_and_words() {
        assert_eq!(
            read("입력 2025년 4월 16일 09:12"),
            Some((Stamp::Published, "2025-04-16".into(), Some("2025-04-16T09:12:00".into())))
        );
        assert_eq!(
            read("Last updated Sept. 5, 2025 9:12 p.m. ET"),
            Some((Stamp::Updated, "2025-09-05".into(), Some("2025-09-05T21:12:00-05:00".into())))
        );
        assert_eq!(
            read("Posted 2025/04/16, 17:30:05 +0900"),
            Some((Stamp::Published, "2025-04-16".into(), Some("2025-04-16T17:30:05+09:00".into())))
        );
        assert_eq!(read("Updated: April 16, 2025"), Some((Stamp::Updated, "2025-04-16".into(), None)));
    }

    #[test]
    fn dates_in_prose_are_not_datelines() {
        assert_eq!(read("The law was passed 2025.04.16 after a long debate"), None);
        assert_eq!(read("Published: 2025.13.40"), None);
    }
}
