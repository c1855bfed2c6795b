//! Report: the analysis as a readable summary, in Markdown (CLI `--format md`, the panel's
//! "Copy summary") or plain text (CLI `--format text`).

use crate::analysis::Analysis;

/// The summary as Markdown.
pub fn markdown(a: &Analysis) -> String {
    let mut out = String::new();
    out.push_str(&format!("# {}\n", a.meta.title.as_deref().unwrap_or("(untitled)")));
    out
}

/// The summary as plain text.
pub fn plain_text(a: &Analysis) -> String {
    markdown(a)
}
