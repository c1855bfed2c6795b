//! Currency tables: the signs printed before an amount ("$", "US$", "₩", "KRW") and the
//! words after it ("won", "australian dollars", "cents"), each with its ISO 4217 code.
//! Bare "francs" or "pesos" name no one country's currency: their code is unknown (None).

use std::sync::OnceLock;

use super::tokens::{PhraseTable, Tokens};

/// A currency as printed: its ISO code (None when the words do not tell) and the factor
/// from the printed unit to that currency's main unit (cents → 0.01 dollars).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Unit {
    pub iso: Option<&'static str>,
    pub factor: f64,
}

const fn unit(iso: &'static str) -> Unit {
    Unit { iso: Some(iso), factor: 1.0 }
}

/// Signs written before the number, matched case-insensitively with nothing between
/// their parts ("US$", "hk$", "GB£"). The letter "W" for won is handled apart: it must be
/// an upper-case W touching the numeral ("W3.5 billion").
const PREFIXES: &[(&str, Unit)] = &[
    ("US$", unit("USD")),
    ("USD$", unit("USD")),
    ("U.S.$", unit("USD")),
    ("C$", unit("CAD")),
    ("CA$", unit("CAD")),
    ("CAN$", unit("CAD")),
    ("HK$", unit("HKD")),
    ("AU$", unit("AUD")),
    ("A$", unit("AUD")),
    ("NZ$", unit("NZD")),
    ("S$", unit("SGD")),
    ("NT$", unit("TWD")),
    ("R$", unit("BRL")),
    ("MX$", unit("MXN")),
    ("$", unit("USD")),
    ("GB£", unit("GBP")),
    ("£", unit("GBP")),
    ("€", unit("EUR")),
    ("¥", unit("JPY")),
    ("₩", unit("KRW")),
    ("￦", unit("KRW")),
    ("₹", unit("INR")),
];

/// ISO codes printed before or after the number ("KRW 50 billion", "$249 USD"); upper case only.
const CODES: &[(&str, Unit)] = &[
    ("KRW", unit("KRW")),
    ("USD", unit("USD")),
    ("EUR", unit("EUR")),
    ("JPY", unit("JPY")),
    ("CNY", unit("CNY")),
    ("RMB", unit("CNY")),
    ("GBP", unit("GBP")),
    ("AUD", unit("AUD")),
    ("CAD", unit("CAD")),
    ("HKD", unit("HKD")),
    ("CHF", unit("CHF")),
    ("SGD", unit("SGD")),
    ("TWD", unit("TWD")),
    ("INR", unit("INR")),
];

/// Currency words after the number, matched case-insensitively, longest first.
const WORDS: &[(&str, Unit)] = &[
    ("won", unit("KRW")),
    ("korean won", unit("KRW")),
    ("dollars", unit("USD")),
    ("dollar", unit("USD")),
    ("us dollars", unit("USD")),
    ("u.s. dollars", unit("USD")),
    ("us dollar", unit("USD")),
    ("u.s. dollar", unit("USD")),
    ("american dollars", unit("USD")),
    ("australian dollars", unit("AUD")),
    ("australian dollar", unit("AUD")),
    ("canadian dollars", unit("CAD")),
    ("hong kong dollars", unit("HKD")),
    ("new zealand dollars", unit("NZD")),
    ("singapore dollars", unit("SGD")),
    ("taiwan dollars", unit("TWD")),
    ("new taiwan dollars", unit("TWD")),
    ("yen", unit("JPY")),
    ("japanese yen", unit("JPY")),
    ("yuan", unit("CNY")),
    ("chinese yuan", unit("CNY")),
    ("renminbi", unit("CNY")),
    ("euros", unit("EUR")),
    ("euro", unit("EUR")),
    ("pounds", unit("GBP")),
    ("pound", unit("GBP")),
    ("pounds sterling", unit("GBP")),
    ("sterling", unit("GBP")),
    ("british pounds", unit("GBP")),
    ("pence", Unit { iso: Some("GBP"), factor: 0.01 }),
    ("penny", Unit { iso: Some("GBP"), factor: 0.01 }),
    ("pennies", Unit { iso: Some("GBP"), factor: 0.01 }),
    ("cents", Unit { iso: Some("USD"), factor: 0.01 }),
    ("cent", Unit { iso: Some("USD"), factor: 0.01 }),
    ("francs", Unit { iso: None, factor: 1.0 }),
    ("franc", Unit { iso: None, factor: 1.0 }),
    ("swiss francs", unit("CHF")),
    ("french francs", unit("FRF")),
    ("belgian francs", unit("BEF")),
    ("finnish markka", unit("FIM")),
    ("markka", unit("FIM")),
    ("markkaa", unit("FIM")),
    ("deutsche marks", unit("DEM")),
    ("german marks", unit("DEM")),
    ("pesetas", unit("ESP")),
    ("dutch guilders", unit("NLG")),
    ("guilders", unit("NLG")),
    ("italian lire", unit("ITL")),
    ("lire", unit("ITL")),
    ("turkish lira", unit("TRY")),
    ("rupees", unit("INR")),
    ("indian rupees", unit("INR")),
    ("rubles", unit("RUB")),
    ("roubles", unit("RUB")),
    ("pesos", Unit { iso: None, factor: 1.0 }),
    ("mexican pesos", unit("MXN")),
    ("philippine pesos", unit("PHP")),
    ("baht", unit("THB")),
    ("dong", unit("VND")),
    ("ringgit", unit("MYR")),
    ("rupiah", unit("IDR")),
    ("rand", unit("ZAR")),
    ("shekels", unit("ILS")),
    ("riyals", unit("SAR")),
    ("dirhams", unit("AED")),
    ("swedish kronor", unit("SEK")),
    ("norwegian kroner", unit("NOK")),
    ("danish kroner", unit("DKK")),
];

fn table(
    cell: &'static OnceLock<PhraseTable<Unit>>,
    rows: &'static [(&'static str, Unit)],
) -> &'static PhraseTable<Unit> {
    cell.get_or_init(|| PhraseTable::new(rows))
}

/// The sign before a number at token `i`: its unit and the index after it.
pub fn prefix(t: &Tokens<'_>, i: usize) -> Option<(Unit, usize)> {
    static CELL: OnceLock<PhraseTable<Unit>> = OnceLock::new();
    // A sign glued to the end of a word ("abc$5") is not that country's dollar.
    if let Some(hit) = table(&CELL, PREFIXES).longest(t, i) {
        return Some(hit);
    }
    if t.str(i) == "W" && t.attached(i + 1) && t.kind(i + 1) == Some(super::tokens::Kind::Num) {
        return Some((unit("KRW"), i + 1));
    }
    code(t, i)
}

/// An upper-case ISO code at token `i`.
pub fn code(t: &Tokens<'_>, i: usize) -> Option<(Unit, usize)> {
    let s = t.str(i);
    CODES.iter().find(|(c, _)| *c == s).map(|&(_, u)| (u, i + 1))
}

/// The currency words after a number at token `i`.
pub fn words(t: &Tokens<'_>, i: usize) -> Option<(Unit, usize)> {
    static CELL: OnceLock<PhraseTable<Unit>> = OnceLock::new();
    table(&CELL, WORDS).longest(t, i)
}
