//! Other stories: the `<article>` elements beside the one the page is about.
//!
//! Heuristic "other stories": a page marks each story it shows as an `<article>` (HTML's
//! element for a self-contained composition), and many pages follow their story with
//! cards of others: "You may like", teasers of the front page, the previous and next
//! posts. When the engine's chosen container takes these in, the story is the `<article>`
//! that holds the page's headline (a heading that says what the page's title says, the
//! title perhaps carrying the site's name), and every other `<article>` in the container
//! that is neither inside it nor around it is another story and goes. Nothing goes when no
//! `<article>` holds the headline (a live blog's entries, a page without the element), or
//! when the one that does holds next to no prose (a header box, not the story).
//!
//! The headline is found before the engine runs, because the engine removes the heading
//! that repeats the title; the story is marked with an attribute the engine keeps.

use std::collections::HashSet;

use dom_query::{Document, NodeRef};

use super::dom::{collapsed, within};
use super::metadata::split_title;

/// The attribute that marks the story's `<article>` while the engine works.
const MARK: &str = "data-lede-story";
/// The story's paragraphs hold at least this many words: prose, not a header.
const PROSE_WORDS: usize = 50;
/// A headline has at least this many letters and digits.
const MIN_HEADLINE: usize = 10;

/// Marks the `<article>` around the page's headline, if a heading says what one of
/// `titles` (the `<title>`, `og:title`, ...) says.
pub fn mark(doc: &Document, titles: &[String]) {
    let headlines: Vec<String> = titles.iter().flat_map(|t| headlines(t)).collect();
    if headlines.is_empty() {
        return;
    }
    let headings = doc.select("h1, h2, [itemprop~=headline]");
    let headline = headings.nodes().iter().find(|h| headlines.contains(&key(&h.text())));
    if let Some(h) = headline {
        super::standfirst::mark(h);
    }
    let story = headline.and_then(|h| h.ancestors_it(None).find(|a| a.has_name("article")));
    if let Some(story) = story {
        story.set_attr(MARK, "");
    }
}

/// Inside the chosen container `root`: removes the `<article>` elements that are other
/// stories than the marked one.
pub fn drop_others(root: &NodeRef<'_>) {
    let articles = within(root, "article").nodes().to_vec();
    let Some(story) = articles.iter().find(|a| a.has_attr(MARK)).copied() else { return };
    let words: usize = within(&story, "p").nodes().iter().map(|p| p.text().split_whitespace().count()).sum();
    let prose = words >= PROSE_WORDS;
    if !prose {
        return;
    }
    let related = |a: &NodeRef<'_>, b: &NodeRef<'_>| a.ancestors_it(None).any(|x| x.id == b.id);
    let others: Vec<NodeRef<'_>> = articles
        .iter()
        .filter(|a| a.id != story.id && !related(a, &story) && !related(&story, a))
        .copied()
        .collect();
    // Only the outermost go (the inner ones go with them): one walk up from each, against
    // a set, so that a page of many cards costs time in proportion to its size.
    let ids: HashSet<_> = others.iter().map(|o| o.id).collect();
    for other in &others {
        if !other.ancestors_it(None).any(|x| ids.contains(&x.id)) {
            other.remove_from_parent();
        }
    }
}

/// What a title may say as a headline, compared by [`key`]: the whole title and each run
/// of its parts between separators ("Budget passes | Politics | Daily Ledger" gives
/// "Budget passes", "Budget passes | Politics", ...), the site's name perhaps among them.
fn headlines(title: &str) -> Vec<String> {
    let parts = split_title(title);
    let mut out = Vec::new();
    for from in 0..parts.len() {
        for to in from + 1..=parts.len() {
            let run: String = parts[from..to].iter().map(|(sep, p)| format!("{sep}{p}")).collect();
            out.push(key(&run));
        }
    }
    out.retain(|h| h.len() >= MIN_HEADLINE);
    out
}

/// Lower-case letters and digits only: how a heading and a title are compared.
fn key(s: &str) -> String {
    collapsed(s).chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body_text(html: &str, titles: &[&str]) -> String {
        let doc = Document::from(html);
        mark(&doc, &titles.iter().map(|t| t.to_string()).collect::<Vec<_>>());
        drop_others(&doc.select("body").nodes()[0]);
        collapsed(&doc.select("body").text())
    }

    const STORY: &str = "The Finance Ministry said on Friday that the supplementary budget of 12 trillion won \
                         would reach exporters hit by tariffs before the end of the second quarter, and that \
                         farmers would be paid first. Opposition lawmakers said the budget was too small, but \
                         agreed to pass it so that payments could begin next month.";

    #[test]
    fn cards_of_other_stories_after_the_story_go() {
        let html = format!(
            r#"<body><div id="main"><article><h1>Cabinet approves extra budget</h1><p>{STORY}</p></article>
            <section><h3>You may like</h3><article><h2><a href="/b">Exports rise again</a></h2><p>Shipments grew for a third month.</p></article>
            <article><p>Rain is expected across the south on Sunday.</p></article></section></div></body>"#
        );
        let text = body_text(&html, &["Cabinet approves extra budget - Daily Ledger"]);
        assert!(text.contains("supplementary budget"), "{text}");
        assert!(!text.contains("Exports rise") && !text.contains("Rain is expected"), "{text}");
    }

    #[test]
    fn a_card_inside_another_card_goes_with_it() {
        let html = format!(
            r#"<body><article><h1>Cabinet approves extra budget</h1><p>{STORY}</p></article>
            <article><h2>More news</h2><article><p>Exports rise again.</p></article><p>Rain on Sunday.</p></article></body>"#
        );
        let text = body_text(&html, &["Cabinet approves extra budget"]);
        assert!(text.contains("supplementary budget"), "{text}");
        assert!(!text.contains("Exports rise") && !text.contains("Rain on Sunday"), "{text}");
    }

    #[test]
    fn entries_of_a_live_page_and_headers_without_prose_stay() {
        // The headline is outside every <article>: a live page's entries are all the story.
        let html = format!(
            r#"<body><h1>Budget vote: live updates</h1><article><p>{STORY}</p></article><article><p>The vote passed.</p></article></body>"#
        );
        let text = body_text(&html, &["Budget vote: live updates"]);
        assert!(text.contains("supplementary budget") && text.contains("The vote passed."), "{text}");
        // The <article> around the headline holds no prose: it is a header, not the story.
        let html = format!(
            r#"<body><article><h1>Cabinet approves extra budget</h1><p>By Kim Min-ji</p></article><article><p>{STORY}</p></article></body>"#
        );
        let text = body_text(&html, &["Cabinet approves extra budget"]);
        assert!(text.contains("supplementary budget"), "{text}");
    }
}
