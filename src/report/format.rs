//! How the summary writes dates, numbers and exchange rates for a reader: "Wednesday,
//! April 16, 2025", "₩1,420.1 per $1". Shared by the Markdown/plain-text report and the
//! overlay's panel so that both say the same thing the same way.

use crate::analysis::{Currency, Granularity, Rate, RateKind};
pub use crate::calendar::CalendarValue;
use crate::calendar::Date;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Monday first, as ISO 8601 numbers them.
const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

impl CalendarValue {
    /// Calendar order: by the first day the value covers, the wider span first where two
    /// start together (a month before its first day; a week where its Monday falls).
    pub fn sort_key(&self) -> (i64, i64) {
        let (first, last) = self.span();
        (first.day_number(), -last.day_number())
    }

    /// "Wednesday, April 16, 2025", "week of April 14, 2025", "April 2025", "2025".
    pub fn describe(&self) -> String {
        match *self {
            CalendarValue::Day(d) => format!("{}, {}", WEEKDAYS[d.weekday() as usize], long_date(d)),
            CalendarValue::Week { .. } => format!("week of {}", long_date(self.span().0)),
            CalendarValue::Month { year, month } => format!("{} {year}", month_name(month)),
            CalendarValue::Year(year) => year.to_string(),
        }
    }

    pub fn granularity(&self) -> Granularity {
        match self {
            CalendarValue::Day(_) => Granularity::Day,
            CalendarValue::Week { .. } => Granularity::Week,
            CalendarValue::Month { .. } => Granularity::Month,
            CalendarValue::Year(_) => Granularity::Year,
        }
    }
}

fn month_name(month: u32) -> &'static str {
    MONTHS.get(month.wrapping_sub(1) as usize).copied().unwrap_or("")
}

/// "April 16, 2025".
pub fn long_date(d: Date) -> String {
    format!("{} {}, {}", month_name(d.month), d.day, d.year)
}

/// The publication date as a byline shows it ("April 16, 2025"); other values unchanged.
pub fn published(value: &str) -> String {
    Date::parse_iso(value).map(long_date).unwrap_or_else(|| value.to_owned())
}

/// "By Im Soung-bin", without doubling a "By" the page already wrote.
pub fn byline(byline: &str) -> String {
    let b = byline.trim();
    let stated = b.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("by "));
    if stated {
        format!("By {}", b[3..].trim_start())
    } else {
        format!("By {b}")
    }
}

/// "4 min read"; nothing for an empty article.
pub fn reading_time(minutes: u32) -> Option<String> {
    (minutes > 0).then(|| format!("{minutes} min read"))
}

/// A number with thousands separators and at most `decimals` decimals, trailing zeros
/// dropped: 1420.1 → "1,420.1", 1420.0 → "1,420".
pub fn grouped(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return String::from("?");
    }
    let fixed = format!("{:.*}", decimals, value.abs());
    let (int, frac) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let frac = frac.trim_end_matches('0');
    let mut out = String::new();
    if value < 0.0 && fixed.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
        out.push('-');
    }
    let digits = int.len();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (digits - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    out
}

/// "₩1,420 per $1" for a won-per-dollar rate, other quote currencies by their code, with no
/// more decimals than the rate is known to: a rate implied by "12 trillion won ($8.45
/// billion)" lies anywhere in 1,419.3–1,421.0, so its decimals would be noise.
pub fn rate(r: &Rate) -> String {
    let unit = match r.quote {
        Currency::USD => String::from("$1"),
        other => format!("1 {}", other.code()),
    };
    let width = r.won_per_unit_max - r.won_per_unit_min;
    let decimals = (0..2).find(|&d| 10f64.powi(-(d as i32)) <= width).unwrap_or(2);
    format!("₩{} per {unit}", grouped(r.won_per_unit, decimals))
}

/// Where a rate came from, in words.
pub fn rate_source(kind: RateKind) -> &'static str {
    match kind {
        RateKind::Pair => "implied by an amount the article prints in both currencies",
        RateKind::Stated => "stated in the article",
        RateKind::User => "your own rate, set in Lede's options (the article states none)",
        RateKind::Reference => "the article states none",
    }
}

/// "used for 3 amounts"; nothing when the rate converted no amount shown.
pub fn conversions(n: usize) -> Option<String> {
    match n {
        0 => None,
        1 => Some(String::from("used for 1 amount")),
        n => Some(format!("used for {n} amounts")),
    }
}

