//! Dates in running news text: what a reader of the summary panel sees for each date
//! expression (its surface, value, granularity and event), on sentences written in the
//! style of Korean news in English.

use lede::analysis::{Analysis, DateMention, Granularity};
use lede::{analyze, Input, Options};

fn run(text: &str, published: Option<&str>) -> Analysis {
    let options = Options { published: published.map(str::to_string), ..Options::default() };
    analyze(Input::Plain(text), &options)
}

fn dates(text: &str, published: &str) -> Vec<DateMention> {
    run(text, Some(published)).dates
}

/// (surface, value) of every date found.
fn values(text: &str, published: &str) -> Vec<(String, Option<String>)> {
    dates(text, published).into_iter().map(|d| (d.surface, d.value)).collect()
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, Option<String>)> {
    expected.iter().map(|&(s, v)| (s.to_string(), (!v.is_empty()).then(|| v.to_string()))).collect()
}

#[test]
fn absolute_dates_in_every_news_form() {
    let text = "The Bank of Korea froze its key rate on Apr. 16, 2025, after cutting it on Feb. 25. \
                The data, released 2025-04-16, covers prices in March. \
                Exports hit a record in December 2024, according to a report dated 2025.04.16. \
                The tariffs take effect Sept. 3. \
                The law was passed on 16 April 2019. \
                The merger was agreed in 2019.";
    assert_eq!(
        values(text, "2025-04-17"),
        pairs(&[
            ("Apr. 16, 2025", "2025-04-16"),
            ("Feb. 25", "2025-02-25"),
            ("2025-04-16", "2025-04-16"),
            ("March", "2025-03"),
            ("December 2024", "2024-12"),
            ("2025.04.16", "2025-04-16"),
            ("Sept. 3", "2025-09-03"),
            ("16 April 2019", "2019-04-16"),
            ("2019", "2019"),
        ])
    );
}

#[test]
fn korean_dates() {
    let text = "정부는 2025년 4월 16일 추가경정예산안을 발표했다. The plan dates from 2024년 12월.";
    assert_eq!(
        values(text, "2025-04-16"),
        pairs(&[("2025년 4월 16일", "2025-04-16"), ("2024년 12월", "2024-12")])
    );
}

#[test]
fn bare_weekdays_follow_the_tense_of_their_sentence() {
    // Published on a Wednesday.
    let text = "The Finance Ministry said Wednesday that exports rose. \
                The Cabinet met Monday to review the budget. \
                A special Cabinet meeting will be held on Friday. \
                Choi is scheduled to travel to Washington beginning Tuesday. \
                On Thursday, the central bank will announce its rate decision.";
    assert_eq!(
        values(text, "2025-04-16"),
        pairs(&[
            ("Wednesday", "2025-04-16"),
            ("Monday", "2025-04-14"),
            ("Friday", "2025-04-18"),
            ("Tuesday", "2025-04-22"),
            ("Thursday", "2025-04-17"),
        ])
    );
}

#[test]
fn weekdays_with_last_next_and_this() {
    let text = "Talks collapsed last Friday. They resume next Tuesday. The vote is this Saturday.";
    assert_eq!(
        values(text, "2025-04-16"),
        pairs(&[
            ("last Friday", "2025-04-11"),
            ("next Tuesday", "2025-04-22"),
            ("this Saturday", "2025-04-19")
        ])
    );
}

#[test]
fn relative_periods_take_their_unit_as_granularity() {
    let text = "Officials will visit the United States next week. \
                Prices rose 2.1 percent earlier this month. \
                Exports fell 3 percent last year and are expected to recover this year. \
                The strike ended two days ago, and the union will vote next month.";
    let found = dates(text, "2025-04-16");
    let got: Vec<_> =
        found.iter().map(|d| (d.surface.as_str(), d.value.as_deref(), d.granularity, d.relative)).collect();
    assert_eq!(
        got,
        [
            ("next week", Some("2025-W17"), Granularity::Week, true),
            ("earlier this month", Some("2025-04"), Granularity::Month, true),
            ("last year", Some("2024"), Granularity::Year, true),
            ("this year", Some("2025"), Granularity::Year, true),
            ("two days ago", Some("2025-04-14"), Granularity::Day, true),
            ("next month", Some("2025-05"), Granularity::Month, true),
        ]
    );
}

