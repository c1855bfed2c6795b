//! The article's edges: what a page prints right before or after the article, inside the
//! container the engine chose, that is about the page or its people rather than the story.
//!
//! Heuristic "timestamp line": among the first and last blocks of the article, a short line
//! that is a date with its year and a day or a clock time ("18 NOV 2019", "November 20,
//! 2019 - 11:28 AMT", "19.11.2019, 08:57", "sexta-feira, 22 de janeiro de 2018 às 0:13",
//! "First Published: Tuesday, November 19, 2019 08:38 AM") stamps the page: it goes, in any
//! language, with no list of labels. A line that reads as a sentence (a full stop at its
//! end), names an author ("by"), quotes (an embedded post's date line) or is written
//! without spaces (Chinese and Japanese source lines that run a name into the date) is not
//! a stamp.
//!
//! Heuristic "tag list": among the last blocks, a line made of three or more short links
//! separated by commas or bars (the page's tags, topics or categories) goes, with the one-
//! or two-word label line before it ("Tags", "Topics:").
//!
//! Heuristic "name line": among the first and last blocks, a line that says only what the
//! byline or the site's name says ("JANIE HAR", "By Reuters", "Florida Today") is the
//! page's author line or masthead printed again; the byline and the site are metadata.
//!
//! Heuristic "author's title": among the first blocks of an article with a byline, a line
//! that is only a staff title ("Opinion Columnist", "Staff Writer") is the title printed
//! under the author's name, which the byline has taken.
//!
//! Heuristic "closing heading": a story does not end on a heading. A heading with nothing
//! after it introduced what the engine or the news layer took away (the comment form under
//! "Tell us what you think", the links under "Related coverage"), and goes.
//!
//! Heuristic "author card": many sites close an article with a card about its author — a
//! line with the author's name, perhaps a handle or profile links, and a paragraph about
//! the author in the third person ("Trevor Daugherty is the Senior Editor of ...",
//! "Emiliano joined pv magazine in March 2017."). The byline says who the author is, so
//! the card is found by structure, with no list of phrases: near the end of the article,
//! either a short line that is the author's full name followed by a paragraph that opens
//! with one of the author's names, or a paragraph that opens with the author's full name;
//! and after it, nothing but card material (name lines, handles, link lines, more
//! paragraphs about the author). The card goes; the article before it stays whole.

use super::{Block, BlockKind};
use crate::scan::{self, Cursor};

/// How many blocks from the end an author card may start.
const CARD_WINDOW: usize = 6;
/// A name line, handle or link line of a card has at most this many words.
const CARD_LINE_WORDS: usize = 4;
/// A byline of more words than this names more than one person or is not a name.
const MAX_NAME_WORDS: usize = 4;
/// A paragraph about the author has at least this many words.
const MIN_BIO_WORDS: usize = 5;
/// A card line made mostly of link text (a handle, profile links) has at least this share.
const LINK_LINE: f64 = 0.5;

/// How many blocks at each edge of the article a timestamp line may be among.
const STAMP_EDGE: usize = 3;
/// A timestamp line has at most this many words.
const MAX_STAMP_WORDS: usize = 12;

/// A year, alone (not part of a longer number): "2019" in "Nov 2019", not in "120190".
fn has_year(text: &str) -> bool {
    scan::find(text, |c| {
        (digit_edge(c) && year(c) && !c.peek().is_some_and(|b| b.is_ascii_digit())).then_some(())
    })
    .is_some()
}

