//! The plain word lists of the figures stage: data files in `words/` (one entry a line,
//! sorted, unique, lower case but for the unit symbols; checked by the test
//! [`crate::words::word_lists`] writes). Scanners test a token against the lower-case ones
//! with [`Tokens::is_in`](super::tokens::Tokens::is_in), which compares the token
//! lower-cased. Tables that give a phrase a value (currencies,
//! qualifiers) stay Rust beside their scanners.

use crate::words::word_lists;

word_lists! {
    /// Unit symbols of power, energy and voltage written after a number ("400 W", "2 GWh"),
    /// compared exactly.
    pub MEASURE_SYMBOLS = "measure_symbols.txt", HasCapital;
    /// Words a figure can start with besides numerals and number words ("a", "between",
    /// "minus"): everything else is skipped without trying the scanners.
    pub FIGURE_STARTERS = "figure_starters.txt", Lower;
    /// Scale abbreviations written with a period ("1.2 tril. won").
    pub ABBREVIATED_SCALES = "abbreviated_scales.txt", Lower;
    /// Words allowed between the count and the unit ("six straight days").
    pub BETWEEN = "between.txt", Lower;
    /// Leads after "the": before a count they are part of the span ("the past five days");
    /// before a bare duration they make it a period on the calendar's axis ("the next year").
    pub PERIOD_LEADS = "period_leads.txt", Lower;
    /// Words before "a"/"an" that make it a frequency, not a duration ("twice a day").
    pub FREQUENCY = "frequency.txt", Lower;
    /// Words after the unit that make the phrase an age or a date.
    pub NOT_AFTER = "not_after.txt", Lower;
    /// Words before "a"/"an" + unit that make it a span of time ("for a week", "more than a year");
    /// elsewhere "a day" is rarely a duration ("a difficult day", "came a day when").
    pub ARTICLE_LEADS = "article_leads.txt", Lower;
    /// Words ending a noun phrase.
    pub STOP = "stop.txt", Lower;
    /// Words before "FIGURE" that introduce it as the value of the noun phrase before them.
    pub LEFT_LINKS = "left_links.txt", Lower;
    /// Words after a figure that introduce what it is for or spent on.
    pub RIGHT_LINKS = "right_links.txt", Lower;
    /// Words that end a purpose phrase ("for X, which ...").
    pub CLAUSE_ENDS = "clause_ends.txt", Lower;
    /// Nouns of a stretch of the calendar: a phrase they head says when, not what ("in the
    /// second quarter", "for the year").
    pub PERIODS = "periods.txt", Lower;
    /// Verbs of change whose subject is what a percentage measures.
    pub CHANGE_VERBS = "change_verbs.txt", Lower;
    /// Verbs by which someone sets a figure, whose object is what it measures ("cut its
    /// growth forecast to 0.8 percent", "raised the minimum wage to 10,030 won").
    pub SETTING_VERBS = "setting_verbs.txt", Lower;
    /// Words before a figure that make it a change or a new level of the figure before it.
    pub CONTINUATIONS = "continuations.txt", Lower;
    /// Particles of a phrasal verb of change: "edged up 2.3 percent", "went down 3 percent".
    pub PARTICLES = "particles.txt", Lower;
    /// Prepositions that make a duration the frame of the statement, not its measure.
    pub FRAMING = "framing.txt", Lower;
    /// Nouns a "three-year" modifier measures: terms, agreements, instruments, bans, extremes.
    pub TERMS = "terms.txt", Lower;
    /// Words after "won" that make it the verb ("in 2019 won the award").
    pub VERB_OBJECTS = "verb_objects.txt", Lower;
    /// Words before a numeral that make it a date, a time or a name ("April 16", "No. 3").
    pub NOT_BEFORE = "not_before.txt", Lower;
    /// Heads of names numbered by "of": "Group of 20", "Group of Seven".
    pub NUMBERED_NAMES = "numbered_names.txt", Lower;
    /// Words after a number that are not what it counts.
    pub NOT_UNITS = "not_units.txt", Lower;
    /// Plural nouns that do not end in "s".
    pub IRREGULAR_PLURALS = "irregular_plurals.txt", Lower;
    /// Words that may stand between the two sides of a pair.
    pub CONNECTORS = "connectors.txt", Lower;
}
