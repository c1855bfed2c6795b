//! Dates: every date expression of the article, with its calendar value resolved from the
//! publication date.
//!
//! One pass per sentence, no backtracking beyond one expression:
//!
//! ```text
//! sentence ─tokens─▶ words, numbers, marks ─absolute / relative─▶ When ─tense + resolve─▶ value
//! ```
//!
//! - [`tokens`] splits a sentence; [`parts`] reads months, days, years, counts at a token;
//! - [`absolute`] and [`relative`] are the grammar: at each token the longest expression
//!   wins and scanning resumes after it, so the work is linear in the text; [`quarter`]
//!   reads quarters and halves ("the fourth quarter", "H1"), valued as their year;
//! - [`tense`] reads the verb group around a bare weekday or a year-less date;
//! - [`resolve`] turns a [`resolve::When`] into `YYYY-MM-DD`, `YYYY-Www`, `YYYY-MM` or
//!   `YYYY` (the crate's [`calendar`](crate::calendar) does the arithmetic);
//! - [`event`] picks the clause saying what happens on the date.
//!
//! A year-less day followed by a range end that has a year ("Nov. 18 to Dec. 19, 2015")
//! borrows that year.

mod absolute;
mod event;
pub mod lexicon;
mod ordinal;
mod parts;
mod quarter;
mod relative;
pub mod resolve;
mod tense;
mod tokens;

use std::ops::Range;

use serde::Serialize;

use crate::calendar::Date;
use crate::understand::text::Document;
use resolve::When;
use tokens::{Kind, Token};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    Day,
    Week,
    Month,
    Year,
}

/// One date expression of the article.
#[derive(Debug, Clone)]
pub struct DateMention {
    pub bytes: Range<usize>,
    /// `YYYY-MM-DD`, `YYYY-Www`, `YYYY-MM` or `YYYY`; `None` when it cannot be resolved.
    pub value: Option<String>,
    pub granularity: Granularity,
    /// Resolved against the publication date ("Wednesday", "next week").
    pub relative: bool,
    pub sentence: usize,
    /// What happens on that date, in the sentence's own words ("special Cabinet meeting will
    /// be held"): the clause around the date, trimmed (see [`event`]).
    pub event: Option<String>,
}

/// One expression found in a sentence: token range and meaning.
struct Found {
    start: usize,
    end: usize,
    when: When,
    /// "three days after Jan. 12": the signed count and unit added to the date.
    shift: Option<(i64, lexicon::Unit)>,
}

/// How many days before publication the story's own day may be ("on Tuesday" in a
/// Wednesday paper).
const STORY_DAYS: i64 = 6;

