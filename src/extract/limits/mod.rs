//! Limits on what a page may cost, applied to the raw HTML before any parser sees it.
//!
//! Three things in markup make parsing or later work grow faster than the page:
//!
//! - **Nesting.** The tree builder's scope checks scan the stack of open elements and
//!   Readability's scoring walks ancestors, so both cost time proportional to the depth for
//!   every element: 30,000 nested `<div>`s take minutes. Start tags that would open an
//!   element deeper than [`MAX_DEPTH`] are dropped (with as many end tags after them); the
//!   text stays. Whether a tag nests is decided by `tree`, a model of the parser's stack of
//!   open elements, on tags found by `tokens`, a model of its tokenizer: a guard that reads
//!   markup differently from the parser can be walked around (a comment closed by `<!-->`,
//!   an apostrophe in an unquoted value, tags hidden in what it wrongly takes for a script).
//! - **Attributes.** The tokenizer checks every attribute against the element's earlier ones
//!   for duplicates, so 100,000 attributes on one element take seconds. Attributes past
//!   [`MAX_ATTRS`] on an element are dropped.
//! - **Characters the serializer escapes.** html5ever's serializer, which the engine runs on
//!   the article, searches the rest of a text for `<` and `>` again after each `&` or
//!   U+0080–U+00BF character, so a text of half a million `&amp;` takes seconds. A long text
//!   run dense in them is split into pieces by empty comments (the text is unchanged), and an
//!   attribute value dense in them is dropped.
//!
//! Ordinary pages need none of this and pass through untouched (and unallocated).

mod tokens;
mod tree;

use std::borrow::Cow;

use tokens::{Scanner, Token};
use tree::{Effect, Stack};

/// Deeper than this, start tags are dropped (their text is kept).
pub const MAX_DEPTH: usize = 400;
/// Attributes an element keeps.
pub const MAX_ATTRS: usize = 64;
/// The most escaping work (escapable characters × length) one piece of text may cost.
const TEXT_PIECE_COST: usize = 1 << 16;
/// The most escaping work one attribute value may cost.
const ATTR_VALUE_COST: usize = 1 << 20;
/// What splits a text node in two without changing its text.
const SPLIT: &str = "<!---->";

/// A change to the input: bytes `start..end` replaced by `insert`.
struct Edit {
    start: usize,
    end: usize,
    insert: &'static str,
}

/// A page brought within the limits, and what the scan counted on the way.
pub struct Limited<'a> {
    /// The page itself when it is within the limits, else a copy brought within them.
    pub html: Cow<'a, str>,
    /// Start tags outside raw text: at least as many as the elements they make, but for
    /// the few the parser ignores (a second `<body>`, a row outside a table, a template's
    /// content). Tells a page too big to parse before the parser spends seconds and
    /// gigabytes on it.
    pub start_tags: usize,
}

/// Brings `html` within the limits.
pub fn limit(html: &str) -> Limited<'_> {
    let (edits, start_tags) = edits(html);
    Limited { html: apply(html, edits), start_tags }
}

/// The page with `edits` made.
fn apply(html: &str, edits: Vec<Edit>) -> Cow<'_, str> {
    if edits.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len() + 16);
    let mut copied = 0;
    for e in edits {
        out.push_str(&html[copied..e.start]);
        out.push_str(e.insert);
        copied = e.end;
    }
    out.push_str(&html[copied..]);
    Cow::Owned(out)
}

/// The edits that bring `html` within the limits, in order and not overlapping, and the
/// number of start tags.
fn edits(html: &str) -> (Vec<Edit>, usize) {
    let mut edits = Vec::new();
    let mut start_tags = 0usize;
    let mut stack = Stack::default();
    let mut scanner = Scanner::new(html);
    // Start tags dropped whose end tags have not been seen yet.
    let mut excess = 0usize;
    // The raw-text element just opened: its end tag is always kept.
    let mut raw_open: Option<String> = None;
    while let Some(token) = scanner.next() {
        match token {
            Token::Text { start, end } => split_text(html, start, end, &mut edits),
            Token::Start { start, end, name, self_closing } => {
                start_tags += 1;
                let (opens, raw) = match stack.start_effect(&name, self_closing) {
                    Effect::Opens { raw } => (true, raw),
                    Effect::Nothing { raw } => (false, raw),
                };
                // A raw-text element holds no elements: it is never dropped, or its text
                // would become markup.
                if opens && !raw && stack.depth() >= MAX_DEPTH {
                    edits.push(Edit { start, end, insert: "" });
                    excess += 1;
                    continue;
                }
                limit_attributes(html, &scanner.attrs, &mut edits);
                if opens {
                    stack.open(&name);
                }
                if raw {
                    scanner.skip_raw_text(&name);
                    raw_open = Some(name);
                }
            }
            Token::End { start, end, name } => {
                if raw_open.take().is_some_and(|r| r == name) || excess == 0 {
                    stack.close(&name);
                } else {
                    edits.push(Edit { start, end, insert: "" });
                    excess -= 1;
                }
            }
        }
    }
    (edits, start_tags)
}

/// Characters html5ever's serializer stops at in text: `&` and the lead byte of
/// U+0080–U+00BF (no-break space and Latin-1 punctuation).
fn is_escapable(b: u8) -> bool {
    b == b'&' || b == 0xC2
}