#[test]
fn day_words_and_the_previous_year() {
    let text =
        "The index fell yesterday and may rebound today or tomorrow. Sales had doubled the previous year.";
    assert_eq!(
        values(text, "2025-04-16"),
        pairs(&[
            ("yesterday", "2025-04-15"),
            ("today", "2025-04-16"),
            ("tomorrow", "2025-04-17"),
            ("the previous year", "2024")
        ])
    );
}

#[test]
fn a_month_alone_takes_the_year_its_tense_points_to() {
    assert_eq!(values("The plant was closed in November.", "2025-04-16"), pairs(&[("November", "2024-11")]));
    assert_eq!(values("The plant will reopen in November.", "2025-04-16"), pairs(&[("November", "2025-11")]));
    assert_eq!(
        values("The election was held on Dec. 20.", "2025-04-16"),
        pairs(&[("Dec. 20", "2024-12-20")])
    );
}

#[test]
fn a_day_or_month_with_a_relative_year_is_one_date() {
    let text = "Yoon, who was impeached on Dec. 14 last year, was removed from office in April this year.";
    assert_eq!(
        values(text, "2025-04-16"),
        pairs(&[("Dec. 14 last year", "2024-12-14"), ("April this year", "2025-04")])
    );
}

#[test]
fn counted_weeks_and_days_of_a_month() {
    let text = "Exports rose in the first 10 days of April, and talks are planned for the last week of May and the 15th of next month.";
    assert_eq!(
        values(text, "2025-04-16"),
        pairs(&[
            ("April", "2025-04"),
            ("the last week of May", "2025-W21"),
            ("the 15th of next month", "2025-05-15")
        ])
    );
}

#[test]
fn period_ends_and_days_of_the_month() {
    let text =
        "The ministry aims to pass the bill by the end of the year. The budget was approved on the 27th.";
    assert_eq!(
        values(text, "2025-04-16"),
        pairs(&[("the end of the year", "2025"), ("the 27th", "2025-03-27")])
    );
    assert_eq!(values("Korea marked the 75th anniversary of the war.", "2025-04-16"), pairs(&[]));
}

#[test]
fn without_a_publication_date_relative_dates_have_no_value() {
    let a = run(
        "The ministry said Wednesday that talks will start next week, as agreed on April 16, 2025.",
        None,
    );
    let got: Vec<_> = a.dates.iter().map(|d| (d.surface.as_str(), d.value.as_deref())).collect();
    assert_eq!(got, [("Wednesday", None), ("next week", None), ("April 16, 2025", Some("2025-04-16"))]);
}

#[test]
fn words_and_numbers_that_are_not_dates() {
    let text = "Talks may resume soon, and officials march on. The Sun reported that 2025 won was paid. \
                Both ministers may hold a joint “2+2” meeting at 10:30 a.m. with 2019 employees. \
                The budget of 1,420 won per 2,000 units is 12.5 percent higher. \
                He was ranked No. 2019 and took Flight 2024 with 1800 passengers. \
                A 2000-strong crowd marched 3 km, and the score was 3-2; call 02-2031-1234.";
    assert_eq!(values(text, "2025-04-16"), pairs(&[]));
}

#[test]
fn impossible_dates_are_not_dates() {
    assert_eq!(values("The form was dated February 30, 2024 and 31/31/2022.", "2025-04-16"), pairs(&[]));
}

#[test]
fn offsets_and_sentences_point_into_the_text() {
    let text = "Korea’s exports rose.\n\nThe Finance Ministry said Wednesday that Choi will leave on Friday.";
    let a = run(text, Some("2025-04-16"));
    let friday = a.dates.iter().find(|d| d.surface == "Friday").expect("Friday found");
    let chars: Vec<char> = a.text.chars().collect();
    assert_eq!(chars[friday.start..friday.end].iter().collect::<String>(), "Friday");
    assert_eq!(friday.sentence, 1);
}