/// Finds the article's date expressions and resolves them against `published`.
pub fn find(doc: &Document<'_>, published: Option<Date>) -> Vec<DateMention> {
    let mut out = Vec::new();
    // The last day, month and year the story named itself in this paragraph, which "the
    // previous day", "the previous month" and "the previous year" count from. A new
    // paragraph starts from the story's own day, the first recent day it names relative to
    // publication ("Police on Tuesday raided …"), else from publication: "Koo said the
    // previous day", two paragraphs after "from June 28", is the day before the news.
    let mut named = Named::default();
    let mut story_day: Option<Date> = None;
    for (index, sentence) in doc.sentences.iter().enumerate() {
        if index > 0 && doc.sentences[index - 1].paragraph != sentence.paragraph {
            named = Named { day: story_day, ..Named::default() };
        }
        let text = &doc.text[sentence.bytes.clone()];
        let t = tokens::tokenize(text, sentence.bytes.start);
        let mut found = split_day_ranges(&t, scan(&t));
        borrow_years(&t, &mut found);
        let found = attach_relative_years(&t, found);
        for (k, f) in found.iter().enumerate() {
            let tense =
                if f.when.needs_tense() { tense::of(&t, f.start, f.end) } else { resolve::Tense::Neutral };
            let mut resolved = match f.when {
                When::FromLast { n, unit } => from_last(named.anchor(unit).or(published), n, unit),
                When::FromLastWorkday(n) => {
                    from_last_workday(named.anchor(lexicon::Unit::Day).or(published), n)
                }
                when => resolve::resolve(when, published, tense),
            };
            if let Some((n, unit)) = f.shift {
                resolved = resolve::shifted(resolved, n, unit);
            }
            if !matches!(f.when, When::FromLast { .. } | When::FromLastWorkday(_)) && !attributive(&t, f) {
                named.note(&resolved);
                if story_day.is_none() && resolved.relative && resolved.granularity == Granularity::Day {
                    let day = resolved.value.as_deref().and_then(Date::parse_iso);
                    let recent = |d: &Date| {
                        published
                            .is_some_and(|p| (0..=STORY_DAYS).contains(&(p.day_number() - d.day_number())))
                    };
                    story_day = day.filter(recent);
                }
            }
            let bytes = t[f.start].start..t[f.end - 1].end;
            let local = bytes.start - sentence.bytes.start..bytes.end - sentence.bytes.start;
            let floor = found[..k]
                .iter()
                .rev()
                .find(|p| bounds_clause(&t, p))
                .map_or(0, |p| t[p.end - 1].end - sentence.bytes.start);
            let ceiling = found[k + 1..]
                .iter()
                .find(|n| bounds_clause(&t, n))
                .map_or(text.len(), |n| t[n.start].start - sentence.bytes.start);
            out.push(DateMention {
                bytes,
                value: resolved.value,
                granularity: resolved.granularity,
                relative: resolved.relative,
                sentence: index,
                // The end of a range ("from May through July") shares its start's event.
                event: match k.checked_sub(1) {
                    Some(p) if joined(&t[found[p].end..f.start]) => {
                        out.last().and_then(|m: &DateMention| m.event.clone())
                    }
                    // A quarter qualifying a noun has no clause of its own: the sentence
                    // says what happens.
                    _ if !bounds_clause(&t, f) => None,
                    _ => event::phrase(text, local, floor, ceiling),
                },
            });
        }
    }
    out
}

