//! Labels: what a figure measures, read from the words around it in its sentence.
//!
//! News prose names a figure in a handful of shapes, tried in this order:
//!
//! 1. "a supplementary budget **of** over 12 trillion won" — the noun phrase before "of"
//!    (or "worth", "totaling").
//! 2. "90-day **suspension** of its global tariff rollout", "a $48.2 million **army
//!    contract**" — the noun phrase the figure modifies, right after it.
//! 3. "more than 4 trillion won **for** strengthening trade and AI competitiveness",
//!    "$5 billion **in** new investment", "500 billion won **worth of** shares" — the phrase
//!    after "for", "in", "on" or "worth of", unless it names a period ("in the second
//!    quarter" says when, not what).
//! 4. "**exports** rose 3.5 percent", "unemployment stood at 3.1 percent" — the subject of
//!    a verb of change before the figure; "raised its **base rate** by 0.25 percentage
//!    point" — the object before "by"; "cut its **growth forecast** for this year to 0.8
//!    percent" — the object of a verb that sets the figure.
//!
//! The partner of a pair ("($8.45 billion)") shares its amount's label, and so does a
//! figure that continues the one before it ("rose 7.5 percent **to** $58.2 billion",
//! "9.18 trillion won, **up** 277 percent").

use std::ops::Range;

use super::hit::Hit;
use super::lexicon::{
    CHANGE_VERBS, CLAUSE_ENDS, CONTINUATIONS, LEFT_LINKS, PARTICLES, PERIODS, RIGHT_LINKS, SETTING_VERBS,
    STOP,
};
use super::tokens::{Kind, Tokens};
use super::{Figure, FigureKind};
use crate::understand::text::Document;

const MAX_WORDS: usize = 10;

/// At most this many tokens between a figure and the one it continues.
const MAX_CONTINUATION_GAP: usize = 5;

/// Sets `label` on every figure the words around it name.
pub fn name(doc: &Document<'_>, t: &Tokens<'_>, hits: &[Hit], figures: &mut [Figure]) {
    for (k, hit) in hits.iter().enumerate() {
        if hit.tokens.is_empty() {
            continue;
        }
        let sentence = doc
            .sentences
            .get(doc.sentence_at(hit.start))
            .map_or(0..t.len(), |s| t.at_byte(s.bytes.start)..t.at_byte(s.bytes.end));
        // Words after the amount start past its printed partner: "₩950 billion, or $686
        // million, in its plant".
        let after = match hits.get(k + 1) {
            Some(next)
                if figures[k].paired.is_some()
                    && figures[k + 1].paired.is_some()
                    && !next.tokens.is_empty() =>
            {
                let mut e = next.tokens.end;
                while t.is_sym(e, ",") || t.is_sym(e, ")") {
                    e += 1;
                }
                e
            }
            _ => hit.tokens.end,
        };
        figures[k].label = table_label(doc.text, hit.start).or_else(|| label(t, hit, after, sentence));
    }
    // "exports rose 7.5 percent to $58.2 billion", "a profit of 9.18 trillion won, up 277
    // percent": a change or a new level of the figure before it in the sentence.
    for k in 1..figures.len() {
        let before = hits[k].qualifier_at.min(hits[k].tokens.start);
        // Close behind it: "rose 11.9 percent on-year to $13.1 billion", not "8.1 trillion
        // won in bonds, pushing the debt ratio to 48.4 percent".
        let close = !hits[k - 1].tokens.is_empty()
            && before.saturating_sub(hits[k - 1].tokens.end) <= MAX_CONTINUATION_GAP;
        let follows =
            before > 0 && t.is_in(before - 1, &CONTINUATIONS) && !hits[k].tokens.is_empty() && close;
        // The change names what the figure is a level of, before any phrase after it
        // ("rose 12 percent to 448 billion won in the third quarter" is operating profit).
        let inherited = figures[k - 1].label.is_some() || figures[k].label.is_none();
        if inherited && follows && figures[k - 1].sentence == figures[k].sentence {
            figures[k].label = figures[k - 1].label.clone();
        }
    }
    // A pair's second amount ("($8.45 billion)") measures the same thing as its first.
    for k in 1..figures.len() {
        let (left, right) = figures.split_at_mut(k);
        let (a, b) = (&mut left[k - 1], &mut right[0]);
        if a.paired.is_some() && b.paired.is_some() && a.sentence == b.sentence {
            if b.label.is_none() {
                b.label = a.label.clone();
            } else if a.label.is_none() {
                a.label = b.label.clone();
            }
        }
    }
}

