//! Report: the analysis as a readable summary, in Markdown (CLI `--format md`, the panel's
//! "Copy summary") or plain text (CLI `--format text`).
//!
//! [`summary::Summary`] decides what the summary says and in which order (the most salient
//! actors first, dates in calendar order); this module only writes it out, and the
//! overlay's panel draws the same `Summary`, so the copied text matches what is on screen.
//! Sections with nothing in them say so rather than disappear, and nothing is invented.

pub mod format;
pub mod summary;

use crate::analysis::Analysis;
use summary::{Section, Summary};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Markdown,
    Plain,
}

/// The summary as Markdown.
pub fn markdown(a: &Analysis) -> String {
    write(a, Style::Markdown)
}

/// The summary as plain text.
pub fn plain_text(a: &Analysis) -> String {
    write(a, Style::Plain)
}

/// Page text escaped so that Markdown shows it literally.
fn escape_md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|') {
            out.push('\\');
        }
        // A line break inside an entry would end the list item.
        out.push(if c == '\n' { ' ' } else { c });
    }
    out
}

struct Writer {
    style: Style,
    out: String,
}

impl Writer {
    fn text(&self, s: &str) -> String {
        match self.style {
            Style::Markdown => escape_md(s),
            Style::Plain => s.replace('\n', " "),
        }
    }

    fn strong(&self, s: &str) -> String {
        match self.style {
            Style::Markdown => format!("**{}**", escape_md(s)),
            Style::Plain => s.replace('\n', " "),
        }
    }

    fn title(&mut self, s: &str) {
        match self.style {
            Style::Markdown => self.out.push_str(&format!("# {}\n\n", escape_md(s))),
            Style::Plain => {
                let s = s.replace('\n', " ");
                self.out.push_str(&format!("{s}\n{}\n\n", "=".repeat(s.chars().count().clamp(3, 80))));
            }
        }
    }

    fn heading(&mut self, s: &str) {
        match self.style {
            Style::Markdown => self.out.push_str(&format!("## {s}\n\n")),
            Style::Plain => self.out.push_str(&format!("{s}\n{}\n", "-".repeat(s.chars().count()))),
        }
    }

    fn line(&mut self, s: &str) {
        self.out.push_str(s);
        self.out.push('\n');
    }

    fn item(&mut self, s: &str) {
        self.out.push_str("- ");
        self.line(s);
    }

    fn end_section(&mut self) {
        self.out.push('\n');
    }
}

fn write(a: &Analysis, style: Style) -> String {
    let s = Summary::new(a);
    let mut w = Writer { style, out: String::new() };
    write_header(&mut w, a);
    for section in Section::ALL {
        w.heading(section.title());
        if let Some(note) = s.empty_note(section) {
            w.line(note);
        }
        match section {
            Section::Actors => write_actors(&mut w, &s),
            Section::Figures => write_figures(&mut w, &s),
            Section::Dates => write_dates(&mut w, &s),
            Section::Rates => write_rates(&mut w, &s),
        }
        w.end_section();
    }
    w.out.truncate(w.out.trim_end().len());
    w.out.push('\n');
    w.out
}

/// Title, then site · byline · date · reading time, then the address.
fn write_header(w: &mut Writer, a: &Analysis) {
    w.title(a.meta.title.as_deref().filter(|t| !t.trim().is_empty()).unwrap_or("Untitled article"));
    let mut about = Vec::new();
    if let Some(site) = a.meta.site.as_deref().filter(|x| !x.trim().is_empty()) {
        about.push(w.text(site));
    }
    if let Some(byline) = a.meta.byline.as_deref().filter(|x| !x.trim().is_empty()) {
        about.push(w.text(&format::byline(byline)));
    }
    if let Some(published) = a.meta.published.as_deref() {
        about.push(format::published(published));
    }
    about.extend(format::reading_time(a.meta.reading_minutes));
    if !about.is_empty() {
        w.line(&about.join(" · "));
    }
    if let Some(url) = a.meta.url.as_deref().filter(|u| u.starts_with("http")) {
        w.line(&match w.style {
            Style::Markdown => format!("<{}>", url.replace(['<', '>', ' '], "")),
            Style::Plain => url.to_owned(),
        });
    }
    if !w.out.ends_with("\n\n") {
        w.end_section();
    }
}

