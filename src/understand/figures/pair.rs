//! Pairs: an amount printed with its value in another currency right beside it —
//! "12 trillion won ($8.45 billion)", "$8.45 billion (12 trillion won)", "12 trillion won,
//! or $8.45 billion,", "12조 원(84억5천만 달러)". Each side gets the other as `paired`.

use super::hit::Hit;
use super::lexicon::CONNECTORS;
use super::{Amount, Figure, FigureKind};

/// Longest gap between the two amounts, in bytes.
const MAX_GAP: usize = 32;

/// Links neighbouring amounts of different currencies printed as one pair.
pub fn link(text: &str, hits: &[Hit], figures: &mut [Figure]) {
    for k in 1..hits.len() {
        let (a, b) = (&hits[k - 1], &hits[k]);
        let money = a.kind == FigureKind::Money && b.kind == FigureKind::Money;
        if !money
            || a.currency.is_none()
            || b.currency.is_none()
            || a.currency == b.currency
            || b.start < a.end
        {
            continue;
        }
        if b.start - a.end > MAX_GAP
            || !text.is_char_boundary(a.end)
            || !text.is_char_boundary(b.start)
            || !is_pair_gap(&text[a.end..b.start])
        {
            continue;
        }
        if figures[k - 1].paired.is_some() || figures[k].paired.is_some() {
            continue;
        }
        // Both currencies are known (checked above).
        let (Some(a_currency), Some(b_currency)) = (a.currency, b.currency) else { continue };
        figures[k - 1].paired = Some(Amount { currency: b_currency, value: b.value });
        figures[k].paired = Some(Amount { currency: a_currency, value: a.value });
    }
}

/// "(", ", or", "(equivalent to" — an opening bracket or "or"/"equivalent"/"worth", and
/// nothing but connecting words.
fn is_pair_gap(gap: &str) -> bool {
    let bracket = gap.contains('(') || gap.contains('[') || gap.contains('/');
    let mut linked = bracket;
    for word in gap.split(|c: char| c.is_whitespace() || matches!(c, '(' | '[' | ',' | '/' | '—' | '–' | '.'))
    {
        if word.is_empty() {
            continue;
        }
        let w = word.to_ascii_lowercase();
        if !CONNECTORS.contains(&w) {
            return false;
        }
        linked |= matches!(w.as_str(), "or" | "equivalent" | "equal" | "worth" | "which");
    }
    linked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gaps_that_join_a_pair() {
        assert!(is_pair_gap(" ("));
        assert!(is_pair_gap(", or "));
        assert!(is_pair_gap(" (equivalent to "));
        assert!(is_pair_gap(", which is about "));
        assert!(is_pair_gap("(약 "));
        assert!(!is_pair_gap(" and "));
        assert!(!is_pair_gap(", "));
        assert!(!is_pair_gap(" in exports and "));
    }
}
