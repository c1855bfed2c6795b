//! The summary panel on the project's own sample pages, as a demanding reader judges it:
//! the actors are the story's people and organisations with the roles the article gives
//! them (not table headings, sentence-initial nouns, the publisher or a photo credit),
//! every figure says what it measures, and every date event is a readable phrase.
//! (The seed page has its own file, `seed_article.rs`.)

use lede::analysis::{ActorKind, Analysis, Currency, Figure};

mod common;
use common::names;

fn sample(html: &str) -> Analysis {
    common::page(html, None)
}

fn herald() -> Analysis {
    sample(include_str!("../www/samples/koreaherald-chip-exports.html"))
}

fn yonhap() -> Analysis {
    sample(include_str!("../www/samples/yonhap-budget-cabinet.html"))
}

fn joongang() -> Analysis {
    sample(include_str!("../www/samples/joongang-trade-talks.html"))
}

fn roles_of<'a>(a: &'a Analysis, name: &str) -> &'a [String] {
    let actor = a
        .actors
        .iter()
        .find(|x| x.name == name)
        .unwrap_or_else(|| panic!("{name} missing from {:?}", names(a)));
    &actor.roles
}

fn figures_at<'a>(a: &'a Analysis, surface: &str) -> Vec<&'a Figure> {
    let found: Vec<&Figure> = a.figures.iter().filter(|f| f.surface == surface).collect();
    assert!(
        !found.is_empty(),
        "{surface} missing from {:?}",
        a.figures.iter().map(|f| &f.surface).collect::<Vec<_>>()
    );
    found
}

fn label_of(a: &Analysis, surface: &str) -> Option<String> {
    figures_at(a, surface)[0].label.clone()
}

/// What happens on a date, for every mention of it (a caption may name the day too).
fn events_of<'a>(a: &'a Analysis, value: &str) -> Vec<&'a str> {
    a.dates
        .iter()
        .filter(|d| d.value.as_deref() == Some(value))
        .map(|d| d.event.as_deref().unwrap_or(""))
        .collect()
}

#[test]
fn herald_lists_people_and_bodies_not_table_headings() {
    let a = herald();
    let n = names(&a);
    for not_actor in
        ["Exports", "Petroleum", "Imports", "Semiconductors", "Automobiles", "Ships", "Item", "Change"]
    {
        assert!(!n.contains(&not_actor), "{not_actor} is not an organisation: {n:?}");
    }
    for org in ["Ministry of Trade, Industry and Energy", "Korea Development Bank", "Samsung Electronics"] {
        assert_eq!(
            a.actors.iter().find(|x| x.name == org).map(|x| x.kind),
            Some(ActorKind::Organization),
            "{org}: {n:?}"
        );
    }
    assert!(roles_of(&a, "Choi Sang-mok").iter().any(|r| r == "Finance Minister"));
    assert!(roles_of(&a, "Ahn Duk-geun").iter().any(|r| r == "Minister of Trade, Industry and Energy"));
}

#[test]
fn herald_figures_say_what_they_measure() {
    let a = herald();
    assert_eq!(label_of(&a, "2.3 percent").as_deref(), Some("Imports"));
    assert_eq!(label_of(&a, "$53.3 billion").as_deref(), Some("Imports"));
    assert_eq!(label_of(&a, "$58.2 billion").as_deref(), Some("Total exports"));
    assert_eq!(label_of(&a, "$10.9 billion").as_deref(), Some("Exports to China"));
    // The same $13.1 billion in the prose and in the table: both say what it is.
    let chips: Vec<Option<&str>> =
        figures_at(&a, "$13.1 billion").iter().map(|f| f.label.as_deref()).collect();
    assert_eq!(chips, [Some("Outbound shipments of chips"), Some("Semiconductors (Exports)")]);
    assert_eq!(label_of(&a, "$3.9 billion").as_deref(), Some("Petroleum products (Exports)"));
    let package = &figures_at(&a, "50 trillion won")[0];
    assert_eq!(package.label.as_deref(), Some("support package"));
    assert!(package.converted.is_some(), "50 trillion won is converted");
}

#[test]
fn herald_events_are_whole_phrases() {
    let a = herald();
    let monday = events_of(&a, "2025-03-31");
    assert!(monday.contains(&"local currency closed at 1,437.3 won against the dollar"), "{monday:?}");
    assert_eq!(
        events_of(&a, "2025-W13"),
        ["unveiled a 50 trillion won support package for the chip industry"]
    );
}

#[test]
fn yonhap_names_the_g20_and_drops_the_agencys_credits() {
    let a = yonhap();
    let n = names(&a);
    assert!(!n.contains(&"Group"), "{n:?}");
    assert!(!n.contains(&"Yonhap"), "the dateline and photo credit are the source, not an actor: {n:?}");
    assert_eq!(
        a.actors.iter().find(|x| x.name == "Group of 20").map(|x| x.kind),
        Some(ActorKind::Organization),
        "{n:?}"
    );
    // "Group of 20" names a body: the 20 counts nothing.
    assert!(!a.figures.iter().any(|f| f.surface.contains("20 finance ministers")), "{:?}", a.figures);
}

