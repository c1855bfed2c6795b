//! The overlay: Lede's reader view and summary panel, built with web-sys inside a shadow
//! root and styled by the one stylesheet `extension/overlay.css` (embedded at compile time).
//!
//! # Interface
//!
//! - [`open`] mounts `<lede-overlay id="lede-overlay">` as the last child of
//!   `document.documentElement`: fixed, full-viewport, above everything, with an open shadow
//!   root that holds the whole overlay. The overlay is a modal dialog (`role="dialog"`,
//!   `aria-modal`, labelled by the article title): focus moves into it, Tab stays inside,
//!   and Esc or its Close button closes it. The page itself is not modified.
//! - [`close`] removes that element and its listeners and gives focus back to the page
//!   element that had it; the page is exactly as before.
//! - [`is_open`] tells whether the overlay is on the page.
//! - [`render_into`] draws the same reader and panel into an element of the demo page (in
//!   that element's shadow root, created on first use): no dialog, no Close button.
//!
//! # Settings
//!
//! `settings_json` is an object: `{"theme": "auto|light|dark|sepia|contrast",
//! "font": "serif|sans", "size": px, "width": "narrow|medium|wide", "lineHeight": number}`;
//! missing or malformed keys take the defaults (auto, serif, 20, medium, 1.6), other keys are
//! kept as they are. When the reader changes a setting in the overlay, the overlay dispatches
//! a `CustomEvent` named `lede-settings` on the host element (on the container for
//! `render_into`); its `detail` is the whole settings object as a JSON string, the keys the
//! overlay does not own (e.g. `user_won_per_dollar`) included. The extension's content
//! script stores it (`storage.sync`) and passes it back on the next `open`:
//!
//! ```js
//! host.addEventListener("lede-settings", (e) => save(JSON.parse(e.detail)));
//! ```
//!
//! # Structure
//!
//! [`reader`] lays out the article (sentences as `span.lede-s[data-s]`), [`chips`] adds the
//! won→dollar chips, [`panel`] the summary, [`controls`] the toolbar and reading settings,
//! [`actions`] reacts to the reader through a few delegated listeners, [`a11y`] keeps focus
//! where it belongs. Page-derived strings only ever become text nodes or attribute values.

mod a11y;
mod actions;
mod chips;
mod controls;
mod dom;
mod panel;
mod reader;
mod settings;

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    CssStyleSheet, Document, Element, Event, EventTarget, HtmlElement, ShadowRoot, ShadowRootInit,
    ShadowRootMode,
};

use crate::Analysis;
use a11y::focus;
use actions::Overlay;
use settings::Settings;

/// The overlay's one stylesheet.
const CSS: &str = include_str!("../../../extension/overlay.css");
/// The host element's tag; page stylesheets do not target an unknown tag by accident.
const HOST_TAG: &str = "lede-overlay";
const HOST_ID: &str = "lede-overlay";
/// Below this width (CSS pixels) the panel sits under the title and starts folded.
const NARROW_PX: f64 = 860.0;

/// An event listener the overlay added, removed again when the overlay goes.
struct Listener {
    target: EventTarget,
    kind: &'static str,
    capture: bool,
    closure: Closure<dyn FnMut(Event)>,
}

struct Mount {
    /// The host element (`open`) or the demo's container (`render_into`).
    host: Element,
    listeners: Vec<Listener>,
    previous_focus: Option<web_sys::HtmlElement>,
}

thread_local! {
    static MOUNTS: RefCell<Vec<Mount>> = const { RefCell::new(Vec::new()) };
    /// Listeners of overlays that are gone. The Close button's own click listener is
    /// running while the overlay closes, and a closure must not be freed while it runs, so
    /// they are freed at the next render instead.
    static RETIRED: RefCell<Vec<Listener>> = const { RefCell::new(Vec::new()) };
}

/// Opens the overlay on `doc` (replacing one already open).
pub fn open(doc: &Document, analysis: &Analysis, settings_json: &str) -> Result<(), JsValue> {
    close(doc);
    free_retired();
    let html = doc.document_element().ok_or_else(|| JsValue::from_str("the page has no root element"))?;
    let previous_focus = focus::page_focus(doc);
    let host = doc.create_element(HOST_TAG)?;
    host.set_id(HOST_ID);
    if let Some(h) = host.dyn_ref::<HtmlElement>() {
        // CSSOM, not a style attribute: strict style-src policies allow it.
        let style = h.style();
        for (name, value) in [
            ("all", "initial"),
            ("display", "block"),
            ("position", "fixed"),
            ("inset", "0"),
            ("z-index", "2147483647"),
        ] {
            style.set_property_with_priority(name, value, "important")?;
        }
    }
    let shadow = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?;
    let narrow = doc
        .default_view()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w < NARROW_PX);
    let overlay = build(doc, &shadow, &host, analysis, settings_json, true, narrow)?;
    html.append_child(&host)?;
    if let Some(root) = overlay.root.dyn_ref::<HtmlElement>() {
        root.focus()?;
    }
    mount(host, overlay, previous_focus);
    Ok(())
}

/// Closes the overlay; true when one was open.
pub fn close(doc: &Document) -> bool {
    let host = host(doc);
    if let Some(host) = &host {
        host.remove();
    }
    let gone: Vec<Mount> = MOUNTS.with(|m| {
        let mut mounts = m.borrow_mut();
        let (gone, kept) = mounts.drain(..).partition(|mount| Some(&mount.host) == host.as_ref());
        *mounts = kept;
        gone
    });
    for mount in gone {
        retire(mount.listeners);
        focus::restore(mount.previous_focus);
    }
    host.is_some()
}

