//! The browser layer: what JavaScript calls, compiled only for `wasm32`.
//!
//! Built by `./build.sh` with `wasm-pack --target web` into `pkg/` (an ES module `lede.js`
//! plus `lede_bg.wasm`). Three callers load that one module:
//!
//! - the extension's content script (`extension/content.js`), by dynamic `import()` the first
//!   time the user asks for Lede on a page — a page that never asks pays nothing;
//! - the extension's fallback page (`extension/reader.html`), embedded as a full-viewport
//!   iframe where the page's CSP forbids WebAssembly in content scripts (Chromium, no
//!   `'wasm-unsafe-eval'`); it gets the page's HTML and URL by `postMessage`;
//! - the demo page (`www/index.html`).
//!
//! The page is handed over as one string (`document.documentElement.outerHTML` after the
//! page's own scripts ran) plus its URL: one crossing of the JS/WASM boundary.
//!
//! # Exports
//!
//! - [`analyze`]`(html, url) -> String`: the analysis JSON, the same object `lede analyze`
//!   prints (see README, "The analysis contract").
//! - [`toggle`]`(html, url, settings_json) -> bool`: closes the overlay when it is open
//!   (`false`), otherwise analyses the page and opens it (`true`). Callers check
//!   [`is_open`] first and pass an empty `html` when closing, so closing costs no snapshot.
//! - [`is_open`]`() -> bool`, [`close`]`() -> bool` on the current document.
//! - [`render_demo`]`(container, html, url, settings_json)`: the same rendering into an
//!   element of the demo page.
//!
//! # Settings
//!
//! `settings_json` is the object the options page (and the overlay, through its
//! `lede-settings` event) stores under the key `settings` in `storage.sync`, serialised as JSON (`"{}"` when nothing is stored). The core reads
//! `user_won_per_dollar` (a positive number: the user's own won-per-dollar rate, used only
//! when the article states none); the overlay reads whatever display settings it defines.
//! Unknown keys are ignored and malformed JSON counts as `{}`: settings never stop Lede.
//!
//! # The overlay interface (`overlay/`, owned by the UI side)
//!
//! ```text
//! pub fn open(doc: &web_sys::Document, analysis: &crate::Analysis, settings_json: &str) -> Result<(), JsValue>
//! pub fn close(doc: &web_sys::Document) -> bool          // true when something was closed
//! pub fn is_open(doc: &web_sys::Document) -> bool
//! pub fn render_into(container: &web_sys::Element, analysis: &crate::Analysis, settings_json: &str) -> Result<(), JsValue>
//! ```
//!
//! `open` appends one host element, `<lede-overlay>` with an open shadow root, as the last
//! child of `doc.documentElement` (`content.js` and `reader.js` find it by that tag: to
//! store the settings its `lede-settings` event carries, and to notice it has closed),
//! styled by `extension/overlay.css` (embedded with `include_str!`), and changes nothing
//! else on the page: `close` removes that element and any listener `open` added, so the
//! page's DOM and scroll position are exactly as before. The overlay closes itself on Esc.
//! Page-derived strings become text nodes, never HTML.

mod overlay;

use serde::Deserialize;
use wasm_bindgen::prelude::*;

use crate::{Analysis, Input, Options};

/// What the core itself reads from the user's settings (see the module docs).
#[derive(Debug, Default, Deserialize)]
struct CoreSettings {
    user_won_per_dollar: Option<f64>,
}

/// Runs the pipeline on a page snapshot with the user's settings.
fn run(html: &str, url: &str, settings_json: &str) -> Analysis {
    let settings: CoreSettings = serde_json::from_str(settings_json).unwrap_or_default();
    let options = Options {
        url: Some(url.to_owned()).filter(|u| !u.is_empty()),
        published: None,
        user_won_per_dollar: settings.user_won_per_dollar.filter(|r| r.is_finite() && *r > 0.0),
    };
    crate::analyze(Input::Html(html), &options)
}

/// The analysis of one page as JSON: the same object `lede analyze` prints.
#[wasm_bindgen]
pub fn analyze(html: &str, url: &str) -> String {
    // Every field of the contract serialises; an error here would be a bug in the contract.
    serde_json::to_string(&run(html, url, "{}"))
        .unwrap_or_else(|e| serde_json::json!({ "warnings": [e.to_string()] }).to_string())
}

fn document() -> Result<web_sys::Document, JsValue> {
    web_sys::window().and_then(|w| w.document()).ok_or_else(|| JsValue::from_str("lede: no document here"))
}

/// Closes the overlay when it is open (`false`); otherwise analyses the page and opens it
/// (`true`).
#[wasm_bindgen]
pub fn toggle(html: &str, url: &str, settings_json: &str) -> Result<bool, JsValue> {
    let doc = document()?;
    if overlay::close(&doc) {
        return Ok(false);
    }
    overlay::open(&doc, &run(html, url, settings_json), settings_json)?;
    Ok(true)
}

/// Whether the overlay is on the current document.
#[wasm_bindgen]
pub fn is_open() -> Result<bool, JsValue> {
    Ok(overlay::is_open(&document()?))
}

/// Closes the overlay; `true` when there was one.
#[wasm_bindgen]
pub fn close() -> Result<bool, JsValue> {
    Ok(overlay::close(&document()?))
}

/// Draws the analysis of `html` into `container` (the demo page).
#[wasm_bindgen]
pub fn render_demo(
    container: &web_sys::Element,
    html: &str,
    url: &str,
    settings_json: &str,
) -> Result<(), JsValue> {
    overlay::render_into(container, &run(html, url, settings_json), settings_json)
}
