//! The reader view: the article's header (site, title, byline, date, reading time, lead
//! picture) and its blocks, in reading order.
//!
//! Block text is laid out sentence by sentence: each sentence of `analysis.sentences` that
//! falls in a block becomes a `<span class="lede-s" data-s="i">`, so the panel can find the
//! sentence an entry points at with one selector. Blocks carry `data-b` (their index) as
//! the fallback target for sentences not laid out as text (tables). Won amounts get their
//! dollar chip right after the amount (see [`super::chips`]): the first [`CHIPS`] of them,
//! then a "Show dollar values for the next N amounts" button after the last chip drawn
//! (`data-action="chips"`) that draws the next [`CHIPS`] on request ([`more_chips`]), by
//! drawing again the blocks they fall in.
//!
//! Pictures the page has already loaded are shown; any other (an `og:image` the page never
//! showed, a lazy picture it never fetched) is a "Load picture" button beside its caption,
//! so opening Lede makes no request the page has not made.

use std::collections::BTreeSet;

use wasm_bindgen::JsValue;
use web_sys::{Document, Element, Node};

use super::chips::{self, Chip};
use super::dom;
use super::Pictures;
use crate::analysis::{Analysis, Block, BlockKind};
use crate::offsets::Offsets;
use crate::report::format;

/// Picture sources the overlay loads: the page's own pictures, never script URLs. A
/// relative source is resolved against the article's address (the demo page draws articles
/// that are not where it is).
fn picture_src(src: &str, a: &Analysis) -> Option<String> {
    let s = src.trim();
    if s.is_empty() {
        return None;
    }
    let resolved = match a.meta.url.as_deref() {
        Some(base) => web_sys::Url::new_with_base(s, base).map(|u| u.href()).unwrap_or_else(|_| s.to_owned()),
        None => s.to_owned(),
    };
    let scheme_end = resolved.find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')));
    let has_scheme = scheme_end.is_some_and(|i| i > 0 && resolved[i..].starts_with(':'));
    let lower = resolved.get(..11).unwrap_or(&resolved).to_ascii_lowercase();
    let allowed = !has_scheme
        || lower.starts_with("https:")
        || lower.starts_with("http:")
        || lower.starts_with("data:image/");
    allowed.then_some(resolved)
}

/// The article's header (site, title, standfirst, byline line); the title carries `id="lede-title"`, which labels the dialog.
pub fn header(doc: &Document, parent: &Node, a: &Analysis) -> Result<Element, JsValue> {
    let head = dom::add(doc, parent, "header", "lede-head")?;
    set_direction(&head, a)?;
    if let Some(site) = a.meta.site.as_deref().filter(|s| !s.trim().is_empty()) {
        dom::add_text(doc, &head, "p", "lede-site", site.trim())?;
    }
    let title =
        a.meta.title.as_deref().map(str::trim).filter(|t| !t.is_empty()).unwrap_or("Untitled article");
    let h1 = dom::add_text(doc, &head, "h1", "lede-title", title)?;
    dom::attrs(&h1, &[("id", "lede-title"), ("tabindex", "-1")])?;
    // The summary the page prints under its headline, taken out of the story's text.
    if let Some(standfirst) = a.meta.standfirst.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        dom::add_text(doc, &head, "p", "lede-standfirst", standfirst)?;
    }

    let line = dom::el(doc, "p", "lede-meta")?;
    let mut parts = 0;
    let mut sep = |line: &Element| -> Result<(), JsValue> {
        parts += 1;
        if parts > 1 {
            dom::add_text(doc, line, "span", "lede-sep", " · ")?.set_attribute("aria-hidden", "true")?;
        }
        Ok(())
    };
    if let Some(byline) = a.meta.byline.as_deref().map(str::trim).filter(|b| !b.is_empty()) {
        sep(&line)?;
        dom::add_text(doc, &line, "span", "lede-byline", &format::byline(byline))?;
    }
    if let Some(published) = a.meta.published.as_deref() {
        sep(&line)?;
        let time = dom::add_text(doc, &line, "time", "lede-date", &format::published(published))?;
        time.set_attribute("datetime", published)?;
    }
    if let Some(minutes) = format::reading_time(a.meta.reading_minutes) {
        sep(&line)?;
        dom::add_text(doc, &line, "span", "lede-time", &minutes)?;
    }
    if parts > 0 {
        head.append_child(&line)?;
    }

    Ok(head)
}

