//! Actors: the people and organisations of the article, with the roles it gives them.

use crate::analysis::Actor;
use crate::understand::text::Document;

/// Finds the article's actors. The byline's author is the reporter, not an actor.
pub fn find(_doc: &Document<'_>, _byline: Option<&str>) -> Vec<Actor> {
    Vec::new()
}
