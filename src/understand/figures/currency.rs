//! Currency tables: the signs printed before an amount ("$", "US$", "₩", "KRW") and the
//! words after it ("won", "australian dollars", "cents"), each with its ISO 4217 code.
//! Bare "francs" or "pesos" name no one country's currency: their code is unknown (None).
//! A currency is a [`Currency`], compared as one; its ISO code is only written out.

use std::sync::OnceLock;

use super::tokens::{PhraseTable, Tokens};

/// Declares [`Currency`] with one variant per ISO 4217 code the tables know.
macro_rules! currencies {
    ($($code:ident),* $(,)?) => {
        /// A currency the tables know, named by its ISO 4217 code.
        #[allow(clippy::upper_case_acronyms)]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Currency {
            $($code),*
        }

        impl Currency {
            /// The ISO 4217 code ("KRW").
            pub const fn code(self) -> &'static str {
                match self {
                    $(Currency::$code => stringify!($code)),*
                }
            }
        }
    };
}

currencies!(
    AED, AUD, BEF, BRL, CAD, CHF, CNY, DEM, DKK, ESP, EUR, FIM, FRF, GBP, HKD, IDR, ILS, INR, ITL, JPY, KRW,
    MXN, MYR, NLG, NOK, NZD, PHP, RUB, SAR, SEK, SGD, THB, TRY, TWD, USD, VND, ZAR,
);

impl serde::Serialize for Currency {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

/// A currency as printed: its ISO code (None when the words do not tell) and the factor
/// from the printed unit to that currency's main unit (cents → 0.01 dollars).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Unit {
    pub iso: Option<Currency>,
    pub factor: f64,
}

const fn unit(iso: Currency) -> Unit {
    Unit { iso: Some(iso), factor: 1.0 }
}

/// Signs written before the number, matched case-insensitively with nothing between
/// their parts ("US$", "hk$", "GB£"). The letter "W" for won is handled apart: it must be
/// an upper-case W touching the numeral ("W3.5 billion").
const PREFIXES: &[(&str, Unit)] = &[
    ("US$", unit(Currency::USD)),
    ("USD$", unit(Currency::USD)),
    ("U.S.$", unit(Currency::USD)),
    ("C$", unit(Currency::CAD)),
    ("CA$", unit(Currency::CAD)),
    ("CAN$", unit(Currency::CAD)),
    ("HK$", unit(Currency::HKD)),
    ("AU$", unit(Currency::AUD)),
    ("A$", unit(Currency::AUD)),
    ("NZ$", unit(Currency::NZD)),
    ("S$", unit(Currency::SGD)),
    ("NT$", unit(Currency::TWD)),
    ("R$", unit(Currency::BRL)),
    ("MX$", unit(Currency::MXN)),
    ("$", unit(Currency::USD)),
    ("GB£", unit(Currency::GBP)),
    ("£", unit(Currency::GBP)),
    ("€", unit(Currency::EUR)),
    ("¥", unit(Currency::JPY)),
    ("₩", unit(Currency::KRW)),
    ("￦", unit(Currency::KRW)),
    ("₹", unit(Currency::INR)),
];

/// ISO codes printed before or after the number ("KRW 50 billion", "$249 USD"); upper case only.
const CODES: &[(&str, Unit)] = &[
    ("KRW", unit(Currency::KRW)),
    ("USD", unit(Currency::USD)),
    ("EUR", unit(Currency::EUR)),
    ("JPY", unit(Currency::JPY)),
    ("CNY", unit(Currency::CNY)),
    ("RMB", unit(Currency::CNY)),
    ("GBP", unit(Currency::GBP)),
    ("AUD", unit(Currency::AUD)),
    ("CAD", unit(Currency::CAD)),
    ("HKD", unit(Currency::HKD)),
    ("CHF", unit(Currency::CHF)),
    ("SGD", unit(Currency::SGD)),
    ("TWD", unit(Currency::TWD)),
    ("INR", unit(Currency::INR)),
];

