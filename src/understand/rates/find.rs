//! Finding the article's won/dollar rates: pairs it prints ("12 trillion won ($8.45
//! billion)", linked by the figures stage) and statements it makes ("($1 = 1,420.1 won)",
//! "at an exchange rate of 1,420 won to the dollar", "the won closed at 1,437.3 per dollar",
//! "1 dollar was worth 1,420 won", "달러당 1,420원").
//!
//! Every rate carries the interval its printed rounding allows: a pair's won amount is the
//! article's own figure, the dollar amount its conversion, so "$8.45 billion" (8.445–8.455)
//! bounds 12 trillion won to ₩1,419.3–₩1,421.0 per dollar.

use std::collections::BTreeMap;
use std::ops::Range;

use super::Found;
use super::{Rate, RateKind};
use crate::scan::{find_all_starting, word_ends_at, word_starts_at, Cursor};
use crate::understand::figures::{Currency, Figure, FigureKind};
use crate::understand::numbers::{decimals, parse_numeral};
use crate::understand::text::Document;

/// Won per dollar outside this band is a misreading (a change of "5.2 won against the
/// dollar", an amount that was not a conversion), not a rate: the won has traded between
/// roughly 300 and 2,000 per dollar since the 1970s.
pub const PLAUSIBLE: std::ops::RangeInclusive<f64> = 200.0..=5000.0;

