//! Writing a converted amount the way the article writes dollars: "$2.82 billion",
//! "$704 million", "$1.2 million", "$12,300", with no more significant digits than the rate
//! supports (three for a rate known to within 0.5%, two within 5%, else one) and never
//! more than the three news copy uses. A range reads "$140–$210".
//!
//! [`source`] words where the rate came from, for every conversion: "the article's rate,
//! ₩1,420/$", "ECB reference rate, 16 Apr 2025, ₩1,418/$".

use super::{Rate, RateKind};

const SCALES: &[(f64, &str)] = &[(1e12, " trillion"), (1e9, " billion"), (1e6, " million")];

/// The display text of a dollar value (and the upper end of a range).
pub fn text(value: f64, high: Option<f64>, rate: &Rate) -> String {
    let digits = significant_digits(rate);
    match high {
        Some(h) => format!("{}–{}", dollars(value, digits), dollars(h, digits)),
        None => dollars(value, digits),
    }
}

/// Where the rate of a conversion came from, with the rate: "ECB reference rate, 16 Apr
/// 2025, ₩1,418/$".
pub fn source(rate: &Rate) -> String {
    let origin = match rate.kind {
        RateKind::Pair | RateKind::Stated => "the article's rate",
        RateKind::User | RateKind::Reference => rate.source.as_str(),
    };
    let won = (rate.won_per_unit.round() as u64).to_string();
    format!("{origin}, ₩{}/$", group_thousands(&won))
}

fn significant_digits(rate: &Rate) -> i32 {
    let uncertainty = (rate.won_per_unit_max - rate.won_per_unit_min) / (2.0 * rate.won_per_unit);
    if uncertainty.is_nan() || uncertainty < 0.005 {
        3
    } else if uncertainty < 0.05 {
        2
    } else {
        1
    }
}

/// "$2.82 billion" for 2,816,702,908.81 at three digits.
pub fn dollars(value: f64, digits: i32) -> String {
    if !value.is_finite() || value <= 0.0 {
        return "$0".into();
    }
    // Under a hundred dollars: dollars and cents, "$0.70".
    if value < 99.995 {
        return format!("${value:.2}");
    }
    let (scale, word) = SCALES.iter().find(|(s, _)| value >= *s * 0.9995).copied().unwrap_or((1.0, ""));
    let x = value / scale;
    let magnitude = x.log10().floor() as i32;
    let places = (digits - 1 - magnitude).max(0);
    let step = 10f64.powi(digits - 1 - magnitude);
    let rounded = (x * step).round() / step;
    let mut number = format!("{rounded:.*}", places as usize);
    if number.contains('.') {
        number = number.trim_end_matches('0').trim_end_matches('.').to_string();
    }
    format!("${}{}", group_thousands(&number), word)
}

/// "12300" → "12,300"; decimals untouched.
fn group_thousands(number: &str) -> String {
    let (int, frac) = number.split_once('.').map_or((number, None), |(i, f)| (i, Some(f)));
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn news_style_dollars() {
        assert_eq!(dollars(2_816_702_908.81, 3), "$2.82 billion");
        assert_eq!(dollars(704_200_000.0, 3), "$704 million");
        assert_eq!(dollars(1_234_000.0, 2), "$1.2 million");
        assert_eq!(dollars(12_345.0, 3), "$12,300");
        assert_eq!(dollars(999_700_000.0, 3), "$1 billion");
        assert_eq!(dollars(2_800_000_000.0, 3), "$2.8 billion");
        assert_eq!(dollars(7.04, 3), "$7.04");
        assert_eq!(dollars(0.704, 3), "$0.70");
        assert_eq!(dollars(352_113.0, 3), "$352,000");
    }
}
