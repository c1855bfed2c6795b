//! Publication dates as pages state them: machine-readable values from meta tags, JSON-LD
//! and `<time datetime>`, and the visible datelines Korean sites print ("Published:
//! 2025.04.16 17:30", "Updated : 2025-04-16 17:30", "입력 2025.04.16 17:30", "Published :
//! Apr. 16, 2025 - 17:30 KST").
//!
//! A dateline says whether it is the first publication or an update; the first wins. The
//! time zone goes into the ISO time only when the page states it.

use std::sync::LazyLock;

use regex::Regex;

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

static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        ([A-Za-z\x20]{5,12}|입력|등록|승인|수정) [\t\n\r\x20]* (?:[:：][\t\n\r\x20]*)?
        ((?:19|20)[0-9]{2}) [\t\n\r\x20]*[./\-년][\t\n\r\x20]* ([0-9]{1,2}) [\t\n\r\x20]*[./\-월][\t\n\r\x20]* ([0-9]{1,2}) [.일]?
        (?: [\t\n\r\x20]*[,\-]?[\t\n\r\x20]* ([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))? )?
        (?: [\t\n\r\x20]* (KST|UTC|GMT|EST|EDT|ET|[+\-][0-9]{2}:?[0-9]{2}) )?",
    )
    .expect("numeric dateline pattern")
});

static WORDED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        ([A-Za-z\x20]{5,12}) [\t\n\r\x20]* (?:[:：][\t\n\r\x20]*)?
        ([A-Za-z]{3})[a-z]*\.? [\t\n\r\x20]+ ([0-9]{1,2}), [\t\n\r\x20]* ((?:19|20)[0-9]{2})
        (?: [\t\n\r\x20]*[,\-]?[\t\n\r\x20]* ([0-9]{1,2}):([0-9]{2}) (?:[\t\n\r\x20]*([AaPp])\.?[Mm]\.?)? )?
        (?: [\t\n\r\x20]* (KST|UTC|GMT|EST|EDT|ET) )?",
    )
    .expect("worded dateline pattern")
});

/// The dateline in a short line of the page, if it is one.
pub fn dateline(line: &str) -> Option<Dated> {
    if line.len() > 160 {
        return None;
    }
    if let Some(c) = NUMERIC.captures(line) {
        let stamp = label(c.get(1)?.as_str())?;
        let (y, m, d) = (num(&c, 2)?, num(&c, 3)?, num(&c, 4)?);
        let time = clock(num(&c, 5), num(&c, 6), num(&c, 7), false);
        return dated(stamp, y, m, d, time, c.get(8).map(|z| z.as_str()));
    }
    let c = WORDED.captures(line)?;
    let stamp = label(c.get(1)?.as_str())?;
    let month = c.get(2)?.as_str().to_ascii_lowercase();
    let m = MONTHS.iter().position(|x| *x == month)? as u32 + 1;
    let pm = c.get(7).is_some_and(|p| p.as_str().eq_ignore_ascii_case("p"));
    let time = clock(num(&c, 5), num(&c, 6), None, pm);
    dated(stamp, num(&c, 4)?, m, num(&c, 3)?, time, c.get(8).map(|z| z.as_str()))
}

fn label(text: &str) -> Option<Stamp> {
    let text = text.trim().to_ascii_lowercase();
    LABELS.iter().find(|(l, _)| *l == text || text.ends_with(&format!(" {l}"))).map(|(_, s)| *s)
}

fn num(c: &regex::Captures<'_>, i: usize) -> Option<u32> {
    c.get(i)?.as_str().parse().ok()
}

fn clock(h: Option<u32>, m: Option<u32>, s: Option<u32>, pm: bool) -> Option<(u32, u32, u32)> {
    let h = h? + if pm && h? < 12 { 12 } else { 0 };
    let (m, s) = (m?, s.unwrap_or(0));
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
    fn dates_in_prose_are_not_datelines() {
        assert_eq!(read("The law was passed 2025.04.16 after a long debate"), None);
        assert_eq!(read("Published: 2025.13.40"), None);
    }
}
