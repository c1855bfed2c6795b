//! The plain word lists of the figures stage: data files in `words/` (one entry a line,
//! sorted, unique, lower case; checked by the test below through [`crate::words`]). Scanners
//! test a token against them with [`Tokens::is_in`](super::tokens::Tokens::is_in), which
//! compares the token lower-cased. Tables that give a phrase a value (currencies,
//! qualifiers) stay Rust beside their scanners.

use crate::words::{Case, WordList};

/// Declares a word list read from `words/<file>` (see [`crate::words`]); every one is
/// listed in `LISTS`, which the tests check.
macro_rules! word_lists {
    ($($(#[$doc:meta])* $name:ident = $file:literal;)*) => {
        $(
            $(#[$doc])*
            pub static $name: WordList =
                WordList::new($file, include_str!(concat!("words/", $file)), Case::Lower);
        )*
        /// Every list of the figures stage.
        #[cfg(test)]
        static LISTS: &[&WordList] = &[$(&$name),*];
    };
}

word_lists! {
    /// Words allowed between the count and the unit ("six straight days").
    BETWEEN = "between.txt";
    /// Leads after "the": before a count they are part of the span ("the past five days");
    /// before a bare duration they make it a period on the calendar's axis ("the next year").
    PERIOD_LEADS = "period_leads.txt";
    /// Words before "a"/"an" that make it a frequency, not a duration ("twice a day").
    FREQUENCY = "frequency.txt";
    /// Words after the unit that make the phrase an age or a date.
    NOT_AFTER = "not_after.txt";
    /// Words before "a"/"an" + unit that make it a span of time ("for a week", "more than a year");
    /// elsewhere "a day" is rarely a duration ("a difficult day", "came a day when").
    ARTICLE_LEADS = "article_leads.txt";
    /// Words ending a noun phrase.
    STOP = "stop.txt";
    /// Words before "FIGURE" that introduce it as the value of the noun phrase before them.
    LEFT_LINKS = "left_links.txt";
    /// Words that end a purpose phrase ("for X, which ...").
    CLAUSE_ENDS = "clause_ends.txt";
    /// Verbs of change whose subject is what a percentage measures.
    CHANGE_VERBS = "change_verbs.txt";
    /// Words before a figure that make it a change or a new level of the figure before it.
    CONTINUATIONS = "continuations.txt";
    /// Particles of a phrasal verb of change: "edged up 2.3 percent", "went down 3 percent".
    PARTICLES = "particles.txt";
    /// Prepositions that make a duration the frame of the statement, not its measure.
    FRAMING = "framing.txt";
    /// Nouns a "three-year" modifier measures: terms, agreements, instruments, bans, extremes.
    TERMS = "terms.txt";
    /// Words after "won" that make it the verb ("in 2019 won the award").
    VERB_OBJECTS = "verb_objects.txt";
    /// Words before a numeral that make it a date, a time or a name ("April 16", "No. 3").
    NOT_BEFORE = "not_before.txt";
    /// Heads of names numbered by "of": "Group of 20", "Group of Seven".
    NUMBERED_NAMES = "numbered_names.txt";
    /// Words after a number that are not what it counts.
    NOT_UNITS = "not_units.txt";
    /// Plural nouns that do not end in "s".
    IRREGULAR_PLURALS = "irregular_plurals.txt";
    /// Words that may stand between the two sides of a pair.
    CONNECTORS = "connectors.txt";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_list_is_sorted_unique_and_lower_case() {
        let faults: Vec<String> = LISTS.iter().flat_map(|list| list.check()).collect();
        assert!(faults.is_empty(), "{}", faults.join("\n"));
    }
}
