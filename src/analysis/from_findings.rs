//! Writing the contract: the extracted article and the typed findings become one
//! [`Analysis`]. The only place where byte ranges become character offsets ([`Offsets`]),
//! currencies become ISO codes and spans become their text.

use super::{Actor, Amount, Analysis, Block, Converted, DateMention, Figure, Mention, Rate, Span};
use crate::article::Article;
use crate::offsets::Offsets;
use crate::understand::figures::Currency;
use crate::understand::{actors, dates, figures, rates, Findings};

impl Analysis {
    /// The contract for an article and what was found in it.
    pub fn new(article: Article, findings: Findings) -> Analysis {
        let block_bytes = article.block_bytes();
        let Article { meta, text, blocks, mut warnings } = article;
        let at = Offsets::new(&text);
        let span = |bytes: &std::ops::Range<usize>| {
            let chars = at.chars(bytes);
            Span { start: chars.start, end: chars.end }
        };
        let surface = |bytes: &std::ops::Range<usize>| text.get(bytes.clone()).unwrap_or("").to_string();
        let blocks = blocks
            .into_iter()
            .zip(block_bytes)
            .map(|(b, bytes)| {
                let s = span(&bytes);
                Block {
                    kind: b.kind,
                    text: b.text,
                    start: s.start,
                    end: s.end,
                    ordered: b.ordered,
                    src: b.src,
                    alt: b.alt,
                    rows: b.rows,
                    dir: b.dir,
                }
            })
            .collect();
        let sentences = findings.sentences.iter().map(span).collect();
        let actors = findings.actors.into_iter().map(|a| actor(a, &span)).collect();
        let figures = findings.figures.into_iter().map(|f| figure(f, &span, &surface)).collect();
        let dates = findings.dates.into_iter().map(|d| date(d, &span, &surface)).collect();
        let rates = findings.rates.into_iter().map(|r| rate(r, &span, &surface)).collect();
        warnings.extend(findings.warnings);
        Analysis { meta, blocks, sentences, actors, figures, dates, rates, warnings, text }
    }

    /// The contract for an article not understood yet: its metadata, text and blocks, no
    /// sentences and no findings (what the reader view shows before the summary is ready).
    pub fn unread(article: Article) -> Analysis {
        Analysis::new(article, Findings::default())
    }
}

type ToSpan<'a> = dyn Fn(&std::ops::Range<usize>) -> Span + 'a;
type ToText<'a> = dyn Fn(&std::ops::Range<usize>) -> String + 'a;

fn actor(a: actors::Actor, span: &ToSpan<'_>) -> Actor {
    let mentions = a
        .mentions
        .iter()
        .map(|m| {
            let s = span(&m.bytes);
            Mention { start: s.start, end: s.end, sentence: m.sentence }
        })
        .collect();
    Actor { name: a.name, kind: a.kind, roles: a.roles, aliases: a.aliases, mentions, salience: a.salience }
}

fn figure(f: figures::Figure, span: &ToSpan<'_>, surface: &ToText<'_>) -> Figure {
    let s = span(&f.bytes);
    Figure {
        kind: f.kind,
        surface: surface(&f.bytes),
        start: s.start,
        end: s.end,
        sentence: f.sentence,
        value: f.value,
        value_max: f.value_max,
        currency: f.currency,
        unit: f.unit,
        qualifier: f.qualifier.map(str::to_string),
        label: f.label,
        paired: f.paired.map(|p| Amount { currency: p.currency, value: p.value }),
        converted: f.converted.map(|c| Converted {
            currency: Currency::USD,
            value: c.value,
            text: c.text,
            rate: c.rate,
            source: c.source,
        }),
    }
}

fn date(d: dates::DateMention, span: &ToSpan<'_>, surface: &ToText<'_>) -> DateMention {
    let s = span(&d.bytes);
    DateMention {
        surface: surface(&d.bytes),
        start: s.start,
        end: s.end,
        value: d.value,
        granularity: d.granularity,
        relative: d.relative,
        sentence: d.sentence,
        event: d.event,
    }
}

fn rate(r: rates::Rate, span: &ToSpan<'_>, surface: &ToText<'_>) -> Rate {
    let s = span(&r.bytes);
    Rate {
        base: r.base,
        quote: r.quote,
        won_per_unit: r.won_per_unit,
        won_per_unit_min: r.won_per_unit_min,
        won_per_unit_max: r.won_per_unit_max,
        kind: r.kind,
        surface: surface(&r.bytes),
        start: s.start,
        end: s.end,
        used: r.used,
        date: r.date.map(|d| d.to_string()),
        source: r.source,
    }
}

#[cfg(test)]
mod tests {
    use crate::{analyze, Input, Options};

    /// The text of a character range.
    fn chars(text: &str, start: usize, end: usize) -> String {
        text.chars().skip(start).take(end.saturating_sub(start)).collect()
    }

    #[test]
    fn every_offset_of_the_contract_counts_characters() {
        let text =
            "정부는 12조 원을 쓴다고 밝혔다.\n\n“Finance Minister Choi Sang-mok said on Wednesday that \
                    the 12 trillion won ($8.45 billion) budget would pass,” the ministry said.";
        let a = analyze(Input::Plain(text), &Options::default());
        assert!(!a.figures.is_empty() && !a.actors.is_empty() && !a.dates.is_empty() && !a.rates.is_empty());
        for f in &a.figures {
            assert_eq!(chars(&a.text, f.start, f.end), f.surface);
        }
        for d in &a.dates {
            assert_eq!(chars(&a.text, d.start, d.end), d.surface);
        }
        for r in &a.rates {
            assert_eq!(chars(&a.text, r.start, r.end), r.surface);
        }
        for m in a.actors.iter().flat_map(|x| &x.mentions) {
            assert!(chars(&a.text, m.start, m.end).starts_with(|c: char| c.is_alphabetic()));
        }
        for b in &a.blocks {
            assert_eq!(chars(&a.text, b.start, b.end), b.text);
        }
        let last = a.sentences.last().expect("sentences");
        assert_eq!(last.end, a.text.chars().count());
    }
}
