//! Won to dollars at the article's own rate: the rates it prints, the one each amount uses,
//! the precision of the result, and what the reader is told when the article contradicts
//! itself or states no rate.

use lede::analysis::{Analysis, Currency, RateKind};
use lede::{analyze, Input, Options};

mod common;
use common::{figure, read};

/// The analysis of plain text published on `date`.
fn dated(text: &str, date: &str) -> Analysis {
    analyze(Input::Plain(text), &Options { published: Some(date.into()), ..Options::default() })
}

fn converted(a: &Analysis, surface: &str) -> String {
    figure(a, surface)
        .converted
        .as_ref()
        .map(|c| c.text.clone())
        .unwrap_or_else(|| panic!("{surface} not converted"))
}

#[test]
fn pairs_in_every_order_give_the_same_rate() {
    for text in [
        "The government prepared an extra budget of 12 trillion won ($8.45 billion) this week.",
        "The government prepared an extra budget of $8.45 billion (12 trillion won) this week.",
        "The government prepared an extra budget of 12 trillion won, or $8.45 billion, this week.",
        "The government prepared an extra budget of W12 trillion ($8.45 billion) this week.",
        "The government prepared an extra budget of ₩12 trillion (US$8.45 billion) this week.",
    ] {
        let a = read(text);
        assert_eq!(a.rates.len(), 1, "{text}: {:?}", a.rates);
        let r = &a.rates[0];
        assert_eq!(r.kind, RateKind::Pair);
        assert!((r.won_per_unit - 1420.1).abs() < 0.05, "{text}: {}", r.won_per_unit);
        // "$8.45 billion" stands for 8.445–8.455 billion.
        assert!(r.won_per_unit_min < 1419.3 && r.won_per_unit_max > 1420.9, "{text}: {r:?}");
        assert!(r.surface.contains("8.45 billion") && r.surface.contains("12 trillion"), "{}", r.surface);
    }
}

#[test]
fn other_won_amounts_use_the_pair_and_are_rounded_like_the_article() {
    let a = read(
        "The cabinet approved a supplementary budget of over 12 trillion won ($8.45 billion). \
         It includes more than 4 trillion won for trade and AI, 1 trillion won for farmers and 1.7 billion won \
         for a pilot program.",
    );
    assert_eq!(converted(&a, "4 trillion won"), "$2.82 billion");
    assert_eq!(converted(&a, "1 trillion won"), "$704 million");
    assert_eq!(converted(&a, "1.7 billion won"), "$1.2 million");
    let c = figure(&a, "4 trillion won").converted.as_ref().unwrap();
    assert_eq!((c.currency.code(), c.rate), ("USD", 0));
    assert!(a.rates[0].used);
    // The amount printed with its own dollar value shows that same value.
    assert_eq!(converted(&a, "12 trillion won"), "$8.45 billion");
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
}

#[test]
fn a_stated_rate_wins_over_pairs() {
    for (text, rate) in [
        ("Samsung will spend 2 trillion won ($1.4 billion) on chips and 500 billion won on batteries. ($1 = 1,420.1 won)", 1420.1),
        ("The deal is worth 500 billion won, calculated at an exchange rate of 1,420 won to the dollar.", 1420.0),
        ("The won closed at 1,437.3 per dollar on Friday. Exporters will receive 500 billion won in loans.", 1437.3),
        ("Back then, 1 dollar was worth 1,420 won, and the fund held 500 billion won.", 1420.0),
        ("The dollar was trading at 1,385.5 won in Seoul. The fund holds 500 billion won.", 1385.5),
        ("The won-dollar exchange rate closed at 1,437.3 on Friday. The fund holds 500 billion won.", 1437.3),
        ("The won weakened to 1,400.5 per dollar from 1,380 a month ago. The fund holds 500 billion won.", 1400.5),
    ] {
        let a = read(text);
        let stated = a.rates.iter().position(|r| r.kind == RateKind::Stated).unwrap_or_else(|| panic!("{text}: {:?}", a.rates));
        assert_eq!(a.rates[stated].won_per_unit, rate, "{text}");
        let c = figure(&a, "500 billion won").converted.as_ref().expect("converted");
        assert_eq!(c.rate, stated, "{text}");
        assert!((c.value - 500e9 / rate).abs() < 1.0, "{text}");
    }
}

