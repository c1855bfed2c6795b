//! Focus for a modal dialog: it moves into the overlay on open, Tab and Shift+Tab cycle
//! through the overlay's controls only, and it returns to where it was on the page when
//! the overlay closes.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, FocusOptions, HtmlElement, KeyboardEvent, ShadowRoot};

/// What can take focus by Tab (disabled and hidden controls excluded).
const TABBABLE: &str = "button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), \
textarea:not([disabled]), [tabindex]:not([tabindex=\"-1\"])";

/// The overlay's tabbable elements in tab order (document order; the overlay sets no
/// positive tabindex), skipping those not rendered (inside `hidden`, `display: none`).
pub fn tabbables(root: &Element) -> Vec<HtmlElement> {
    let Ok(list) = root.query_selector_all(TABBABLE) else { return Vec::new() };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
        .filter(|e| e.get_client_rects().length() > 0)
        .filter(|e| !(e.tag_name().eq_ignore_ascii_case("input") && is_unchecked_radio(e)))
        .collect()
}

/// Tab reaches a radio group through its checked button only; arrows move inside it.
fn is_unchecked_radio(e: &HtmlElement) -> bool {
    e.get_attribute("type").as_deref() == Some("radio")
        && !js_sys::Reflect::get(e, &"checked".into()).ok().and_then(|v| v.as_bool()).unwrap_or(false)
}

/// Keeps Tab inside the overlay: from the last control to the first and back.
pub fn trap_tab(root: &Element, shadow: &ShadowRoot, event: &KeyboardEvent) {
    let items = tabbables(root);
    let (Some(first), Some(last)) = (items.first(), items.last()) else {
        event.prevent_default();
        return;
    };
    let active = shadow.active_element();
    let is = |e: &HtmlElement| active.as_ref().is_some_and(|a| a == e.unchecked_ref::<Element>());
    let inside = active.as_ref().is_some_and(|a| items.iter().any(|e| a == e.unchecked_ref::<Element>()));
    let target = if event.shift_key() {
        (!inside || is(first)).then_some(last)
    } else {
        (!inside || is(last)).then_some(first)
    };
    if let Some(t) = target {
        event.prevent_default();
        let _ = t.focus();
    }
}

/// The page's focused element, to give focus back to on close.
pub fn page_focus(doc: &Document) -> Option<HtmlElement> {
    doc.active_element().and_then(|e| e.dyn_into::<HtmlElement>().ok())
}

/// Gives focus back to the page element that had it, if it is still on the page, without
/// scrolling: the reader may have scrolled the page away from it before opening Lede.
pub fn restore(previous: Option<HtmlElement>) {
    if let Some(e) = previous.filter(|e| e.is_connected()) {
        let options = FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = e.focus_with_options(&options);
    }
}
