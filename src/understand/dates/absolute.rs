//! Dates written on the calendar: "April 16", "Apr. 16, 2025", "16 April 2025",
//! "Tuesday, Jan. 10", "April 2025", "2025-04-16", "2025.04.16", "4/16/2025", "2019",
//! "2019-2020", "the 1990s", "2025년 4월 16일".
//!
//! [`at`] tries every form at one token and returns the longest, as `(end, When)`. What
//! keeps ordinary words and numbers out:
//! - a month name that is also a word ("May", "March") stands alone only after a cue
//!   ("in May", "since March", "mid-May"), and lower-case "may" only then;
//! - a bare four-digit number is a year only when nothing marks it as an amount or a label
//!   ("2025 won", "$2019", "No. 2019", "A2019", "2,019"), and below 1800 only after a
//!   preposition ("in 1492");
//! - numeric dates need one separator used twice and valid month and day, and are not part
//!   of a longer code ("138-2010-2015").

use super::lexicon::{
    self, AMBIGUOUS_MONTHS, DECADE_WORDS, MONTH_CUES, STRICT_MONTH_CUES, WEEKDAY_ABBREVIATIONS, YEAR_CUES,
};
use super::parts::{self, day, glued_punct, is_amount_or_label, is_punct, is_word, month, skip, word, year};
use super::resolve::{day_exists, When};
use super::tokens::{Kind, Token};

