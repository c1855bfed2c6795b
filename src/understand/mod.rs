//! Understand: from the article text to who (actors), how much (figures), when (dates) and
//! at what exchange rate (rates). Pure Rust over the text alone: no DOM, no clock, no
//! network, so it behaves identically natively and in WASM.
//!
//! Every stage reads the same [`text::Document`] (paragraphs, sentences) and reports typed
//! [`Findings`]: byte ranges into the article text, the index of the sentence each came
//! from, and enums for kinds, currencies and granularities. Writing them as the JSON
//! contract (character offsets, strings) is [`crate::analysis`]'s job, at the very end.

pub mod actors;
pub mod dates;
pub mod figures;
pub mod numbers;
pub mod rates;
pub mod text;

use std::ops::Range;

use crate::calendar::Date;
use crate::extract::Article;
use crate::Options;

/// What the understanding stages found in one article.
#[derive(Debug, Clone, Default)]
pub struct Findings {
    /// Byte ranges of the sentences; every `sentence` field indexes this list.
    pub sentences: Vec<Range<usize>>,
    pub actors: Vec<actors::Actor>,
    pub figures: Vec<figures::Figure>,
    pub dates: Vec<dates::DateMention>,
    pub rates: Vec<rates::Rate>,
    /// The article's own inconsistencies and what could not be done.
    pub warnings: Vec<String>,
}

/// Reads the article's text: sentences, actors, figures, dates and rates.
pub fn understand(article: &Article, options: &Options) -> Findings {
    let meta = &article.meta;
    let doc = text::Document::new(&article.text);
    let mut figures = figures::find(&doc);
    let published = meta.published.as_deref().and_then(Date::parse_iso);
    let (rates, warnings) =
        rates::apply(&doc, &mut figures, options.user_won_per_dollar, meta.published.as_deref());
    Findings {
        sentences: doc.sentence_ranges(),
        actors: actors::find(&doc, meta.byline.as_deref(), meta.site.as_deref()),
        figures,
        dates: dates::find(&doc, published),
        rates,
        warnings,
    }
}