/// A date naming an event before its noun ("since the Sept. 7 plan", "the June 3
/// election") says which event, not when the story is: "the previous day" does not count from it.
fn attributive(t: &[Token<'_>], f: &Found) -> bool {
    f.start > 0 && t[f.start - 1].is("the") && t.get(f.end).is_some_and(|n| n.kind == Kind::Word)
}

/// The last day, month and year the story named in the current paragraph.
#[derive(Default)]
struct Named {
    day: Option<Date>,
    /// The first day of the month named ("in August", or the month of a day named).
    month: Option<Date>,
    year: Option<Date>,
}

impl Named {
    fn note(&mut self, resolved: &resolve::Resolved) {
        let Some(value) = resolved.value.as_deref() else { return };
        let day = match resolved.granularity {
            Granularity::Day => Date::parse_iso(value),
            Granularity::Month => Date::parse_iso(&format!("{value}-01")),
            Granularity::Year => Date::parse_iso(&format!("{value}-01-01")),
            Granularity::Week => None,
        };
        let Some(day) = day else { return };
        if resolved.granularity == Granularity::Day {
            self.day = Some(day);
        }
        if resolved.granularity != Granularity::Year {
            self.month = Date::new(day.year, day.month, 1);
        }
        self.year = Date::new(day.year, 1, 1);
    }

    /// The date "the previous/following <unit>" counts from: the last one named at least
    /// that finely ("the previous month" after "in August" is July; "the previous day"
    /// needs a day).
    fn anchor(&self, unit: lexicon::Unit) -> Option<Date> {
        match unit {
            lexicon::Unit::Day | lexicon::Unit::Week => self.day,
            lexicon::Unit::Month => self.month,
            lexicon::Unit::Year => self.year,
        }
    }
}

/// Whether a date ends the clause of the date before it and starts the clause of the one
/// after it, for their events. A quarter written as an attribute of a noun ("its
/// preliminary first-quarter earnings next week") is part of that clause, not a bound;
/// one a preposition introduces ("in the fourth quarter") is one.
fn bounds_clause(t: &[Token<'_>], f: &Found) -> bool {
    let introduced = f.start > 0 && lexicon::DATE_PREPOSITIONS.contains_folded(t[f.start - 1].text);
    !matches!(f.when, When::Part(_)) || introduced
}

/// "the previous day", "two days earlier", "the following week": counted from `anchor`,
/// the last day the story itself named before it in the same paragraph (written or
/// resolved to the day, not another such count), else publication. A day or a count of
/// days is a day; "the following week" is that week.
fn from_last(anchor: Option<Date>, n: i64, unit: lexicon::Unit) -> resolve::Resolved {
    let when = When::FromLast { n, unit };
    resolve::Resolved {
        value: anchor.map(|a| resolve::period_from(a, unit, n)),
        granularity: when.granularity(),
        relative: true,
    }
}

/// "the previous trading day" from a Monday is the Friday before: `n` weekdays from
/// `anchor`, counted like [`from_last`].
fn from_last_workday(anchor: Option<Date>, n: i64) -> resolve::Resolved {
    let step = n.signum();
    let value = anchor.map(|mut day| {
        for _ in 0..n.abs() {
            day = day.add_days(step);
            while day.weekday() >= 5 {
                day = day.add_days(step);
            }
        }
        day.to_string()
    });
    resolve::Resolved { value, granularity: Granularity::Day, relative: true }
}

/// The longest expression at each token, left to right.
fn scan(t: &[Token<'_>]) -> Vec<Found> {
    let tense_at = |i: usize| tense::of(t, i, i + 1);
    let mut found = Vec::new();
    let mut i = 0;
    while i < t.len() {
        let may_open = match t[i].kind {
            Kind::Num => true,
            Kind::Punct => matches!(t[i].text, "'" | "’"),
            Kind::Word => lexicon::opens_date(t[i].text) || relative::may_open_korean(t[i].text),
        };
        if !may_open {
            i += 1;
            continue;
        }
        let at = |i: usize| {
            [absolute::at(t, i), relative::at(t, i, &tense_at)]
                .into_iter()
                .flatten()
                .max_by_key(|&(end, _)| end)
        };
        match at(i) {
            Some((end, When::Anchored { n, unit })) if end > i => {
                // "two weeks before May 13, 1999": the count shifts the date after it.
                match at(end).filter(|(_, base)| !matches!(base, When::Anchored { .. })) {
                    Some((base_end, base)) => {
                        found.push(Found { start: i, end: base_end, when: base, shift: Some((n, unit)) });
                        i = base_end;
                    }
                    // "two weeks after the crash": counted from an event, not a date; the
                    // panel has nothing to place, so it is not reported.
                    None => i = end,
                }
            }
            Some((end, when)) if end > i => {
                if exists(&when) {
                    found.push(Found { start: i, end, when, shift: None });
                }
                i = end;
            }
            _ => i += 1,
        }
    }
    found
}

/// "March 9 to 19", "Oct. 6-8, 2026", "Aug. 3 and 4": a range or a pair of days in one month
/// names two days, each a date a reader may look for (the second is the number alone).
fn split_day_ranges(t: &[Token<'_>], found: Vec<Found>) -> Vec<Found> {
    let mut out = Vec::with_capacity(found.len());
    for f in found {
        let When::Day { year, month, day } = f.when else {
            out.push(f);
            continue;
        };
        let number = |k: usize| (t[k].kind == Kind::Num).then(|| t[k].text.parse::<u32>().ok()).flatten();
        let joiner = (f.start + 1..f.end.saturating_sub(1))
            .find(|&p| ["-", "–", "to", "through"].iter().any(|w| t[p].is(w)) && number(p - 1) == Some(day));
        // "Aug. 3 and 4", "between Oct. 12 and 29": a list of two days, the second a bare
        // number that counts nothing ("Aug. 3 and 4 percent" is no day).
        let bare_day_after = |p: usize| {
            let k = p + 2;
            k >= t.len()
                || t[k].kind == Kind::Punct && !t[k].is("%")
                || ["in", "at", "on", "to", "for", "with", "as", "when", "and", "according"]
                    .iter()
                    .any(|w| t[k].is(w))
        };
        let listed = (f.end < t.len()
            && t[f.end].is("and")
            && number(f.end - 1) == Some(day)
            && bare_day_after(f.end))
        .then_some(f.end);
        let last = joiner.or(listed).and_then(|p| number(p + 1).filter(|&d| d > day).map(|d| (p, d)));
        let Some((p, last_day)) = last.filter(|_| f.shift.is_none()) else {
            out.push(f);
            continue;
        };
        let end = When::Day { year, month, day: last_day };
        out.push(Found { end: p, ..f });
        if exists(&end) {
            out.push(Found { start: p + 1, end: p + 2, when: end, shift: None });
        }
    }
    out
}

/// Whether the tokens between two dates make them the ends of one range or list
/// ("Nov. 18 to Dec. 19", "May through July", "2014 and 2015").
fn joined(between: &[Token<'_>]) -> bool {
    between.len() <= 2
        && between.iter().all(|x| ["-", "–", "to", "through", "until", "and", ","].iter().any(|w| x.is(w)))
}

/// Whether a written day is on the calendar ("February 30", "2/29/2019" are not).
fn exists(when: &When) -> bool {
    match *when {
        When::Day { year: Some(y), month, day } => Date::new(y, month, day).is_some(),
        When::Day { year: None, month, day } => resolve::day_exists(month, day),
        _ => true,
    }
}

/// "Dec. 14 last year", "in March this year", "the fourth quarter last year": a year-less
/// day, month or quarter followed by a relative year is one expression in that year, and so
/// is the start of the range it ends ("January-November last year").
fn attach_relative_years(t: &[Token<'_>], found: Vec<Found>) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::with_capacity(found.len());
    for f in found {
        if let (Some(prev), When::Period { unit: lexicon::Unit::Year, shift }) = (out.last_mut(), f.when) {
            let between = &t[prev.end..f.start];
            let adjacent = between.iter().all(|x| x.is(",") || x.is("of"));
            let merged = match prev.when {
                When::Day { year: None, month, day } => Some(When::DayInYear { month, day, shift }),
                When::Month { year: None, month, shift: None } => Some(When::Nth(ordinal::Nth {
                    n: month as i32,
                    counted: ordinal::Counted::Month,
                    within: ordinal::Within::Year { year: None, shift },
                })),
                When::Part(part @ quarter::Part { year: None, shift: None, .. }) => {
                    Some(When::Part(quarter::Part { shift: Some(shift), ..part }))
                }
                _ => None,
            };
            if let (true, Some(when), None) = (adjacent, merged, prev.shift) {
                prev.when = when;
                prev.end = f.end;
                range_start_takes_year(t, &mut out, shift);
                continue;
            }
        }
        out.push(f);
    }
    out
}

/// "January-November last year": the start of a range takes the relative year its end
/// just took.
fn range_start_takes_year(t: &[Token<'_>], out: &mut [Found], shift: i64) {
    let [.., first, last] = out else { return };
    if !joined(&t[first.end..last.start]) || first.shift.is_some() {
        return;
    }
    first.when = match first.when {
        When::Day { year: None, month, day } => When::DayInYear { month, day, shift },
        When::Month { year: None, month, shift: None } => When::Nth(ordinal::Nth {
            n: month as i32,
            counted: ordinal::Counted::Month,
            within: ordinal::Within::Year { year: None, shift },
        }),
        other => other,
    };
}

/// "Nov. 18 to Dec. 19, 2015", "from March 3 to March 5, 2024": the first end takes the
/// year written on the second.
fn borrow_years(t: &[Token<'_>], found: &mut [Found]) {
    for k in 1..found.len() {
        let joined = joined(&t[found[k - 1].end..found[k].start]);
        let later_year = match found[k].when {
            When::Day { year: Some(y), .. } | When::Month { year: Some(y), .. } => Some(y),
            _ => None,
        };
        let later_md = match found[k].when {
            When::Day { month, day, .. } => (month, day),
            When::Month { month, .. } => (month, 0),
            _ => (0, 0),
        };
        if let (true, Some(y)) = (joined, later_year) {
            // "December to May 2022": the first end is in the year before.
            let year_of = |md: (u32, u32)| if md > later_md { y - 1 } else { y };
            match &mut found[k - 1].when {
                When::Day { year: year @ None, month, day }
                    if Date::new(year_of((*month, *day)), *month, *day).is_some() =>
                {
                    *year = Some(year_of((*month, *day)))
                }
                When::Month { year: year @ None, month, shift: None } => *year = Some(year_of((*month, 0))),
                _ => {}
            }
        }
    }
}
