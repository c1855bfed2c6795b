//! The overlay: Lede's reader view and summary panel, built with web-sys inside a closed
//! shadow root and styled by the one stylesheet `extension/overlay.css` (embedded at
//! compile time).
//!
//! # Interface
//!
//! - [`open`] mounts a plain `<div>` as the last child of `document.documentElement`:
//!   fixed, full-viewport, above everything, with a **closed** shadow root that holds the
//!   whole overlay. The host has no id, class or custom tag: the page can neither define its
//!   element (a custom element's constructor would run page code inside `open`) nor find it
//!   by name, and `host.shadowRoot` is `null` to the page. The shadow root and the host are
//!   kept here, in Rust, never looked up again in the page. The overlay is a modal dialog
//!   (`role="dialog"`, `aria-modal`, labelled by the article title): focus moves into it,
//!   Tab stays inside, and Esc or its Close button closes it. The page itself is not
//!   modified. The overlay is drawn in two steps when the article still has to be
//!   understood ([`Drawing::finish`]): the reader view first (toolbar, header, the
//!   article's text, the panel's frame marked `aria-busy`), painted before the rest runs;
//!   then, on the first task after that frame ([`progress`]), the summary panel and the
//!   article again with its sentences and dollar chips.
//! - [`close`] removes that element, drops its listeners and its observer, and gives focus
//!   back to the page element that had it; the page is exactly as before.
//! - [`is_open`] tells whether that very element is still where `open` put it. Decoys the
//!   page adds change nothing; if the page removes or moves the host, a `MutationObserver`
//!   frees everything at once and the next toggle opens a fresh overlay.
//! - [`render_into`] draws the same reader and panel into an element of the demo page, in
//!   a closed shadow root created on first use and kept here (the demo's own scripts no
//!   more read or change what Lede shows than a page can): no dialog, no Close button.
//! - [`update_settings`] shows settings changed elsewhere (the options page, another tab).
//!
//! # Settings
//!
//! The overlay reads the reading settings (see [`settings`]); when the reader changes one,
//! it calls the caller's `on_settings` function with the keys that changed. Nothing is
//! dispatched on the page.
//!
//! # Pictures
//!
//! The overlay makes no network request the page has not made: it shows a picture only when
//! its address is among those the page has already loaded ([`Pictures`]); any other shows
//! its caption and a "Load picture" button. A picture that fails leaves only its caption.
//!
//! # Structure
//!
//! [`reader`] lays out the article (sentences as `span.lede-s[data-s]`), [`chips`] adds the
//! won→dollar chips, [`panel`] the summary, [`controls`] the toolbar and reading settings,
//! [`actions`] reacts to the reader through a few delegated listeners (gloo's
//! `EventListener`: removed when dropped), [`a11y`] keeps focus where it belongs.
//! Page-derived strings only ever become text nodes or attribute values.

mod a11y;
mod actions;
mod chips;
mod controls;
mod dom;
mod panel;
mod progress;
mod reader;
mod settings;

use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions, EventListenerPhase};
use js_sys::Function;
use serde_json::{Map, Value};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    CssStyleSheet, Document, Element, HtmlElement, MutationObserver, MutationObserverInit, ShadowRoot,
    ShadowRootInit, ShadowRootMode,
};

use crate::report::summary::Summary;
use crate::Analysis;
use a11y::focus;
use actions::Overlay;
use settings::Settings;

/// The overlay's one stylesheet.
const CSS: &str = include_str!("../../../extension/overlay.css");
/// Below this width (CSS pixels) the panel sits under the title and starts folded.
const NARROW_PX: f64 = 860.0;

/// The rest of the pipeline, run once the reader view is painted: the full analysis.
pub type Finish = Box<dyn FnOnce() -> Analysis>;

/// What an overlay draws: the analysis it shows at once and, while the article is not yet
/// understood, the work that completes it.
pub struct Drawing {
    pub analysis: Analysis,
    pub finish: Option<Finish>,
}

/// Which pictures the overlay may show without asking.
pub enum Pictures {
    /// Every picture (the demo page, which serves its own).
    All,
    /// Only those at these addresses, which the page has already loaded.
    Loaded(HashSet<String>),
}

impl Pictures {
    /// Whether showing `src` (absolute) costs no request the page has not made.
    pub fn shown(&self, src: &str) -> bool {
        match self {
            Pictures::All => true,
            Pictures::Loaded(urls) => src.starts_with("data:") || urls.contains(src),
        }
    }
}