#[test]
fn yonhap_roles_keep_their_organisation() {
    let a = yonhap();
    assert_eq!(roles_of(&a, "Park Chan-dae"), ["DP floor leader"]);
    assert_eq!(roles_of(&a, "Rhee Chang-yong"), ["Bank of Korea Governor"]);
    assert_eq!(roles_of(&a, "Han Duck-soo"), ["acting President"], "the role as the article writes it");
    assert_eq!(roles_of(&a, "Kim Yun-sang"), ["Vice Finance Minister"]);
}

#[test]
fn yonhap_figures_say_what_they_measure() {
    let a = yonhap();
    assert_eq!(label_of(&a, "12.2 trillion-won").as_deref(), Some("supplementary budget"));
    assert_eq!(label_of(&a, "4.4 trillion won").as_deref(), Some("responding to trade disputes"));
    assert_eq!(label_of(&a, "2.75 percent").as_deref(), Some("key interest rate"));
    assert_eq!(
        label_of(&a, "48.4 percent").as_deref(),
        Some("ratio of national debt to gross domestic product")
    );
    // No rate in the article: every won amount converts at the ECB reference rate of the
    // article's day, and says so.
    let won: Vec<_> = a.figures.iter().filter(|f| f.currency == Some(Currency::KRW)).collect();
    assert!(!won.is_empty());
    for f in won {
        let c = f.converted.as_ref().unwrap_or_else(|| panic!("{} not converted", f.surface));
        assert_eq!(a.rates[c.rate].kind, lede::analysis::RateKind::Reference);
        assert!(c.source.starts_with("ECB reference rate, "), "{}", c.source);
    }
}

#[test]
fn joongang_actors_are_the_storys_not_the_publishers() {
    let a = joongang();
    let n = names(&a);
    for credit in ["JoongAng Ilbo", "Korea JoongAng Daily", "JOONGANG ILBO"] {
        assert!(!n.contains(&credit), "{credit} is the publisher: {n:?}");
    }
    assert!(!n.contains(&"Graduate School of International Studies"), "a part of Korea University: {n:?}");
    assert!(n.contains(&"Korea University"));
}

fn korean() -> Analysis {
    sample(include_str!("../www/samples/joongang-ko-budget.html"))
}

#[test]
fn korean_page_people_with_titles_and_ministries() {
    let a = korean();
    assert_eq!(roles_of(&a, "최상목"), ["부총리 겸 기획재정부 장관"]);
    assert_eq!(roles_of(&a, "이창용"), ["한국은행 총재"]);
    assert_eq!(roles_of(&a, "안덕근"), ["산업통상자원부 장관"]);
    let choi = a.actors.iter().find(|x| x.name == "최상목").map_or(0, |x| x.mentions.len());
    assert!(choi >= 2, "\"최 부총리\" is 최상목 again: {choi} mentions");
    for org in ["기획재정부", "한국은행", "더불어민주당"] {
        assert_eq!(
            a.actors.iter().find(|x| x.name == org).map(|x| x.kind),
            Some(ActorKind::Organization),
            "{org}: {:?}",
            names(&a)
        );
    }
    assert!(!names(&a).contains(&"달러당"), "\"per dollar\" is no party: {:?}", names(&a));
}

#[test]
fn korean_page_won_amounts_at_the_stated_rate() {
    let a = korean();
    assert_eq!(a.rates.first().map(|r| r.won_per_unit), Some(1420.0));
    let budget = &figures_at(&a, "12조2000억원")[0];
    assert_eq!(budget.value, 12.2e12);
    assert_eq!(budget.converted.as_ref().map(|c| c.text.as_str()), Some("$8.59 billion"));
    assert_eq!(figures_at(&a, "4조원")[0].value, 4e12);
    assert_eq!(figures_at(&a, "8억 달러")[0].value, 8e8);
}

#[test]
fn korean_page_dates_resolved_from_publication() {
    let a = korean();
    let value = |surface: &str| a.dates.iter().find(|d| d.surface == surface).and_then(|d| d.value.clone());
    assert_eq!(value("지난달").as_deref(), Some("2025-03"), "{:?}", a.dates);
    assert_eq!(value("다음 주").as_deref(), Some("2025-W17"));
    assert!(a.dates.iter().any(|d| d.value.as_deref() == Some("2025-04-16")), "{:?}", a.dates);
    // A Korean sentence ends at its period: the event does not run into the one before.
    assert!(
        events_of(&a, "2025-04-16").contains(&"최상목 부총리 겸 기획재정부 장관은"),
        "{:?}",
        events_of(&a, "2025-04-16")
    );
}
