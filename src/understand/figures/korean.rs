//! Amounts written the Korean way: Arabic numerals mixed with the units 십, 백, 천 and the
//! myriad scales 만 (1e4), 억 (1e8), 조 (1e12) — "12조 원", "4조5천억원", "8억 달러",
//! "1,420원" — or in Hangul numerals ("이천칠백삼십오만원" = 27,350,000 won). Ranges
//! ("25000 - 30000원"), "약" (about) before and 이상/초과/이하/미만 after are read too; the
//! words after stay in the surface ("5000원 이상", "5,000 won or more"), as Korean prints them.
//!
//! Hangul numerals are ordinary syllables elsewhere (이 "this", 구 "district"), so an amount
//! made of them alone needs a unit syllable, must start a word and must end in a currency.

use super::currency::Currency;
use super::hit::Hit;
use super::FigureKind;
use crate::understand::numbers;

const DIGITS: &[(char, f64)] = &[
    ('영', 0.0),
    ('일', 1.0),
    ('이', 2.0),
    ('삼', 3.0),
    ('사', 4.0),
    ('오', 5.0),
    ('육', 6.0),
    ('칠', 7.0),
    ('팔', 8.0),
    ('구', 9.0),
];
const SMALL_UNITS: &[(char, f64)] = &[('십', 10.0), ('백', 100.0), ('천', 1000.0)];
const MYRIADS: &[(char, f64)] = &[('만', 1e4), ('억', 1e8), ('조', 1e12), ('경', 1e16)];

/// Currency words after the amount.
const CURRENCIES: &[(&str, Currency)] = &[
    ("원", Currency::KRW),
    ("₩", Currency::KRW),
    ("달러", Currency::USD),
    ("엔", Currency::JPY),
    ("위안", Currency::CNY),
    ("유로", Currency::EUR),
    ("파운드", Currency::GBP),
];

/// Words after the currency, with the qualifier they give.
const AFTER: &[(&str, &str)] =
    &[("이상", "at least"), ("초과", "more than"), ("이하", "up to"), ("미만", "less than")];

/// Syllables that continue 원 into another word (원자력 "nuclear", 원인 "cause").
const NOT_AFTER_WON: &[char] =
    &['자', '장', '인', '칙', '래', '전', '천', '형', '리', '료', '본', '고', '격', '로', '한'];

const RANGE_JOINERS: &[char] = &['-', '~', '–', '〜'];

fn lookup(table: &[(char, f64)], c: char) -> Option<f64> {
    table.iter().find(|(k, _)| *k == c).map(|&(_, v)| v)
}

fn is_hangul(c: char) -> bool {
    ('가'..='힣').contains(&c)
}

fn is_numeral_char(c: char) -> bool {
    c.is_ascii_digit()
        || lookup(DIGITS, c).is_some()
        || lookup(SMALL_UNITS, c).is_some()
        || lookup(MYRIADS, c).is_some()
}

/// An amount without its currency: value, end byte, whether it holds Arabic digits.
struct Bare {
    value: f64,
    end: usize,
    arabic: bool,
    /// "12조여 원": more than.
    over: bool,
    /// Place value of the last digit written ("84억5천만" → 1e7): the printed rounding.
    place: f64,
}

/// Finds every Korean-style amount in the text.
pub fn find(text: &str) -> Vec<Hit> {
    let mut out = Vec::new();
    // Quick exit: no currency word at all.
    if !CURRENCIES.iter().any(|(w, _)| text.contains(w)) {
        return out;
    }
    let mut pos = 0;
    let mut prev: Option<char> = None;
    while pos < text.len() {
        let Some(c) = text[pos..].chars().next() else { break };
        let starts = is_numeral_char(c)
            && !prev.is_some_and(|p| {
                p.is_ascii_alphanumeric()
                    || p == '.'
                    || p == ','
                    || is_numeral_char(p)
                    || !c.is_ascii_digit() && is_hangul(p)
            });
        if starts {
            if let Some(hit) = amount_at(text, pos) {
                prev = text[..hit.end].chars().next_back();
                pos = hit.end;
                out.push(hit);
                continue;
            }
        }
        prev = Some(c);
        pos += c.len_utf8();
    }
    out
}

