//! Lists of other stories dropped between the story's paragraphs.
//!
//! Heuristic "list of other stories": many sites break a story, or close it, with a list
//! of links to their other stories ("15 Amazing Images of Stars", "NASA Europa Mission
//! Could Potentially Spot Signs of Alien Life"), printed right after a paragraph and with
//! no heading, so no box or heading names it. Such a list is at least [`MIN_ITEMS`] items,
//! each a headline: [`MIN_HEADLINE_WORDS`] words or more, all of them (at least
//! [`LINKED`] of the characters) a link. It follows a paragraph of the story (at least
//! [`STORY_WORDS`] words, mostly not links) that does not introduce it: a paragraph ending
//! in a colon ("The ministry published these reports:") introduces a list that is the
//! story's own, and a list after a heading or a label line is a section of the page.

use super::{Block, BlockKind};

/// A list of other stories has at least this many items.
const MIN_ITEMS: usize = 3;
/// A headline has at least this many words.
const MIN_HEADLINE_WORDS: usize = 3;
/// A headline is a link: at least this share of its characters.
const LINKED: f64 = 0.9;
/// A paragraph of the story has at least this many words, and less than half of its
/// characters in links.
const STORY_WORDS: usize = 15;

/// Drops the lists of other stories that follow a paragraph of the story.
pub fn drop_other_stories(blocks: &mut Vec<Block>) {
    let mut doomed = vec![false; blocks.len()];
    let mut i = 1;
    while i < blocks.len() {
        let run = blocks[i..].iter().take_while(|b| is_headline(b)).count();
        if run >= MIN_ITEMS && leads_on(&blocks[i - 1]) {
            doomed[i..i + run].iter_mut().for_each(|d| *d = true);
        }
        i += run.max(1);
    }
    let mut doomed = doomed.into_iter();
    blocks.retain(|_| !doomed.next().unwrap_or(false));
}

/// An item of a list that is a link to a headline.
fn is_headline(block: &Block) -> bool {
    block.kind == BlockKind::Li
        && block.links >= LINKED
        && block.text.split_whitespace().count() >= MIN_HEADLINE_WORDS
}

/// A paragraph of the story that does not introduce what follows it.
fn leads_on(block: &Block) -> bool {
    matches!(block.kind, BlockKind::P | BlockKind::Quote)
        && block.text.split_whitespace().count() >= STORY_WORDS
        && block.links < 0.5
        && !block.text.trim_end().ends_with(':')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> Block {
        Block::new(BlockKind::P, text.to_string())
    }

    fn link_item(text: &str) -> Block {
        let mut b = Block::new(BlockKind::Li, text.to_string());
        b.links = 1.0;
        b
    }

    const PARAGRAPH: &str =
        "The central bank held its key rate at 2.75 percent on Thursday, saying growth was slowing again.";

    #[test]
    fn a_list_of_headlines_after_a_paragraph_goes() {
        let mut blocks = vec![
            p(PARAGRAPH),
            link_item("Exports rise for a third month"),
            link_item("Won falls to a two-year low"),
            link_item("Chipmakers bet on new plants"),
            p(PARAGRAPH),
        ];
        drop_other_stories(&mut blocks);
        assert_eq!(blocks.len(), 2);
    }

    #[test]
    fn lists_the_story_introduces_or_that_are_short_stay() {
        let items = || {
            vec![
                link_item("Monetary Policy Report, April 2025"),
                link_item("Financial Stability Report, June 2025"),
                link_item("Minutes of the rate meeting"),
            ]
        };
        let mut introduced = vec![p(&format!("{} The bank published three reports:", PARAGRAPH))];
        introduced.extend(items());
        drop_other_stories(&mut introduced);
        assert_eq!(introduced.len(), 4);
        let mut short = vec![p(PARAGRAPH), link_item("Exports rise again"), link_item("Won falls")];
        drop_other_stories(&mut short);
        assert_eq!(short.len(), 3);
    }
}