/// What the words around `hit` say it measures, trying the shapes its kind takes in the
/// order of the module's list. `after` is where the words after the figure start.
fn label(t: &Tokens<'_>, hit: &Hit, after: usize, sentence: Range<usize>) -> Option<String> {
    // Look-arounds start before the qualifier: "a budget of | over 12 trillion won".
    let at = Around { t, s: hit.qualifier_at.min(hit.tokens.start), e: hit.tokens.end, after, sentence };
    let hyphened = t.is_sym(at.e.saturating_sub(2), "-") && t.attached(at.e.saturating_sub(2));
    match hit.kind {
        FigureKind::Duration if hyphened => {
            at.attributive().or_else(|| at.of_left()).or_else(|| at.purpose())
        }
        FigureKind::Duration => at.of_left().or_else(|| at.purpose()),
        FigureKind::Quantity => at.of_left(),
        FigureKind::Percent => at.amount().or_else(|| at.share_of()).or_else(|| at.level()),
        FigureKind::Money => at.amount(),
    }
}

/// A figure in its sentence: the places its label may be read from.
struct Around<'t, 'a> {
    t: &'t Tokens<'a>,
    /// The figure's first token, its qualifier's if it has one.
    s: usize,
    /// The token after the figure.
    e: usize,
    /// The first token of the words after the figure (past a printed partner).
    after: usize,
    /// The sentence's tokens.
    sentence: Range<usize>,
}

impl Around<'_, '_> {
    /// The token before the figure, inside the sentence.
    fn before(&self) -> Option<usize> {
        self.s.checked_sub(1).filter(|&k| k >= self.sentence.start)
    }

    /// The shapes a money amount or a percentage takes, in order: "of" on the left, an
    /// attributive noun, a purpose, the subject, the object, what it is set to.
    fn amount(&self) -> Option<String> {
        self.of_left()
            .or_else(|| self.attributive())
            .or_else(|| self.purpose())
            .or_else(|| self.subject())
            .or_else(|| self.object())
            .or_else(|| self.set_to())
    }

    /// "a supplementary budget of over 12 trillion won": the noun phrase before "of".
    fn of_left(&self) -> Option<String> {
        let link = self.before().filter(|&k| self.t.is_in(k, &LEFT_LINKS))?;
        noun_phrase_left(self.t, link, self.sentence.start)
    }

    /// "90-day suspension", "a $48.2 million army contract": the noun phrase the figure
    /// modifies. Inside brackets ("($34.8 billion) support package"), it starts past them.
    fn attributive(&self) -> Option<String> {
        let (t, s, e) = (self.t, self.s, self.e);
        let closes = t.is_sym(e, ")") && s > self.sentence.start && t.is_sym(s - 1, "(");
        noun_phrase_right(t, e + closes as usize, self.sentence.end, true)
    }

