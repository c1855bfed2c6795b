//! Lists of other stories dropped between the story's paragraphs.
//!
//! Heuristic "list of other stories": many sites break a story, or close it, with a list
//! of links to their other stories ("15 Amazing Images of Stars", "NASA Europa Mission
//! Could Potentially Spot Signs of Alien Life"), printed right after a paragraph and with
//! no heading, so no box or heading names it. Such a list is at least [`MIN_ITEMS`] items,
//! each a headline: [`MIN_HEADLINE_WORDS`] words or more, all of them (at least
//! [`LINKED`] of the characters) a link. It follows a paragraph of the story (as
//! [`super::story`] reads it) that does not introduce it: a paragraph ending
//! in a colon ("The ministry published these reports:") introduces a list that is the
//! story's own, and a list after a heading or a label line is a section of the page.
//!
//! Heuristic "linked headline": sites also drop single headlines of their other stories
//! between the story's paragraphs, as a paragraph that is all link ("Also on rt.com
//! Journalists threatened with arrest", "[Read: Why Tunisia suffers from Islamist
//! violence]", "Continue reading the main story"). Up to [`MAX_LINKED_RUN`] such lines (a
//! paragraph with at least [`LINKED`] of its characters in a link, of
//! [`MIN_HEADLINE_WORDS`] to [`MAX_HEADLINE_WORDS`] words, not ending in a full stop) go when
//! a paragraph of the story comes before them and the story, a heading or the end comes
//! after. A linked sentence ("Click here to read the bank's full report.") is the story's
//! own, and a run of links in a table or under a label is no interruption.
//!
//! Heuristic "the site's own list": a label line that names the site ("More Great WIRED
//! Stories", "More from The Ledger": a heading or a short line, at most [`MAX_LABEL_WORDS`]
//! words, not a sentence) over at least [`MIN_SITE_ITEMS`] items that carry links (at
//! least [`SITE_LINKED`] of their characters: a headline and a teaser) is the site
//! promoting its other stories; the label and its items go. A list under any other label
//! ("See also", "Sources", "More games news:") is left to the page.

use super::story::is_story_paragraph;
use super::{Block, BlockKind};

/// A list of other stories has at least this many items.
const MIN_ITEMS: usize = 3;
/// A headline has at least this many words.
const MIN_HEADLINE_WORDS: usize = 3;
/// A headline is a link: at least this share of its characters.
const LINKED: f64 = 0.9;
/// A linked headline line has at most this many words, and a run of them between two
/// paragraphs of the story at most `MAX_LINKED_RUN` lines.
const MAX_HEADLINE_WORDS: usize = 20;
const MAX_LINKED_RUN: usize = 3;

/// A label line has at most this many words.
const MAX_LABEL_WORDS: usize = 6;
/// The site's own list has at least this many items, each with at least this share of its
/// characters in links.
const MIN_SITE_ITEMS: usize = 2;
const SITE_LINKED: f64 = 0.3;

/// Drops each label line that names `site`, with the linked items under it.
pub fn drop_site_lists(blocks: &mut Vec<Block>, site: Option<&str>) {
    let Some(site) = site.map(|s| s.trim().to_lowercase()).filter(|s| s.chars().count() >= 3) else { return };
    // How many linked items start at each block, counted from the end in one pass, so that
    // a page of many labels costs no more than one of a few.
    let mut items = vec![0; blocks.len() + 1];
    for i in (0..blocks.len()).rev() {
        let linked = matches!(blocks[i].kind, BlockKind::Li | BlockKind::P) && blocks[i].links >= SITE_LINKED;
        items[i] = if linked { items[i + 1] + 1 } else { 0 };
    }
    let mut doomed = vec![false; blocks.len()];
    for i in 0..blocks.len() {
        let run = items[i + 1];
        // A label inside a marked run: its own run ends where that one does.
        if !doomed[i]
            && run >= MIN_SITE_ITEMS
            && is_label(&blocks[i])
            && blocks[i].text.to_lowercase().contains(&site)
        {
            doomed[i..=i + run].iter_mut().for_each(|d| *d = true);
        }
    }
    let mut doomed = doomed.into_iter();
    blocks.retain(|_| !doomed.next().unwrap_or(false));
}

/// A heading or a short line that is no sentence.
fn is_label(block: &Block) -> bool {
    let words = block.text.split_whitespace().count();
    matches!(block.kind, BlockKind::P | BlockKind::H2 | BlockKind::H3 | BlockKind::H4)
        && (1..=MAX_LABEL_WORDS).contains(&words)
        && !block.text.trim_end().ends_with(['.', '!', '?'])
}

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

