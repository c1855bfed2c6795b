//! Warnings about the article's rates, shown in the panel:
//!
//! - its own conversions disagreeing with each other by more than their printed rounding
//!   allows: "the article converts at ₩1,420 and ₩1,380 per dollar";
//! - a conversion rate it declares that its own conversions do not follow: "the article
//!   states ₩1,420 per dollar but converts at ₩1,380".
//!
//! Market quotes ("the won closed at 1,437.3") are the day's price and may differ from the
//! rate the article converts at without anything being wrong.

use super::choose::contradict;
use super::find::Quote;
use super::Found;
use super::RateKind;

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
