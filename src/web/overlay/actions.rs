//! What the overlay does when the reader acts: delegated listeners (click, change, keydown,
//! and error for pictures that fail to load) on the overlay's root read the `data-action` /
//! `data-setting` attributes the builders put on controls, so the listener count does not
//! grow with the article.
//!
//! Actions: `goto` (scroll to sentence `data-s` and highlight it), `settings` (show or hide
//! the reading settings), `step` (text size, line height), `fold` (the summary panel),
//! `more` (the next page of a long list), `chips` (the next dollar chips in the article),
//! `picture` (load a picture the page had not
//! loaded, on the reader's request), `copy` (the Markdown summary to the clipboard),
//! `close`. Esc closes the settings if they are open, else the overlay; Tab stays inside
//! (modal overlay only). A changed setting is shown at once and reported to the caller's
//! `on_settings` function, as a patch of the keys that changed.

use std::cell::RefCell;

use js_sys::{Function, Reflect};
use serde::Serialize;
use serde_json::{Map, Value};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    Clipboard, Document, Element, Event, FocusOptions, HtmlDocument, HtmlElement, HtmlTextAreaElement,
    KeyboardEvent, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition, ShadowRoot,
};

use super::a11y::focus;
use super::controls;
use super::panel::{self, Section};
use super::reader;
use super::settings::Settings;
use super::{Finish, Pictures};
use crate::report::summary::Summary;
use crate::Analysis;

/// Elements highlighted at most for one sentence (a sentence spread over a huge table).
const HIGHLIGHTS: usize = 200;

/// One rendered overlay: what its listeners need.
pub struct Overlay {
    pub doc: Document,
    pub shadow: ShadowRoot,
    /// The `.lede` element: everything the overlay shows.
    pub root: Element,
    pub modal: bool,
    pub settings: RefCell<Settings>,
    /// The caller's function that stores changed settings.
    pub on_settings: Option<Function>,
    /// What is shown; "Copy summary" writes its Markdown only when asked (on a page of
    /// 100,000 amounts that is megabytes, not worth building on every open).
    pub analysis: RefCell<Analysis>,
    /// The panel's data, for the lists' further pages.
    pub summary: RefCell<Summary>,
    /// While the article is not understood yet: the work that completes `analysis`.
    pub finish: RefCell<Option<Finish>>,
    /// The pictures the article may show (it is drawn again once understood).
    pub pictures: Pictures,
}

fn attr(e: &Element, name: &str) -> Option<String> {
    e.get_attribute(name)
}

impl Overlay {
    pub fn on_click(&self, event: &Event) {
        let target = event.target().and_then(|t| t.dyn_into::<Element>().ok());
        // A click elsewhere dismisses the reading settings, as a popover does.
        let in_settings = target
            .as_ref()
            .and_then(|t| t.closest("#lede-settings, [data-action=\"settings\"]").ok().flatten());
        if in_settings.is_none() {
            self.close_settings(false);
        }
        let Some(control) = target.and_then(|t| t.closest("[data-action]").ok().flatten()) else { return };
        match attr(&control, "data-action").as_deref() {
            Some("goto") => {
                if let Some(s) = next_sentence(&control) {
                    self.goto(s);
                }
            }
            Some("settings") => self.toggle_settings(&control),
            Some("fold") => self.toggle_fold(&control),
            Some("more") => self.more(&control),
            Some("chips") => self.more_chips(&control),
            Some("picture") => load_picture(&self.doc, &control),
            Some("step") => self.step(&control),
            Some("copy") => self.copy(),
            Some("close") => {
                super::close(&self.doc);
            }
            _ => {}
        }
    }

    pub fn on_change(&self, event: &Event) {
        let Some(input) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
        let (Some(key), Some(value)) = (attr(&input, "data-setting"), attr(&input, "value")) else { return };
        let patch = self.settings.borrow_mut().choose(&key, &value);
        if let Some(patch) = patch {
            self.settings_changed(patch);
        }
    }

    pub fn on_keydown(&self, event: &Event) {
        let Some(key) = event.dyn_ref::<KeyboardEvent>() else { return };
        match key.key().as_str() {
            "Escape" => {
                event.prevent_default();
                if !self.close_settings(true) && self.modal {
                    super::close(&self.doc);
                }
            }
            "Tab" if self.modal => focus::trap_tab(&self.root, &self.shadow, key),
            _ => {}
        }
        if self.modal {
            // The page's own shortcuts must not fire while the reader types in the overlay.
            event.stop_propagation();
        }
    }

    /// A picture that does not load leaves its caption only: the broken image (which
    /// browsers draw as its alternative text, repeating the caption) goes, and a figure with
    /// nothing else goes too.
    pub fn on_error(&self, event: &Event) {
        let Some(img) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
        let Ok(Some(figure)) = img.closest("figure") else { return };
        img.remove();
        if figure.query_selector("figcaption").ok().flatten().is_none() {
            let _ = figure.set_attribute("hidden", "");
        }
    }

