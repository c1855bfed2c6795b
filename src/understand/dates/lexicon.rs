//! The words dates are made of: month and weekday names, ordinals, relative words, and the
//! words that make a bare month name or a four-digit number a date (or not).
//!
//! Everything is compared lower-case. Tables, not if-chains: a new spelling is one entry.

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

/// Month names that are also ordinary words or names ("may", "march", "jan"): read as a month
/// only beside a day or year, or after a word in [`MONTH_CUES`].
pub const AMBIGUOUS_MONTHS: &[&str] =
    &["may", "march", "mar", "jan", "jun", "jul", "aug", "sep", "oct", "dec", "nov", "feb", "apr", "sept"];

/// The stricter cues for a lower-case ambiguous name ("in may" yes, "and may" no).
pub const STRICT_MONTH_CUES: &[&str] =
    &["in", "since", "until", "till", "from", "of", "during", "early", "late", "mid", "through"];

/// Words after which a bare month name is a month ("in March", "since May", "early June").
pub const MONTH_CUES: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "by",
    "from",
    "to",
    "through",
    "of",
    "during",
    "before",
    "after",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "past",
    "coming",
    "end",
    "beginning",
    "start",
    "between",
    "and",
    "or",
    "around",
    "throughout",
    "on",
    "for",
    "until",
    "earlier",
    "later",
    "previous",
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

/// Suffixes of numeric ordinals ("16th", "1st").
pub const ORDINAL_SUFFIXES: &[&str] = &["st", "nd", "rd", "th"];

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

/// Vague position words that may open a relative period ("earlier this month", "late last year").
pub const PERIOD_PREFIXES: &[&str] = &["earlier", "later", "early", "late", "mid"];

/// Position words that open a relative period with "of" ("the end of next month").
pub const PERIOD_PARTS: &[&str] = &["end", "beginning", "start", "middle"];

/// Single words for a day relative to publication.
pub const DAY_WORDS: &[(&str, i64)] = &[("today", 0), ("tonight", 0), ("yesterday", -1), ("tomorrow", 1)];

/// Words after "N days" that place it before or after publication ("two days ago").
pub const OFFSET_DIRECTIONS: &[(&str, i64)] = &[("ago", -1), ("hence", 1)];

/// Nouns after a four-digit number that show it is a count, not a year ("2025 won").
pub const COUNT_NOUNS: &[&str] = &[
    "won",
    "dollars",
    "dollar",
    "yen",
    "yuan",
    "euros",
    "euro",
    "pounds",
    "people",
    "persons",
    "units",
    "unit",
    "cases",
    "tons",
    "tonnes",
    "km",
    "kilometers",
    "kilometres",
    "meters",
    "metres",
    "miles",
    "votes",
    "points",
    "households",
    "companies",
    "firms",
    "employees",
    "workers",
    "troops",
    "soldiers",
    "students",
    "cars",
    "vehicles",
    "times",
    "pages",
    "pieces",
    "members",
    "seats",
    "jobs",
    "homes",
    "houses",
    "apartments",
    "shares",
    "barrels",
    "kg",
    "kilograms",
    "hours",
    "minutes",
    "seconds",
    "items",
    "copies",
    "deaths",
    "patients",
    "residents",
    "visitors",
    "passengers",
    "children",
    "won-dollar",
    "percent",
    "pct",
    "feet",
    "ft",
    "m",
    "cc",
    "mw",
    "gw",
    "kw",
    "dead",
    "injured",
    "aircraft",
    "ships",
    "stores",
    "schools",
    "teams",
    "candidates",
];

/// Words just before a number that make it a label or an amount, not a year.
pub const NUMBER_LABELS: &[&str] =
    &["no", "number", "route", "flight", "room", "model", "gate", "article", "page", "section", "box"];

/// Words before a number that make it a year even when it is small or old ("in 1492").
pub const YEAR_CUES: &[&str] =
    &["in", "since", "of", "by", "from", "until", "till", "through", "year", "during", "before", "after"];

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

/// Words other than the tables' keys that can open a date expression ("the day after
/// tomorrow", "in two weeks", "a year ago", "two days ago", "in nineteen ninety-six").
const OTHER_OPENERS: &[&str] = &["the", "in", "since"];

/// Words that can begin a count ("two days ago", "a few weeks ago", "a couple of days").
const NUMBER_WORD_LIST: &[&str] = &[
    "a",
    "an",
    "few",
    "several",
    "couple",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
];
pub static NUMBER_WORDS: WordSet = WordSet::new(NUMBER_WORD_LIST);

/// Whether a word can start a date expression: the scanner skips every other word without
/// trying the grammar, which keeps it fast on long articles.
pub fn opens_date(word: &str) -> bool {
    static OPENERS: std::sync::OnceLock<Sorted> = std::sync::OnceLock::new();
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
            .chain(PERIOD_PREFIXES.iter().copied())
            .chain(PERIOD_PARTS.iter().copied())
            .chain(OTHER_OPENERS.iter().copied())
            .chain(NUMBER_WORD_LIST.iter().copied());
        Sorted::new(keys)
    });
    set.contains(word)
}

/// A word list looked up by binary search, case-insensitively (the scanner and the tense
/// reader ask about every word near a date).
pub struct WordSet {
    words: &'static [&'static str],
    sorted: std::sync::OnceLock<Sorted>,
}

impl WordSet {
    pub const fn new(words: &'static [&'static str]) -> Self {
        WordSet { words, sorted: std::sync::OnceLock::new() }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.sorted.get_or_init(|| Sorted::new(self.words.iter().copied())).contains(word)
    }
}

/// Lower-case words in sorted order.
struct Sorted(Vec<&'static str>);

impl Sorted {
    fn new(words: impl Iterator<Item = &'static str>) -> Self {
        let mut v: Vec<&'static str> = words.collect();
        v.sort_unstable();
        v.dedup();
        Sorted(v)
    }

    fn contains(&self, word: &str) -> bool {
        with_lower(word, |w| self.0.binary_search(&w).is_ok()).unwrap_or(false)
    }
}

/// Runs `f` on the ASCII-lower-case form of a short word without allocating (`None` for
/// words longer than any entry of the tables).
pub fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> Option<R> {
    let mut buf = [0u8; 24];
    let bytes = word.as_bytes();
    let slot = buf.get_mut(..bytes.len())?;
    for (b, c) in slot.iter_mut().zip(bytes) {
        *b = c.to_ascii_lowercase();
    }
    std::str::from_utf8(slot).ok().map(f)
}

pub fn lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    table.iter().find(|(k, _)| k.eq_ignore_ascii_case(word)).map(|&(_, v)| v)
}

pub fn contains(table: &[&str], word: &str) -> bool {
    table.iter().any(|k| k.eq_ignore_ascii_case(word))
}
