//! The browser layer in a real browser (`wasm-pack test --headless --chrome|--firefox`):
//! the exports the extension and the demo call, and the overlay's own behaviours (closed
//! shadow root, settings through the caller's callback, caps, pictures, a host the page
//! removes or imitates).
//!
//! The overlay's shadow root is closed. These tests run in the same world as the core (as
//! the page would in the demo), so they can do what a page's scripts cannot do to the
//! extension's content script: wrap `Element.prototype.attachShadow` to keep the root.
#![cfg(target_arch = "wasm32")]

use serde::Serialize;
use serde_json::{json, Value};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Document, Element, HtmlElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

const SAMPLE: &str = include_str!("../www/samples/joongang-trade-talks.html");
const URL: &str = "https://koreajoongangdaily.joins.com/news/2025-04-16/business/economy/trade-talks";
const TITLE: &str = "Korean officials to travel to U.S. for crucial trade, tariff discussions";

#[wasm_bindgen(inline_js = "
export function keep_shadow_roots() {
  if (globalThis.__ledeRoots) return;
  globalThis.__ledeRoots = [];
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    globalThis.__ledeRoots.push(root);
    return root;
  };
}
export function last_shadow_root() { return globalThis.__ledeRoots.at(-1); }
export function recorder() {
  const calls = [];
  const f = (patch) => { calls.push(patch); };
  f.calls = calls;
  return f;
}
export function calls_of(f) { return JSON.stringify(f.calls); }
")]
extern "C" {
    fn keep_shadow_roots();
    fn last_shadow_root() -> ShadowRoot;
    fn recorder() -> js_sys::Function;
    fn calls_of(f: &js_sys::Function) -> String;
}

fn document() -> Document {
    web_sys::window().and_then(|w| w.document()).expect("a browser document")
}

fn js(value: &Value) -> JsValue {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap()
}

fn page(html: &str, url: &str, pictures: &[&str]) -> JsValue {
    js(&json!({ "html": html, "url": url, "pictures": pictures }))
}

/// Opens the overlay and waits for its summary; returns its host and (kept by the test's
/// wrapper) its shadow root.
async fn open(html: &str, settings: Value, callback: Option<js_sys::Function>) -> (Element, ShadowRoot) {
    keep_shadow_roots();
    assert_eq!(lede::web::toggle(page(html, URL, &[]), js(&settings), callback), Ok(true));
    let host = document().document_element().and_then(|r| r.last_element_child()).expect("a host");
    let root = last_shadow_root();
    summary_drawn(&root).await;
    (host, root)
}

/// Lets the browser run its tasks and frames for `ms` milliseconds.
async fn pause(ms: i32) {
    let wait = js_sys::Promise::new(&mut |done, _| {
        let window = web_sys::window().expect("a window");
        window.set_timeout_with_callback_and_timeout_and_arguments_0(&done, ms).expect("a timer");
    });
    wasm_bindgen_futures::JsFuture::from(wait).await.expect("the timer fires");
}

/// Waits until the overlay's summary panel is drawn (its body is `aria-busy` until then).
async fn summary_drawn(root: &ShadowRoot) {
    for _ in 0..500 {
        if root.query_selector("[aria-busy]").unwrap().is_none() {
            return;
        }
        pause(10).await;
    }
    panic!("the summary panel was never drawn");
}

fn click(root: &ShadowRoot, selector: &str) {
    let e = root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("nothing matches {selector}"));
    e.dyn_into::<HtmlElement>().unwrap().click();
}

