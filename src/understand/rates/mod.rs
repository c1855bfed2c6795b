//! Rates: the won/dollar exchange rates the article states or implies, and the dollar value
//! of every won amount at the one that fits it best.
//!
//! [`find`] reads the rates (pairs printed side by side, statements such as "$1 = 1,420.1
//! won"), [`choose`] picks one per won amount (a statement over pairs; among pairs the most
//! precise and the nearest), [`convert`] writes the dollar value at the precision the rate
//! supports, and [`warnings`] reports the article's own conversions disagreeing or the lack
//! of any rate. Without a rate in the article nothing is converted, unless the user set a
//! rate of their own: then a rate of kind `user` is listed and every conversion cites it.
//!
//! A won amount the article already prints in dollars is converted too, at its own pair's
//! rate: the panel then shows the same dollar value the article prints, with its source.

mod choose;
mod convert;
mod find;
mod warnings;

use std::ops::Range;

use crate::analysis::{Converted, Figure, FigureKind, Rate, RateKind};
use crate::understand::text::Document;

/// A rate found in the text, with what choosing needs to know about it.
pub struct Found {
    pub rate: Rate,
    pub bytes: Range<usize>,
    pub paragraph: usize,
    /// For a pair: the won figure it converts.
    pub won_figure: Option<usize>,
}

/// Finds the article's rates, fills `figures[].converted`, and returns the rates with any
/// warnings (the article's own conversions disagreeing, no rate stated).
pub fn apply(doc: &Document<'_>, figures: &mut [Figure], user_won_per_dollar: Option<f64>) -> (Vec<Rate>, Vec<String>) {
    let bytes = figure_bytes(doc, figures);
    let mut found = find::stated(doc);
    found.extend(find::pairs(doc, figures, &bytes));
    found.sort_by_key(|f| f.bytes.start);
    let mut warnings = warnings::contradictions(&found);
    let won: Vec<usize> = (0..figures.len()).filter(|&k| is_won(&figures[k])).collect();
    if found.is_empty() {
        let user = user_won_per_dollar.filter(|r| r.is_finite() && *r > 0.0);
        if let (Some(rate), false) = (user, won.is_empty()) {
            found.push(Found { rate: user_rate(rate), bytes: 0..0, paragraph: 0, won_figure: None });
        } else if !won.is_empty() {
            warnings.push("no won–dollar rate stated in the article: won amounts are not converted".to_string());
        }
    }
    if found.is_empty() {
        return (Vec::new(), warnings);
    }
    let chosen: Vec<(usize, usize)> = {
        let chooser = choose::Chooser::new(&found);
        won.iter().map(|&k| (k, chooser.best(k, find::paragraph_at(doc, bytes[k].start), bytes[k].start))).collect()
    };
    for (k, r) in chosen {
        found[r].rate.used = true;
        let rate = &found[r].rate;
        let figure = &mut figures[k];
        let value = figure.value / rate.won_per_unit;
        let high = figure.value_max.map(|v| v / rate.won_per_unit);
        figure.converted = Some(Converted { currency: "USD".into(), value, text: convert::text(value, high, rate), rate: r });
    }
    (found.into_iter().map(|f| f.rate).collect(), warnings)
}

fn is_won(f: &Figure) -> bool {
    f.kind == FigureKind::Money && f.currency.as_deref() == Some("KRW") && f.value > 0.0
}

fn user_rate(rate: f64) -> Rate {
    Rate {
        base: "KRW".into(),
        quote: "USD".into(),
        won_per_unit: rate,
        won_per_unit_min: rate,
        won_per_unit_max: rate,
        kind: RateKind::User,
        surface: String::new(),
        start: 0,
        end: 0,
        used: true,
    }
}

/// Byte ranges of the figures (the contract holds character offsets).
fn figure_bytes(doc: &Document<'_>, figures: &[Figure]) -> Vec<Range<usize>> {
    if doc.text.is_ascii() {
        return figures.iter().map(|f| f.start..f.end).collect();
    }
    let starts: Vec<usize> = doc.text.char_indices().map(|(b, _)| b).chain(std::iter::once(doc.text.len())).collect();
    let byte = |c: usize| starts.get(c).copied().unwrap_or(doc.text.len());
    figures.iter().map(|f| byte(f.start)..byte(f.end)).collect()
}
