//! The analysis contract: what `lede analyze` prints and what the WASM `analyze` returns.
//!
//! Field names are a public contract (see README "The analysis contract"): fields may be
//! added, never renamed. Every offset is a character (Unicode scalar) offset into
//! [`Analysis::text`].
//!
//! These types are written once, at the end of the pipeline, from the extracted
//! [`Article`](crate::article::Article) and the typed [`Findings`](crate::understand::Findings)
//! ([`Analysis::new`], in `from_findings`); no stage works on them. The enums and the
//! metadata are the pipeline's own, re-exported here as part of the contract.

mod from_findings;

use serde::Serialize;

pub use crate::article::{BlockKind, Meta};
pub use crate::understand::actors::ActorKind;
pub use crate::understand::dates::Granularity;
pub use crate::understand::figures::{Currency, FigureKind};
pub use crate::understand::rates::RateKind;

/// Everything Lede knows about one page.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Analysis {
    pub meta: Meta,
    /// The article body without its title; paragraphs separated by one blank line.
    pub text: String,
    pub blocks: Vec<Block>,
    /// Sentence boundaries in `text`; `sentence` fields elsewhere index into this list.
    pub sentences: Vec<Span>,
    pub actors: Vec<Actor>,
    pub figures: Vec<Figure>,
    pub dates: Vec<DateMention>,
    pub rates: Vec<Rate>,
    pub warnings: Vec<String>,
}

/// A half-open character range `[start, end)` into `text`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// One block of the cleaned article, in reading order.
#[derive(Debug, Clone, Serialize)]
pub struct Block {
    pub kind: BlockKind,
    /// The block's text as it appears in `text` (for a figure: its caption; for a table:
    /// its cells, tab-separated, one row per line).
    pub text: String,
    /// Where the block's text sits in `text`.
    pub start: usize,
    pub end: usize,
    /// Lists: `true` for an ordered list item.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ordered: Option<bool>,
    /// Figures: the picture's absolute URL and alternative text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub src: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alt: Option<String>,
    /// Tables: the cells, row by row.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rows: Option<Vec<Vec<String>>>,
    /// `rtl` where the block's direction differs from the article's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dir: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Actor {
    /// The fullest form of the name in the article ("Choi Sang-mok").
    pub name: String,
    pub kind: ActorKind,
    /// Roles as the article states them ("Deputy Prime Minister and Finance Minister").
    pub roles: Vec<String>,
    /// Other forms that refer to the same actor ("Choi", "the Finance Ministry").
    pub aliases: Vec<String>,
    pub mentions: Vec<Mention>,
    /// 0..1, the most important actor of the article is 1.
    pub salience: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Figure {
    pub kind: FigureKind,
    pub surface: String,
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
    /// The amount as a plain number (12 trillion won → 12000000000000).
    pub value: f64,
    /// Upper end of a range ("3 to 4 trillion won": value 3e12, value_max 4e12).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_max: Option<f64>,
    /// ISO 4217 for money.
    pub currency: Option<Currency>,
    /// Durations and quantities: the unit ("day", "month", "unit", "ton").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// "over", "about", "nearly", ...
    pub qualifier: Option<String>,
    /// What the figure measures ("supplementary budget").
    pub label: Option<String>,
    /// The other-currency amount the article itself prints beside this one.
    pub paired: Option<Amount>,
    /// This amount in dollars at the article's rate (or the user's, when marked so).
    pub converted: Option<Converted>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Amount {
    pub currency: Currency,
    pub value: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Converted {
    pub currency: Currency,
    pub value: f64,
    /// Rounded for display in the article's style: "$2.82 billion".
    pub text: String,
    /// Index into `rates` of the rate used.
    pub rate: usize,
    /// Where the rate came from, with the rate: "the article's rate, ₩1,420/$", "ECB
    /// reference rate, 16 Apr 2025, ₩1,418/$".
    pub source: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct DateMention {
    pub surface: String,
    pub start: usize,
    pub end: usize,
    /// `YYYY-MM-DD`, `YYYY-Www`, `YYYY-MM` or `YYYY`; null when it cannot be resolved.
    pub value: Option<String>,
    pub granularity: Granularity,
    /// Resolved against the publication date ("Wednesday", "next week").
    pub relative: bool,
    pub sentence: usize,
    /// What happens on that date, in the sentence's own words ("special Cabinet meeting will
    /// be held"): the clause around the date, trimmed (see `understand::dates::event`).
    pub event: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Rate {
    pub base: Currency,
    pub quote: Currency,
    /// Won per one unit of `quote`.
    pub won_per_unit: f64,
    /// The interval the printed rounding allows.
    pub won_per_unit_min: f64,
    pub won_per_unit_max: f64,
    pub kind: RateKind,
    pub surface: String,
    pub start: usize,
    pub end: usize,
    /// Whether conversions use this rate.
    pub used: bool,
    /// For kind `reference`: the day (`YYYY-MM-DD`) whose reference rate this is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Where the rate came from, in words: "stated in the article", "ECB reference rate, 16
    /// Apr 2025".
    pub source: String,
}
