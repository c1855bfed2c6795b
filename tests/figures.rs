//! Figures as a reader of Korean news in English meets them: amounts in every print form,
//! percentages, counts and durations, each with its qualifier, what it measures and where
//! it sits in the text.

use lede::analysis::{Analysis, FigureKind};

mod common;
use common::{figure, read};

fn money(a: &Analysis, surface: &str) -> (f64, String) {
    let f = figure(a, surface);
    assert_eq!(f.kind, FigureKind::Money, "{surface}");
    (f.value, f.currency.map_or_else(String::new, |c| c.code().to_string()))
}

#[test]
fn won_and_dollar_amounts_in_every_print_form() {
    let a = read(
        "Samsung Electronics will invest US$40 billion in Texas, while SK hynix earmarked W3.5 billion for a \
         research center. The ministry set aside KRW 50 billion and a further 1.2 tril. won for farmers. \
         Subway fares rise to ₩1,000 next month. Hyundai Motor posted $8.45 billion in sales.",
    );
    assert_eq!(money(&a, "US$40 billion"), (40e9, "USD".into()));
    assert_eq!(money(&a, "W3.5 billion"), (3.5e9, "KRW".into()));
    assert_eq!(money(&a, "KRW 50 billion"), (50e9, "KRW".into()));
    assert_eq!(money(&a, "1.2 tril. won"), (1.2e12, "KRW".into()));
    assert_eq!(money(&a, "₩1,000"), (1000.0, "KRW".into()));
    assert_eq!(money(&a, "$8.45 billion"), (8.45e9, "USD".into()));
}

#[test]
fn number_words_ranges_and_qualifiers() {
    let a = read(
        "The government expects to spend 3 to 4 trillion won on the relief package, roughly four trillion won \
         more than last year. A dozen companies have applied, and nearly half of them are small firms.",
    );
    let range = figure(&a, "3 to 4 trillion won");
    assert_eq!((range.value, range.value_max), (3e12, Some(4e12)));
    let words = figure(&a, "four trillion won");
    assert_eq!((words.value, words.qualifier.as_deref()), (4e12, Some("about")));
    let dozen = a.figures.iter().find(|f| f.surface.starts_with("A dozen")).expect("a dozen companies");
    assert_eq!((dozen.kind, dozen.value), (FigureKind::Quantity, 12.0));
}

#[test]
fn percentages_with_what_they_measure() {
    let a = read(
        "Exports rose 3.5 percent from a year earlier, the ministry said. The Bank of Korea kept its base rate \
         at 2.75% and cut its growth forecast by 0.5 percentage point, with an unemployment rate of 3.1 percent. \
         Household debt stood at 104.5 percent of GDP.",
    );
    let exports = figure(&a, "3.5 percent");
    assert_eq!((exports.kind, exports.value), (FigureKind::Percent, 3.5));
    assert_eq!(exports.label.as_deref(), Some("Exports"));
    assert_eq!(figure(&a, "2.75%").value, 2.75);
    let cut = figure(&a, "0.5 percentage point");
    assert_eq!(
        (cut.unit.as_deref(), cut.label.as_deref()),
        (Some("percentage point"), Some("growth forecast"))
    );
    assert_eq!(figure(&a, "104.5 percent").label.as_deref(), Some("Household debt"));
    assert_eq!(figure(&a, "3.1 percent").label.as_deref(), Some("unemployment rate"));

    let a = read(
        "Samsung posted an operating profit of 9.18 trillion won, up 277 percent, as exports rose 7.5 percent to $58.2 billion.",
    );
    assert_eq!(figure(&a, "277 percent").label.as_deref(), Some("operating profit"));
    assert_eq!(figure(&a, "$58.2 billion").label.as_deref(), Some("exports"));
}

#[test]
fn a_bare_amount_takes_the_currency_of_the_one_before_it() {
    let a = read(
        "The budget is 12 trillion won ($8.45 billion), up from 10 trillion last year. Some 51 million people live in Korea.",
    );
    assert_eq!(money(&a, "10 trillion"), (10e12, "KRW".into()));
    assert_eq!(figure(&a, "51 million people").kind, FigureKind::Quantity);
}

