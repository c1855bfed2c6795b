//! Dates placed from the publication date: "today", "yesterday", "the day after
//! tomorrow", "Wednesday", "last Friday", "Tuesday of next week", "next week", "earlier this
//! month", "late last year", "last March", "two days ago", "a year ago", "in three weeks"
//! (not in past sentences: "the first time in two years" is not a date), "this weekend",
//! "the weekend".
//!
//! "Three days later" and "a year earlier" count from an event the text names, not from
//! publication ([`When::Anchored`]): the scanner keeps them only when the event is itself a
//! date ("three days after Jan. 12") and shifts that date.

use super::lexicon::{
    self, Unit, KOREAN_PARTICLES, OFFSET_DIRECTIONS, PERIOD_PARTS, PERIOD_PREFIXES, SHIFTS, UNITS,
};
use super::parts::{count, day, day_word, glued_punct, is_punct, is_word, month, skip, weekday, word};
use super::resolve::{Tense, WeekdayRule, When};
use super::tokens::{Kind, Token};
use crate::words::with_lower;

/// The longest relative date starting at token `i`; `tense_at` gives the tense around a
/// token (asked only for "in three weeks").
pub fn at(t: &[Token<'_>], i: usize, tense_at: &dyn Fn(usize) -> Tense) -> Option<(usize, When)> {
    let nth = super::ordinal::at(t, i)
        .or_else(|| super::ordinal::month_of_year(t, i))
        .map(|(end, nth)| (end, When::Nth(nth)));
    [
        day_words(t, i),
        weekday_phrase(t, i),
        weekday_and_day(t, i),
        day_of_month(t, i),
        week_then_weekday(t, i),
        period(t, i),
        offset(t, i, tense_at),
        korean(t, i),
        super::quarter::at(t, i),
        nth,
    ]
    .into_iter()
    .flatten()
    .max_by_key(|&(end, _)| end)
}

/// "today", "yesterday", "tomorrow", "the day before yesterday", "the day after tomorrow",
/// "this morning"; "the previous day", "the next day", "the day before", "earlier in the
/// day" (counted from the story's last day).
fn day_words(t: &[Token<'_>], i: usize) -> Option<(usize, When)> {
    // "earlier in the day", "late in the day": the story's day.
    let part = ["early", "earlier", "late", "later"].iter().any(|w| is_word(t, i, w));
    if part && is_word(t, i + 1, "in") && is_word(t, i + 2, "the") && is_word(t, i + 3, "day") {
        return Some((i + 4, When::FromLast { n: 0, unit: Unit::Day }));
    }
    // "this morning", "this evening": publication's day.
    let time_of_day = ["morning", "afternoon", "evening"].iter().any(|w| is_word(t, i + 1, w));
    if is_word(t, i, "this") && time_of_day {
        return Some((i + 2, When::DayOffset(0)));
    }
    if is_word(t, i, "the") {
        let n = match word(t, i + 1).map(str::to_ascii_lowercase).as_deref() {
            Some("previous" | "prior") => -1,
            Some("next" | "following") => 1,
            _ => 0,
        };
        // "the previous trading day", "the next business day": weekdays only.
        let workday = ["trading", "business", "working"].iter().any(|w| is_word(t, i + 2, w));
        if n != 0 && workday && is_word(t, i + 3, "day") {
            return Some((i + 4, When::FromLastWorkday(n)));
        }
        if n != 0 && is_word(t, i + 2, "day") {
            return Some((i + 3, When::FromLast { n, unit: Unit::Day }));
        }
    }
    if is_word(t, i, "the") && is_word(t, i + 1, "day") {
        let dir = if is_word(t, i + 2, "before") {
            -1
        } else if is_word(t, i + 2, "after") {
            1
        } else {
            return None;
        };
        if let Some(n) = day_word(t, i + 3).filter(|&n| n != 0) {
            return Some((i + 4, When::DayOffset(n + dir)));
        }
        // "the day before the vote" counts from an event; "the day before, it had met"
        // from the last day named.
        let object = word(t, i + 3).is_some_and(|w| {
            matches!(w, "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our")
                || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        }) || t.get(i + 3).is_some_and(|x| x.kind == Kind::Num);
        return (!object).then_some((i + 3, When::FromLast { n: dir, unit: Unit::Day }));
    }
    let n = day_word(t, i)?;
    // "USA Today", "China Today": a title, not a day.
    let in_title = t[i].text.starts_with('T')
        && i > 0
        && word(t, i - 1).is_some_and(|p| p.chars().next().is_some_and(|c| c.is_ascii_uppercase()));
    (!in_title).then_some((i + 1, When::DayOffset(n)))
}

/// A shift word before a weekday: "last", "this past", "next", "this coming", ...
fn weekday_shift(t: &[Token<'_>], i: usize) -> Option<(WeekdayRule, usize)> {
    let w = with_lower(word(t, i)?, str::to_string)?;
    lexicon::lookup(SHIFTS, &w)?;
    let next = word(t, i + 1).and_then(|n| with_lower(n, str::to_string));
    Some(match (w.as_str(), next.as_deref()) {
        ("this", Some("past")) => (WeekdayRule::Last, i + 2),
        ("this", Some("coming" | "upcoming")) => (WeekdayRule::Coming, i + 2),
        ("last" | "past", _) => (WeekdayRule::Last, i + 1),
        ("previous", _) => (WeekdayRule::Week(-1), i + 1),
        ("this", _) => (WeekdayRule::This, i + 1),
        ("coming" | "upcoming", _) => (WeekdayRule::Coming, i + 1),
        ("next" | "following", _) => (WeekdayRule::Week(1), i + 1),
        _ => return None,
    })
}

/// "this", "next week" etc. as a week shift, with its end.
fn week_shift(t: &[Token<'_>], i: usize) -> Option<(i64, usize)> {
    let i = if is_word(t, i, "the") { i + 1 } else { i };
    let s = lexicon::lookup(SHIFTS, word(t, i)?)?;
    is_word(t, i + 1, "week").then_some((i64::from(s), i + 2))
}

/// "Friday", "last Friday", "this coming Friday", "Friday of next week", "Tuesday, next week".
fn weekday_phrase(t: &[Token<'_>], i: usize) -> Option<(usize, When)> {
    let (mut rule, j) = weekday_shift(t, i).unwrap_or((WeekdayRule::Tense, i));
    let wd = weekday(t, j)?;
    let mut end = j + 1;
    // "Friday's meeting" is still Friday; the possessive is not part of the surface.
    let k = skip(t, end, ',');
    let k = if is_word(t, k, "of") { k + 1 } else { k };
    if let Some((shift, e)) = week_shift(t, k) {
        rule = WeekdayRule::Week(shift);
        end = e;
    }
    Some((end, When::Weekday { weekday: wd, rule }))
}

/// "Friday the 13th", "Monday 21": a day of the month on that weekday.
fn weekday_and_day(t: &[Token<'_>], i: usize) -> Option<(usize, When)> {
    let wd = weekday(t, i)?;
    let the = is_word(t, i + 1, "the");
    let j = if the { i + 2 } else { i + 1 };
    let (d, e) = day(t, j)?;
    // Only a numeral may go on ("Friday the 13th was"); a bare number or an ordinal word
    // must end the phrase ("Monday 21 people", "Tuesday the first generation").
    let numeric_ordinal = e > j + 1;
    let ends = t.get(e).is_none_or(|n| n.kind == Kind::Punct);
    (numeric_ordinal && the || ends).then_some((e, When::WeekdayDay { weekday: wd, day: d }))
}

/// "on the 27th": a day of the month alone, written as a numeral with its suffix.
fn day_of_month(t: &[Token<'_>], i: usize) -> Option<(usize, When)> {
    if !is_word(t, i, "the") || t.get(i + 1).is_none_or(|n| n.kind != Kind::Num) {
        return None;
    }
    let (d, e) = day(t, i + 1).filter(|&(_, e)| e == i + 3)?;
    // Not "the 27th anniversary", "the 21st century"; after "on" a clause may go on ("told
    // lawmakers on the 10th that …"), and so may the end of a range ("held from the 2nd to
    // the 8th drew orders").
    let on = i > 0 && is_word(t, i - 1, "on");
    let range_end = i > 2
        && ["to", "through", "until"].iter().any(|w| is_word(t, i - 1, w))
        && t[i - 2].kind == Kind::Word
        && t[i - 3].kind == Kind::Num
        && !t[i - 2].spaced;
    let accepted = range_end
        || t.get(e).is_none_or(|n| {
            n.kind == Kind::Punct
                || ["of", "and", "or", "to", "through", "until"].iter().any(|w| n.is(w))
                    && month(t, e + 1).is_none()
                || on
                    && [
                        "that",
                        "when",
                        "while",
                        "after",
                        "before",
                        "at",
                        "in",
                        "but",
                        "as",
                        "amid",
                        "following",
                        "despite",
                    ]
                    .iter()
                    .any(|w| n.is(w))
        });
    accepted.then_some((e, When::DayOfMonth(d)))
}

/// "this week Monday", "previous week - Monday".
fn week_then_weekday(t: &[Token<'_>], i: usize) -> Option<(usize, When)> {
    let (shift, j) = week_shift(t, i).filter(|_| !is_word(t, i, "the"))?;
    let j = if is_punct(t, j, '-') || is_punct(t, j, ',') { j + 1 } else { j };
    let wd = weekday(t, j)?;
    Some((j + 1, When::Weekday { weekday: wd, rule: WeekdayRule::Week(shift) }))
}

/// "next week", "last month", "this year", "earlier this month", "late last year", "this
/// past week", "the previous year", "this weekend", "last March", "the end of the year".
fn period(t: &[Token<'_>], i: usize) -> Option<(usize, When)> {
    let mut j = if is_word(t, i, "the") && word(t, i + 1).is_some_and(|w| PERIOD_PARTS.contains_folded(w)) {
        i + 1
    } else {
        i
    };
    if word(t, j).is_some_and(|w| PERIOD_PARTS.contains_folded(w)) && is_word(t, j + 1, "of") {
        j += 2;
        // "the end of the year", "end of month": the current one.
        let k = if is_word(t, j, "the") { j + 1 } else { j };
        if let Some(unit) = word(t, k)
            .and_then(|w| lexicon::lookup(UNITS, w))
            .filter(|u| matches!(u, Unit::Week | Unit::Month | Unit::Year))
        {
            if !t[k].text.ends_with('s') && !t[k].is("fortnight") {
                return Some((k + 1, When::Period { unit, shift: 0 }));
            }
        }
    } else if word(t, j).is_some_and(|w| PERIOD_PREFIXES.contains_folded(w)) {
        j += 1;
        if glued_punct(t, j, &['-']).is_some() {
            j += 1;
        }
        if is_word(t, j, "of") {
            j += 1;
        }
    }
    if is_word(t, j, "the") && is_word(t, j + 1, "weekend") && j == i {
        return Some((j + 2, When::TheWeekend));
    }
    let start_at_the = is_word(t, j, "the")
        && word(t, j + 1).is_some_and(|w| {
            ["previous", "following", "past", "coming"].iter().any(|s| s.eq_ignore_ascii_case(w))
        });
    if start_at_the {
        j += 1;
    }
    let mut shift = i64::from(lexicon::lookup(SHIFTS, word(t, j)?)?);
    j += 1;
    if shift == 0 && is_word(t, j, "past") {
        shift = -1; // "this past week"
        j += 1;
    }
    let unit_word = word(t, j)?;
    // "last March", "next May" (but "this may" is a verb).
    if let Some((m, e)) = month(t, j).filter(|_| t[j].text != "may") {
        return Some((e, When::Month { year: None, month: m, shift: Some(shift as i32) }));
    }
    if unit_word.eq_ignore_ascii_case("weekend") {
        return Some((j + 1, When::Weekend(shift)));
    }
    let unit = if unit_word.eq_ignore_ascii_case("workweek") {
        Unit::Week
    } else {
        lexicon::lookup(UNITS, unit_word)?
    };
    // "last day" and "next day" count from the story's events, and plurals are durations
    // ("the past two weeks" never reaches here; "the past weeks" is not a date).
    if unit == Unit::Day || unit_word.ends_with('s') || unit_word.eq_ignore_ascii_case("fortnight") {
        return None;
    }
    // "the previous week", "the following year": the one before or after the period the
    // story is telling of, counted like "the previous day" from the last day it named.
    if start_at_the && (t[j - 1].is("previous") || t[j - 1].is("following")) {
        return Some((j + 1, When::FromLast { n: shift, unit }));
    }
    // "the past year" / "the past week" read as the previous calendar period.
    Some((j + 1, When::Period { unit, shift }))
}

/// Whether the "in" at `i` measures how long since something was last so ("the first time
/// in two years", "the highest in a decade", "its first quarterly loss in five years"): a
/// superlative, "first", "only" or "time" in the noun phrase before it, up to four words back
/// and not past a verb's auxiliary or a comma ("the first ship will arrive in two weeks" is
/// a date).
fn since_the_record(t: &[Token<'_>], i: usize) -> bool {
    for b in (i.saturating_sub(4)..i).rev() {
        let Some(w) = word(t, b).map(str::to_ascii_lowercase) else { return false };
        if w.ends_with("est") || matches!(w.as_str(), "time" | "first" | "only" | "once" | "ever" | "times") {
            return true;
        }
        let clause_break = matches!(
            w.as_str(),
            "will"
                | "would"
                | "shall"
                | "should"
                | "can"
                | "could"
                | "may"
                | "might"
                | "must"
                | "is"
                | "are"
                | "be"
                | "to"
                | "and"
                | "or"
                | "that"
        );
        if clause_break {
            return false;
        }
    }
    false
}

/// "two days ago", "a year ago", "five months from now", "three days later" (no value),
/// "in two weeks" (in a future sentence), "2 days before yesterday".
fn offset(t: &[Token<'_>], i: usize, tense_at: &dyn Fn(usize) -> Tense) -> Option<(usize, When)> {
    let lead_in = is_word(t, i, "in");
    let c = if lead_in { i + 1 } else { i };
    let (n, u) = count(t, c)?;
    let unit = lexicon::lookup(UNITS, word(t, u)?)?;
    let n = if t[u].is("fortnight") { 2 * n } else { n };
    let (n, unit) = if t[u].is("fortnight") { (n, Unit::Week) } else { (n, unit) };
    let after = u + 1;
    if lead_in {
        // "in two weeks" ahead, but not "rose for the first time in two years" or "the
        // highest in a decade": no past tense, no superlative or "time" before it.
        return (tense_at(i) != Tense::Past && !since_the_record(t, i))
            .then_some((after, When::Offset { n, unit }));
    }
    if let Some(dir) = word(t, after).and_then(|w| lexicon::lookup(OFFSET_DIRECTIONS, w)) {
        return Some((after + 1, When::Offset { n: dir * n, unit }));
    }
    if is_word(t, after, "from") && is_word(t, after + 1, "now") {
        return Some((after + 2, When::Offset { n, unit }));
    }
    if let Some(d) = is_word(t, after, "from")
        .then(|| day_word(t, after + 1))
        .flatten()
        .filter(|_| matches!(unit, Unit::Day | Unit::Week))
    {
        let days = if unit == Unit::Week { 7 * n } else { n };
        return Some((after + 2, When::DayOffset(d + days)));
    }
    let before = is_word(t, after, "before") || is_word(t, after, "earlier");
    // "from" counts only from a date that follows; the scanner drops it otherwise.
    let later = is_word(t, after, "after") || is_word(t, after, "later") || is_word(t, after, "from");
    if !(before || later) {
        return None;
    }
    let sign = if before { -1 } else { 1 };
    // "two days earlier", "a week later": from the last day the story named. "A year
    // earlier" is a comparison period ("down 22 percent from a year earlier"), not a day.
    let days_or_weeks = matches!(unit, Unit::Day | Unit::Week);
    if days_or_weeks && (is_word(t, after, "earlier") || is_word(t, after, "later")) {
        let days = if unit == Unit::Week { 7 * n } else { n };
        return Some((after + 1, When::FromLast { n: sign * days, unit: Unit::Day }));
    }
    // "two days before yesterday" counts from publication after all.
    if let Some(d) = day_word(t, after + 1).filter(|_| matches!(unit, Unit::Day | Unit::Week)) {
        let days = if unit == Unit::Week { 7 * n } else { n };
        return Some((after + 2, When::DayOffset(d + sign * days)));
    }
    Some((after + 1, When::Anchored { n: sign * n, unit }))
}

/// Korean periods and days, as one word or two ("지난달", "다음 주", "올해", "어제").
const KOREAN: &[(&str, Option<&str>, When)] = &[
    ("지난달", None, When::Period { unit: Unit::Month, shift: -1 }),
    ("이달", None, When::Period { unit: Unit::Month, shift: 0 }),
    ("다음달", None, When::Period { unit: Unit::Month, shift: 1 }),
    ("지난주", None, When::Period { unit: Unit::Week, shift: -1 }),
    ("이번주", None, When::Period { unit: Unit::Week, shift: 0 }),
    ("다음주", None, When::Period { unit: Unit::Week, shift: 1 }),
    ("올해", None, When::Period { unit: Unit::Year, shift: 0 }),
    ("지난해", None, When::Period { unit: Unit::Year, shift: -1 }),
    ("작년", None, When::Period { unit: Unit::Year, shift: -1 }),
    ("내년", None, When::Period { unit: Unit::Year, shift: 1 }),
    ("그제", None, When::DayOffset(-2)),
    ("어제", None, When::DayOffset(-1)),
    ("오늘", None, When::DayOffset(0)),
    ("내일", None, When::DayOffset(1)),
    ("지난", Some("달"), When::Period { unit: Unit::Month, shift: -1 }),
    ("이번", Some("달"), When::Period { unit: Unit::Month, shift: 0 }),
    ("다음", Some("달"), When::Period { unit: Unit::Month, shift: 1 }),
    ("지난", Some("주"), When::Period { unit: Unit::Week, shift: -1 }),
    ("이번", Some("주"), When::Period { unit: Unit::Week, shift: 0 }),
    ("다음", Some("주"), When::Period { unit: Unit::Week, shift: 1 }),
];

/// Nothing, or a particle a Korean date word may carry ([`KOREAN_PARTICLES`]).
fn korean_particle(rest: &str) -> bool {
    rest.is_empty() || KOREAN_PARTICLES.contains(rest)
}

/// `word` is `key` with at most a particle after it.
fn korean_word(t: &[Token<'_>], i: usize, key: &str) -> bool {
    word(t, i).and_then(|w| w.strip_prefix(key)).is_some_and(korean_particle)
}

/// A Hangul word, which may open a Korean date ("지난달", "올해").
pub fn may_open_korean(word: &str) -> bool {
    word.starts_with(|c: char| ('\u{AC00}'..='\u{D7A3}').contains(&c))
}

/// "지난달", "다음 주", "어제"; "16일" (a day of the month alone, placed by tense).
fn korean(t: &[Token<'_>], i: usize) -> Option<(usize, When)> {
    if let Some(d) = t.get(i).and_then(|n| n.num()).filter(|d| (1..=31).contains(d)) {
        let marker = t.get(i + 1).filter(|m| !m.spaced && m.kind == Kind::Word)?;
        let after_month = i > 0 && t[i - 1].text.starts_with('월');
        // "오는 18일" (the coming 18th) is in the future, which a bare day of the month,
        // placed as the past, would get wrong: left out rather than misplaced.
        let coming = i > 0 && matches!(t[i - 1].text, "오는" | "다음");
        if coming {
            return None;
        }
        return (marker.text.strip_prefix('일').is_some_and(korean_particle) && !after_month)
            .then_some((i + 2, When::DayOfMonth(d)));
    }
    KOREAN.iter().find_map(|(first, second, when)| match second {
        None => korean_word(t, i, first).then_some((i + 1, *when)),
        Some(second) => (is_word(t, i, first) && korean_word(t, i + 1, second)).then_some((i + 2, *when)),
    })
}