fn count(root: &ShadowRoot, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

#[wasm_bindgen_test]
fn analyze_returns_the_contract_json() {
    let json: Value = serde_json::from_str(&lede::web::analyze(SAMPLE, URL)).expect("valid JSON");
    assert_eq!(json["meta"]["title"], TITLE);
    assert_eq!(json["meta"]["url"], URL);
    let text = json["text"].as_str().expect("text is a string");
    assert!(text.contains("U.S. Treasury Secretary Scott Bessent"), "body missing: {text}");
}

#[wasm_bindgen_test]
async fn the_overlay_is_a_plain_host_with_a_closed_root_and_leaves_the_page_as_it_was() {
    let doc = document();
    let before = doc.document_element().map(|e| e.outer_html());
    let (host, root) = open(SAMPLE, json!({}), None).await;
    assert_eq!(host.tag_name(), "DIV", "no custom element the page could define");
    assert_eq!(host.get_attribute_names().length(), 1, "only the style: no id or class to find it by");
    assert!(host.shadow_root().is_none(), "the page cannot reach the closed root");
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains(TITLE) && text.contains("Scott Bessent"), "no article in the overlay");
    assert!(lede::web::is_open().unwrap());

    assert_eq!(lede::web::toggle(JsValue::UNDEFINED, JsValue::UNDEFINED, None), Ok(false));
    assert!(!lede::web::is_open().unwrap());
    assert_eq!(doc.document_element().map(|e| e.outer_html()), before);
    assert_eq!(lede::web::close(), Ok(false), "closing twice closes nothing");
}