#[test]
fn the_nearest_pair_converts_when_the_article_mixes_days() {
    let a = read(
        "In January the ministry pledged 2 trillion won ($1.41 billion) for chipmakers.\n\n\
         Other business followed.\n\n\
         On Tuesday it added 2 trillion won ($1.45 billion) for shipbuilders, and another 690 billion won for ports.",
    );
    let ports = figure(&a, "690 billion won").converted.as_ref().expect("converted");
    assert!((a.rates[ports.rate].won_per_unit - 1379.3).abs() < 0.1, "{:?}", a.rates[ports.rate]);
    assert_eq!(ports.text, "$500 million");
    assert_eq!(a.warnings, ["the article converts at ₩1,418 and ₩1,379 per dollar"]);
}

#[test]
fn pairs_that_agree_within_rounding_raise_no_warning() {
    let a =
        read("Exports reached 98 trillion won ($69 billion), and imports 85 trillion won ($59.8 billion).");
    assert_eq!(a.rates.len(), 2);
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
}

#[test]
fn without_a_rate_the_reference_rate_of_the_articles_day_converts_and_says_so() {
    // 16 April 2025: the ECB's rates give ₩1,418.1 per dollar.
    let a =
        dated("The city will spend 4 trillion won on new parks and 300 billion won on roads.", "2025-04-16");
    assert_eq!(a.rates.len(), 1, "{:?}", a.rates);
    let r = &a.rates[0];
    assert_eq!((r.kind, r.used, r.date.as_deref()), (RateKind::Reference, true, Some("2025-04-16")));
    assert!((r.won_per_unit - 1418.1).abs() < 0.01, "{r:?}");
    assert_eq!(r.source, "ECB reference rate, 16 Apr 2025");
    let c = figure(&a, "4 trillion won").converted.as_ref().unwrap();
    assert_eq!(c.text, "$2.82 billion");
    assert_eq!(c.source, "ECB reference rate, 16 Apr 2025, ₩1,418/$");
    assert_eq!(converted(&a, "300 billion won"), "$212 million");
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
    // The summary says where the dollars came from.
    let md = lede::report::markdown(&a);
    assert!(md.contains("≈ $2.82 billion · ECB reference rate, 16 Apr 2025, ₩1,418/$"), "{md}");
}

#[test]
fn a_weekend_or_holiday_takes_the_last_business_day_before_it() {
    // Saturday 19 April 2025 after Good Friday: Thursday's rate (₩1,416.5).
    let a = dated("The city will spend 300 billion won on new parks.", "2025-04-19");
    assert_eq!(a.rates[0].date.as_deref(), Some("2025-04-17"));
    assert!((a.rates[0].won_per_unit - 1416.5).abs() < 0.01);
}

#[test]
fn an_undated_or_newer_article_gets_the_last_bundled_rate_and_is_told() {
    for (published, why) in [(None, "date is unknown"), (Some("2031-01-15"), "the article is newer")] {
        let options = Options { published: published.map(String::from), ..Options::default() };
        let a = analyze(Input::Plain("The city will spend 300 billion won on new parks."), &options);
        let r = &a.rates[0];
        assert_eq!(r.kind, RateKind::Reference);
        assert!(r.source.starts_with("ECB reference rate, ") && r.source.contains(why), "{}", r.source);
        assert!(r.source.contains("latest bundled"), "{}", r.source);
        assert!(figure(&a, "300 billion won").converted.as_ref().unwrap().source.contains(why));
        // A dated article after the table is told so in the panel too.
        let told = a.warnings.iter().any(|w| w.starts_with("the bundled ECB reference rates end on "));
        assert_eq!(told, published.is_some(), "{:?}", a.warnings);
    }
}

