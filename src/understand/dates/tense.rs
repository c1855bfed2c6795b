//! The tense that places a bare weekday or a year-less date: "said Wednesday" is past,
//! "will be held on Friday" and "is scheduled to travel ... beginning Tuesday" are future.
//!
//! The verb group that governs a date usually comes before it in its clause, so the
//! nearest tense marker before the date, back to the last comma or semicolon, decides; only
//! when there is none do the words after it count ("On Friday, the Cabinet will meet"). Markers: future auxiliaries,
//! "scheduled/expected/set/plans to" or "scheduled for", "to be", and "until" or "due" right before the date; past forms ("said", "was", irregular pasts and
//! regular "-ed" verbs, except participles after "be/has/will": "will be held").

use super::lexicon::{
    AUXILIARIES, DETERMINERS, FUTURE, FUTURE_BEFORE_TO, NOT_PAST, PARTICIPLE_ADJECTIVES, PAST, SCHEDULED,
};
use super::tokens::{Kind, Token};

#[derive(PartialEq)]
enum Mark {
    Past,
    Future,
    None,
}

fn mark(t: &[Token<'_>], i: usize) -> Mark {
    let tok = &t[i];
    if tok.kind != Kind::Word {
        return Mark::None;
    }
    let w = tok.text;
    if w == "May" {
        return Mark::None; // the month
    }
    // "could come as early as September": a possibility ahead; "could not attend" and
    // "could have met" look back.
    let could_ahead = w.eq_ignore_ascii_case("could")
        && t.get(i + 1).is_some_and(|n| n.kind == Kind::Word && !n.is("not") && !n.is("have"));
    if FUTURE.contains_folded(w) || could_ahead || SCHEDULED.contains_folded(w) {
        return Mark::Future;
    }
    // "to be held on October 12": an infinitive passive looks ahead; so does a choice
    // still open ("divided over whether to cut the rate in October").
    if w.eq_ignore_ascii_case("be") && i > 0 && t[i - 1].is("to")
        || w == "to" && i > 0 && t[i - 1].is("whether")
    {
        return Mark::Future;
    }
    // "scheduled to meet", and "scheduled for Wednesday": an arrangement ahead.
    let to_follows = t.get(i + 1).is_some_and(|n| n.is("to") || n.is("for"));
    if to_follows && FUTURE_BEFORE_TO.contains_folded(w) {
        return Mark::Future;
    }
    let irregular = PAST.contains_folded(w);
    let regular = w.len() > 4
        && w.get(w.len() - 2..).is_some_and(|e| e.eq_ignore_ascii_case("ed"))
        && !NOT_PAST.contains_folded(w)
        && regular_past_is_a_verb(t, i);
    if !(irregular || regular) {
        return Mark::None;
    }
    // A participle after an auxiliary is not a past verb ("will be held", "has been set"),
    // but "was", "had" and the like always are, and so is a perfect infinitive ("are likely
    // to have sold dollars on Wednesday": done before the time of the clause).
    let after_aux = i > 0 && t[i - 1].kind == Kind::Word && AUXILIARIES.contains_folded(t[i - 1].text);
    let always_past = ["was", "were", "had", "did"].iter().any(|p| p.eq_ignore_ascii_case(w));
    let perfect_infinitive = i > 1 && t[i - 1].is("have") && t[i - 2].is("to");
    if after_aux && !always_past && !perfect_infinitive {
        return Mark::None;
    }
    Mark::Past
}

/// Whether the "-ed" word at `i` is a past verb rather than an adjective: inside a noun
/// phrase ("their first televised debate", "the proposed bill") it describes the noun; a
/// participle that is usually an adjective is a verb only with its object after it
/// ("proposed a bill in November").
fn regular_past_is_a_verb(t: &[Token<'_>], i: usize) -> bool {
    // Words that stand between a determiner and an adjective ("the first televised debate").
    const ORDER_WORDS: [&str; 6] = ["first", "second", "third", "final", "last", "next"];
    let word = |j: usize| t.get(j).filter(|w| w.kind == Kind::Word).map(|w| w.text);
    let determiner = |j: usize| word(j).is_some_and(|w| DETERMINERS.contains_folded(w));
    let in_noun_phrase = i > 0
        && (determiner(i - 1)
            || i > 1
                && word(i - 1).is_some_and(|w| ORDER_WORDS.iter().any(|o| o.eq_ignore_ascii_case(w)))
                && determiner(i - 2));
    if in_noun_phrase {
        return false;
    }
    !PARTICIPLE_ADJECTIVES.contains_folded(t[i].text) || determiner(i + 1)
}

/// The tense governing the date at tokens `start..end` of a sentence.
pub fn of(t: &[Token<'_>], start: usize, end: usize) -> super::resolve::Tense {
    use super::resolve::Tense;
    let before = |w: &str| start > 0 && t[start - 1].is(w);
    // "due Wednesday" looks ahead; "the strongest level since October" looks back.
    if before("due") {
        return Tense::Future;
    }
    // "since the Sept. 7 plan": the article and the owner before the date do not count.
    let determiners =
        (0..start).rev().take_while(|&i| ["the", "its", "their", "this", "that"].iter().any(|d| t[i].is(d)));
    let head = start - determiners.count();
    if head > 0 && t[head - 1].is("since") {
        return Tense::Past;
    }
    // "closed until Friday" looks ahead ("closed", "suspended" are states, however past
    // they look), unless a past form that is only a verb says it is over ("who led the FSC
    // until July").
    if before("until") || before("till") || before("through") {
        let over = (start.saturating_sub(8)..start)
            .rev()
            .take_while(|&i| t[i].kind != Kind::Punct)
            .any(|i| t[i].kind == Kind::Word && PAST.contains_folded(t[i].text));
        return if over { Tense::Past } else { Tense::Future };
    }
    of_verbs(t, start, end)
}

/// The tense the verb group around the date gives.
fn of_verbs(t: &[Token<'_>], start: usize, end: usize) -> super::resolve::Tense {
    use super::resolve::Tense;
    const REACH: usize = 16;
    // Backwards only within the clause: "Exports rose in April, and talks are planned for
    // May" must not read "rose" for May.
    // A short quoted term ("2+2" talks, a "package deal") is part of the clause, not its end.
    let quote = |i: usize| t[i].kind == Kind::Punct && matches!(t[i].text, "“" | "”" | "\"");
    let scare_quoted = |i: usize| quote(i) && (i.saturating_sub(5)..i).any(|j| quote(j) && j + 1 < i);
    // REACH words back; the marks inside "U.S." or "2+2" do not count.
    let mut words = 0;
    let reach_start = (0..start)
        .rev()
        .find(|&i| {
            words += usize::from(t[i].kind != Kind::Punct);
            words == REACH
        })
        .unwrap_or(0);
    let mut scan = (reach_start..start).rev();
    let mut boundary = None;
    while let Some(i) = scan.next() {
        if scare_quoted(i) {
            // Skip to the opening mark.
            while scan.next().is_some_and(|j| !quote(j)) {}
            continue;
        }
        if t[i].kind == Kind::Punct && (matches!(t[i].text, "," | ";" | ":" | "—") || quote(i)) {
            boundary = Some(i);
            break;
        }
    }
    let clause_start = boundary.map_or(reach_start, |i| i + 1);
    let backwards = (clause_start..start).rev();
    // Forwards up to the end of a quotation: the attribution after it ("…," Ham said) is
    // the tense of the saying, not of what is said.
    // It also stops where "and" or "but" opens a second verb phrase ("cut the rate in
    // February and is expected to lower it again"): that verb is not the date's.
    let second_verb = |i: usize| {
        (t[i].is("and") || t[i].is("but"))
            && t.get(i + 1).is_some_and(|n| n.kind == Kind::Word && AUXILIARIES.contains_folded(n.text))
    };
    // A date that opens its sentence borrows the main clause's tense across the comma ("On
    // Friday, the Cabinet will meet"); one inside a phrase of its own does not ("According
    // to a filing on the 7th, Samsung will supply").
    let opens = (clause_start..start).filter(|&i| t[i].kind == Kind::Word).count() <= 2;
    let comma_ends = |i: usize| !opens && t[i].is(",");
    let quote_end = (end..t.len().min(end + REACH))
        .find(|&i| {
            t[i].kind == Kind::Punct && matches!(t[i].text, "\"" | "”" | "“")
                || second_verb(i)
                || comma_ends(i)
        })
        .unwrap_or(t.len().min(end + REACH));
    let forwards = end..quote_end;
    // A present "is" or "are" nearer the date than any marker governs it, and says nothing of
    // past or future: "Market watchers said a cut is likely in May", "before the office is
    // dissolved in October".
    let present = |i: usize| i < start && (t[i].is("is") || t[i].is("are"));
    for i in backwards.chain(forwards) {
        if present(i) {
            return Tense::Neutral;
        }
        match mark(t, i) {
            Mark::Past => return Tense::Past,
            Mark::Future => return Tense::Future,
            Mark::None => {}
        }
    }
    // A short phrase without a verb of its own takes the clause before the comma: "would
    // nominate four directors, including a new CEO, at the meeting on the 27th". A
    // participle opening the phrase is its verb ("…, calling the handouts 'vote buying' ahead
    // of the June 3 elections").
    let participle = t.get(clause_start).is_some_and(|w| w.kind == Kind::Word && w.text.ends_with("ing"));
    let verbless = !participle && (clause_start..start).filter(|&i| t[i].kind == Kind::Word).count() <= 8;
    let Some(comma) = boundary.filter(|&c| verbless && t[c].is(",")) else { return Tense::Neutral };
    (comma.saturating_sub(REACH)..comma)
        .rev()
        .take_while(|&i| t[i].kind != Kind::Punct || t[i].is(","))
        .find_map(|i| match mark(t, i) {
            Mark::Past => Some(Tense::Past),
            Mark::Future => Some(Tense::Future),
            Mark::None => None,
        })
        .unwrap_or(Tense::Neutral)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::understand::dates::resolve::Tense;
    use crate::understand::dates::tokens::tokenize;

    fn tense_of(sentence: &str, date: &str) -> Tense {
        let t = tokenize(sentence, 0);
        let i = t.iter().position(|x| x.text == date).unwrap();
        of(&t, i, i + 1)
    }

    #[test]
    fn the_nearest_verb_group_decides() {
        assert_eq!(
            tense_of("The ministry said Wednesday that Choi will meet Bessent.", "Wednesday"),
            Tense::Past
        );
        assert_eq!(
            tense_of("The office announced that a meeting will be held on Friday.", "Friday"),
            Tense::Future
        );
        assert_eq!(
            tense_of("Choi is scheduled to travel to the U.S. beginning Tuesday.", "Tuesday"),
            Tense::Future
        );
        assert_eq!(tense_of("On Friday, the Cabinet will review the plan.", "Friday"), Tense::Future);
        assert_eq!(
            tense_of(
                "Investors await the summit, which is scheduled for Wednesday in Gyeongju.",
                "Wednesday"
            ),
            Tense::Future
        );
        assert_eq!(tense_of("Choi responds to questions on Monday.", "Monday"), Tense::Neutral);
        assert_eq!(tense_of("Economists said a cut is likely in May.", "May"), Tense::Neutral);
    }

    #[test]
    fn an_adjective_in_ed_is_no_past_verb_and_a_participle_with_its_object_is() {
        assert_eq!(
            tense_of("The candidates will hold their first televised debate on Thursday.", "Thursday"),
            Tense::Future
        );
        assert_eq!(
            tense_of("Cho proposed a bill in November that would let them serve.", "November"),
            Tense::Past
        );
        assert_eq!(
            tense_of("The proposed bill will be put to a vote in November.", "November"),
            Tense::Future
        );
    }

    #[test]
    fn a_perfect_infinitive_looks_back() {
        assert_eq!(
            tense_of("He said the authorities were likely to have sold dollars on Wednesday.", "Wednesday"),
            Tense::Past
        );
    }

    #[test]
    fn a_timetable_verb_in_the_present_looks_ahead() {
        assert_eq!(
            tense_of(
                "The party will push the bill during the extraordinary session that opens Monday.",
                "Monday"
            ),
            Tense::Future
        );
    }

    #[test]
    fn a_second_verb_phrase_does_not_govern_the_date() {
        assert_eq!(
            tense_of(
                "The Bank of Korea cut its base rate in February and is widely expected to lower it again.",
                "February"
            ),
            Tense::Neutral
        );
    }
}
