//! What happens on a date, for the panel's timeline: a clause of the sentence around the
//! date, trimmed, never invented.
//!
//! How it is chosen:
//! 1. the words before the date back to the start of its clause (a comma, semicolon,
//!    colon, dash, bracket or quote mark, "that", "which", "who", "when", "where", "while",
//!    or the previous date), without the preposition that introduces the date ("on",
//!    "beginning", ...) and leading articles: "a special Cabinet meeting will be held on
//!    Friday" → "special Cabinet meeting will be held";
//! 2. when that leaves fewer than two words ("On Friday, the Cabinet will meet"), the words
//!    after the date up to the end of its clause instead;
//! 3. at most the twelve words nearest the date; nothing when neither side has two words.

const MAX_WORDS: usize = 12;

const CLAUSE_MARKS: &[char] = &[',', ';', ':', '(', ')', '[', ']', '—', '–', '“', '”', '"'];
const CLAUSE_WORDS: &[&str] = &["that", "which", "who", "when", "where", "while", "whereas", "because", "although"];

/// Words that introduce a date and belong to it rather than to the event.
const DATE_PREPOSITIONS: &[&str] = &[
    "on", "at", "in", "since", "from", "until", "till", "by", "beginning", "starting", "as", "of", "for", "during",
    "before", "after", "through", "around", "as of", "from", "last", "next", "this", "early", "late", "mid",
    "the", "earlier", "later", "and", "or",
];

const LEADING_FILLERS: &[&str] = &["the", "a", "an", "and", "but", "so", "then", "also"];

/// The event phrase for the date at `date` (byte range within `sentence`); `floor` is where
/// the clause may start at the earliest (the end of a previous date in the sentence).
pub fn phrase(sentence: &str, date: std::ops::Range<usize>, floor: usize, ceiling: usize) -> Option<String> {
    let before = sentence.get(floor.min(date.start)..date.start)?;
    let before = &before[clause_start(before)..];
    let mut words: Vec<&str> = before.split_whitespace().collect();
    trim_tail(&mut words);
    trim_head(&mut words);
    if words.len() >= 2 {
        words.drain(..words.len().saturating_sub(MAX_WORDS));
        trim_head(&mut words);
        return Some(words.join(" "));
    }
    let after = sentence.get(date.end..ceiling.max(date.end))?;
    let after = after.trim_start_matches(|c: char| CLAUSE_MARKS.contains(&c) || c.is_whitespace() || c == '.');
    let after = &after[..clause_end(after)];
    let mut words: Vec<&str> = after.split_whitespace().collect();
    trim_head(&mut words);
    words.truncate(MAX_WORDS);
    trim_tail(&mut words);
    (words.len() >= 2).then(|| words.join(" ").trim_end_matches(['.', '!', '?']).to_string())
}

/// Byte index just after the last clause boundary in `s`.
fn clause_start(s: &str) -> usize {
    let mark = s.rfind(CLAUSE_MARKS).map(|i| i + s[i..].chars().next().map_or(1, char::len_utf8));
    let word = CLAUSE_WORDS.iter().filter_map(|w| find_word(s, w, true).map(|i| i + w.len())).max();
    mark.max(word).unwrap_or(0)
}

/// Byte index of the first clause boundary in `s` (or its end).
fn clause_end(s: &str) -> usize {
    let mark = s.find(CLAUSE_MARKS);
    let word = CLAUSE_WORDS.iter().filter_map(|w| find_word(s, w, false)).min();
    let sentence_end = s.find(". ").or_else(|| s.ends_with('.').then(|| s.len() - 1));
    [mark, word, sentence_end].into_iter().flatten().min().unwrap_or(s.len())
}

/// The last (or first) occurrence of `w` as a whole lower-case word.
fn find_word(s: &str, w: &str, last: bool) -> Option<usize> {
    let is_word_at = |i: usize| {
        let before_ok = s[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let after_ok = s[i + w.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        before_ok && after_ok
    };
    if last {
        s.rmatch_indices(w).map(|(i, _)| i).find(|&i| is_word_at(i))
    } else {
        s.match_indices(w).map(|(i, _)| i).find(|&i| is_word_at(i))
    }
}

fn trim_tail(words: &mut Vec<&str>) {
    while words.last().is_some_and(|w| DATE_PREPOSITIONS.iter().any(|p| p.eq_ignore_ascii_case(w))) {
        words.pop();
    }
}

fn trim_head(words: &mut Vec<&str>) {
    while words.first().is_some_and(|w| LEADING_FILLERS.iter().any(|p| p.eq_ignore_ascii_case(w))) {
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
        assert_eq!(event("On Friday, the Cabinet will review the plan.", "Friday").as_deref(), Some("Cabinet will review the plan"));
        assert_eq!(event("Friday.", "Friday"), None);
    }
}