/// Currency words after the number, matched case-insensitively, longest first.
const WORDS: &[(&str, Unit)] = &[
    ("won", unit(Currency::KRW)),
    ("korean won", unit(Currency::KRW)),
    ("dollars", unit(Currency::USD)),
    ("dollar", unit(Currency::USD)),
    ("us dollars", unit(Currency::USD)),
    ("u.s. dollars", unit(Currency::USD)),
    ("us dollar", unit(Currency::USD)),
    ("u.s. dollar", unit(Currency::USD)),
    ("american dollars", unit(Currency::USD)),
    ("australian dollars", unit(Currency::AUD)),
    ("australian dollar", unit(Currency::AUD)),
    ("canadian dollars", unit(Currency::CAD)),
    ("hong kong dollars", unit(Currency::HKD)),
    ("new zealand dollars", unit(Currency::NZD)),
    ("singapore dollars", unit(Currency::SGD)),
    ("taiwan dollars", unit(Currency::TWD)),
    ("new taiwan dollars", unit(Currency::TWD)),
    ("yen", unit(Currency::JPY)),
    ("japanese yen", unit(Currency::JPY)),
    ("yuan", unit(Currency::CNY)),
    ("chinese yuan", unit(Currency::CNY)),
    ("renminbi", unit(Currency::CNY)),
    ("euros", unit(Currency::EUR)),
    ("euro", unit(Currency::EUR)),
    ("pounds", unit(Currency::GBP)),
    ("pound", unit(Currency::GBP)),
    ("pounds sterling", unit(Currency::GBP)),
    ("sterling", unit(Currency::GBP)),
    ("british pounds", unit(Currency::GBP)),
    ("pence", Unit { iso: Some(Currency::GBP), factor: 0.01 }),
    ("penny", Unit { iso: Some(Currency::GBP), factor: 0.01 }),
    ("pennies", Unit { iso: Some(Currency::GBP), factor: 0.01 }),
    ("cents", Unit { iso: Some(Currency::USD), factor: 0.01 }),
    ("cent", Unit { iso: Some(Currency::USD), factor: 0.01 }),
    ("francs", Unit { iso: None, factor: 1.0 }),
    ("franc", Unit { iso: None, factor: 1.0 }),
    ("swiss francs", unit(Currency::CHF)),
    ("french francs", unit(Currency::FRF)),
    ("belgian francs", unit(Currency::BEF)),
    ("finnish markka", unit(Currency::FIM)),
    ("markka", unit(Currency::FIM)),
    ("markkaa", unit(Currency::FIM)),
    ("deutsche marks", unit(Currency::DEM)),
    ("german marks", unit(Currency::DEM)),
    ("pesetas", unit(Currency::ESP)),
    ("dutch guilders", unit(Currency::NLG)),
    ("guilders", unit(Currency::NLG)),
    ("italian lire", unit(Currency::ITL)),
    ("lire", unit(Currency::ITL)),
    ("turkish lira", unit(Currency::TRY)),
    ("rupees", unit(Currency::INR)),
    ("indian rupees", unit(Currency::INR)),
    ("rubles", unit(Currency::RUB)),
    ("roubles", unit(Currency::RUB)),
    ("pesos", Unit { iso: None, factor: 1.0 }),
    ("mexican pesos", unit(Currency::MXN)),
    ("philippine pesos", unit(Currency::PHP)),
    ("baht", unit(Currency::THB)),
    ("dong", unit(Currency::VND)),
    ("ringgit", unit(Currency::MYR)),
    ("rupiah", unit(Currency::IDR)),
    ("rand", unit(Currency::ZAR)),
    ("shekels", unit(Currency::ILS)),
    ("riyals", unit(Currency::SAR)),
    ("dirhams", unit(Currency::AED)),
    ("swedish kronor", unit(Currency::SEK)),
    ("norwegian kroner", unit(Currency::NOK)),
    ("danish kroner", unit(Currency::DKK)),
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
        return Some((unit(Currency::KRW), i + 1));
    }
    code(t, i)
}

/// An upper-case ISO code at token `i`.
pub fn code(t: &Tokens<'_>, i: usize) -> Option<(Unit, usize)> {
    let s = t.str(i);
    CODES.iter().find(|(c, _)| *c == s).map(|&(_, u)| (u, i + 1))
}

/// Whether `word` is an upper-case ISO code the tables know ("KRW", "USD").
pub fn is_code(word: &str) -> bool {
    CODES.iter().any(|(c, _)| *c == word)
}

/// The currency words after a number at token `i`.
pub fn words(t: &Tokens<'_>, i: usize) -> Option<(Unit, usize)> {
    static CELL: OnceLock<PhraseTable<Unit>> = OnceLock::new();
    table(&CELL, WORDS).longest(t, i)
}
