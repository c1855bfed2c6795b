//! The news-page layer on the project's own sample pages (`www/samples/`): what a reader of
//! the cleaned article sees, and what the page's metadata says.

use lede::analysis::{Analysis, Block, BlockKind};
use lede::{analyze, Input, Options};

/// Analyses a sample page with the address listed for it in `www/samples/index.json`.
fn sample(file: &str) -> Analysis {
    let index: serde_json::Value =
        serde_json::from_str(include_str!("../www/samples/index.json")).expect("index.json");
    let url = index
        .as_array()
        .and_then(|pages| pages.iter().find(|p| p["file"] == file))
        .and_then(|p| p["url"].as_str())
        .unwrap_or_else(|| panic!("{file} is not listed in index.json"))
        .to_string();
    let html = std::fs::read_to_string(format!("{}/www/samples/{file}", env!("CARGO_MANIFEST_DIR")))
        .expect("sample page");
    analyze(Input::Html(&html), &Options { url: Some(url), ..Options::default() })
}

fn kinds(a: &Analysis, kind: BlockKind) -> Vec<&Block> {
    a.blocks.iter().filter(|b| b.kind == kind).collect()
}

fn assert_clean(a: &Analysis, clutter: &[&str]) {
    for c in clutter {
        assert!(!a.text.contains(c), "{c:?} left in the body:\n{}", a.text);
    }
}

#[test]
fn offsets_address_the_text_on_every_sample() {
    for file in [
        "joongang-trade-talks.html",
        "koreaherald-chip-exports.html",
        "yonhap-budget-cabinet.html",
        "aljazeera-ar-korea-tariffs.html",
    ] {
        let a = sample(file);
        let chars: Vec<char> = a.text.chars().collect();
        for b in &a.blocks {
            assert_eq!(chars[b.start..b.end].iter().collect::<String>(), b.text, "{file}");
        }
        assert!(!a.text.contains("\n\n\n"), "{file}: paragraphs are separated by one blank line");
        assert!(a.meta.reading_minutes >= 1, "{file}");
    }
}

#[test]
fn the_doubled_caption_is_one_figure_at_its_place() {
    let a = sample("joongang-trade-talks.html");
    let figures = kinds(&a, BlockKind::Figure);
    assert_eq!(figures.len(), 1, "{:?}", a.blocks);
    let f = figures[0];
    assert!(
        f.text.starts_with("Deputy Prime Minister and Finance Minister Choi Sang-mok responds"),
        "{}",
        f.text
    );
    assert_eq!(f.src.as_deref(), Some("https://koreajoongangdaily.joins.com/news/2025-04-16/national/politics/korea-trade-talks/images/choi-national-assembly.svg"));
    assert!(f.alt.as_deref().is_some_and(|alt| alt.contains("Choi Sang-mok")));
    // Before the first paragraph, as on the page.
    assert_eq!(a.blocks[0].kind, BlockKind::Figure);
    assert_eq!(a.meta.image.as_deref(), f.src.as_deref(), "the lead picture is absolute");
}

#[test]
fn korea_herald_keeps_table_list_quote_and_drops_furniture() {
    let a = sample("koreaherald-chip-exports.html");
    assert_eq!(
        a.meta.title.as_deref(),
        Some("Chip exports hit record high in March despite US tariff threat")
    );
    assert_eq!(a.meta.byline.as_deref(), Some("Song Seung-hyun"));
    assert_eq!(
        a.meta.published.as_deref(),
        Some("2025-04-01"),
        "the Published dateline, not the Updated one"
    );
    assert_eq!(a.meta.published_time.as_deref(), Some("2025-04-01T11:20:00+09:00"));
    assert_eq!(a.meta.site.as_deref(), Some("The Korea Herald"));

    let tables = kinds(&a, BlockKind::Table);
    assert_eq!(tables.len(), 1);
    let rows = tables[0].rows.as_ref().expect("rows");
    assert_eq!(rows[0], ["Item", "Exports", "Change"]);
    assert_eq!(rows[1], ["Semiconductors", "$13.1 billion", "+11.9%"]);
    let items = kinds(&a, BlockKind::Li);
    assert_eq!(items.len(), 3, "{items:?}");
    assert!(items.iter().all(|b| b.ordered == Some(false)));
    assert!(kinds(&a, BlockKind::Quote)
        .iter()
        .any(|q| q.text.contains("Tariffs are a bigger risk for autos")));
    assert!(kinds(&a, BlockKind::H3).iter().any(|h| h.text == "Exports by item"));

    assert!(a.text.contains("($1 = 1,437.3 won)"));
    assert_clean(
        &a,
        &[
            "Related Articles",
            "HBM output for Nvidia",
            "Advertisement",
            "Share this article",
            "Copy link",
            "Newsletter",
            "Most Popular",
            "Home > Business",
            "ssh@heraldcorp.com",
            "By Song",
        ],
    );
    let figures = kinds(&a, BlockKind::Figure);
    assert_eq!(figures.len(), 1, "{:?}", a.blocks);
    assert_eq!(figures[0].text, "Containers are stacked at a port in Busan on Monday. (Yonhap)");
    assert_eq!(
        figures[0].src.as_deref(),
        Some("https://www.koreaherald.com/article/images/semiconductor-port.svg")
    );
    assert_eq!(a.text.matches("Containers are stacked at a port in Busan").count(), 1);
}

#[test]
fn yonhap_byline_dateline_and_sign_off() {
    let a = sample("yonhap-budget-cabinet.html");
    assert_eq!(a.meta.byline.as_deref(), Some("Kim Eun-jung"));
    assert_eq!(a.meta.published.as_deref(), Some("2025-04-18"));
    assert!(
        a.text.starts_with("SEOUL, April 18 (Yonhap) -- The Cabinet on Friday approved"),
        "{}",
        &a.text[..80]
    );
    let figures = kinds(&a, BlockKind::Figure);
    assert_eq!(figures.len(), 1);
    assert_eq!(
        a.text.matches("Vice Finance Minister Kim Yun-sang briefing reporters").count(),
        1,
        "the caption appears once"
    );
    assert_clean(
        &a,
        &[
            "ejkim@yna.co.kr",
            "(END)",
            "Related News",
            "BOK chief says",
            "Advertisement",
            "Font size",
            "Keywords",
            "Most Read",
            "Home > Economy",
        ],
    );
    assert!(a.text.trim_end().ends_with("citing downside risks to growth."));
}

#[test]
fn right_to_left_articles_keep_their_direction() {
    let a = sample("aljazeera-ar-korea-tariffs.html");
    assert_eq!(a.meta.dir.as_deref(), Some("rtl"));
    assert_eq!(a.meta.lang.as_deref(), Some("ar"));
    assert_eq!(a.meta.published.as_deref(), Some("2025-04-18"));
    assert!(a.text.starts_with("سول- أقرت الحكومة الكورية الجنوبية"), "{}", a.text);
    assert!(kinds(&a, BlockKind::H2).iter().any(|h| h.text == "دعم للصادرات"));
    assert_eq!(kinds(&a, BlockKind::Quote).len(), 1);
    assert_clean(&a, &["إعلان", "فيسبوك", "اقرأ أيضا", "الرئيسية"]);
}

#[test]
fn a_section_front_is_not_an_article() {
    let a = sample("koreatimes-section-economy.html");
    assert!(a.text.is_empty() && a.blocks.is_empty(), "{}", a.text);
    assert!(a.warnings.iter().any(|w| w.starts_with("no article found on this page")), "{:?}", a.warnings);
}
