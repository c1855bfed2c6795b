//! The HTML tree builder's stack of open elements, in miniature, to know how deep each tag
//! would sit.
//!
//! It follows the rules that decide nesting closely enough that the depth it reports is
//! never lower than the parser's (where it is unsure, it keeps an element open rather than
//! closing it):
//!
//! - void elements never open; `/>` closes only inside SVG and MathML (`<div/>` opens a div);
//! - an end tag closes the nearest open element of its name unless an element that stops it
//!   comes first (a scope boundary for block end tags, any "special" element for `</span>`,
//!   `</b>`, ...); an end tag that closes nothing is ignored, never counted;
//! - `<p>`, `<li>`, `<dd>`, `<dt>`, `<option>`, table rows and cells close their open
//!   predecessor as the standard says, and a row or cell outside a table is ignored;
//! - a formatting element (`b`, `i`, `a`, ...) closed by another element's end stays open,
//!   because the parser reopens it at the next text: `<p><b></p>t` repeated nests deeper
//!   each time;
//! - raw text (`script`, `style`, `title`, `textarea`, ...) is raw only in HTML content,
//!   never inside SVG or MathML, and in a `select` only `script` and `textarea` are; and
//!   inside `annotation-xml` or a `font` in foreign content, where the parser's choice
//!   depends on attributes, neither raw text nor `/>` is believed.

/// Where an element's children are parsed: as HTML, as SVG/MathML, or not known for sure.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Space {
    Html,
    Foreign,
    Unsure,
}

struct Open {
    name: String,
    /// How its children are parsed.
    space: Space,
    /// Whether it is itself an SVG or MathML element (or may be).
    foreign: bool,
}

/// What a start tag does, as the model sees it.
pub enum Effect {
    /// It opens an element (its content raw text if `raw`).
    Opens { raw: bool },
    /// It opens nothing (void, self-closed in foreign content, or ignored).
    Nothing { raw: bool },
}

const VOID: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "image", "input",
    "keygen", "link", "meta", "param", "source", "track", "wbr",
];
const RAW_TEXT: &[&str] =
    &["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"];
/// Start tags that leave SVG/MathML content (`font` only with some attributes: unsure).
const BREAKOUT: &[&str] = &[
    "b",
    "big",
    "blockquote",
    "body",
    "br",
    "center",
    "code",
    "dd",
    "div",
    "dl",
    "dt",
    "em",
    "embed",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "hr",
    "i",
    "img",
    "li",
    "listing",
    "menu",
    "meta",
    "nobr",
    "ol",
    "p",
    "pre",
    "ruby",
    "s",
    "small",
    "span",
    "strong",
    "strike",
    "sub",
    "sup",
    "table",
    "tt",
    "u",
    "ul",
    "var",
];
/// Foreign elements whose children are HTML (integration points).
const INTEGRATION: &[&str] = &["foreignobject", "desc", "title", "mi", "mo", "mn", "ms", "mtext"];
/// Elements that bound "has an element in scope".
const SCOPE: &[&str] = &["applet", "caption", "html", "table", "td", "th", "marquee", "object", "template"];
/// The standard's "special" elements: they stop `</span>`-like end tags and `<li>`'s search.
const SPECIAL: &[&str] = &[
    "address",
    "applet",
    "area",
    "article",
    "aside",
    "base",
    "basefont",
    "bgsound",
    "blockquote",
    "body",
    "br",
    "button",
    "caption",
    "center",
    "col",
    "colgroup",
    "dd",
    "details",
    "dir",
    "div",
    "dl",
    "dt",
    "embed",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "frame",
    "frameset",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hgroup",
    "hr",
    "html",
    "iframe",
    "img",
    "input",
    "keygen",
    "li",
    "link",
    "listing",
    "main",
    "marquee",
    "menu",
    "meta",
    "nav",
    "noembed",
    "noframes",
    "noscript",
    "object",
    "ol",
    "p",
    "param",
    "plaintext",
    "pre",
    "script",
    "search",
    "section",
    "select",
    "source",
    "style",
    "summary",
    "table",
    "tbody",
    "td",
    "template",
    "textarea",
    "tfoot",
    "th",
    "thead",
    "title",
    "tr",
    "track",
    "ul",
    "wbr",
    "xmp",
];
/// End tags that close their element when it is in scope (not stopped by special elements).
const SCOPED_END: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "button",
    "center",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "header",
    "hgroup",
    "listing",
    "main",
    "menu",
    "nav",
    "ol",
    "pre",
    "search",
    "section",
    "summary",
    "ul",
    "form",
    "li",
    "dd",
    "dt",
    "p",
    "applet",
    "marquee",
    "object",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "td",
    "th",
    "caption",
    "select",
    "template",
    "body",
    "html",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
];
/// Start tags that close an open `p` in button scope.
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "header",
    "hgroup",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "search",
    "section",
    "summary",
    "ul",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "listing",
    "form",
    "li",
    "dd",
    "dt",
    "plaintext",
    "xmp",
];
/// Formatting elements: closed by another element's end, the parser reopens them.
const FORMATTING: &[&str] =
    &["a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"];
