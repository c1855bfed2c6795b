//! Small readings of the parsed page that every part of extraction needs: an element's text
//! with its white space collapsed, and the descendants that match a selector.

use dom_query::{NodeRef, Selection};

/// Appends text with runs of white space (including no-break spaces) collapsed to one space.
pub fn push_text(buffer: &mut String, text: &str) {
    for c in text.chars() {
        if c.is_whitespace() || c == '\u{a0}' || c == '\u{200b}' {
            if !buffer.is_empty() && !buffer.ends_with(' ') {
                buffer.push(' ');
            }
        } else {
            buffer.push(c);
        }
    }
}

/// The text with runs of white space collapsed to one space, and none at either end.
pub fn collapsed(text: &str) -> String {
    let mut out = String::new();
    push_text(&mut out, text);
    out.trim().to_string()
}

/// The descendants of `node` that match a CSS selector.
pub fn within<'a>(node: &NodeRef<'a>, css: &str) -> Selection<'a> {
    Selection::from(*node).select(css)
}