/// Stops observing when dropped.
struct Watch {
    observer: MutationObserver,
    _callback: Closure<dyn FnMut()>,
}

impl Drop for Watch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// One drawn overlay and everything it holds on to; dropping it removes its listeners.
struct Mount {
    /// The host element (`open`) or the demo's container (`render_into`).
    host: Element,
    overlay: Rc<Overlay>,
    _listeners: Vec<EventListener>,
    _watch: Option<Watch>,
    previous_focus: Option<HtmlElement>,
}

thread_local! {
    static MOUNTS: RefCell<Vec<Mount>> = const { RefCell::new(Vec::new()) };
    /// The demo containers' closed shadow roots: `shadowRoot` is `null` on a closed host,
    /// so the root is kept for the next drawing into the same container.
    static DEMO_ROOTS: RefCell<Vec<(Element, ShadowRoot)>> = const { RefCell::new(Vec::new()) };
}

/// Opens the overlay on `doc` (replacing one already open).
pub fn open(
    doc: &Document,
    drawing: Drawing,
    settings: &Map<String, Value>,
    pictures: Pictures,
    on_settings: Option<Function>,
) -> Result<(), JsValue> {
    close(doc);
    let html = doc.document_element().ok_or_else(|| JsValue::from_str("the page has no root element"))?;
    let previous_focus = focus::page_focus(doc);
    // A plain element: no page-defined constructor can run, no name to find it by.
    let host = doc.create_element("div")?;
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
    let shadow = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Closed))?;
    let narrow = doc
        .default_view()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w < NARROW_PX);
    let parts = Parts { drawing, settings, pictures, on_settings };
    let overlay = build(doc, &shadow, parts, true, narrow)?;
    html.append_child(&host)?;
    super::mark("lede-appended");
    if let Some(root) = overlay.root.dyn_ref::<HtmlElement>() {
        root.focus()?;
    }
    let watch = watch_removal(&html, &host)?;
    mount(host, Rc::clone(&overlay), Some(watch), previous_focus);
    progress::after_paint(&overlay)
}

/// Closes the overlay; true when one was open on `doc`.
pub fn close(doc: &Document) -> bool {
    let gone = take_mounts(|m| m.overlay.modal && m.overlay.doc == *doc);
    let mut was_open = false;
    for mount in gone {
        was_open |= is_in_place(&mount.host);
        mount.host.remove();
        focus::restore(mount.previous_focus);
        // `mount` drops here: its listeners and observer go with it.
    }
    was_open
}

/// Whether the overlay `open` added is still on `doc`, where it was put. An overlay the
/// page removed or moved is freed here if the observer has not done so yet.
pub fn is_open(doc: &Document) -> bool {
    let open = MOUNTS.with(|m| {
        m.borrow().iter().any(|m| m.overlay.modal && m.overlay.doc == *doc && is_in_place(&m.host))
    });
    if !open {
        free_displaced();
    }
    open
}

/// Shows validated settings in every drawn overlay.
pub fn update_settings(settings: &Map<String, Value>) {
    let overlays: Vec<Rc<Overlay>> =
        MOUNTS.with(|m| m.borrow().iter().map(|m| Rc::clone(&m.overlay)).collect());
    for overlay in overlays {
        overlay.show_settings(Settings::from_map(settings));
    }
}

/// Draws the reader and panel into `container` (its closed shadow root), for the demo page.
pub fn render_into(
    container: &Element,
    drawing: Drawing,
    settings: &Map<String, Value>,
    pictures: Pictures,
    on_settings: Option<Function>,
) -> Result<(), JsValue> {
    let doc =
        container.owner_document().ok_or_else(|| JsValue::from_str("the container is not in a document"))?;
    drop(take_mounts(|m| &m.host == container));
    let kept =
        DEMO_ROOTS.with(|r| r.borrow().iter().find(|(host, _)| host == container).map(|(_, s)| s.clone()));
    let shadow = match kept {
        Some(shadow) => {
            dom::clear(&shadow)?;
            shadow
        }
        None => {
            let shadow = container.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Closed))?;
            DEMO_ROOTS.with(|r| r.borrow_mut().push((container.clone(), shadow.clone())));
            shadow
        }
    };
    let narrow = f64::from(container.client_width()) < NARROW_PX && container.client_width() > 0;
    let overlay = build(&doc, &shadow, Parts { drawing, settings, pictures, on_settings }, false, narrow)?;
    mount(container.clone(), Rc::clone(&overlay), None, None);
    overlay.complete()
}

