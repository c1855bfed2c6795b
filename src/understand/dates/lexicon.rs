//! The words dates are made of: month and weekday names, ordinals, relative words, and the
//! words that make a bare month name or a four-digit number a date (or not).
//!
//! Everything is compared lower-case. Tables, not if-chains: a new spelling is one entry.
//! Plain word lists are data files in `words/` (one entry a line, sorted, unique, lower
//! case; checked by the test [`crate::words::word_lists`] writes); tables that give a word a
//! value (a month's number, a unit) stay here as Rust.

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::words::{with_lower, word_lists};

word_lists! {
    /// Month names that are also ordinary words or names ("may", "march", "jan"): read as a month
    /// only beside a day or year, or after a word in [`MONTH_CUES`].
    pub AMBIGUOUS_MONTHS = "ambiguous_months.txt", Lower;
    /// The stricter cues for a lower-case ambiguous name ("in may" yes, "and may" no).
    pub STRICT_MONTH_CUES = "strict_month_cues.txt", Lower;
    /// Words after which a bare month name is a month ("in March", "since May", "early June").
    pub MONTH_CUES = "month_cues.txt", Lower;
    /// Nouns after a four-digit number that show it is a count, not a year ("2025 won").
    pub COUNT_NOUNS = "count_nouns.txt", Lower;
    /// Words just before a number that make it a label or an amount, not a year.
    pub NUMBER_LABELS = "number_labels.txt", Lower;
    /// Words before a number that make it a year even when it is small or old ("in 1492").
    pub YEAR_CUES = "year_cues.txt", Lower;
    /// Words that can begin a count ("two days ago", "a few weeks ago", "a couple of days").
    pub NUMBER_WORDS = "number_words.txt", Lower;
    /// Words that put what follows in the future.
    pub FUTURE = "future.txt", Lower;
    /// Verbs of a timetable whose present tense states what is arranged ahead: "the session
    /// that opens Monday", "the sale begins Friday".
    pub SCHEDULED = "scheduled.txt", Lower;
    /// Words that are future markers when "to" follows ("scheduled to travel").
    pub FUTURE_BEFORE_TO = "future_before_to.txt", Lower;
    /// Irregular past forms common in news (not those spelled like a present or a noun:
    /// "won", "cut", "hit", "set", "put").
    pub PAST = "past.txt", Lower;
    /// Words ending in "-ed" that are never past verbs ("hundred", "indeed", "so-called").
    pub NOT_PAST = "not_past.txt", Lower;
    /// Participles more often adjectives than past verbs ("the proposed bill", "an elected
    /// official"): past verbs only with an object after them ("proposed a bill in November").
    pub PARTICIPLE_ADJECTIVES = "participle_adjectives.txt", Lower;
    /// Words that open a noun phrase: after one an "-ed" word is an adjective ("their first
    /// televised debate"); before one it is a verb with its object ("proposed a bill").
    pub DETERMINERS = "determiners.txt", Lower;
    /// Words after which a participle is not a past verb ("will be held", "has been delayed").
    pub AUXILIARIES = "auxiliaries.txt", Lower;
    /// Words that open a clause: the event phrase stops at them (compared exactly).
    pub CLAUSE_WORDS = "clause_words.txt", Lower;
    /// Words that introduce a date and belong to it rather than to the event.
    pub DATE_PREPOSITIONS = "date_prepositions.txt", Lower;
    /// Words an event phrase does not begin with ("the", "and", "also").
    pub LEADING_FILLERS = "leading_fillers.txt", Lower;
    /// Suffixes of numeric ordinals ("16th", "1st").
    pub ORDINAL_SUFFIXES = "ordinal_suffixes.txt", Lower;
    /// Vague position words that may open a relative period ("earlier this month", "late last year").
    pub PERIOD_PREFIXES = "period_prefixes.txt", Lower;
    /// Position words that open a relative period with "of" ("the end of next month").
    pub PERIOD_PARTS = "period_parts.txt", Lower;
    /// Words other than the tables' keys that can open a date expression ("the day after
    /// tomorrow", "in two weeks", "a year ago", "two days ago", "in nineteen ninety-six").
    OTHER_OPENERS = "other_openers.txt", Lower;
    /// Particles a Korean date word may carry ("지난달에", "올해부터").
    pub KOREAN_PARTICLES = "korean_particles.txt", Lower;
}

