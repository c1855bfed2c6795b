//! Which day a market quote is of. An article may quote the won several times: the day's
//! close, the previous session's, a level of a year ago, a broker's forecast. Only the quote
//! of the article's own day (or, when it states none, of the most recent day it names) is
//! the day's price; the others are listed and convert nothing.
//!
//! - A forecast or a target: a word of [`FORECAST`] before the rate in its clause ("brokers
//!   expect the won to weaken to 1,450 per dollar", "the won could reach 1,460 won against
//!   the dollar"), in Korean a stem of [`FORECAST_AFTER`] after it ("원·달러 환율이 연말
//!   1,380원까지 내려갈 것으로 전망했다"), or a date of the quote after the article's day.
//! - A past level: a word of [`EARLIER_LEVEL`] right before the rate ("has climbed from
//!   1,365 won per dollar", "weaker than 1,350 won per dollar"), or a date of the quote more
//!   than [`RECENT_DAYS`] before the article's day ("A year ago the won stood at 1,350 won
//!   per dollar").
//! - Of an earlier day within the week ("On Tuesday it had ended at 1,473.9 won per
//!   dollar"): used only when no quote of a later day is stated.
//! - Otherwise (no date, or the article's own): of the article's day.
//!
//! The date of a quote: the first date after the rate in its clause ("closed at 1,398.2 won
//! per dollar on Thursday, little changed from the day before"), else the last date before
//! the rate in its sentence ("On Tuesday, it ended at ..."). Without a publication date only
//! the words and absolute dates count.

use std::ops::Range;

use super::find::Quote;
use super::Found;
use crate::calendar::{CalendarValue, Date};
use crate::understand::dates::DateMention;
use crate::understand::text::Document;
use crate::words::word_lists;

word_lists! {
    /// Words that make a rate after them in its clause a forecast or a target ("expect",
    /// "could", "target").
    pub FORECAST = "forecast.txt", Lower;
    /// Words right before a rate that make it a level the won moved from or is compared with.
    pub EARLIER_LEVEL = "earlier_level.txt", Lower;
    /// Korean stems that make a rate before them in its clause a forecast or a target, the
    /// verb coming last ("1,380원까지 내려갈 것으로 전망했다"); a word ending in "보다"
    /// ("than": "예상보다 낮은") compares instead.
    pub FORECAST_AFTER = "forecast_after.txt", Lower;
}

/// How many days before the article's a quote may be and still be the latest price
/// (a weekend and a long holiday).
const RECENT_DAYS: i64 = 7;

/// How far (bytes) a quote's clause reaches on either side of its number.
const REACH: usize = 160;

/// What a quote's words and dates say of its day.
#[derive(Debug, PartialEq)]
enum When {
    Today,
    Day(Date),
    Past,
    Forecast,
}

/// Marks each market quote of `found` as a past level or a forecast, or gives it the
/// earlier day it is of.
pub fn place(doc: &Document<'_>, dates: &[DateMention], published: Option<Date>, found: &mut [Found]) {
    for f in found.iter_mut().filter(|f| f.quote == Some(Quote::Market)) {
        match of(doc, dates, published, f.number.clone()) {
            When::Today => {}
            When::Day(d) => f.day = Some(d),
            When::Past => mark(f, Quote::Past),
            When::Forecast => mark(f, Quote::Forecast),
        }
    }
}

/// Marks a market quote as a past level or a forecast, and says so in its source.
pub fn mark(f: &mut Found, quote: Quote) {
    f.quote = Some(quote);
    f.rate.source = match quote {
        Quote::Forecast => "a forecast the article quotes, not the day's rate",
        _ => "a past level the article recalls, not the day's rate",
    }
    .into();
}