/// One shape of rate statement: which bytes can begin it, and the scanner that reads it from
/// there and gives the byte range of the rate.
struct Statement {
    starts: fn(u8) -> bool,
    read: fn(&mut Cursor<'_>) -> Option<Range<usize>>,
    quote: Quote,
}

/// Statement shapes, in order of precedence: a conversion rate the article declares ("$1 =
/// 1,420.1 won", "at an exchange rate of 1,420 won to the dollar") comes before a market
/// quote ("the won closed at 1,437.3 per dollar"), the day's price rather than the rate the
/// article converts at. Letters match in either case, except in the Korean shapes.
///
/// Each scanner is the regular expression in its doc comment, read from left to right (except
/// that a gap may hold a decimal point: [`in_clause`]). Where
/// a part could give back what it read (an optional word, a run of digits), nothing that
/// follows could then match, so the scanners read greedily; only the alternations whose
/// words begin one another ("is", "is worth") try their later words
/// ([`Cursor::one_of_ci_then`]), and the gaps are as short as they can be
/// ([`Cursor::gap_then`]). They were checked against the regexes they replace, match for
/// match, on the benchmark pages and on generated text.
const STATEMENTS: &[Statement] = &[
    Statement { starts: |b| matches!(b, b'$' | b'U' | b'u'), read: dollar_equals, quote: Quote::Conversion },
    Statement {
        starts: |b| matches!(b, b'1' | b'o' | b'O' | b'a' | b'A' | b'e' | b'E'),
        read: one_dollar_buys,
        quote: Quote::Conversion,
    },
    Statement {
        starts: |b| matches!(b, b'e' | b'E' | b'c' | b'C'),
        read: converted_at,
        quote: Quote::Conversion,
    },
    Statement {
        starts: |b| matches!(b, WON_SIGN_LEAD | b'W' | b'w'),
        read: won_per_dollar_sign,
        quote: Quote::Conversion,
    },
    Statement {
        starts: |b| matches!(b, WON_SIGN_LEAD | b'W' | b'w') || b.is_ascii_digit(),
        read: won_to_the_dollar,
        quote: Quote::Market,
    },
    Statement { starts: |b| matches!(b, b'W' | b'w'), read: won_closed_at, quote: Quote::Market },
    Statement { starts: |b| matches!(b, b'D' | b'd'), read: dollar_trading_at, quote: Quote::Market },
    Statement { starts: |b| matches!(b, b'W' | b'w'), read: won_dollar_rate_at, quote: Quote::Market },
    Statement { starts: |b| b == b'1', read: dallar_equals, quote: Quote::Conversion },
    Statement { starts: |b| b == "달".as_bytes()[0], read: dallar_dang, quote: Quote::Market },
    Statement { starts: |b| b == "원".as_bytes()[0], read: won_dallar_hwanyul, quote: Quote::Market },
];

/// The first byte of "₩".
const WON_SIGN_LEAD: u8 = "₩".as_bytes()[0];

/// Gap characters between the words of a market quote and its figure: anything but the end
/// of a sentence or clause. A decimal point is no end ("down 4.3 won to 1,425.9").
fn in_clause(b: &[u8], i: usize) -> bool {
    !matches!(b[i], b';' | b'\n') && (b[i] != b'.' || decimal_point(b, i))
}

/// Whether the "." at `i` sits between digits.
fn decimal_point(b: &[u8], i: usize) -> bool {
    let digit = |j: Option<usize>| j.and_then(|j| b.get(j)).is_some_and(u8::is_ascii_digit);
    digit(i.checked_sub(1)) && digit(Some(i + 1))
}

/// "($1 = 1,420.1 won)", "US$1 = W1,420", "U.S.$1 equals about KRW 1,420":
/// `(US|U.S.)?$ ?1 ?(=|equals|is|was) ?(about |around )?(₩|W|KRW ?)?N( ?won)?`.
fn dollar_equals(c: &mut Cursor<'_>) -> Option<Range<usize>> {
    c.one_of_ci(&["US", "U.S."]);
    c.eat('$').then_some(())?;
    c.eat(' ');
    c.eat('1').then_some(())?;
    c.eat(' ');
    c.one_of_ci(&["=", "equals", "is", "was"])?;
    c.eat(' ');
    c.one_of_ci(&["about ", "around "]);
    if c.lit_ci("KRW") {
        c.eat(' ');
    } else {
        won_sign(c);
    }
    let n = number(c)?;
    c.test(|c| {
        c.eat(' ');
        c.lit_ci("won")
    });
    Some(n)
}

/// "1 dollar was worth 1,420 won", "one U.S. dollar bought about 1,420 won":
/// `\b(1|one|a|each) +(U.S. +|US +)?dollar +VERB +(about |around |roughly )?(₩|W)?N ?won`.
fn one_dollar_buys(c: &mut Cursor<'_>) -> Option<Range<usize>> {
    const VERBS: &[&str] = &[
        "=",
        "equals",
        "equaled",
        "is",
        "was",
        "is worth",
        "was worth",
        "is equal to",
        "was equal to",
        "buys",
        "bought",
        "fetches",
        "fetched",
        "traded for",
        "trades for",
    ];
    word_starts_at(c.text(), c.pos()).then_some(())?;
    c.one_of_ci(&["1", "one", "a", "each"])?;
    blanks(c)?;
    us(c);
    c.lit_ci("dollar").then_some(())?;
    blanks(c)?;
    c.one_of_ci_then(VERBS, |c| {
        blanks(c)?;
        c.one_of_ci(&["about ", "around ", "roughly "]);
        let n = won_amount(c)?;
        c.eat(' ');
        c.lit_ci("won").then_some(n)
    })
}

/// "at an exchange rate of 1,420 won (to the dollar)", "converted at 1,420 won per dollar":
/// `(exchange rate of|converted at|calculated at|conversion rate of) (about |around |roughly )?
/// (₩|W)?N ?(won|KRW)( +(to|per|against|for) +(the +|one +|a +|1 +)?(U.S. +|US +)?dollar)?`.
fn converted_at(c: &mut Cursor<'_>) -> Option<Range<usize>> {
    c.one_of_ci(&["exchange rate of", "converted at", "calculated at", "conversion rate of"])?;
    c.eat(' ').then_some(())?;
    c.one_of_ci(&["about ", "around ", "roughly "]);
    let n = won_amount(c)?;
    c.eat(' ');
    c.one_of_ci(&["won", "KRW"])?;
    c.attempt(|c| {
        blanks(c)?;
        c.one_of_ci(&["to", "per", "against", "for"])?;
        blanks(c)?;
        c.attempt(|c| {
            c.one_of_ci(&["the", "one", "a", "1"])?;
            blanks(c)
        });
        us(c);
        c.lit_ci("dollar").then_some(())
    });
    Some(n)
}

/// "₩1,420/$", "W1,420 per dollar": `(₩|W)N ?(/|per ) ?($|dollar)`.
fn won_per_dollar_sign(c: &mut Cursor<'_>) -> Option<Range<usize>> {
    won_sign(c).then_some(())?;
    let n = number(c)?;
    c.eat(' ');
    c.one_of_ci(&["/", "per "])?;
    c.eat(' ');
    c.one_of_ci(&["$", "dollar"])?;
    Some(n)
}

/// "1,420 won to the dollar", "1,437.3 won per dollar", "1,437.3 won against the greenback":
/// `(₩|W)?N ?won +(to|per|against|for|a|versus|vs.?) +(the +|one +|each +|a +|1 +)?
/// (U.S. +|US +|American +)?(dollar|greenback)`.
fn won_to_the_dollar(c: &mut Cursor<'_>) -> Option<Range<usize>> {
    let n = won_amount(c)?;
    c.eat(' ');
    c.lit_ci("won").then_some(())?;
    blanks(c)?;
    c.one_of_ci_then(&["to", "per", "against", "for", "a", "versus", "vs.", "vs"], |c| {
        blanks(c)?;
        c.attempt(|c| {
            c.one_of_ci(&["the", "one", "each", "a", "1"])?;
            blanks(c)
        });
        c.attempt(|c| {
            c.one_of_ci(&["U.S.", "US", "American"])?;
            blanks(c)
        });
        c.one_of_ci(&["dollar", "greenback"]).map(|_| n.clone())
    })
}

/// "the won closed at 1,437.3 per dollar", "the won weakened to 1,400 per dollar":
/// `\bwon\b[^.;\n]{0,80}?\b(at|to) +(₩|W)?N +(per|to the|against the|versus the) +
/// (U.S. +|US +)?(dollar|greenback)`, the gap as short as it can be.
fn won_closed_at(c: &mut Cursor<'_>) -> Option<Range<usize>> {
    word(c, "won")?;
    c.gap_then(80, in_clause, |c| {
        word_starts_at(c.text(), c.pos()).then_some(())?;
        c.one_of_ci(&["at", "to"])?;
        blanks(c)?;
        let n = won_amount(c)?;
        blanks(c)?;
        c.one_of_ci(&["per", "to the", "against the", "versus the"])?;
        blanks(c)?;
        us(c);
        c.one_of_ci(&["dollar", "greenback"]).map(|_| n)
    })
}

/// "the dollar was trading at 1,420 won": `\bdollar\b[^.;\n]{0,60}?\bat +(₩|W)?N ?won`.
fn dollar_trading_at(c: &mut Cursor<'_>) -> Option<Range<usize>> {
    word(c, "dollar")?;
    c.gap_then(60, in_clause, |c| {
        word_starts_at(c.text(), c.pos()).then_some(())?;
        c.lit_ci("at").then_some(())?;
        blanks(c)?;
        let n = won_amount(c)?;
        c.eat(' ');
        c.lit_ci("won").then_some(n)
    })
}

/// "the won-dollar exchange rate closed at 1,437.3 (won)":
/// `\bwon-dollar (exchange )?rate[^.;\n]{0,60}?\b(at|to|of) +(₩|W)?N`.
fn won_dollar_rate_at(c: &mut Cursor<'_>) -> Option<Range<usize>> {
    word_starts_at(c.text(), c.pos()).then_some(())?;
    c.lit_ci("won-dollar ").then_some(())?;
    c.lit_ci("exchange ");
    c.lit_ci("rate").then_some(())?;
    c.gap_then(60, in_clause, |c| {
        word_starts_at(c.text(), c.pos()).then_some(())?;
        c.one_of_ci(&["at", "to", "of"])?;
        blanks(c)?;
        won_amount(c)
    })
}

/// "(1달러=1,420원)": `1 ?달러 ?= ?N ?원`.
fn dallar_equals(c: &mut Cursor<'_>) -> Option<Range<usize>> {
    c.eat('1').then_some(())?;
    c.eat(' ');
    c.lit("달러").then_some(())?;
    c.eat(' ');
    c.eat('=').then_some(())?;
    c.eat(' ');
    won_number(c)
}

/// "달러당 1,420원", "달러당 약 1,420원": `달러당 ?(약 ?)?N ?원`.
fn dallar_dang(c: &mut Cursor<'_>) -> Option<Range<usize>> {
    c.lit("달러당").then_some(())?;
    c.eat(' ');
    if c.eat('약') {
        c.eat(' ');
    }
    won_number(c)
}

/// "원·달러 환율은 전 거래일보다 4.3원 내린 1,425.9원": `원(·|・|/|-)?달러 ?환율[^.\n]{0,120}?N ?원`,
/// the gap as short as it can be (a decimal point inside it is no full stop).
fn won_dallar_hwanyul(c: &mut Cursor<'_>) -> Option<Range<usize>> {
    c.eat('원').then_some(())?;
    c.one_of(&["·", "・", "/", "-"]);
    c.lit("달러").then_some(())?;
    c.eat(' ');
    c.lit("환율").then_some(())?;
    c.gap_then(120, |b, i| b[i] != b'\n' && (b[i] != b'.' || decimal_point(b, i)), won_number)
}

/// A rate as a number, "1,420.1" or "1420.1" (`[0-9]{1,2},[0-9]{3}(\.[0-9]+)?|[0-9]{3,4}
/// (\.[0-9]+)?`): its byte range. Every shape follows it with something other than a
/// digit or ".", so the longest reading is the only one that can match.
fn number(c: &mut Cursor<'_>) -> Option<Range<usize>> {
    let start = c.pos();
    let grouped = c.test(|c| c.digits(1, 2).is_some() && c.eat(',') && c.digits(3, 3).is_some());
    if !grouped {
        c.digits(3, 4)?;
    }
    c.test(|c| c.eat('.') && c.digits(1, usize::MAX).is_some());
    Some(start..c.pos())
}

/// A number after an optional won sign: `(₩|W)?N`.
fn won_amount(c: &mut Cursor<'_>) -> Option<Range<usize>> {
    c.attempt(|c| {
        won_sign(c).then_some(())?;
        number(c)
    })
    .or_else(|| number(c))
}

/// A won sign: "₩", "W", or the code "KRW" (a space may follow it).
fn won_sign(c: &mut Cursor<'_>) -> bool {
    if c.lit("KRW") {
        c.eat(' ');
        return true;
    }
    c.lit("₩") || c.lit_ci("W")
}

/// A number in won, in Korean: `N ?원`.
fn won_number(c: &mut Cursor<'_>) -> Option<Range<usize>> {
    let n = number(c)?;
    c.eat(' ');
    c.eat('원').then_some(n)
}

/// `word` (any case) as a whole word: `\bword\b`.
fn word(c: &mut Cursor<'_>, word: &str) -> Option<()> {
    (word_starts_at(c.text(), c.pos()) && c.lit_ci(word) && word_ends_at(c.text(), c.pos())).then_some(())
}

/// One or more spaces: ` +`.
fn blanks(c: &mut Cursor<'_>) -> Option<usize> {
    c.many(1, usize::MAX, |ch| ch == ' ')
}

/// An optional "U.S. " or "US " before "dollar": `(U.S. +|US +)?`.
fn us(c: &mut Cursor<'_>) {
    c.attempt(|c| {
        c.one_of_ci(&["U.S.", "US"])?;
        blanks(c)
    });
}

/// What a stated rate is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quote {
    /// The rate the article converts at.
    Conversion,
    /// The market's price of the dollar that day.
    Market,
    /// A past level the article recalls: a market quote far from the reference rate of the
    /// article's day, or one its words place in the past ([`super::when`]). Listed, never
    /// used.
    Past,
    /// A forecast or a target ("could reach 1,460 won against the dollar"). Listed, never
    /// used.
    Forecast,
}