fn write_actors(w: &mut Writer, s: &Summary) {
    for actor in &s.actors {
        let mut line = format!("{} ({})", w.strong(&actor.name), actor.kind_word());
        if !actor.roles.is_empty() {
            let roles: Vec<String> = actor.roles.iter().map(|r| w.text(r)).collect();
            line.push_str(&format!(": {}", roles.join("; ")));
        }
        line.push_str(&format!(" — {}", actor.mentions_text()));
        w.item(&line);
    }
}

fn write_figures(w: &mut Writer, s: &Summary) {
    for figure in &s.figures {
        let mut line = w.strong(&figure.amount());
        if let Some(label) = &figure.label {
            line.push_str(&format!(" — {}", w.text(label)));
        }
        if let Some(dollars) = &figure.dollars {
            line.push_str(&format!(
                " (≈ {}{})",
                w.text(dollars),
                match (&figure.reference, figure.user_rate) {
                    (Some(source), _) => format!(" · {}", w.text(source)),
                    (None, true) => " at your rate".to_owned(),
                    (None, false) => String::new(),
                }
            ));
        }
        w.item(&line);
    }
}

fn write_dates(w: &mut Writer, s: &Summary) {
    for date in &s.dates {
        let mut line = w.strong(&date.when);
        if date.relative && date.value.is_some() {
            line.push_str(&format!(" (“{}”)", w.text(&date.surface)));
        }
        if !date.what.is_empty() {
            line.push_str(&format!(" — {}", w.text(&date.what)));
        }
        w.item(&line);
    }
}