/// Elements that bound the reopening of formatting elements.
const MARKERS: &[&str] = &["applet", "caption", "marquee", "object", "template", "td", "th"];
const TABLE_PARTS: &[&str] = &["caption", "col", "colgroup", "tbody", "td", "tfoot", "th", "thead", "tr"];

fn is_heading(name: &str) -> bool {
    matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// The stack of open elements.
#[derive(Default)]
pub struct Stack {
    open: Vec<Open>,
}

impl Stack {
    pub fn depth(&self) -> usize {
        self.open.len()
    }

    /// How children of the current element are parsed.
    fn space(&self) -> Space {
        self.open.last().map_or(Space::Html, |o| o.space)
    }

    fn contains(&self, name: &str) -> bool {
        self.open.iter().any(|o| o.name == name)
    }

    /// Index of the nearest open element for which `hit` holds, searching down from the top
    /// and giving up at the first element for which `stop` holds.
    fn find(&self, hit: impl Fn(&str) -> bool, stop: impl Fn(&str) -> bool) -> Option<usize> {
        for (i, o) in self.open.iter().enumerate().rev() {
            if hit(&o.name) {
                return Some(i);
            }
            if stop(&o.name) || o.foreign && INTEGRATION.contains(&o.name.as_str()) {
                return None;
            }
        }
        None
    }

    /// Closes the element at `i` and everything above it. Formatting elements closed this
    /// way, not by their own end tag, stay active: the parser opens them again at the next
    /// text ("reconstructs" them), so they are kept open here (unless a table cell, caption
    /// or other marker between closes with them).
    fn close_from(&mut self, i: Option<usize>) {
        let Some(i) = i else { return };
        let mut removed = self.open.split_off(i).into_iter().skip(1);
        let active: Vec<Open> = removed
            .by_ref()
            .take_while(|o| !MARKERS.contains(&o.name.as_str()))
            .filter(|o| o.space == Space::Html && FORMATTING.contains(&o.name.as_str()))
            .collect();
        self.open.extend(active);
    }

    fn push(&mut self, name: &str, space: Space) {
        let foreign = self.space() != Space::Html || matches!(name, "svg" | "math");
        self.open.push(Open { name: name.to_string(), space, foreign });
    }

    /// What a start tag would do, without doing it.
    pub fn start_effect(&self, name: &str, self_closing: bool) -> Effect {
        let space = self.space();
        let foreign = space == Space::Foreign && !BREAKOUT.contains(&name);
        let html = space == Space::Html || space == Space::Foreign && BREAKOUT.contains(&name);
        let raw = html
            && RAW_TEXT.contains(&name)
            && (!self.contains("select") || matches!(name, "script" | "textarea"));
        if VOID.contains(&name) && html
            || foreign && self_closing
            || html && TABLE_PARTS.contains(&name) && !self.contains("table")
        {
            return Effect::Nothing { raw: false };
        }
        Effect::Opens { raw }
    }

    /// Applies a start tag that opens an element.
    pub fn open(&mut self, name: &str) {
        let mut space = self.space();
        if space == Space::Foreign && BREAKOUT.contains(&name) {
            while self.space() == Space::Foreign {
                self.open.pop();
            }
            space = self.space();
        }
        if space == Space::Html {
            self.implied_closes(name);
        }
        let child_space = match (space, name) {
            (Space::Html, "svg" | "math") => Space::Foreign,
            (Space::Html, _) => Space::Html,
            (_, "annotation-xml" | "font") => Space::Unsure,
            (Space::Foreign, n) if INTEGRATION.contains(&n) => Space::Html,
            (s, _) => s,
        };
        self.push(name, child_space);
    }

    /// The elements a start tag closes before it opens (HTML content only).
    fn implied_closes(&mut self, name: &str) {
        let in_table = |n: &str| matches!(n, "table" | "html" | "template");
        match name {
            "li" => self.close_from(self.find(|n| n == "li", is_li_stop)),
            "dd" | "dt" => self.close_from(self.find(|n| n == "dd" || n == "dt", is_li_stop)),
            "option" | "optgroup" if self.open.last().is_some_and(|o| o.name == "option") => {
                self.open.pop();
            }
            "a" | "nobr" => self.close_from(self.find(|n| n == name, |n| SPECIAL.contains(&n))),
            "td" | "th" => {
                self.close_from(self.find(|n| n == "td" || n == "th", in_table));
                if self.open.last().is_none_or(|o| o.name != "tr") {
                    self.close_from(self.find(|n| n == "tbody" || n == "thead" || n == "tfoot", in_table));
                    self.row_context();
                    self.push("tr", Space::Html);
                }
            }
            "tr" => {
                self.close_from(self.find(|n| n == "tr", in_table));
                self.row_context();
            }
            "tbody" | "thead" | "tfoot" => {
                self.close_from(self.find(|n| matches!(n, "tbody" | "thead" | "tfoot"), in_table))
            }
            _ => {}
        }
        if CLOSES_P.contains(&name) {
            self.close_from(self.find(|n| n == "p", |n| SCOPE.contains(&n) || n == "button"));
        }
        if is_heading(name) && self.open.last().is_some_and(|o| is_heading(&o.name)) {
            self.open.pop();
        }
    }

    /// A row directly in a table gets the table body the parser adds.
    fn row_context(&mut self) {
        if self.open.last().is_some_and(|o| o.name == "table") {
            self.push("tbody", Space::Html);
        }
    }

    /// Applies an end tag.
    pub fn close(&mut self, name: &str) {
        let found = if self.space() != Space::Html {
            self.find(|n| n == name, |_| false)
        } else if is_heading(name) {
            self.find(is_heading, |n| SCOPE.contains(&n))
        } else if SCOPED_END.contains(&name) {
            let table_scope = matches!(name, "table" | "tbody" | "thead" | "tfoot" | "tr" | "td" | "th");
            self.find(
                |n| n == name,
                |n| if table_scope { matches!(n, "table" | "html" | "template") } else { SCOPE.contains(&n) },
            )
        } else {
            self.find(|n| n == name, |n| SPECIAL.contains(&n))
        };
        self.close_from(found);
    }
}

/// Elements that end `<li>`'s (and `<dd>`'s) search for an open item: special ones other
/// than `address`, `div` and `p`.
fn is_li_stop(name: &str) -> bool {
    SPECIAL.contains(&name) && !matches!(name, "address" | "div" | "p")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depth_after(tags: &[&str]) -> usize {
        let mut s = Stack::default();
        for t in tags {
            match t.strip_prefix('/') {
                Some(name) => s.close(name),
                None => {
                    let (name, sc) = t.strip_suffix('/').map_or((*t, false), |n| (n, true));
                    if let Effect::Opens { .. } = s.start_effect(name, sc) {
                        s.open(name);
                    }
                }
            }
        }
        s.depth()
    }

    #[test]
    fn implied_ends_keep_siblings_flat() {
        assert_eq!(depth_after(&["p", "p", "p"]), 1);
        assert_eq!(depth_after(&["ul", "li", "li", "li"]), 2);
        assert_eq!(depth_after(&["li", "div", "li", "div"]), 2);
        assert_eq!(depth_after(&["table", "tr", "td", "td", "tr", "td"]), 4);
        assert_eq!(depth_after(&["div", "p", "div"]), 2);
    }

    #[test]
    fn what_the_parser_nests_is_counted() {
        // An item inside a definition nests; a div written `<div/>` opens.
        assert_eq!(depth_after(&["li", "dd", "li", "dd"]), 4);
        assert_eq!(depth_after(&["div/", "div/", "div/"]), 3);
        // An end tag that closes nothing is ignored, not counted.
        assert_eq!(depth_after(&["div", "/span", "div", "/span", "div"]), 3);
        assert_eq!(depth_after(&["b", "div", "/b", "div"]), 3);
    }

    #[test]
    fn formatting_closed_by_another_end_stays_open() {
        // `<p><b></p>text` reopens the b at the text, and the next p goes inside it.
        let bomb: Vec<&str> = ["p", "b", "/p"].repeat(50);
        assert!(depth_after(&bomb) >= 50);
        // Closed by its own end tag, or inside a cell that closed, it is gone.
        assert_eq!(depth_after(&["p", "b", "/b", "/p", "p"]), 1);
        assert_eq!(depth_after(&["table", "tr", "td", "b", "/td", "td"]), 4);
    }

    #[test]
    fn svg_self_closes_and_html_breaks_out() {
        assert_eq!(depth_after(&["svg", "path/", "path/", "g", "path/"]), 2);
        assert_eq!(depth_after(&["svg", "div/", "div/"]), 2);
        assert_eq!(depth_after(&["svg", "g", "/svg", "div"]), 1);
    }
}
