//! Inline chips: the dollar value right after a won amount in the article body
//! ("4 trillion won [≈ $2.82 billion]").
//!
//! A chip is a button; hovering or focusing it shows a tooltip with the rate and the words
//! it was read from, and activating it scrolls the reader to the sentence that states the
//! rate. Amounts the article already prints in dollars ("12 trillion won ($8.45 billion)")
//! get no chip: the reader sees the article's own figure.

use wasm_bindgen::JsValue;
use web_sys::{Document, Node};

use super::dom;
use crate::analysis::{Analysis, Figure, RateKind};
use crate::report::format;
use crate::report::summary::sentence_at;

/// A won amount that gets a chip, and where the chip goes.
pub struct Chip<'a> {
    /// Character offset in `text` right after the amount.
    pub at: usize,
    figure: &'a Figure,
}

/// The chips of the article, in text order.
pub fn chips(a: &Analysis) -> Vec<Chip<'_>> {
    let mut out: Vec<Chip<'_>> = a
        .figures
        .iter()
        .filter(|f| f.currency.as_deref() == Some("KRW") && f.paired.is_none() && f.converted.is_some())
        .map(|figure| Chip { at: figure.end, figure })
        .collect();
    out.sort_by_key(|c| c.at);
    out
}

/// Appends the chip and its tooltip; `id` must be unique in the overlay.
pub fn render(doc: &Document, parent: &Node, a: &Analysis, chip: &Chip<'_>, id: usize) -> Result<(), JsValue> {
    let Some(converted) = chip.figure.converted.as_ref() else { return Ok(()) };
    let rate = a.rates.get(converted.rate);
    let wrap = dom::add(doc, parent, "span", "lede-chipwrap")?;
    dom::text(doc, &wrap, "\u{a0}")?;
    let button = dom::add(doc, &wrap, "button", "lede-chip")?;
    let tip_id = format!("lede-tip-{id}");
    dom::attrs(&button, &[("type", "button"), ("aria-describedby", &tip_id)])?;
    let theirs = rate.is_some_and(|r| r.kind == RateKind::User);
    dom::text(doc, &button, &format!("≈ {}{}", converted.text, if theirs { " · your rate" } else { "" }))?;
    let tip = dom::add(doc, &wrap, "span", "lede-tip")?;
    dom::attrs(&tip, &[("role", "tooltip"), ("id", &tip_id)])?;
    match rate {
        Some(r) => {
            dom::add_text(doc, &tip, "strong", "", &format::rate(r.won_per_unit, &r.quote))?;
            if r.kind == RateKind::User {
                dom::text(doc, &tip, " — your own rate, set in Lede's options; the article states none.")?;
            } else {
                dom::text(doc, &tip, &format!(" — {}: “{}”", format::rate_source(r.kind), r.surface.trim()))?;
                if let Some(s) = sentence_at(&a.sentences, r.start) {
                    dom::attrs(&button, &[("data-action", "goto"), ("data-s", &s.to_string())])?;
                }
            }
        }
        None => dom::text(doc, &tip, "The rate used for this amount is missing from the analysis.")?,
    }
    Ok(())
}
