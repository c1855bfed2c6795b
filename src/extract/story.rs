//! What a paragraph of the story looks like, for the clean-ups that work on either side of it.
//!
//! Several clean-ups decide by where the story's own paragraphs are: a call to action sits
//! before the first or after the last (`calls`), a list of other stories or a linked
//! headline follows one (`related`), a standfirst is followed by none (`standfirst`). They
//! share one reading of "a paragraph of the story": prose of at least [`STORY_WORDS`]
//! words (one sentence of news, "The findings were published today in the journal BMJ
//! Case Reports."), less than [`STORY_LINKS`] of its characters in links, in a paragraph or
//! a quote. Each clean-up adds only what its own question needs (a call is no story; a
//! paragraph ending in a colon introduces what follows), and says why.

use super::{Block, BlockKind};

/// A paragraph of the story has at least this many words.
pub const STORY_WORDS: usize = 12;
/// A paragraph of the story is mostly not links: less than this share of its characters.
const STORY_LINKS: f64 = 0.5;

/// Whether `block` is prose: long enough for a sentence of news, and mostly not links.
pub fn is_prose(block: &Block) -> bool {
    block.text.split_whitespace().count() >= STORY_WORDS && block.links < STORY_LINKS
}

/// Whether `block` is a paragraph of the story: a paragraph or a quote that is prose.
pub fn is_story_paragraph(block: &Block) -> bool {
    matches!(block.kind, BlockKind::P | BlockKind::Quote) && is_prose(block)
}