#[test]
fn the_event_is_the_clause_around_the_date() {
    let text = "The Prime Minister’s Office announced Wednesday that a special Cabinet meeting will be held on Friday to review the spending plan. \
                On Monday, the ministry will unveil its export package.";
    let found = dates(text, "2025-04-16");
    let event = |s: &str| found.iter().find(|d| d.surface == s).and_then(|d| d.event.clone());
    assert_eq!(event("Friday").as_deref(), Some("special Cabinet meeting will be held"));
    assert_eq!(event("Wednesday").as_deref(), Some("Prime Minister’s Office announced"));
    assert_eq!(event("Monday").as_deref(), Some("ministry will unveil its export package"));
}

#[test]
fn korean_won_is_not_a_past_tense_and_due_looks_ahead() {
    // Published on a Thursday.
    let text = "The government plans to spend 12 trillion won from May through July. The Fed's decision is due Wednesday.";
    let found = dates(text, "2025-04-17");
    let got: Vec<_> =
        found.iter().map(|d| (d.surface.as_str(), d.value.as_deref(), d.event.as_deref())).collect();
    assert_eq!(
        got,
        [
            ("May", Some("2025-05"), Some("government plans to spend 12 trillion won")),
            ("July", Some("2025-07"), Some("government plans to spend 12 trillion won")),
            ("Wednesday", Some("2025-04-23"), Some("Fed's decision is due")),
        ]
    );
}

#[test]
fn ranges_share_the_year_written_at_their_end() {
    let text = "The exhibition runs from Nov. 18 to Dec. 19, 2026, after a season that lasted from December to May 2025.";
    assert_eq!(
        values(text, "2025-04-16"),
        pairs(&[
            ("Nov. 18", "2026-11-18"),
            ("Dec. 19, 2026", "2026-12-19"),
            ("December", "2024-12"),
            ("May 2025", "2025-05")
        ])
    );
}

#[test]
fn hostile_input_is_handled_quickly() {
    let long =
        "On April 16 the fund rose. The vote is next week. It began in 2019. He left Friday. ".repeat(5_000);
    let a = run(&long, Some("2025-04-16"));
    assert_eq!(a.dates.len(), 20_000);
    // Digits, slashes and a month name said over and over, with no day or year: no date,
    // no figure, and the text is kept whole.
    let junk = "9".repeat(100_000) + &"/".repeat(50_000) + &"May ".repeat(10_000);
    let a = run(&junk, Some("2025-04-16"));
    assert!(a.dates.is_empty(), "{:?}", &a.dates[..a.dates.len().min(3)]);
    assert!(a.figures.is_empty(), "{:?}", &a.figures[..a.figures.len().min(3)]);
    assert_eq!(a.text, junk.trim_end());
}

#[test]
fn a_wire_story_dates_counted_from_publication_and_from_each_other() {
    // A Yonhap-style report published on Tuesday, Dec. 31, 2024.
    let text = "SEOUL, Dec. 31 (Yonhap) -- The finance ministry said Tuesday that exports rose in \
                December. It had warned the previous day that shipments might slow, and the day before \
                it had met exporters in Sejong. Officials also met last Friday and again on Dec. 29. \
                The plan was drafted earlier this month. Two days earlier, the central bank had cut \
                its key rate.";
    assert_eq!(
        values(text, "2024-12-31"),
        pairs(&[
            ("Dec. 31", "2024-12-31"),
            ("Tuesday", "2024-12-31"),
            ("December", "2024-12"),
            ("the previous day", "2024-12-30"),
            ("the day before", "2024-12-30"),
            ("last Friday", "2024-12-27"),
            ("Dec. 29", "2024-12-29"),
            ("earlier this month", "2024-12"),
            ("Two days earlier", "2024-12-27"),
        ])
    );
}

#[test]
fn the_previous_day_without_an_earlier_date_counts_from_publication() {
    let text = "The won closed at 1,470.5 per dollar, down from 1,465.0 the previous day. \
                The day before the vote, lawmakers met. The next day, markets calmed.";
    assert_eq!(
        values(text, "2025-03-04"),
        pairs(&[("the previous day", "2025-03-03"), ("The next day", "2025-03-05")])
    );
}

