//! Rates: the won/dollar exchange rates the article states or implies, and the dollar value
//! of every won amount at the one that fits it best.
//!
//! [`find`] reads the rates (pairs printed side by side, statements such as "$1 = 1,420.1
//! won"), [`choose`] picks one per won amount (a declared conversion rate over pairs, pairs
//! over a market quote; among pairs the most precise, the nearest, the least contradicted),
//! [`convert`] writes the dollar value at the precision the rate supports, and [`warnings`]
//! reports the article's own conversions disagreeing with each other or with the day's
//! reference rate.
//!
//! Which rate converts, in order of precedence:
//! 1. the article's own rates (pairs, stated rates, a market quote of the day);
//! 2. the reader's own rate, when set (they chose it on purpose);
//! 3. the European Central Bank's reference rate of the publication date, or of the last
//!    business day before it ([`reference`], bundled, offline); an undated article or one
//!    newer than the table gets the table's last rate, one older than 1999 its first, and
//!    the rate's label says so.
//!
//! A market quote more than [`warnings::OFF_REFERENCE`] from the reference rate of the
//! article's day is a past price the article recalls ("the won hit 1,570 in 2009"), not the
//! day's: it is listed but converts nothing ([`find::Quote::Past`]), and the reference rate
//! takes its place when the article has no other rate.
//!
//! A won amount the article already prints in dollars is converted too, at its own pair's
//! rate: the panel then shows the same dollar value the article prints, with its source.
//! Every conversion carries its source ("ECB reference rate, 16 Apr 2025, ₩1,418/$").

mod choose;
mod convert;
mod find;
pub mod reference;
mod warnings;
mod when;

use std::ops::Range;

use serde::Serialize;

use crate::calendar::Date;
use crate::understand::dates::DateMention;
use crate::understand::figures::{Conversion, Currency, Figure, FigureKind};
use crate::understand::text::Document;
use reference::{Reference, Standing};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RateKind {
    /// Implied by an amount printed in both currencies.
    Pair,
    /// Stated outright ("$1 = 1,420.1 won").
    Stated,
    /// Set by the user in the options page; never the article's.
    User,
    /// The European Central Bank's reference rate of the article's day (bundled); never
    /// the article's.
    Reference,
}

/// An exchange rate: `base` per one unit of `quote`.
#[derive(Debug, Clone)]
pub struct Rate {
    pub base: Currency,
    pub quote: Currency,
    pub won_per_unit: f64,
    /// The interval the printed rounding allows.
    pub won_per_unit_min: f64,
    pub won_per_unit_max: f64,
    pub kind: RateKind,
    /// The words the rate was read from (empty for the user's rate).
    pub bytes: Range<usize>,
    /// Whether conversions use this rate.
    pub used: bool,
    /// For the reference rate: the day it is of.
    pub date: Option<crate::calendar::Date>,
    /// Where the rate came from, in words: "stated in the article", "ECB reference rate, 16
    /// Apr 2025".
    pub source: String,
}

/// A rate found in the text, with what choosing needs to know about it.
pub struct Found {
    pub rate: Rate,
    pub bytes: Range<usize>,
    /// The rate's own number (for a pair, its won figure).
    pub number: Range<usize>,
    pub paragraph: usize,
    /// For a pair: the won figure it converts.
    pub won_figure: Option<usize>,
    /// For a stated rate: a conversion rate or a market quote.
    pub quote: Option<find::Quote>,
    /// For a market quote of an earlier day than the article's (the previous session's
    /// close): that day. `None` for the article's own day.
    pub day: Option<Date>,
}

impl Found {
    /// Whether conversions may use the rate: not a past level nor a forecast.
    pub fn converts(&self) -> bool {
        !matches!(self.quote, Some(find::Quote::Past | find::Quote::Forecast))
    }
}

