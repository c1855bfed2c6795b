//! The user's settings: one schema, read by everything that reads or writes them.
//!
//! The schema is `extension/settings-schema.json`, embedded here with `include_str!` and
//! fetched by the options page to build its form. It lists every key Lede keeps in
//! `storage.sync` (under the one key `settings`), with its kind and range:
//!
//! - `choice`: one of a list of `[stored value, label]` pairs, the first being the default
//!   (theme, font, line width);
//! - `number`: a finite number in `[min, max]`, rounded to `decimals` places, with an optional
//!   default and step (text size, line height, the user's won-per-dollar rate);
//! - `hosts`: a list of host names, at most `max_items` (the sites where Lede opens by itself).
//!
//! Nothing unchecked is used or stored: [`Schema::validate`] keeps the known keys whose
//! values fit and drops everything else, [`Schema::merge`] applies a change key by key onto
//! what is stored (a `null` removes a key), and [`Schema::parse_input`] reads what a person
//! typed into a text field ("1,420", "1 420", "1420.5"), refusing forms that are ambiguous
//! or foreign ("1.400", hex, exponents, signs) with a sentence that says why.
//!
//! This module has no DOM: it is compiled natively too, so its rules are unit-tested by
//! `cargo test`.

use std::sync::OnceLock;

use serde_json::{Map, Value};

/// The schema file, as shipped in the extension.
pub const SCHEMA_JSON: &str = include_str!("../../extension/settings-schema.json");

/// What kind of value a key holds (`kind` in the file).
#[derive(Debug, Clone)]
pub enum Field {
    /// One of `choices` (`[value, label]`); the first is the default.
    Choice { choices: Vec<(String, String)> },
    /// A number in `[min, max]`, rounded to `decimals` places.
    Number { min: f64, max: f64, decimals: u32, step: Option<f64>, default: Option<f64> },
    /// Host names (`example.com`, `127.0.0.1`), at most `max_items`.
    Hosts { max_items: usize },
}

/// One key of the schema.
#[derive(Debug, Clone)]
pub struct Key {
    pub name: String,
    pub label: String,
    pub unit: Option<String>,
    pub field: Field,
}

impl Key {
    /// A key's entry in the schema file.
    fn read(name: &str, entry: &Value) -> Result<Key, String> {
        let text = |field: &str| entry.get(field).and_then(Value::as_str).map(str::to_owned);
        let number = |field: &str| entry.get(field).and_then(Value::as_f64);
        let count = |field: &str| entry.get(field).and_then(Value::as_u64).ok_or(format!("no {field}"));
        let field = match entry.get("kind").and_then(Value::as_str) {
            Some("choice") => Field::Choice { choices: pairs(entry.get("choices"))? },
            Some("number") => Field::Number {
                min: number("min").ok_or("no min")?,
                max: number("max").ok_or("no max")?,
                decimals: u32::try_from(count("decimals")?).map_err(|e| e.to_string())?,
                step: number("step"),
                default: number("default"),
            },
            Some("hosts") => Field::Hosts { max_items: count("max_items")? as usize },
            kind => return Err(format!("unknown kind {kind:?}")),
        };
        Ok(Key { name: name.to_owned(), label: text("label").ok_or("no label")?, unit: text("unit"), field })
    }
}

/// A choice key's `[value, label]` pairs.
fn pairs(list: Option<&Value>) -> Result<Vec<(String, String)>, String> {
    let pair = |p: &Value| match p.as_array().map(Vec::as_slice) {
        Some([Value::String(value), Value::String(label)]) => Ok((value.clone(), label.clone())),
        _ => Err(format!("a choice is not a [value, label] pair: {p}")),
    };
    list.and_then(Value::as_array).ok_or("no choices")?.iter().map(pair).collect()
}

/// Every key Lede keeps.
#[derive(Debug)]
pub struct Schema {
    pub keys: Vec<Key>,
}

/// The schema, parsed once. The file is part of the build and checked by the tests, so a
/// malformed one is a build fault, not an input.
pub fn schema() -> &'static Schema {
    static SCHEMA: OnceLock<Schema> = OnceLock::new();
    SCHEMA.get_or_init(|| Schema::parse(SCHEMA_JSON).expect("extension/settings-schema.json is valid"))
}

impl Schema {
    /// Parses a schema file (every top-level key but `$comment` is a setting). Read by hand
    /// from the JSON value, not by a derived `Deserialize`: the first click on a page parses
    /// it, and the derived code (a tagged, flattened enum) was 53 KB of WASM to compile then.
    pub fn parse(json: &str) -> Result<Schema, String> {
        let Value::Object(map) = serde_json::from_str::<Value>(json).map_err(|e| e.to_string())? else {
            return Err("the schema is not an object".into());
        };
        let keys = map.iter().filter(|(name, _)| !name.starts_with('$'));
        let keys = keys.map(|(name, value)| Key::read(name, value).map_err(|e| format!("{name}: {e}")));
        Ok(Schema { keys: keys.collect::<Result<_, _>>()? })
    }

    pub fn key(&self, name: &str) -> Option<&Key> {
        self.keys.iter().find(|k| k.name == name)
    }