fn set_direction(e: &Element, a: &Analysis) -> Result<(), JsValue> {
    if let Some(dir) = a.meta.dir.as_deref().filter(|d| matches!(*d, "rtl" | "ltr")) {
        e.set_attribute("dir", dir)?;
    }
    if let Some(lang) = a.meta.lang.as_deref().filter(|l| !l.is_empty() && l.len() < 36) {
        e.set_attribute("lang", lang)?;
    }
    Ok(())
}

/// Dollar chips drawn at first, and by each "Show dollar values" button: a page of 100,000
/// amounts opens at once, and the reader draws the rest when they get there.
pub const CHIPS: usize = 200;

/// A picture, or its "Load picture" placeholder when the page has not loaded it.
fn picture(
    doc: &Document,
    parent: &Element,
    src: &str,
    alt: &str,
    pictures: &Pictures,
    what: &str,
) -> Result<(), JsValue> {
    if pictures.shown(src) {
        let img = dom::add(doc, parent, "img", "")?;
        return dom::attrs(&img, &[("src", src), ("alt", alt), ("decoding", "async")]);
    }
    let holder = dom::add(doc, parent, "div", "lede-picture-off")?;
    let button = dom::button(doc, &holder, "lede-btn lede-load", what, "")?;
    dom::attrs(&button, &[("data-action", "picture"), ("data-src", src), ("data-alt", alt)])?;
    button.set_attribute("title", "The page did not load this picture; Lede loads it only if you ask.")
}

/// Lays out the article body, in a new element the caller places.
pub fn article(doc: &Document, a: &Analysis, pictures: &Pictures) -> Result<Element, JsValue> {
    let article = dom::el(doc, "article", "lede-article")?;
    set_direction(&article, a)?;
    if a.blocks.is_empty() {
        dom::add_text(doc, &article, "p", "lede-empty", "Lede found no article text on this page.")?;
        return Ok(article);
    }
    // The lead picture opens the article (not the header: on a narrow window the panel
    // sits between the two), unless the article's first figure already shows it.
    let first_figure =
        a.blocks.iter().find(|b| b.kind == BlockKind::Figure).and_then(|b| picture_src(b.src.as_deref()?, a));
    if let Some(src) =
        a.meta.image.as_deref().and_then(|s| picture_src(s, a)).filter(|s| Some(s) != first_figure.as_ref())
    {
        let figure = dom::add(doc, &article, "figure", "lede-lead")?;
        // The page gives no description of its lead picture: decorative for screen readers.
        picture(doc, &figure, &src, "", pictures, "Load the lead picture")?;
    }
    let found = chips::chips(a);
    let shown = found.len().min(CHIPS);
    let mut body = Body { doc, a, chips: found, shown, sources: chips::rate_sources(a) };
    // The list being filled, and whether it is ordered.
    let mut list: Option<(Element, bool)> = None;
    for (i, block) in a.blocks.iter().enumerate() {
        let element = if block.kind == BlockKind::Li {
            let ordered = block.ordered.unwrap_or(false);
            let parent_list = match &list {
                Some((l, o)) if *o == ordered => l.clone(),
                _ => {
                    let l = dom::add(doc, &article, if ordered { "ol" } else { "ul" }, "")?;
                    list = Some((l.clone(), ordered));
                    l
                }
            };
            let li = dom::add(doc, &parent_list, "li", "")?;
            body.inline(&li, block)?;
            li
        } else {
            list = None;
            body.block(&article, block, pictures)?
        };
        element.set_attribute("data-b", &i.to_string())?;
        if let Some(dir) = block.dir.as_deref().filter(|d| matches!(*d, "rtl" | "ltr")) {
            element.set_attribute("dir", dir)?;
        }
    }
    body.more_button(&article)?;
    Ok(article)
}

