//! Whether a duration measures something a reader would compare, or only frames when
//! something happens.
//!
//! The figures list holds what a reader compares: money, percentages, counts with what they
//! count, and a duration only when it measures something the sentence names. The rule, in
//! order:
//!
//! 1. A period that frames another statement is not listed: one introduced by "the next",
//!    "the past", "the coming" … ("spend 5 trillion won over the next three years", "the
//!    past decade"), or by a preposition of framing ("over three years", "within two
//!    weeks", "during the six months").
//! 2. A count of time written as a modifier ("three-year X") is listed when X is a term, an
//!    instrument or an extreme that has a length: "a three-year contract", "a 90-day
//!    suspension", "10-year bonds", "a 16-month high". Other modifiers describe, they do
//!    not measure ("a three-year silence", "a two-day visit") and are not listed.
//! 3. Any other duration measures what stands with it and is listed: "sentenced to five
//!    years", "a delay of 90 days", "rose for six straight months", "three years of talks".

use super::hit::Hit;
use super::lexicon::{FRAMING, PERIOD_LEADS, TERMS};
use super::tokens::Tokens;

/// Whether the duration `hit` measures something (rule 2 and 3) rather than framing a
/// period (rule 1) or describing a noun (rule 2).
pub fn measures(t: &Tokens<'_>, hit: &Hit) -> bool {
    let first = hit.tokens.start;
    let last = hit.tokens.end - 1;
    if t.is_word(first, "the") && t.is_in(first + 1, &PERIOD_LEADS) {
        return false;
    }
    if first > 0 && t.is_in(first - 1, &FRAMING) {
        return false;
    }
    let modifier = last > 0 && t.is_sym(last - 1, "-") && t.attached(last);
    if modifier && !t.is_sym(last + 1, "-") {
        return t.is_in(last + 1, &TERMS);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::super::duration;
    use super::*;

    fn listed(s: &str) -> Vec<String> {
        let t = Tokens::new(s);
        let mut out = Vec::new();
        let mut i = 0;
        while i < t.len() {
            match duration::at(&t, i) {
                Some(h) => {
                    if measures(&t, &h) {
                        out.push(s[h.start..h.end].to_string());
                    }
                    i = h.tokens.end;
                }
                None => i += 1,
            }
        }
        out
    }

    #[test]
    fn framing_periods_are_not_listed() {
        assert!(listed("It will spend 5 trillion won over the next three years.").is_empty());
        assert!(listed("Prices doubled over the past decade and within two weeks of the order.").is_empty());
    }

    #[test]
    fn a_modifier_counts_only_when_it_measures_a_term() {
        assert_eq!(listed("She signed a three-year contract after a two-year silence."), ["three-year"]);
        assert_eq!(listed("The won hit a 16-month low as 10-year bonds fell."), ["16-month", "10-year"]);
    }

    #[test]
    fn other_durations_measure_what_they_stand_with() {
        assert_eq!(
            listed("He was sentenced to five years after three years of talks and a delay of 90 days."),
            ["five years", "three years", "90 days"]
        );
    }
}
