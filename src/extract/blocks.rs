//! The cleaned article, walked into blocks.
//!
//! Readability leaves the article as HTML; the reader view and the understanding stage
//! want reading-order blocks of plain text. The walk is iterative (an explicit stack, so
//! no depth can overflow it) and keeps an inline buffer: text and inline elements add to
//! it, block-level elements and `<br>` end it as a paragraph. Headings, list items, block
//! quotes, preformatted text, tables and figures become blocks of their own kind.
//!
//! Heuristic "empty frame": a `<figure>` with no picture and no text of its own besides its
//! caption is the frame of a picture the page had not loaded (a lazy placeholder) or of a
//! video; its caption captions nothing the reader sees, and is no paragraph of the story.
//! A figure that shows text (a quote and its attribution, a table, code) keeps it all.

use dom_query::NodeRef;

use super::dom::{collapsed, push_text, within};
use super::{Block, BlockKind};

/// Elements that end a paragraph but are not blocks of their own kind.
const CONTAINERS: &[&str] = &[
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "nav",
    "body",
    "form",
    "fieldset",
    "details",
    "summary",
    "dl",
    "dt",
    "dd",
    "ul",
    "ol",
    "center",
    "address",
    "hgroup",
    "hr",
    "figcaption",
    "caption",
];
/// Elements whose content is never article text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "button", "input", "select", "textarea", "svg", "canvas",
    "iframe", "object", "embed", "head", "title", "meta", "link",
];

enum Step<'a> {
    Enter(NodeRef<'a>),
    /// Leaving an element: the kind of block its buffered text becomes.
    Leave(Option<Kind>),
    /// Leaving a link.
    LeaveLink,
}

/// What a paragraph buffer turns into when it is flushed.
#[derive(Clone, Copy)]
struct Kind {
    kind: BlockKind,
    ordered: Option<bool>,
}

/// Walks `root` (the article's container) into blocks in reading order.
pub fn walk(root: &NodeRef<'_>) -> Vec<Block> {
    let mut walker =
        Walker { blocks: Vec::new(), buffer: String::new(), kinds: Vec::new(), links: 0, link_chars: 0 };
    let mut stack: Vec<Step<'_>> = root.children_it(true).map(Step::Enter).collect();
    while let Some(step) = stack.pop() {
        match step {
            Step::Leave(kind) => {
                walker.flush();
                if kind.is_some() {
                    walker.kinds.pop();
                }
            }
            Step::LeaveLink => walker.links -= 1,
            Step::Enter(node) => walker.enter(node, &mut stack),
        }
    }
    walker.flush();
    walker.blocks
}

struct Walker {
    blocks: Vec<Block>,
    buffer: String,
    /// The innermost block kind (list item, quote, heading) that buffered text belongs to.
    kinds: Vec<Kind>,
    /// How many links the walk is inside.
    links: usize,
    /// Characters of the buffer (white space aside) that came from inside a link.
    link_chars: usize,
}