/// Drops the short runs of linked headlines that interrupt the story.
pub fn drop_linked_lines(blocks: &mut Vec<Block>) {
    let text: Vec<usize> = (0..blocks.len()).filter(|&i| blocks[i].kind != BlockKind::Figure).collect();
    let mut doomed = vec![false; blocks.len()];
    let mut j = 1;
    while j < text.len() {
        let run = text[j..].iter().take_while(|&&i| is_linked_line(&blocks[i])).count();
        // What follows the run: the story again, a section of it, or the end.
        let resumes = text
            .get(j + run)
            .map(|&i| &blocks[i])
            .is_none_or(|b| leads_on(b) || matches!(b.kind, BlockKind::H2 | BlockKind::H3 | BlockKind::H4));
        if (1..=MAX_LINKED_RUN).contains(&run) && leads_on(&blocks[text[j - 1]]) && resumes {
            text[j..j + run].iter().for_each(|&i| doomed[i] = true);
        }
        j += run.max(1);
    }
    let mut doomed = doomed.into_iter();
    blocks.retain(|_| !doomed.next().unwrap_or(false));
}

/// A paragraph that is a linked headline: all of it a link, a headline's length, and no
/// sentence (no closing full stop).
fn is_linked_line(block: &Block) -> bool {
    let words = block.text.split_whitespace().count();
    block.kind == BlockKind::P
        && block.links >= LINKED
        && (MIN_HEADLINE_WORDS..=MAX_HEADLINE_WORDS).contains(&words)
        && !block.text.trim_end().ends_with('.')
}

/// An item of a list that is a link to a headline.
fn is_headline(block: &Block) -> bool {
    block.kind == BlockKind::Li
        && block.links >= LINKED
        && block.text.split_whitespace().count() >= MIN_HEADLINE_WORDS
}

/// A paragraph of the story that does not introduce what follows it. A list item is not
/// one here: before a run of linked items it is the first item of the same list.
fn leads_on(block: &Block) -> bool {
    is_story_paragraph(block) && !block.text.trim_end().ends_with(':')
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
    fn the_site_s_own_list_goes_with_its_label_and_other_lists_stay() {
        let partly = |text: &str| {
            let mut b = link_item(text);
            b.links = 0.4;
            b
        };
        let list = |label: &str| {
            vec![
                p(PARAGRAPH),
                p(label),
                partly("Exports rise for a third month; plus, the chips behind it"),
                partly("Won falls to a two-year low, and what it means for you"),
            ]
        };
        let mut blocks = list("More from The Ledger");
        drop_site_lists(&mut blocks, Some("The Ledger"));
        assert_eq!(blocks.len(), 1);
        let mut blocks = list("See also");
        drop_site_lists(&mut blocks, Some("The Ledger"));
        assert_eq!(blocks.len(), 4);
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

    fn link_line(text: &str) -> Block {
        let mut b = p(text);
        b.links = 1.0;
        b
    }

    #[test]
    fn a_linked_headline_between_paragraphs_goes_and_a_linked_sentence_stays() {
        let mut blocks = vec![
            p(PARAGRAPH),
            link_line("Also on ledger.example: Exporters brace for a second round of tariffs"),
            p(PARAGRAPH),
            link_line("Click here to read the central bank's full statement."),
        ];
        drop_linked_lines(&mut blocks);
        assert_eq!(blocks.len(), 3);
        assert!(blocks[2].text.starts_with("Click here"));
        // Linked lines after a short line (cells of a table, a label) are no interruption.
        let mut blocks = vec![p("1964"), link_line("The Time Travelers of Tomorrow"), p(PARAGRAPH)];
        drop_linked_lines(&mut blocks);
        assert_eq!(blocks.len(), 3);
    }

    #[test]
    fn a_list_of_headlines_after_a_one_sentence_paragraph_goes() {
        let mut blocks = vec![
            p(PARAGRAPH),
            p("The findings were published today (Nov. 18) in the journal BMJ Case Reports."),
            link_item("27 Oddest Medical Case Reports"),
            link_item("10 Strangest Medical Cases"),
            link_item("11 Weird Things People Have Swallowed"),
        ];
        drop_other_stories(&mut blocks);
        assert_eq!(blocks.len(), 2);
    }
}