#[test]
fn labels_from_the_words_around_the_amount() {
    let a = read(
        "The Defense Ministry signed a $48.2 million army contract with Hanwha Aerospace. \
         LG Energy Solution announced $5 billion in new investment in Arizona. \
         The city approved a budget of more than 600 billion won for housing young families, officials said.",
    );
    assert_eq!(figure(&a, "$48.2 million").label.as_deref(), Some("army contract"));
    assert_eq!(figure(&a, "$5 billion").label.as_deref(), Some("new investment"));
    let budget = figure(&a, "600 billion won");
    assert_eq!(budget.qualifier.as_deref(), Some("more than"));
    assert_eq!(budget.label.as_deref(), Some("budget"));
}

#[test]
fn a_new_level_measures_what_changed_not_the_period_after_it() {
    let a = read(
        "LG Energy Solution said Thursday its operating profit rose 12 percent on-year to 448 billion won \
         in the third quarter.",
    );
    assert_eq!(figure(&a, "12 percent").label.as_deref(), Some("operating profit"));
    assert_eq!(figure(&a, "448 billion won").label.as_deref(), Some("operating profit"));
}

#[test]
fn a_period_after_an_amount_says_when_not_what() {
    let a = read(
        "Household debt rose by 12.1 trillion won in the second quarter, the Bank of Korea said. \
         Foreign investors sold a net 500 billion won worth of shares.",
    );
    assert_eq!(figure(&a, "12.1 trillion won").label.as_deref(), Some("Household debt"));
    assert_eq!(figure(&a, "500 billion won").label.as_deref(), Some("shares"));
}

#[test]
fn a_figure_someone_sets_measures_the_object_of_the_verb() {
    let a = read(
        "The Korea Development Institute cut its growth forecast for this year to 0.8 percent from 1.5 \
         percent. The wage commission raised the minimum wage to 10,030 won.",
    );
    assert_eq!(figure(&a, "0.8 percent").label.as_deref(), Some("growth forecast"));
    assert_eq!(figure(&a, "1.5 percent").label.as_deref(), Some("growth forecast"));
    assert_eq!(figure(&a, "10,030 won").label.as_deref(), Some("minimum wage"));
}

#[test]
fn other_currencies_keep_their_own_code() {
    let a = read(
        "Toyota plans to spend 500 billion yen, and China's CATL raised 100 billion yuan, while Airbus booked \
         323 million euros and BP lost £50 million. The Swiss firm paid 10,000 swiss francs.",
    );
    assert_eq!(money(&a, "500 billion yen"), (500e9, "JPY".into()));
    assert_eq!(money(&a, "100 billion yuan"), (100e9, "CNY".into()));
    assert_eq!(money(&a, "323 million euros"), (323e6, "EUR".into()));
    assert_eq!(money(&a, "£50 million"), (50e6, "GBP".into()));
    assert_eq!(money(&a, "10,000 swiss francs"), (10_000.0, "CHF".into()));
    assert!(a.figures.iter().all(|f| f.converted.is_none()), "no rate for these: nothing is converted");
}

#[test]
fn durations_count_in_their_unit_and_ages_are_not_durations() {
    let a = read(
        "The strike lasted six straight days. Washington announced a 90-day suspension of its tariffs, \
         and the 41-year-old lawmaker said talks could take two and a half years. Prices fell two years ago.",
    );
    let straight = figure(&a, "six straight days");
    assert_eq!(
        (straight.kind, straight.value, straight.unit.as_deref()),
        (FigureKind::Duration, 6.0, Some("day"))
    );
    let pause = figure(&a, "90-day");
    assert_eq!((pause.value, pause.unit.as_deref()), (90.0, Some("day")));
    assert!(pause.label.as_deref().unwrap_or("").contains("suspension"), "{:?}", pause.label);
    assert_eq!(figure(&a, "two and a half years").value, 2.5);
    assert!(!a.figures.iter().any(|f| f.surface.contains("41-year")), "an age is not a duration");
    assert!(!a.figures.iter().any(|f| f.surface.contains("two years")), "\"two years ago\" is a date");
}