/// Month names and the abbreviations news style uses ("Sept.", "Aug").
pub const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// Full weekday names (index 0 = Monday) and the abbreviations accepted before a full date.
pub const WEEKDAYS: &[(&str, u32)] = &[
    ("monday", 0),
    ("tuesday", 1),
    ("wednesday", 2),
    ("thursday", 3),
    ("friday", 4),
    ("saturday", 5),
    ("sunday", 6),
];
pub const WEEKDAY_ABBREVIATIONS: &[(&str, u32)] = &[
    ("mon", 0),
    ("tue", 1),
    ("tues", 1),
    ("wed", 2),
    ("thu", 3),
    ("thur", 3),
    ("thurs", 3),
    ("fri", 4),
    ("sat", 5),
    ("sun", 6),
];

/// Ordinal words for days of the month ("the fourth of July", "May twenty-first").
pub const ORDINALS: &[(&str, u32)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
];

/// Calendar units of relative expressions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
    Month,
    Year,
}

pub const UNITS: &[(&str, Unit)] = &[
    ("day", Unit::Day),
    ("days", Unit::Day),
    ("week", Unit::Week),
    ("weeks", Unit::Week),
    ("month", Unit::Month),
    ("months", Unit::Month),
    ("year", Unit::Year),
    ("years", Unit::Year),
    ("fortnight", Unit::Week),
];

/// Words that shift "week", "month", "year" or a weekday: -1 = the one before, 0 = the
/// current one, +1 = the one after.
pub const SHIFTS: &[(&str, i32)] = &[
    ("last", -1),
    ("past", -1),
    ("previous", -1),
    ("this", 0),
    ("current", 0),
    ("next", 1),
    ("following", 1),
    ("coming", 1),
    ("upcoming", 1),
];

/// Single words for a day relative to publication.
pub const DAY_WORDS: &[(&str, i64)] = &[("today", 0), ("tonight", 0), ("yesterday", -1), ("tomorrow", 1)];

/// Words after "N days" that place it before or after publication ("two days ago").
pub const OFFSET_DIRECTIONS: &[(&str, i64)] = &[("ago", -1), ("hence", 1)];

/// Decade words ("the nineties").
pub const DECADE_WORDS: &[(&str, i32)] = &[
    ("twenties", 1920),
    ("thirties", 1930),
    ("forties", 1940),
    ("fifties", 1950),
    ("sixties", 1960),
    ("seventies", 1970),
    ("eighties", 1980),
    ("nineties", 1990),
];

/// Whether a word can start a date expression: the scanner skips every other word without
/// trying the grammar, which keeps it fast on long articles.
pub fn opens_date(word: &str) -> bool {
    static OPENERS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    let set = OPENERS.get_or_init(|| {
        let keys = MONTHS
            .iter()
            .map(|e| e.0)
            .chain(WEEKDAYS.iter().map(|e| e.0))
            .chain(WEEKDAY_ABBREVIATIONS.iter().map(|e| e.0))
            .chain(ORDINALS.iter().map(|e| e.0))
            .chain(DAY_WORDS.iter().map(|e| e.0))
            .chain(SHIFTS.iter().map(|e| e.0))
            .chain(DECADE_WORDS.iter().map(|e| e.0))
            .chain(PERIOD_PREFIXES.entries())
            .chain(PERIOD_PARTS.entries())
            .chain(OTHER_OPENERS.entries())
            .chain(NUMBER_WORDS.entries());
        keys.collect()
    });
    with_lower(word, |w| set.contains(w)).unwrap_or(false)
}

pub fn lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    table.iter().find(|(k, _)| k.eq_ignore_ascii_case(word)).map(|&(_, v)| v)
}

pub fn contains(table: &[&str], word: &str) -> bool {
    table.iter().any(|k| k.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_read_whatever_the_case_of_the_word() {
        assert!(MONTH_CUES.contains_folded("Since"));
        assert!(PAST.contains_folded("said"));
        assert!(!PAST.contains_folded("says"));
        // Clause words are exact: "That" opening a sentence is not a clause inside it.
        assert!(CLAUSE_WORDS.contains("that") && !CLAUSE_WORDS.contains("That"));
    }
}
