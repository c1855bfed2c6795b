//! The summary panel: Key actors, Figures, Dates, Exchange rate.
//!
//! It draws [`crate::report::summary::Summary`], the same data "Copy summary" writes as
//! Markdown, so what is copied is what is shown. Every entry that points at a sentence is a
//! button (`data-action="goto"`, `data-s`) that scrolls the reader there and highlights it;
//! an actor's entry steps through the sentences that mention them (`data-cycle`).
//! Empty sections say what was not found; nothing is made up to fill them. Titles, empty
//! notes and every word of an entry come from the `Summary` (the Markdown report uses the
//! same); this module only lays them out.
//!
//! Lists are drawn a page at a time: the first [`FIRST_ACTORS`] actors and the first
//! [`PAGE`] entries of the other lists, then a "Show N more" button (`data-action="more"`,
//! `data-list`) that draws the next page on demand. A page with 100,000 amounts opens
//! with 50 of them listed, not 100,000.

use wasm_bindgen::JsValue;
use web_sys::{Document, Element, Node};

use super::dom;
use crate::report::format;
pub use crate::report::summary::Section;
use crate::report::summary::Summary;

/// Actors listed at first: the most salient ones.
pub const FIRST_ACTORS: usize = 8;
/// Entries drawn at first in the other lists, and by each "Show more".
pub const PAGE: usize = 50;
/// Warnings listed at most (they repeat on hostile pages).
const WARNINGS: usize = 20;

/// Entries drawn at first: the most salient actors, a page of the other lists.
fn first_page(section: Section) -> usize {
    if section == Section::Actors {
        FIRST_ACTORS
    } else {
        PAGE
    }
}

/// The panel's frame: its title (the fold button) and an empty body, which it returns;
/// `folded` starts it folded (narrow windows, where it sits under the title).
pub fn panel(doc: &Document, parent: &Node, folded: bool) -> Result<Element, JsValue> {
    let aside = dom::add(doc, parent, "aside", "lede-panel")?;
    aside.set_attribute("aria-labelledby", "lede-panel-title")?;
    let h2 = dom::add(doc, &aside, "h2", "lede-panel-title")?;
    h2.set_attribute("id", "lede-panel-title")?;
    let fold = dom::button(doc, &h2, "lede-fold", "Summary", "")?;
    dom::attrs(
        &fold,
        &[
            ("data-action", "fold"),
            ("aria-controls", "lede-panel-body"),
            ("aria-expanded", if folded { "false" } else { "true" }),
        ],
    )?;
    let body = dom::add(doc, &aside, "div", "lede-panel-body")?;
    body.set_attribute("id", "lede-panel-body")?;
    if folded {
        body.set_attribute("hidden", "")?;
    }
    Ok(body)
}

/// The panel's sections, into its `body`.
pub fn sections(doc: &Document, body: &Element, s: &Summary) -> Result<(), JsValue> {
    for section in Section::ALL {
        let list = titled(doc, body, section.key(), section.title())?;
        if let Some(none) = s.empty_note(section) {
            dom::add_text(doc, &list, "li", "lede-none", none)?;
        }
        let end = first_page(section).min(section.len(s));
        entries(doc, &list, s, section, 0..end)?;
        if section == Section::Rates {
            warnings(doc, &list, s)?;
        }
        more_button(doc, &list, section, end, section.len(s))?;
    }
    Ok(())
}

/// Draws the next page of `section` after the `shown` entries already in `list`; returns
/// how many entries the list holds now.
pub fn more(
    doc: &Document,
    list: &Element,
    s: &Summary,
    section: Section,
    shown: usize,
) -> Result<usize, JsValue> {
    let end = (shown + PAGE).min(section.len(s));
    entries(doc, list, s, section, shown..end)?;
    Ok(end)
}

/// The "Show N more" button after `list`, or none when everything is shown.
pub fn more_button(
    doc: &Document,
    list: &Element,
    section: Section,
    shown: usize,
    total: usize,
) -> Result<(), JsValue> {
    let Some(sec) = list.parent_element() else { return Ok(()) };
    if let Some(old) = sec.query_selector(":scope > .lede-more")? {
        old.remove();
    }
    if shown >= total {
        return Ok(());
    }
    let label = format!("Show {} more", (total - shown).min(PAGE));
    let button = dom::button(doc, &sec, "lede-more", &label, "")?;
    dom::attrs(
        &button,
        &[("data-action", "more"), ("data-list", section.key()), ("data-shown", &shown.to_string())],
    )?;
    Ok(())
}

fn entries(
    doc: &Document,
    list: &Element,
    s: &Summary,
    section: Section,
    range: std::ops::Range<usize>,
) -> Result<(), JsValue> {
    match section {
        Section::Actors => s.actors[range].iter().try_for_each(|a| actor(doc, list, a)),
        Section::Figures => s.figures[range].iter().try_for_each(|f| figure(doc, list, f)),
        Section::Dates => s.dates[range].iter().try_for_each(|d| date(doc, list, d)),
        Section::Rates => {
            // The rates used first, then the others.
            let order: Vec<_> =
                s.rates.iter().filter(|r| r.used).chain(s.rates.iter().filter(|r| !r.used)).collect();
            order[range].iter().try_for_each(|r| rate(doc, list, r))
        }
    }
}