#[wasm_bindgen_test]
async fn a_changed_setting_goes_to_the_callback_as_a_validated_patch() {
    let calls = recorder();
    let (_, root) =
        open(SAMPLE, json!({ "theme": "light", "user_won_per_dollar": 1400 }), Some(calls.clone())).await;
    click(&root, "input[data-setting=theme][value=dark]");
    click(&root, "button[data-action=step][data-setting=size][data-dir='1']");
    let lede_root = root.query_selector(".lede").unwrap().unwrap();
    assert_eq!(lede_root.get_attribute("data-theme").as_deref(), Some("dark"));
    assert_eq!(calls_of(&calls), r#"[{"theme":"dark"},{"size":22}]"#);
    // A change made elsewhere (storage.onChanged) shows at once.
    lede::web::update_settings(js(&json!({ "theme": "sepia", "size": 999 })));
    assert_eq!(lede_root.get_attribute("data-theme").as_deref(), Some("sepia"));
    assert_eq!(calls_of(&calls), r#"[{"theme":"dark"},{"size":22}]"#, "showing a change stores nothing");
    lede::web::close().unwrap();
}

#[wasm_bindgen_test]
async fn settings_that_do_not_fit_the_schema_are_not_used() {
    let html = "<html><head><title>Budget</title></head><body><article><h1>Budget</h1>\
        <p>The government plans to spend 800 billion won on roads next year, officials said.</p>\
        <p>Opposition lawmakers said the plan was too small for the regions it covers.</p></article></body></html>";
    let (_, root) =
        open(html, json!({ "theme": "evil", "size": 1000, "user_won_per_dollar": 1 }), None).await;
    let lede_root = root.query_selector(".lede").unwrap().unwrap();
    assert_eq!(lede_root.get_attribute("data-theme").as_deref(), Some("auto"));
    let text = root.text_content().unwrap_or_default();
    assert!(!text.contains("your rate"), "a rate of 1 won per dollar was used: {text}");
    lede::web::close().unwrap();
}

#[wasm_bindgen_test]
fn the_exports_check_settings_against_the_schema() {
    let merged = lede::web::merge_settings(
        js(&json!({ "theme": "dark", "user_won_per_dollar": 1400, "evil": 1 })),
        js(&json!({ "font": "sans", "user_won_per_dollar": null, "size": "40" })),
    )
    .unwrap();
    let merged: Value = serde_wasm_bindgen::from_value(merged).unwrap();
    assert_eq!(merged, json!({ "theme": "dark", "font": "sans" }));
    assert_eq!(lede::web::parse_setting("user_won_per_dollar", "1 420").unwrap().as_f64(), Some(1420.0));
    assert!(lede::web::parse_setting("user_won_per_dollar", "0x10").is_err());
    assert!(lede::web::parse_setting("size", "").unwrap().is_null());
}

#[wasm_bindgen_test]
async fn long_lists_are_drawn_a_page_at_a_time() {
    let mut html =
        String::from("<html><head><title>Many amounts</title></head><body><article><h1>Many amounts</h1>");
    html.push_str("<p>The dollar traded at 1,400 won on Monday, the central bank said.</p>");
    for i in 0..600 {
        html.push_str(&format!(
            "<p>Project {i} will receive {} billion won from the fund this year.</p>",
            i + 1
        ));
    }
    html.push_str("</article></body></html>");
    let (_, root) = open(&html, json!({}), None).await;
    assert_eq!(count(&root, "[data-section=figures] li"), 50);
    assert!(count(&root, ".lede-chip") <= 200, "chips are capped");
    let more = root.query_selector("[data-section=figures] .lede-more").unwrap().expect("a Show more button");
    assert_eq!(more.text_content().as_deref(), Some("Show 50 more"));
    click(&root, "[data-section=figures] .lede-more");
    assert_eq!(count(&root, "[data-section=figures] li"), 100);
    lede::web::close().unwrap();
}

#[wasm_bindgen_test]
async fn dollar_chips_are_drawn_two_hundred_at_a_time_on_request() {
    let mut html =
        String::from("<html><head><title>Many amounts</title></head><body><article><h1>Many amounts</h1>");
    html.push_str("<p>The dollar traded at 1,400 won on Monday, the central bank said.</p>");
    for i in 0..450 {
        html.push_str(&format!(
            "<p>Project {i} will receive {} billion won from the fund this year.</p>",
            i + 1
        ));
    }
    html.push_str("</article></body></html>");
    let (_, root) = open(&html, json!({}), None).await;
    let chips_text = |root: &ShadowRoot| {
        let list = root.query_selector_all(".lede-article .lede-chip").unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().text_content().unwrap_or_default())
            .collect::<Vec<_>>()
    };
    assert_eq!(count(&root, ".lede-chip"), 200);
    let more =
        root.query_selector(".lede-article .lede-chips-more").unwrap().expect("a button after the last chip");
    assert_eq!(more.text_content().as_deref(), Some("Show dollar values for the next 200 amounts"));
    // It follows the paragraph of the last chip drawn, not the end of the article.
    let block = more.closest("[data-b]").unwrap().expect("inside a block");
    let b: usize = block.get_attribute("data-b").unwrap().parse().unwrap();
    assert_eq!(block.query_selector_all(".lede-chip").unwrap().length(), 1);
    assert_eq!(count(&root, &format!("[data-b=\"{}\"] .lede-chip", b + 1)), 0);

    click(&root, ".lede-chips-more");
    assert_eq!(count(&root, ".lede-chip"), 400);
    let focused = root.active_element().expect("focus on the first new chip");
    assert_eq!(focused.get_attribute("aria-describedby").as_deref(), Some("lede-tip-201"));
    assert_eq!(count(&root, ".lede-chips-more"), 1, "one button, after the new last chip");
    assert_eq!(
        root.query_selector(".lede-chips-more").unwrap().unwrap().text_content().as_deref(),
        Some("Show dollar values for the next 50 amounts")
    );
    click(&root, ".lede-chips-more");
    assert_eq!(count(&root, ".lede-chip"), 450);
    assert_eq!(count(&root, ".lede-chips-more"), 0, "every amount has its chip");
    // Every chip once, in order, each with its own tooltip, and the text unchanged.
    let chips = chips_text(&root);
    assert_eq!(chips.iter().filter(|c| c.starts_with("≈ $")).count(), 450, "{:?}", &chips[..3]);
    assert_eq!(count(&root, "[role=tooltip][id]"), 450);
    let tips = root.query_selector_all("[role=tooltip]").unwrap();
    let ids: std::collections::HashSet<String> = (0..tips.length())
        .filter_map(|i| tips.item(i)?.dyn_into::<Element>().ok()?.get_attribute("id"))
        .collect();
    assert_eq!(ids.len(), 450, "tooltip ids are unique");
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("Project 449 will receive 450 billion won"), "the last paragraph is whole");
    lede::web::close().unwrap();
}

