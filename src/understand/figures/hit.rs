//! What a scanner reports before it becomes a [`Figure`](super::Figure):
//! byte ranges (for slicing) and the printed rounding (for exchange rates).

use super::currency::Currency;
use super::FigureKind;

#[derive(Debug, Clone)]
pub struct Hit {
    pub kind: FigureKind,
    /// Byte range of the whole figure in the text, qualifier included.
    pub start: usize,
    pub end: usize,
    pub value: f64,
    pub value_max: Option<f64>,
    pub currency: Option<Currency>,
    pub unit: Option<String>,
    pub qualifier: Option<&'static str>,
    /// Half the printed rounding step of `value` ("$8.45 billion" → 5e6).
    pub half_step: f64,
    /// First token of the qualifier ("more than"), `tokens.start` without one.
    pub qualifier_at: usize,
    /// Token range of the figure (empty for figures read from Korean text).
    pub tokens: std::ops::Range<usize>,
}
