//! The toolbar (reading settings, Copy summary, Close) and the reading settings: theme,
//! font, text size, line width and line height, as in Firefox's reader view.
//!
//! Controls are native elements (radio buttons in fieldsets, buttons) so that each is
//! named and reachable by keyboard without extra ARIA. They carry `data-action` /
//! `data-setting` attributes; the overlay's delegated listeners (`super::actions`) act on them.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlElement, Node};

use super::dom;
use super::settings::{Settings, Stepper, CHOICE_KEYS};
use crate::web::settings::schema;

/// The toolbar; `modal` adds the Close button (the demo page has nothing to close).
///
/// The reading settings sit right after their "Aa" button, so that Tab goes from the button
/// into them; the stylesheet draws them as a popover under the button, over the page, so
/// that opening them moves nothing.
pub fn toolbar(doc: &Document, parent: &Node, modal: bool, s: &Settings) -> Result<Element, JsValue> {
    let bar = dom::add(doc, parent, "div", "lede-bar")?;
    dom::add_text(doc, &bar, "span", "lede-brand", "Lede")?;
    let actions = dom::add(doc, &bar, "div", "lede-actions")?;
    let settings = dom::button(doc, &actions, "lede-btn", "Aa", " Reading settings")?;
    dom::attrs(
        &settings,
        &[("data-action", "settings"), ("aria-expanded", "false"), ("aria-controls", "lede-settings")],
    )?;
    settings_panel(doc, &actions, s)?;
    dom::button(doc, &actions, "lede-btn", "Copy summary", "")?.set_attribute("data-action", "copy")?;
    if modal {
        let close = dom::button(doc, &actions, "lede-btn", "Close", " (Esc)")?;
        close.set_attribute("data-action", "close")?;
    }
    Ok(bar)
}

/// The reading settings, hidden until the toolbar's "Aa" button opens them.
fn settings_panel(doc: &Document, parent: &Node, s: &Settings) -> Result<Element, JsValue> {
    let panel = dom::add(doc, parent, "div", "lede-settings")?;
    dom::attrs(
        &panel,
        &[("id", "lede-settings"), ("role", "group"), ("aria-label", "Reading settings"), ("hidden", "")],
    )?;
    choices(doc, &panel, "theme", s.theme)?;
    choices(doc, &panel, "font", s.font)?;
    stepper(doc, &panel, "size", ("Smaller text", "Larger text"))?;
    choices(doc, &panel, "width", s.width)?;
    stepper(doc, &panel, "lineHeight", ("Tighter lines", "Looser lines"))?;
    Ok(panel)
}

/// The label of `key` in the schema.
fn label(key: &str) -> &'static str {
    schema().key(key).map_or("", |k| k.label.as_str())
}

fn choices(doc: &Document, parent: &Element, key: &str, current: &str) -> Result<(), JsValue> {
    let fieldset = dom::add(doc, parent, "fieldset", "lede-choices")?;
    fieldset.set_attribute("data-setting", key)?;
    dom::add_text(doc, &fieldset, "legend", "", label(key))?;
    for (value, label) in schema().choices(key) {
        let l = dom::add(doc, &fieldset, "label", "lede-choice")?;
        l.set_attribute("data-value", value)?;
        let input = dom::add(doc, &l, "input", "")?;
        dom::attrs(
            &input,
            &[("type", "radio"), ("name", &format!("lede-{key}")), ("value", value), ("data-setting", key)],
        )?;
        if value == current {
            input.set_attribute("checked", "")?;
        }
        dom::add_text(doc, &l, "span", "", label)?;
    }
    Ok(())
}

fn stepper(doc: &Document, parent: &Element, key: &str, (down, up): (&str, &str)) -> Result<(), JsValue> {
    let row = dom::add(doc, parent, "div", "lede-stepper")?;
    let id = format!("lede-label-{key}");
    dom::attrs(&row, &[("role", "group"), ("aria-labelledby", &id)])?;
    dom::add_text(doc, &row, "span", "lede-stepper-label", label(key))?.set_attribute("id", &id)?;
    for (visible, name, dir) in [("−", down, "-1"), ("+", up, "1")] {
        let b = dom::button(doc, &row, "lede-btn lede-step", visible, "")?;
        dom::attrs(
            &b,
            &[("data-action", "step"), ("data-setting", key), ("data-dir", dir), ("aria-label", name)],
        )?;
        if dir == "-1" {
            let out = dom::add(doc, &row, "output", "lede-value")?;
            dom::attrs(&out, &[("data-value", key), ("aria-live", "polite")])?;
        }
    }
    Ok(())
}

/// Shows the settings on the overlay: attributes the stylesheet keys on, the two CSS
/// variables, the numbers beside the steppers and which step buttons are at their limit.
pub fn apply(root: &Element, s: &Settings) -> Result<(), JsValue> {
    dom::attrs(root, &[("data-theme", s.theme), ("data-font", s.font), ("data-width", s.width)])?;
    if let Some(h) = root.dyn_ref::<HtmlElement>() {
        h.style().set_property("--lede-size", &format!("{}px", s.size))?;
        h.style().set_property("--lede-line-height", &s.line_height.to_string())?;
    }
    for (key, value, shown) in [
        ("size", s.size, format!("{} px", s.size)),
        ("lineHeight", s.line_height, format!("{:.1}", s.line_height)),
    ] {
        if let Some(out) = root.query_selector(&format!("output[data-value=\"{key}\"]"))? {
            out.set_text_content(Some(&shown));
        }
        let Some(stepper) = Stepper::of(key) else { continue };
        let buttons =
            root.query_selector_all(&format!("button[data-action=\"step\"][data-setting=\"{key}\"]"))?;
        for i in 0..buttons.length() {
            let Some(b) = buttons.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
            let at_limit = if b.get_attribute("data-dir").as_deref() == Some("-1") {
                value <= stepper.min
            } else {
                value >= stepper.max
            };
            // aria-disabled keeps the button focusable, so focus is not lost at the limit.
            b.set_attribute("aria-disabled", if at_limit { "true" } else { "false" })?;
        }
    }
    // The radio buttons follow a change made elsewhere (the options page).
    for key in CHOICE_KEYS {
        let radios = root.query_selector_all(&format!("input[data-setting=\"{key}\"]"))?;
        for i in 0..radios.length() {
            let Some(r) = radios.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
                continue;
            };
            r.set_checked(r.value() == s.chosen(key));
        }
    }
    Ok(())
}
