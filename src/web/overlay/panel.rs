//! The summary panel: Key actors, Figures, Dates, Exchange rate.
//!
//! It draws [`crate::report::summary::Summary`], the same data "Copy summary" writes as
//! Markdown, so what is copied is what is shown. Every entry that points at a sentence is a
//! button (`data-action="goto"`, `data-s`) that scrolls the reader there and highlights it;
//! an actor's entry steps through the sentences that mention them (`data-cycle`).
//! Empty sections say what was not found; nothing is made up to fill them.

use wasm_bindgen::JsValue;
use web_sys::{Document, Element, Node};

use super::dom;
use crate::analysis::{ActorKind, Analysis, RateKind};
use crate::report::format;
use crate::report::summary::Summary;

/// The panel; `folded` starts it folded (narrow windows, where it sits under the title).
pub fn panel(doc: &Document, parent: &Node, a: &Analysis, folded: bool) -> Result<Element, JsValue> {
    let s = Summary::new(a);
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

    let mut list = section(doc, &body, "actors", "Key actors")?;
    if s.actors.is_empty() {
        none(doc, &list, "No people or organisations identified.")?;
    }
    for (i, actor) in s.actors.iter().enumerate() {
        if i == ACTORS_SHOWN {
            list = more(doc, &list, s.actors.len() - ACTORS_SHOWN)?;
        }
        let e = entry(doc, &list, actor.sentence)?;
        if actor.sentences.len() > 1 {
            // Activating the entry again goes on to the next mention.
            let all: Vec<String> = actor.sentences.iter().map(usize::to_string).collect();
            e.set_attribute("data-cycle", &all.join(" "))?;
        }
        dom::add_text(doc, &e, "span", "lede-entry-main", &actor.name)?;
        if !actor.roles.is_empty() {
            dom::add_text(doc, &e, "span", "lede-entry-sub", &actor.roles.join("; "))?;
        }
        let kind = match actor.kind {
            ActorKind::Person => "Person",
            ActorKind::Organization => "Organization",
        };
        let mentions = if actor.mentions == 1 {
            String::from("1 mention")
        } else {
            format!("{} mentions", actor.mentions)
        };
        dom::add_text(doc, &e, "span", "lede-entry-note", &format!("{kind} · {mentions}"))?;
    }

    let list = section(doc, &body, "figures", "Figures")?;
    if s.figures.is_empty() {
        none(doc, &list, "No figures found.")?;
    }
    for figure in &s.figures {
        let e = entry(doc, &list, figure.sentence)?;
        let amount = match &figure.qualifier {
            Some(q) => format!("{q} {}", figure.surface),
            None => figure.surface.clone(),
        };
        let main = dom::add_text(doc, &e, "span", "lede-entry-main", &amount)?;
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
    }

    let list = section(doc, &body, "dates", "Dates")?;
    if s.dates.is_empty() {
        none(doc, &list, "No dates found.")?;
    }
    for date in &s.dates {
        let e = entry(doc, &list, date.sentence)?;
        let main = dom::add_text(doc, &e, "span", "lede-entry-main", &date.when)?;
        if date.relative && date.value.is_some() {
            dom::add_text(doc, &main, "span", "lede-said", &format!(" “{}”", date.surface))?;
        }
        if !date.what.is_empty() {
            dom::add_text(doc, &e, "span", "lede-entry-sub", &date.what)?;
        }
    }

    let list = section(doc, &body, "rate", "Exchange rate")?;
    let used: Vec<_> = s.rates.iter().filter(|r| r.used).collect();
    if used.is_empty() {
        none(doc, &list, s.no_rate_note())?;
    }
    for rate in used.iter().copied().chain(s.rates.iter().filter(|r| !r.used)) {
        let e = entry(doc, &list, rate.sentence)?;
        let main = dom::add_text(doc, &e, "span", "lede-entry-main", &rate.rate)?;
        if !rate.used {
            dom::add_text(doc, &main, "span", "lede-said", " (not used)")?;
        }
        let mut source = rate.source();
        if let Some(used_for) = format::conversions(rate.conversions) {
            source.push_str(&format!("; {used_for}"));
        }
        dom::add_text(doc, &e, "span", "lede-entry-sub", &source)?;
        if rate.kind != RateKind::User && !rate.surface.trim().is_empty() {
            dom::add_text(doc, &e, "span", "lede-entry-note", &format!("“{}”", rate.surface.trim()))?;
        }
    }
    for warning in &s.warnings {
        let li = dom::add(doc, &list, "li", "lede-warning")?;
        dom::add_text(doc, &li, "strong", "", "Warning: ")?;
        dom::text(doc, &li, warning)?;
    }
    Ok(aside)
}

/// Actors listed before "Show N more": the most salient ones.
const ACTORS_SHOWN: usize = 8;

/// A hidden continuation of `list` and the button that shows it; returns the new list.
fn more(doc: &Document, list: &Element, hidden: usize) -> Result<Element, JsValue> {
    let section = list.parent_element().ok_or_else(|| JsValue::from_str("a list outside its section"))?;
    let rest = dom::add(doc, &section, "ul", "lede-list")?;
    let id = format!("{}-more", section.get_attribute("aria-labelledby").unwrap_or_default());
    dom::attrs(&rest, &[("id", &id), ("hidden", "")])?;
    let label = format!("Show {hidden} more");
    let button = dom::button(doc, &section, "lede-more", &label, "")?;
    dom::attrs(
        &button,
        &[
            ("data-action", "more"),
            ("aria-controls", &id),
            ("aria-expanded", "false"),
            ("data-label", &label),
        ],
    )?;
    Ok(rest)
}

/// A titled section; returns its list.
fn section(doc: &Document, body: &Element, key: &str, title: &str) -> Result<Element, JsValue> {
    let section = dom::add(doc, body, "section", "lede-section")?;
    let id = format!("lede-sec-{key}");
    dom::attrs(&section, &[("aria-labelledby", &id), ("data-section", key)])?;
    dom::add_text(doc, &section, "h3", "", title)?.set_attribute("id", &id)?;
    dom::add(doc, &section, "ul", "lede-list")
}

fn none(doc: &Document, list: &Element, what: &str) -> Result<(), JsValue> {
    dom::add_text(doc, list, "li", "lede-none", what).map(drop)
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