#[test]
fn an_article_from_before_1999_gets_the_first_bundled_rate_and_is_told() {
    // The ECB's series starts on 4 January 1999 (₩1,186.4 per dollar): closer to a 1998
    // article's rate than today's, and the label says it is not of the article's day.
    let a = dated("The conglomerate owes 2 trillion won to its creditors.", "1998-11-20");
    let r = &a.rates[0];
    assert_eq!((r.kind, r.date.as_deref()), (RateKind::Reference, Some("1999-01-04")));
    assert!(r.source.contains("earliest bundled; the article is older"), "{}", r.source);
    assert_eq!(converted(&a, "2 trillion won"), "$1.69 billion");
    // The panel says the table starts after the article, and what that means.
    assert_eq!(
        a.warnings,
        ["the bundled ECB reference rates start on 4 Jan 1999, after this article was published: \
          its won amounts are converted at that first rate, which may be far from the rate of its day"]
    );
    // An article with its own rate needs none of this.
    let a = dated("The conglomerate owes 2 trillion won ($1.7 billion) to its creditors.", "1997-12-02");
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
}

#[test]
fn the_users_own_rate_wins_over_the_reference_rate() {
    let options = Options {
        user_won_per_dollar: Some(1500.0),
        published: Some("2025-04-16".into()),
        ..Options::default()
    };
    let a = analyze(Input::Plain("The city will spend 300 billion won on new parks."), &options);
    assert_eq!(a.rates.len(), 1);
    assert_eq!(a.rates[0].kind, RateKind::User);
    assert_eq!(converted(&a, "300 billion won"), "$200 million");
}

#[test]
fn a_rate_far_from_the_days_reference_is_flagged() {
    let text = "Hyundai will invest 2 trillion won in a battery plant. ($1 = 1,150 won)";
    let a = dated(text, "2025-04-16");
    // The article's own rate still converts: it is the article's.
    assert_eq!(converted(&a, "2 trillion won"), "$1.74 billion");
    assert!(
        a.warnings.iter().any(|w| w
            .starts_with("the article's ₩1,150/$ is 19% from the ECB reference rate of 16 Apr 2025")
            && w.ends_with("check the figures")),
        "{:?}",
        a.warnings
    );
    // A rate near the day's reference raises nothing.
    let a = dated("Hyundai will invest 2 trillion won in a battery plant. ($1 = 1,420 won)", "2025-04-16");
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
}

#[test]
fn a_korean_language_article_converts_at_the_reference_rate_of_its_day() {
    let a = dated(
        "정부는 내년 예산으로 12조 5천억 원을 편성했다.\n\n삼성전자는 3억 원을 기부했다.",
        "2025-04-16",
    );
    assert_eq!(a.rates.len(), 1, "{:?}", a.rates);
    assert_eq!(a.rates[0].kind, RateKind::Reference);
    let won: Vec<_> = a.figures.iter().filter(|f| f.currency == Some(Currency::KRW)).collect();
    assert_eq!(won.len(), 2, "{:?}", a.figures);
    let texts: Vec<_> = won.iter().map(|f| f.converted.as_ref().unwrap().text.as_str()).collect();
    assert_eq!(texts, ["$8.81 billion", "$212,000"]);
}