fn amount_at(text: &str, start: usize) -> Option<Hit> {
    let first = bare(text, start)?;
    let currency = currency_at(text, first.end);
    let (low, high, currency, end) = match currency {
        Some((iso, end)) => match range_end(text, end) {
            Some((second, iso2, end2)) if iso2 == iso && second.value > first.value => {
                (first.value, Some(second.value), iso, end2)
            }
            _ => (first.value, None, iso, end),
        },
        None => {
            let (second, iso, end) = range_end(text, first.end)?;
            (second.value > first.value).then_some(())?;
            (first.value, Some(second.value), iso, end)
        }
    };
    if !first.arabic && !valid_hangul(text, start, first.end) {
        return None;
    }
    // "제1조 원칙" (Article 1, principle): 원 running on into another word.
    if text[..end].ends_with('원') && text[end..].chars().next().is_some_and(|c| NOT_AFTER_WON.contains(&c))
    {
        return None;
    }
    let mut qualifier = first.over.then_some("over");
    let before = &text[..start];
    let before = before.strip_suffix(' ').unwrap_or(before);
    if before.strip_suffix('약').is_some_and(|h| !h.chars().next_back().is_some_and(is_hangul)) {
        qualifier = Some("about");
    }
    let mut hit_end = end;
    let rest = &text[end..];
    let trimmed = rest.trim_start_matches(' ');
    if let Some((w, q)) = AFTER.iter().find(|(w, _)| trimmed.starts_with(w)) {
        hit_end = end + (rest.len() - trimmed.len()) + w.len();
        qualifier = Some(q);
    }
    Some(Hit {
        kind: FigureKind::Money,
        start,
        end: hit_end,
        value: low,
        value_max: high,
        currency: Some(currency),
        unit: None,
        qualifier,
        half_step: 0.5 * first.place,
        tokens: 0..0,
        qualifier_at: 0,
    })
}

/// Hangul-only amounts need a unit syllable somewhere.
fn valid_hangul(text: &str, start: usize, bare_end: usize) -> bool {
    text[start..bare_end].chars().any(|c| lookup(SMALL_UNITS, c).is_some() || lookup(MYRIADS, c).is_some())
}

/// "- 30000원", "~ 삼만원": the other end of a range and its currency.
fn range_end(text: &str, from: usize) -> Option<(Bare, Currency, usize)> {
    let rest = &text[from..];
    let t = rest.trim_start_matches(' ');
    let joiner = t.chars().next().filter(|c| RANGE_JOINERS.contains(c))?;
    let t2 = t[joiner.len_utf8()..].trim_start_matches(' ');
    let at = text.len() - t2.len();
    let second = bare(text, at)?;
    let (iso, end) = currency_at(text, second.end)?;
    Some((second, iso, end))
}

/// The currency word at `at` (after at most one space).
fn currency_at(text: &str, at: usize) -> Option<(Currency, usize)> {
    let rest = &text[at..];
    let t = rest.strip_prefix(' ').unwrap_or(rest);
    let skipped = rest.len() - t.len();
    CURRENCIES.iter().find(|(w, _)| t.starts_with(w)).map(|&(w, iso)| (iso, at + skipped + w.len()))
}

/// Reads numerals and units from `start`: "4조5천억", "이천칠백삼십오만", "27,350,000".
fn bare(text: &str, start: usize) -> Option<Bare> {
    let mut sum = Sum::new();
    let (mut pos, mut arabic, mut any, mut over) = (start, false, false, false);
    let mut end = start;
    while pos < text.len() {
        let c = text[pos..].chars().next()?;
        if c.is_ascii_digit() {
            if sum.pending() {
                break;
            }
            let numeral = &text[pos..numeral_end(text.as_bytes(), pos)];
            sum.number(numbers::parse_numeral(numeral)?, 10f64.powi(-(numbers::decimals(numeral) as i32)));
            arabic = true;
            pos += numeral.len();
        } else if let Some(d) = lookup(DIGITS, c) {
            if sum.pending() {
                break;
            }
            sum.number(d, 1.0);
            pos += c.len_utf8();
        } else if let Some(u) = lookup(SMALL_UNITS, c) {
            sum.small_unit(u);
            pos += c.len_utf8();
        } else if let Some(m) = lookup(MYRIADS, c) {
            sum.myriad(m);
            pos += c.len_utf8();
            // "12조여 원"
            if text[pos..].starts_with('여') {
                over = true;
                pos += '여'.len_utf8();
                end = pos;
                any = true;
                break;
            }
            // "4조 5천억 원": a space may separate myriad groups. The amount ends before it
            // until another group follows: a trailing space belongs to nothing.
            if text[pos..].starts_with(' ')
                && text[pos + 1..].chars().next().is_some_and(|n| {
                    n.is_ascii_digit() || lookup(DIGITS, n).is_some() || lookup(SMALL_UNITS, n).is_some()
                })
            {
                end = pos;
                any = true;
                pos += 1;
                continue;
            }
        } else {
            break;
        }
        any = true;
        end = pos;
    }
    let (value, place) = sum.finish();
    (any && value.is_finite()).then_some(Bare { value, end, arabic, over, place })
}

