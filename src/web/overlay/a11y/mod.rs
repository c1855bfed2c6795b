//! Accessibility machinery that is not markup: where focus goes and stays.

pub mod focus;
