//! The article that started Lede (JoongAng Daily, 2025-04-16): what a reader must see.
//! The page is the project's own sample, `www/samples/joongang-trade-talks.html`.

use lede::analysis::{ActorKind, Analysis, Currency, FigureKind};

mod common;
use common::{actor, names};

fn seed() -> Analysis {
    common::page(
        include_str!("../www/samples/joongang-trade-talks.html"),
        Some("https://koreajoongangdaily.joins.com/news/2025-04-16/national/politics/korea-trade-talks/2025041617300001"),
    )
}

fn has_role(actor: &lede::analysis::Actor, role: &str) -> bool {
    actor.roles.iter().any(|r| r == role)
}

#[test]
fn metadata_is_the_articles() {
    let a = seed();
    assert_eq!(
        a.meta.title.as_deref(),
        Some("Korean officials to travel to U.S. for crucial trade, tariff discussions")
    );
    assert_eq!(a.meta.published.as_deref(), Some("2025-04-16"));
    assert_eq!(a.meta.byline.as_deref(), Some("Im Soung-bin"));
    assert_eq!(a.meta.site.as_deref(), Some("Korea JoongAng Daily"));
}

#[test]
fn people_with_the_roles_the_article_gives() {
    let a = seed();
    let expected = [
        ("Choi Sang-mok", "Deputy Prime Minister and Finance Minister"),
        ("Scott Bessent", "U.S. Treasury Secretary"),
        ("Ahn Duk-geun", "Minister of Trade, Industry and Energy"),
        ("Howard Lutnick", "U.S. Commerce Secretary"),
        ("Jamieson Greer", "U.S. Trade Representative"),
        ("Donald Trump", "U.S. President"),
        ("Han Duck-soo", "Acting President"),
        (
            "Park Sung-hoon",
            "professor emeritus at Korea University's Graduate School of International Studies",
        ),
    ];
    for (name, role) in expected {
        let p = actor(&a, name);
        assert_eq!(p.kind, ActorKind::Person, "{name}");
        assert!(has_role(p, role), "{name} should have the role {role:?}, has {:?}", p.roles);
    }
    assert!(has_role(actor(&a, "Ahn Duk-geun"), "Trade Minister"));
    // Later mentions are aliases of the same actor and count as mentions.
    for (name, alias, at_least) in
        [("Choi Sang-mok", "Choi", 4), ("Scott Bessent", "Bessent", 3), ("Donald Trump", "Trump", 4)]
    {
        let p = actor(&a, name);
        assert!(
            p.aliases.iter().any(|x| x == alias),
            "{name} should have the alias {alias}: {:?}",
            p.aliases
        );
        assert!(p.mentions.len() >= at_least, "{name}: {} mentions", p.mentions.len());
    }
    // The reporter is the byline, not an actor.
    assert!(!names(&a).iter().any(|n| n.to_lowercase().contains("im soung")), "{:?}", names(&a));
}

#[test]
fn organisations_and_nothing_that_is_not_one() {
    let a = seed();
    for name in [
        "Ministry of Strategy and Finance",
        "U.S. Treasury",
        "National Assembly",
        "G20",
        "Prime Minister's Office",
        "Korea University",
    ] {
        assert_eq!(actor(&a, name).kind, ActorKind::Organization, "{name}");
    }
    assert!(actor(&a, "Ministry of Strategy and Finance").aliases.iter().any(|x| x == "Finance Ministry"));
    for not_actor in [
        "Related Article",
        "Home",
        "Twitter",
        "Facebook",
        "Apart",
        "Following",
        "According",
        "Experts",
        "Details",
    ] {
        assert!(!names(&a).contains(&not_actor), "{not_actor} is not an actor: {:?}", names(&a));
    }
}

