//! Sign-up and comment boxes: the words around a form that asks for the reader's e-mail.
//!
//! Heuristic "sign-up box": a form with a field for an e-mail address (an `<input>` of type
//! `email`, or one whose name, id or placeholder says "email") signs the reader up for a
//! newsletter, an account or an alert, or takes a comment; the box around it holds the
//! form and a few words that invite the reader ("Let our news meet your inbox", "Leave a
//! reply"), none of them the story's. The box is the largest of the form's nearest
//! [`MAX_LEVELS`] ancestors whose text outside the form stays under [`MAX_BOX_TEXT`]
//! characters, so that a story that happens to hold a form never goes with it; a form that
//! itself holds more than that (a page wrapped whole in one form) is no sign-up form. The
//! text is counted only up to what matters, and at most [`MAX_FORMS`] forms are looked at,
//! so that no page costs more than its size. The engine
//! drops forms, but not always the words beside them; so the boxes are marked before it
//! runs, and the marked boxes inside the article it chose are removed after.

use dom_query::{Document, NodeRef};

use super::dom::within;

/// The attribute that marks a sign-up box while the engine works.
const MARK: &str = "data-lede-signup";
/// How far above its form a box may start.
const MAX_LEVELS: usize = 3;
/// A box says at most this many characters besides its form.
const MAX_BOX_TEXT: usize = 300;
/// At most this many forms are looked at; a page of more is no article with a few boxes.
const MAX_FORMS: usize = 64;
/// A box of at most `MAX_BOX_TEXT` characters has fewer elements than this.
const MAX_BOX_NODES: usize = 1000;
/// Elements that are never a box: the page's structure.
const STRUCTURE: &[&str] = &["html", "body", "main", "article"];

/// Marks the box around each form that asks for an e-mail address.
pub fn mark(doc: &Document) {
    for form in doc.select("form").nodes().iter().take(MAX_FORMS) {
        let Some(form_chars) = chars_up_to(form, MAX_BOX_TEXT).filter(|_| asks_for_email(form)) else {
            continue;
        };
        let mut chosen = *form;
        for ancestor in form.ancestors_it(Some(MAX_LEVELS)) {
            let name = ancestor.node_name().map(|n| n.to_ascii_lowercase()).unwrap_or_default();
            if STRUCTURE.contains(&name.as_str())
                || chars_up_to(&ancestor, form_chars + MAX_BOX_TEXT).is_none()
            {
                break;
            }
            chosen = ancestor;
        }
        chosen.set_attr(MARK, "");
    }
}

/// Removes the marked boxes under `root`, the article's container.
pub fn drop_marked(root: &NodeRef<'_>) {
    for node in within(root, &format!("[{MARK}]")).nodes() {
        node.remove_from_parent();
    }
}

/// Whether a form has a field for an e-mail address.
fn asks_for_email(form: &NodeRef<'_>) -> bool {
    within(form, "input").nodes().iter().any(|input| {
        let kind = input.attr("type").unwrap_or_default();
        let names =
            ["name", "id", "placeholder"].map(|a| input.attr(a).unwrap_or_default().to_ascii_lowercase());
        kind.eq_ignore_ascii_case("email")
            || names.iter().any(|n| n.contains("email") || n.contains("e-mail"))
    })
}

/// The characters of an element's text (white space aside), if there are at most `limit`
/// of them in at most [`MAX_BOX_NODES`] nodes; the walk stops as soon as either is passed.
fn chars_up_to(node: &NodeRef<'_>, limit: usize) -> Option<usize> {
    let mut count = 0;
    let mut stack: Vec<NodeRef<'_>> = node.children_it(false).collect();
    for _ in 0..MAX_BOX_NODES {
        let Some(next) = stack.pop() else { return Some(count) };
        if next.is_text() {
            count += next.text().chars().filter(|c| !c.is_whitespace()).count();
            if count > limit {
                return None;
            }
        } else {
            stack.extend(next.children_it(false));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    use super::super::dom::collapsed;

    fn cleaned(html: &str) -> String {
        let doc = Document::from(html);
        mark(&doc);
        drop_marked(&doc.select("body").nodes()[0]);
        collapsed(&doc.select("body").text())
    }

    #[test]
    fn the_box_around_an_email_form_goes_and_the_story_stays() {
        let story = "<p>The Finance Ministry said on Friday that the supplementary budget would reach exporters hit by tariffs before the end of the quarter.</p>".repeat(4);
        let text = cleaned(&format!(
            r#"<body><div id="story">{story}<div id="emailSignup"><h4>Morning Brief</h4><div>Let our news meet your inbox.</div>
            <form><input name="emailAddress" placeholder="Your Email Address"><button>Sign up</button></form></div></div></body>"#
        ));
        assert!(!text.contains("meet your inbox") && !text.contains("Morning Brief"), "{text}");
        assert!(text.contains("supplementary budget"), "{text}");
    }

    #[test]
    fn a_page_wrapped_in_one_form_is_no_sign_up_box() {
        let story = "<p>The Finance Ministry said on Friday that the supplementary budget would reach exporters hit by tariffs before the end of the quarter.</p>".repeat(4);
        let text = cleaned(&format!(
            r#"<body><form id="page"><div id="story">{story}</div><div>Newsletter <input type="email"></div></form></body>"#
        ));
        assert!(text.contains("supplementary budget"), "{text}");
    }

    #[test]
    fn a_form_without_an_email_field_is_left_alone() {
        let text = cleaned(
            r#"<body><div><p>Search the budget tables below.</p><form><input type="search" name="q"></form></div></body>"#,
        );
        assert!(text.contains("Search the budget tables"), "{text}");
    }
}
