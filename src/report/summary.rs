//! The summary as data: the panel's four sections, ordered and worded once, then written
//! out by the Markdown/plain-text renderer and drawn by the overlay's panel.
//!
//! Every entry remembers the sentence it points at (`sentence`, an index into
//! `analysis.sentences`) so that the panel can scroll the reader to it.
//!
//! The wording both renderers share lives here and only here: the sections' titles and
//! what an empty one says ([`Section`]), kind words, plurals, an amount with its qualifier,
//! where a rate came from. The renderers only lay it out.

use std::collections::{HashMap, HashSet};

use crate::analysis::{ActorKind, Analysis, BlockKind, Currency, Figure, FigureKind, RateKind, Span};
use crate::offsets::Offsets;
use crate::report::format::{self, CalendarValue};

/// How long a date's "what happens" may be before it is cut.
const EVENT_CHARS: usize = 160;

#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub actors: Vec<ActorEntry>,
    pub figures: Vec<FigureEntry>,
    pub dates: Vec<DateEntry>,
    pub rates: Vec<RateEntry>,
    /// The article's own inconsistencies and what Lede could not do.
    pub warnings: Vec<String>,
    /// Whether the article has any won amount.
    pub has_won: bool,
}

#[derive(Debug, Clone)]
pub struct ActorEntry {
    pub name: String,
    pub kind: ActorKind,
    pub roles: Vec<String>,
    pub mentions: usize,
    /// The sentences that mention the actor, in reading order, each once.
    pub sentences: Vec<usize>,
    pub sentence: Option<usize>,
}

#[derive(Debug, Clone)]
pub struct FigureEntry {
    pub kind: FigureKind,
    /// The amount as the article writes it ("4 trillion won").
    pub surface: String,
    /// "over", "more than", … when the article hedges the amount.
    pub qualifier: Option<String>,
    pub label: Option<String>,
    /// The dollar value of a won amount ("$2.82 billion").
    pub dollars: Option<String>,
    /// The dollar value used the reader's own rate, not the article's.
    pub user_rate: bool,
    /// The dollar value used the ECB reference rate: where from ("ECB reference rate, 16
    /// Apr 2025, ₩1,418/$").
    pub reference: Option<String>,
    pub sentence: Option<usize>,
}

#[derive(Debug, Clone)]
pub struct DateEntry {
    /// "Wednesday, April 16, 2025"; the surface when the date could not be resolved.
    pub when: String,
    /// The contract value (`YYYY-MM-DD`, …) when resolved.
    pub value: Option<String>,
    /// As the article says it ("Wednesday", "next week").
    pub surface: String,
    pub relative: bool,
    /// What happens then: the dates stage's event phrase, else the sentence.
    pub what: String,
    pub sentence: Option<usize>,
}

#[derive(Debug, Clone)]
pub struct RateEntry {
    /// "₩1,420 per $1".
    pub rate: String,
    pub kind: RateKind,
    /// The words the rate was read from.
    pub surface: String,
    pub used: bool,
    /// How many amounts were converted at this rate.
    pub conversions: usize,
    pub sentence: Option<usize>,
    /// For the reference rate: which one ("ECB reference rate, 16 Apr 2025").
    pub reference: Option<String>,
    /// For a rate the article states that is a forecast or a past level: so it says ("a
    /// forecast the article quotes, not the day's rate").
    pub not_the_days: Option<String>,
}

/// Whether `text` already begins with the word(s) `prefix` ("over 12 trillion won", "over").
fn starts_with_word(text: &str, prefix: &str) -> bool {
    let (t, p) = (text.trim_start().to_ascii_lowercase(), prefix.trim().to_ascii_lowercase());
    t.starts_with(&p) && t[p.len()..].starts_with(|c: char| !c.is_ascii_alphanumeric())
}

/// The index of the sentence holding character `at`, if any.
pub fn sentence_at(sentences: &[Span], at: usize) -> Option<usize> {
    let i = sentences.partition_point(|s| s.end <= at);
    sentences.get(i).filter(|s| s.start <= at).map(|_| i)
}

/// The summary's sections, in the order they are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Actors,
    Figures,
    Dates,
    Rates,
}

