//! JSON-LD as pages write it (Lede's patch: this module replaces upstream's use of `gjson`).
//!
//! News sites often print JSON-LD that a strict parser (and the browser's `JSON.parse`)
//! rejects although its meaning is plain: strings in single quotes, raw line breaks and tabs
//! inside strings, a comma before a closing bracket. `parse` reads such text by first
//! rewriting exactly those three faults; anything else stays an error. Lede's
//! `src/extract/metadata.rs` reads JSON-LD with it too, and its tests cover it.

use serde_json::Value;

/// The JSON value of `text`, strict JSON or with the faults above.
pub fn parse(text: &str) -> Option<Value> {
    serde_json::from_str(text).ok().or_else(|| serde_json::from_str(&repair(text)).ok())
}

/// `text` with single-quoted strings double-quoted, control characters inside strings
/// escaped, and commas that close nothing dropped.
fn repair(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut chars = text.char_indices();
    while let Some((at, c)) = chars.next() {
        match c {
            '"' | '\'' => {
                out.push('"');
                copy_string(&mut chars, c, &mut out);
            }
            ',' if text[at + 1..].trim_start().starts_with(['}', ']']) => {}
            _ => out.push(c),
        }
    }
    out
}

/// Copies a string that opened with `quote` up to its closing quote, as a double-quoted
/// JSON string.
fn copy_string(chars: &mut std::str::CharIndices<'_>, quote: char, out: &mut String) {
    while let Some((_, c)) = chars.next() {
        match c {
            '\\' => match chars.next() {
                // `\'` is not a JSON escape: the quote itself.
                Some((_, '\'')) => out.push('\''),
                Some((_, escaped)) => {
                    out.push('\\');
                    out.push(escaped);
                }
                None => return,
            },
            c if c == quote => break,
            '"' => out.push_str("\\\""),
            c if c < ' ' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}
