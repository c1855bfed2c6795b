//! Reading settings: what the user chose for theme, font, text size, line width and line
//! height, read from the settings JSON and written back to it.
//!
//! The choices are tables (value as stored, label as shown), so adding a theme is one line
//! here and one rule set in `overlay.css`. Keys the overlay does not own (the user's rate,
//! the sites list) are kept untouched when the settings are written back.

use serde_json::{Map, Value};

/// (stored value, label). The first entry is the default.
pub const THEMES: &[(&str, &str)] = &[
    ("auto", "Auto"),
    ("light", "Light"),
    ("dark", "Dark"),
    ("sepia", "Sepia"),
    ("contrast", "High contrast"),
];
pub const FONTS: &[(&str, &str)] = &[("serif", "Serif"), ("sans", "Sans-serif")];
pub const WIDTHS: &[(&str, &str)] = &[("medium", "Medium"), ("narrow", "Narrow"), ("wide", "Wide")];

/// Text size in CSS pixels.
pub const SIZE: Stepper = Stepper { min: 14.0, max: 32.0, step: 2.0, default: 20.0 };
/// Line height as a multiple of the text size.
pub const LINE_HEIGHT: Stepper = Stepper { min: 1.2, max: 2.2, step: 0.2, default: 1.6 };

/// A number the user moves up and down in steps, kept inside a range.
pub struct Stepper {
    pub min: f64,
    pub max: f64,
    pub step: f64,
    pub default: f64,
}

impl Stepper {
    fn read(&self, v: Option<&Value>) -> f64 {
        v.and_then(Value::as_f64).filter(|x| x.is_finite()).map_or(self.default, |x| self.clamp(x))
    }

    fn clamp(&self, x: f64) -> f64 {
        // One decimal: repeated steps of 0.2 must not drift to 1.7999999.
        (x.clamp(self.min, self.max) * 10.0).round() / 10.0
    }

    /// The value one step up (`dir` > 0) or down.
    pub fn moved(&self, x: f64, dir: i32) -> f64 {
        self.clamp(x + self.step * f64::from(dir.signum()))
    }
}

#[derive(Debug, Clone)]
pub struct Settings {
    pub theme: &'static str,
    pub font: &'static str,
    pub width: &'static str,
    pub size: f64,
    pub line_height: f64,
    /// Everything else in the stored object, written back unchanged.
    others: Map<String, Value>,
}

/// The table entry whose value is `v`, else the table's first (the default).
fn choice(table: &[(&'static str, &str)], v: Option<&Value>) -> &'static str {
    let wanted = v.and_then(Value::as_str).unwrap_or("");
    table.iter().find(|(value, _)| *value == wanted).unwrap_or(&table[0]).0
}

impl Settings {
    /// Reads the settings JSON; missing keys and malformed JSON take the defaults.
    pub fn parse(json: &str) -> Settings {
        let others = match serde_json::from_str::<Value>(json) {
            Ok(Value::Object(map)) => map,
            _ => Map::new(),
        };
        Settings {
            theme: choice(THEMES, others.get("theme")),
            font: choice(FONTS, others.get("font")),
            width: choice(WIDTHS, others.get("width")),
            size: SIZE.read(others.get("size")),
            line_height: LINE_HEIGHT.read(others.get("lineHeight")),
            others,
        }
    }

    /// Sets a choice by its key ("theme", "font", "width"); false when the value is unknown.
    pub fn choose(&mut self, key: &str, value: &str) -> bool {
        let (table, slot) = match key {
            "theme" => (THEMES, &mut self.theme),
            "font" => (FONTS, &mut self.font),
            "width" => (WIDTHS, &mut self.width),
            _ => return false,
        };
        match table.iter().find(|(v, _)| *v == value) {
            Some((v, _)) => {
                *slot = v;
                true
            }
            None => false,
        }
    }

    /// The whole settings object as JSON, with the keys the overlay does not own kept.
    pub fn to_json(&self) -> String {
        let mut map = self.others.clone();
        map.insert("theme".into(), self.theme.into());
        map.insert("font".into(), self.font.into());
        map.insert("width".into(), self.width.into());
        map.insert("size".into(), Value::from(self.size.round() as i64));
        map.insert("lineHeight".into(), Value::from(self.line_height));
        Value::Object(map).to_string()
    }
}
