//! The number inside a figure, read from tokens: a numeral ("1,420.1", "8.45") or number
//! words ("four", "twenty-five", "two and a half", "a dozen"), then an optional scale
//! ("billion", "bn", "tril.", attached "11bn"). Besides the value it keeps how finely the
//! number was printed: "$8.45 billion" stands for anything in 8.445–8.455 billion, which is
//! what bounds an exchange rate implied by it.

use super::lexicon::ABBREVIATED_SCALES;
use super::tokens::{Kind, Tokens};
use crate::understand::numbers::{decimals, exact_word_value, parse_numeral, scale_value};

#[derive(Debug, Clone, Copy)]
pub struct Number {
    pub value: f64,
    /// The scale word's multiplier (1 without one).
    pub scale: f64,
    /// Half the printed rounding step, in the same unit as `value` ("8.45 billion" → 5e6).
    pub half_step: f64,
    /// Index of the first token after the number.
    pub end: usize,
    /// Written in words ("four", "a dozen").
    pub words: bool,
    /// Only the article "a"/"an" ("a day"): a count only in front of a unit.
    pub article: bool,
}

/// Reads the number at token `i`.
pub fn at(t: &Tokens<'_>, i: usize) -> Option<Number> {
    let n = match t.kind(i)? {
        Kind::Num => numeral(t, i)?,
        Kind::Word => words(t, i)?,
        Kind::Sym => return None,
    };
    Some(with_scale(t, n))
}

fn numeral(t: &Tokens<'_>, i: usize) -> Option<Number> {
    let s = t.str(i);
    let value = parse_numeral(s)?;
    let places = decimals(s);
    let half_step = if places > 0 {
        0.5 * 10f64.powi(-(places as i32))
    } else {
        // "94,000" is as rounded as its trailing zeros say.
        let zeros = s.bytes().rev().filter(|&b| b != b',').take_while(|&b| b == b'0').count();
        let zeros = zeros.min(s.bytes().filter(u8::is_ascii_digit).count().saturating_sub(1));
        0.5 * 10f64.powi(zeros as i32)
    };
    Some(Number { value, scale: 1.0, half_step, end: i + 1, words: false, article: false })
}

/// Number words: cardinals joined by hyphens or spaces, "hundred", "a dozen", "half",
/// "and a half"; larger scales are left to [`with_scale`].
fn words(t: &Tokens<'_>, i: usize) -> Option<Number> {
    let mut j = i;
    let mut value = 0.0;
    let mut any = false;
    let mut article = false;
    if t.is_word(j, "a") || t.is_word(j, "an") {
        // "a ten percent rise": the article belongs to the phrase, not the number.
        if exact_word_value(t.str(j + 1)).is_some() {
            return None;
        }
        article = true;
        value = 1.0;
        j += 1;
    }
    loop {
        let w = t.str(j);
        if t.kind(j) != Some(Kind::Word) {
            break;
        }
        if let Some(v) = exact_word_value(w) {
            if any && value % 100.0 != 0.0 && !(value >= 20.0 && v < 10.0) {
                break;
            }
            value = if any { value + v } else { v };
            any = true;
            article = false;
            j += 1;
            // "twenty-five"
            if v >= 20.0 && t.is_sym(j, "-") && t.attached(j) && t.attached(j + 1) {
                if let Some(ones) = exact_word_value(t.str(j + 1)).filter(|&o| (1.0..10.0).contains(&o)) {
                    value += ones;
                    j += 2;
                }
            }
        } else if w.eq_ignore_ascii_case("hundred") && (any || article) {
            value = value.max(1.0) * 100.0;
            any = true;
            article = false;
            j += 1;
        } else if w.eq_ignore_ascii_case("dozen") && (any || article) {
            value = value.max(1.0) * 12.0;
            any = true;
            article = false;
            j += 1;
        } else if w.eq_ignore_ascii_case("half") && !any {
            // "half a million", "a half": one half.
            value = 0.5;
            any = true;
            article = false;
            j += 1;
            if t.is_word(j, "a")
                && t.kind(j + 1) == Some(Kind::Word)
                && scale_value(t.str(j + 1)).is_some_and(|s| s >= 1e3)
            {
                j += 1;
            }
            break;
        } else {
            break;
        }
    }
    // "two and a half"
    if any && t.is_word(j, "and") && t.is_word(j + 1, "a") && t.is_word(j + 2, "half") {
        value += 0.5;
        j += 3;
    }
    if !any && !article {
        return None;
    }
    Some(Number { value, scale: 1.0, half_step: 0.5, end: j, words: true, article })
}

/// Applies a scale word after the number: "8.45 billion", "11bn", "1.2 tril.". One-letter
/// scales ("5m", "$3b") only when attached to the numeral, so "5 m" is not five million.
fn with_scale(t: &Tokens<'_>, mut n: Number) -> Number {
    let j = n.end;
    if t.kind(j) != Some(Kind::Word) {
        return n;
    }
    let w = t.str(j);
    let Some(scale) = scale_value(w).filter(|&s| s >= 1e3 || (s == 100.0 && n.words)) else { return n };
    if w.len() == 1 && (!t.attached(j) || n.words) {
        return n;
    }
    let mut end = j + 1;
    // "tril." keeps its period.
    if ABBREVIATED_SCALES.contains_folded(w) && t.is_sym(end, ".") && t.attached(end) {
        end += 1;
    }
    n.value = times(n.value, scale);
    n.half_step = times(n.half_step, scale);
    n.scale = scale;
    n.end = end;
    n.article = false;
    n
}

/// `v × scale` for a power-of-ten scale, correctly rounded: 8.45 × 1e9 is 8450000000, not
/// 8449999999.999999, so printed amounts compare equal to what they say.
pub fn times(v: f64, scale: f64) -> f64 {
    let exp = scale.log10().round() as i32;
    if 10f64.powi(exp) != scale {
        return v * scale;
    }
    format!("{v}e{exp}").parse().unwrap_or(v * scale)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Option<(f64, f64, usize)> {
        let t = Tokens::new(s);
        at(&t, 0).map(|n| (n.value, n.half_step, n.end))
    }

    #[test]
    fn numerals_with_scales_and_their_rounding() {
        assert_eq!(read("8.45 billion"), Some((8.45e9, 0.005 * 1e9, 2)));
        assert_eq!(read("11bn in"), Some((11e9, 0.5e9, 2)));
        assert_eq!(read("1.2 tril. won").map(|x| (x.0, x.2)), Some((1.2e12, 3)));
        assert_eq!(read("94,000").map(|x| x.1), Some(500.0));
        assert_eq!(read("5 m away").map(|x| x.0), Some(5.0));
    }

    #[test]
    fn number_words() {
        assert_eq!(read("twenty-five").map(|x| x.0), Some(25.0));
        assert_eq!(read("four trillion won").map(|x| x.0), Some(4e12));
        assert_eq!(read("two and a half years").map(|x| x.0), Some(2.5));
        assert_eq!(read("a dozen").map(|x| x.0), Some(12.0));
        assert_eq!(read("one hundred percent").map(|x| x.0), Some(100.0));
        assert_eq!(read("half a million").map(|x| x.0), Some(5e5));
        assert!(at(&Tokens::new("a day"), 0).is_some_and(|n| n.article));
        assert!(read("the").is_none());
    }
}