#[test]
fn a_market_report_on_monday_counts_trading_days_and_quarters_by_their_months() {
    // A Maeil-style market report published on Monday, Oct. 27, 2025.
    let text = "The KOSPI closed at 4,042.83, up 2.57 percent from the previous trading day. \
                SK hynix said its profit for the April-June period doubled. \
                Investors await the summit, which is scheduled for Wednesday in Gyeongju.";
    assert_eq!(
        values(text, "2025-10-27"),
        pairs(&[
            ("the previous trading day", "2025-10-24"),
            ("the April-June period", "2025"),
            ("Wednesday", "2025-10-29"),
        ])
    );
    let minutes = "Board members were divided over whether to cut the rate in October, the minutes showed.";
    assert_eq!(values(minutes, "2025-09-16"), pairs(&[("October", "2025-10")]));
}

#[test]
fn the_previous_day_and_the_following_week_count_from_a_day_of_the_same_paragraph() {
    // A Yonhap-style report published on Thursday, Aug. 28, 2025.
    let text = "SEOUL, Aug. 28 (Yonhap) -- The FSC capped mortgage loans in the Seoul area at 600 million \
won from June 28.

Finance Minister Koo Yun-cheol said the previous day that more measures would follow next week.

The next rate-setting meeting is scheduled for Oct. 23. The BOK will also hold a meeting on financial \
stability the following week.";
    assert_eq!(
        values(text, "2025-08-28"),
        pairs(&[
            ("Aug. 28", "2025-08-28"),
            ("June 28", "2025-06-28"),
            ("the previous day", "2025-08-27"),
            ("next week", "2025-W36"),
            ("Oct. 23", "2025-10-23"),
            ("the following week", "2025-W44"),
        ])
    );
}

#[test]
fn a_year_less_date_stays_near_the_story_when_the_tense_is_misread() {
    let text = "The Korea Development Institute estimated on Dec. 1 that the economy would grow 1.8 percent \
next year. The won strengthened to its strongest level since October.";
    assert_eq!(
        values(text, "2025-12-02"),
        pairs(&[("Dec. 1", "2025-12-01"), ("next year", "2026"), ("October", "2025-10")])
    );
    let text = "The won rose to its strongest level since October. Fed Chair Jerome Powell signaled last \
Friday that a cut could come as early as September. The firm could not pay on Monday.";
    assert_eq!(
        values(text, "2025-06-04"),
        pairs(&[
            ("October", "2024-10"),
            ("last Friday", "2025-05-30"),
            ("September", "2025-09"),
            ("Monday", "2025-06-02")
        ])
    );
}

#[test]
fn how_long_since_a_record_is_no_date() {
    let text = "The company posted its first quarterly loss in five years, and prices rose at the fastest \
pace in three years. The first ship will arrive in two weeks.";
    assert_eq!(values(text, "2025-01-13"), pairs(&[("in two weeks", "2025-01-27")]));
}

#[test]
fn quarters_and_halves_are_placed_in_their_year() {
    // Published on Thursday, Oct. 30, 2025.
    let text = "Operating profit for the third quarter rose to 12.2 trillion won, compared with 400 billion won \
in the second quarter. \"We expect the market to remain strong in the fourth quarter,\" he said. SK hynix will \
keep the lead through the first half of next year. Net profit for H1 fell, after the fourth quarter of last year \
was a record.";
    assert_eq!(
        values(text, "2025-10-30"),
        pairs(&[
            ("the third quarter", "2025"),
            ("the second quarter", "2025"),
            ("the fourth quarter", "2025"),
            ("the first half of next year", "2026"),
            ("H1", "2025"),
            ("the fourth quarter of last year", "2024"),
        ])
    );
    // Early in a year a past fourth quarter is last year's; a quarter just over is what is
    // about to be reported.
    assert_eq!(
        values("The company posted a loss in the fourth quarter.", "2025-01-13"),
        pairs(&[("the fourth quarter", "2024")])
    );
    assert_eq!(
        values("Samsung is set to release its preliminary first-quarter earnings next week.", "2025-04-01"),
        pairs(&[("first-quarter", "2025"), ("next week", "2025-W15")])
    );
    assert_eq!(values("The striker scored in the second half of the match.", "2025-04-01"), pairs(&[]));
    // The attribution after a quotation is not the tense of what is quoted.
    assert_eq!(
        values("\"Demand should cool in the fourth quarter,\" Ham said.", "2025-09-07"),
        pairs(&[("the fourth quarter", "2025")])
    );
}

