//! Finding the article's won/dollar rates: pairs it prints ("12 trillion won ($8.45
//! billion)", linked by the figures stage) and statements it makes ("($1 = 1,420.1 won)",
//! "at an exchange rate of 1,420 won to the dollar", "the won closed at 1,437.3 per dollar",
//! "1 dollar was worth 1,420 won", "달러당 1,420원").
//!
//! Every rate carries the interval its printed rounding allows: a pair's won amount is the
//! article's own figure, the dollar amount its conversion, so "$8.45 billion" (8.445–8.455)
//! bounds 12 trillion won to ₩1,419.3–₩1,421.0 per dollar.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use regex::bytes::Regex;

use super::Found;
use super::{Rate, RateKind};
use crate::understand::figures::{Currency, Figure, FigureKind};
use crate::understand::numbers::{decimals, parse_numeral};
use crate::understand::text::Document;

/// Won per dollar outside this band is a misreading (a change of "5.2 won against the
/// dollar", an amount that was not a conversion), not a rate: the won has traded between
/// roughly 300 and 2,000 per dollar since the 1970s.
pub const PLAUSIBLE: std::ops::RangeInclusive<f64> = 200.0..=5000.0;

/// A rate as a number: 1,420.1 or 1420.1.
const N: &str = r"([0-9]{1,2},[0-9]{3}(?:\.[0-9]+)?|[0-9]{3,4}(?:\.[0-9]+)?)";

/// Statement patterns (the first group is the rate in won per dollar), in order of
/// precedence: a conversion rate the article declares ("$1 = 1,420.1 won", "at an
/// exchange rate of 1,420 won to the dollar") comes before a market quote ("the won closed
/// at 1,437.3 per dollar"), the day's price rather than the rate the article converts at.
const STATEMENTS: &[(&str, Quote)] = &[
    // "($1 = 1,420.1 won)", "US$1 = W1,420"
    (
        r"(?i-u)(?:US|U\.S\.)?\$[ ]?1[ ]?(?:=|equals|is|was)[ ]?(?:about |around )?(?:₩|W|KRW[ ]?)?{N}(?:[ ]?won)?",
        Quote::Conversion,
    ),
    // "1 dollar was worth 1,420 won", "one dollar bought 1,420 won"
    (
        r"(?i-u)\b(?:1|one|a|each)[ ]+(?:U\.S\.[ ]+|US[ ]+)?dollar[ ]+(?:=|equals|equaled|is|was|is worth|was worth|is equal to|was equal to|buys|bought|fetches|fetched|traded for|trades for)[ ]+(?:about |around |roughly )?(?:₩|W)?{N}[ ]?won",
        Quote::Conversion,
    ),
    // "at an exchange rate of 1,420 won (to the dollar)", "converted at 1,420 won per dollar"
    (
        r"(?i-u)(?:exchange rate of|converted at|calculated at|conversion rate of) (?:about |around |roughly )?(?:₩|W)?{N}[ ]?(?:won|KRW)(?:[ ]+(?:to|per|against|for)[ ]+(?:the[ ]+|one[ ]+|a[ ]+|1[ ]+)?(?:U\.S\.[ ]+|US[ ]+)?dollar)?",
        Quote::Conversion,
    ),
    // "₩1,420/$"
    (r"(?i-u)(?:₩|W){N}[ ]?(?:/|per )[ ]?(?:\$|dollar)", Quote::Conversion),
    // "1,420 won to the dollar", "1,437.3 won per dollar", "1,437.3 won against the greenback"
    (
        r"(?i-u)(?:₩|W)?{N}[ ]?won[ ]+(?:to|per|against|for|a|versus|vs\.?)[ ]+(?:the[ ]+|one[ ]+|each[ ]+|a[ ]+|1[ ]+)?(?:U\.S\.[ ]+|US[ ]+|American[ ]+)?(?:dollar|greenback)",
        Quote::Market,
    ),
    // "the won closed at 1,437.3 per dollar", "the won weakened to 1,400 per dollar"
    (
        r"(?i-u)\bwon\b(?-i:[^.;\n]){0,80}?\b(?:at|to)[ ]+(?:₩|W)?{N}[ ]+(?:per|to the|against the|versus the)[ ]+(?:U\.S\.[ ]+|US[ ]+)?(?:dollar|greenback)",
        Quote::Market,
    ),
    // "the dollar was trading at 1,420 won"
    (r"(?i-u)\bdollar\b(?-i:[^.;\n]){0,60}?\bat[ ]+(?:₩|W)?{N}[ ]?won", Quote::Market),
    // "the won-dollar exchange rate closed at 1,437.3 (won)"
    (
        r"(?i-u)\bwon-dollar (?:exchange )?rate(?-i:[^.;\n]){0,60}?\b(?:at|to|of)[ ]+(?:₩|W)?{N}",
        Quote::Market,
    ),
    // "(1달러=1,420원)"
    (r"(?-u)1[ ]?달러[ ]?=[ ]?{N}[ ]?원", Quote::Conversion),
    // "달러당 1,420원", "원·달러 환율은 1,437.3원"
    (r"(?-u)달러당[ ]?(?:약[ ]?)?{N}[ ]?원", Quote::Market),
    (r"(?-u)원(?:·|・|/|-)?달러[ ]?환율[^.\n]{0,120}?{N}[ ]?원", Quote::Market),
];

/// What a stated rate is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quote {
    /// The rate the article converts at.
    Conversion,
    /// The market's price of the dollar that day.
    Market,
    /// A market quote far from the reference rate of the article's day: a past price the
    /// article recalls. Listed, never used.
    Past,
}

