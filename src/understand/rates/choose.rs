//! Choosing the rate for one won amount.
//!
//! - A won amount printed with its own dollar value uses that pair's rate.
//! - Otherwise a declared conversion rate ("$1 = 1,420.1 won") wins over implied pairs
//!   (the nearest if several). A market quote ("the won closed at 1,437.3 per dollar") is
//!   the day's price, not necessarily the rate the article converts at: it is used only
//!   when the article prints no pair. Of several, the quote of the article's own day wins,
//!   else that of the most recent day the article names (the nearest among equals).
//! - A past level or a forecast ([`super::when`], or a market quote far from the day's
//!   reference rate) is never used.
//! - Among pairs, the lowest cost: the pair's relative uncertainty plus a distance penalty
//!   per paragraph away (articles mix conversions made on different days; the nearest one
//!   was most likely made with the same rate). A pair in the same paragraph costs nothing
//!   extra, so "$1.2 million" next door loses only to a far more precise distant pair.
//!
//! - A pair the other pairs around it contradict costs more: a lone outlier (a won amount
//!   rounded before it was converted, an old figure with its old rate) loses to a
//!   consensus unless it sits right by the amount.
//!
//! Only the pairs nearest the amount and the most precise one overall are weighed, so an
//! article (or a hostile page) with thousands of pairs stays linear.

use super::find::Quote;
use super::Found;
use super::RateKind;

/// Cost of each paragraph between the amount and the pair (capped at ten paragraphs).
const PER_PARAGRAPH: f64 = 0.002;
const MAX_PARAGRAPHS: usize = 10;

/// Pairs weighed on each side of the amount.
const NEAREST: usize = 12;

/// Cost of being contradicted by every other pair nearby (scaled by the share that do).
const DISAGREEMENT: f64 = 0.01;

/// Rates closer than this agree, whatever their intervals say.
const AGREE: f64 = 0.005;

pub struct Chooser<'a> {
    found: &'a [Found],
    /// Indices of declared conversion rates, market quotes and pairs, in text order
    /// (`found` is sorted).
    stated: Vec<usize>,
    market: Vec<usize>,
    pairs: Vec<usize>,
    most_precise: Option<usize>,
    /// Per entry of `found`: the share of nearby pairs that contradict it.
    disagreement: Vec<f64>,
}

impl<'a> Chooser<'a> {
    pub fn new(found: &'a [Found]) -> Self {
        let (pairs, quoted): (Vec<usize>, Vec<usize>) =
            (0..found.len()).partition(|&i| found[i].rate.kind == RateKind::Pair);
        let quoted = quoted.into_iter().filter(|&i| found[i].converts());
        let (mut market, stated): (Vec<usize>, Vec<usize>) =
            quoted.partition(|&i| found[i].quote == Some(Quote::Market));
        // The article's own day (no day of its own) is the latest.
        let recency = |i: usize| found[i].day.map_or(i64::MAX, |d| d.day_number());
        let latest = market.iter().map(|&i| recency(i)).max();
        market.retain(|&i| Some(recency(i)) == latest);
        let most_precise =
            pairs.iter().copied().min_by(|&a, &b| uncertainty(&found[a]).total_cmp(&uncertainty(&found[b])));
        let mut disagreement = vec![0.0; found.len()];
        for (p, &i) in pairs.iter().enumerate() {
            let near = &pairs[p.saturating_sub(NEAREST)..(p + NEAREST + 1).min(pairs.len())];
            let others = near.len().saturating_sub(1);
            if others > 0 {
                let against = near.iter().filter(|&&j| j != i && contradict(&found[i], &found[j])).count();
                disagreement[i] = against as f64 / others as f64;
            }
        }
        Chooser { found, stated, market, pairs, most_precise, disagreement }
    }

    /// Index into `found` of the rate for the won figure `k` at `paragraph`/`byte`.
    pub fn best(&self, k: usize, paragraph: usize, byte: usize) -> usize {
        let found = self.found;
        let at = |list: &[usize]| list.partition_point(|&i| found[i].bytes.start < byte);
        // Its own pair sits right around it.
        let p = at(&self.pairs);
        let around = &self.pairs[p.saturating_sub(2)..(p + 2).min(self.pairs.len())];
        if let Some(&own) = around.iter().find(|&&i| found[i].won_figure == Some(k)) {
            return own;
        }
        let distance = |i: usize| found[i].bytes.start.abs_diff(byte);
        let nearest = |list: &[usize]| {
            let s = at(list);
            list[s.saturating_sub(1)..(s + 1).min(list.len())].iter().copied().min_by_key(|&i| distance(i))
        };
        if let Some(i) = nearest(&self.stated) {
            return i;
        }
        if self.pairs.is_empty() {
            return nearest(&self.market).unwrap_or(0);
        }
        let cost = |i: usize| {
            uncertainty(&found[i])
                + PER_PARAGRAPH * found[i].paragraph.abs_diff(paragraph).min(MAX_PARAGRAPHS) as f64
                + DISAGREEMENT * self.disagreement[i]
        };
        let window = &self.pairs[p.saturating_sub(NEAREST)..(p + NEAREST).min(self.pairs.len())];
        window
            .iter()
            .copied()
            .chain(self.most_precise)
            .min_by(|&a, &b| cost(a).total_cmp(&cost(b)).then(distance(a).cmp(&distance(b))))
            .unwrap_or(0)
    }
}

/// Two rates that cannot both be right: disjoint intervals, and more than [`AGREE`] apart.
pub fn contradict(a: &Found, b: &Found) -> bool {
    let (r, o) = (&a.rate, &b.rate);
    let overlap = r.won_per_unit_min <= o.won_per_unit_max && o.won_per_unit_min <= r.won_per_unit_max;
    !overlap && (r.won_per_unit - o.won_per_unit).abs() > AGREE * o.won_per_unit
}

/// Half the width of the rate's interval, relative to the rate.
pub fn uncertainty(f: &Found) -> f64 {
    let r = &f.rate;
    let u = (r.won_per_unit_max - r.won_per_unit_min) / (2.0 * r.won_per_unit);
    if u.is_finite() {
        u
    } else {
        f64::MAX
    }
}