    /// The `[value, label]` pairs of a choice key (empty for other keys).
    pub fn choices(&self, name: &str) -> &[(String, String)] {
        match self.key(name).map(|k| &k.field) {
            Some(Field::Choice { choices }) => choices,
            _ => &[],
        }
    }

    /// `value` as stored for `name`, or `None` when it does not fit the schema.
    pub fn check(&self, name: &str, value: &Value) -> Option<Value> {
        match &self.key(name)?.field {
            Field::Choice { choices } => {
                let v = value.as_str()?;
                choices.iter().any(|(c, _)| c == v).then(|| Value::from(v))
            }
            Field::Number { min, max, decimals, .. } => {
                let x = value.as_f64().filter(|x| x.is_finite() && (*min..=*max).contains(x))?;
                Some(number_value(round(x, *decimals)))
            }
            Field::Hosts { max_items } => {
                let list = value.as_array().filter(|l| l.len() <= *max_items)?;
                let mut hosts: Vec<String> = Vec::with_capacity(list.len());
                for item in list {
                    let host = item.as_str().filter(|h| is_host(h))?.to_ascii_lowercase();
                    if !hosts.contains(&host) {
                        hosts.push(host);
                    }
                }
                Some(Value::from(hosts))
            }
        }
    }

    /// The known keys of `value` whose values fit; everything else is dropped.
    pub fn validate(&self, value: &Value) -> Map<String, Value> {
        let Some(map) = value.as_object() else { return Map::new() };
        self.keys
            .iter()
            .filter_map(|k| Some((k.name.clone(), self.check(&k.name, map.get(&k.name)?)?)))
            .collect()
    }

    /// `stored` (validated) with each key of `patch` applied: a fitting value replaces the
    /// stored one, `null` removes it, anything else leaves it as it was.
    pub fn merge(&self, stored: &Value, patch: &Value) -> Map<String, Value> {
        let mut merged = self.validate(stored);
        for (name, value) in patch.as_object().into_iter().flatten() {
            if value.is_null() && self.key(name).is_some() {
                merged.remove(name);
            } else if let Some(v) = self.check(name, value) {
                merged.insert(name.clone(), v);
            }
        }
        merged
    }

    /// What a person typed into the field of number key `name`: `Ok(None)` for an empty
    /// field (the key is removed: its default applies), `Ok(Some(n))` for a number in range,
    /// else a sentence saying what to type.
    pub fn parse_input(&self, name: &str, text: &str) -> Result<Option<f64>, String> {
        let Some(Key { label, unit, field: Field::Number { min, max, decimals, .. }, .. }) = self.key(name)
        else {
            return Err(format!("Lede has no number setting called “{name}”."));
        };
        let unit = unit.as_deref().map(|u| format!(" {u}")).unwrap_or_default();
        let range = format!("{label} must be between {}{unit} and {}{unit}", grouped(*min), grouped(*max));
        let example = grouped((min * max).sqrt().round());
        let x = match parse_decimal(text) {
            Ok(None) => return Ok(None),
            Ok(Some(x)) => x,
            Err(Problem::Ambiguous) => {
                return Err(format!(
                    "“{}” could be read two ways: write a thousands separator as a comma or a space \
                     (such as {example}) and decimals with a point.",
                    text.trim()
                ))
            }
            Err(Problem::Malformed) => {
                return Err(format!("Type a plain number, such as {example}: digits, with a comma or a space between thousands and a point before decimals."))
            }
        };
        if !(*min..=*max).contains(&x) {
            return Err(format!("{range}."));
        }
        Ok(Some(round(x, *decimals)))
    }
}

/// Why typed text is not a number.
#[derive(Debug, PartialEq)]
pub enum Problem {
    /// Not a plain decimal number (letters, signs, exponents, hex, misplaced separators).
    Malformed,
    /// A form that reads differently by country: "1.400" (1.4, or 1,400 with a point
    /// between thousands).
    Ambiguous,
}

/// Reads a plain decimal number as people type it: digits, thousands grouped by commas or
/// by spaces (not both), one decimal point; a leading "₩" is allowed. Signs, exponents,
/// hex and any letter are refused; so is "1.400" (one to three digits, a point and exactly
/// three digits), which half the world reads as 1,400.
pub fn parse_decimal(text: &str) -> Result<Option<f64>, Problem> {
    let t = text.trim();
    let t = t.strip_prefix('₩').map(str::trim_start).unwrap_or(t);
    if t.is_empty() {
        return Ok(None);
    }
    let (int, frac) = match t.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (t, None),
    };
    if let Some(f) = frac {
        if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Problem::Malformed);
        }
    }
    let is_space = |c: char| matches!(c, ' ' | '\u{a0}' | '\u{202f}');
    let groups: Vec<&str> = if int.contains(',') {
        if int.contains(is_space) {
            return Err(Problem::Malformed);
        }
        int.split(',').collect()
    } else {
        int.split(is_space).collect()
    };
    let digits = |g: &str| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit());
    let grouped_ok = groups.len() == 1
        || (groups[0].len() <= 3
            && groups[1..].iter().all(|g| g.len() == 3)
            && groups.iter().all(|g| digits(g)));
    if !groups.iter().all(|g| digits(g)) || !grouped_ok {
        return Err(Problem::Malformed);
    }
    if groups.len() == 1 && int.len() <= 3 && frac.is_some_and(|f| f.len() == 3) {
        return Err(Problem::Ambiguous);
    }
    let plain: String = groups.concat() + &frac.map(|f| format!(".{f}")).unwrap_or_default();
    plain.parse::<f64>().map(Some).map_err(|_| Problem::Malformed)
}