/// The rates used (with their source and the words they were read from), the others the
/// article states, and the warnings.
fn write_rates(w: &mut Writer, s: &Summary) {
    for rate in s.rates.iter().filter(|r| r.used) {
        let mut line = format!("{} — {}", w.strong(&rate.rate), rate.source());
        if let Some(quote) = rate.quote() {
            line.push_str(&format!(": “{}”", w.text(quote)));
        }
        if let Some(used_for) = format::conversions(rate.conversions) {
            line.push_str(&format!("; {used_for}"));
        }
        w.item(&line);
    }
    for rate in s.rates.iter().filter(|r| !r.used) {
        let why = rate.not_the_days.as_ref().map(|why| format!(": {}", w.text(why))).unwrap_or_default();
        w.item(&format!(
            "Also in the article, not used: {} (“{}”){why}",
            w.text(&rate.rate),
            w.text(&rate.surface)
        ));
    }
    for warning in &s.warnings {
        w.item(&format!("Warning: {}", w.text(warning)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{
        Actor, ActorKind, Converted, Currency, DateMention, Figure, FigureKind, Granularity, Mention, Meta,
        Rate, RateKind, Span,
    };

    fn seed_like() -> Analysis {
        let text = "Choi Sang-mok will meet Scott Bessent on Thursday. \
The 12 trillion won ($8.45 billion) package includes 4 trillion won for chips.";
        let second = text.find("The").unwrap_or(0);
        Analysis {
            meta: Meta {
                title: Some("Korean officials to travel to U.S. for *crucial* trade talks".into()),
                byline: Some("Im Soung-bin".into()),
                published: Some("2025-04-16".into()),
                site: Some("Korea JoongAng Daily".into()),
                url: Some("https://example.com/news/1".into()),
                reading_minutes: 4,
                ..Meta::default()
            },
            text: text.into(),
            sentences: vec![Span { start: 0, end: second - 1 }, Span { start: second, end: text.len() }],
            actors: vec![Actor {
                name: "Choi Sang-mok".into(),
                kind: ActorKind::Person,
                roles: vec!["Deputy Prime Minister and Finance Minister".into()],
                aliases: vec!["Choi".into()],
                mentions: vec![Mention { start: 0, end: 13, sentence: 0 }; 3],
                salience: 1.0,
            }],
            figures: vec![Figure {
                kind: FigureKind::Money,
                surface: "4 trillion won".into(),
                start: 0,
                end: 0,
                sentence: 1,
                value: 4e12,
                value_max: None,
                currency: Some(Currency::KRW),
                unit: None,
                qualifier: Some("more than".into()),
                label: Some("chip support".into()),
                paired: None,
                converted: Some(Converted {
                    currency: Currency::USD,
                    value: 2.82e9,
                    text: "$2.82 billion".into(),
                    rate: 0,
                    source: String::new(),
                }),
            }],
            dates: vec![DateMention {
                surface: "Thursday".into(),
                start: 0,
                end: 0,
                value: Some("2025-04-17".into()),
                granularity: Granularity::Day,
                relative: true,
                sentence: 0,
                event: None,
            }],
            rates: vec![Rate {
                base: Currency::KRW,
                quote: Currency::USD,
                won_per_unit: 1420.1,
                won_per_unit_min: 1419.0,
                won_per_unit_max: 1421.0,
                kind: RateKind::Pair,
                surface: "12 trillion won ($8.45 billion)".into(),
                start: second + 4,
                end: second + 35,
                used: true,
                date: None,
                source: String::new(),
            }],
            ..Analysis::default()
        }
    }

    #[test]
    fn markdown_lists_every_section_of_the_panel() {
        let md = markdown(&seed_like());
        let expected = "\
# Korean officials to travel to U.S. for \\*crucial\\* trade talks

Korea JoongAng Daily · By Im Soung-bin · April 16, 2025 · 4 min read
<https://example.com/news/1>

## Key actors

- **Choi Sang-mok** (person): Deputy Prime Minister and Finance Minister — 3 mentions

## Figures

- **more than 4 trillion won** — chip support (≈ $2.82 billion)

## Dates

- **Thursday, April 17, 2025** (“Thursday”) — Choi Sang-mok will meet Scott Bessent on Thursday.

## Exchange rate

- **₩1,420 per $1** — implied by an amount the article prints in both currencies: “12 trillion won ($8.45 billion)”; used for 1 amount
";
        assert_eq!(md, expected);
    }

    #[test]
    fn plain_text_has_no_markup() {
        let text = plain_text(&seed_like());
        assert!(
            text.starts_with("Korean officials to travel to U.S. for *crucial* trade talks\n===="),
            "{text}"
        );
        assert!(text.contains("Key actors\n----------\n- Choi Sang-mok (person)"), "{text}");
        assert!(!text.contains("**"), "{text}");
    }

    #[test]
    fn an_empty_analysis_says_so_instead_of_inventing() {
        let md = markdown(&Analysis::default());
        assert!(
            md.starts_with("# Untitled article\n\n## Key actors\n\nNo people or organisations identified."),
            "{md}"
        );
        assert!(md.contains("No figures found."));
        assert!(md.contains("No dates found."));
        assert!(md.contains("No won amounts in the article, so no exchange rate is needed."));
    }

    #[test]
    fn won_amounts_without_a_rate_are_said_to_be_unconverted() {
        let mut a = seed_like();
        a.rates.clear();
        a.figures[0].converted = None;
        let md = markdown(&a);
        assert!(md.contains("- **more than 4 trillion won** — chip support\n"), "{md}");
        assert!(
            md.contains("No exchange rate stated in the article; won amounts are not converted."),
            "{md}"
        );
    }

    #[test]
    fn the_users_own_rate_is_labelled_as_theirs() {
        let mut a = seed_like();
        a.rates[0].kind = RateKind::User;
        let md = markdown(&a);
        assert!(md.contains("(≈ $2.82 billion at your rate)"), "{md}");
        assert!(md.contains("your own rate, set in Lede's options"), "{md}");
        assert!(!md.contains("“12 trillion won ($8.45 billion)”"), "{md}");
    }

    #[test]
    fn page_text_cannot_inject_markdown() {
        let mut a = seed_like();
        a.actors[0].name = "[click](javascript:alert(1))\n# Heading".into();
        let md = markdown(&a);
        assert!(md.contains("**\\[click\\](javascript:alert(1)) \\# Heading**"), "{md}");
    }
}
