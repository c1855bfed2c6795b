//! Reading settings: what the user chose for theme, font, text size, line width and line
//! height, as the overlay shows them.
//!
//! The keys, choices, ranges and defaults all come from the one schema
//! (`extension/settings-schema.json`, see [`crate::web::settings`]), so adding a theme is
//! one line there and one rule set in `overlay.css`. The settings arrive validated; a change
//! made in the overlay is reported as a patch of the keys that changed.

use serde_json::{Map, Value};

use crate::web::settings::{schema, Field};

/// A number the user moves up and down in steps, kept inside a range.
#[derive(Debug, Clone, Copy)]
pub struct Stepper {
    pub min: f64,
    pub max: f64,
    pub step: f64,
    pub default: f64,
}

impl Stepper {
    /// The stepper of number key `key` in the schema.
    pub fn of(key: &str) -> Option<Stepper> {
        match schema().key(key)?.field {
            Field::Number { min, max, step: Some(step), default: Some(default), .. } => {
                Some(Stepper { min, max, step, default })
            }
            _ => None,
        }
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

/// The keys with choices, in the order the settings panel shows them.
pub const CHOICE_KEYS: [&str; 3] = ["theme", "font", "width"];

#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    pub theme: &'static str,
    pub font: &'static str,
    pub width: &'static str,
    pub size: f64,
    pub line_height: f64,
}

/// The schema's stored value for `v` among `key`'s choices, else its first (the default).
fn choice(key: &str, v: Option<&Value>) -> &'static str {
    let choices = schema().choices(key);
    let wanted = v.and_then(Value::as_str).unwrap_or("");
    choices.iter().find(|(value, _)| value == wanted).or(choices.first()).map_or("", |(v, _)| v.as_str())
}

fn number(key: &str, v: Option<&Value>) -> f64 {
    let default = Stepper::of(key).map_or(0.0, |s| s.default);
    v.and_then(Value::as_f64).unwrap_or(default)
}

impl Settings {
    /// The reading settings of a validated settings object; missing keys take the defaults.
    pub fn from_map(map: &Map<String, Value>) -> Settings {
        Settings {
            theme: choice("theme", map.get("theme")),
            font: choice("font", map.get("font")),
            width: choice("width", map.get("width")),
            size: number("size", map.get("size")),
            line_height: number("lineHeight", map.get("lineHeight")),
        }
    }

    /// The current choice of `key` ("theme", "font", "width").
    pub fn chosen(&self, key: &str) -> &'static str {
        match key {
            "theme" => self.theme,
            "font" => self.font,
            _ => self.width,
        }
    }

    /// Sets a choice by its key; the patch to report, or `None` when nothing changed.
    pub fn choose(&mut self, key: &str, value: &str) -> Option<Map<String, Value>> {
        let slot = match key {
            "theme" => &mut self.theme,
            "font" => &mut self.font,
            "width" => &mut self.width,
            _ => return None,
        };
        let (v, _) = schema().choices(key).iter().find(|(v, _)| v == value)?;
        if *slot == v.as_str() {
            return None;
        }
        *slot = v.as_str();
        Some(Map::from_iter([(key.to_owned(), Value::from(v.as_str()))]))
    }

    /// Moves stepper `key` one step in `dir`; the patch to report, or `None` at the limit.
    pub fn step(&mut self, key: &str, dir: i32) -> Option<Map<String, Value>> {
        let stepper = Stepper::of(key)?;
        let slot = match key {
            "size" => &mut self.size,
            "lineHeight" => &mut self.line_height,
            _ => return None,
        };
        let moved = stepper.moved(*slot, dir);
        if moved == *slot {
            return None;
        }
        *slot = moved;
        let value = if key == "size" { Value::from(moved.round() as i64) } else { Value::from(moved) };
        Some(Map::from_iter([(key.to_owned(), value)]))
    }
}