/// `text` cut to at most `max` characters at a word boundary, with an ellipsis when cut.
pub fn shorten(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut = text.char_indices().nth(max).map_or(text.len(), |(b, _)| b);
    let head = &text[..cut];
    let head = head.rfind(' ').filter(|&i| i > cut / 2).map_or(head, |i| &head[..i]);
    format!("{}…", head.trim_end_matches([',', ';', ':', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_carry_their_weekday() {
        // The seed article's publication date was a Wednesday.
        assert_eq!(
            CalendarValue::parse("2025-04-16").map(|v| v.describe()).as_deref(),
            Some("Wednesday, April 16, 2025")
        );
        assert_eq!(
            CalendarValue::parse("2024-02-29").map(|v| v.describe()).as_deref(),
            Some("Thursday, February 29, 2024")
        );
        assert_eq!(
            CalendarValue::parse("2000-01-01").map(|v| v.describe()).as_deref(),
            Some("Saturday, January 1, 2000")
        );
    }

    #[test]
    fn weeks_months_and_years_read_naturally() {
        assert_eq!(
            CalendarValue::parse("2025-W17").map(|v| v.describe()).as_deref(),
            Some("week of April 21, 2025")
        );
        // ISO week 1 of 2026 starts in December 2025.
        assert_eq!(
            CalendarValue::parse("2026-W01").map(|v| v.describe()).as_deref(),
            Some("week of December 29, 2025")
        );
        assert_eq!(CalendarValue::parse("2025-07").map(|v| v.describe()).as_deref(), Some("July 2025"));
        assert_eq!(CalendarValue::parse("2025").map(|v| v.describe()).as_deref(), Some("2025"));
    }

    #[test]
    fn malformed_values_are_rejected() {
        for bad in ["", "20", "2025-13", "2025-02-30", "2025-W60", "April", "2025-4-1", "२०२५"] {
            assert_eq!(CalendarValue::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn calendar_order_puts_a_month_before_its_days_and_a_week_at_its_monday() {
        let key = |v: &str| CalendarValue::parse(v).map(|c| c.sort_key());
        assert!(key("2025-04") < key("2025-04-01"));
        assert!(key("2025-04-18") < key("2025-W17"));
        assert!(key("2025-W17") < key("2025-04-22"));
        assert!(key("2024") < key("2025-01-01"));
    }

    #[test]
    fn numbers_and_rates_are_grouped() {
        assert_eq!(grouped(1420.1, 2), "1,420.1");
        assert_eq!(grouped(1420.0, 2), "1,420");
        assert_eq!(grouped(1_234_567.891, 2), "1,234,567.89");
        assert_eq!(grouped(-0.001, 2), "0");
        assert_eq!(grouped(f64::NAN, 2), "?");
        let stated = |value: f64, half: f64| Rate {
            base: Currency::KRW,
            quote: Currency::USD,
            won_per_unit: value,
            won_per_unit_min: value - half,
            won_per_unit_max: value + half,
            kind: RateKind::Pair,
            surface: String::new(),
            start: 0,
            end: 0,
            used: true,
            date: None,
            source: String::new(),
        };
        assert_eq!(rate(&stated(1420.118, 0.85)), "₩1,420 per $1", "known to ±0.85 won");
        assert_eq!(rate(&stated(1437.3, 0.05)), "₩1,437.3 per $1");
        assert_eq!(rate(&stated(1437.25, 0.0)), "₩1,437.25 per $1");
        assert_eq!(rate(&Rate { quote: Currency::JPY, ..stated(9.5, 0.05) }), "₩9.5 per 1 JPY");
    }

    #[test]
    fn bylines_say_by_once() {
        assert_eq!(byline("Im Soung-bin"), "By Im Soung-bin");
        assert_eq!(byline("BY IM SOUNG-BIN"), "By IM SOUNG-BIN");
        assert_eq!(byline("Byron Kim"), "By Byron Kim");
        assert_eq!(byline("by 임성빈"), "By 임성빈");
    }

    #[test]
    fn long_sentences_are_shortened_at_a_word() {
        let s = "Choi will meet Bessent in Washington on Thursday to discuss tariffs and currency policy.";
        assert_eq!(shorten(s, 200), s);
        assert_eq!(shorten(s, 40), "Choi will meet Bessent in Washington on…");
        assert_eq!(shorten("가나다라마바사", 3), "가나다…");
    }
}