    /// "4 trillion won for strengthening trade", "$5 billion in new investment".
    fn purpose(&self) -> Option<String> {
        let t = self.t;
        let end = self.sentence.end;
        let mut k = skip_bracket(t, self.after, end);
        // "500 billion won worth of shares"
        let worth = t.is_word(k, "worth") && t.is_word(k + 1, "of");
        if worth {
            k += 1;
        }
        let link = if worth { "of" } else { t.is_in(k, &RIGHT_LINKS).then(|| t.lower(k))? };
        let phrase = if link == "for" {
            phrase_right(t, k + 1, end)
        } else if t.str(k + 1).starts_with(|c: char| c.is_ascii_uppercase()) {
            // "$58.2 billion in October", "in Arizona": a when or a where, not a what.
            None
        } else {
            // "in its Ulsan plant": past one determiner.
            let det = is_determiner(t, k + 1) || t.is_word(k + 1, "a") || t.is_word(k + 1, "an");
            noun_phrase_right(t, k + 1 + det as usize, end, false)
        }?;
        // "in the second quarter", "for the year": when, not what.
        let head = phrase.rsplit(' ').next().unwrap_or_default();
        (!PERIODS.contains_folded(head)).then_some(phrase)
    }

    /// "exports rose (by|to) 3.5 percent", "unemployment stood at 3.1 percent": the subject
    /// of a verb of change.
    fn subject(&self) -> Option<String> {
        let (t, lo) = (self.t, self.sentence.start);
        let mut k = self.before()?;
        if t.is_word(k, "by") || t.is_word(k, "to") || t.is_word(k, "at") {
            k = k.checked_sub(1).filter(|&k| k >= lo)?;
        }
        if t.is_in(k, &PARTICLES) {
            k = k.checked_sub(1).filter(|&k| k >= lo)?;
        }
        t.is_in(k, &CHANGE_VERBS).then_some(())?;
        // "Exports to China, Korea's largest trading partner, rose": past the apposition.
        if k > lo && t.is_sym(k - 1, ",") {
            let open = (lo..k - 1).rev().take(MAX_WORDS + 4).find(|&j| t.is_sym(j, ","))?;
            return subject_phrase(t, open, lo);
        }
        subject_phrase(t, k, lo)
    }

    /// "pushing the ratio of national debt to GDP to 48.4 percent": the level a thing is
    /// brought to. "froze its key interest rate at 2.75 percent"; "the currency closed at
    /// 1,437.3 won" (past the verb).
    fn level(&self) -> Option<String> {
        let (t, lo) = (self.t, self.sentence.start);
        let mut k =
            self.s.checked_sub(1).filter(|&k| k > lo && (t.is_word(k, "to") || t.is_word(k, "at")))?;
        if is_participle(t, k - 1) {
            k -= 1;
        }
        subject_phrase(t, k, lo)
    }

    /// "raised its base rate by 0.25 percentage point": the object before "by".
    fn object(&self) -> Option<String> {
        let lo = self.sentence.start;
        let by = self.s.checked_sub(1).filter(|&k| k > lo && self.t.is_word(k, "by"))?;
        noun_phrase_left(self.t, by, lo)
    }

    /// "cut its growth forecast for this year to 0.8 percent", "raised the minimum wage to
    /// 10,030 won": the object of a verb that sets the figure, past a "for" period.
    fn set_to(&self) -> Option<String> {
        let (t, lo) = (self.t, self.sentence.start);
        let to = self.s.checked_sub(1).filter(|&k| k > lo && t.is_word(k, "to"))?;
        // "for this year", "for 2025": a short period before "to".
        let period = (to.saturating_sub(3).max(lo + 1)..to).find(|&k| t.is_word(k, "for"));
        let (from, end) = noun_phrase_left_at(t, period.unwrap_or(to), lo)?;
        let mut verb = from.checked_sub(1).filter(|&k| k >= lo)?;
        if is_determiner(t, verb) {
            verb = verb.checked_sub(1).filter(|&k| k >= lo)?;
        }
        t.is_in(verb, &SETTING_VERBS).then_some(())?;
        text_of(t, from, end)
    }

    /// "70 percent of the funds": a share of what follows.
    fn share_of(&self) -> Option<String> {
        let (t, k) = (self.t, self.after);
        if !t.is_word(k, "of") {
            return None;
        }
        let det = is_determiner(t, k + 1) || t.is_word(k + 1, "all") || t.is_word(k + 1, "total");
        noun_phrase_right(t, k + 1 + det as usize, self.sentence.end, false)
    }
}

