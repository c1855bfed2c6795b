//! Warnings about the article's rates: its own conversions disagreeing with each other by
//! more than their printed rounding allows ("the article converts at ₩1,420 and ₩1,380 per
//! dollar").

use super::choose::contradict;
use super::Found;

/// At most this many distinct rates are named (and compared against).
const MAX_LISTED: usize = 6;

/// One warning listing the distinct rates, when two of them cannot both be right.
pub fn contradictions(found: &[Found]) -> Vec<String> {
    let mut distinct: Vec<&Found> = Vec::new();
    let mut conflict = false;
    for f in found {
        let mut same = false;
        for d in &distinct {
            if contradict(f, d) {
                conflict = true;
            } else {
                same = true;
            }
        }
        if !same && distinct.len() < MAX_LISTED {
            distinct.push(f);
        }
    }
    if !conflict || distinct.len() < 2 {
        return Vec::new();
    }
    let names: Vec<String> = distinct.iter().map(|f| won(f.rate.won_per_unit)).collect();
    let (last, rest) = names.split_last().map_or((String::new(), &[][..]), |(l, r)| (l.clone(), r));
    vec![format!("the article converts at {} and {} per dollar", rest.join(", "), last)]
}

/// "₩1,420"
fn won(rate: f64) -> String {
    let n = rate.round() as u64;
    let s = n.to_string();
    let mut out = String::from("₩");
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}
