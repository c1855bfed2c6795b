//! The standfirst: the summary a page prints under its headline, before the story.
//!
//! Heuristic "standfirst": under the headline many sites print a one- or two-sentence
//! summary of the story (a standfirst, dek or summary), in its own element beside the
//! headline, apart from the story's paragraphs; the story then starts again in full. The
//! standfirst is the first element after the page's headline that holds text (looked for
//! among the headline's following siblings and those of its nearest [`MAX_LEVELS`]
//! ancestors; the page's author line and dateline may come first), when it says
//! [`MIN_WORDS`] to [`MAX_WORDS`] words and no paragraph of the story follows it as a
//! sibling (a `<p>` of [`super::story`]'s length, [`STORY_WORDS`] words; its links are not
//! known before the engine runs): a first paragraph that the story's other paragraphs
//! follow is the story's lead, not a standfirst; nor is a picture under the headline. It is marked before the engine runs and taken from the
//! article the engine chose into the metadata (`meta.standfirst`): it summarises the
//! story, it is not the story's text.

use dom_query::NodeRef;

use super::byline::author_line;
use super::dateline::dateline;
use super::dom::{collapsed, within};
use super::edges::is_stamp_shaped;
use super::story::STORY_WORDS;

/// The attribute that marks the standfirst while the engine works.
const MARK: &str = "data-lede-standfirst";
/// How far above the headline the search for the element after it goes.
const MAX_LEVELS: usize = 3;
/// A standfirst says at least `MIN_WORDS` words (a sentence) and at most `MAX_WORDS`.
const MIN_WORDS: usize = 5;
const MAX_WORDS: usize = 60;
/// An author line or dateline is at most this many characters.
const MAX_STAMP: usize = 160;

/// Marks the standfirst after `headline`, if there is one.
pub fn mark(headline: &NodeRef<'_>) {
    let mut node = *headline;
    for _ in 0..=MAX_LEVELS {
        let mut next = node.next_element_sibling();
        while let Some(sibling) = next {
            if has_text(&sibling) && !is_stamp(&sibling) {
                // A picture under the headline (the lead picture and its caption) is no summary.
                if within(&sibling, "img, picture, figure, video").is_empty() && is_standfirst(&sibling) {
                    sibling.set_attr(MARK, "");
                }
                return;
            }
            next = sibling.next_element_sibling();
        }
        let Some(parent) = node.parent().filter(|p| !p.has_name("body") && !p.has_name("article")) else {
            return;
        };
        node = parent;
    }
}

/// Removes the marked standfirst under `root`, the article's container, and gives its text.
pub fn take_marked(root: &NodeRef<'_>) -> Option<String> {
    let marked = within(root, &format!("[{MARK}]"));
    let text = marked.nodes().first().map(|n| collapsed(&n.text())).filter(|t| !t.is_empty());
    for node in marked.nodes() {
        node.remove_from_parent();
    }
    text
}

/// The page's author line or dateline, which may sit between the headline and the
/// standfirst ("By Kim Min-ji", "입력 2025.04.16 17:30", "Updated 1:39 am EST, Wednesday,
/// November 20, 2019").
fn is_stamp(node: &NodeRef<'_>) -> bool {
    let text = collapsed(&node.text());
    text.chars().count() <= MAX_STAMP
        && (dateline(&text).is_some() || author_line(&text).is_some() || is_stamp_shaped(&text))
}

fn has_text(node: &NodeRef<'_>) -> bool {
    !node.has_name("script") && !node.has_name("style") && node.text().chars().any(char::is_alphanumeric)
}

/// A short text that no paragraph of the story follows as a sibling.
fn is_standfirst(node: &NodeRef<'_>) -> bool {
    let words = collapsed(&node.text()).split_whitespace().count();
    if !(MIN_WORDS..=MAX_WORDS).contains(&words) || within(node, "p").length() > 1 {
        return false;
    }
    let mut next = node.next_element_sibling();
    while let Some(sibling) = next {
        if sibling.has_name("p") && sibling.text().split_whitespace().count() >= STORY_WORDS {
            return false;
        }
        next = sibling.next_element_sibling();
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use dom_query::Document;

    const PARA: &str = "<p>The Finance Ministry said on Friday that the supplementary budget would reach exporters first.</p>";

    fn taken(html: &str) -> (Option<String>, String) {
        let doc = Document::from(html);
        mark(&doc.select("h1").nodes()[0]);
        let body = doc.select("body").nodes()[0];
        (take_marked(&body), collapsed(&body.text()))
    }

    #[test]
    fn the_summary_beside_the_headline_is_taken_and_the_lead_and_picture_stay() {
        let dek = "<p>Exporters are paid first, officials say.</p>";
        let (found, text) =
            taken(&format!("<body><div><h1>Budget passes</h1></div>{dek}<div>{PARA}{PARA}</div></body>"));
        assert_eq!(found.as_deref(), Some("Exporters are paid first, officials say."));
        assert!(!text.contains("Exporters are paid") && text.contains("Finance Ministry"), "{text}");
        // The page's timestamp between the headline and the summary is skipped, and stays.
        let (found, text) = taken(&format!(
            "<body><div><h1>Budget passes</h1></div><div>Updated 1:39 am EST, Wednesday, November 20, 2019</div>{dek}<div>{PARA}</div></body>"
        ));
        assert_eq!(found.as_deref(), Some("Exporters are paid first, officials say."));
        assert!(text.contains("Updated 1:39 am"), "{text}");
        // Followed by the story's paragraphs: the lead.
        let (found, _) = taken(&format!("<body><h1>Budget passes</h1>{dek}{PARA}{PARA}</body>"));
        assert_eq!(found, None);
        // A picture under the headline.
        let (found, _) = taken(&format!(
            r#"<body><h1>Budget passes</h1><figure><img src="a.jpg"><figcaption>Choi speaks.</figcaption></figure><div>{PARA}</div></body>"#
        ));
        assert_eq!(found, None);
    }
}