#[test]
fn the_start_of_a_range_takes_the_relative_year_of_its_end() {
    let text = "The three makers' share fell to 16.4 percent in January-November last year. \
                Exports from March to May next year will rise.";
    assert_eq!(
        values(text, "2025-01-13"),
        pairs(&[
            ("January", "2024-01"),
            ("November last year", "2024-11"),
            ("March", "2026-03"),
            ("May next year", "2026-05"),
        ])
    );
}

#[test]
fn times_of_the_story_day() {
    let text = "Officials said earlier in the day that talks would resume. The minister spoke this morning. \
                Kweon resigned later in the day, and the latter half of the year looks weaker.";
    assert_eq!(
        values(text, "2025-06-04"),
        pairs(&[
            ("earlier in the day", "2025-06-04"),
            ("this morning", "2025-06-04"),
            ("later in the day", "2025-06-04"),
            ("the latter half of the year", "2025"),
        ])
    );
}

#[test]
fn a_short_quoted_term_and_the_marks_of_an_abbreviation_do_not_cut_the_clause_that_sets_the_tense() {
    // Published on Thursday, July 24, 2025: the talks were set for the next day.
    let text = "Finance Minister Koo Yun-cheol had been scheduled to hold \"2+2\" talks with U.S. Treasury \
                Secretary Scott Bessent on Friday, but the meeting was \
                called off the previous day. \"We met on Friday,\" he said.";
    assert_eq!(
        values(text, "2025-07-24"),
        pairs(&[("Friday", "2025-07-25"), ("the previous day", "2025-07-24"), ("Friday", "2025-07-18")])
    );
}

#[test]
fn the_previous_month_after_a_month_and_until_after_a_past_verb() {
    // Published on Wednesday, Sept. 10, 2025.
    let text = "Household loans rose by 4.7 trillion won in August, accelerating from the previous month. \
                Kim Byoung-hwan, who led the FSC until July, had warned of the risk. The markets stay closed \
                until Friday. In 2024, exports grew 8 percent from the previous year.";
    assert_eq!(
        values(text, "2025-09-10"),
        pairs(&[
            ("August", "2025-08"),
            ("the previous month", "2025-07"),
            ("July", "2025-07"),
            ("Friday", "2025-09-12"),
            ("2024", "2024"),
            ("the previous year", "2023"),
        ])
    );
}

#[test]
fn a_day_of_the_month_said_on_before_a_clause() {
    let text = "BOK Governor Rhee Chang-yong told lawmakers on the 10th that the bank was ready. \
                It was the 10th rate cut in a row.";
    assert_eq!(values(text, "2025-03-12"), pairs(&[("the 10th", "2025-03-10")]));
}

#[test]
fn an_event_named_by_its_date_is_no_anchor_and_tense_beyond_the_auxiliary() {
    // "the Sept. 7 plan" names the plan; "the previous day" is the day before the story's own
    // Wednesday. "likely to have sold" looks back; a session "that opens Monday" is ahead;
    // "cut ... in February and is expected to" reads "cut", not the second verb.
    let text = "Oh unveiled the plan on Wednesday. The ministry, which has pushed its own measures since \
                the Sept. 7 plan, said it would cooperate. The minister met Oh the previous day. \
                An economist said the authorities were likely to have sold dollars on Tuesday. \
                The party will push the bill during the extraordinary session that opens Monday. \
                The Bank of Korea cut its base rate in February and is widely expected to lower it again.";
    assert_eq!(
        values(text, "2025-04-24"),
        pairs(&[
            ("Wednesday", "2025-04-23"),
            ("Sept. 7", "2024-09-07"),
            ("the previous day", "2025-04-22"),
            ("Tuesday", "2025-04-22"),
            ("Monday", "2025-04-28"),
            ("February", "2025-02"),
        ])
    );
}

