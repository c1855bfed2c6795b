//! Rates: the won/dollar exchange rates the article states or implies, and the dollar value
//! of every won amount at the best of them.

use crate::analysis::{Figure, Rate};
use crate::understand::text::Document;

/// Finds the article's rates, fills `figures[].converted`, and returns the rates with any
/// warnings (the article's own conversions disagreeing, no rate stated).
pub fn apply(_doc: &Document<'_>, _figures: &mut [Figure], _user_won_per_dollar: Option<f64>) -> (Vec<Rate>, Vec<String>) {
    (Vec::new(), Vec::new())
}