/// Draws the next [`CHIPS`] dollar chips after the first `shown`, in `article` (drawn by
/// [`article`] from `a`); returns how many are drawn now.
pub fn more_chips(doc: &Document, article: &Element, a: &Analysis, shown: usize) -> Result<usize, JsValue> {
    let found = chips::chips(a);
    let now = (shown + CHIPS).min(found.len());
    let blocks: BTreeSet<usize> =
        found.get(shown..now).unwrap_or_default().iter().filter_map(|c| block_of(a, c.at)).collect();
    let mut body = Body { doc, a, chips: found, shown: now, sources: chips::rate_sources(a) };
    for b in blocks {
        let Some(target) = inline_target(article, b, a.blocks[b].kind)? else { continue };
        dom::clear(&target)?;
        body.inline(&target, &a.blocks[b])?;
    }
    body.more_button(article)?;
    Ok(now)
}

/// The block a chip at character `at` (right after its amount) is drawn in.
fn block_of(a: &Analysis, at: usize) -> Option<usize> {
    let i = a.blocks.partition_point(|b| b.start < at).checked_sub(1)?;
    (at <= a.blocks[i].end).then_some(i)
}

/// The element that holds block `b`'s text, in the drawn article (none for a table).
fn inline_target(article: &Element, b: usize, kind: BlockKind) -> Result<Option<Element>, JsValue> {
    let Some(e) = article.query_selector(&format!("[data-b=\"{b}\"]"))? else { return Ok(None) };
    match kind {
        BlockKind::Quote => e.query_selector(":scope > p"),
        BlockKind::Figure => e.query_selector(":scope > figcaption"),
        BlockKind::Table => Ok(None),
        _ => Ok(Some(e)),
    }
}

struct Body<'a> {
    doc: &'a Document,
    a: &'a Analysis,
    /// Every chip of the article, in text order.
    chips: Vec<Chip<'a>>,
    /// How many of them are drawn: the first `shown`.
    shown: usize,
    sources: chips::RateSources,
}