/// "the", "its", "their", "his", "her" at token `k`: what may open a noun phrase around a
/// figure.
fn is_determiner(t: &Tokens<'_>, k: usize) -> bool {
    ["the", "its", "their", "his", "her"].iter().any(|d| t.is_word(k, d))
}

/// The subject ending before token `end`, with the phrase it belongs to across one "of"
/// or "to": "Outbound shipments of chips", "Exports to China".
fn subject_phrase(t: &Tokens<'_>, end: usize, lo: usize) -> Option<String> {
    let (mut from, _) = noun_phrase_left_at(t, end, lo)?;
    // Two links at most: "ratio of national debt to gross domestic product".
    for _ in 0..2 {
        let mut p = from.saturating_sub(1);
        if p > lo && t.is_word(p, "the") {
            p -= 1;
        }
        // The prepositions that join a noun phrase to the one before it inside a subject
        // ("shipments of chips", "exports to China").
        if !(p > lo && (t.is_word(p, "of") || t.is_word(p, "to"))) {
            break;
        }
        match noun_phrase_left_at(t, p, lo) {
            Some((outer, _)) => from = outer,
            None => break,
        }
    }
    text_of(t, from, end)
}

/// A figure in a table row (cells split by tabs, one row a line) measures what its row
/// heads, in the column its header names: "Semiconductors (Exports)".
fn table_label(text: &str, at: usize) -> Option<String> {
    let row_start = line_start(text, at)?;
    let line_end = text
        .as_bytes()
        .iter()
        .skip(at)
        .take(MAX_LINE)
        .position(|&b| b == b'\n')
        .map_or(text.len().min(at + MAX_LINE), |i| at + i);
    let line = text.get(row_start..line_end)?;
    let column = text.get(row_start..at)?.matches('\t').count();
    if column == 0 {
        return None;
    }
    let row_head = line.split('\t').next()?.trim();
    if row_head.is_empty() || !row_head.chars().any(char::is_alphabetic) {
        return None;
    }
    // The header: the first line of the block of tabbed lines, looked for a bounded way back.
    let mut header = line;
    let mut end = row_start;
    for _ in 0..MAX_ROWS {
        let Some(start) = end.checked_sub(1).and_then(|e| line_start(text, e)) else { break };
        let prev = text.get(start..end - 1)?;
        if !prev.contains('\t') {
            break;
        }
        header = prev;
        end = start;
    }
    let column_name = header
        .split('\t')
        .nth(column)
        .map(str::trim)
        .filter(|c| !c.is_empty() && header != line && !c.chars().any(|ch| ch.is_ascii_digit()));
    Some(match column_name {
        Some(c) => format!("{row_head} ({c})"),
        None => row_head.to_string(),
    })
}

/// A table line is short, a table not long: both looks are bounded, so a text of one
/// endless line costs no more per figure.
const MAX_LINE: usize = 2048;
const MAX_ROWS: usize = 64;

/// The start of the line holding byte `at`, if it is within [`MAX_LINE`] bytes.
fn line_start(text: &str, at: usize) -> Option<usize> {
    let from = at.saturating_sub(MAX_LINE);
    match text.as_bytes().get(from..at)?.iter().rposition(|&b| b == b'\n') {
        Some(i) => Some(from + i + 1),
        None if from == 0 => Some(0),
        None => None,
    }
}

/// Past a bracketed partner: "12 trillion won ($8.45 billion) for ...".
fn skip_bracket(t: &Tokens<'_>, k: usize, end: usize) -> usize {
    if !t.is_sym(k, "(") {
        return k;
    }
    (k..end.min(k + 12)).find(|&j| t.is_sym(j, ")")).map_or(k, |j| j + 1)
}

fn is_stop(t: &Tokens<'_>, k: usize) -> bool {
    t.is_in(k, &STOP)
}

/// The noun phrase ending right before token `end` (exclusive), back to a determiner,
/// a stop word or punctuation.
fn noun_phrase_left(t: &Tokens<'_>, end: usize, lo: usize) -> Option<String> {
    let (k, end) = noun_phrase_left_at(t, end, lo)?;
    text_of(t, k, end)
}