    /// Scrolls to sentence `s`, highlights it and moves focus there.
    pub fn goto(&self, s: usize) {
        let mut targets = elements(&self.root, &format!(".lede-s[data-s=\"{s}\"]"));
        if targets.is_empty() {
            let analysis = self.analysis.borrow();
            let at = analysis.sentences.get(s).map(|span| span.start);
            if let Some(b) =
                at.and_then(|at| analysis.blocks.iter().position(|b| b.start <= at && at < b.end))
            {
                targets = elements(&self.root, &format!("[data-b=\"{b}\"]"));
            }
        }
        targets.truncate(HIGHLIGHTS);
        let Some(first) = targets.first() else { return };
        for old in elements(&self.root, ".lede-hl") {
            let _ = old.class_list().remove_1("lede-hl");
        }
        for t in &targets {
            let _ = t.class_list().add_1("lede-hl");
        }
        let scroll = ScrollIntoViewOptions::new();
        scroll.set_block(ScrollLogicalPosition::Center);
        scroll.set_behavior(if reduced_motion() { ScrollBehavior::Instant } else { ScrollBehavior::Smooth });
        first.scroll_into_view_with_scroll_into_view_options(&scroll);
        if let Some(h) = first.dyn_ref::<HtmlElement>() {
            // Focus follows, so screen readers read the sentence and Tab continues from it.
            if !h.has_attribute("tabindex") {
                let _ = h.set_attribute("tabindex", "-1");
            }
            let opts = FocusOptions::new();
            opts.set_prevent_scroll(true);
            let _ = h.focus_with_options(&opts);
        }
    }

    fn toggle_settings(&self, button: &Element) {
        let Ok(Some(panel)) = self.root.query_selector("#lede-settings") else { return };
        let open = panel.has_attribute("hidden");
        if open {
            let _ = panel.remove_attribute("hidden");
            let _ = button.set_attribute("aria-expanded", "true");
            if let Some(first) = focus::tabbables(&panel).first() {
                let _ = first.focus();
            }
        } else {
            self.close_settings(true);
        }
    }

    /// Hides the reading settings, focus back on their button when `refocus`; false when
    /// they were not open.
    fn close_settings(&self, refocus: bool) -> bool {
        let Ok(Some(panel)) = self.root.query_selector("#lede-settings") else { return false };
        if panel.has_attribute("hidden") {
            return false;
        }
        let _ = panel.set_attribute("hidden", "");
        if let Ok(Some(button)) = self.root.query_selector("[data-action=\"settings\"]") {
            let _ = button.set_attribute("aria-expanded", "false");
            if let Some(b) = button.dyn_ref::<HtmlElement>().filter(|_| refocus) {
                let _ = b.focus();
            }
        }
        true
    }

    fn toggle_fold(&self, button: &Element) {
        let Ok(Some(body)) = self.root.query_selector("#lede-panel-body") else { return };
        let unfold = body.has_attribute("hidden");
        let _ = if unfold { body.remove_attribute("hidden") } else { body.set_attribute("hidden", "") };
        let _ = button.set_attribute("aria-expanded", if unfold { "true" } else { "false" });
        let _ = self.root.set_attribute("data-panel", if unfold { "open" } else { "folded" });
    }