#[test]
fn a_range_of_days_names_its_first_and_last_day() {
    let text = "The drills run from March 9 to 19. The talks are set for Oct. 6-8, 2026.";
    assert_eq!(
        values(text, "2026-03-17"),
        pairs(&[
            ("March 9", "2026-03-09"),
            ("19", "2026-03-19"),
            ("Oct. 6", "2026-10-06"),
            ("8", "2026-10-08")
        ])
    );
}

#[test]
fn a_present_verb_or_a_phrase_of_its_own_keeps_the_nearest_month() {
    // "is likely in May" is neither past nor future: the nearest May. A filing "on the 7th"
    // is not placed ahead by the main clause's "will".
    let text = "Market watchers said a cut is likely in May at the earliest. \
                According to a regulatory filing on the 7th, Samsung will supply the chips.";
    assert_eq!(values(text, "2026-02-26"), pairs(&[("May", "2026-05"), ("the 7th", "2026-02-07")]));
}

#[test]
fn the_previous_day_in_a_later_paragraph_counts_from_the_storys_day() {
    // The lead's "on Tuesday" is the story's day; two paragraphs on, "the previous day" is
    // the Monday before it, not the day before publication.
    let text = "Police on Tuesday raided the battery maker's headquarters.\n\n\
                Investigators seized safety records.\n\n\
                The ministry had set up an emergency response team at the site the previous day.";
    assert_eq!(
        values(text, "2026-10-14"),
        pairs(&[("Tuesday", "2026-10-13"), ("the previous day", "2026-10-12")])
    );
}

#[test]
fn an_adjective_in_ed_does_not_make_a_date_past_and_a_verb_with_its_object_does() {
    // Published on Tuesday, July 21, 2026 and on Thursday, February 12, 2026.
    let debate = "The candidates will hold their first televised debate on Thursday, hosted by KBS.";
    assert_eq!(values(debate, "2026-07-21"), pairs(&[("Thursday", "2026-07-23")]));
    let bill = "Rep. Cho Min-kyu proposed a bill in November that would let such artists serve.";
    assert_eq!(values(bill, "2026-02-12"), pairs(&[("November", "2025-11")]));
}

#[test]
fn a_phrase_without_its_own_verb_takes_the_clause_before_and_through_looks_ahead() {
    // Published Thursday, March 5, 2026 (Maeil style: "the 27th" is a day of this month or
    // the last) and Monday, August 24, 2026.
    let meeting = "Align Partners would nominate four directors, including a new chief executive, at the company's annual general meeting on the 27th.";
    assert_eq!(values(meeting, "2026-03-05"), pairs(&[("the 27th", "2026-03-27")]));
    let drill = "North Korea denounced the exercise, which runs through Thursday, as a rehearsal for war.";
    assert_eq!(values(drill, "2026-08-24"), pairs(&[("Thursday", "2026-08-27")]));
    // A participle opening the phrase is its own verb: the elections are still ahead.
    let elections = "The opposition voted against the bill, calling the handouts \"vote buying\" ahead of the June 3 local elections.";
    assert_eq!(values(elections, "2026-04-30"), pairs(&[("June 3", "2026-06-03")]));
}

#[test]
fn two_days_joined_by_and_are_two_dates() {
    let talks = "They will meet in Seoul on Aug. 3 and 4, according to the ministry. Prices rose on Aug. 3 and 4 percent more later.";
    assert_eq!(
        values(talks, "2026-07-15"),
        pairs(&[("Aug. 3", "2026-08-03"), ("4", "2026-08-04"), ("Aug. 3", "2026-08-03")])
    );
}

#[test]
fn the_end_of_a_range_of_ordinal_days_is_a_date_whatever_follows() {
    // Maeil style, published Wednesday, June 10, 2026.
    let bids = "A book-building held from the 2nd to the 8th drew orders from 2,114 institutions.";
    assert_eq!(values(bids, "2026-06-10"), pairs(&[("the 2nd", "2026-06-02"), ("the 8th", "2026-06-08")]));
    // After "on", a clause may go on.
    let shares =
        "Lotte Chemical shares fell 4.0% to KRW 51,300 on the 3rd as investors worried about dilution.";
    assert_eq!(values(shares, "2026-11-04"), pairs(&[("the 3rd", "2026-11-03")]));
}