impl Section {
    pub const ALL: [Section; 4] = [Section::Actors, Section::Figures, Section::Dates, Section::Rates];

    pub fn title(self) -> &'static str {
        match self {
            Section::Actors => "Key actors",
            Section::Figures => "Figures",
            Section::Dates => "Dates",
            Section::Rates => "Exchange rate",
        }
    }

    /// The section named by [`Section::key`].
    pub fn from_key(key: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.key() == key)
    }

    /// How many entries the section has in all.
    pub fn len(self, s: &Summary) -> usize {
        match self {
            Section::Actors => s.actors.len(),
            Section::Figures => s.figures.len(),
            Section::Dates => s.dates.len(),
            Section::Rates => s.rates.len(),
        }
    }

    /// A stable name for the section (element ids, `data-section`).
    pub fn key(self) -> &'static str {
        match self {
            Section::Actors => "actors",
            Section::Figures => "figures",
            Section::Dates => "dates",
            Section::Rates => "rate",
        }
    }
}

impl ActorEntry {
    /// "Person", "Organization", as a label.
    pub fn kind_label(&self) -> &'static str {
        match self.kind {
            ActorKind::Person => "Person",
            ActorKind::Organization => "Organization",
        }
    }

    /// "person", "organization", inside a sentence.
    pub fn kind_word(&self) -> &'static str {
        match self.kind {
            ActorKind::Person => "person",
            ActorKind::Organization => "organization",
        }
    }

    /// "1 mention", "5 mentions".
    pub fn mentions_text(&self) -> String {
        match self.mentions {
            1 => String::from("1 mention"),
            n => format!("{n} mentions"),
        }
    }
}

impl FigureEntry {
    /// The amount with its qualifier, as the reader should read it ("over 12 trillion won").
    pub fn amount(&self) -> String {
        match &self.qualifier {
            Some(q) => format!("{q} {}", self.surface),
            None => self.surface.clone(),
        }
    }
}

impl RateEntry {
    /// Where the rate came from, in words: "stated in the article", "ECB reference rate,
    /// 17 Apr 2025 (the article states none)".
    pub fn source(&self) -> String {
        match (&self.reference, &self.not_the_days) {
            (Some(r), _) => format!("{r} ({})", format::rate_source(self.kind)),
            (None, Some(why)) => format!("{}; {why}", format::rate_source(self.kind)),
            (None, None) => format::rate_source(self.kind).to_owned(),
        }
    }

    /// The words it was read from, when they are the article's ("$1 = 1,420 won").
    pub fn quote(&self) -> Option<&str> {
        Some(self.surface.trim())
            .filter(|s| !matches!(self.kind, RateKind::User | RateKind::Reference) && !s.is_empty())
    }
}

impl Summary {
    /// What a section says when it has nothing to list (for Exchange rate: no rate used),
    /// or `None` when it has entries.
    pub fn empty_note(&self, section: Section) -> Option<&'static str> {
        let empty = match section {
            Section::Actors => self.actors.is_empty(),
            Section::Figures => self.figures.is_empty(),
            Section::Dates => self.dates.is_empty(),
            Section::Rates => !self.rates.iter().any(|r| r.used),
        };
        empty.then(|| match section {
            Section::Actors => "No people or organisations identified.",
            Section::Figures => "No figures found.",
            Section::Dates => "No dates found.",
            Section::Rates => self.no_rate_note(),
        })
    }

    /// What the Exchange rate section says when no rate is used.
    pub fn no_rate_note(&self) -> &'static str {
        if self.has_won {
            "No exchange rate stated in the article; won amounts are not converted."
        } else {
            "No won amounts in the article, so no exchange rate is needed."
        }
    }

    pub fn new(a: &Analysis) -> Summary {
        let shown = shown_figures(a);
        Summary {
            actors: actor_entries(a),
            figures: shown.iter().map(|f| figure_entry(a, f)).collect(),
            dates: date_entries(a),
            rates: rate_entries(a, &shown),
            warnings: a.warnings.clone(),
            has_won: a.figures.iter().any(|f| f.currency == Some(Currency::KRW)),
        }
    }
}

/// `i` when it indexes a sentence of the analysis.
fn valid_sentence(a: &Analysis, i: usize) -> Option<usize> {
    (i < a.sentences.len()).then_some(i)
}

