//! Helpers shared by the integration tests: reading a page or plain news text, and
//! finding what the analysis says about one actor or figure.
//!
//! Each test binary compiles this module and uses only some of it.
#![allow(dead_code)]

use lede::analysis::{Actor, Analysis, Figure};
use lede::{analyze, Input, Options};

/// The analysis of plain text (paragraphs split on blank lines), with no publication date.
pub fn read(text: &str) -> Analysis {
    analyze(Input::Plain(text), &Options::default())
}

/// The analysis of an HTML page, read as if it were at `url`.
pub fn page(html: &str, url: Option<&str>) -> Analysis {
    analyze(Input::Html(html), &Options { url: url.map(str::to_string), ..Options::default() })
}

/// The figure printed as `surface`; fails the test with the figures found otherwise.
pub fn figure<'a>(a: &'a Analysis, surface: &str) -> &'a Figure {
    a.figures.iter().find(|f| f.surface == surface).unwrap_or_else(|| {
        panic!("no figure {surface:?} in {:?}", a.figures.iter().map(|f| &f.surface).collect::<Vec<_>>())
    })
}

/// The actors' names, in the panel's order.
pub fn names(a: &Analysis) -> Vec<&str> {
    a.actors.iter().map(|x| x.name.as_str()).collect()
}

/// The actor named `name`; fails the test unless exactly one actor has that name.
pub fn actor<'a>(a: &'a Analysis, name: &str) -> &'a Actor {
    let found: Vec<&Actor> = a.actors.iter().filter(|x| x.name == name).collect();
    assert_eq!(found.len(), 1, "{name} should be listed exactly once; actors: {:?}", names(a));
    found[0]
}