#[wasm_bindgen_test]
fn pictures_the_page_did_not_load_wait_for_the_reader() {
    let html = r#"<html><head><title>Port</title><meta property="og:image" content="https://pictures.invalid/og.jpg"></head>
        <body><article><h1>Port</h1><p>Exports rose for the third month in a row, the ministry said on Monday.</p>
        <figure><img src="https://pictures.invalid/port.jpg" alt="Cranes at the port"><figcaption>Cranes at Busan port.</figcaption></figure>
        <p>Shipments of chips led the rise, followed by cars and ships, according to the data.</p></article></body></html>"#;
    keep_shadow_roots();
    assert_eq!(lede::web::toggle(page(html, URL, &[]), js(&json!({})), None), Ok(true));
    let root = last_shadow_root();
    assert_eq!(count(&root, "img"), 0, "no picture is requested");
    assert!(count(&root, "button[data-action=picture]") >= 1);
    assert!(root.text_content().unwrap_or_default().contains("Cranes at Busan port."), "the caption stays");
    lede::web::close().unwrap();

    let loaded = ["https://pictures.invalid/port.jpg"];
    assert_eq!(lede::web::toggle(page(html, URL, &loaded), js(&json!({})), None), Ok(true));
    let root = last_shadow_root();
    let imgs = root.query_selector_all("figure:not(.lede-lead) img").unwrap();
    assert_eq!(imgs.length(), 1, "the picture the page loaded is shown");
    lede::web::close().unwrap();
}

#[wasm_bindgen_test]
async fn a_removed_host_is_freed_and_decoys_change_nothing() {
    let doc = document();
    let root_el = doc.document_element().unwrap();
    let (host, _) = open(SAMPLE, json!({}), None).await;
    // Decoys after the host: another div and an element with the old host's name.
    let decoy = doc.create_element("div").unwrap();
    let named = doc.create_element("lede-overlay").unwrap();
    root_el.append_child(&decoy).unwrap();
    root_el.append_child(&named).unwrap();
    assert!(lede::web::is_open().unwrap(), "decoys do not close Lede");
    assert_eq!(lede::web::close(), Ok(true));
    assert!(!host.is_connected());
    assert!(decoy.is_connected() && named.is_connected(), "Lede removes only its own host");
    decoy.remove();
    named.remove();

    // The page removes the host: Lede is closed, and the next toggle opens a fresh one.
    let (host, _) = open(SAMPLE, json!({}), None).await;
    host.remove();
    assert!(!lede::web::is_open().unwrap());
    let (again, _) = open(SAMPLE, json!({}), None).await;
    assert!(again.is_connected() && again != host);
    assert_eq!(lede::web::close(), Ok(true));
    assert_eq!(root_el.query_selector_all(":scope > div").unwrap().length(), 0, "nothing left behind");
}

#[wasm_bindgen_test]
async fn the_article_is_shown_first_and_the_summary_after_the_frame_that_shows_it() {
    keep_shadow_roots();
    assert_eq!(lede::web::toggle(page(SAMPLE, URL, &[]), js(&json!({})), None), Ok(true));
    let root = last_shadow_root();
    // When toggle returns, the browser paints the reader view: the article's text, the
    // panel's frame waiting for its summary.
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains(TITLE) && text.contains("Scott Bessent"), "no article at first");
    let body = root.query_selector("#lede-panel-body").unwrap().expect("the panel's frame");
    assert_eq!(body.get_attribute("aria-busy").as_deref(), Some("true"));
    assert_eq!(count(&root, "[data-section]") + count(&root, ".lede-chip"), 0);
    summary_drawn(&root).await;
    assert_eq!(count(&root, "#lede-panel-body > [data-section]"), 4, "the summary's four sections");
    assert!(count(&root, ".lede-article .lede-chip") > 0, "the article's dollar chips");
    assert!(count(&root, ".lede-article .lede-s[data-s]") > 0, "the article's sentences");
    assert!(count(&root, "[data-section=actors] .lede-entry") > 0, "the key actors");
    lede::web::close().unwrap();
}