#[test]
fn a_korean_market_report_converts_at_the_days_close_not_the_forecast() {
    // The close crosses "4.3원" (a decimal point is no full stop); the year-end level is a
    // forecast ("것으로 전망했다"). Neither rate is an amount to convert.
    let a = dated(
        "정부가 반도체 산업에 모두 26조 원을 지원하기로 했다.\n\n\
         연구개발 예산도 3천억 원 늘리고, 청년 연구원에게는 월 50만 원의 연구 수당을 지급한다.\n\n\
         이날 서울 외환시장에서 원·달러 환율은 전 거래일보다 4.3원 내린 1,425.9원에 마감했다. \
         시장에서는 원·달러 환율이 연말 1,380원까지 내려갈 것으로 전망했다.",
        "2025-04-15",
    );
    let (close, forecast) = (&a.rates[0], &a.rates[1]);
    assert_eq!((close.won_per_unit, close.used), (1425.9, true));
    assert_eq!((forecast.won_per_unit, forecast.used), (1380.0, false));
    assert!(forecast.source.contains("forecast"), "{}", forecast.source);
    assert_eq!(converted(&a, "26조 원"), "$18.2 billion");
    assert_eq!(converted(&a, "3천억 원"), "$210 million");
    assert_eq!(converted(&a, "50만 원"), "$351");
    assert!(a.figures.iter().all(|f| !f.surface.starts_with("1,")), "{:?}", a.figures);
}

#[test]
fn a_level_of_the_exchange_rate_is_not_an_amount_to_convert() {
    let a = dated(
        "The exchange rate hit 1,400 won on Friday, the highest in a month. A bus ride costs 1,500 won.\n\n\
         시장에서는 환율이 연말 1,380원까지 내려갈 것으로 본다.",
        "2025-04-16",
    );
    assert!(figure(&a, "1,400 won").converted.is_none());
    assert!(figure(&a, "1,380원").converted.is_none());
    // A price of the same size is converted.
    assert_eq!(converted(&a, "1,500 won"), "$1.06");
}

#[test]
fn hyphenated_amounts_convert() {
    let a = read("Samsung will set up a 30-billion-won fund, and a 1.2-trillion-won plan will follow. ($1 = 1,400 won)");
    assert_eq!(converted(&a, "30-billion-won"), "$21.4 million");
    assert_eq!(converted(&a, "1.2-trillion-won"), "$857 million");
}

#[test]
fn both_ends_of_a_range_convert() {
    let a = read("Tickets cost 200,000 to 300,000 won, premium seats 400,000-500,000 won. ($1 = 1,400 won)");
    assert_eq!(converted(&a, "200,000 to 300,000 won"), "$143–$214");
    assert_eq!(converted(&a, "400,000-500,000 won"), "$286–$357");
}

#[test]
fn ranges_won_signs_and_modifiers_in_a_report_without_a_rate() {
    // 14 April 2025: ₩1,421.5 per dollar.
    let a = dated(
        "Studio flats near Gangnam station now rent for 200,000 to 300,000 won a week, agents said on Monday.\n\n\
         The government estimates that between 3 trillion and 5 trillion won will be needed to build 50,000 \
         public rental homes by 2030, and private builders have pledged W1.2 trillion on top.\n\n\
         Mortgage lenders set aside ₩850 billion for borrowers in arrears, and the ministry added a 30-billion-won fund.",
        "2025-04-14",
    );
    for (won, dollars) in [
        ("200,000 to 300,000 won", "$141–$211"),
        ("between 3 trillion and 5 trillion won", "$2.11 billion–$3.52 billion"),
        ("W1.2 trillion", "$844 million"),
        ("₩850 billion", "$598 million"),
        ("30-billion-won", "$21.1 million"),
    ] {
        assert_eq!(converted(&a, won), dollars, "{won}");
    }
}

/// `n` filler paragraphs, the `i`th one `line(i)`, each followed by a blank line.
fn paragraphs(n: usize, line: impl Fn(usize) -> String) -> String {
    (0..n).map(|i| line(i) + "\n\n").collect()
}

