//! Lede's core: from a news page to a clean article and a summary of who, how much and when.
//!
//! The pipeline, one module per stage:
//!
//! ```text
//! html ──extract──▶ Article ──understand──▶ Findings ──analysis──▶ Analysis (the JSON contract)
//!                   meta, text, blocks      actors, figures, dates, rates
//! ```
//!
//! Inside the pipeline every position is a byte range into the article text and every kind
//! an enum; [`analysis`] writes the contract (character offsets, strings) once, at the end.
//!
//! - [`extract`]: main-content extraction and metadata (a Readability-class engine plus the
//!   news-page layer: bylines, doubled captions, "Related Article" boxes, comment prompts).
//! - [`article`]: the [`Article`](article::Article) extraction hands to the later stages, a
//!   module of its own so that `understand` reads it without importing `extract`.
//! - [`understand`]: sentences, actors, figures, dates, exchange rates. Pure Rust, no DOM,
//!   deterministic, identical natively and in WASM.
//! - [`analysis`]: the JSON contract, written from the article and the findings.
//! - [`calendar`]: plain-date arithmetic shared by every stage.
//! - [`offsets`]: the one byte ↔ character offset mapping.
//! - [`report`]: the analysis as Markdown or plain text (CLI output, "Copy summary").
//! - [`web`]: the browser entry points and the overlay (wasm32 only), and the settings
//!   schema they share with the extension (compiled everywhere, so it is unit-tested).
//!
//! [`analyze`] runs the whole pipeline and never panics on any input.

pub mod analysis;
pub mod article;
pub mod calendar;
pub mod extract;
pub mod offsets;
pub mod order;
pub mod report;
pub mod scan;
pub mod understand;
pub mod web;
pub mod words;

pub use analysis::Analysis;

/// What the caller knows beyond the page itself.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The page's address: resolves relative links and picture sources.
    pub url: Option<String>,
    /// Reference date (`YYYY-MM-DD`) for relative dates when the page states none.
    pub published: Option<String>,
    /// The user's own fallback rate, in won per dollar; used only when the article states none.
    pub user_won_per_dollar: Option<f64>,
}

/// How the input is to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input<'a> {
    /// A whole HTML page (or fragment).
    Html(&'a str),
    /// Plain text, paragraphs separated by blank lines; every paragraph is kept.
    Plain(&'a str),
}

/// Runs the whole pipeline on one page.
pub fn analyze(input: Input<'_>, options: &Options) -> Analysis {
    analyze_staged(input, options, |_| {})
}

/// [`analyze`], calling `done` with the name of each stage as it ends ("extracted",
/// "understood"): the browser layer marks them for the breakdown of a click.
pub fn analyze_staged(input: Input<'_>, options: &Options, mut done: impl FnMut(&'static str)) -> Analysis {
    let article = extract_article(input, options);
    done("extracted");
    understand_article(article, options, done)
}

/// The first stage alone: the page as an [`Article`](article::Article), with what the caller
/// knows (the address, the reference date) where the page states none. The browser draws
/// the reader view from it while the rest of the pipeline waits.
pub fn extract_article(input: Input<'_>, options: &Options) -> article::Article {
    let mut article = match input {
        Input::Html(html) => extract::extract(html, options.url.as_deref()),
        Input::Plain(text) => extract::from_plain(text),
    };
    if options.url.is_some() && article.meta.url.is_none() {
        article.meta.url = options.url.clone();
    }
    if article.meta.published.is_none() {
        article.meta.published = options.published.as_deref().and_then(calendar::normalize_iso_date);
    }
    article
}

/// The rest of the pipeline on an extracted article: its findings, then the contract;
/// `done` hears "understood" between the two.
pub fn understand_article(
    article: article::Article,
    options: &Options,
    mut done: impl FnMut(&'static str),
) -> Analysis {
    let findings = understand::understand(&article, options);
    done("understood");
    Analysis::new(article, findings)
}
