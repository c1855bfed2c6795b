//! Small helpers for building the overlay's DOM through web-sys.
//!
//! Page-derived strings only ever reach the DOM through [`text`] (a text node) or
//! [`Element::set_attribute`]; nothing here parses HTML.

use wasm_bindgen::JsValue;
use web_sys::{Document, Element, Node};

/// A new element with a class (none when `class` is empty).
pub fn el(doc: &Document, tag: &str, class: &str) -> Result<Element, JsValue> {
    let e = doc.create_element(tag)?;
    if !class.is_empty() {
        e.set_class_name(class);
    }
    Ok(e)
}

/// A new element appended to `parent`.
pub fn add(doc: &Document, parent: &Node, tag: &str, class: &str) -> Result<Element, JsValue> {
    let e = el(doc, tag, class)?;
    parent.append_child(&e)?;
    Ok(e)
}

/// A new element holding `s` as text, appended to `parent`.
pub fn add_text(doc: &Document, parent: &Node, tag: &str, class: &str, s: &str) -> Result<Element, JsValue> {
    let e = add(doc, parent, tag, class)?;
    text(doc, &e, s)?;
    Ok(e)
}

/// Appends `s` as a text node.
pub fn text(doc: &Document, parent: &Node, s: &str) -> Result<(), JsValue> {
    if !s.is_empty() {
        parent.append_child(&doc.create_text_node(s))?;
    }
    Ok(())
}

/// Sets several attributes at once.
pub fn attrs(e: &Element, pairs: &[(&str, &str)]) -> Result<(), JsValue> {
    for (name, value) in pairs {
        e.set_attribute(name, value)?;
    }
    Ok(())
}

/// A `<button type="button">` with visible text and, when given, words that only screen
/// readers hear after it ("Aa" + " Reading settings").
pub fn button(
    doc: &Document,
    parent: &Node,
    class: &str,
    visible: &str,
    hidden: &str,
) -> Result<Element, JsValue> {
    let b = add(doc, parent, "button", class)?;
    b.set_attribute("type", "button")?;
    text(doc, &b, visible)?;
    if !hidden.is_empty() {
        add_text(doc, &b, "span", "lede-sr", hidden)?;
    }
    Ok(b)
}

/// Removes every child of `node`.
pub fn clear(node: &Node) -> Result<(), JsValue> {
    while let Some(child) = node.first_child() {
        node.remove_child(&child)?;
    }
    Ok(())
}