fn statements() -> &'static [(Regex, Quote)] {
    static CELL: OnceLock<Vec<(Regex, Quote)>> = OnceLock::new();
    // Every pattern compiles (tested below); one that did not would only be skipped.
    CELL.get_or_init(|| {
        STATEMENTS.iter().filter_map(|(p, q)| Some((Regex::new(&p.replace("{N}", N)).ok()?, *q))).collect()
    })
}

/// Rates stated outright in the text.
pub fn stated(doc: &Document<'_>) -> Vec<Found> {
    // Accepted spans by start; an earlier pattern keeps its span against later overlaps.
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    let mut out: Vec<Found> = Vec::new();
    for (re, quote) in statements() {
        for caps in re.captures_iter(doc.text.as_bytes()) {
            let (Some(all), Some(num)) = (caps.get(0), caps.get(1)) else { continue };
            let overlaps = taken.range(..all.end()).next_back().is_some_and(|(_, &end)| end > all.start());
            if overlaps {
                continue;
            }
            // Every pattern starts and ends on a character (ASCII or a literal one), so both
            // slices sit on character boundaries; the byte-level gap between them only
            // bounds how far apart they may be.
            let (true, Some(num)) = (doc.text.get(all.range()).is_some(), doc.text.get(num.range())) else {
                continue;
            };
            // "at 11350 won per dollar" is not ₩1,350: the rate is a whole number.
            if !whole_number(doc.text.as_bytes(), caps.get(1).map_or(0..0, |m| m.range())) {
                continue;
            }
            let Some(value) = parse_numeral(num).filter(|v| PLAUSIBLE.contains(v)) else { continue };
            taken.insert(all.start(), all.end());
            let half = 0.5 * 10f64.powi(-(decimals(num) as i32));
            out.push(Found {
                rate: Rate {
                    base: Currency::KRW,
                    quote: Currency::USD,
                    won_per_unit: value,
                    won_per_unit_min: value - half,
                    won_per_unit_max: value + half,
                    kind: RateKind::Stated,
                    bytes: all.start()..all.end(),
                    used: false,
                    date: None,
                    source: "stated in the article".into(),
                },
                bytes: all.start()..all.end(),
                paragraph: paragraph_at(doc, all.start()),
                won_figure: None,
                quote: Some(*quote),
            });
        }
    }
    out.sort_by_key(|f| f.bytes.start);
    out
}

/// Rates implied by won amounts printed with their dollar value.
pub fn pairs(doc: &Document<'_>, figures: &[Figure], bytes: &[std::ops::Range<usize>]) -> Vec<Found> {
    let mut out = Vec::new();
    for (k, won) in figures.iter().enumerate() {
        if won.kind != FigureKind::Money || won.currency != Some(Currency::KRW) || won.value_max.is_some() {
            continue;
        }
        let Some(paired) = won.paired.as_ref().filter(|p| p.currency == Currency::USD) else { continue };
        // The partner is the neighbour holding the paired amount.
        let partner = [k.wrapping_sub(1), k + 1].into_iter().find(|&j| {
            figures.get(j).is_some_and(|f| {
                f.currency == Some(Currency::USD) && f.value == paired.value && f.paired.is_some()
            })
        });
        let Some(j) = partner else { continue };
        let dollars = &figures[j];
        let rate = won.value / dollars.value;
        if !rate.is_finite() || !PLAUSIBLE.contains(&rate) {
            continue;
        }
        let low = dollars.value - dollars.rounding;
        let max = if low > 0.0 { won.value / low } else { f64::INFINITY };
        let min = won.value / (dollars.value + dollars.rounding);
        let (first, last) = (k.min(j), k.max(j));
        let mut range = bytes[first].start..bytes[last].end;
        // "12 trillion won ($8.45 billion)": the closing bracket belongs to the pair.
        let opened = doc.text.get(range.clone()).is_some_and(|s| s.contains('(') && !s.contains(')'));
        if opened && doc.text.get(range.end..).is_some_and(|rest| rest.starts_with(')')) {
            range.end += 1;
        }
        out.push(Found {
            rate: Rate {
                base: Currency::KRW,
                quote: Currency::USD,
                won_per_unit: rate,
                won_per_unit_min: min,
                won_per_unit_max: max,
                kind: RateKind::Pair,
                bytes: range.clone(),
                used: false,
                date: None,
                source: "implied by an amount the article prints in both currencies".into(),
            },
            paragraph: paragraph_at(doc, range.start),
            bytes: range,
            won_figure: Some(k),
            quote: None,
        });
    }
    out
}

/// Whether `range` of `text` is a whole number: no digit (nor a digit's "," or ".")
/// touching it on either side.
fn whole_number(text: &[u8], range: std::ops::Range<usize>) -> bool {
    let digit_at = |i: Option<usize>| i.and_then(|i| text.get(i)).is_some_and(u8::is_ascii_digit);
    let before = range.start.checked_sub(1);
    let touches_before = digit_at(before)
        || (before.and_then(|i| text.get(i)).is_some_and(|&b| b == b',' || b == b'.')
            && digit_at(range.start.checked_sub(2)));
    let after = text.get(range.end).copied();
    let touches_after = after.is_some_and(|b| b.is_ascii_digit())
        || (matches!(after, Some(b',' | b'.')) && digit_at(Some(range.end + 1)));
    !touches_before && !touches_after
}

pub fn paragraph_at(doc: &Document<'_>, byte: usize) -> usize {
    doc.paragraphs.partition_point(|p| p.start <= byte).saturating_sub(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_statement_pattern_compiles() {
        for (p, _) in STATEMENTS {
            assert!(
                Regex::new(&p.replace("{N}", N)).is_ok(),
                "{p}: {:?}",
                Regex::new(&p.replace("{N}", N)).err()
            );
        }
    }
}