#[wasm_bindgen_test]
async fn closed_before_its_summary_the_overlay_draws_nothing_more() {
    keep_shadow_roots();
    assert_eq!(lede::web::toggle(page(SAMPLE, URL, &[]), js(&json!({})), None), Ok(true));
    let root = last_shadow_root();
    assert_eq!(lede::web::close(), Ok(true));
    pause(400).await;
    assert_eq!(count(&root, "[data-section]"), 0, "the closed overlay was drawn on");
    assert!(!lede::web::is_open().unwrap());
    let left = document().document_element().unwrap().query_selector_all(":scope > div").unwrap().length();
    assert_eq!(left, 0, "nothing came back");
}

#[wasm_bindgen_test]
fn copy_summary_before_the_summary_is_shown_completes_it_first() {
    keep_shadow_roots();
    assert_eq!(lede::web::toggle(page(SAMPLE, URL, &[]), js(&json!({})), None), Ok(true));
    let root = last_shadow_root();
    click(&root, "[data-action=copy]");
    assert_eq!(count(&root, "[aria-busy]"), 0);
    assert_eq!(count(&root, "#lede-panel-body > [data-section]"), 4, "the summary that was copied is shown");
    lede::web::close().unwrap();
}

#[wasm_bindgen_test]
fn a_page_without_an_article_still_opens_and_closes() {
    let bare = page("<html><body><nav>Home</nav></body></html>", "", &[]);
    assert_eq!(lede::web::toggle(bare, js(&json!({})), None), Ok(true));
    assert_eq!(lede::web::close(), Ok(true));
}

#[wasm_bindgen_test]
fn render_demo_draws_the_analysis_into_a_container() {
    let doc = document();
    let container: Element = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&container).unwrap();
    keep_shadow_roots();
    lede::web::render_demo(&container, SAMPLE, URL, js(&json!({ "theme": "sepia" })), None).expect("renders");
    assert!(container.shadow_root().is_none(), "the demo's scripts cannot reach the closed root");
    let root = last_shadow_root();
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains(TITLE), "no title in the demo: {text}");
    assert!(text.contains("Scott Bessent"), "no body in the demo");
    // Drawing again into the same container replaces what it shows, in the same root.
    let other = "<html><head><title>Port strike ends</title></head><body><article><h1>Port strike ends</h1>\
        <p>Dock workers in Busan returned to work on Monday after the union accepted a pay rise.</p></article></body></html>";
    lede::web::render_demo(&container, other, URL, js(&json!({})), None).expect("renders again");
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("Dock workers in Busan") && !text.contains("Scott Bessent"), "not redrawn: {text}");
    assert_eq!(count(&root, ".lede"), 1, "one overlay in the container");
    container.remove();
}

#[wasm_bindgen_test]
async fn the_summary_under_the_headline_is_shown_under_the_title_not_in_the_story() {
    let html = "<html><head><title>Seoul raises chip subsidies</title></head><body><article><h1>Seoul raises chip subsidies</h1><p class=\"summary\">The government doubles its support for chipmakers as U.S. tariffs loom over the industry.</p><div class=\"body\"><p>The Ministry of Trade, Industry and Energy said on Tuesday it would spend 4 trillion won on chip plants next year, twice what it spent this year, as tariffs on exports to the United States loom.</p><p>Officials said the money would go to power lines, water and training, and that the first grants would be paid in March to firms building plants south of Seoul.</p><p>Chipmakers welcomed the plan but said it came late, as rivals in Taiwan and Japan had already received larger subsidies from their governments this year.</p></div></article></body></html>";
    let (_, root) = open(html, json!({}), None).await;
    let standfirst = root.query_selector(".lede-standfirst").unwrap().expect("a standfirst under the title");
    assert_eq!(
        standfirst.text_content().as_deref(),
        Some("The government doubles its support for chipmakers as U.S. tariffs loom over the industry.")
    );
    let article = root.query_selector(".lede-article").unwrap().expect("the article");
    assert!(!article.text_content().unwrap_or_default().contains("doubles its support"));
    lede::web::close().unwrap();
}