#[test]
fn amounts_far_from_the_pair_use_the_articles_rate() {
    let mut text =
        String::from("The company will invest 1.2 trillion won ($845 million) in a new plant.\n\n");
    text.push_str(&paragraphs(12, |i| {
        format!("Paragraph {i} discusses the market without any figures at all.")
    }));
    text.push_str("The group also holds 730 billion won in cash reserves.");
    let a = dated(&text, "2025-04-16");
    let c = figure(&a, "730 billion won").converted.as_ref().unwrap();
    assert_eq!(a.rates[c.rate].kind, RateKind::Pair);
    assert_eq!(c.text, "$514 million");
}

#[test]
fn an_amount_at_the_top_of_a_long_article_uses_the_pair_printed_at_its_end() {
    // Nearer the amount than the pair: a market quote, which a pair outranks.
    let mut text = String::from(
        "Hanwha Ocean said on Tuesday that it had booked W730 billion in new orders for two LNG carriers.\n\n",
    );
    text.push_str(&paragraphs(25, |i| {
        format!("Section {i}: officials said the yards were hiring welders again after years of cuts.")
    }));
    text.push_str("In early trade the won was quoted at 1,405.2 won against the dollar.\n\n");
    text.push_str(&paragraphs(10, |i| format!("Part {i}: analysts said the order books reach into 2028.")));
    text.push_str("Samsung Heavy Industries separately won a 2.1 trillion won ($1.48 billion) order for container ships.");
    let a = dated(&text, "2024-11-12");
    let c = figure(&a, "W730 billion").converted.as_ref().unwrap();
    assert_eq!(a.rates[c.rate].kind, RateKind::Pair);
    assert_eq!(c.text, "$514 million");
}

#[test]
fn the_days_quoted_rate_converts_when_no_pair_is_printed() {
    let a = dated(
        "The local currency was quoted at 1,441.8 won against the greenback.\n\nThe ministry will spend 3 trillion won on the project.",
        "2025-04-09",
    );
    let c = figure(&a, "3 trillion won").converted.as_ref().unwrap();
    assert_eq!(a.rates[c.rate].kind, RateKind::Stated);
    assert_eq!(c.text, "$2.08 billion");
    let a = read(
        "The won closed at 1,380.5 won per dollar on Friday.\n\nThe ministry will spend 3 trillion won.",
    );
    assert_eq!(converted(&a, "3 trillion won"), "$2.17 billion");
}

/// The rate a won amount was converted at, and the surface of that rate.
fn rate_of<'a>(a: &'a Analysis, surface: &str) -> (f64, &'a str) {
    let c = figure(a, surface).converted.as_ref().unwrap_or_else(|| panic!("{surface} not converted"));
    (a.rates[c.rate].won_per_unit, a.rates[c.rate].surface.as_str())
}

#[test]
fn of_several_quotes_the_days_close_converts_not_the_previous_sessions() {
    // A Wednesday market report: Tuesday's close sits nearer the amounts than Wednesday's.
    let a = dated(
        "The Korean won weakened for a third straight session on Wednesday as foreign investors sold local shares.\n\n\
         The local currency closed at 1,484.1 won against the dollar, down 10.2 won from the previous session.\n\n\
         On Tuesday it had ended at 1,473.9 won per dollar, then its weakest close in sixteen years.\n\n\
         The finance minister said the government would supply 3 trillion won in emergency liquidity to exporters.",
        "2025-04-09",
    );
    assert_eq!(rate_of(&a, "3 trillion won").0, 1484.1);
    assert_eq!(converted(&a, "3 trillion won"), "$2.02 billion");
    let tuesday = a.rates.iter().find(|r| r.won_per_unit == 1473.9).expect("Tuesday's close is listed");
    assert!(!tuesday.used);
}

#[test]
fn the_previous_days_close_converts_when_it_is_the_latest_stated() {
    // A Monday article that quotes only Friday's close: the latest price it states.
    let a = dated(
        "The won closed at 1,380.5 won per dollar on Friday.\n\nThe ministry will spend 3 trillion won on ports.",
        "2025-04-21",
    );
    assert_eq!(rate_of(&a, "3 trillion won"), (1380.5, "1,380.5 won per dollar"));
}

