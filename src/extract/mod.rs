//! Extract: from a page's HTML to the article's metadata, blocks and text.
//!
//! First version: dom_smoothie's Readability port picks the article; its text becomes
//! paragraphs. The news layer (bylines, doubled captions, boilerplate boxes) and the
//! block structure come with the extraction issue.

use dom_smoothie::{Config, Readability};

use crate::analysis::{Analysis, Block, BlockKind, Meta};

/// Extracts the article from an HTML page.
pub fn extract(html: &str, url: Option<&str>) -> Analysis {
    let mut analysis = Analysis::default();
    let mut reader = match Readability::new(html, url, Some(Config::default())) {
        Ok(r) => r,
        Err(e) => {
            analysis.warnings.push(format!("the page could not be read: {e}"));
            return analysis;
        }
    };
    match reader.parse() {
        Ok(article) => {
            analysis.meta = Meta {
                title: Some(article.title.clone()).filter(|t| !t.is_empty()),
                byline: article.byline.clone(),
                published: article.published_time.as_deref().and_then(|t| crate::understand::dates::normalize_iso_date(t.get(..10).unwrap_or(t))),
                published_time: article.published_time.clone(),
                site: article.site_name.clone(),
                lang: article.lang.clone(),
                dir: article.dir.clone(),
                excerpt: article.excerpt.clone(),
                url: url.map(str::to_owned),
                reading_minutes: 0,
                image: article.image.clone(),
            };
            let paragraphs: Vec<String> = article
                .text_content
                .lines()
                .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|l| !l.is_empty())
                .collect();
            set_body(&mut analysis, paragraphs.into_iter().map(|p| (BlockKind::P, p)));
        }
        Err(e) => analysis.warnings.push(format!("no article found on this page: {e}")),
    }
    analysis
}

/// Reads plain text: every paragraph (split on blank lines) is kept, in order.
pub fn from_plain(text: &str) -> Analysis {
    let mut analysis = Analysis::default();
    let paragraphs = text
        .split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty());
    set_body(&mut analysis, paragraphs.map(|p| (BlockKind::P, p)));
    analysis
}

/// Joins blocks into `text` (one blank line between them) and records where each sits.
fn set_body(analysis: &mut Analysis, blocks: impl Iterator<Item = (BlockKind, String)>) {
    let mut text = String::new();
    let mut chars = 0;
    for (kind, block_text) in blocks {
        if !text.is_empty() {
            text.push_str("\n\n");
            chars += 2;
        }
        let len = block_text.chars().count();
        text.push_str(&block_text);
        analysis.blocks.push(Block {
            kind,
            text: block_text,
            start: chars,
            end: chars + len,
            ordered: None,
            src: None,
            alt: None,
            rows: None,
            dir: None,
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
