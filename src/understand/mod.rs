//! Understand: from the article text to who (actors), how much (figures), when (dates) and
//! at what exchange rate (rates). Pure Rust over the text alone: no DOM, no clock, no
//! network, so it behaves identically natively and in WASM.
//!
//! Every stage reads the same [`text::Document`] (paragraphs, sentences, offsets) and
//! reports character offsets into `text` plus the index of the sentence it came from.

pub mod actors;
pub mod dates;
pub mod figures;
pub mod numbers;
pub mod rates;
pub mod text;

use crate::analysis::Analysis;
use crate::Options;

/// Fills `actors`, `figures`, `dates`, `rates` and `sentences` from `analysis.text`.
pub fn understand(analysis: &mut Analysis, options: &Options) {
    let doc = text::Document::new(&analysis.text);
    analysis.sentences = doc.sentence_spans();
    analysis.actors = actors::find(&doc, analysis.meta.byline.as_deref(), analysis.meta.site.as_deref());
    analysis.figures = figures::find(&doc);
    let published = analysis.meta.published.as_deref().and_then(crate::calendar::Date::parse_iso);
    analysis.dates = dates::find(&doc, published);
    let (rates, warnings) = rates::apply(
        &doc,
        &mut analysis.figures,
        options.user_won_per_dollar,
        analysis.meta.published.as_deref(),
    );
    analysis.rates = rates;
    analysis.warnings.extend(warnings);
}