/// The actors, most salient first; ties keep the analysis's order.
fn actor_entries(a: &Analysis) -> Vec<ActorEntry> {
    let mut actors: Vec<(f64, usize, ActorEntry)> = a
        .actors
        .iter()
        .enumerate()
        .map(|(order, actor)| {
            let mut sentences: Vec<usize> =
                actor.mentions.iter().filter_map(|m| valid_sentence(a, m.sentence)).collect();
            sentences.sort_unstable();
            sentences.dedup();
            let entry = ActorEntry {
                name: actor.name.clone(),
                kind: actor.kind,
                roles: actor.roles.clone(),
                mentions: actor.mentions.len(),
                sentence: sentences.first().copied(),
                sentences,
            };
            (actor.salience, order, entry)
        })
        .collect();
    actors.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
    actors.into_iter().map(|(_, _, e)| e).collect()
}

/// The figures of the story: not the amount printed beside another ("12 trillion won
/// ($8.45 billion)": the dollars are that amount's pair, shown with it), not the amounts a
/// stated rate is made of ("$1 = 1,437.3 won": the rate, shown under Exchange rate).
fn shown_figures(a: &Analysis) -> Vec<&Figure> {
    // Each pair counts once: the amount written first stays, the one beside it goes (the
    // two may name each other as their pair).
    let mut pairs: HashMap<(usize, Currency, u64), usize> = HashMap::new();
    for g in &a.figures {
        if let Some(p) = &g.paired {
            let first = pairs.entry((g.sentence, p.currency, p.value.to_bits())).or_insert(g.start);
            *first = (*first).min(g.start);
        }
    }
    let is_pair_of_another = |f: &Figure| {
        f.currency.and_then(|c| pairs.get(&(f.sentence, c, f.value.to_bits()))).is_some_and(|&g| g < f.start)
    };
    let mut stated: Vec<(usize, usize)> =
        a.rates.iter().filter(|r| r.kind == RateKind::Stated).map(|r| (r.start, r.end)).collect();
    stated.sort_unstable();
    // reach[i]: the furthest end among the first i + 1 statements (they may overlap).
    let reach: Vec<usize> = stated
        .iter()
        .scan(0, |far, &(_, end)| {
            *far = end.max(*far);
            Some(*far)
        })
        .collect();
    let in_stated_rate = |f: &Figure| {
        let i = stated.partition_point(|&(start, _)| start <= f.start);
        i > 0 && f.end <= reach[i - 1]
    };
    a.figures.iter().filter(|f| !is_pair_of_another(f) && !in_stated_rate(f)).collect()
}

fn figure_entry(a: &Analysis, f: &Figure) -> FigureEntry {
    let kind = f.converted.as_ref().and_then(|c| a.rates.get(c.rate)).map(|r| r.kind);
    let user_rate = kind == Some(RateKind::User);
    let reference =
        f.converted.as_ref().filter(|_| kind == Some(RateKind::Reference)).map(|c| c.source.clone());
    FigureEntry {
        kind: f.kind,
        surface: f.surface.clone(),
        qualifier: f.qualifier.clone().filter(|q| !q.trim().is_empty() && !starts_with_word(&f.surface, q)),
        label: f.label.clone().filter(|l| !l.trim().is_empty()),
        dollars: f.converted.as_ref().map(|c| c.text.clone()),
        user_rate,
        reference,
        sentence: valid_sentence(a, f.sentence),
    }
}

