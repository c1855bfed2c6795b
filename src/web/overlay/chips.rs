//! Inline chips: the dollar value right after a won amount in the article body
//! ("4 trillion won [≈ $2.82 billion]").
//!
//! A chip is a button; hovering or focusing it shows a tooltip with the rate, the words it
//! was read from and their sentence, and activating it scrolls the reader to that sentence. Amounts the article already prints in dollars ("12 trillion won ($8.45 billion)")
//! get no chip: the reader sees the article's own figure.

use wasm_bindgen::JsValue;
use web_sys::{Document, Node};

use super::dom;
use crate::analysis::{Analysis, Currency, Figure, RateKind};
use crate::offsets::Offsets;
use crate::report::format;
use crate::report::summary::sentence_at;

/// How much of the rate's sentence a tooltip quotes.
const QUOTE_CHARS: usize = 240;

/// A won amount that gets a chip, and where the chip goes.
pub struct Chip<'a> {
    /// Character offset in `text` right after the amount.
    pub at: usize,
    figure: &'a Figure,
}

/// For each rate of the analysis: the sentence it was read from (index, words).
pub type RateSources = Vec<Option<(usize, String)>>;

/// Where each rate came from, computed once for all chips.
pub fn rate_sources(a: &Analysis) -> RateSources {
    let text = Offsets::new(&a.text);
    a.rates
        .iter()
        .map(|r| {
            let i = sentence_at(&a.sentences, r.start).filter(|_| r.kind != RateKind::User)?;
            Some((i, format::shorten(text.slice(a.sentences[i].start..a.sentences[i].end), QUOTE_CHARS)))
        })
        .collect()
}

/// The chips of the article, in text order.
pub fn chips(a: &Analysis) -> Vec<Chip<'_>> {
    let mut out: Vec<Chip<'_>> = a
        .figures
        .iter()
        .filter(|f| f.currency == Some(Currency::KRW) && f.paired.is_none() && f.converted.is_some())
        .map(|figure| Chip { at: figure.end, figure })
        .collect();
    crate::order::by_key(&mut out, |c| c.at);
    out
}

/// Appends the chip and its tooltip; `id` must be unique in the overlay.
pub fn render(
    doc: &Document,
    parent: &Node,
    a: &Analysis,
    sources: &RateSources,
    chip: &Chip<'_>,
    id: usize,
) -> Result<(), JsValue> {
    let Some(converted) = chip.figure.converted.as_ref() else { return Ok(()) };
    let rate = a.rates.get(converted.rate);
    let wrap = dom::add(doc, parent, "span", "lede-chipwrap")?;
    dom::text(doc, &wrap, "\u{a0}")?;
    let reference = rate.is_some_and(|r| r.kind == RateKind::Reference);
    let button =
        dom::add(doc, &wrap, "button", if reference { "lede-chip lede-reference" } else { "lede-chip" })?;
    let tip_id = format!("lede-tip-{id}");
    dom::attrs(&button, &[("type", "button"), ("aria-describedby", &tip_id)])?;
    let theirs = rate.is_some_and(|r| r.kind == RateKind::User);
    let mark = if theirs {
        " · your rate"
    } else if reference {
        " · ECB rate"
    } else {
        ""
    };
    dom::text(doc, &button, &format!("≈ {}{mark}", converted.text))?;
    let tip = dom::add(doc, &wrap, "span", "lede-tip")?;
    dom::attrs(&tip, &[("role", "tooltip"), ("id", &tip_id)])?;
    match rate {
        // "ECB reference rate, 16 Apr 2025, ₩1,418/$": the day and the rate, as the panel says.
        Some(_) if reference => {
            dom::add_text(doc, &tip, "strong", "", &converted.source)?;
            dom::text(doc, &tip, " — the article states no rate of its own.")?;
        }
        Some(r) => {
            dom::add_text(doc, &tip, "strong", "", &format::rate(r))?;
            if r.kind == RateKind::User {
                dom::text(doc, &tip, " — your own rate, set in Lede's options; the article states none.")?;
            } else {
                dom::text(doc, &tip, &format!(" — {}:", format::rate_source(r.kind)))?;
                // The sentence that states the rate, else the words alone.
                let quote = match sources.get(converted.rate).and_then(Option::as_ref) {
                    Some((s, sentence)) => {
                        dom::attrs(&button, &[("data-action", "goto"), ("data-s", &s.to_string())])?;
                        sentence.as_str()
                    }
                    None => r.surface.trim(),
                };
                dom::add_text(doc, &tip, "span", "lede-tip-quote", &format!("“{quote}”"))?;
            }
        }
        None => dom::text(doc, &tip, "The rate used for this amount is missing from the analysis.")?,
    }
    Ok(())
}
