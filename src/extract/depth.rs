//! A guard against absurdly deep markup, applied to the raw HTML before any parser sees it.
//!
//! Both the HTML tree builder (its "element in scope" checks scan the stack of open
//! elements) and Readability's scoring (it walks ancestors) cost time proportional to the
//! nesting depth for every element, so 100,000 nested `<div>`s take minutes. No real article
//! nests deeper than a few dozen levels. One linear scan measures the nesting; only when it
//! exceeds [`MAX_DEPTH`] is the page rewritten, dropping the start and end tags beyond that
//! depth and keeping all text, so ordinary pages pass through untouched (and unallocated).
//!
//! The scan is a tokenizer in miniature: it knows comments, raw-text elements (`script`,
//! `style`, ...), void elements and the tags that HTML closes implicitly (`p`, `li`, `td`,
//! ...), which it does not count as nesting.

use std::borrow::Cow;

/// Deeper than this, tags are dropped (their text is kept).
pub const MAX_DEPTH: usize = 400;

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
    "wbr",
];
/// Elements HTML often leaves unclosed; counting them would mistake siblings for nesting.
const IMPLICITLY_CLOSED: &[&str] =
    &["p", "li", "dt", "dd", "option", "tr", "td", "th", "thead", "tbody", "tfoot"];
const RAW_TEXT: &[&str] =
    &["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"];

/// One tag found by the scan: where it sits in the input and what it does to the depth.
struct Tag {
    start: usize,
    end: usize,
    kind: TagKind,
}

#[derive(PartialEq)]
enum TagKind {
    Open,
    Close,
    Neutral,
}

/// The page itself when it nests no deeper than [`MAX_DEPTH`], else a flattened copy.
pub fn limit_nesting(html: &str) -> Cow<'_, str> {
    if max_depth(html) <= MAX_DEPTH {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut depth = 0usize;
    let mut copied = 0;
    for tag in tags(html) {
        let drop = match tag.kind {
            TagKind::Open => {
                depth += 1;
                depth > MAX_DEPTH
            }
            TagKind::Close => {
                let beyond = depth > MAX_DEPTH;
                depth = depth.saturating_sub(1);
                beyond
            }
            TagKind::Neutral => false,
        };
        if drop {
            out.push_str(&html[copied..tag.start]);
            copied = tag.end;
        }
    }
    out.push_str(&html[copied..]);
    Cow::Owned(out)
}

fn max_depth(html: &str) -> usize {
    let mut depth = 0usize;
    let mut max = 0;
    for tag in tags(html) {
        match tag.kind {
            TagKind::Open => {
                depth += 1;
                max = max.max(depth);
            }
            TagKind::Close => depth = depth.saturating_sub(1),
            TagKind::Neutral => {}
        }
    }
    max
}

/// The tags of `html` in order; comments, doctypes and raw text are skipped whole.
fn tags(html: &str) -> impl Iterator<Item = Tag> + '_ {
    let bytes = html.as_bytes();
    let mut pos = 0;
    std::iter::from_fn(move || loop {
        let lt = pos + memchr(b'<', &bytes[pos..])?;
        let rest = &bytes[lt..];
        if rest.starts_with(b"<!--") {
            pos = find(bytes, lt + 4, b"-->").map_or(bytes.len(), |i| i + 3);
            continue;
        }
        let closing = rest.get(1) == Some(&b'/');
        let name_start = lt + 1 + usize::from(closing);
        let name_len = bytes[name_start..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
        if name_len == 0 || !bytes[name_start].is_ascii_alphabetic() {
            // `<!doctype`, `<?xml`, a stray `<`: not an element.
            pos = lt + 1;
            continue;
        }
        let gt = tag_end(bytes, name_start + name_len);
        pos = gt;
        let name = html[name_start..name_start + name_len].to_ascii_lowercase();
        let self_closing = bytes[..gt].ends_with(b"/>");
        let kind =
            if VOID.contains(&name.as_str()) || IMPLICITLY_CLOSED.contains(&name.as_str()) || self_closing {
                TagKind::Neutral
            } else if closing {
                TagKind::Close
            } else {
                TagKind::Open
            };
        if !closing && RAW_TEXT.contains(&name.as_str()) {
            // Skip to the matching end tag: its content is text, not markup.
            let end_tag = format!("</{name}");
            pos = find_ignore_case(bytes, gt, end_tag.as_bytes()).unwrap_or(bytes.len());
            return Some(Tag { start: lt, end: gt, kind: TagKind::Neutral });
        }
        return Some(Tag { start: lt, end: gt, kind });
    })
}

/// Index just past the `>` that ends a tag, honouring quoted attribute values.
fn tag_end(bytes: &[u8], from: usize) -> usize {
    let mut quote = None;
    for (i, &b) in bytes.iter().enumerate().skip(from) {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if q == b => quote = None,
            (None, b'>') => return i + 1,
            _ => {}
        }
    }
    bytes.len()
}

fn memchr(needle: u8, haystack: &[u8]) -> Option<usize> {
    haystack.iter().position(|&b| b == needle)
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let mut at = from;
    loop {
        let first = at + memchr(needle[0], bytes.get(at..)?)?;
        if bytes.get(first..first + needle.len()) == Some(needle) {
            return Some(first);
        }
        at = first + 1;
    }
}

/// Where `needle` (which starts with `<`) next occurs, ignoring ASCII case: a jump from
/// `<` to `<`, so that long scripts are skipped quickly.
fn find_ignore_case(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let mut at = from;
    loop {
        let lt = at + memchr(b'<', bytes.get(at..)?)?;
        if bytes.get(lt..lt + needle.len()).is_some_and(|w| w.eq_ignore_ascii_case(needle)) {
            return Some(lt);
        }
        at = lt + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_pages_pass_untouched() {
        let page = "<html><body><div><p>One<p>Two<ul><li>a<li>b</ul><script>if (a<b) {}</script></div></body></html>";
        assert!(matches!(limit_nesting(page), Cow::Borrowed(_)));
    }

    #[test]
    fn deep_nesting_is_flattened_and_keeps_its_text() {
        let n = MAX_DEPTH * 3;
        let page = format!("<body>{}deep text{}</body>", "<div>".repeat(n), "</div>".repeat(n));
        let flat = limit_nesting(&page);
        assert!(flat.contains("deep text"));
        assert_eq!(max_depth(&flat), MAX_DEPTH);
    }

    #[test]
    fn quotes_and_comments_do_not_confuse_the_scan() {
        let page = r#"<div title="a > b"><!-- <div><div> --><span>x</span></div>"#;
        assert_eq!(max_depth(page), 2);
    }
}