/// Rates stated outright in the text.
pub fn stated(doc: &Document<'_>) -> Vec<Found> {
    // Accepted spans by start; an earlier pattern keeps its span against later overlaps.
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    let mut out: Vec<Found> = Vec::new();
    for statement in STATEMENTS {
        for (all, num) in find_all_starting(doc.text, statement.starts, statement.read) {
            let overlaps = taken.range(..all.end).next_back().is_some_and(|(_, &end)| end > all.start);
            // "at 11350 won per dollar" is not ₩1,350: the rate is a whole number.
            if overlaps || !whole_number(doc.text.as_bytes(), num.clone()) {
                continue;
            }
            let digits = &doc.text[num.clone()];
            let Some(value) = parse_numeral(digits).filter(|v| PLAUSIBLE.contains(v)) else { continue };
            taken.insert(all.start, all.end);
            let half = 0.5 * 10f64.powi(-(decimals(digits) as i32));
            out.push(Found {
                rate: Rate {
                    base: Currency::KRW,
                    quote: Currency::USD,
                    won_per_unit: value,
                    won_per_unit_min: value - half,
                    won_per_unit_max: value + half,
                    kind: RateKind::Stated,
                    bytes: all.clone(),
                    used: false,
                    date: None,
                    source: "stated in the article".into(),
                },
                paragraph: paragraph_at(doc, all.start),
                bytes: all,
                number: num,
                won_figure: None,
                quote: Some(statement.quote),
                day: None,
            });
        }
    }
    crate::order::by_key(&mut out, |f| f.bytes.start);
    out
}