/// The host is still the root element's child (the page may have removed or moved it).
fn is_in_place(host: &Element) -> bool {
    let root = host.owner_document().and_then(|d| d.document_element());
    host.parent_element().is_some_and(|p| Some(p) == root)
}

/// Removes and returns the mounts that `which` selects.
fn take_mounts(which: impl Fn(&Mount) -> bool) -> Vec<Mount> {
    MOUNTS.with(|m| {
        let mut mounts = m.borrow_mut();
        let (gone, kept) = mounts.drain(..).partition(which);
        *mounts = kept;
        gone
    })
}

/// Frees the overlays whose host the page removed or moved.
fn free_displaced() {
    for mount in take_mounts(|m| m.overlay.modal && !is_in_place(&m.host)) {
        mount.host.remove();
    }
}

/// Frees the overlay as soon as the page takes its host off the root element.
fn watch_removal(root: &Element, host: &Element) -> Result<Watch, JsValue> {
    let watched = host.clone();
    let callback = Closure::<dyn FnMut()>::new(move || {
        if !is_in_place(&watched) {
            free_displaced();
        }
    });
    let observer = MutationObserver::new(callback.as_ref().unchecked_ref())?;
    let init = MutationObserverInit::new();
    init.set_child_list(true);
    observer.observe_with_options(root, &init)?;
    Ok(Watch { observer, _callback: callback })
}

/// What an overlay is drawn from.
struct Parts<'a> {
    drawing: Drawing,
    settings: &'a Map<String, Value>,
    pictures: Pictures,
    on_settings: Option<Function>,
}

/// Builds the overlay inside `shadow`.
fn build(
    doc: &Document,
    shadow: &ShadowRoot,
    parts: Parts<'_>,
    modal: bool,
    narrow: bool,
) -> Result<Rc<Overlay>, JsValue> {
    let a = &parts.drawing.analysis;
    let unread = parts.drawing.finish.is_some();
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
    let settings = Settings::from_map(parts.settings);
    controls::toolbar(doc, &root, modal, &settings)?;
    dom::add(doc, &root, "div", "lede-status")?.set_attribute("role", "status")?;
    let layout = dom::add(doc, &root, "div", "lede-layout")?;
    reader::header(doc, &layout, a)?;
    let body = panel::panel(doc, &layout, narrow)?;
    // An article not understood yet has no summary: its panel waits, `aria-busy`.
    let summary = if unread { Summary::default() } else { Summary::new(a) };
    if unread {
        body.set_attribute("aria-busy", "true")?;
    } else {
        panel::sections(doc, &body, &summary)?;
    }
    let article = reader::article(doc, a, &parts.pictures)?;
    layout.append_child(&article)?;
    controls::apply(&root, &settings)?;
    super::mark("lede-article");
    Ok(Rc::new(Overlay {
        doc: doc.clone(),
        shadow: shadow.clone(),
        root,
        modal,
        settings: RefCell::new(settings),
        on_settings: parts.on_settings,
        analysis: RefCell::new(parts.drawing.analysis),
        summary: RefCell::new(summary),
        finish: RefCell::new(parts.drawing.finish),
        pictures: parts.pictures,
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

/// Registers the overlay's delegated listeners and keeps the overlay.
fn mount(host: Element, overlay: Rc<Overlay>, watch: Option<Watch>, previous_focus: Option<HtmlElement>) {
    type Handler = fn(&Overlay, &web_sys::Event);
    // (event, handler, phase): `error` does not bubble, so it is caught on its way down.
    // Not passive: Esc and Tab are handled by the overlay, not by the browser or the page.
    let handlers: [(&'static str, Handler, EventListenerPhase); 4] = [
        ("click", Overlay::on_click, EventListenerPhase::Bubble),
        ("change", Overlay::on_change, EventListenerPhase::Bubble),
        ("keydown", Overlay::on_keydown, EventListenerPhase::Bubble),
        ("error", Overlay::on_error, EventListenerPhase::Capture),
    ];
    let listeners = handlers
        .into_iter()
        .map(|(kind, handler, phase)| {
            let o = Rc::clone(&overlay);
            let options = EventListenerOptions { phase, passive: false };
            EventListener::new_with_options(&overlay.root, kind, options, move |e| handler(&o, e))
        })
        .collect();
    MOUNTS.with(|m| {
        m.borrow_mut().push(Mount { host, overlay, _listeners: listeners, _watch: watch, previous_focus })
    });
}