#[test]
fn korean_amounts() {
    let a = read("정부는 12조 원 규모의 추경을 편성했다. 이 가운데 4조5천억원은 수출 지원에, 8억 달러는 투자에 쓰인다. 입장료는 이천칠백삼십오만원이다.");
    assert_eq!(money(&a, "12조 원"), (12e12, "KRW".into()));
    assert_eq!(money(&a, "4조5천억원"), (4.5e12, "KRW".into()));
    assert_eq!(money(&a, "8억 달러"), (8e8, "USD".into()));
    assert_eq!(money(&a, "이천칠백삼십오만원"), (27_350_000.0, "KRW".into()));
}

#[test]
fn offsets_are_characters_and_sentences_are_indexed() {
    let text = "“Korea’s budget”, said Choi. The plan costs 12조 원 — about ₩12 trillion ($8.45 billion) — in total.";
    let a = read(text);
    for f in &a.figures {
        let slice: String = a.text.chars().skip(f.start).take(f.end - f.start).collect();
        assert_eq!(slice, f.surface);
        assert_eq!(f.sentence, 1, "{}", f.surface);
    }
    assert_eq!(a.figures.len(), 3, "{:?}", a.figures);
}

#[test]
fn dates_times_and_model_numbers_are_not_figures() {
    let a =
        read("On April 16, 2025, at 3 p.m., the G20 met about COVID-19 in Room 301. The 2+2 talks follow.");
    assert!(a.figures.is_empty(), "{:?}", a.figures.iter().map(|f| &f.surface).collect::<Vec<_>>());
}

#[test]
fn hostile_text_neither_panics_nor_hangs() {
    let mut text = String::new();
    for piece in
        ["$", "1,", "2.", "-", "조", "원 ", "W", "₩", "(", "or ", "9999999999999999999999 ", "trillion ", "%"]
    {
        text.push_str(&piece.repeat(2_000));
    }
    text.push_str(&"12 to 3 to 4 to 5 trillion won ($1 = 1,4 ".repeat(2_000));
    let a = read(&text);
    assert!(a.figures.iter().all(|f| f.end <= a.text.chars().count()));
}

#[test]
fn an_amount_before_a_framing_period_is_found_and_the_period_is_not_a_figure() {
    let a = read(
        "The government will spend 5 trillion won over the next three years to support exporters, and \
         Hanwha Ocean won over 2 trillion won in orders. The singer ended a three-year silence with a new \
         album, signed a two-year contract and will tour within six months.",
    );
    assert_eq!(money(&a, "5 trillion won"), (5e12, "KRW".into()));
    assert_eq!(money(&a, "2 trillion won"), (2e12, "KRW".into()));
    let durations: Vec<&str> =
        a.figures.iter().filter(|f| f.kind == FigureKind::Duration).map(|f| f.surface.as_str()).collect();
    // Only the duration that measures something named (the contract) is a figure.
    assert_eq!(durations, ["two-year"], "{durations:?}");
}

#[test]
fn a_change_then_the_new_level_is_no_range() {
    let a = read(
        "The won fell 8.5 won to 1,470.5 won per dollar. Exports rose by $2 billion to $60 billion, \
and the fund will hold 3 trillion to 4 trillion won.",
    );
    let money: Vec<(&str, f64, Option<f64>)> = a
        .figures
        .iter()
        .filter(|f| f.kind == FigureKind::Money)
        .map(|f| (f.surface.as_str(), f.value, f.value_max))
        .collect();
    assert_eq!(
        money,
        [
            ("8.5 won", 8.5, None),
            ("$2 billion", 2e9, None),
            ("$60 billion", 6e10, None),
            ("3 trillion to 4 trillion won", 3e12, Some(4e12)),
        ]
    );
}
