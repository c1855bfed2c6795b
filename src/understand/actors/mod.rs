//! Actors: the people and organisations of the article, each once, with the roles the
//! article gives them, the other forms it refers to them by, every mention (byte range and
//! sentence) and a salience.
//!
//! The pipeline, one module per step:
//! - `tokens`: a sentence's words and punctuation;
//! - `shape`: whether words have the shape of a person's or an organisation's name;
//! - `names`: capitalised phrases cut into candidate people and organisations;
//! - `titles`: roles before a name ("U.S. Treasury Secretary") and after it (appositives);
//! - `orgs`: an organisation's short forms ("BOK", "Finance Ministry");
//! - `coref`: merging mentions into actors by name, family name and short form;
//! - `role_mentions`: "the finance minister" as a mention of the one person holding it;
//! - `hangul`: people and organisations in Korean-language text (name, then title);
//! - `salience`: ranking.
//!
//! All knowledge of words (titles, organisation heads, places, given names, Korean
//! surnames) is in the word lists of `lexicon` (data files in `words/`). Every step is linear in the text: no
//! pairwise scan of mentions against the text.

mod coref;
mod hangul;
mod lexicon;
mod names;
mod orgs;
mod role_mentions;
mod salience;
mod shape;
mod titles;
mod tokens;

use std::ops::Range;

use serde::Serialize;

use crate::understand::text::Document;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    Person,
    Organization,
}

/// One person or organisation of the article.
#[derive(Debug, Clone)]
pub struct Actor {
    /// The fullest form of the name in the article ("Choi Sang-mok").
    pub name: String,
    pub kind: ActorKind,
    /// Roles as the article states them ("Deputy Prime Minister and Finance Minister").
    pub roles: Vec<String>,
    /// Other forms that refer to the same actor ("Choi", "the Finance Ministry").
    pub aliases: Vec<String>,
    pub mentions: Vec<Mention>,
    /// 0..1, the most important actor of the article is 1.
    pub salience: f64,
}

/// Where an actor is named.
#[derive(Debug, Clone)]
pub struct Mention {
    pub bytes: Range<usize>,
    pub sentence: usize,
}

/// Finds the article's actors, most salient first (the `headline` names the story's
/// subject). The byline's author is the reporter, not an actor; the publisher (`site`) and
/// its sister titles ("Korea JoongAng Daily", "JoongAng Ilbo") credit the story and are not
/// actors in it.
pub fn find(
    doc: &Document<'_>,
    byline: Option<&str>,
    site: Option<&str>,
    headline: Option<&str>,
) -> Vec<Actor> {
    let candidates = names::candidates(doc);
    let mut entities = coref::merge(&candidates, byline);
    if let Some(site) = site {
        let marks = publisher_marks(site);
        entities.retain(|e| {
            e.kind != ActorKind::Organization || !e.words.iter().any(|w| marks.contains(&w.to_lowercase()))
        });
    }
    entities.extend(hangul::find(doc));
    role_mentions::attach(doc, &mut entities);
    let scores = salience::scores(&entities, doc.sentences.len(), headline);
    let mut actors: Vec<Actor> = entities
        .into_iter()
        .zip(scores)
        .map(|(e, salience)| Actor {
            name: e.name(),
            kind: e.kind,
            roles: e.roles,
            aliases: e.aliases,
            mentions: e
                .mentions
                .iter()
                .map(|(bytes, sentence)| Mention { bytes: bytes.clone(), sentence: *sentence })
                .collect(),
            salience,
        })
        .collect();
    actors.sort_by(|a, b| {
        b.salience.total_cmp(&a.salience).then_with(|| {
            a.mentions.first().map(|m| m.bytes.start).cmp(&b.mentions.first().map(|m| m.bytes.start))
        })
    });
    actors
}

/// The words of a publisher's name that mark its own titles: not places, generic media
/// words or organisation heads ("Korea JoongAng Daily" → "joongang"; "Yonhap News
/// Agency" → "yonhap"; "The Korea Herald" → none).
fn publisher_marks(site: &str) -> Vec<String> {
    site.split_whitespace()
        .filter(|w| {
            w.len() > 2
                && !lexicon::is_place(w)
                && !lexicon::is_nationality(w)
                && !lexicon::is_org_head(w)
                && !lexicon::is_not_actor(w)
        })
        .map(str::to_lowercase)
        .collect()
}
