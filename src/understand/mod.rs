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

use crate::article::Article;
use crate::calendar::Date;
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

/// Bytes of article text read for sentences, actors, figures, dates and rates: four times
/// the longest article of the benchmarks (a Wikipedia page of 118,000 characters), read
/// in well under a second natively and in the browser. A longer "article" (a page of
/// 100,000 amounts is 2.4 million characters) is shown whole and read up to here, so that
/// no page makes the reader wait seconds for its summary.
pub const MAX_TEXT: usize = 500_000;

/// Reads the article's text: sentences, actors, figures, dates and rates.
pub fn understand(article: &Article, options: &Options) -> Findings {
    let meta = &article.meta;
    let read = readable(&article.text);
    let doc = text::Document::new(read);
    let mut figures = figures::find(&doc);
    let published = meta.published.as_deref().and_then(Date::parse_iso);
    let dates = dates::find(&doc, published);
    let (rates, mut warnings) =
        rates::apply(&doc, &mut figures, &dates, options.user_won_per_dollar, meta.published.as_deref());
    if read.len() < article.text.len() {
        let millions = |s: &str| s.chars().count() as f64 / 1e6;
        warnings.push(format!(
            "This article is very long ({:.1} million characters): Lede read its first {:.1} million \
             for actors, figures, dates and rates; the rest is shown without them.",
            millions(&article.text),
            millions(read)
        ));
    }
    Findings {
        sentences: doc.sentence_ranges(),
        actors: actors::find(&doc, meta.byline.as_deref(), meta.site.as_deref(), meta.title.as_deref()),
        figures,
        dates,
        rates,
        warnings,
    }
}

/// The part of `text` that is read: all of it, or up to the last paragraph break within
/// [`MAX_TEXT`] bytes (a character boundary when there is none). Offsets into it are
/// offsets into `text`.
fn readable(text: &str) -> &str {
    if text.len() <= MAX_TEXT {
        return text;
    }
    let mut cut = MAX_TEXT;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    match text[..cut].rfind("\n\n") {
        Some(end) if end > 0 => &text[..end],
        _ => &text[..cut],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::from_plain;

    #[test]
    fn a_very_long_article_is_read_up_to_a_paragraph_break_and_says_so() {
        let paragraph = "The fund lists grants of 1 billion won, 2 billion won and 3 billion won this year.";
        let n = MAX_TEXT / paragraph.len() + 100;
        let article = from_plain(&vec![paragraph; n].join("\n\n"));
        let found = understand(&article, &Options::default());
        let read = found.sentences.last().expect("sentences").end;
        assert!(read <= MAX_TEXT && article.text[read..].starts_with("\n\n"), "cut inside a paragraph");
        assert_eq!(found.figures.len(), 3 * found.sentences.len());
        assert!(found.figures.len() < 3 * n);
        assert!(
            found.warnings.iter().any(|w| w.starts_with("This article is very long")),
            "{:?}",
            found.warnings
        );

        let short = from_plain(&vec![paragraph; 100].join("\n\n"));
        let found = understand(&short, &Options::default());
        assert_eq!(found.figures.len(), 300);
        assert!(found.warnings.iter().all(|w| !w.contains("very long")));
    }
}
