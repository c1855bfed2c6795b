//! Figures: money, percentages, counts and durations, each with what it measures.
//!
//! The text is cut once into [`tokens`]; small scanners, one per kind, match their grammar
//! at each token ([`money`], [`percent`], [`duration`], [`quantity`]; a bare "10 trillion"
//! after a won amount in the same sentence is won too), all built on one
//! reader of numbers ([`number`]) and on data tables ([`currency`], [`qualifier`]).
//! Korean-language amounts ("12조 원") are read from the raw text by [`korean`]. Then
//! [`pair`] links an amount to the other-currency amount printed beside it ("12 trillion
//! won ($8.45 billion)") and [`label`] names what each figure measures from the words
//! around it. A duration is listed only when it measures something ([`measured`]: not "over
//! the next three years", not "a three-year silence"). Everything is one left-to-right pass plus local look-arounds: linear time.

pub mod currency;
mod duration;
pub(crate) mod hit;
mod korean;
mod label;
mod lexicon;
mod measured;
mod money;
mod number;
mod pair;
mod percent;
mod qualifier;
mod quantity;
pub(crate) mod tokens;

use std::ops::Range;

use serde::Serialize;

use crate::understand::text::Document;
pub use currency::Currency;
use hit::Hit;
use tokens::{Kind, Tokens};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FigureKind {
    Money,
    Percent,
    Quantity,
    Duration,
}

/// One figure of the article.
#[derive(Debug, Clone)]
pub struct Figure {
    pub kind: FigureKind,
    /// The figure as printed, its qualifier included ("over 12 trillion won").
    pub bytes: Range<usize>,
    pub sentence: usize,
    /// The amount as a plain number (12 trillion won → 12000000000000).
    pub value: f64,
    /// Upper end of a range ("3 to 4 trillion won": value 3e12, value_max 4e12).
    pub value_max: Option<f64>,
    /// Money: the currency, when the words tell it.
    pub currency: Option<Currency>,
    /// Durations and quantities: the unit ("day", "month", "unit", "ton").
    pub unit: Option<String>,
    /// "over", "about", "nearly", ...
    pub qualifier: Option<&'static str>,
    /// What the figure measures ("supplementary budget").
    pub label: Option<String>,
    /// The other-currency amount the article itself prints beside this one.
    pub paired: Option<Amount>,
    /// Won amounts: the value in dollars at the rate the rates stage chose.
    pub converted: Option<Conversion>,
    /// Half the rounding step the value was printed with ("$8.45 billion" → 5e6): bounds
    /// the exchange rate a pair implies.
    pub rounding: f64,
}

/// An amount of money.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Amount {
    pub currency: Currency,
    pub value: f64,
}

/// A won amount in dollars.
#[derive(Debug, Clone)]
pub struct Conversion {
    pub value: f64,
    /// Rounded for display in the article's style: "$2.82 billion".
    pub text: String,
    /// Index into the rates of the rate used.
    pub rate: usize,
    /// Where the rate came from, with the rate: "ECB reference rate, 16 Apr 2025, ₩1,418/$".
    pub source: String,
}

/// Symbols that may touch the start of a figure ("(12 trillion won", "“$8 billion").
const OPENERS: &[&str] = &["(", "[", "\"", "“", "‘", "'", "—", "–", "/", "~"];