/// Finds the article's rates, fills `figures[].converted`, and returns the rates with any
/// warnings (the article's own conversions disagreeing, or far from the day's reference
/// rate). `published` is the article's date (`YYYY-MM-DD`), which picks the reference rate;
/// `dates` are the article's dates, which tell a market quote of the day from a past level
/// or a forecast.
///
/// The amounts a statement is made of ("$1" and "1,420.1 won" in "($1 = 1,420.1 won)") are
/// the rate itself, not figures of the story: they are removed from `figures`.
pub fn apply(
    doc: &Document<'_>,
    figures: &mut Vec<Figure>,
    dates: &[DateMention],
    user_won_per_dollar: Option<f64>,
    published: Option<&str>,
) -> (Vec<Rate>, Vec<String>) {
    let bytes: Vec<Range<usize>> = figures.iter().map(|f| f.bytes.clone()).collect();
    let mut found = find::stated(doc);
    when::place(doc, dates, published.and_then(Date::parse_iso), &mut found);
    let inside = inside_statements(&found, &bytes);
    found.extend(find::pairs(doc, figures, &bytes));
    crate::order::by_key(&mut found, |f| f.bytes.start);
    let reference = reference::on(published);
    let day = reference.filter(|r| r.standing == Standing::OfTheDay);
    let mut warnings = warnings::contradictions(&found);
    let won: Vec<usize> = (0..figures.len())
        .filter(|&k| is_won(&figures[k]) && !inside[k])
        .filter(|&k| !when::is_rate_level(doc, bytes[k].clone(), figures[k].value))
        .collect();
    // Past prices the article recalls stay listed but convert nothing.
    if let Some(d) = day {
        for f in found.iter_mut().filter(|f| warnings::is_past_quote(f, &d)) {
            when::mark(f, find::Quote::Past);
        }
    }
    let usable = |found: &[Found]| found.iter().any(Found::converts);
    if !usable(&found) && !won.is_empty() {
        let user = user_won_per_dollar.filter(|r| r.is_finite() && *r > 0.0);
        match (user, reference) {
            (Some(rate), _) => found.push(fallback(user_rate(rate))),
            (None, Some(r)) => {
                found.push(fallback(reference_rate(&r)));
                warnings.extend(r.caveat());
            }
            (None, None) => warnings
                .push("no won–dollar rate stated in the article: won amounts are not converted".to_string()),
        }
    }
    if usable(&found) {
        convert_all(doc, figures, &bytes, &won, &mut found);
    }
    if let Some(d) = day {
        warnings.extend(warnings::against_reference(&found, &d));
    }
    let mut k = 0;
    figures.retain(|_| {
        k += 1;
        !inside[k - 1]
    });
    (found.into_iter().map(|f| f.rate).collect(), warnings)
}

/// Converts every won amount at the rate chosen for it; marks the rates used.
fn convert_all(
    doc: &Document<'_>,
    figures: &mut [Figure],
    bytes: &[Range<usize>],
    won: &[usize],
    found: &mut [Found],
) {
    let chosen: Vec<(usize, usize)> = {
        let chooser = choose::Chooser::new(found);
        won.iter()
            .map(|&k| (k, chooser.best(k, find::paragraph_at(doc, bytes[k].start), bytes[k].start)))
            .collect()
    };
    for (k, r) in chosen {
        found[r].rate.used = true;
        let rate = &found[r].rate;
        let figure = &mut figures[k];
        let value = figure.value / rate.won_per_unit;
        let high = figure.value_max.map(|v| v / rate.won_per_unit);
        figure.converted = Some(Conversion {
            value,
            text: convert::text(value, high, rate),
            rate: r,
            source: convert::source(rate),
        });
    }
}

/// A rate that is not read from the text: it converts every won amount.
fn fallback(rate: Rate) -> Found {
    Found {
        rate,
        bytes: 0..0,
        number: 0..0,
        paragraph: 0,
        won_figure: None,
        quote: Some(find::Quote::Conversion),
        day: None,
    }
}

/// Per figure: whether it lies inside a stated rate. One sweep: both lists are in text
/// order and statements do not overlap.
fn inside_statements(statements: &[Found], bytes: &[Range<usize>]) -> Vec<bool> {
    let mut s = 0;
    bytes
        .iter()
        .map(|b| {
            while statements.get(s).is_some_and(|f| f.bytes.end <= b.start) {
                s += 1;
            }
            statements.get(s).is_some_and(|f| f.bytes.start <= b.start && b.end <= f.bytes.end)
        })
        .collect()
}

/// Won amounts worth converting. Below ₩1,000 an amount is far more often a move of the
/// exchange rate itself ("down 2.3 won from the previous session") than a price.
fn is_won(f: &Figure) -> bool {
    f.kind == FigureKind::Money && f.currency == Some(Currency::KRW) && f.value >= 1000.0
}

fn user_rate(rate: f64) -> Rate {
    Rate {
        base: Currency::KRW,
        quote: Currency::USD,
        won_per_unit: rate,
        won_per_unit_min: rate,
        won_per_unit_max: rate,
        kind: RateKind::User,
        bytes: 0..0,
        used: true,
        date: None,
        source: "your own rate".into(),
    }
}

/// The reference rate as a rate of the analysis: known to the tenth of a won it is stored
/// with, placed nowhere in the text.
fn reference_rate(r: &Reference) -> Rate {
    Rate {
        base: Currency::KRW,
        quote: Currency::USD,
        won_per_unit: r.won_per_dollar,
        won_per_unit_min: r.won_per_dollar - 0.05,
        won_per_unit_max: r.won_per_dollar + 0.05,
        kind: RateKind::Reference,
        bytes: 0..0,
        used: true,
        date: Some(r.day),
        source: r.label(),
    }
}