fn actor(doc: &Document, list: &Element, actor: &crate::report::summary::ActorEntry) -> Result<(), JsValue> {
    let e = entry(doc, list, actor.sentence)?;
    if actor.sentences.len() > 1 {
        // Activating the entry again goes on to the next mention.
        let all: Vec<String> = actor.sentences.iter().map(usize::to_string).collect();
        e.set_attribute("data-cycle", &all.join(" "))?;
    }
    dom::add_text(doc, &e, "span", "lede-entry-main", &actor.name)?;
    if !actor.roles.is_empty() {
        dom::add_text(doc, &e, "span", "lede-entry-sub", &actor.roles.join("; "))?;
    }
    let note = format!("{} · {}", actor.kind_label(), actor.mentions_text());
    dom::add_text(doc, &e, "span", "lede-entry-note", &note).map(drop)
}

fn figure(
    doc: &Document,
    list: &Element,
    figure: &crate::report::summary::FigureEntry,
) -> Result<(), JsValue> {
    let e = entry(doc, list, figure.sentence)?;
    let main = dom::add_text(doc, &e, "span", "lede-entry-main", &figure.amount())?;
    if let Some(dollars) = &figure.dollars {
        let mut d = format!(" ≈ {dollars}");
        if figure.user_rate {
            d.push_str(" (your rate)");
        }
        // The reference rate's conversions say so, and look different from the article's.
        let class = match &figure.reference {
            Some(source) => {
                d.push_str(&format!(" · {source}"));
                "lede-dollars lede-reference"
            }
            None => "lede-dollars",
        };
        dom::add_text(doc, &main, "span", class, &d)?;
    }
    if let Some(label) = &figure.label {
        dom::add_text(doc, &e, "span", "lede-entry-sub", label)?;
    }
    Ok(())
}

fn date(doc: &Document, list: &Element, date: &crate::report::summary::DateEntry) -> Result<(), JsValue> {
    let e = entry(doc, list, date.sentence)?;
    let main = dom::add_text(doc, &e, "span", "lede-entry-main", &date.when)?;
    if date.relative && date.value.is_some() {
        dom::add_text(doc, &main, "span", "lede-said", &format!(" “{}”", date.surface))?;
    }
    if !date.what.is_empty() {
        dom::add_text(doc, &e, "span", "lede-entry-sub", &date.what)?;
    }
    Ok(())
}

fn rate(doc: &Document, list: &Element, rate: &crate::report::summary::RateEntry) -> Result<(), JsValue> {
    let e = entry(doc, list, rate.sentence)?;
    let main = dom::add_text(doc, &e, "span", "lede-entry-main", &rate.rate)?;
    if !rate.used {
        dom::add_text(doc, &main, "span", "lede-said", " (not used)")?;
    }
    let mut source = rate.source();
    if let Some(used_for) = format::conversions(rate.conversions) {
        source.push_str(&format!("; {used_for}"));
    }
    dom::add_text(doc, &e, "span", "lede-entry-sub", &source)?;
    if let Some(quote) = rate.quote() {
        dom::add_text(doc, &e, "span", "lede-entry-note", &format!("“{quote}”"))?;
    }
    Ok(())
}

fn warnings(doc: &Document, list: &Element, s: &Summary) -> Result<(), JsValue> {
    for warning in s.warnings.iter().take(WARNINGS) {
        let li = dom::add(doc, list, "li", "lede-warning")?;
        dom::add_text(doc, &li, "strong", "", "Warning: ")?;
        dom::text(doc, &li, warning)?;
    }
    if s.warnings.len() > WARNINGS {
        let note = format!("and {} more warnings", s.warnings.len() - WARNINGS);
        dom::add_text(doc, list, "li", "lede-warning", &note)?;
    }
    Ok(())
}

/// A titled section; returns its list.
fn titled(doc: &Document, body: &Element, key: &str, title: &str) -> Result<Element, JsValue> {
    let section = dom::add(doc, body, "section", "lede-section")?;
    let id = format!("lede-sec-{key}");
    dom::attrs(&section, &[("aria-labelledby", &id), ("data-section", key)])?;
    dom::add_text(doc, &section, "h3", "", title)?.set_attribute("id", &id)?;
    dom::add(doc, &section, "ul", "lede-list")
}

/// A list item: a button to the sentence when there is one, else plain.
fn entry(doc: &Document, list: &Element, sentence: Option<usize>) -> Result<Element, JsValue> {
    let li = dom::add(doc, list, "li", "")?;
    match sentence {
        Some(i) => {
            let b = dom::button(doc, &li, "lede-entry", "", "")?;
            dom::attrs(&b, &[("data-action", "goto"), ("data-s", &i.to_string())])?;
            Ok(b)
        }
        None => dom::add(doc, &li, "div", "lede-entry"),
    }
}