/// Where the noun phrase ending before `end` starts, if it has a word.
fn noun_phrase_left_at(t: &Tokens<'_>, end: usize, lo: usize) -> Option<(usize, usize)> {
    let mut k = end;
    let mut words = 0;
    while k > lo && words < MAX_WORDS {
        let j = k - 1;
        match t.kind(j) {
            Some(Kind::Word) if !is_stop(t, j) => {}
            // "Korea's", "state-run": a mark inside a word.
            Some(Kind::Sym)
                if matches!(t.str(j), "'" | "’" | "-") && t.attached(j) && t.attached(j + 1) && j > lo => {}
            _ => break,
        }
        k = j;
        words += 1;
    }
    (k < end).then_some((k, end))
}

/// The noun phrase starting at token `k`, up to a stop word or punctuation; with `extend`
/// it may carry on through one "of"/"in" ("suspension of its global tariff rollout").
fn noun_phrase_right(t: &Tokens<'_>, k: usize, end: usize, extend: bool) -> Option<String> {
    let mut j = k;
    let mut words = 0;
    while j < end && words < MAX_WORDS {
        match t.kind(j) {
            Some(Kind::Word) if !is_stop(t, j) && !is_participle(t, j) => {}
            Some(Kind::Sym)
                if matches!(t.str(j), "'" | "’" | "-") && t.attached(j) && t.attached(j + 1) && j > k => {}
            _ => break,
        }
        j += 1;
        words += 1;
    }
    if j == k {
        return None;
    }
    let mut stop = j;
    if extend && (t.is_word(j, "of") || t.is_word(j, "in")) {
        let mut m = j + 1;
        // "of its global tariff rollout": a determiner may open the complement.
        if t.kind(m) == Some(Kind::Word) && is_stop(t, m) && !t.is_in(m, &CLAUSE_ENDS) && !t.is_word(m, "and")
        {
            m += 1;
        }
        let before = m;
        while m < end && m - j < MAX_WORDS && t.kind(m) == Some(Kind::Word) && !is_stop(t, m) {
            m += 1;
        }
        if m > before {
            stop = m;
        }
    }
    text_of(t, k, stop)
}

/// A past participle standing alone ("budget aimed at", "48.1 percent projected"): it
/// starts a clause about the noun, not a word of it. Not inside a compound ("state-owned").
fn is_participle(t: &Tokens<'_>, j: usize) -> bool {
    let w = t.lower(j);
    let compound = j > 0 && t.is_sym(j - 1, "-") && t.attached(j);
    !compound && w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed")
}

/// A purpose phrase after "for": everything up to punctuation or a clause word.
fn phrase_right(t: &Tokens<'_>, k: usize, end: usize) -> Option<String> {
    let mut j = k;
    while j < end && j - k < MAX_WORDS + 4 {
        match t.kind(j) {
            Some(Kind::Word) if !t.is_in(j, &CLAUSE_ENDS) => {}
            // "responding to trade disputes": "to" after a gerund is its complement.
            Some(Kind::Word) if t.is_word(j, "to") && j > k && t.lower(j - 1).ends_with("ing") => {}
            Some(Kind::Sym) if matches!(t.str(j), "'" | "’" | "-") && t.attached(j) => {}
            _ => break,
        }
        j += 1;
    }
    // Do not end on a dangling article or conjunction.
    while j > k
        && (t.is_word(j - 1, "and")
            || t.is_word(j - 1, "the")
            || t.is_word(j - 1, "a")
            || t.is_word(j - 1, "or"))
    {
        j -= 1;
    }
    text_of(t, k, j)
}

fn text_of(t: &Tokens<'_>, from: usize, to: usize) -> Option<String> {
    if to <= from {
        return None;
    }
    let (a, b) = (t.get(from)?.start, t.get(to - 1)?.end);
    Some(t.text[a..b].to_string())
}