#[test]
fn forecasts_and_targets_do_not_convert() {
    let a = dated(
        "The won ended at 1,398.2 won per dollar on Thursday, little changed from the day before.\n\n\
         Several brokers expect the won to weaken to 1,450 per dollar by year-end as the rate gap with the United States widens. \
         One strategist said the won could reach 1,460 won against the dollar in the first quarter, \
         and others see it weakening to 1,440 won per dollar.\n\n\
         Samsung Electronics plans to spend 5 trillion won on a new packaging line.",
        "2024-11-14",
    );
    assert_eq!(rate_of(&a, "5 trillion won").0, 1398.2);
    for forecast in [1450.0, 1460.0, 1440.0] {
        let r = a.rates.iter().find(|r| r.won_per_unit == forecast).expect("the forecast is listed");
        assert!(!r.used && r.source.contains("forecast"), "{r:?}");
    }
    // The summary says why they are not used.
    let md = lede::report::markdown(&a);
    assert!(
        md.contains("Also in the article, not used: ₩1,450 per $1 (“won to weaken to 1,450 per dollar”): a forecast the article quotes, not the day's rate"),
        "{md}"
    );
}

#[test]
fn past_levels_do_not_convert() {
    // "A year ago" and "from" place a quote in the past, even within a few percent of today's.
    for (text, date, today) in [
        (
            "The won-dollar exchange rate rose to 1,378.5 on Monday, lifting carmakers' earnings.\n\n\
             A year ago the won stood at 1,350 won per dollar, and many exporters hedged at that level.\n\n\
             Hyundai Motor expects an extra 400 billion won in operating profit from the weaker currency.",
            "2024-10-21",
            1378.5,
        ),
        (
            "The won closed at 1,331.5 won per dollar on Friday, its strongest in five months.\n\n\
             The currency has climbed from 1,365 won per dollar at the start of the month. \
             Refiners paid 1.2 trillion won less for crude oil than in July.",
            "2024-08-23",
            1331.5,
        ),
    ] {
        let a = dated(text, date);
        let won = a.figures.iter().find(|f| f.value >= 1e11).expect("an amount");
        let c = won.converted.as_ref().expect("converted");
        assert_eq!(a.rates[c.rate].won_per_unit, today, "{text}");
        assert!(a.rates.iter().any(|r| !r.used && r.source.contains("past level")), "{:?}", a.rates);
    }
}

#[test]
fn a_quoted_rate_is_a_whole_number_not_the_tail_of_one() {
    // "11350 won per dollar" is not a rate of ₩1,350.
    let a = dated(
        "The toy model assumed 11350 won per dollar.\n\nThe ministry will spend 3 trillion won.",
        "2025-04-16",
    );
    assert!(a.rates.iter().all(|r| r.kind != RateKind::Stated), "{:?}", a.rates);
    let c = figure(&a, "3 trillion won").converted.as_ref().unwrap();
    assert_eq!(a.rates[c.rate].kind, RateKind::Reference);
}

#[test]
fn a_past_price_the_article_recalls_does_not_convert_todays_amounts() {
    // The won's 2009 low is history in a 2025 article, not the day's rate.
    let a = dated(
        "The won fell to 1,570 won per dollar in March 2009.\n\nThe ministry will spend 3 trillion won.",
        "2025-04-16",
    );
    let c = figure(&a, "3 trillion won").converted.as_ref().unwrap();
    assert_eq!(a.rates[c.rate].kind, RateKind::Reference);
    assert_eq!(c.text, "$2.12 billion");
}

