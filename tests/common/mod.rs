//! Helpers shared by the integration tests that read plain news text.

use lede::analysis::{Analysis, Figure};
use lede::{analyze, Input, Options};

/// The analysis of plain text (paragraphs split on blank lines), with no publication date.
pub fn read(text: &str) -> Analysis {
    analyze(Input::Plain(text), &Options::default())
}

/// The figure printed as `surface`; fails the test with the figures found otherwise.
pub fn figure<'a>(a: &'a Analysis, surface: &str) -> &'a Figure {
    a.figures.iter().find(|f| f.surface == surface).unwrap_or_else(|| {
        panic!("no figure {surface:?} in {:?}", a.figures.iter().map(|f| &f.surface).collect::<Vec<_>>())
    })
}