impl Walker {
    fn enter<'a>(&mut self, node: NodeRef<'a>, stack: &mut Vec<Step<'a>>) {
        if node.is_text() {
            let text = node.text();
            if self.links > 0 {
                self.link_chars += text.chars().filter(|c| !c.is_whitespace()).count();
            }
            push_text(&mut self.buffer, &text);
            return;
        }
        let Some(name) = node.node_name() else { return };
        let name = name.to_ascii_lowercase();
        match name.as_str() {
            n if SKIPPED.contains(&n) => {}
            "br" => self.flush(),
            "img" => {
                self.flush();
                if let Some(figure) = figure_of(&node, &node) {
                    self.blocks.push(figure);
                }
            }
            "figure" | "picture" => {
                self.flush();
                match within(&node, "img").nodes().first() {
                    Some(img) => self.blocks.extend(figure_of(&node, img)),
                    // A frame whose picture the page had not loaded (or a video): its
                    // caption captions nothing the reader sees.
                    None if !shows_text(&node) => {}
                    // A figure without a picture (a quote, a table, code): its text.
                    None => self.descend(node, None, stack),
                }
            }
            "pre" => {
                self.flush();
                let text = pre_text(&node);
                let text = text.trim_matches('\n').trim_end().to_string();
                if !text.trim().is_empty() {
                    self.blocks.push(Block::new(BlockKind::Pre, text));
                }
            }
            "table" if is_data_table(&node) => {
                self.flush();
                self.blocks.extend(table_of(&node));
            }
            "h1" | "h2" => self.descend(node, Some(Kind { kind: BlockKind::H2, ordered: None }), stack),
            "h3" => self.descend(node, Some(Kind { kind: BlockKind::H3, ordered: None }), stack),
            "h4" | "h5" | "h6" => {
                self.descend(node, Some(Kind { kind: BlockKind::H4, ordered: None }), stack)
            }
            "blockquote" => self.descend(node, Some(Kind { kind: BlockKind::Quote, ordered: None }), stack),
            "li" => {
                let ordered =
                    node.parent().and_then(|p| p.node_name()).is_some_and(|p| p.eq_ignore_ascii_case("ol"));
                self.descend(node, Some(Kind { kind: BlockKind::Li, ordered: Some(ordered) }), stack)
            }
            "p" | "table" | "tr" | "td" | "th" | "tbody" | "thead" | "tfoot" => {
                self.descend(node, None, stack)
            }
            n if CONTAINERS.contains(&n) => self.descend(node, None, stack),
            "a" => {
                self.links += 1;
                stack.push(Step::LeaveLink);
                stack.extend(node.children_it(true).map(Step::Enter));
            }
            // Inline elements: their text joins the paragraph being built.
            _ => stack.extend(node.children_it(true).map(Step::Enter)),
        }
    }

    /// Walks a block-level element's children between two paragraph breaks.
    fn descend<'a>(&mut self, node: NodeRef<'a>, kind: Option<Kind>, stack: &mut Vec<Step<'a>>) {
        self.flush();
        if let Some(k) = kind {
            self.kinds.push(k);
        }
        stack.push(Step::Leave(kind));
        stack.extend(node.children_it(true).map(Step::Enter));
    }

    fn flush(&mut self) {
        let text = self.buffer.trim();
        if !text.is_empty() {
            let kind = self.kinds.last().copied().unwrap_or(Kind { kind: BlockKind::P, ordered: None });
            let mut block = Block::new(kind.kind, text.to_string());
            block.ordered = kind.ordered;
            let chars = text.chars().filter(|c| !c.is_whitespace()).count();
            block.links = (self.link_chars.min(chars) as f64) / (chars.max(1) as f64);
            self.blocks.push(block);
        }
        self.buffer.clear();
        self.link_chars = 0;
    }
}

/// The text of preformatted code as it is shown: its characters as written, a line break
/// for each `<br>` and before each paragraph or division inside it (highlighters and
/// pages converted from other formats break lines with elements, not characters).
fn pre_text(pre: &NodeRef<'_>) -> String {
    let mut out = String::new();
    let mut stack: Vec<NodeRef<'_>> = pre.children_it(true).collect();
    while let Some(node) = stack.pop() {
        if node.is_text() {
            out.push_str(&node.text());
            continue;
        }
        let Some(name) = node.node_name() else { continue };
        match name.to_ascii_lowercase().as_str() {
            "br" => out.push('\n'),
            "p" | "div" | "li" if !out.is_empty() && !out.ends_with('\n') => out.push('\n'),
            _ => {}
        }
        stack.extend(node.children_it(true));
    }
    out
}

/// A figure block: the picture's source and alternative text, its caption as the text
/// (none for a slideshow's slide).
fn figure_of(container: &NodeRef<'_>, img: &NodeRef<'_>) -> Option<Block> {
    let src =
        ["src", "data-src", "data-original"].iter().find_map(|a| img.attr(a)).map(|s| s.trim().to_string());
    let alt = img.attr("alt").map(|a| collapsed(&a)).filter(|a| !a.is_empty());
    let caption = within(container, "figcaption")
        .nodes()
        .first()
        .map(|c| super::captions::without_label(&collapsed(&c.text())).to_string())
        .filter(|c| !c.is_empty())
        .or_else(|| {
            // A figure without <figcaption> may still hold its caption as text.
            let text = super::captions::without_label(&collapsed(&container.text())).to_string();
            (container.id != img.id && !text.is_empty()).then_some(text)
        })
        .unwrap_or_default();
    let caption = if super::captions::in_slideshow(img) { String::new() } else { caption };
    if src.is_none() && caption.is_empty() {
        return None;
    }
    let mut block = Block::new(BlockKind::Figure, caption);
    block.src = src.filter(|s| !s.is_empty());
    block.alt = alt;
    Some(block)
}

/// Whether a figure shows text of its own besides its caption (a quote, a table, code).
fn shows_text(figure: &NodeRef<'_>) -> bool {
    figure.children_it(false).any(|child| {
        !child.has_name("figcaption")
            && !child.node_name().is_some_and(|n| SKIPPED.contains(&n.to_ascii_lowercase().as_str()))
            && child.text().chars().any(|c| !c.is_whitespace())
    })
}

/// Layout tables hold paragraphs; data tables hold short cells.
fn is_data_table(table: &NodeRef<'_>) -> bool {
    let nested = !within(table, "table, p, div, ul, ol, blockquote, pre, figure, h1, h2, h3").is_empty();
    !nested && within(table, "tr").length() >= 1
}

