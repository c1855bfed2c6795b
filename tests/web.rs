//! The browser layer in a real browser (`wasm-pack test --headless --chrome|--firefox`):
//! the exports the extension and the demo call, on the bundled sample article.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;
use web_sys::{Document, Element};

wasm_bindgen_test_configure!(run_in_browser);

const SAMPLE: &str = include_str!("../www/samples/joongang-trade-talks.html");
const URL: &str = "https://koreajoongangdaily.joins.com/news/2025-04-16/business/economy/trade-talks";
const TITLE: &str = "Korean officials to travel to U.S. for crucial trade, tariff discussions";

fn document() -> Document {
    web_sys::window().and_then(|w| w.document()).expect("a browser document")
}

/// The text a reader sees in the overlay on this document, if it is open.
fn overlay_text(doc: &Document) -> Option<String> {
    let root = doc.document_element()?;
    let host = root.last_element_child().filter(|e| e.tag_name().eq_ignore_ascii_case("lede-overlay"))?;
    host.shadow_root()?.text_content()
}

#[wasm_bindgen_test]
fn analyze_returns_the_contract_json() {
    let json: serde_json::Value = serde_json::from_str(&lede::web::analyze(SAMPLE, URL)).expect("valid JSON");
    assert_eq!(json["meta"]["title"], TITLE);
    assert_eq!(json["meta"]["url"], URL);
    let text = json["text"].as_str().expect("text is a string");
    assert!(text.contains("U.S. Treasury Secretary Scott Bessent"), "body missing: {text}");
}

#[wasm_bindgen_test]
fn toggle_opens_the_overlay_then_closes_it_leaving_the_page_as_it_was() {
    let doc = document();
    let before = doc.document_element().map(|e| e.outer_html());

    assert_eq!(lede::web::toggle(SAMPLE, URL, "{}"), Ok(true));
    assert!(lede::web::is_open().unwrap());
    let text = overlay_text(&doc).expect("the overlay is on the page");
    assert!(text.contains(TITLE), "no title in the overlay");
    assert!(text.contains("Scott Bessent"), "no body in the overlay");

    assert_eq!(lede::web::toggle("", URL, "{}"), Ok(false));
    assert!(!lede::web::is_open().unwrap());
    assert_eq!(doc.document_element().map(|e| e.outer_html()), before);
}

#[wasm_bindgen_test]
fn malformed_settings_do_not_stop_lede() {
    let doc = document();
    assert_eq!(lede::web::toggle(SAMPLE, URL, "{not json"), Ok(true));
    assert!(overlay_text(&doc).is_some_and(|t| t.contains(TITLE)));
    assert_eq!(lede::web::close(), Ok(true));
    assert_eq!(lede::web::close(), Ok(false), "closing twice closes nothing");
}

#[wasm_bindgen_test]
fn a_page_without_an_article_still_opens_and_closes() {
    assert_eq!(lede::web::toggle("<html><body><nav>Home</nav></body></html>", "", "{}"), Ok(true));
    assert_eq!(lede::web::close(), Ok(true));
}

#[wasm_bindgen_test]
fn render_demo_draws_the_analysis_into_a_container() {
    let doc = document();
    let container: Element = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&container).unwrap();
    lede::web::render_demo(&container, SAMPLE, URL, "{}").expect("renders");
    let text = container
        .shadow_root()
        .and_then(|r| r.text_content())
        .or_else(|| container.text_content())
        .unwrap_or_default();
    assert!(text.contains(TITLE), "no title in the demo: {text}");
    assert!(text.contains("Scott Bessent"), "no body in the demo");
    container.remove();
}
