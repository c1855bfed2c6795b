//! Calls to action around the story.
//!
//! Heuristic "call to action": a site prints, above or below the story it serves, short
//! paragraphs that ask the reader to do something on one of the publisher's channels:
//! "Sign up for The Daily today to get the free newsletter delivered to your inbox",
//! "Follow @LedgerDeals on Twitter to keep up with ...", "Subscribe to The Ledger on
//! YouTube", "If you enjoyed this article ...: Join Ledger Plus. Members get ...". They sit
//! outside the story: before its first paragraph or after its last (a paragraph of the
//! story as [`super::story`] reads it, or a list item of such prose, and no call itself).
//! There, a
//! paragraph, list item or heading of at most [`MAX_CALL_WORDS`] words is a call when one
//! of its sentences opens with the imperative of an action a reader takes on a channel
//! ([`VERBS`]: "sign up", "follow", "subscribe", "join", "get", ...) and it names such a
//! channel ([`CHANNELS`]: a newsletter, an inbox, a podcast, an app, a social network).
//! Both are needed, so that a story's own closing lines ("Get the facts before you vote",
//! "Follow the money, the senator said") stay; inside the story, nothing is ever taken for a
//! call.

use super::story::{is_prose, is_story_paragraph};
use super::{Block, BlockKind};
use crate::words::word_lists;

word_lists! {
    /// Imperatives that open a call to action, in lower case ("sign up", "follow").
    VERBS = "call_verbs.txt", Lower;
    /// Channels a call sends the reader to, in lower case ("newsletter", "youtube").
    CHANNELS = "call_channels.txt", Lower;
}

/// A call to action has at most this many words.
const MAX_CALL_WORDS: usize = 80;

/// Drops the calls to action before the story's first paragraph and after its last.
pub fn drop_calls_to_action(blocks: &mut Vec<Block>) {
    let story: Vec<usize> = (0..blocks.len()).filter(|&i| is_story(&blocks[i])).collect();
    let (Some(&first), Some(&last)) = (story.first(), story.last()) else { return };
    let mut i = 0;
    blocks.retain(|b| {
        let outside = i < first || i > last;
        i += 1;
        !(outside && is_call(b))
    });
}

/// A paragraph of the story, and no call itself. A list item of prose counts too: the
/// story's own bullet points are inside it, so a call after them is still after the story.
fn is_story(block: &Block) -> bool {
    (is_story_paragraph(block) || block.kind == BlockKind::Li && is_prose(block)) && !is_call(block)
}

/// Whether a block is a call to action (see the module's doc).
fn is_call(block: &Block) -> bool {
    let words = block.text.split_whitespace().count();
    let kind =
        matches!(block.kind, BlockKind::P | BlockKind::Li | BlockKind::H2 | BlockKind::H3 | BlockKind::H4);
    kind && words <= MAX_CALL_WORDS && {
        let lower = block.text.to_lowercase();
        opens_with_verb(&lower) && names_channel(&lower)
    }
}

/// Whether a sentence of `lower` (the text, then after each `. ! ? :` and a space) opens
/// with one of [`VERBS`] as whole words.
fn opens_with_verb(lower: &str) -> bool {
    let starts = std::iter::once(0).chain(
        lower
            .match_indices(['.', '!', '?', ':'])
            .map(|(i, _)| i + 1)
            .filter(|&i| lower[i..].starts_with(' ')),
    );
    starts.map(|i| lower[i..].trim_start()).any(|sentence| {
        VERBS.entries().any(|verb| {
            sentence.strip_prefix(verb).is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
        })
    })
}

/// Whether `lower` names one of [`CHANNELS`] as a word ("@LedgerDeals on twitter").
fn names_channel(lower: &str) -> bool {
    lower.split(|c: char| !(c.is_alphanumeric() || c == '-')).any(|w| CHANNELS.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> Block {
        Block::new(BlockKind::P, text.to_string())
    }

    const STORY: [&str; 2] = [
        "Lawmakers passed the supplementary budget late on Thursday after a week of talks between the parties.",
        "Economists expect the spending to add about 0.1 percentage point to growth this year, the bank said.",
    ];

    fn texts(blocks: &[Block]) -> Vec<&str> {
        blocks.iter().map(|b| b.text.as_str()).collect()
    }

    #[test]
    fn calls_around_the_story_go() {
        let mut blocks =
            vec![p("Start your day with The Brief. Sign up for our newsletter and get it in your inbox.")];
        blocks.extend(STORY.map(p));
        blocks.push(p("Follow @LedgerDeals on Twitter to keep up with the latest deals."));
        blocks.push(p("If you enjoyed this article: Join Ledger Plus. Members get every story in the app."));
        drop_calls_to_action(&mut blocks);
        assert_eq!(texts(&blocks), STORY);
    }

    #[test]
    fn the_story_s_own_imperatives_stay() {
        // Imperatives without a channel close the story; a call inside it is the story's.
        let mut blocks: Vec<Block> = STORY.map(p).to_vec();
        blocks.insert(
            1,
            p("Sign up for the newsletter, the ministry urged farmers, so that payments arrive on time."),
        );
        blocks.push(p("Get the facts before you vote."));
        blocks.push(p("Follow the money, the senator said."));
        let before: Vec<String> = blocks.iter().map(|b| b.text.clone()).collect();
        drop_calls_to_action(&mut blocks);
        assert_eq!(texts(&blocks), before);
    }
}