/// The end of the Arabic numeral at `pos`: digits, with `,` or `.` only between digits.
fn numeral_end(bytes: &[u8], mut pos: usize) -> usize {
    while pos < bytes.len()
        && (bytes[pos].is_ascii_digit()
            || (bytes[pos] == b',' || bytes[pos] == b'.')
                && bytes.get(pos + 1).is_some_and(u8::is_ascii_digit))
    {
        pos += 1;
    }
    pos
}

/// A Korean amount's value as it is read: the myriad groups closed so far (조, 억, 만), the
/// group below the next myriad (천, 백, 십), and the number just read, each with the place
/// value of its last digit written.
struct Sum {
    total: f64,
    group: f64,
    current: Option<f64>,
    current_place: f64,
    group_place: f64,
    place: f64,
}

impl Sum {
    fn new() -> Self {
        Sum { total: 0.0, group: 0.0, current: None, current_place: 1.0, group_place: 1.0, place: 1.0 }
    }

    /// A number has been read and waits for its unit: another number cannot follow.
    fn pending(&self) -> bool {
        self.current.is_some()
    }

    /// A number ("4", "1,420.5", "사") and the place value of its last digit.
    fn number(&mut self, value: f64, place: f64) {
        self.current = Some(value);
        self.current_place = place;
    }

    /// 천, 백, 십: multiplies the number read (one when none: "천" is 1,000) into the group.
    fn small_unit(&mut self, unit: f64) {
        self.group += self.current.take().unwrap_or(1.0) * unit;
        self.group_place = self.current_place * unit;
        self.current_place = 1.0;
    }

    /// 조, 억, 만: closes the group (one when empty: "만" is 10,000) times the myriad.
    fn myriad(&mut self, myriad: f64) {
        if self.current.is_some() {
            self.group_place = self.current_place;
        } else if self.group == 0.0 {
            self.group_place = 1.0;
        }
        let part = self.group + self.current.take().unwrap_or(0.0);
        self.total += if part == 0.0 { 1.0 } else { part } * myriad;
        self.place = self.group_place * myriad;
        self.group = 0.0;
        self.current_place = 1.0;
    }

    /// The amount and the place value of its last digit written.
    fn finish(self) -> (f64, f64) {
        let value = self.total + self.group + self.current.unwrap_or(0.0);
        let place = if self.current.is_some() {
            self.current_place
        } else if self.group > 0.0 {
            self.group_place
        } else {
            self.place
        };
        (value, place)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn won(s: &str) -> Vec<(f64, Option<f64>, &'static str, String)> {
        find(s)
            .into_iter()
            .map(|h| {
                (h.value, h.value_max, h.currency.map_or("", Currency::code), s[h.start..h.end].to_string())
            })
            .collect()
    }

    #[test]
    fn numerals_units_and_hangul() {
        assert_eq!(won("정부는 12조 원 규모의")[0].0, 12e12);
        assert_eq!(won("4조5천억원")[0].0, 4.5e12);
        assert_eq!(won("8억 달러")[0].0, 8e8);
        assert_eq!(won("8억 달러")[0].2, "USD");
        assert_eq!(won("1,420원")[0].0, 1420.0);
        assert_eq!(won("이천칠백삼십오만원")[0].0, 27_350_000.0);
        assert_eq!(won("만원 이하")[0].3, "만원 이하");
        assert_eq!(won("10₩")[0].0, 10.0);
        let rounding = |s: &str| find(s)[0].half_step;
        assert_eq!(rounding("84억5천만 달러"), 5e6);
        assert_eq!(rounding("12조 원"), 0.5e12);
        assert_eq!(rounding("1,420.5원"), 0.05);
    }

    #[test]
    fn ranges_and_ordinary_words() {
        assert_eq!(won("25000 - 30000원")[0].1, Some(30000.0));
        assert_eq!(won("이만오천원 - 삼만원")[0].0, 25000.0);
        assert!(won("구원을 받았다").is_empty());
        assert!(won("회원 가입").is_empty());
        assert!(won("헌법 제1조 원칙").is_empty());
    }
}