fn of(doc: &Document<'_>, dates: &[DateMention], published: Option<Date>, number: Range<usize>) -> When {
    let text = doc.text;
    let index = doc.sentence_at(number.start);
    let sentence = doc.sentences[index].bytes.clone();
    let clause = clause_around(text, sentence.clone(), number.clone());
    let before: Vec<&str> = words(&text[clause.start..number.start]).collect();
    let forecast_after = |w: &str| !w.ends_with("보다") && FORECAST_AFTER.entries().any(|e| w.starts_with(e));
    if before.iter().any(|w| FORECAST.contains(w)) || words(&text[number.end..clause.end]).any(forecast_after)
    {
        return When::Forecast;
    }
    if before.last().is_some_and(|w| EARLIER_LEVEL.contains_folded(w)) {
        return When::Past;
    }
    // Dates come in text order: those of the sentence are one slice.
    let in_sentence =
        &dates[dates.partition_point(|d| d.sentence < index)..dates.partition_point(|d| d.sentence <= index)];
    let after = in_sentence.iter().find(|d| d.bytes.start >= number.end && d.bytes.end <= clause.end);
    let date = after.or_else(|| in_sentence.iter().rev().find(|d| d.bytes.end <= number.start));
    let Some((first, last)) =
        date.and_then(|d| d.value.as_deref()).and_then(CalendarValue::parse).map(|v| v.span())
    else {
        return When::Today;
    };
    match published {
        None => When::Day(last),
        Some(p) if first > p => When::Forecast,
        Some(p) if last.day_number() < p.day_number() - RECENT_DAYS => When::Past,
        Some(p) if last < p => When::Day(last),
        Some(_) => When::Today,
    }
}

/// Whether the won figure at `bytes` is a level of the exchange rate rather than an amount:
/// a number in the band of rates whose clause names the rate before it ("the exchange rate
/// hit 1,400 won", "환율이 연말 1,380원까지"). Such a figure is not converted (≈ $1).
pub fn is_rate_level(doc: &Document<'_>, bytes: Range<usize>, value: f64) -> bool {
    if !super::find::PLAUSIBLE.contains(&value) {
        return false;
    }
    let sentence = doc.sentences[doc.sentence_at(bytes.start)].bytes.clone();
    let clause = clause_around(doc.text, sentence, bytes.clone());
    let before: Vec<&str> = words(&doc.text[clause.start..bytes.start]).collect();
    let english = before.windows(2).any(|w| w[0].eq_ignore_ascii_case("exchange") && w[1] == "rate");
    english || before.iter().any(|w| w.starts_with("환율"))
}

/// The clause of `sentence` that holds `number`: between the nearest clause marks (",", ";",
/// ":", "—", brackets; not a comma between digits) on either side, and at most [`REACH`]
/// bytes from the number (a hostile page's endless sentence costs no more).
fn clause_around(text: &str, sentence: Range<usize>, number: Range<usize>) -> Range<usize> {
    let mut from = sentence.start.max(number.start.saturating_sub(REACH));
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = sentence.end.min(number.end + REACH);
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let mark = |offset: usize| move |&(i, c): &(usize, char)| is_clause_mark(text, offset + i, c);
    let start = text[from..number.start]
        .char_indices()
        .rfind(mark(from))
        .map_or(from, |(i, c)| from + i + c.len_utf8());
    let end = text[number.end..to].char_indices().find(mark(number.end)).map_or(to, |(i, _)| number.end + i);
    start..end
}

fn is_clause_mark(text: &str, i: usize, c: char) -> bool {
    let digit = |j: Option<usize>| j.and_then(|j| text.as_bytes().get(j)).is_some_and(u8::is_ascii_digit);
    match c {
        ',' => !(digit(i.checked_sub(1)) && digit(Some(i + 1))),
        ';' | ':' | '—' | '(' | ')' => true,
        _ => false,
    }
}

/// The words of `s`: runs of letters ("won't" gives "won" and "t", "'ll" gives "ll").
fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clause_ends_at_its_marks_but_not_at_a_thousands_comma() {
        let text = "Earlier, the won closed at 1,484.1 won per dollar, down 10.2 won.";
        let at = text.find("1,484.1").unwrap();
        let clause = clause_around(text, 0..text.len(), at..at + 7);
        assert_eq!(&text[clause], " the won closed at 1,484.1 won per dollar");
    }
}
