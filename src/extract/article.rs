//! What extraction hands on to the rest of the pipeline: the article's metadata, its text
//! and its blocks, every position a byte range into [`Article::text`].

use std::ops::Range;

use serde::Serialize;

/// The extracted article.
#[derive(Debug, Clone, Default)]
pub struct Article {
    pub meta: Meta,
    /// The article body without its title; blocks separated by one blank line.
    pub text: String,
    pub blocks: Vec<Block>,
    /// Why no article was found, when none was.
    pub warnings: Vec<String>,
}

/// The article's metadata (written to the contract as it is).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Meta {
    pub title: Option<String>,
    pub byline: Option<String>,
    /// `YYYY-MM-DD`, the article's own publication date.
    pub published: Option<String>,
    /// ISO 8601 date-time with offset when the page states one.
    pub published_time: Option<String>,
    pub site: Option<String>,
    pub lang: Option<String>,
    /// `ltr` or `rtl`.
    pub dir: Option<String>,
    pub excerpt: Option<String>,
    pub url: Option<String>,
    pub reading_minutes: u32,
    /// The lead picture (og:image or the first picture of the article), if any.
    pub image: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    P,
    H2,
    H3,
    H4,
    Quote,
    Li,
    Figure,
    Pre,
    Table,
}

/// One block of the article, in reading order. Its text is `text[bytes]` (for a figure:
/// its caption; for a table: its cells, tab-separated, one row per line).
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub kind: BlockKind,
    pub bytes: Range<usize>,
    /// Lists: `true` for an ordered list item.
    pub ordered: Option<bool>,
    /// Figures: the picture's address and alternative text.
    pub src: Option<String>,
    pub alt: Option<String>,
    /// Tables: the cells, row by row.
    pub rows: Option<Vec<Vec<String>>>,
    /// `rtl` where the block's direction differs from the article's.
    pub dir: Option<String>,
}
