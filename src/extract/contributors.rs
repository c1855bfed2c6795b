//! The newsroom's credit line that closes a story.
//!
//! Heuristic "contributor line": wire and newspaper stories close with a line that says who
//! else worked on the story — "Reporting by Rodrigo Campos; Editing by Nick Zieminski",
//! "(Additional reporting by Joseph Hudak)", "Keith Bradsher contributed reporting from Hong
//! Kong.", "Associated Press writers Alan Fram and Zeke Miller contributed to this report."
//! Like the byline, it is about the story, not part of it. Among the last
//! [`CLOSING_BLOCKS`] blocks, a paragraph of at most [`MAX_WORDS`] words that opens with a
//! newsroom task and "by" ([`TASKS`]), or says that someone contributed to the report
//! ([`CONTRIBUTED`]), goes. Both are the fixed forms of one convention; a sentence of the
//! story that mentions reporting ("Reporting by the BBC showed ...") names no one after
//! "by", or sits before the story's end.

use super::{Block, BlockKind};

/// How many blocks at the end of the article a contributor line may be among.
const CLOSING_BLOCKS: usize = 3;
/// A contributor line has at most this many words (a long list of wire reporters).
const MAX_WORDS: usize = 60;
/// Newsroom tasks that open a credit line, each followed by " by " and a name.
const TASKS: &[&str] = &["Reporting", "Additional reporting", "Writing", "Editing", "Compiled"];
/// What a credit line says of the people it names.
const CONTRIBUTED: &[&str] = &[
    " contributed to this report",
    " contributed to this story",
    " contributed to this article",
    " contributed reporting",
];

/// Drops the contributor lines among the last blocks of the article.
pub fn drop_contributor_lines(blocks: &mut Vec<Block>) {
    let from = blocks.len().saturating_sub(CLOSING_BLOCKS);
    let mut i = 0;
    blocks.retain(|b| {
        let closing = i >= from;
        i += 1;
        !(closing && is_contributor_line(b))
    });
}

/// Whether a block is a contributor line (see the module's doc).
fn is_contributor_line(block: &Block) -> bool {
    let text = block.text.trim().trim_start_matches('(');
    let opens_with_task = TASKS
        .iter()
        .filter_map(|task| text.strip_prefix(task)?.strip_prefix(" by "))
        .any(|name| name.starts_with(|c: char| c.is_uppercase()));
    block.kind == BlockKind::P
        && text.split_whitespace().count() <= MAX_WORDS
        && (opens_with_task || CONTRIBUTED.iter().any(|c| text.contains(c)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> Block {
        Block::new(BlockKind::P, text.to_string())
    }

    #[test]
    fn credit_lines_that_close_the_story_go() {
        for credit in [
            "Reporting by Rodrigo Campos; additional reporting by Stephanie Kelly; Editing by Dan Grebler",
            "(Additional reporting by Joseph Hudak)",
            "Keith Bradsher contributed reporting from Hong Kong.",
            "Associated Press writers Alan Fram and Zeke Miller contributed to this report.",
        ] {
            let mut blocks = vec![p("The index fell 2 percent."), p("Oil rose."), p(credit)];
            drop_contributor_lines(&mut blocks);
            assert_eq!(blocks.len(), 2, "{credit}");
        }
    }

    #[test]
    fn the_story_s_own_sentences_about_reporting_stay() {
        let mut blocks = vec![
            p("Keith Bradsher contributed reporting from Hong Kong."),
            p("Oil rose."),
            p("The index fell 2 percent."),
            p("Prices eased."),
        ];
        drop_contributor_lines(&mut blocks);
        assert_eq!(blocks.len(), 4, "not among the closing blocks");
        let mut blocks =
            vec![p("Oil rose."), p("Reporting by the BBC showed that the ministry knew in March.")];
        drop_contributor_lines(&mut blocks);
        assert_eq!(blocks.len(), 2, "no name after 'by'");
        let mut blocks = vec![p("Oil rose."), p("Reporting on the strike has been banned since Monday.")];
        drop_contributor_lines(&mut blocks);
        assert_eq!(blocks.len(), 2, "no task 'by'");
    }
}