/// Finds the article's figures in reading order.
pub fn find(doc: &Document<'_>) -> Vec<Figure> {
    let t = Tokens::new(doc.text);
    let mut hits = korean::find(doc.text);
    let korean_spans: Vec<_> = hits.iter().map(|h| h.start..h.end).collect();
    let mut next_korean = 0;
    let mut i = 0;
    while i < t.len() {
        let tok = t.list[i];
        while korean_spans.get(next_korean).is_some_and(|r| r.end <= tok.start) {
            next_korean += 1;
        }
        let inside_korean = korean_spans.get(next_korean).is_some_and(|r| r.start < tok.end);
        if inside_korean || !starts_figure(&t, i) {
            i += 1;
            continue;
        }
        let found = match t.list[i].kind {
            Kind::Num => money::at(&t, i)
                .or_else(|| percent::at(&t, i))
                .or_else(|| duration::at(&t, i))
                .or_else(|| quantity::at(&t, i))
                .or_else(|| money::same_currency(&t, i, last_money(doc, &hits, t.list[i].start))),
            Kind::Sym => money::at(&t, i),
            Kind::Word if may_start(&t, i) => money::at(&t, i)
                .or_else(|| percent::at(&t, i))
                .or_else(|| duration::at(&t, i))
                .or_else(|| quantity::at(&t, i))
                .or_else(|| money::same_currency(&t, i, last_money(doc, &hits, t.list[i].start))),
            Kind::Word => None,
        };
        match found {
            // A duration that frames or describes rather than measures is not a figure.
            Some(hit) if hit.kind == FigureKind::Duration && !measured::measures(&t, &hit) => {
                i = hit.tokens.end.max(i + 1);
            }
            Some(mut hit) => {
                i = hit.tokens.end.max(i + 1);
                // The qualifier is its own field; the surface is the amount as printed.
                // "over the next three years": "over" is the period's, not a qualifier.
                let qualifier = if t.is_word(hit.tokens.start, "the") {
                    None
                } else {
                    qualifier::before(&t, hit.tokens.start)
                };
                if let Some((meaning, q)) = qualifier {
                    hit.qualifier = Some(meaning);
                    hit.qualifier_at = q;
                }
                hits.push(hit);
            }
            None => i += 1,
        }
    }
    crate::order::by_key(&mut hits, |h| h.start);
    let mut figures: Vec<Figure> = hits.iter().map(|h| figure(doc, h)).collect();
    pair::link(doc.text, &hits, &mut figures);
    label::name(doc, &t, &hits, &mut figures);
    figures
}

/// The currency of the last amount before byte `at` in the same sentence: "12 trillion
/// won, up from 10 trillion" — the second amount is won too.
fn last_money(doc: &Document<'_>, hits: &[Hit], at: usize) -> Option<Currency> {
    // Only the latest few hits are looked at: the scan stays linear on any input.
    // A bracketed conversion ("12 trillion won ($8.45 billion), up from 10 trillion") is not
    // the currency the sentence counts in.
    let bracketed = |h: &Hit| doc.text[..h.start].trim_end().ends_with('(');
    let last =
        hits.iter().rev().take(16).find(|h| h.kind == FigureKind::Money && h.end <= at && !bracketed(h))?;
    (doc.sentence_at(last.start) == doc.sentence_at(at)).then_some(last.currency).flatten()
}

/// Whether a figure can start at token `i`: number words, the words of
/// [`lexicon::FIGURE_STARTERS`] ("a"/"the" for durations, "between"/"minus"), letters glued
/// to a currency sign or a numeral ("US$", "W3.5"), and upper-case ISO codes. Everything
/// else is skipped without trying the scanners.
fn may_start(t: &Tokens<'_>, i: usize) -> bool {
    let w = t.str(i);
    let glued = t.attached(i + 1) && t.kind(i + 1) != Some(Kind::Word);
    glued
        || w.bytes().all(|b| b.is_ascii_uppercase()) && w.len() == 3
        || lexicon::FIGURE_STARTERS.contains_folded(w)
        || crate::understand::numbers::exact_word_value(w).is_some()
}

/// A figure starts a word: white space or an opening mark before it, never the inside
/// of "G20" or "COVID-19".
fn starts_figure(t: &Tokens<'_>, i: usize) -> bool {
    if !t.attached(i) || i == 0 {
        return true;
    }
    let prev = i - 1;
    t.kind(prev) == Some(Kind::Sym) && OPENERS.contains(&t.str(prev))
}

fn figure(doc: &Document<'_>, h: &Hit) -> Figure {
    Figure {
        kind: h.kind,
        bytes: h.start..h.end,
        sentence: doc.sentence_at(h.start),
        value: h.value,
        value_max: h.value_max,
        currency: h.currency,
        unit: h.unit.clone(),
        qualifier: h.qualifier,
        label: None,
        paired: None,
        converted: None,
        rounding: h.half_step,
    }
}
