//! Extract: from a page's HTML to the article's metadata, blocks and text.
//!
//! The engine is dom_smoothie (a Readability.js port), wrapped, not forked. Around it:
//!
//! 1. [`depth`] flattens absurdly deep markup before any parser sees it (both the HTML
//!    tree builder and Readability's scoring slow down with nesting depth).
//! 2. The page is parsed once with dom_query, the DOM dom_smoothie itself works on.
//! 3. [`captions`] makes each captioned picture one `<figure>` (Korean sites print the
//!    caption two or three times), and [`news`] removes news-site furniture (share and
//!    print buttons, breadcrumbs, related-article boxes, comment forms, social prompts,
//!    advertisements) while reading the author line and the dateline.
//! 4. dom_smoothie picks and cleans the article in that same document.
//! 5. [`blocks`] walks the cleaned article into typed blocks (p, h2–h4, quote, li, figure,
//!    pre, table); [`set_body`] joins them into `text` and records each block's offsets.
//! 6. Metadata: dom_smoothie's (meta tags, JSON-LD), completed from what the news layer
//!    read (byline, visible dateline, `<time>`), the document's direction and language.

mod blocks;
mod byline;
mod captions;
mod dateline;
mod depth;
mod news;

use dom_query::Document;
use dom_smoothie::{Config, Readability};

use crate::analysis::{Analysis, Block, BlockKind, Meta};
use blocks::RawBlock;

/// Pages with more elements than this are cut short by dom_smoothie (it reports an error,
/// which we turn into a warning) rather than processed for seconds.
const MAX_ELEMENTS: usize = 400_000;
/// An extracted "article" with fewer words than this is not one.
const MIN_WORDS: usize = 25;
/// An extracted "article" whose text is mostly link text is a list of links.
const MAX_LINK_SHARE: f64 = 0.6;