/// Rates implied by won amounts printed with their dollar value.
pub fn pairs(doc: &Document<'_>, figures: &[Figure], bytes: &[std::ops::Range<usize>]) -> Vec<Found> {
    let mut out = Vec::new();
    for (k, won) in figures.iter().enumerate() {
        if won.kind != FigureKind::Money || won.currency != Some(Currency::KRW) || won.value_max.is_some() {
            continue;
        }
        let Some(paired) = won.paired.as_ref().filter(|p| p.currency == Currency::USD) else { continue };
        // The partner is the neighbour holding the paired amount.
        let partner = [k.wrapping_sub(1), k + 1].into_iter().find(|&j| {
            figures.get(j).is_some_and(|f| {
                f.currency == Some(Currency::USD) && f.value == paired.value && f.paired.is_some()
            })
        });
        let Some(j) = partner else { continue };
        let dollars = &figures[j];
        let rate = won.value / dollars.value;
        if !rate.is_finite() || !PLAUSIBLE.contains(&rate) {
            continue;
        }
        let low = dollars.value - dollars.rounding;
        let max = if low > 0.0 { won.value / low } else { f64::INFINITY };
        let min = won.value / (dollars.value + dollars.rounding);
        let (first, last) = (k.min(j), k.max(j));
        let mut range = bytes[first].start..bytes[last].end;
        // "12 trillion won ($8.45 billion)": the closing bracket belongs to the pair.
        let opened = doc.text.get(range.clone()).is_some_and(|s| s.contains('(') && !s.contains(')'));
        if opened && doc.text.get(range.end..).is_some_and(|rest| rest.starts_with(')')) {
            range.end += 1;
        }
        out.push(Found {
            rate: Rate {
                base: Currency::KRW,
                quote: Currency::USD,
                won_per_unit: rate,
                won_per_unit_min: min,
                won_per_unit_max: max,
                kind: RateKind::Pair,
                bytes: range.clone(),
                used: false,
                date: None,
                source: "implied by an amount the article prints in both currencies".into(),
            },
            paragraph: paragraph_at(doc, range.start),
            bytes: range,
            number: bytes[k].clone(),
            won_figure: Some(k),
            quote: None,
            day: None,
        });
    }
    out
}