/// Drops attributes past [`MAX_ATTRS`] and values whose escaping would cost too much.
fn limit_attributes(html: &str, attrs: &[tokens::Attr], edits: &mut Vec<Edit>) {
    let bytes = html.as_bytes();
    for a in attrs.iter().take(MAX_ATTRS) {
        let value = &bytes[a.value.0..a.value.1];
        let escapable = value.iter().filter(|&&b| is_escapable(b)).count();
        if escapable.saturating_mul(value.len()) > ATTR_VALUE_COST {
            edits.push(Edit { start: a.start, end: a.end, insert: "" });
        }
    }
    if let (Some(first), Some(last)) = (attrs.get(MAX_ATTRS), attrs.last()) {
        edits.push(Edit { start: first.start, end: last.end, insert: "" });
    }
}

/// Splits a text run dense in escapable characters into pieces that each cost at most
/// [`TEXT_PIECE_COST`] to serialize, never inside a character reference (`&amp;`) or a
/// UTF-8 sequence.
fn split_text(html: &str, start: usize, end: usize, edits: &mut Vec<Edit>) {
    let bytes = &html.as_bytes()[start..end];
    let escapable = bytes.iter().filter(|&&b| is_escapable(b)).count();
    if escapable.saturating_mul(bytes.len()) <= TEXT_PIECE_COST {
        return;
    }
    let (mut piece_start, mut piece_escapable, mut in_reference) = (0, 0usize, false);
    for (i, &b) in bytes.iter().enumerate() {
        let char_start = b & 0xC0 != 0x80;
        let safe = char_start && (!in_reference || b == b'&');
        if safe && piece_escapable.saturating_mul(i - piece_start) >= TEXT_PIECE_COST {
            edits.push(Edit { start: start + i, end: start + i, insert: SPLIT });
            (piece_start, piece_escapable) = (i, 0);
        }
        if is_escapable(b) {
            piece_escapable += 1;
        }
        in_reference = b == b'&' || in_reference && (b.is_ascii_alphanumeric() || b == b'#');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The deepest nesting the model sees in `html`.
    fn max_depth(html: &str) -> usize {
        let mut stack = Stack::default();
        let mut scanner = Scanner::new(html);
        let mut max = 0;
        while let Some(token) = scanner.next() {
            match token {
                Token::Start { name, self_closing, .. } => {
                    if let Effect::Opens { raw } = stack.start_effect(&name, self_closing) {
                        stack.open(&name);
                        if raw {
                            scanner.skip_raw_text(&name);
                        }
                    }
                }
                Token::End { name, .. } => stack.close(&name),
                Token::Text { .. } => {}
            }
            max = max.max(stack.depth());
        }
        max
    }

    #[test]
    fn ordinary_pages_pass_untouched() {
        let page = "<html><body><div><p>One<p>Two &amp; three<ul><li>a<li>b</ul><script>if (a<b) {}</script>\
                    <svg><path d='M0'/><path/></svg></div></body></html>";
        assert!(matches!(limit(page).html, Cow::Borrowed(_)));
    }

    #[test]
    fn deep_nesting_is_flattened_and_keeps_its_text() {
        let n = MAX_DEPTH * 3;
        for open in ["<div>", "<div/>", "<li><dd>", "<span><div></span>"] {
            let page = format!("<body>{}deep text{}</body>", open.repeat(n), "</div>".repeat(n));
            let flat = limit(&page).html;
            assert!(flat.contains("deep text"));
            assert!(max_depth(&flat) <= MAX_DEPTH + 1, "{open}: {}", max_depth(&flat));
        }
    }

    #[test]
    fn tricks_that_hide_tags_from_a_naive_scan_do_not_hide_them_here() {
        let n = MAX_DEPTH * 2;
        let deep = "<div>".repeat(n);
        for trick in
            ["<!-->", "<!--->", "<!-- a --!>", "<div title=it's>", "<textarea>a</textarea>", "<script-x>"]
        {
            assert!(max_depth(&format!("{trick}{deep}")) > MAX_DEPTH, "{trick}");
            assert!(max_depth(&limit(&format!("{trick}{deep}")).html) <= MAX_DEPTH + 1, "{trick}");
        }
    }

    #[test]
    fn raw_text_is_raw_only_where_the_parser_says() {
        assert_eq!(max_depth("<div><script><div><div></script>"), 2);
        assert_eq!(max_depth("<svg><style><g><g></style>"), 4);
        assert_eq!(max_depth("<select><style><div><div></style>"), 4);
    }

    #[test]
    fn attributes_past_the_limit_are_dropped() {
        let attrs: String = (0..MAX_ATTRS * 2).map(|i| format!(" a{i}=\"{i}\"")).collect();
        let page = format!("<div{attrs}>text</div>");
        let out = limit(&page).html;
        assert!(out.contains(" a63=\"63\"") && !out.contains("a64="), "{out}");
        assert!(out.ends_with(">text</div>"));
    }

    #[test]
    fn dense_escapes_are_split_without_changing_the_text() {
        let page = format!("<p>{}x{}</p>", "&amp;".repeat(10_000), "&nbsp;é".repeat(10_000));
        let out = limit(&page).html;
        assert!(out.contains(SPLIT));
        assert_eq!(out.replace(SPLIT, ""), page);
    }
}