#[test]
fn the_users_rate_is_used_only_when_the_article_has_none_and_is_marked() {
    let text = "The city will spend 300 billion won on new parks.";
    let options = Options { user_won_per_dollar: Some(1500.0), ..Options::default() };
    let a = analyze(Input::Plain(text), &options);
    assert_eq!(a.rates.len(), 1);
    assert_eq!((a.rates[0].kind, a.rates[0].used), (RateKind::User, true));
    let c = figure(&a, "300 billion won").converted.as_ref().unwrap();
    assert_eq!((c.text.as_str(), c.rate), ("$200 million", 0));

    let with_pair =
        "The city will spend 300 billion won on parks and 1.42 trillion won ($1 billion) on roads.";
    let a = analyze(Input::Plain(with_pair), &options);
    assert!(a.rates.iter().all(|r| r.kind != RateKind::User), "{:?}", a.rates);
}

#[test]
fn korean_articles_pair_and_convert_too() {
    let a = read("정부는 12조 원(84억5천만 달러) 규모의 추경을 편성했다. 이 가운데 4조 원은 수출 지원에 쓰인다. 환율은 달러당 1,420원이다.");
    let stated = a.rates.iter().find(|r| r.kind == RateKind::Stated).expect("달러당 1,420원");
    assert_eq!(stated.won_per_unit, 1420.0);
    assert!(a.rates.iter().any(|r| r.kind == RateKind::Pair && (r.won_per_unit - 1420.1).abs() < 0.05));
    assert_eq!(converted(&a, "4조 원"), "$2.82 billion");
}

#[test]
fn korean_pairs_with_yak_and_a_declared_rate() {
    let a = read("삼성전자는 12조 원(약 84억5천만 달러)을 투자한다. 나머지 4조 원은 내년에 집행된다.");
    assert_eq!(a.rates.len(), 1, "{:?}", a.rates);
    assert_eq!(converted(&a, "4조 원"), "$2.82 billion");
    let a = read("정부는 4조 원을 투입한다. (1달러=1,420원)");
    assert_eq!(a.rates[0].kind, RateKind::Stated);
    assert_eq!(converted(&a, "4조 원"), "$2.82 billion");
}

#[test]
fn changes_in_the_won_are_not_rates() {
    let a = read("The won fell 5.2 won against the dollar to close at 1,437.3 won per dollar.");
    assert_eq!(a.rates.len(), 1, "{:?}", a.rates);
    assert_eq!(a.rates[0].won_per_unit, 1437.3);
}

/// A business report in the style of the English-language Korean press: pairs in both
/// orders, "W" and "₩", one imprecise conversion.
const REPORT: &str = "South Korea's exports rose 7.5 percent on-year to $58.2 billion in October, the trade ministry said.\n\n\
The government will inject 3.2 trillion won ($2.31 billion) into chipmakers next year, the finance ministry said.\n\n\
Samsung Electronics posted an operating profit of 9.18 trillion won ($6.63 billion) for the third quarter, while SK hynix earned W5.83 trillion ($4.21 billion).\n\n\
The state-run Korea Development Bank will provide $1.5 billion (2.08 trillion won) in low-interest loans to battery makers.\n\n\
Hyundai Motor plans to invest ₩950 billion, or $686 million, in its Ulsan plant.";

#[test]
fn with_any_printed_dollar_figure_hidden_the_conversion_lands_within_one_percent() {
    for (printed, without, won, dollars) in [
        ("3.2 trillion won ($2.31 billion)", "3.2 trillion won", "3.2 trillion won", 2.31e9),
        ("9.18 trillion won ($6.63 billion)", "9.18 trillion won", "9.18 trillion won", 6.63e9),
        ("W5.83 trillion ($4.21 billion)", "W5.83 trillion", "W5.83 trillion", 4.21e9),
        ("$1.5 billion (2.08 trillion won)", "2.08 trillion won", "2.08 trillion won", 1.5e9),
        ("₩950 billion, or $686 million,", "₩950 billion", "₩950 billion", 686e6),
    ] {
        assert!(REPORT.contains(printed), "{printed}");
        let a = read(&REPORT.replace(printed, without));
        let c = figure(&a, won).converted.as_ref().unwrap_or_else(|| panic!("{won} not converted"));
        let error = (c.value - dollars).abs() / dollars;
        assert!(
            error < 0.01,
            "{won}: {} ({}) vs printed {dollars}, off by {:.2}%",
            c.value,
            c.text,
            error * 100.0
        );
    }
    assert!(read(REPORT).warnings.is_empty(), "{:?}", read(REPORT).warnings);
}

