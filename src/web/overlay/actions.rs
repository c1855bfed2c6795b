//! What the overlay does when the reader acts: delegated listeners (click, change, keydown,
//! and error for pictures that fail to load) on the overlay's root read the `data-action` / `data-setting` attributes the
//! builders put on controls, so the listener count does not grow with the article.
//!
//! Actions: `goto` (scroll to sentence `data-s` and highlight it), `settings` (show or hide
//! the reading settings), `step` (text size, line height), `fold` (the summary panel),
//! `more` (the rest of a long list),
//! `copy` (the Markdown summary to the clipboard), `close`. Esc closes the settings if
//! they are open, else the overlay; Tab stays inside (modal overlay only).

use std::cell::RefCell;

use js_sys::{Function, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    Clipboard, CustomEvent, CustomEventInit, Document, Element, Event, FocusOptions, HtmlDocument,
    HtmlElement, HtmlTextAreaElement, KeyboardEvent, ScrollBehavior, ScrollIntoViewOptions,
    ScrollLogicalPosition, ShadowRoot,
};

use super::a11y::focus;
use super::controls;
use super::settings::Settings;
use crate::analysis::Span;

/// The name of the event that carries changed settings (see the module docs of `overlay`).
pub const SETTINGS_EVENT: &str = "lede-settings";

/// One rendered overlay: what its listeners need.
pub struct Overlay {
    pub doc: Document,
    pub shadow: ShadowRoot,
    /// The `.lede` element: everything the overlay shows.
    pub root: Element,
    /// Where `lede-settings` is dispatched: the host element, or the demo's container.
    pub events: Element,
    pub modal: bool,
    pub settings: RefCell<Settings>,
    pub sentences: Vec<Span>,
    /// Each block's character range, for sentences not laid out as text (tables).
    pub blocks: Vec<(usize, usize)>,
    pub markdown: String,
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
            Some("more") => self.toggle_more(&control),
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
        let changed = self.settings.borrow_mut().choose(&key, &value);
        if changed {
            self.settings_changed();
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

    /// A lead picture that does not load leaves no empty frame behind (it is decorative;
    /// the article's own figures keep their alternative text).
    pub fn on_error(&self, event: &Event) {
        let lead = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| t.closest(".lede-lead").ok().flatten());
        if let Some(figure) = lead {
            let _ = figure.set_attribute("hidden", "");
        }
    }

    /// Scrolls to sentence `s`, highlights it and moves focus there.
    pub fn goto(&self, s: usize) {
        let mut targets = elements(&self.root, &format!(".lede-s[data-s=\"{s}\"]"));
        if targets.is_empty() {
            let at = self.sentences.get(s).map(|span| span.start);
            if let Some(b) =
                at.and_then(|at| self.blocks.iter().position(|&(start, end)| start <= at && at < end))
            {
                targets = elements(&self.root, &format!("[data-b=\"{b}\"]"));
            }
        }
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

    /// Shows or hides the rest of a long list ("Show 9 more").
    fn toggle_more(&self, button: &Element) {
        let Some(id) = attr(button, "aria-controls") else { return };
        let Ok(Some(rest)) = self.root.query_selector(&format!("#{id}")) else { return };
        let show = rest.has_attribute("hidden");
        let _ = if show { rest.remove_attribute("hidden") } else { rest.set_attribute("hidden", "") };
        let _ = button.set_attribute("aria-expanded", if show { "true" } else { "false" });
        let label =
            if show { String::from("Show fewer") } else { attr(button, "data-label").unwrap_or_default() };
        button.set_text_content(Some(&label));
    }

    fn step(&self, button: &Element) {
        if attr(button, "aria-disabled").as_deref() == Some("true") {
            return;
        }
        let key = attr(button, "data-setting").unwrap_or_default();
        let dir: i32 = attr(button, "data-dir").and_then(|d| d.parse().ok()).unwrap_or(0);
        let Some(stepper) = controls::stepper_for(&key) else { return };
        {
            let mut s = self.settings.borrow_mut();
            match key.as_str() {
                "size" => s.size = stepper.moved(s.size, dir),
                _ => s.line_height = stepper.moved(s.line_height, dir),
            }
        }
        self.settings_changed();
    }

    /// Shows the new settings and tells the host page (which stores them).
    fn settings_changed(&self) {
        let settings = self.settings.borrow();
        let _ = controls::apply(&self.root, &settings);
        let init = CustomEventInit::new();
        init.set_detail(&JsValue::from_str(&settings.to_json()));
        if let Ok(event) = CustomEvent::new_with_event_init_dict(SETTINGS_EVENT, &init) {
            let _ = self.events.dispatch_event(&event);
        }
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
        if let Some(clipboard) = clipboard {
            let promise = clipboard.unchecked_into::<Clipboard>().write_text(&self.markdown);
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
        let copied = self.copy_with_exec_command();
        self.status(if copied { DONE } else { FAILED });
    }

    fn copy_with_exec_command(&self) -> bool {
        let Some(html_doc) = self.doc.dyn_ref::<HtmlDocument>() else { return false };
        let Ok(area) = self.doc.create_element("textarea") else { return false };
        let Ok(area) = area.dyn_into::<HtmlTextAreaElement>() else { return false };
        area.set_value(&self.markdown);
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

fn elements(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect()
}

fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|m| m.matches())
}
