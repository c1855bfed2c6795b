//! The pieces date expressions are assembled from, read at a token index: a month name, a
//! day of the month, a year, a weekday, a count. Each returns its value and the index just
//! past it, or `None`.

use super::lexicon::{
    self, COUNT_NOUNS, DAY_WORDS, MONTHS, NUMBER_LABELS, ORDINALS, ORDINAL_SUFFIXES, WEEKDAYS,
};
use super::tokens::{Kind, Token};
use crate::understand::numbers::word_value;
use crate::words::with_lower;

pub fn word<'a>(t: &[Token<'a>], i: usize) -> Option<&'a str> {
    t.get(i).filter(|t| t.kind == Kind::Word).map(|t| t.text)
}

pub fn is_word(t: &[Token<'_>], i: usize, w: &str) -> bool {
    t.get(i).is_some_and(|t| t.kind == Kind::Word && t.is(w))
}

pub fn is_punct(t: &[Token<'_>], i: usize, c: char) -> bool {
    t.get(i).is_some_and(|t| t.is_punct(c))
}

/// A glued punctuation mark (no space before it).
pub fn glued_punct(t: &[Token<'_>], i: usize, marks: &[char]) -> Option<char> {
    let tok = t.get(i)?;
    let c = tok.text.chars().next()?;
    (tok.kind == Kind::Punct && !tok.spaced && marks.contains(&c)).then_some(c)
}

/// Skips an optional mark at `i` (a period after "Sept", a comma after "April 16").
pub fn skip(t: &[Token<'_>], i: usize, c: char) -> usize {
    if is_punct(t, i, c) {
        i + 1
    } else {
        i
    }
}

/// A month name or abbreviation, with its optional period.
pub fn month(t: &[Token<'_>], i: usize) -> Option<(u32, usize)> {
    let w = word(t, i)?;
    let m = lexicon::lookup(MONTHS, w)?;
    // The period belongs to an abbreviation ("Sept."), not to a full name ending a sentence.
    let abbreviated = w.len() <= 4 && !["may", "june", "july"].iter().any(|f| f.eq_ignore_ascii_case(w));
    let next = if abbreviated && glued_punct(t, i + 1, &['.']).is_some() { i + 2 } else { i + 1 };
    Some((m, next))
}

/// A weekday's full name.
pub fn weekday(t: &[Token<'_>], i: usize) -> Option<u32> {
    lexicon::lookup(WEEKDAYS, word(t, i)?)
}

/// A day of the month: "16", "16th", "1st", "sixteenth", "twenty-first", "twenty first".
pub fn day(t: &[Token<'_>], i: usize) -> Option<(u32, usize)> {
    let tok = t.get(i)?;
    if tok.kind == Kind::Num {
        // "$12 December 27": an amount, not a day.
        if tok.text.len() > 2
            || i > 0
                && t[i - 1].kind == Kind::Punct
                && matches!(t[i - 1].text, "$" | "₩" | "€" | "£" | "¥" | "#")
        {
            return None;
        }
        let d = tok.num()?;
        let mut next = i + 1;
        if let Some(s) = t.get(next).filter(|s| !s.spaced && s.kind == Kind::Word) {
            if !ORDINAL_SUFFIXES.contains_folded(s.text) {
                return None; // "16km"
            }
            next += 1;
        }
        // Not a time ("16:30"), a decimal ("16.5"), a fraction or numeric date ("5/12") or
        // part of a longer number ("16,000").
        if let Some(after) = t.get(next) {
            if !after.spaced
                && after.text == "/"
                && t.get(next + 1).is_some_and(|n| !n.spaced && n.kind == Kind::Num && n.text.len() <= 2)
            {
                return None;
            }
            if !after.spaced
                && matches!(after.text, ":" | ",")
                && t.get(next + 1).is_some_and(|n| !n.spaced && n.kind == Kind::Num)
            {
                return None;
            }
            if !after.spaced
                && after.text == "."
                && t.get(next + 1).is_some_and(|n| !n.spaced && n.kind == Kind::Num && n.text.len() < 4)
            {
                return None;
            }
            if after.text == "%" || (after.kind == Kind::Word && COUNT_NOUNS.contains_folded(after.text)) {
                return None;
            }
        }
        return (1..=31).contains(&d).then_some((d, next));
    }
    let w = word(t, i)?;
    if let Some(d) = lexicon::lookup(ORDINALS, w) {
        return Some((d, i + 1));
    }
    // "twenty-first" / "twenty first"
    let tens = if w.eq_ignore_ascii_case("twenty") {
        20
    } else if w.eq_ignore_ascii_case("thirty") {
        30
    } else {
        return None;
    };
    let j = if glued_punct(t, i + 1, &['-']).is_some() { i + 2 } else { i + 1 };
    let w = word(t, j)?;
    let ones = lexicon::lookup(ORDINALS, w)
        .or_else(|| word_value(w).map(|v| v as u32))
        .filter(|&o| (1..10).contains(&o))?;
    let d = tens + ones;
    (d <= 31).then_some((d, j + 1))
}

/// A four-digit year written beside a month or day ("April 16, 2025"), or a two-digit
/// one after an apostrophe ("'96").
pub fn year(t: &[Token<'_>], i: usize) -> Option<(i32, usize)> {
    let tok = t.get(i)?;
    if tok.is_punct('\'') || tok.is_punct('’') {
        let n = t.get(i + 1).filter(|n| !n.spaced && n.kind == Kind::Num && n.text.len() == 2)?;
        return Some((two_digit_year(n.num()?), i + 2));
    }
    if tok.kind != Kind::Num || tok.text.len() != 4 {
        return None;
    }
    let y = tok.num()? as i32;
    if !(1000..=2199).contains(&y) || glued_number_follows(t, i + 1) {
        return None;
    }
    Some((y, i + 1))
}

/// A year in words: "nineteen ninety-six", "nineteen oh one", "two thousand and fifteen",
/// "nineteen hundred ninety three", "one thousand seven hundred and eighty nine".
pub fn word_year(t: &[Token<'_>], i: usize) -> Option<(i32, usize)> {
    // Collect up to eight number words ("and" and glued hyphens between them).
    let mut values = Vec::new();
    let mut j = i;
    let mut end = i;
    while values.len() < 8 {
        let Some(tok) = t.get(j) else { break };
        if tok.kind == Kind::Punct && tok.text == "-" && !tok.spaced && !values.is_empty() {
            j += 1;
            continue;
        }
        if tok.kind != Kind::Word {
            break;
        }
        let Some(w) = with_lower(tok.text, str::to_string) else { break };
        if w == "and" && !values.is_empty() {
            j += 1;
            continue;
        }
        let v = match w.as_str() {
            "oh" if !values.is_empty() => 0,
            "thousand" => 1000,
            "a" | "an" | "half" | "quarter" | "single" | "both" | "several" | "dozen" => break,
            _ => match word_value(&w) {
                Some(v) if v.fract() == 0.0 => v as i64,
                _ => break,
            },
        };
        values.push(v);
        j += 1;
        end = j;
    }
    let year = if values.contains(&1000) || values.get(1) == Some(&100) {
        // Cardinal: "two thousand and fifteen", "nineteen hundred ninety three".
        let (mut total, mut current) = (0, 0);
        for &v in &values {
            match v {
                1000 => {
                    total += current.max(1) * 1000;
                    current = 0;
                }
                100 => current = current.max(1) * 100,
                _ => current += v,
            }
        }
        total + current
    } else {
        // Pairs: "nineteen ninety six", "nineteen oh one", "twenty twenty".
        let (&first, rest) = values.split_first()?;
        if !(10..=21).contains(&first) || rest.is_empty() || rest.len() > 2 {
            return None;
        }
        let tail: i64 = rest.iter().sum();
        if tail > 99 || rest.len() == 2 && !(rest[0] % 10 == 0 && rest[1] < 10) {
            return None;
        }
        first * 100 + tail
    };
    (1000..=2199).contains(&year).then_some((year as i32, end))
}

/// 96 → 1996, 16 → 2016 (the usual pivot for printed two-digit years).
pub fn two_digit_year(n: u32) -> i32 {
    if n < 50 {
        2000 + n as i32
    } else {
        1900 + n as i32
    }
}

/// Whether a number continues at `i` ("2025.5", "2025,000", "2025km", "20251").
pub fn glued_number_follows(t: &[Token<'_>], i: usize) -> bool {
    let Some(next) = t.get(i).filter(|n| !n.spaced) else { return false };
    match next.kind {
        Kind::Num => true,
        Kind::Word => !(next.is("s") || is_hangul_year_marker(next.text)),
        Kind::Punct => {
            matches!(next.text, "." | "," | ":" | "%")
                && t.get(i + 1).is_some_and(|n| !n.spaced && n.kind == Kind::Num)
                || next.text == "%"
        }
    }
}

fn is_hangul_year_marker(s: &str) -> bool {
    matches!(s, "년" | "년도" | "월" | "일")
}

/// Whether the number at `i` is an amount, label or count rather than a year: "$2025",
/// "No. 2019", "2025 won", "2019 people".
pub fn is_amount_or_label(t: &[Token<'_>], i: usize) -> bool {
    let before = i.checked_sub(1).and_then(|b| t.get(b));
    if let Some(b) = before {
        if b.kind == Kind::Punct && matches!(b.text, "$" | "₩" | "€" | "£" | "¥" | "#" | "+" | "=" | "×")
        {
            return true;
        }
        // Inside a code or a longer number: "777-2019", "138-2010-2015", "1.2019".
        if !t[i].spaced && b.kind == Kind::Punct && i >= 2 && matches!(t[i - 2].kind, Kind::Num) && !b.spaced
        {
            return true;
        }
        if !t[i].spaced && b.kind != Kind::Punct {
            return true; // "A2019"
        }
        let label = if b.is_punct('.') { i.checked_sub(2).and_then(|k| t.get(k)) } else { Some(b) };
        if label.is_some_and(|l| l.kind == Kind::Word && NUMBER_LABELS.contains_folded(l.text)) {
            return true;
        }
    }
    let after = t.get(i + 1);
    if let Some(a) = after {
        if a.kind == Kind::Word && COUNT_NOUNS.contains_folded(a.text) {
            return true;
        }
        if a.text == "%" {
            return true;
        }
    }
    false
}

/// A count before a unit: "2", "two", "a", "a few", "a couple of", "twenty-five", "several".
pub fn count(t: &[Token<'_>], i: usize) -> Option<(i64, usize)> {
    let tok = t.get(i)?;
    if tok.kind == Kind::Num {
        let n = tok.num().filter(|_| tok.text.len() <= 3)?;
        return (!glued_number_follows(t, i + 1)).then_some((i64::from(n), i + 1));
    }
    if !lexicon::NUMBER_WORDS.contains_folded(tok.text) {
        return None;
    }
    // The longest phrase of up to three words (joining a glued hyphen) that is a number.
    for len in (1..=3).rev() {
        let mut phrase = String::new();
        let mut j = i;
        let mut words = 0;
        while words < len {
            let Some(tk) = t.get(j) else { break };
            match tk.kind {
                Kind::Word => {
                    if words > 0 && !phrase.ends_with('-') {
                        phrase.push(' ');
                    }
                    phrase.push_str(tk.text);
                    words += 1;
                }
                Kind::Punct if tk.text == "-" && !tk.spaced && words > 0 => phrase.push('-'),
                _ => break,
            }
            j += 1;
        }
        if words == len {
            let v = if phrase.eq_ignore_ascii_case("few") { Some(3.0) } else { word_value(&phrase) };
            if let Some(v) = v.filter(|v| v.fract() == 0.0 && *v >= 1.0) {
                return Some((v as i64, j));
            }
        }
    }
    None
}

/// "today", "yesterday", "tomorrow": days from publication.
pub fn day_word(t: &[Token<'_>], i: usize) -> Option<i64> {
    lexicon::lookup(DAY_WORDS, word(t, i)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::understand::dates::tokens::tokenize;

    #[test]
    fn reads_days_years_and_counts() {
        let t = tokenize("Sept. 3rd twenty-first 2025 $2019 a couple of 16:30", 0);
        assert_eq!(month(&t, 0), Some((9, 2)));
        assert_eq!(day(&t, 2), Some((3, 4)));
        assert_eq!(day(&t, 4), Some((21, 7)));
        assert_eq!(year(&t, 7), Some((2025, 8)));
        assert!(is_amount_or_label(&t, 9));
        assert_eq!(count(&t, 10), Some((2, 13)));
        assert_eq!(day(&t, 13), None);
    }
}
