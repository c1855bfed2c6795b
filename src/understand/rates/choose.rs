//! Choosing the rate for one won amount.
//!
//! - A won amount printed with its own dollar value uses that pair's rate.
//! - Otherwise a stated rate wins over implied pairs (the nearest statement if several).
//! - Among pairs, the lowest cost: the pair's relative uncertainty plus a distance penalty
//!   per paragraph away (articles mix conversions made on different days; the nearest one
//!   was most likely made with the same rate). A pair in the same paragraph costs nothing
//!   extra, so "$1.2 million" next door loses only to a far more precise distant pair.

use super::Found;
use crate::analysis::RateKind;

/// Cost of each paragraph between the amount and the pair (capped at ten paragraphs).
const PER_PARAGRAPH: f64 = 0.002;

/// Index into `found` of the rate for the won figure `k` at `paragraph`/`byte`.
pub fn best(found: &[Found], k: usize, paragraph: usize, byte: usize) -> usize {
    if let Some(own) = found.iter().position(|f| f.won_figure == Some(k)) {
        return own;
    }
    let distance = |f: &Found| f.bytes.start.abs_diff(byte);
    let stated = (0..found.len()).filter(|&i| found[i].rate.kind != RateKind::Pair).min_by_key(|&i| distance(&found[i]));
    if let Some(i) = stated {
        return i;
    }
    let cost = |f: &Found| {
        let r = &f.rate;
        let uncertainty = (r.won_per_unit_max - r.won_per_unit_min) / (2.0 * r.won_per_unit);
        let paragraphs = f.paragraph.abs_diff(paragraph).min(10) as f64;
        uncertainty + PER_PARAGRAPH * paragraphs
    };
    (0..found.len())
        .min_by(|&a, &b| cost(&found[a]).total_cmp(&cost(&found[b])).then(distance(&found[a]).cmp(&distance(&found[b]))))
        .unwrap_or(0)
}