/// A clock time ("08:57", "0:13"), a numeric date ("19.11.2019", "2019-11-19", "11/19/2019"),
/// or a day and a month word beside the year ("18 NOV 2019", "November 20, 2019").
fn has_date_part(text: &str) -> bool {
    scan::find(text, |c| {
        let shapes: [fn(&mut Cursor<'_>) -> bool; 5] =
            [clock, day_month_year, iso_date, day_word_year, word_day_year];
        shapes.iter().any(|shape| c.test(shape)).then_some(())
    })
    .is_some()
}

/// The cursor does not sit inside a run of digits.
fn digit_edge(c: &Cursor<'_>) -> bool {
    !c.prev_char().is_some_and(|p| p.is_ascii_digit())
}

/// "19xx" or "20xx".
fn year(c: &mut Cursor<'_>) -> bool {
    c.one_of(&["19", "20"]).is_some() && c.digits(2, 2).is_some()
}

/// "08:57", a whole number on each side.
fn clock(c: &mut Cursor<'_>) -> bool {
    digit_edge(c)
        && c.digits(1, 2).is_some()
        && c.eat(':')
        && c.digits(2, 2).is_some()
        && !c.peek().is_some_and(|b| b.is_ascii_digit())
}

/// "19.11.2019", "11/19/2019", "1-2-2019".
fn day_month_year(c: &mut Cursor<'_>) -> bool {
    let separator = |c: &mut Cursor<'_>| c.byte_if(|b| matches!(b, b'.' | b'/' | b'-')).is_some();
    c.digits(1, 2).is_some() && separator(c) && c.digits(1, 2).is_some() && separator(c) && year(c)
}

/// "2019-11-19".
fn iso_date(c: &mut Cursor<'_>) -> bool {
    year(c) && c.eat('-') && c.digits(2, 2).is_some() && c.eat('-') && c.digits(2, 2).is_some()
}

/// "18 NOV 2019", "5 Sept., 2019".
fn day_word_year(c: &mut Cursor<'_>) -> bool {
    digit_edge(c) && c.digits(1, 2).is_some() && blank(c) && month_word(c) && blank(c) && year(c)
}

/// "November 20, 2019", "Nov. 2 2019".
fn word_day_year(c: &mut Cursor<'_>) -> bool {
    c.many(3, 9, |ch| ch.is_ascii_alphabetic()).is_some()
        && {
            c.eat('.');
            blank(c)
        }
        && c.digits(1, 2).is_some()
        && {
            c.eat(',');
            blank(c)
        }
        && year(c)
}

/// A word of 3 to 9 letters, then an optional full stop and comma ("Sept.,").
fn month_word(c: &mut Cursor<'_>) -> bool {
    c.many(3, 9, |ch| ch.is_ascii_alphabetic()).is_some() && {
        c.eat('.');
        c.eat(',');
        true
    }
}

/// Spaces or tabs, at least one.
fn blank(c: &mut Cursor<'_>) -> bool {
    c.many(1, usize::MAX, |ch| ch == ' ' || ch == '\t').is_some()
}

/// Drops the timestamp lines among the first and last blocks of the article.
pub fn drop_timestamps(blocks: &mut Vec<Block>) {
    let with_text: Vec<usize> = (0..blocks.len()).filter(|&i| !blocks[i].text.is_empty()).collect();
    if with_text.len() <= 2 * STAMP_EDGE {
        return;
    }
    let edges: Vec<usize> = with_text[..STAMP_EDGE]
        .iter()
        .chain(&with_text[with_text.len() - STAMP_EDGE..])
        .copied()
        .filter(|&i| is_timestamp(&blocks[i]))
        .collect();
    for i in edges.into_iter().rev() {
        blocks.remove(i);
    }
}

/// Whether a short line carries a date with its year and a day or a clock time: the shape
/// of a page's timestamp ("Updated 1:39 am EST, Wednesday, November 20, 2019").
pub fn is_stamp_shaped(text: &str) -> bool {
    (2..=MAX_STAMP_WORDS).contains(&text.split_whitespace().count()) && has_year(text) && has_date_part(text)
}

/// Whether a block is a timestamp line (see the module's doc).
fn is_timestamp(block: &Block) -> bool {
    let text = block.text.trim();
    let words = text.split_whitespace().count();
    matches!(block.kind, BlockKind::P | BlockKind::H2 | BlockKind::H3 | BlockKind::H4 | BlockKind::Li)
        && (2..=MAX_STAMP_WORDS).contains(&words)
        && !text.ends_with('.')
        && !text.split_whitespace().any(|w| w.eq_ignore_ascii_case("by"))
        && has_year(text)
        && has_date_part(text)
}

/// How many blocks at the end of the article a tag list may be among.
const TAG_EDGE: usize = 3;
/// A tag list names at least this many tags, each of at most `MAX_TAG_WORDS` words.
const MIN_TAGS: usize = 3;
const MAX_TAG_WORDS: usize = 6;
/// A tag list is links and little else: at least this share of its characters.
const TAG_LINKS: f64 = 0.9;
/// The label line before a tag list has at most this many words.
const MAX_LABEL_WORDS: usize = 2;

/// Drops the tag lists among the last blocks of the article, with their label lines.
pub fn drop_tag_lists(blocks: &mut Vec<Block>) {
    let with_text: Vec<usize> = (0..blocks.len()).filter(|&i| !blocks[i].text.is_empty()).collect();
    let mut drop: Vec<usize> = Vec::new();
    for (j, &i) in with_text.iter().enumerate().skip(with_text.len().saturating_sub(TAG_EDGE)) {
        if j == 0 || !is_tag_list(&blocks[i]) {
            continue;
        }
        let label = &blocks[with_text[j - 1]];
        if label.kind != BlockKind::Figure
            && label.text.split_whitespace().count() <= MAX_LABEL_WORDS
            && !label.text.ends_with(['.', '!', '?'])
        {
            drop.push(with_text[j - 1]);
        }
        drop.push(i);
    }
    drop.dedup();
    for i in drop.into_iter().rev() {
        blocks.remove(i);
    }
}

/// Whether a block is a line of tags: short links separated by commas or bars.
fn is_tag_list(block: &Block) -> bool {
    let tags: Vec<&str> = block.text.split([',', '|']).map(str::trim).filter(|t| !t.is_empty()).collect();
    matches!(block.kind, BlockKind::P | BlockKind::Li)
        && block.links >= TAG_LINKS
        && tags.len() >= MIN_TAGS
        && tags.iter().all(|t| t.split_whitespace().count() <= MAX_TAG_WORDS)
}

/// Drops the lines among the first and last blocks that say only one of `names` (the
/// byline, the site's name), compared in lower-case letters and digits, without "by".
pub fn drop_name_lines(blocks: &mut Vec<Block>, names: &[Option<&str>]) {
    let key = |s: &str| {
        let k: String = s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
        k.strip_prefix("by").map(str::to_string).unwrap_or(k)
    };
    let names: Vec<String> = names.iter().flatten().map(|n| key(n)).filter(|k| !k.is_empty()).collect();
    let with_text: Vec<usize> = (0..blocks.len()).filter(|&i| !blocks[i].text.is_empty()).collect();
    if names.is_empty() || with_text.len() <= 2 * STAMP_EDGE {
        return;
    }
    let edges = with_text[..STAMP_EDGE].iter().chain(&with_text[with_text.len() - STAMP_EDGE..]);
    let doomed: Vec<usize> = edges
        .copied()
        .filter(|&i| blocks[i].kind != BlockKind::Figure && names.contains(&key(&blocks[i].text)))
        .collect();
    for i in doomed.into_iter().rev() {
        blocks.remove(i);
    }
}

/// Drops the author's title line among the first blocks, if the article has a byline.
pub fn drop_author_title(blocks: &mut Vec<Block>, byline: Option<&str>) {
    if byline.is_none() {
        return;
    }
    let first: Vec<usize> =
        (0..blocks.len()).filter(|&i| !blocks[i].text.is_empty()).take(STAMP_EDGE).collect();
    if let Some(i) = first.into_iter().find(|&i| {
        matches!(blocks[i].kind, BlockKind::P | BlockKind::Li)
            && super::byline::is_author_title(&blocks[i].text)
    }) {
        blocks.remove(i);
    }
}

/// Drops the headings that close the article (never its only block).
pub fn drop_closing_headings(blocks: &mut Vec<Block>) {
    let heading = |b: &Block| matches!(b.kind, BlockKind::H2 | BlockKind::H3 | BlockKind::H4);
    while blocks.len() > 1 && blocks.last().is_some_and(heading) {
        blocks.pop();
    }
}

/// Drops the author card that closes the article, if there is one.
pub fn drop_author_card(blocks: &mut Vec<Block>, byline: Option<&str>) {
    let Some(names) = byline.and_then(Names::of) else { return };
    let start = blocks.len().saturating_sub(CARD_WINDOW).max(1);
    let card = (start..blocks.len()).find(|&i| names.card_starts(&blocks[i..]));
    if let Some(i) = card {
        blocks.truncate(i);
    }
}

/// The forms of the author's name a card uses: the full name, the first and the last word.
struct Names {
    full: String,
    first: String,
    last: String,
}

impl Names {
    /// The names of a byline that names one person ("By Zac Hall" → "Zac Hall", "Zac",
    /// "Hall"); none for several authors or a byline that is not a name.
    fn of(byline: &str) -> Option<Names> {
        let byline = byline.trim();
        let byline = byline.strip_prefix("By ").or_else(|| byline.strip_prefix("by ")).unwrap_or(byline);
        let words: Vec<&str> = byline.split_whitespace().collect();
        let is_name = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
        if words.is_empty()
            || words.len() > MAX_NAME_WORDS
            || !words.iter().all(is_name)
            || byline.contains([',', '&', '|', '@'])
        {
            return None;
        }
        Some(Names {
            full: words.join(" "),
            first: words[0].to_string(),
            last: words[words.len() - 1].to_string(),
        })
    }

    /// Whether `blocks` are an author card and nothing else.
    fn card_starts(&self, blocks: &[Block]) -> bool {
        let Some(first) = blocks.first() else { return false };
        let opens_card = if is_line(first) {
            // A name line, then a paragraph about the author (after handle or link lines).
            first.text == self.full
                && blocks[1..].iter().find(|b| !is_line(b)).is_some_and(|b| self.is_bio(b, false))
        } else {
            self.is_bio(first, true)
        };
        opens_card && blocks[1..].iter().all(|b| is_line(b) || self.is_bio(b, false))
    }

    /// A paragraph that opens with the author's name (only the full name when `full`).
    fn is_bio(&self, block: &Block, full: bool) -> bool {
        let forms: &[&str] = if full { &[&self.full] } else { &[&self.full, &self.first, &self.last] };
        block.kind == BlockKind::P
            && block.text.split_whitespace().count() >= MIN_BIO_WORDS
            && forms.iter().any(|name| opens_with(&block.text, name))
    }
}

/// A short line of a card (a name, a handle, profile links), or a picture.
fn is_line(block: &Block) -> bool {
    block.kind == BlockKind::Figure
        || block.text.split_whitespace().count() <= CARD_LINE_WORDS
        || block.links >= LINK_LINE
}

/// Whether `text` opens with `name` as a whole word ("Zac covers", "Zac's", not "Zachary").
fn opens_with(text: &str, name: &str) -> bool {
    text.strip_prefix(name).is_some_and(|rest| {
        rest.starts_with(char::is_whitespace) || rest.starts_with("'s ") || rest.starts_with("’s ")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> Block {
        Block::new(BlockKind::P, text.to_string())
    }

    fn link(text: &str) -> Block {
        let mut b = p(text);
        b.links = 1.0;
        b
    }

    fn texts(blocks: &[Block]) -> Vec<&str> {
        blocks.iter().map(|b| b.text.as_str()).collect()
    }

    #[test]
    fn timestamp_lines_at_the_edges_go_and_dates_in_the_story_stay() {
        let story = [
            "Top 10 films of 2019",
            "The festival opened on November 20, 2019 in Busan.",
            "Tickets sold out by 10:30 on the first day, organisers said.",
            "The jury meets again next year.",
            "Screenings run until Sunday.",
            "Prizes are announced on the last day.",
        ];
        for stamp in [
            "18 NOV 2019",
            "November 20, 2019 - 11:28 AMT",
            "19.11.2019, 08:57",
            "sexta-feira, 22 de janeiro de 2018 às 0:13",
        ] {
            let mut blocks = vec![p(stamp)];
            blocks.extend(story.iter().map(|t| p(t)));
            blocks.push(p("First Published: Tuesday, November 19, 2019 08:38 AM"));
            drop_timestamps(&mut blocks);
            assert_eq!(texts(&blocks), story, "{stamp}");
        }
        for kept in ["Tuesday 15 October 2019 by Bradley M. Kuhn", "TNW中文站2016年10月14日07:17"] {
            let mut blocks = vec![p(kept)];
            blocks.extend(story.iter().map(|t| p(t)));
            drop_timestamps(&mut blocks);
            assert_eq!(blocks.len(), story.len() + 1, "{kept}");
        }
    }

    #[test]
    fn a_closing_tag_list_goes_with_its_label() {
        let story =
            ["The budget passed on Thursday.", "Spending starts next month.", "Economists expect growth."];
        let mut blocks: Vec<Block> = story.iter().map(|t| p(t)).collect();
        blocks.push(p("Tags"));
        blocks.push(link("budget, National Assembly, supplementary budget, economy"));
        drop_tag_lists(&mut blocks);
        assert_eq!(texts(&blocks), story);
        // A sentence with commas, or a line of two links, is no tag list.
        let mut blocks: Vec<Block> = story.iter().map(|t| p(t)).collect();
        blocks.push(p("Farmers, shop owners, and drivers will get the money first."));
        blocks.push(link("Kim Min-ji, Lee Jae-won"));
        drop_tag_lists(&mut blocks);
        assert_eq!(blocks.len(), story.len() + 2);
    }

    #[test]
    fn a_card_with_name_line_handle_and_bio_goes() {
        let mut blocks = vec![
            p("The deal ends on Friday."),
            p("Prices may change at any time."),
            Block::new(BlockKind::H3, "Zac Hall".into()),
            link("@apollozac"),
            p("Zac covers Apple news and hosts the weekly Happy Hour podcast."),
        ];
        drop_author_card(&mut blocks, Some("Zac Hall"));
        assert_eq!(texts(&blocks), ["The deal ends on Friday.", "Prices may change at any time."]);
    }

    #[test]
    fn a_closing_paragraph_on_the_author_by_full_name_goes() {
        let mut blocks =
            vec![p("Sales rose 4%."), p("Eric Song is the site's deal curator and writes about games.")];
        drop_author_card(&mut blocks, Some("By Eric Song"));
        assert_eq!(texts(&blocks), ["Sales rose 4%."]);
    }

    #[test]
    fn the_story_about_someone_sharing_a_name_with_the_author_stays() {
        // Only the surname opens the last paragraph, with no name line: that is the story.
        let mut blocks = vec![p("The minister spoke first."), p("Kim said the budget would pass next week.")];
        drop_author_card(&mut blocks, Some("Kim Min-ji"));
        assert_eq!(blocks.len(), 2);
        // A card must be the very end: a paragraph on the author followed by story stays.
        let mut blocks = vec![
            p("The minister spoke first."),
            p("Kim Min-ji is at the press room, where she asked the question."),
            p("The minister answered that the budget would pass next week."),
        ];
        drop_author_card(&mut blocks, Some("Kim Min-ji"));
        assert_eq!(blocks.len(), 3);
        // Several authors: no card is sought.
        let mut blocks = vec![p("Sales rose."), p("Kim Min-ji covers finance for the paper.")];
        drop_author_card(&mut blocks, Some("Kim Min-ji, Lee Jae-won"));
        assert_eq!(blocks.len(), 2);
    }
}