#[test]
fn a_lone_outlier_pair_loses_to_the_consensus_around_it() {
    let a = read(
        "The budget includes 3.2 trillion won ($2.31 billion) for chips.\n\n\
         Another 9.18 trillion won ($6.63 billion) goes to welfare.\n\n\
         Last year's plan had set aside 10 trillion won ($7.7 billion) for housing, and 5.54 trillion won ($4 billion) for roads.\n\n\
         The ministry also earmarked 1.39 trillion won for ports.",
    );
    let ports = figure(&a, "1.39 trillion won").converted.as_ref().expect("converted");
    assert!((a.rates[ports.rate].won_per_unit - 1385.0).abs() < 2.0, "{:?}", a.rates[ports.rate]);
    assert_eq!(ports.text, "$1 billion");
    assert!(a.warnings.iter().any(|w| w.contains("₩1,299") && w.contains("₩1,385")), "{:?}", a.warnings);
}

#[test]
fn the_articles_own_pairs_beat_the_days_market_quote() {
    let a = read(
        "Hyundai Motor will invest 3.2 trillion won ($2.31 billion) in Ulsan and another 950 billion won in Asan.\n\n\
         The Korean won closed at 1,395.6 won against the U.S. dollar, down 2.3 won from the previous session.",
    );
    let asan = figure(&a, "950 billion won").converted.as_ref().expect("converted");
    assert_eq!(a.rates[asan.rate].kind, RateKind::Pair);
    assert_eq!(asan.text, "$686 million");
    // The quote's own numbers are the rate, not amounts to convert.
    assert!(a
        .figures
        .iter()
        .filter(|f| f.surface.ends_with(" won") && f.value < 2000.0)
        .all(|f| f.converted.is_none()));
    assert!(a.warnings.is_empty(), "a market quote may differ from the article's rate: {:?}", a.warnings);
}

#[test]
fn a_declared_rate_the_article_does_not_follow_is_reported() {
    let a =
        read("The fund has 2 trillion won ($1.45 billion) and 1 trillion won in reserve. ($1 = 1,420 won)");
    assert_eq!(a.warnings, ["the article states ₩1,420 per dollar but converts at ₩1,379"]);
    let reserve = figure(&a, "1 trillion won").converted.as_ref().unwrap();
    assert_eq!(a.rates[reserve.rate].kind, RateKind::Stated);
}

#[test]
fn thousands_of_statements_and_pairs_stay_fast_and_sane() {
    let text = "Firms got 1 trillion won ($704 million) each. ($1 = 1,420.1 won) ".repeat(5_000);
    let a = read(&text);
    assert_eq!(a.rates.iter().filter(|r| r.kind == RateKind::Stated).count(), 5_000);
    assert!(a.figures.iter().all(|f| f.surface != "$1"), "the rate's own numbers are not figures");
}

#[test]
fn a_rate_written_with_the_won_code_is_a_rate_not_an_amount() {
    let a = dated(
        "Household loans rose by KRW 4.1 trillion last month. The won-dollar exchange rate closed at \
KRW 1,389.9 on the 15th.",
        "2025-09-16",
    );
    assert_eq!(a.rates.len(), 1, "{:?}", a.rates);
    assert!((a.rates[0].won_per_unit - 1389.9).abs() < 0.01);
    let money: Vec<&str> = a.figures.iter().map(|f| f.surface.as_str()).collect();
    assert_eq!(money, ["KRW 4.1 trillion"]);
}