fn table_of(table: &NodeRef<'_>) -> Option<Block> {
    let rows: Vec<Vec<String>> = within(table, "tr")
        .nodes()
        .iter()
        .map(|tr| within(tr, "th, td").nodes().iter().map(|c| collapsed(&c.text())).collect::<Vec<_>>())
        .filter(|cells: &Vec<String>| cells.iter().any(|c| !c.is_empty()))
        .collect();
    if rows.is_empty() {
        return None;
    }
    let caption =
        within(table, "caption").nodes().first().map(|c| collapsed(&c.text())).filter(|c| !c.is_empty());
    let mut lines: Vec<String> = caption.into_iter().collect();
    lines.extend(rows.iter().map(|r| r.join("\t")));
    let mut block = Block::new(BlockKind::Table, lines.join("\n"));
    block.rows = Some(rows);
    Some(block)
}

#[cfg(test)]
mod tests {
    use super::*;
    use dom_query::Document;

    fn blocks(html: &str) -> Vec<(BlockKind, String)> {
        let doc = Document::from(html);
        let body = doc.select("body");
        let root = *body.nodes().first().expect("body");
        walk(&root).into_iter().map(|b| (b.kind, b.text)).collect()
    }

    #[test]
    fn paragraphs_headings_lists_and_quotes() {
        let got = blocks(
            "<body><h2>Budget</h2><p>The  ministry <b>said</b>\n on Friday.</p>Loose text<br>after a break\
             <ol><li>First</li><li>Second <i>item</i></li></ol><blockquote><p>We will act.</p></blockquote></body>",
        );
        assert_eq!(
            got,
            vec![
                (BlockKind::H2, "Budget".into()),
                (BlockKind::P, "The ministry said on Friday.".into()),
                (BlockKind::P, "Loose text".into()),
                (BlockKind::P, "after a break".into()),
                (BlockKind::Li, "First".into()),
                (BlockKind::Li, "Second item".into()),
                (BlockKind::Quote, "We will act.".into()),
            ]
        );
    }

    #[test]
    fn tables_keep_their_cells_and_layout_tables_their_paragraphs() {
        let got = blocks("<body><table><tr><th>Year</th><th>Exports</th></tr><tr><td>2024</td><td>$683.8 billion</td></tr></table></body>");
        assert_eq!(got, vec![(BlockKind::Table, "Year\tExports\n2024\t$683.8 billion".into())]);
        let got =
            blocks("<body><table><tr><td><p>A paragraph in a layout table.</p></td></tr></table></body>");
        assert_eq!(got, vec![(BlockKind::P, "A paragraph in a layout table.".into())]);
    }

    #[test]
    fn code_broken_into_lines_by_elements_keeps_its_lines() {
        let got = blocks(
            r#"<body><pre><code><span class="c">// add.c</span><br><span>int</span> add(int x) {<br>  return x;<br>}</code></pre>
            <pre><p>$ hg init</p><p>$ hg push</p></pre></body>"#,
        );
        assert_eq!(
            got,
            vec![
                (BlockKind::Pre, "// add.c\nint add(int x) {\n  return x;\n}".into()),
                (BlockKind::Pre, "$ hg init\n$ hg push".into()),
            ]
        );
    }

    #[test]
    fn figures_carry_picture_and_caption() {
        let doc = Document::from(
            r#"<body><figure><img src="https://x.test/a.jpg" alt="Choi"><figcaption>Choi Sang-mok speaks.</figcaption></figure><pre>let x = 1;
let y = 2;</pre></body>"#,
        );
        let body = doc.select("body");
        let got = walk(body.nodes().first().expect("body"));
        assert_eq!(got[0].kind, BlockKind::Figure);
        assert_eq!(got[0].text, "Choi Sang-mok speaks.");
        assert_eq!(got[0].src.as_deref(), Some("https://x.test/a.jpg"));
        assert_eq!(got[0].alt.as_deref(), Some("Choi"));
        assert_eq!((got[1].kind, got[1].text.as_str()), (BlockKind::Pre, "let x = 1;\nlet y = 2;"));
    }

    #[test]
    fn a_caption_whose_picture_is_not_there_is_no_text_and_a_quote_s_attribution_stays() {
        let got = blocks(
            r#"<body><figure><div class="placeholder" style="padding-top:67%"></div><figcaption>Choi speaks in Seoul. Kim Min-ji / AP</figcaption></figure>
            <figure><blockquote>We will act.</blockquote><figcaption>Choi Sang-mok</figcaption></figure></body>"#,
        );
        assert_eq!(
            got,
            vec![(BlockKind::Quote, "We will act.".into()), (BlockKind::P, "Choi Sang-mok".into())]
        );
    }
}