/// Languages written right to left, by primary subtag.
const RTL_LANGS: &[&str] = &["ar", "he", "iw", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ku"];

/// Beginnings of the credit line that ends a translated article; it stays the last line.
const CREDIT_LINES: &[&str] = &["Translated from the ", "This article was translated", "Translated by "];

/// Extracts the article from an HTML page.
pub fn extract(html: &str, url: Option<&str>) -> Analysis {
    let mut analysis = Analysis::default();
    let html = depth::limit_nesting(html);
    let doc = Document::from(html.as_ref());
    let doc_dir = document_attr(&doc, "dir");

    captions::unify(&doc);
    let findings = news::clean(&doc);

    let config = Config { max_elements_to_parse: MAX_ELEMENTS, ..Config::default() };
    // A URL that is not absolute cannot resolve links; the page is still read without it.
    let url = url.filter(|u| (u.starts_with("http://") || u.starts_with("https://")) && !u.ends_with("://"));
    let mut reader = match Readability::with_document(doc, url, Some(config.clone())) {
        Ok(r) => r,
        Err(e) => {
            analysis.warnings.push(format!("the page address could not be used: {e}"));
            return analysis;
        }
    };
    let article = match reader.parse() {
        Ok(article) => article,
        Err(e) => {
            analysis.warnings.push(format!("no article found on this page: {e}"));
            return analysis;
        }
    };

    analysis.meta = meta(&article, &findings, doc_dir, url);
    let root = reader.doc.select("#readability-page-1");
    let raw = root.nodes().first().map(blocks::walk).unwrap_or_default();
    let raw = tidy(raw, analysis.meta.title.as_deref());
    match not_an_article(&raw) {
        Some(reason) => analysis.warnings.push(format!("no article found on this page: {reason}")),
        None => set_body(&mut analysis, raw),
    }
    if analysis.meta.image.is_none() {
        analysis.meta.image = analysis.blocks.iter().find_map(|b| b.src.clone());
    }
    analysis
}

/// The article's metadata: the engine's, completed by the news layer's findings.
fn meta(article: &dom_smoothie::Article, findings: &news::Findings, doc_dir: Option<String>, url: Option<&str>) -> Meta {
    let engine_time = article.published_time.clone().filter(|t| dateline::iso_date(t).is_some());
    let published_time = engine_time
        .or_else(|| findings.time_element.clone())
        .or_else(|| findings.dated.as_ref().and_then(|d| d.time.clone()));
    let published = published_time
        .as_deref()
        .and_then(dateline::iso_date)
        .or_else(|| findings.dated.as_ref().map(|d| d.date.clone()))
        .and_then(|d| crate::understand::dates::normalize_iso_date(&d));
    let lang = article.lang.clone().filter(|l| !l.trim().is_empty());
    let dir = article.dir.clone().or(doc_dir).or_else(|| {
        let primary = lang.as_deref()?.split(['-', '_']).next()?.to_ascii_lowercase();
        RTL_LANGS.contains(&primary.as_str()).then(|| "rtl".to_string())
    });
    Meta {
        title: Some(article.title.trim().to_string()).filter(|t| !t.is_empty()),
        byline: article.byline.clone().filter(|b| !b.trim().is_empty()).or_else(|| findings.byline.clone()),
        published,
        published_time,
        site: article.site_name.clone(),
        lang,
        dir,
        excerpt: article.excerpt.clone(),
        url: url.map(str::to_owned),
        reading_minutes: 0,
        image: article.image.clone(),
    }
}

/// `dir` or `lang` of the page's `<html>` or `<body>` element.
fn document_attr(doc: &Document, name: &str) -> Option<String> {
    let value = ["html", "body"].iter().find_map(|tag| doc.select(tag).attr(name));
    value.map(|v| v.trim().to_ascii_lowercase()).filter(|v| v == "rtl" || v == "ltr")
}

/// Final touches on the walked blocks: no repeated caption or paragraph, no title heading,
/// the translation credit last.
fn tidy(raw: Vec<RawBlock>, title: Option<&str>) -> Vec<RawBlock> {
    let mut out: Vec<RawBlock> = Vec::with_capacity(raw.len());
    for block in raw {
        let repeated = out.last().is_some_and(|prev| {
            prev.text == block.text && !block.text.is_empty()
                || (prev.kind == BlockKind::Figure && (Some(&block.text) == prev.alt.as_ref()) && block.kind == BlockKind::P)
        });
        let is_title = out.is_empty() && block.kind == BlockKind::H2 && title.is_some_and(|t| t == block.text);
        if !repeated && !is_title {
            out.push(block);
        }
    }
    if let Some(i) = out.iter().position(|b| b.kind == BlockKind::P && CREDIT_LINES.iter().any(|c| b.text.starts_with(c))) {
        let credit = out.remove(i);
        out.push(credit);
    }
    out
}

/// Why the extracted blocks are not an article, if they are not.
fn not_an_article(raw: &[RawBlock]) -> Option<String> {
    let words: usize = raw.iter().filter(|b| b.kind != BlockKind::Figure).map(|b| b.text.split_whitespace().count()).sum();
    if words < MIN_WORDS {
        return Some(format!("the page's main text has only {words} words"));
    }
    let items = raw.iter().filter(|b| b.kind == BlockKind::Li).map(|b| b.text.len()).sum::<usize>();
    let total = raw.iter().map(|b| b.text.len()).sum::<usize>().max(1);
    (items as f64 / total as f64 > MAX_LINK_SHARE && raw.iter().filter(|b| b.kind == BlockKind::P).count() < 3)
        .then(|| "the page is a list of links, not an article".to_string())
}

/// Reads plain text: every paragraph (split on blank lines) is kept, in order.
pub fn from_plain(text: &str) -> Analysis {
    let mut analysis = Analysis::default();
    let paragraphs = text
        .split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty());
    set_body(&mut analysis, paragraphs.map(|p| RawBlock::new(BlockKind::P, p)).collect());
    analysis
}

/// Joins blocks into `text` (one blank line between them) and records where each sits.
/// A picture without a caption is a block with no text and adds no blank line.
fn set_body(analysis: &mut Analysis, blocks: Vec<RawBlock>) {
    let mut text = String::new();
    let mut chars = 0;
    for raw in blocks {
        if !text.is_empty() && !raw.text.is_empty() {
            text.push_str("\n\n");
            chars += 2;
        }
        let len = raw.text.chars().count();
        text.push_str(&raw.text);
        analysis.blocks.push(Block {
            kind: raw.kind,
            text: raw.text,
            start: chars,
            end: chars + len,
            ordered: raw.ordered,
            src: raw.src,
            alt: raw.alt,
            rows: raw.rows,
            dir: raw.dir,
        });
        chars += len;
    }
    analysis.meta.reading_minutes = reading_minutes(&text);
    analysis.text = text;
}

/// Minutes at 230 words a minute, at least one for any text.
fn reading_minutes(text: &str) -> u32 {
    let words = text.split_whitespace().count() as u32;
    if words == 0 { 0 } else { words.div_ceil(230).max(1) }
}
