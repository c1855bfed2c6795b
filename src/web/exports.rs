//! The functions JavaScript calls (see the module docs of [`crate::web`]).

use std::collections::HashSet;

use js_sys::Function;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use wasm_bindgen::prelude::*;

use super::mark;
use super::overlay::{self, Drawing, Pictures};
use super::settings::schema;
use crate::{Analysis, Input, Options};

/// The page as the content script hands it over.
#[derive(Debug, Default, Deserialize)]
struct Page {
    html: String,
    #[serde(default)]
    url: String,
    /// Addresses of the pictures the page has already loaded; absent: none.
    #[serde(default)]
    pictures: Vec<String>,
}

/// The settings object from JS, validated against the schema (anything else counts as `{}`).
fn settings_from(js: &JsValue) -> Map<String, Value> {
    let value: Value = serde_wasm_bindgen::from_value(js.clone()).unwrap_or(Value::Null);
    schema().validate(&value)
}

/// A JSON value as a plain JS value (objects as objects, not `Map`s).
fn to_js(value: &impl Serialize) -> Result<JsValue, JsValue> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(JsValue::from)
}

/// The pipeline's options for a page at `url`, with the user's (validated) settings.
fn options(url: &str, settings: &Map<String, Value>) -> Options {
    Options {
        url: Some(url.to_owned()).filter(|u| !u.is_empty()),
        published: None,
        user_won_per_dollar: settings.get("user_won_per_dollar").and_then(Value::as_f64),
    }
}

/// Runs the pipeline on a page snapshot with the user's (validated) settings.
fn run(html: &str, url: &str, settings: &Map<String, Value>) -> Analysis {
    crate::analyze_staged(Input::Html(html), &options(url, settings), |stage| mark(&format!("lede-{stage}")))
}

/// The analysis of one page as JSON: the same object `lede analyze` prints.
#[wasm_bindgen]
pub fn analyze(html: &str, url: &str) -> String {
    // Every field of the contract serialises; an error here would be a bug in the contract.
    serde_json::to_string(&run(html, url, &Map::new()))
        .unwrap_or_else(|e| serde_json::json!({ "warnings": [e.to_string()] }).to_string())
}

fn document() -> Result<web_sys::Document, JsValue> {
    web_sys::window().and_then(|w| w.document()).ok_or_else(|| JsValue::from_str("lede: no document here"))
}

/// Closes the overlay when it is open (`false`); otherwise analyses `page` (`{ html, url,
/// pictures }`) and opens it (`true`). `on_settings` is called with each settings change.
///
/// The reader view (header and article) is drawn as soon as the article is extracted and
/// shown when this returns; the article is understood and the summary panel drawn after the
/// browser has painted it (see [`overlay::open`]).
#[wasm_bindgen]
pub fn toggle(page: JsValue, settings: JsValue, on_settings: Option<Function>) -> Result<bool, JsValue> {
    let doc = document()?;
    if overlay::close(&doc) {
        return Ok(false);
    }
    let page: Page = serde_wasm_bindgen::from_value(page)
        .map_err(|e| JsValue::from_str(&format!("lede: the page snapshot is malformed: {e}")))?;
    let settings = settings_from(&settings);
    let options = options(&page.url, &settings);
    let article = crate::extract_article(Input::Html(&page.html), &options);
    mark("lede-extracted");
    let unread = Analysis::unread(article.clone());
    let finish = Box::new(move || {
        let analysis = crate::understand_article(article, &options, |stage| mark(&format!("lede-{stage}")));
        mark("lede-analysed");
        analysis
    });
    let pictures = Pictures::Loaded(page.pictures.into_iter().collect::<HashSet<_>>());
    let drawing = Drawing { analysis: unread, finish: Some(finish) };
    overlay::open(&doc, drawing, &settings, pictures, on_settings)?;
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

/// Shows the stored settings (after a change elsewhere) in every open overlay.
#[wasm_bindgen]
pub fn update_settings(settings: JsValue) {
    overlay::update_settings(&settings_from(&settings));
}

/// Draws the analysis of `html` into `container` (the demo page, which serves its own
/// pictures: all are shown).
#[wasm_bindgen]
pub fn render_demo(
    container: &web_sys::Element,
    html: &str,
    url: &str,
    settings: JsValue,
    on_settings: Option<Function>,
) -> Result<(), JsValue> {
    let settings = settings_from(&settings);
    let drawing = Drawing { analysis: run(html, url, &settings), finish: None };
    overlay::render_into(container, drawing, &settings, Pictures::All, on_settings)
}

/// `stored` with the keys of `patch` applied, each checked against the schema (`null`
/// removes a key); what the callers write back to `storage.sync`.
#[wasm_bindgen]
pub fn merge_settings(stored: JsValue, patch: JsValue) -> Result<JsValue, JsValue> {
    let stored: Value = serde_wasm_bindgen::from_value(stored).unwrap_or(Value::Null);
    let patch: Value = serde_wasm_bindgen::from_value(patch).unwrap_or(Value::Null);
    to_js(&schema().merge(&stored, &patch))
}

/// What a person typed for number setting `key`: the number, `null` for an empty field, or
/// an exception whose message tells them what to type.
#[wasm_bindgen]
pub fn parse_setting(key: &str, text: &str) -> Result<JsValue, JsValue> {
    match schema().parse_input(key, text) {
        Ok(Some(x)) => Ok(JsValue::from_f64(x)),
        Ok(None) => Ok(JsValue::NULL),
        Err(message) => Err(JsValue::from_str(&message)),
    }
}