    /// Draws the next page of a long list; focus moves to its first new entry.
    fn more(&self, button: &Element) {
        let section = attr(button, "data-list").and_then(|k| Section::from_key(&k));
        let shown: Option<usize> = attr(button, "data-shown").and_then(|n| n.parse().ok());
        let list = button.parent_element().and_then(|s| s.query_selector(":scope > ul").ok().flatten());
        let (Some(section), Some(shown), Some(list)) = (section, shown, list) else { return };
        let before = list.child_element_count();
        let summary = self.summary.borrow();
        let Ok(now) = panel::more(&self.doc, &list, &summary, section, shown) else { return };
        let _ = panel::more_button(&self.doc, &list, section, now, section.len(&summary));
        let first_new =
            list.children().item(before).and_then(|li| li.query_selector(".lede-entry").ok().flatten());
        if let Some(entry) = first_new.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            let _ = entry.focus();
        }
    }

    /// Draws the next dollar chips in the article; focus moves to the first new one.
    fn more_chips(&self, button: &Element) {
        let shown: Option<usize> = attr(button, "data-shown").and_then(|n| n.parse().ok());
        let article = button.closest(".lede-article").ok().flatten();
        let (Some(shown), Some(article)) = (shown, article) else { return };
        if reader::more_chips(&self.doc, &article, &self.analysis.borrow(), shown).is_err() {
            return;
        }
        let first_new =
            article.query_selector(&format!(".lede-chip[aria-describedby=\"lede-tip-{}\"]", shown + 1));
        if let Some(chip) = first_new.ok().flatten().and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            let _ = chip.focus();
        }
    }

    fn step(&self, button: &Element) {
        if attr(button, "aria-disabled").as_deref() == Some("true") {
            return;
        }
        let key = attr(button, "data-setting").unwrap_or_default();
        let dir: i32 = attr(button, "data-dir").and_then(|d| d.parse().ok()).unwrap_or(0);
        let patch = self.settings.borrow_mut().step(&key, dir);
        if let Some(patch) = patch {
            self.settings_changed(patch);
        }
    }

    /// Shows the new settings and hands the keys that changed to the caller, which stores
    /// them. The function belongs to the caller (the content script): the page never sees it.
    fn settings_changed(&self, patch: Map<String, Value>) {
        let _ = controls::apply(&self.root, &self.settings.borrow());
        let Some(callback) = &self.on_settings else { return };
        let serializer = serde_wasm_bindgen::Serializer::json_compatible();
        if let Ok(patch) = Value::Object(patch).serialize(&serializer) {
            if let Err(e) = callback.call1(&JsValue::NULL, &patch) {
                web_sys::console::warn_2(&"Lede could not store the settings:".into(), &e);
            }
        }
    }

    /// Shows settings changed elsewhere.
    pub fn show_settings(&self, settings: Settings) {
        if *self.settings.borrow() == settings {
            return;
        }
        *self.settings.borrow_mut() = settings;
        let _ = controls::apply(&self.root, &self.settings.borrow());
    }

    fn status(&self, message: &str) {
        if let Ok(Some(status)) = self.root.query_selector(".lede-status") {
            status.set_text_content(Some(message));
        }
    }

    /// Copies the Markdown summary: the asynchronous Clipboard API where the page is a
    /// secure context, else the older `execCommand("copy")` on a scratch text area.
    fn copy(&self) {
        const DONE: &str = "Summary copied to the clipboard as Markdown.";
        const FAILED: &str = "The browser did not allow copying to the clipboard.";
        let Some(window) = self.doc.default_view() else { return };
        let navigator = window.navigator();
        let clipboard =
            Reflect::get(&navigator, &"clipboard".into()).ok().filter(|c| !c.is_undefined() && !c.is_null());
        // The summary is copied whole, even in the moment before the panel shows it.
        if self.complete().is_err() {
            return;
        }
        let markdown = crate::report::markdown(&self.analysis.borrow());
        if let Some(clipboard) = clipboard {
            let promise = clipboard.unchecked_into::<Clipboard>().write_text(&markdown);
            let report = |message: &'static str| {
                let root = self.root.clone();
                move |_: JsValue| {
                    if let Ok(Some(status)) = root.query_selector(".lede-status") {
                        status.set_text_content(Some(message));
                    }
                }
            };
            let ok = Closure::once_into_js(report(DONE));
            let err = Closure::once_into_js(report(FAILED));
            let then =
                Reflect::get(&promise, &"then".into()).ok().and_then(|f| f.dyn_into::<Function>().ok());
            if let Some(then) = then {
                let _ = then.call2(&promise, &ok, &err);
            }
            return;
        }
        let copied = self.copy_with_exec_command(&markdown);
        self.status(if copied { DONE } else { FAILED });
    }

    fn copy_with_exec_command(&self, markdown: &str) -> bool {
        let Some(html_doc) = self.doc.dyn_ref::<HtmlDocument>() else { return false };
        let Ok(area) = self.doc.create_element("textarea") else { return false };
        let Ok(area) = area.dyn_into::<HtmlTextAreaElement>() else { return false };
        area.set_value(markdown);
        let _ = area.set_attribute("class", "lede-scratch");
        let _ = area.set_attribute("aria-hidden", "true");
        if self.root.append_child(&area).is_err() {
            return false;
        }
        let previous = self.shadow.active_element();
        area.select();
        let copied = html_doc.exec_command("copy").unwrap_or(false);
        area.remove();
        if let Some(p) = previous.and_then(|p| p.dyn_into::<HtmlElement>().ok()) {
            let _ = p.focus();
        }
        copied
    }
}

/// The sentence an entry points at now. Entries with several (`data-cycle`, e.g. an
/// actor's mentions) move `data-s` on to the next one each time, wrapping around.
fn next_sentence(control: &Element) -> Option<usize> {
    let current: usize = attr(control, "data-s")?.parse().ok()?;
    if let Some(cycle) = attr(control, "data-cycle") {
        let all: Vec<usize> = cycle.split(' ').filter_map(|s| s.parse().ok()).collect();
        if let Some(i) = all.iter().position(|&s| s == current) {
            let next = all[(i + 1) % all.len()];
            let _ = control.set_attribute("data-s", &next.to_string());
        }
    }
    Some(current)
}

/// Replaces a "Load picture" placeholder by the picture it stands for (the reader asked).
fn load_picture(doc: &Document, button: &Element) {
    let Some(src) = attr(button, "data-src") else { return };
    let Ok(img) = doc.create_element("img") else { return };
    let alt = attr(button, "data-alt").unwrap_or_default();
    if super::dom::attrs(&img, &[("src", &src), ("alt", &alt), ("decoding", "async")]).is_err() {
        return;
    }
    let holder = button.closest(".lede-picture-off").ok().flatten().unwrap_or_else(|| button.clone());
    let _ = holder.replace_with_with_node_1(&img);
}

fn elements(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect()
}

fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|m| m.matches())
}