/// Whether `range` of `text` is a whole number: no digit (nor a digit's "," or ".")
/// touching it on either side.
fn whole_number(text: &[u8], range: std::ops::Range<usize>) -> bool {
    let digit_at = |i: Option<usize>| i.and_then(|i| text.get(i)).is_some_and(u8::is_ascii_digit);
    let before = range.start.checked_sub(1);
    let touches_before = digit_at(before)
        || (before.and_then(|i| text.get(i)).is_some_and(|&b| b == b',' || b == b'.')
            && digit_at(range.start.checked_sub(2)));
    let after = text.get(range.end).copied();
    let touches_after = after.is_some_and(|b| b.is_ascii_digit())
        || (matches!(after, Some(b',' | b'.')) && digit_at(Some(range.end + 1)));
    !touches_before && !touches_after
}

pub fn paragraph_at(doc: &Document<'_>, byte: usize) -> usize {
    doc.paragraphs.partition_point(|p| p.start <= byte).saturating_sub(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The statements each shape reads in `text`: (shape's index, surface, number).
    fn read(text: &str) -> Vec<(usize, &str, &str)> {
        let mut out = Vec::new();
        for (k, s) in STATEMENTS.iter().enumerate() {
            for (all, num) in find_all_starting(text, s.starts, s.read) {
                out.push((k, &text[all], &text[num]));
            }
        }
        out
    }

    #[test]
    fn every_shape_reads_its_examples() {
        let cases: &[(&str, usize, &str)] = &[
            ("($1 = 1,420.1 won)", 0, "$1 = 1,420.1 won"),
            ("US$1 = W1,420", 0, "US$1 = W1,420"),
            ("U.S.$1 equals about KRW 1,420", 0, "U.S.$1 equals about KRW 1,420"),
            ("One U.S. dollar bought about 1,420 won", 1, "One U.S. dollar bought about 1,420 won"),
            ("at an exchange rate of 1,420 won to the dollar", 2, "exchange rate of 1,420 won to the dollar"),
            ("converted at 1,420 KRW.", 2, "converted at 1,420 KRW"),
            ("₩1,420/$", 3, "₩1,420/$"),
            ("1,437.3 won against the greenback", 4, "1,437.3 won against the greenback"),
            ("the won closed at 1,437.3 per dollar", 5, "won closed at 1,437.3 per dollar"),
            ("the dollar was trading at 1,420 won", 6, "dollar was trading at 1,420 won"),
            (
                "the won-dollar exchange rate closed at 1,437.3",
                7,
                "won-dollar exchange rate closed at 1,437.3",
            ),
            (
                "the won-dollar exchange rate closed at KRW 1,389.9 on the 15th",
                7,
                "won-dollar exchange rate closed at KRW 1,389.9",
            ),
            ("(1달러=1,420원)", 8, "1달러=1,420원"),
            ("달러당 약 1,420원", 9, "달러당 약 1,420원"),
            (
                "원·달러 환율은 전 거래일보다 12원 오른 1,437.3원",
                10,
                "원·달러 환율은 전 거래일보다 12원 오른 1,437.3원",
            ),
        ];
        for &(text, shape, surface) in cases {
            assert!(read(text).iter().any(|r| r.0 == shape && r.1 == surface), "{text}: {:?}", read(text));
        }
    }

    #[test]
    fn a_later_verb_is_tried_when_an_earlier_one_leads_nowhere() {
        // "is" comes first in the alternation and fails at "worth"; "is worth" reads on.
        assert_eq!(read("a dollar is worth 1,420 won"), vec![(1, "a dollar is worth 1,420 won", "1,420")]);
        assert_eq!(read("1,420 won against the dollar")[0].1, "1,420 won against the dollar");
    }

    #[test]
    fn a_market_quote_takes_the_shortest_gap_within_its_clause() {
        let found = read("The won closed at 1,437.3 per dollar, weakening to 1,440 per dollar");
        assert_eq!(found[0], (5, "won closed at 1,437.3 per dollar", "1,437.3"));
        // The gap never crosses the end of a sentence or clause, and "at" is a whole word.
        assert!(read("the won fell. It closed at 1,437.3 per dollar").is_empty());
        assert!(read("the won; closed at 1,437.3 per dollar").is_empty());
        assert!(read("the won flat 1,437.3 per dollar").is_empty());
    }

    #[test]
    fn a_gap_crosses_a_decimal_point_but_not_a_full_stop() {
        let text = "원·달러 환율은 전 거래일보다 4.3원 내린 1,425.9원에 마감했다.";
        assert_eq!(read(text)[0].2, "1,425.9");
        assert!(read("원·달러 환율은 내렸다. 1,425.9원").is_empty());
        assert_eq!(read("the won fell 2.3 to 1,437.3 per dollar")[0].2, "1,437.3");
    }

    #[test]
    fn numbers_are_read_whole() {
        assert_eq!(read("달러당 11,437.3원")[0].2, "11,437.3");
        // The scan finds "2345 won per dollar" inside "1,2345"; [`whole_number`] refuses it.
        assert_eq!(read("1,2345 won per dollar")[0].2, "2345");
        assert_eq!(read("12345 won per dollar")[0].2, "2345");
    }
}
