//! What happens on a date, for the panel's timeline: a clause of the sentence around the
//! date, trimmed, never invented.
//!
//! How it is chosen:
//! 1. the words before the date back to the start of its clause (a comma, semicolon,
//!    colon, dash, bracket or quote mark, "that", "which", "who", "when", "where", "while",
//!    or the previous date), without the preposition that introduces the date ("on",
//!    "beginning", ...) and leading articles: "a special Cabinet meeting will be held on
//!    Friday" → "special Cabinet meeting will be held";
//! 2. when that leaves fewer than two words ("On Friday, the Cabinet will meet", "Lee said
//!    on Monday that he would run"), the words after the date up to the end of its clause
//!    instead, without a leading "that";
//! 3. at most the twelve words nearest the date; nothing when neither side has two words.

use super::lexicon::{CLAUSE_WORDS, DATE_PREPOSITIONS, LEADING_FILLERS};

const MAX_WORDS: usize = 12;

const CLAUSE_MARKS: &[char] = &[',', ';', ':', '(', ')', '[', ']', '—', '–', '“', '”', '"'];

/// The event phrase for the date at `date` (byte range within `sentence`); `floor` is where
/// the clause may start at the earliest (the end of a previous date in the sentence), and
/// `ceiling` where it must end (the start of the next date).
pub fn phrase(sentence: &str, date: std::ops::Range<usize>, floor: usize, ceiling: usize) -> Option<String> {
    let before = sentence.get(floor.min(date.start)..date.start)?;
    let before = last_clause_mark(before)
        .map_or(before, |i| &before[i + before[i..].chars().next().map_or(1, char::len_utf8)..]);
    let mut words: Vec<&str> = before.split_whitespace().collect();
    if let Some(cut) = words.iter().rposition(|w| CLAUSE_WORDS.contains(w)) {
        words.drain(..=cut);
    }
    trim_tail(&mut words);
    trim_head(&mut words);
    if words.len() >= 2 {
        words.drain(..words.len().saturating_sub(MAX_WORDS));
        trim_head(&mut words);
        return Some(words.join(" "));
    }
    let after = sentence.get(date.end..ceiling.max(date.end))?;
    let after =
        after.trim_start_matches(|c: char| CLAUSE_MARKS.contains(&c) || c.is_whitespace() || c == '.');
    // "Tuesday's meeting": the possessive belongs to the date.
    let after = after.strip_prefix("'s").or_else(|| after.strip_prefix("’s")).unwrap_or(after);
    let after = without_brackets(after);
    let after = first_clause_mark(&after).map_or(after.as_str(), |i| &after[..i]);
    let mut words = Vec::new();
    for w in after.split_whitespace() {
        if CLAUSE_WORDS.contains(w) && !words.is_empty() || words.len() == MAX_WORDS {
            break;
        }
        let end = w.trim_end_matches(['.', '!', '?']);
        if end.len() < w.len() {
            words.push(end); // the sentence ends here
            break;
        }
        words.push(w);
    }
    trim_head(&mut words);
    trim_tail(&mut words);
    (words.len() >= 2).then(|| words.join(" "))
}

/// Whether the mark at byte `i` ends a clause: not a comma inside a number ("1,437.3").
fn is_clause_mark(s: &str, i: usize, c: char) -> bool {
    let digit = |b: Option<&u8>| b.is_some_and(u8::is_ascii_digit);
    CLAUSE_MARKS.contains(&c)
        && !(c == ',' && i > 0 && digit(s.as_bytes().get(i - 1)) && digit(s.as_bytes().get(i + 1)))
}

fn last_clause_mark(s: &str) -> Option<usize> {
    s.char_indices().rev().find(|&(i, c)| is_clause_mark(s, i, c)).map(|(i, _)| i)
}

fn first_clause_mark(s: &str) -> Option<usize> {
    s.char_indices().find(|&(i, c)| is_clause_mark(s, i, c)).map(|(i, _)| i)
}

/// The text without its bracketed asides: "unveiled a 50 trillion won ($34.8 billion)
/// support package" reads on past the dollar figure.
fn without_brackets(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' if depth > 0 => depth -= 1,
            ')' | ']' => break,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

fn trim_tail(words: &mut Vec<&str>) {
    while words.last().is_some_and(|w| DATE_PREPOSITIONS.contains_folded(w)) {
        words.pop();
    }
}

fn trim_head(words: &mut Vec<&str>) {
    while words.first().is_some_and(|w| LEADING_FILLERS.contains_folded(w)) {
        words.remove(0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(sentence: &str, date: &str) -> Option<String> {
        let i = sentence.find(date).unwrap();
        phrase(sentence, i..i + date.len(), 0, sentence.len())
    }

    #[test]
    fn takes_the_clause_before_the_date_or_after_it() {
        let s = "The Prime Minister’s Office announced Wednesday that a special Cabinet meeting will be held on Friday to review the spending plan.";
        assert_eq!(event(s, "Friday").as_deref(), Some("special Cabinet meeting will be held"));
        assert_eq!(event(s, "Wednesday").as_deref(), Some("Prime Minister’s Office announced"));
        assert_eq!(
            event("On Friday, the Cabinet will review the plan.", "Friday").as_deref(),
            Some("Cabinet will review the plan")
        );
        assert_eq!(event("Friday.", "Friday"), None);
    }
}