/// The longest absolute date starting at token `i`.
pub fn at(t: &[Token<'_>], i: usize) -> Option<(usize, When)> {
    [
        weekday_prefixed(t, i),
        month_first(t, i),
        day_first(t, i),
        numeric(t, i),
        year_first(t, i),
        korean(t, i),
        decade(t, i),
        year_in_words(t, i),
    ]
    .into_iter()
    .flatten()
    .max_by_key(|&(end, _)| end)
}

/// "Sunday, March 6, 2016", "Tue, 10 January": a weekday (or its abbreviation) in front of
/// a full date is part of it.
fn weekday_prefixed(t: &[Token<'_>], i: usize) -> Option<(usize, When)> {
    let w = word(t, i)?;
    parts::weekday(t, i).or_else(|| lexicon::lookup(WEEKDAY_ABBREVIATIONS, w))?;
    let j = skip(t, skip(t, i + 1, '.'), ',');
    let (end, when) =
        [month_first(t, j), day_first(t, j), numeric(t, j)].into_iter().flatten().max_by_key(|&(e, _)| e)?;
    matches!(when, When::Day { .. }).then_some((end, when))
}

/// "April 16", "Apr. 16, 2025", "August 10-22, 2012", "Dec31, 1994", "July 4th of 1995",
/// "April 2025", "June of 2022", "Sep-2012", and a bare "in March".
fn month_first(t: &[Token<'_>], i: usize) -> Option<(usize, When)> {
    let (m, j) = month(t, i)?;
    // Lower-case "may" and "march" are verbs ("officials may 5 ..."), whatever follows.
    let lower_may = t[i].text == "may" || t[i].text == "march";
    // Day: "April 16", "August-10", "August/10", "March, 6th 2016" (comma only before a year).
    let sep = if glued_punct(t, j, &['-', '/']).is_some() { j + 1 } else { j };
    let day_read = day(t, sep).or_else(|| {
        let k = skip(t, j, ',');
        let (d, e) = day(t, k)?;
        year_after(t, e).map(|_| (d, e))
    });
    let day_read = day_read.or_else(|| {
        // "September the twenty-first"
        is_word(t, j, "the").then(|| day(t, j + 1)).flatten()
    });
    if let Some((d, mut k)) = day_read.filter(|_| !lower_may) {
        // A day range inside the month: "August 10-22", "November 18 to 19".
        if let Some(after) = range_tail_day(t, k) {
            k = after;
        }
        if let Some((y, e)) = year_after(t, k) {
            return Some((e, When::Day { year: Some(y), month: m, day: d }));
        }
        if glued_number_follows_day(t, k) {
            return None;
        }
        return Some((k, When::Day { year: None, month: m, day: d }));
    }
    // Month and year: "April 2025", "April, 2025", "June of 2022", "Sep-2012", "Aug 96".
    let k = if glued_punct(t, j, &['-', '/']).is_some() || is_punct(t, j, ',') || is_word(t, j, "of") {
        j + 1
    } else {
        j
    };
    if let Some((y, e)) = year(t, k).or_else(|| parts::word_year(t, k)).filter(|_| !lower_may) {
        return Some((e, When::Month { year: Some(y), month: m, shift: None }));
    }
    if k == j && !lower_may {
        if let Some(n) = t
            .get(j)
            .filter(|n| n.kind == Kind::Num && n.text.len() == 2 && !parts::glued_number_follows(t, j + 1))
        {
            if n.num().is_some_and(|v| v >= 40) && t.get(j + 1).is_none_or(|a| a.kind != Kind::Word) {
                return Some((
                    j + 1,
                    When::Month { year: Some(parts::two_digit_year(n.num()?)), month: m, shift: None },
                ));
            }
        }
    }
    bare_month_allowed(t, i).then_some((j, When::Month { year: None, month: m, shift: None }))
}

/// A month name alone is a month after a cue word ("in May", "mid-March", "last June"), or
/// when it is an unambiguous name not followed by another capitalised word ("June Lee").
fn bare_month_allowed(t: &[Token<'_>], i: usize) -> bool {
    let w = t[i].text;
    if w.len() < 3 || t.get(i + 1).is_some_and(|n| n.kind == Kind::Num) {
        return false; // "August 32" is no date at all
    }
    let mut b = i;
    if b >= 1 && t[b - 1].is_punct('-') && !t[b].spaced {
        b -= 1; // "mid-March"
    }
    // A lower-case "may" or "march" is a verb unless a preposition says otherwise.
    let lower_ambiguous =
        w.starts_with(|c: char| c.is_ascii_lowercase()) && AMBIGUOUS_MONTHS.contains_folded(w);
    let cues = if lower_ambiguous { &STRICT_MONTH_CUES } else { &MONTH_CUES };
    let cue = b.checked_sub(1).and_then(|p| word(t, p)).is_some_and(|p| cues.contains_folded(p));
    if cue {
        return true;
    }
    let capitalised = w.chars().next().is_some_and(|c| c.is_ascii_uppercase());
    let next_is_name = t.get(i + 1).is_some_and(|n| {
        n.kind == Kind::Word && n.text.chars().next().is_some_and(|c| c.is_ascii_uppercase())
    });
    capitalised && !AMBIGUOUS_MONTHS.contains_folded(w) && !next_is_name && !sentence_initial_name(t, i)
}

/// "April" opening a sentence before a verb-like lower-case word is usually a name.
fn sentence_initial_name(t: &[Token<'_>], i: usize) -> bool {
    i == 0 && t.get(1).is_some_and(|n| n.kind == Kind::Word && !MONTH_CUES.contains_folded(n.text))
}

/// After a day: "-22", "to 22", "through 19" (the end of a range in the same month).
fn range_tail_day(t: &[Token<'_>], k: usize) -> Option<usize> {
    let j = if is_punct(t, k, '-') || is_punct(t, k, '–') || is_word(t, k, "to") || is_word(t, k, "through")
    {
        k + 1
    } else {
        return None;
    };
    let (_, e) = day(t, j).filter(|_| t.get(j).is_some_and(|x| x.kind == Kind::Num))?;
    // Not the start of "Nov 18 - Dec 19": a month must not follow the second number.
    (month(t, e).is_none()).then_some(e)
}

/// A year after a day or month: ", 2025", " 2025", " of 1995", ", '96", ", 96" (a two-digit
/// number past any day, not followed by a word).
fn year_after(t: &[Token<'_>], k: usize) -> Option<(i32, usize)> {
    let j = if is_punct(t, k, ',') || glued_punct(t, k, &['-', '/', '.']).is_some() || is_word(t, k, "of") {
        k + 1
    } else {
        k
    };
    if let Some(found) = year(t, j).or_else(|| parts::word_year(t, j)) {
        return Some(found);
    }
    let n = t.get(j).filter(|n| n.kind == Kind::Num && n.text.len() == 2)?;
    let v = n.num()?;
    let tail_ok =
        t.get(j + 1).is_none_or(|a| a.kind == Kind::Punct && !matches!(a.text, ":" | "/" | "-" | "." | ","));
    // "21-APR-16" (glued to the month) or a number no day can be ("Aug 9, 96").
    let glued = j > k && !n.spaced && glued_punct(t, k, &['-', '/']).is_some();
    ((glued || v >= 40) && tail_ok && !parts::glued_number_follows(t, j + 1))
        .then(|| (parts::two_digit_year(v), j + 1))
}

fn glued_number_follows_day(t: &[Token<'_>], k: usize) -> bool {
    glued_punct(t, k, &['/', '-', '.']).is_some()
        && t.get(k + 1).is_some_and(|n| n.kind == Kind::Num && !n.spaced)
}

/// "16 April", "10 August 2012", "16. Nov. 2016", "09-JAN-2017", "the 10th of August",
/// "fourth of July, 1995".
fn day_first(t: &[Token<'_>], i: usize) -> Option<(usize, When)> {
    let (d, mut j) = day(t, i)?;
    // Separators between day and month.
    if glued_punct(t, j, &['-', '/', '.']).is_some() || is_word(t, j, "of") {
        j += 1;
    }
    let (m, k) = month(t, j)?;
    if t[j].text == "may" {
        return None;
    }
    // A range of days before the month: "10 - 22 August" is read from its first day; the
    // caller reaches "22 August" only when not consumed.
    if let Some((y, e)) = year_after(t, k) {
        return Some((e, When::Day { year: Some(y), month: m, day: d }));
    }
    Some((k, When::Day { year: None, month: m, day: d }))
}

/// Numeric dates: "2025-04-16", "2025.04.16", "2012/8/10", "4/16/2025", "16/04/2025",
/// "12-30-16", "9/2012", "2015-12"; and year ranges "2014-2018", "2019-20".
fn numeric(t: &[Token<'_>], i: usize) -> Option<(usize, When)> {
    let a = t.get(i).filter(|a| a.kind == Kind::Num)?;
    // Not the tail of a longer number: "133-03-03-2020", "+86 138-2010" (a word before is
    // fine: "report-2002-10-09.xlsx").
    if i >= 2
        && !a.spaced
        && !t[i - 1].spaced
        && t[i - 2].kind == Kind::Num
        && matches!(t[i - 1].text, "-" | "/" | "." | ":")
    {
        return None;
    }
    let sep = glued_punct(t, i + 1, &['-', '/', '.', '~', '–'])?;
    let b = t.get(i + 2).filter(|b| b.kind == Kind::Num && !b.spaced)?;
    let third = (glued_punct(t, i + 3, &[sep]).is_some())
        .then(|| t.get(i + 4).filter(|c| c.kind == Kind::Num && !c.spaced))
        .flatten();
    let end3 = i + 5;
    if let Some(c) = third {
        if parts::glued_number_follows(t, end3)
            || glued_punct(t, end3, &['-', '/', '.'])
                .is_some_and(|_| t.get(end3 + 1).is_some_and(|n| n.kind == Kind::Num && !n.spaced))
        {
            return None;
        }
        let (x, y, z) = (a.num()?, b.num()?, c.num()?);
        let when = if a.text.len() == 4 && b.text.len() <= 2 && c.text.len() <= 2 {
            // Year first.
            When::Day { year: Some(x as i32), month: y, day: z }
        } else if a.text.len() <= 2
            && b.text.len() <= 2
            && (c.text.len() == 4 || (c.text.len() == 2 && sep != '.'))
        {
            let year = if c.text.len() == 4 { z as i32 } else { parts::two_digit_year(z) };
            // Month first as printed in US style; day first when the first number cannot be a month.
            match (crate::calendar::Date::new(year, x, y), crate::calendar::Date::new(year, y, x)) {
                (None, Some(d)) => When::Day { year: Some(year), month: d.month, day: d.day },
                _ => When::Day { year: Some(year), month: x, day: y },
            }
        } else {
            return None;
        };
        // An impossible date ("02/29/2022") is consumed and then dropped, so that its parts
        // are not read as a year.
        return Some((end3, when));
    }
    if parts::glued_number_follows(t, i + 3)
        || glued_punct(t, i + 3, &['-', '/', '.'])
            .is_some_and(|_| t.get(i + 4).is_some_and(|n| n.kind == Kind::Num && !n.spaced))
    {
        return None;
    }
    let (x, y) = (a.num()?, b.num()?);
    // Year ranges: "2014-2018", "2019-20", "2014~2018".
    if a.text.len() == 4
        && matches!(sep, '-' | '~' | '–' | '/')
        && !is_amount_or_label(t, i)
        && (1000..=2199).contains(&x)
    {
        let is_range = (b.text.len() == 4 && y > x && y <= 2199) || (b.text.len() == 2 && y == (x + 1) % 100);
        if is_range {
            return Some((i + 3, When::Year(x as i32)));
        }
        // "2015-12": a month.
        if sep == '-' && b.text.len() == 2 && (1..=12).contains(&y) {
            return Some((i + 3, When::Month { year: Some(x as i32), month: y, shift: None }));
        }
        return None;
    }
    // "9/2012", "12-2015": month and year.
    if a.text.len() <= 2
        && b.text.len() == 4
        && matches!(sep, '/' | '-')
        && (1..=12).contains(&x)
        && (1000..=2199).contains(&y)
    {
        return Some((i + 3, When::Month { year: Some(y as i32), month: x, shift: None }));
    }
    None
}

/// "2018 March 18", "2012/Aug/10", "2024 August", "2024-August", a bare year "2019", and
/// ranges of years handled by [`numeric`].
fn year_first(t: &[Token<'_>], i: usize) -> Option<(usize, When)> {
    let (y, j) = year(t, i)?;
    if t[i].kind != Kind::Num || is_amount_or_label(t, i) && month(t, j).is_none() {
        return None;
    }
    let k = if glued_punct(t, j, &['-', '/']).is_some() { j + 1 } else { j };
    if let Some((m, e)) = month(t, k).filter(|_| !t[k].text.eq_ignore_ascii_case("may") || k != j) {
        let sep_day = if glued_punct(t, e, &['-', '/']).is_some() { e + 1 } else { e };
        if let Some((d, f)) = day(t, sep_day).filter(|_| t.get(sep_day).is_some_and(|x| x.kind == Kind::Num))
        {
            return Some((f, When::Day { year: Some(y), month: m, day: d }));
        }
        return Some((e, When::Month { year: Some(y), month: m, shift: None }));
    }
    // A bare year: old years need a preposition ("in 1492").
    if y < 1800 {
        let cue = i.checked_sub(1).and_then(|p| word(t, p)).is_some_and(|p| YEAR_CUES.contains_folded(p));
        if !cue {
            return None;
        }
    }
    // "2019-20", "2025-04-16" are read by `numeric`; a year glued to more digits is not one.
    if glued_punct(t, j, &['-', '/', '.', '~']).is_some()
        && t.get(j + 1).is_some_and(|n| n.kind == Kind::Num && !n.spaced)
    {
        return None;
    }
    // "the 2019s" is not a thing, but "2020s" is a decade (see `decade`); "a 2000-strong
    // crowd" and "the 1500-member union" are counts ("2017-Q1" is still 2017).
    let count_compound = glued_punct(t, j, &['-']).is_some()
        && t.get(j + 1).is_some_and(|n| !n.spaced && n.kind == Kind::Word && n.text.len() > 1);
    if t.get(j).is_some_and(|n| !n.spaced && n.kind == Kind::Word) || count_compound {
        return None;
    }
    Some((j, When::Year(y)))
}

/// A year in words after "in" or "since", ending the phrase: "in nineteen ninety-six".
fn year_in_words(t: &[Token<'_>], i: usize) -> Option<(usize, When)> {
    if !(is_word(t, i.wrapping_sub(1), "in") || is_word(t, i.wrapping_sub(1), "since")) {
        return None;
    }
    let (y, e) = parts::word_year(t, i)?;
    let ends = t.get(e).is_none_or(|n| {
        n.kind == Kind::Punct || ["and", "or", "to", "when", "until"].iter().any(|w| n.is(w))
    });
    ends.then_some((e, When::Year(y)))
}

/// "2025년 4월 16일", "2025년 4월", "2025년", "4월 16일".
fn korean(t: &[Token<'_>], i: usize) -> Option<(usize, When)> {
    let num_marked = |k: usize, marker: &str| -> Option<u32> {
        let n = t.get(k).filter(|n| n.kind == Kind::Num)?;
        t.get(k + 1).filter(|m| !m.spaced && m.text == marker)?;
        n.num()
    };
    if let Some(y) = num_marked(i, "년").or_else(|| num_marked(i, "년도")).filter(|_| t[i].text.len() == 4)
    {
        let y = y as i32;
        if let Some(m) = num_marked(i + 2, "월").filter(|m| (1..=12).contains(m)) {
            if let Some(d) = num_marked(i + 4, "일") {
                return Some((i + 6, When::Day { year: Some(y), month: m, day: d }));
            }
            return Some((i + 4, When::Month { year: Some(y), month: m, shift: None }));
        }
        return Some((i + 2, When::Year(y)));
    }
    let m = num_marked(i, "월").filter(|m| (1..=12).contains(m))?;
    let d = num_marked(i + 2, "일").filter(|&d| day_exists(m, d))?;
    Some((i + 4, When::Day { year: None, month: m, day: d }))
}

/// "the 1990s", "1990s", "the '90s", "the 1970's", "the nineties". The contract holds no
/// decade value, so these are reported with none.
fn decade(t: &[Token<'_>], i: usize) -> Option<(usize, When)> {
    if let Some(start) = word(t, i).and_then(|w| lexicon::lookup(DECADE_WORDS, w)) {
        return is_word(t, i.wrapping_sub(1), "the").then_some((i + 1, When::Decade(start)));
    }
    let (num_at, apostrophe_first) = if t.get(i).is_some_and(|x| x.is_punct('\'') || x.is_punct('’')) {
        (i + 1, true)
    } else {
        (i, false)
    };
    let n = t.get(num_at).filter(|n| {
        n.kind == Kind::Num && (n.text.len() == 4 || n.text.len() == 2) && (!apostrophe_first || !n.spaced)
    })?;
    let v = n.num()?;
    if v % 10 != 0 || (apostrophe_first && n.text.len() != 2) {
        return None;
    }
    let mut k = num_at + 1;
    if t.get(k).is_some_and(|a| (a.is_punct('\'') || a.is_punct('’')) && !a.spaced) {
        k += 1;
    }
    let s = t.get(k).filter(|s| s.kind == Kind::Word && s.is("s"))?;
    if s.spaced && k != num_at + 1 {
        return None;
    }
    let start = if n.text.len() == 4 { v as i32 } else { 1900 + v as i32 };
    if n.text.len() == 2
        && !apostrophe_first
        && !is_word(t, i.wrapping_sub(1), "the")
        && !is_word(t, i.wrapping_sub(1), "in")
    {
        return None;
    }
    Some((k + 1, When::Decade(start)))
}