/// Whether the overlay is open on `doc`.
pub fn is_open(doc: &Document) -> bool {
    host(doc).is_some()
}

/// Draws the reader and panel into `container` (its shadow root), for the demo page.
pub fn render_into(container: &Element, analysis: &Analysis, settings_json: &str) -> Result<(), JsValue> {
    free_retired();
    let doc =
        container.owner_document().ok_or_else(|| JsValue::from_str("the container is not in a document"))?;
    let shadow = match container.shadow_root() {
        Some(shadow) => {
            dom::clear(&shadow)?;
            shadow
        }
        None => container.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    let old: Vec<Mount> = MOUNTS.with(|m| {
        let mut mounts = m.borrow_mut();
        let (old, kept) = mounts.drain(..).partition(|mount| &mount.host == container);
        *mounts = kept;
        old
    });
    for mount in old {
        retire(mount.listeners);
    }
    let narrow = f64::from(container.client_width()) < NARROW_PX && container.client_width() > 0;
    let overlay = build(&doc, &shadow, container, analysis, settings_json, false, narrow)?;
    mount(container.clone(), overlay, None);
    Ok(())
}

fn host(doc: &Document) -> Option<Element> {
    doc.query_selector(&format!(":root > {HOST_TAG}#{HOST_ID}")).ok().flatten()
}

/// Builds the overlay inside `shadow`.
fn build(
    doc: &Document,
    shadow: &ShadowRoot,
    events: &Element,
    a: &Analysis,
    settings_json: &str,
    modal: bool,
    narrow: bool,
) -> Result<Rc<Overlay>, JsValue> {
    add_stylesheet(doc, shadow)?;
    let root = dom::add(doc, shadow, "div", if modal { "lede lede-modal" } else { "lede" })?;
    // Lede's own interface is English, left to right, whatever the page declares (the
    // shadow tree would inherit the page's direction); the article keeps its own.
    dom::attrs(&root, &[("lang", "en"), ("dir", "ltr")])?;
    root.set_attribute("data-panel", if narrow { "folded" } else { "open" })?;
    if modal {
        let label = if a.meta.title.as_deref().is_some_and(|t| !t.trim().is_empty()) {
            "aria-labelledby"
        } else {
            "aria-label"
        };
        let value = if label == "aria-label" { "Lede reader view" } else { "lede-title" };
        dom::attrs(&root, &[("role", "dialog"), ("aria-modal", "true"), (label, value), ("tabindex", "-1")])?;
    }
    let settings = Settings::parse(settings_json);
    controls::toolbar(doc, &root, modal)?;
    controls::settings_panel(doc, &root, &settings)?;
    dom::add(doc, &root, "div", "lede-status")?.set_attribute("role", "status")?;
    let layout = dom::add(doc, &root, "div", "lede-layout")?;
    reader::header(doc, &layout, a)?;
    panel::panel(doc, &layout, a, narrow)?;
    reader::article(doc, &layout, a)?;
    controls::apply(&root, &settings)?;
    Ok(Rc::new(Overlay {
        doc: doc.clone(),
        shadow: shadow.clone(),
        root,
        events: events.clone(),
        modal,
        settings: RefCell::new(settings),
        sentences: a.sentences.clone(),
        blocks: a.blocks.iter().map(|b| (b.start, b.end)).collect(),
        markdown: crate::report::markdown(a),
    }))
}

/// The stylesheet as a constructed sheet (not subject to the page's style-src policy), or a
/// `<style>` element where constructed sheets are unavailable.
fn add_stylesheet(doc: &Document, shadow: &ShadowRoot) -> Result<(), JsValue> {
    if let Ok(sheet) = CssStyleSheet::new() {
        if sheet.replace_sync(CSS).is_ok() {
            shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
            return Ok(());
        }
    }
    let style = doc.create_element("style")?;
    style.set_text_content(Some(CSS));
    shadow.append_child(&style).map(drop)
}

/// Registers the overlay's delegated listeners.
fn mount(host: Element, overlay: Rc<Overlay>, previous_focus: Option<web_sys::HtmlElement>) {
    let target: &EventTarget = overlay.root.as_ref();
    let mut listeners = Vec::new();
    type Handler = fn(&Overlay, &Event);
    // (event, handler, capture): `error` does not bubble, so it is caught on its way down.
    let handlers: [(&'static str, Handler, bool); 4] = [
        ("click", Overlay::on_click, false),
        ("change", Overlay::on_change, false),
        ("keydown", Overlay::on_keydown, false),
        ("error", Overlay::on_error, true),
    ];
    for (kind, handler, capture) in handlers {
        let o = Rc::clone(&overlay);
        let closure = Closure::<dyn FnMut(Event)>::new(move |e: Event| handler(&o, &e));
        if target
            .add_event_listener_with_callback_and_bool(kind, closure.as_ref().unchecked_ref(), capture)
            .is_ok()
        {
            listeners.push(Listener { target: target.clone(), kind, capture, closure });
        }
    }
    MOUNTS.with(|m| m.borrow_mut().push(Mount { host, listeners, previous_focus }));
}

fn retire(listeners: Vec<Listener>) {
    for l in &listeners {
        let _ = l.target.remove_event_listener_with_callback_and_bool(
            l.kind,
            l.closure.as_ref().unchecked_ref(),
            l.capture,
        );
    }
    RETIRED.with(|r| r.borrow_mut().extend(listeners));
}

fn free_retired() {
    let retired = RETIRED.with(|r| std::mem::take(&mut *r.borrow_mut()));
    drop(retired);
}
