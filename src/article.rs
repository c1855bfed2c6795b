//! What extraction hands on to the rest of the pipeline: the article's metadata, its text
//! and its blocks. The text is the blocks' texts joined; where each block sits in it is
//! [`Article::block_bytes`], byte ranges like every position the later stages find.
//! `extract` makes it; `understand` and `analysis` read it, and neither imports `extract`.

use std::ops::Range;

use serde::Serialize;

/// The extracted article.
#[derive(Debug, Clone, Default)]
pub struct Article {
    pub meta: Meta,
    /// The article body without its title: the blocks' texts, one blank line between two
    /// ([`Article::set_blocks`] keeps the two together).
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
    /// The summary the page prints under its headline, apart from the story's text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub standfirst: Option<String>,
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

/// One block of the article, in reading order: what extraction finds, and what the
/// contract's block says of it once its place in the text is known.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub kind: BlockKind,
    /// For a figure: its caption; for a table: its cells, tab-separated, one row per line.
    pub text: String,
    /// Lists: `true` for an ordered list item.
    pub ordered: Option<bool>,
    /// Figures: the picture's address and alternative text.
    pub src: Option<String>,
    pub alt: Option<String>,
    /// Tables: the cells, row by row.
    pub rows: Option<Vec<Vec<String>>>,
    /// `rtl` where the block's direction differs from the article's.
    pub dir: Option<String>,
    /// The share of the block's characters (white space aside) that sit inside links.
    pub links: f64,
}

impl Block {
    /// A block of `kind` with nothing but its text.
    pub fn new(kind: BlockKind, text: String) -> Self {
        Block { kind, text, ordered: None, src: None, alt: None, rows: None, dir: None, links: 0.0 }
    }
}

/// What stands between two blocks' texts in [`Article::text`].
const BETWEEN_BLOCKS: &str = "\n\n";

impl Article {
    /// Makes `blocks` the article's, and its text theirs.
    pub fn set_blocks(&mut self, blocks: Vec<Block>) {
        let mut text = String::new();
        for (block, bytes) in blocks.iter().zip(layout(&blocks)) {
            if bytes.start > text.len() {
                text.push_str(BETWEEN_BLOCKS);
            }
            text.push_str(&block.text);
        }
        self.text = text;
        self.blocks = blocks;
    }

    /// Where each block's text sits in [`Article::text`].
    pub fn block_bytes(&self) -> Vec<Range<usize>> {
        layout(&self.blocks)
    }
}

/// The byte ranges of the blocks' texts joined in order, one blank line between two; a
/// block without text (a picture without a caption) adds no blank line.
fn layout(blocks: &[Block]) -> Vec<Range<usize>> {
    let mut end = 0;
    blocks
        .iter()
        .map(|b| {
            let start = if end > 0 && !b.text.is_empty() { end + BETWEEN_BLOCKS.len() } else { end };
            end = start + b.text.len();
            start..end
        })
        .collect()
}