/// A host name as the browser writes it: ASCII letters, digits, dots and hyphens.
fn is_host(h: &str) -> bool {
    !h.is_empty()
        && h.len() <= 253
        && h.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

fn round(x: f64, decimals: u32) -> f64 {
    let scale = 10f64.powi(decimals as i32);
    (x * scale).round() / scale
}

/// Whole numbers stay integers in JSON (`20`, not `20.0`).
fn number_value(x: f64) -> Value {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        Value::from(x as i64)
    } else {
        Value::from(x)
    }
}

/// "10,000" for messages.
fn grouped(x: f64) -> String {
    if x.fract() != 0.0 {
        return x.to_string();
    }
    let digits = (x as i64).to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_shipped_schema_parses_and_lists_every_key() {
        let mut names: Vec<&str> = schema().keys.iter().map(|k| k.name.as_str()).collect();
        names.sort_unstable();
        assert_eq!(
            names,
            ["autoOpenSites", "font", "lineHeight", "size", "theme", "user_won_per_dollar", "width"]
        );
        assert_eq!(schema().choices("theme")[0].0, "auto");
    }

    #[test]
    fn typed_numbers_people_write_are_read() {
        for (text, value) in [
            ("1420", 1420.0),
            ("1,420", 1420.0),
            ("1 420", 1420.0),
            ("1420.5", 1420.5),
            ("₩1,380.5", 1380.5),
            ("1\u{a0}420", 1420.0),
            (" 1,420.25 ", 1420.25),
            ("10,000", 10000.0),
        ] {
            assert_eq!(parse_decimal(text), Ok(Some(value)), "{text}");
        }
        assert_eq!(parse_decimal("  "), Ok(None));
    }

    #[test]
    fn ambiguous_and_foreign_forms_are_refused() {
        assert_eq!(parse_decimal("1.400"), Err(Problem::Ambiguous));
        for text in [
            "0x10",
            "1e9",
            "1E3",
            "-1400",
            "+1400",
            "14,20",
            "1,4200",
            "1 420,5",
            "1.400.000",
            "1,420 500",
            "12a",
            "1420.",
            ".5",
            "Infinity",
            "NaN",
            "1_420",
        ] {
            assert_eq!(parse_decimal(text), Err(Problem::Malformed), "{text}");
        }
    }

    #[test]
    fn the_rate_field_accepts_only_a_plausible_rate() {
        let s = schema();
        assert_eq!(s.parse_input("user_won_per_dollar", "1,420"), Ok(Some(1420.0)));
        assert_eq!(s.parse_input("user_won_per_dollar", ""), Ok(None));
        for text in ["0.0001", "1", "99", "10,001", "1e9", "0x10", "1.400", "-1420"] {
            let e = s.parse_input("user_won_per_dollar", text).expect_err(text);
            assert!(!e.is_empty());
        }
        assert!(s
            .parse_input("user_won_per_dollar", "5")
            .unwrap_err()
            .contains("between 100 won per US dollar and 10,000"));
        assert!(s.parse_input("user_won_per_dollar", "1.400").unwrap_err().contains("two ways"));
        assert_eq!(
            s.parse_input("size", "40"),
            Err("Text size must be between 14 pixels and 32 pixels.".into())
        );
        assert_eq!(s.parse_input("size", ""), Ok(None), "an empty field removes the key; it never stores 14");
    }

    #[test]
    fn validation_keeps_known_keys_that_fit_and_nothing_else() {
        let stored = json!({ "theme": "dark", "font": "comic", "size": 1000, "lineHeight": 1.8000001,
            "user_won_per_dollar": 1, "autoOpenSites": ["Example.com", "example.com", "127.0.0.1"],
            "evil": "<script>", "width": 3 });
        assert_eq!(
            Value::Object(schema().validate(&stored)),
            json!({ "theme": "dark", "lineHeight": 1.8, "autoOpenSites": ["example.com", "127.0.0.1"] })
        );
        assert!(schema().validate(&json!({ "autoOpenSites": ["a b"] })).is_empty());
        assert!(schema().validate(&json!("not an object")).is_empty());
    }

    #[test]
    fn a_change_is_merged_key_by_key() {
        let stored = json!({ "theme": "dark", "size": 22, "user_won_per_dollar": 1400, "autoOpenSites": ["a.example"] });
        let merged = schema()
            .merge(&stored, &json!({ "theme": "sepia", "size": 99, "user_won_per_dollar": null, "x": 1 }));
        assert_eq!(
            Value::Object(merged),
            json!({ "theme": "sepia", "size": 22, "autoOpenSites": ["a.example"] })
        );
    }
}
