//! Warnings about the article's rates, shown in the panel:
//!
//! - its own conversions disagreeing with each other by more than their printed rounding
//!   allows: "the article converts at ₩1,420 and ₩1,380 per dollar";
//! - a conversion rate it declares that its own conversions do not follow: "the article
//!   states ₩1,420 per dollar but converts at ₩1,380".
//!
//! - a rate the article converts at that is more than [`OFF_REFERENCE`] from the ECB
//!   reference rate of its day: "the article's ₩1,150/$ is 19% from the ECB reference rate
//!   that day (₩1,418/$, 16 Apr 2025): check the figures".
//!
//! Market quotes ("the won closed at 1,437.3") are the day's price and may differ from the
//! rate the article converts at without anything being wrong.

use super::choose::contradict;
use super::find::Quote;
use super::reference::Reference;
use super::Found;
use super::RateKind;

/// How far (relative) a rate of the article may be from the reference rate of its day
/// before it is worth a warning: the won moves about 1% on a volatile day, and news
/// conversions use rates a few days old; 5% apart is a different rate, not the day's.
pub const OFF_REFERENCE: f64 = 0.05;

/// At most this many distinct rates are named (and compared against).
const MAX_LISTED: usize = 6;

pub fn contradictions(found: &[Found]) -> Vec<String> {
    let pairs: Vec<&Found> = found.iter().filter(|f| f.rate.kind == RateKind::Pair).collect();
    let distinct = distinct_rates(&pairs);
    let mut out = Vec::new();
    if distinct.len() > 1 {
        let names: Vec<String> = distinct.iter().map(|f| won(f.rate.won_per_unit)).collect();
        out.push(format!("the article converts at {} per dollar", join(&names)));
    }
    for stated in
        found.iter().filter(|f| f.quote == Some(Quote::Conversion) && f.rate.kind == RateKind::Stated)
    {
        let off: Vec<String> =
            distinct.iter().filter(|p| contradict(stated, p)).map(|p| won(p.rate.won_per_unit)).collect();
        if !off.is_empty() {
            out.push(format!(
                "the article states {} per dollar but converts at {}",
                won(stated.rate.won_per_unit),
                join(&off)
            ));
            break;
        }
    }
    out
}

/// Whether a market quote is too far from the reference rate of the article's day to be the
/// day's price (it is a past price the article recalls).
pub fn is_past_quote(f: &Found, day: &Reference) -> bool {
    f.quote == Some(Quote::Market) && off_reference(f, day).is_some()
}

/// How far the rate lies from the reference rate, relative to it, when more than
/// [`OFF_REFERENCE`] and beyond what the printed rounding allows.
fn off_reference(f: &Found, day: &Reference) -> Option<f64> {
    let r = &f.rate;
    let reference = day.won_per_dollar;
    let inside = r.won_per_unit_min <= reference && reference <= r.won_per_unit_max;
    let off = (r.won_per_unit - reference).abs() / reference;
    (!inside && off > OFF_REFERENCE).then_some(off)
}

/// Warnings for the article's rates in use that are far from the reference rate of its day,
/// one per distinct rate.
pub fn against_reference(found: &[Found], day: &Reference) -> Vec<String> {
    let used: Vec<&Found> = found
        .iter()
        .filter(|f| f.rate.used && matches!(f.rate.kind, RateKind::Pair | RateKind::Stated))
        .collect();
    distinct_rates(&used)
        .into_iter()
        .filter_map(|f| {
            let off = off_reference(f, day)?;
            Some(format!(
                "the article's {}/$ is {:.0}% from the {} ({}/$): check the figures",
                won(f.rate.won_per_unit),
                off * 100.0,
                day.label().replace("ECB reference rate, ", "ECB reference rate of "),
                won(day.won_per_dollar),
            ))
        })
        .collect()
}

/// The rates that contradict each other, one of each agreeing group, in text order.
fn distinct_rates<'a>(pairs: &[&'a Found]) -> Vec<&'a Found> {
    let mut distinct: Vec<&Found> = Vec::new();
    for &f in pairs {
        if distinct.len() < MAX_LISTED && distinct.iter().all(|d| contradict(f, d)) {
            distinct.push(f);
        }
    }
    distinct
}

/// "₩1,420 and ₩1,380", "₩1,420, ₩1,400 and ₩1,380"
fn join(names: &[String]) -> String {
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {}", rest.join(", "), last),
        Some((last, _)) => last.clone(),
        None => String::new(),
    }
}

/// "₩1,420"
fn won(rate: f64) -> String {
    let s = (rate.round() as u64).to_string();
    let mut out = String::from("₩");
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}