/// A short timeline: one entry per calendar date (unresolved dates: one per wording and
/// sentence), told by its first mention in the running text; a picture caption tells it
/// only when nothing else does. Calendar order; unresolved dates last, in reading order.
fn date_entries(a: &Analysis) -> Vec<DateEntry> {
    let text = Offsets::new(&a.text);
    let in_caption = |at: usize| {
        let i = a.blocks.partition_point(|b| b.end <= at);
        a.blocks.get(i).is_some_and(|b| b.start <= at && b.kind == BlockKind::Figure)
    };
    let mut tellers: HashMap<(String, usize), (bool, usize)> = HashMap::new();
    for (order, d) in a.dates.iter().enumerate() {
        let key = match &d.value {
            Some(v) => (v.clone(), usize::MAX),
            None => (d.surface.clone(), d.sentence),
        };
        let rank = (in_caption(d.start), order);
        tellers.entry(key).and_modify(|best| *best = (*best).min(rank)).or_insert(rank);
    }
    let chosen: HashSet<usize> = tellers.values().map(|&(_, order)| order).collect();

    // (calendar sort key, reading order, entry)
    type Dated = (Option<(i64, i64)>, usize, DateEntry);
    let mut dates: Vec<Dated> = Vec::new();
    for (order, d) in a.dates.iter().enumerate().filter(|(order, _)| chosen.contains(order)) {
        let calendar = d.value.as_deref().and_then(CalendarValue::parse);
        let sentence = valid_sentence(a, d.sentence);
        let what = d
            .event
            .as_deref()
            .map(str::trim)
            .filter(|e| !e.is_empty())
            .map(str::to_owned)
            .or_else(|| {
                sentence.map(|i| {
                    let s = a.sentences[i];
                    format::shorten(text.slice(s.start..s.end), EVENT_CHARS)
                })
            })
            .unwrap_or_default();
        let entry = DateEntry {
            when: calendar.map_or_else(|| d.surface.clone(), |c| c.describe()),
            value: d.value.clone(),
            surface: d.surface.clone(),
            relative: d.relative,
            what,
            sentence,
        };
        dates.push((calendar.map(|c| c.sort_key()), order, entry));
    }
    dates.sort_by(|x, y| match (x.0, y.0) {
        (Some(p), Some(q)) => p.cmp(&q).then(x.1.cmp(&y.1)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => x.1.cmp(&y.1),
    });
    dates.into_iter().map(|(_, _, e)| e).collect()
}

/// The rates, each with how many of the shown amounts it converts.
fn rate_entries(a: &Analysis, shown: &[&Figure]) -> Vec<RateEntry> {
    a.rates
        .iter()
        .enumerate()
        .map(|(i, r)| RateEntry {
            rate: format::rate(r),
            kind: r.kind,
            surface: r.surface.clone(),
            used: r.used,
            conversions: shown.iter().filter(|f| f.converted.as_ref().is_some_and(|c| c.rate == i)).count(),
            sentence: if matches!(r.kind, RateKind::User | RateKind::Reference) {
                None
            } else {
                sentence_at(&a.sentences, r.start)
            },
            reference: (r.kind == RateKind::Reference).then(|| r.source.clone()),
            // A stated rate's source is the kind's own words unless it is not the day's.
            not_the_days: (r.kind == RateKind::Stated && r.source != format::rate_source(r.kind))
                .then(|| r.source.clone()),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Actor, Converted, DateMention, Figure, Granularity, Mention, Rate};

    const TEXT: &str = "Choi Sang-mok will fly to Washington on Wednesday. \
The 12 trillion won ($8.45 billion) budget passed last month. \
Bessent said talks resume next week.";

    fn sentences() -> Vec<Span> {
        let mut out = Vec::new();
        let mut start = 0;
        for (i, c) in TEXT.char_indices() {
            if c == '.' {
                out.push(Span { start, end: i + 1 });
                start = i + 2;
            }
        }
        out
    }

    fn analysis() -> Analysis {
        let actor = |name: &str, salience: f64, mentions: &[usize]| Actor {
            name: name.into(),
            kind: ActorKind::Person,
            roles: vec![],
            aliases: vec![],
            mentions: mentions.iter().map(|&s| Mention { start: 0, end: 1, sentence: s }).collect(),
            salience,
        };
        let date = |surface: &str, value: Option<&str>, sentence: usize| DateMention {
            surface: surface.into(),
            start: 0,
            end: 0,
            value: value.map(Into::into),
            granularity: Granularity::Day,
            relative: true,
            sentence,
            event: None,
        };
        Analysis {
            text: TEXT.into(),
            sentences: sentences(),
            actors: vec![actor("Scott Bessent", 0.4, &[2]), actor("Choi Sang-mok", 1.0, &[1, 0])],
            dates: vec![
                date("next week", Some("2025-W17"), 2),
                date("Wednesday", Some("2025-04-16"), 0),
                date("someday", None, 2),
                date("last month", Some("2025-03"), 1),
                date("Wednesday", Some("2025-04-16"), 0),
                date("that Wednesday", Some("2025-04-16"), 2),
            ],
            figures: vec![Figure {
                kind: FigureKind::Money,
                surface: "12 trillion won".into(),
                start: 55,
                end: 70,
                sentence: 1,
                value: 12e12,
                value_max: None,
                currency: Some(Currency::KRW),
                unit: None,
                qualifier: None,
                label: Some("budget".into()),
                paired: None,
                converted: Some(Converted {
                    currency: Currency::USD,
                    value: 8.45e9,
                    text: "$8.45 billion".into(),
                    rate: 0,
                    source: String::new(),
                }),
            }],
            rates: vec![Rate {
                base: Currency::KRW,
                quote: Currency::USD,
                won_per_unit: 1420.118,
                won_per_unit_min: 1419.0,
                won_per_unit_max: 1421.0,
                kind: RateKind::Pair,
                surface: "12 trillion won ($8.45 billion)".into(),
                start: 55,
                end: 86,
                used: true,
                date: None,
                source: String::new(),
            }],
            ..Analysis::default()
        }
    }

    #[test]
    fn empty_sections_say_what_was_not_found_once_for_every_renderer() {
        let empty = Summary::new(&Analysis::default());
        let notes: Vec<_> = Section::ALL.iter().map(|&sec| empty.empty_note(sec)).collect();
        assert_eq!(
            notes,
            [
                Some("No people or organisations identified."),
                Some("No figures found."),
                Some("No dates found."),
                Some("No won amounts in the article, so no exchange rate is needed."),
            ]
        );
        let full = Summary::new(&analysis());
        assert!(Section::ALL.iter().all(|&sec| full.empty_note(sec).is_none()));
        assert_eq!(
            (full.actors[0].kind_word(), full.actors[0].mentions_text().as_str()),
            ("person", "2 mentions")
        );
    }

    #[test]
    fn actors_come_most_salient_first_and_point_at_their_first_mention() {
        let s = Summary::new(&analysis());
        let names: Vec<_> = s.actors.iter().map(|a| (a.name.as_str(), a.mentions, a.sentence)).collect();
        assert_eq!(names, [("Choi Sang-mok", 2, Some(0)), ("Scott Bessent", 1, Some(2))]);
        assert_eq!(s.actors[0].sentences, [0, 1]);
    }

    #[test]
    fn dates_form_a_timeline_with_what_happens() {
        let s = Summary::new(&analysis());
        let whens: Vec<_> = s.dates.iter().map(|d| d.when.as_str()).collect();
        assert_eq!(whens, ["March 2025", "Wednesday, April 16, 2025", "week of April 21, 2025", "someday"]);
        // The same day mentioned again is told once, by its first mention.
        assert_eq!(s.dates[1].what, "Choi Sang-mok will fly to Washington on Wednesday.");
        assert_eq!(s.dates[1].sentence, Some(0));
    }

    #[test]
    fn rates_point_at_the_sentence_they_were_read_from() {
        let s = Summary::new(&analysis());
        assert_eq!(s.rates.len(), 1);
        assert_eq!(s.rates[0].rate, "₩1,420 per $1");
        assert_eq!(s.rates[0].sentence, Some(1));
        assert_eq!(s.rates[0].conversions, 1);
        assert_eq!(s.figures[0].dollars.as_deref(), Some("$8.45 billion"));
        assert!(!s.figures[0].user_rate);
    }

    #[test]
    fn the_dollars_printed_beside_won_are_not_a_figure_of_their_own() {
        let mut a = analysis();
        let mut dollars = a.figures[0].clone();
        a.figures[0].paired = Some(crate::analysis::Amount { currency: Currency::USD, value: 8.45e9 });
        dollars.surface = "$8.45 billion".into();
        dollars.start = 72;
        dollars.currency = Some(Currency::USD);
        dollars.value = 8.45e9;
        dollars.converted = None;
        a.figures.push(dollars.clone());
        assert_eq!(
            Summary::new(&a).figures.iter().map(|f| f.surface.as_str()).collect::<Vec<_>>(),
            ["12 trillion won"]
        );
        // Pairs named both ways still leave the amount written first.
        a.figures[1].paired = Some(crate::analysis::Amount { currency: Currency::KRW, value: 12e12 });
        assert_eq!(
            Summary::new(&a).figures.iter().map(|f| f.surface.as_str()).collect::<Vec<_>>(),
            ["12 trillion won"]
        );
        // The same dollar amount elsewhere, on its own, is a figure.
        dollars.sentence = 2;
        a.figures.push(dollars);
        assert_eq!(Summary::new(&a).figures.len(), 2);
    }

    #[test]
    fn the_amounts_of_a_stated_rate_are_the_rate_not_figures() {
        let mut a = analysis();
        let mut rate = a.rates[0].clone();
        rate.kind = RateKind::Stated;
        (rate.start, rate.end) = (40, 80);
        a.rates.push(rate);
        assert!(Summary::new(&a).figures.is_empty());
        a.rates[1].end = 60;
        assert_eq!(Summary::new(&a).figures.len(), 1, "a figure running past the statement is a figure");
    }

    #[test]
    fn a_date_is_told_by_the_text_rather_than_a_picture_caption() {
        use crate::analysis::Block;
        let mut a = analysis();
        let block = |kind, start, end| Block {
            kind,
            text: String::new(),
            start,
            end,
            ordered: None,
            src: None,
            alt: None,
            rows: None,
            dir: None,
        };
        // Sentence 0 becomes a caption; sentence 2 mentions the same day.
        let s = &a.sentences;
        a.blocks =
            vec![block(BlockKind::Figure, s[0].start, s[0].end), block(BlockKind::P, s[1].start, s[2].end)];
        a.dates.push(DateMention {
            surface: "April 16".into(),
            start: s[2].start,
            end: s[2].start,
            value: Some("2025-04-16".into()),
            granularity: Granularity::Day,
            relative: false,
            sentence: 2,
            event: None,
        });
        let day = Summary::new(&a).dates.into_iter().find(|d| d.value.as_deref() == Some("2025-04-16"));
        assert_eq!(day.and_then(|d| d.sentence), Some(2));
    }

    #[test]
    fn a_hedged_amount_keeps_its_qualifier_once() {
        let mut a = analysis();
        a.figures[0].qualifier = Some("over".into());
        assert_eq!(Summary::new(&a).figures[0].qualifier.as_deref(), Some("over"));
        a.figures[0].surface = "over 12 trillion won".into();
        assert_eq!(Summary::new(&a).figures[0].qualifier, None);
        a.figures[0].surface = "overall 12 trillion won".into();
        assert_eq!(Summary::new(&a).figures[0].qualifier.as_deref(), Some("over"));
    }

    #[test]
    fn a_huge_analysis_is_summarised_without_blowing_up() {
        // 40,000 amounts printed in pairs and 40,000 dates: a quadratic pass would stall here.
        let mut a = analysis();
        let (won, date) = (a.figures[0].clone(), a.dates[0].clone());
        a.figures.clear();
        a.dates.clear();
        for i in 0..40_000 {
            let mut f = won.clone();
            f.sentence = i % 3;
            f.value = i as f64;
            f.paired = Some(crate::analysis::Amount { currency: Currency::USD, value: i as f64 / 1400.0 });
            a.figures.push(f);
            let mut d = date.clone();
            d.value = Some(format!("{:04}-01-01", 1000 + i % 5000));
            a.dates.push(d);
        }
        let s = Summary::new(&a);
        assert_eq!(s.figures.len(), 40_000);
        assert_eq!(s.dates.len(), 5_000);
        assert_eq!(s.dates[0].value.as_deref(), Some("1000-01-01"));
    }

    #[test]
    fn out_of_range_offsets_do_not_panic() {
        let mut a = analysis();
        a.sentences.truncate(1);
        a.text = "Ünïcödé".into();
        let s = Summary::new(&a);
        assert_eq!(s.dates.iter().find(|d| d.surface == "next week").map(|d| d.sentence), Some(None));
        assert_eq!(sentence_at(&a.sentences, 10_000), None);
        assert_eq!(Offsets::new("Ünï").slice(1..99), "nï");
    }
}