#[test]
fn figures_with_what_they_measure() {
    let a = seed();
    let budget = a.figures.iter().find(|f| f.surface.contains("12 trillion won")).expect("12 trillion won");
    assert_eq!(budget.kind, FigureKind::Money);
    assert_eq!(budget.value, 12e12);
    assert_eq!(budget.currency, Some(Currency::KRW));
    assert_eq!(budget.qualifier.as_deref(), Some("over"));
    assert_eq!(budget.label.as_deref(), Some("supplementary budget"));
    let paired = budget.paired.as_ref().expect("paired with $8.45 billion");
    assert_eq!((paired.currency, paired.value), (Currency::USD, 8.45e9));

    let ai = a.figures.iter().find(|f| f.surface.contains("4 trillion won")).expect("4 trillion won");
    assert_eq!(ai.value, 4e12);
    assert_eq!(ai.qualifier.as_deref(), Some("more than"));
    assert_eq!(ai.label.as_deref(), Some("strengthening trade and artificial intelligence competitiveness"));

    let days = a.figures.iter().find(|f| f.surface.contains("90-day")).expect("90-day");
    assert_eq!(days.kind, FigureKind::Duration);
    assert_eq!((days.value, days.unit.as_deref()), (90.0, Some("day")));
    assert!(days.label.as_deref().unwrap_or("").contains("suspension"), "{:?}", days.label);
}

#[test]
fn dates_resolved_from_the_publication_date() {
    let a = seed();
    let value_of = |surface: &str, context: &str| {
        a.dates
            .iter()
            .find(|d| {
                d.surface == surface
                    && a.text[..]
                        .chars()
                        .skip(a.sentences[d.sentence].start)
                        .take(a.sentences[d.sentence].end - a.sentences[d.sentence].start)
                        .collect::<String>()
                        .contains(context)
            })
            .unwrap_or_else(|| {
                panic!(
                    "{surface} ({context}) not found in {:?}",
                    a.dates.iter().map(|d| &d.surface).collect::<Vec<_>>()
                )
            })
            .value
            .clone()
    };
    assert_eq!(value_of("April 16", "National Assembly").as_deref(), Some("2025-04-16"));
    assert_eq!(value_of("Wednesday", "Ministry of Strategy").as_deref(), Some("2025-04-16"));
    assert_eq!(value_of("Friday", "Cabinet meeting").as_deref(), Some("2025-04-18"));
    assert_eq!(value_of("Tuesday", "travel").as_deref(), Some("2025-04-22"));
    assert_eq!(value_of("next week", "expected to visit").as_deref(), Some("2025-W17"));
}

#[test]
fn won_converted_at_the_articles_own_rate() {
    let a = seed();
    assert_eq!(a.rates.len(), 1, "{:?}", a.rates);
    let rate = &a.rates[0];
    assert!((rate.won_per_unit - 1420.1).abs() < 0.05, "{}", rate.won_per_unit);
    assert!(
        rate.surface.contains("12 trillion won") && rate.surface.contains("$8.45 billion"),
        "{}",
        rate.surface
    );
    let ai = a.figures.iter().find(|f| f.surface.contains("4 trillion won")).unwrap();
    let converted = ai.converted.as_ref().expect("4 trillion won converted");
    assert_eq!(converted.currency, Currency::USD);
    assert_eq!(converted.text, "$2.82 billion");
    assert_eq!(converted.rate, 0);
}

#[test]
fn the_body_is_clean() {
    let a = seed();
    for clutter in [
        "Related Article",
        "Home > National",
        "print dictionary",
        "Log in to Twitter",
        "0/250",
        "To write comments",
        "BY IM SOUNG-BIN",
        "Most Popular",
        "Advertisement",
        "Newsletter",
    ] {
        assert!(!a.text.contains(clutter), "{clutter:?} left in the body");
    }
    assert_eq!(a.text.matches("responds to lawmakers' questions").count(), 1, "the caption appears once");
    assert!(
        a.text.trim_end().ends_with("edited by Korea JoongAng Daily staff."),
        "the translation credit is the last line"
    );
    assert!(a.text.contains("more than 4 trillion won for strengthening trade"));
}
