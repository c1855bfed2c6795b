//! The browser layer: what JavaScript calls (compiled only for `wasm32`), and the settings
//! schema it shares with the extension ([`settings`], compiled everywhere).
//!
//! Built by `./build.sh` with `wasm-pack --target web` into `pkg/` (an ES module `lede.js`
//! plus `lede_bg.wasm`). Four callers load that one module:
//!
//! - the extension's content script (`extension/content.js`), by dynamic `import()` the first
//!   time the user asks for Lede on a page — a page that never asks pays nothing. It runs in
//!   the content script's own world (Chromium's isolated world, Firefox's Xray sandbox): the
//!   page's scripts cannot call it, patch the DOM methods it uses or see its callbacks;
//! - the extension's fallback page (`extension/reader.html`), embedded as a full-viewport
//!   iframe where the page's CSP forbids WebAssembly in content scripts (Chromium, no
//!   `'wasm-unsafe-eval'`); it gets the page snapshot from the background by extension
//!   messaging, against a one-time token, and reads the settings from storage itself; once
//!   closed, it stays loaded (hidden) while the tab lives and reopens with the next snapshot;
//! - the options page (`extension/options.html`), for [`merge_settings`] and [`parse_setting`];
//! - the demo page (`www/index.html`).
//!
//! The page is handed over as one object `{ html, url, pictures }`: the page's
//! `document.documentElement.outerHTML` after its own scripts ran, its address, and the
//! addresses of the pictures the page has already loaded (the overlay shows those and no
//! other: it makes no network request the page has not made).
//!
//! # Exports
//!
//! - [`analyze`]`(html, url) -> String`: the analysis JSON, the same object `lede analyze`
//!   prints (see README, "The analysis contract").
//! - [`toggle`]`(page, settings, on_settings) -> bool`: closes the overlay when it is open
//!   (`false`), otherwise analyses the page and opens it (`true`): the reader view at once,
//!   the summary panel on the first task after the frame that shows it. Callers check
//!   [`is_open`] first, so closing costs no snapshot.
//! - [`is_open`]`() -> bool`, [`close`]`() -> bool` on the current document.
//! - [`update_settings`]`(settings)`: shows changed settings (from `storage.onChanged`) in
//!   every open overlay.
//! - [`render_demo`]`(container, html, url, settings, on_settings)`: the same rendering into
//!   an element of the demo page.
//! - [`merge_settings`]`(stored, patch) -> object` and [`parse_setting`]`(key, text) ->
//!   number | null` (throws a sentence for the reader): the schema's rules, for whoever
//!   writes the settings.
//!
//! # Settings
//!
//! `settings` is the object kept under the key `settings` in `storage.sync`, passed as a JS
//! object (serde-wasm-bindgen, no JSON strings). It is validated against the one schema,
//! `extension/settings-schema.json` (see [`settings`]): unknown keys and values that do not
//! fit are ignored, so settings never stop Lede and a forged value is never used. The core
//! reads `user_won_per_dollar` (100–10,000: the user's own rate, used only when the article
//! states none); the overlay reads the reading settings.
//!
//! When the reader changes a setting in the overlay, the overlay calls `on_settings` (a JS
//! function owned by the caller: the content script, the reader frame or the demo) with an
//! object holding just the keys that changed, already validated. The caller merges it into
//! storage key by key ([`merge_settings`]); nothing travels through the page's DOM, events
//! or `postMessage`.
//!
//! # The overlay (`overlay/`)
//!
//! `open` appends one host element, a plain `<div>` (no custom element the page could
//! define, no id or class the page could style or find by name), as the last child of
//! `doc.documentElement`, with a **closed** shadow root kept only in Rust. It changes
//! nothing else on the page: `close` removes that element and drops every listener `open`
//! added, so the page's DOM and scroll position are exactly as before. The overlay closes
//! itself on Esc; if the page removes the host, a `MutationObserver` frees everything at
//! once. Page-derived strings become text nodes, never HTML.

pub mod settings;

#[cfg(target_arch = "wasm32")]
mod exports;
#[cfg(target_arch = "wasm32")]
mod overlay;

#[cfg(target_arch = "wasm32")]
pub use exports::*;

/// A performance mark for the breakdown of a click in `tests/bench/click.mjs`: the stages of
/// the analysis and of the drawing (the callers mark the rest); nothing reads it here.
#[cfg(target_arch = "wasm32")]
fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}