impl Body<'_> {
    /// The "Show dollar values" button after the last chip drawn (the one already there
    /// goes), or none when every chip is drawn.
    fn more_button(&self, article: &Element) -> Result<(), JsValue> {
        if let Some(old) = article.query_selector(".lede-chips-more")? {
            old.remove();
        }
        let left = self.chips.len() - self.shown;
        let Some(last) = self.shown.checked_sub(1).filter(|_| left > 0) else { return Ok(()) };
        let Some(b) = block_of(self.a, self.chips[last].at) else { return Ok(()) };
        let Some(target) = inline_target(article, b, self.a.blocks[b].kind)? else { return Ok(()) };
        let next = left.min(CHIPS);
        let label = match next {
            1 => "Show the dollar value of the next amount".to_string(),
            n => format!("Show dollar values for the next {n} amounts"),
        };
        let button = dom::button(self.doc, &target, "lede-more lede-chips-more", &label, "")?;
        dom::attrs(&button, &[("data-action", "chips"), ("data-shown", &self.shown.to_string())])
    }

    fn block(&mut self, article: &Element, block: &Block, pictures: &Pictures) -> Result<Element, JsValue> {
        let doc = self.doc;
        let e = match block.kind {
            BlockKind::P => dom::add(doc, article, "p", "")?,
            BlockKind::H2 => dom::add(doc, article, "h2", "")?,
            BlockKind::H3 => dom::add(doc, article, "h3", "")?,
            BlockKind::H4 => dom::add(doc, article, "h4", "")?,
            BlockKind::Pre => dom::add(doc, article, "pre", "")?,
            BlockKind::Quote => {
                let quote = dom::add(doc, article, "blockquote", "")?;
                let p = dom::add(doc, &quote, "p", "")?;
                self.inline(&p, block)?;
                return Ok(quote);
            }
            BlockKind::Figure => return self.figure(article, block, pictures),
            BlockKind::Table => return table(doc, article, block),
            // Grouped into lists by the caller.
            BlockKind::Li => dom::add(doc, article, "p", "")?,
        };
        self.inline(&e, block)?;
        Ok(e)
    }

    fn figure(&mut self, article: &Element, block: &Block, pictures: &Pictures) -> Result<Element, JsValue> {
        let figure = dom::add(self.doc, article, "figure", "")?;
        if let Some(src) = block.src.as_deref().and_then(|s| picture_src(s, self.a)) {
            let alt = block.alt.as_deref().unwrap_or("").trim();
            picture(self.doc, &figure, &src, alt, pictures, "Load picture")?;
        }
        if !block.text.trim().is_empty() {
            let caption = dom::add(self.doc, &figure, "figcaption", "")?;
            self.inline(&caption, block)?;
        }
        Ok(figure)
    }

    /// The block's text, sentence by sentence, with chips after won amounts.
    fn inline(&mut self, parent: &Element, block: &Block) -> Result<(), JsValue> {
        let (bs, be) = (block.start, block.end);
        let chars = Offsets::new(&block.text);
        if chars.char_at(block.text.len()) != be.saturating_sub(bs) {
            // The block's offsets do not match its text: show the text, without sentences.
            return dom::text(self.doc, parent, &block.text);
        }
        let piece = |from: usize, to: usize| chars.slice(from - bs..to - bs);
        let sentences = &self.a.sentences;
        let mut pos = bs;
        let first = sentences.partition_point(|s| s.end <= bs);
        for (i, s) in sentences.iter().enumerate().skip(first).take_while(|(_, s)| s.start < be) {
            let (from, to) = (s.start.max(bs), s.end.min(be));
            if from >= to {
                continue;
            }
            if from > pos {
                self.run(parent, pos, from, &piece)?;
            }
            let span = dom::add(self.doc, parent, "span", "lede-s")?;
            span.set_attribute("data-s", &i.to_string())?;
            self.run(&span, from, to, &piece)?;
            pos = to;
        }
        if pos < be {
            self.run(parent, pos, be, &piece)?;
        }
        Ok(())
    }

    /// Text `[from, to)` with the drawn chips that fall at `(from, to]`.
    fn run<'p>(
        &mut self,
        parent: &Element,
        from: usize,
        to: usize,
        piece: &dyn Fn(usize, usize) -> &'p str,
    ) -> Result<(), JsValue> {
        let mut pos = from;
        let first = self.chips[..self.shown].partition_point(|c| c.at <= from);
        for k in first..self.shown {
            let at = self.chips[k].at;
            if at > to {
                break;
            }
            dom::text(self.doc, parent, piece(pos, at))?;
            // The chip's place in the article names its tooltip: unique, and the same when
            // its block is drawn again.
            chips::render(self.doc, parent, self.a, &self.sources, &self.chips[k], k + 1)?;
            pos = at;
        }
        dom::text(self.doc, parent, piece(pos, to))
    }
}

/// A table from its rows (or, without rows, from its tab-separated text).
fn table(doc: &Document, article: &Element, block: &Block) -> Result<Element, JsValue> {
    let wrap = dom::add(doc, article, "div", "lede-table")?;
    // Wide tables scroll sideways; the region is focusable so keyboards can scroll it.
    dom::attrs(&wrap, &[("role", "region"), ("aria-label", "Table"), ("tabindex", "0")])?;
    let table = dom::add(doc, &wrap, "table", "")?;
    let body = dom::add(doc, &table, "tbody", "")?;
    let from_text: Vec<Vec<String>>;
    let rows = match &block.rows {
        Some(rows) => rows,
        None => {
            from_text = block.text.lines().map(|l| l.split('\t').map(str::to_owned).collect()).collect();
            &from_text
        }
    };
    for row in rows {
        let tr = dom::add(doc, &body, "tr", "")?;
        for cell in row {
            dom::add_text(doc, &tr, "td", "", cell)?;
        }
    }
    Ok(wrap)
}
