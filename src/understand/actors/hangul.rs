//! Actors in Korean-language text, where capitals say nothing: a person is a Hangul name
//! (a surname syllable and one or two more) followed by a title, perhaps with the
//! organisation it belongs to in between ("최상목 부총리 겸 기획재정부 장관", "이창용
//! 한국은행 총재"); an organisation is a word ending in an organisation suffix ("기획재정부",
//! "한국은행", "더불어민주당"). A later "최 부총리" (surname and title) is the same person.
//! Case particles glued to a word ("장관은", "기획재정부에") are cut before any lookup.
//!
//! One pass over the text's words; tables, not branches.

use std::collections::HashMap;
use std::ops::Range;

use super::coref::Entity;
use super::ActorKind;
use crate::understand::text::{runs, Document};
use crate::words::word_lists;

word_lists! {
    /// Titles that follow a Korean name.
    TITLES = "korean_titles.txt", Lower;
    /// Words ending like an organisation that are not one: "-당" after a unit is "per"
    /// ("달러당" per dollar, "가구당" per household).
    NOT_ORGS = "korean_per_unit.txt", Lower;
    /// Words shaped like a name that name places and groups: "한국 대통령" is no person 한국.
    NOT_NAMES = "korean_not_names.txt", Lower;
    /// Endings of organisation names ("기획재정부", "한국은행").
    ORG_SUFFIXES = "korean_org_suffixes.txt", Lower;
    /// Case particles and endings glued to a noun ("장관은", "기획재정부에").
    PARTICLES = "korean_particles.txt", Lower;
    /// Korean family names, a syllable each (the two-syllable ones are rare in news).
    SURNAMES = "korean_surname_syllables.txt", Lower;
}

/// Joins two titles into one role: "부총리 겸 기획재정부 장관".
const JOINER: &str = "겸";

struct Word<'a> {
    text: &'a str,
    bytes: Range<usize>,
}

fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

/// The text's runs of Hangul syllables.
fn words(text: &str) -> Vec<Word<'_>> {
    runs(text, |c, _| is_hangul(c)).into_iter().map(|r| Word { text: &text[r.clone()], bytes: r }).collect()
}

/// The word without a glued particle, the longest that leaves a word ("에게서" before "에서").
fn stem(w: &str) -> &str {
    PARTICLES
        .entries()
        .filter_map(|p| w.strip_suffix(p).filter(|s| s.chars().count() >= 2))
        .min_by_key(|s| s.len())
        .unwrap_or(w)
}

fn is_title(w: &str) -> bool {
    TITLES.contains(stem(w)) || TITLES.contains(w)
}

fn org_name(w: &str) -> Option<&str> {
    let s = stem(w);
    (s.chars().count() >= 3 && ORG_SUFFIXES.entries().any(|x| s.ends_with(x)) && !NOT_ORGS.contains(s))
        .then_some(s)
}

fn is_name(w: &str) -> bool {
    let n = w.chars().count();
    (2..=4).contains(&n)
        && w.chars().next().is_some_and(|c| SURNAMES.contains(c.encode_utf8(&mut [0; 4])))
        && !NOT_NAMES.contains(stem(w))
}

/// The Korean actors of the text, to add to those the English reading found.
pub fn find(doc: &Document<'_>) -> Vec<Entity> {
    let words = words(doc.text);
    let mut found = Found { doc, entities: Vec::new(), by_name: HashMap::new(), by_surname: HashMap::new() };
    let mut i = 0;
    while i < words.len() {
        if let Some(next) = found.titled_name(&words, i).or_else(|| found.surname_again(&words, i)) {
            i = next;
            continue;
        }
        found.organisation(&words[i]);
        i += 1;
    }
    found.entities
}

/// The actors found so far: one entity per name, and the people by their surname.
struct Found<'d, 'a> {
    doc: &'d Document<'a>,
    entities: Vec<Entity>,
    by_name: HashMap<String, usize>,
    by_surname: HashMap<char, usize>,
}

impl Found<'_, '_> {
    /// A mention of `name` (a new entity the first time it is seen), with its role if any;
    /// returns the entity's index.
    fn add(&mut self, kind: ActorKind, name: &str, role: Option<String>, bytes: Range<usize>) -> usize {
        let entities = &mut self.entities;
        let i = *self.by_name.entry(name.to_string()).or_insert_with(|| {
            entities.push(Entity {
                kind,
                words: vec![name.to_string()],
                roles: Vec::new(),
                aliases: Vec::new(),
                mentions: Vec::new(),
                short_forms: Vec::new(),
                inferred: false,
            });
            entities.len() - 1
        });
        if let Some(role) = role.filter(|r| !entities[i].roles.contains(r)) {
            entities[i].roles.push(role);
        }
        entities[i].mentions.push((bytes.clone(), self.doc.sentence_at(bytes.start)));
        i
    }

    /// A name, then up to three words of organisation and titles: "최상목 부총리 겸
    /// 기획재정부 장관". Adds the person and the organisations of the role; returns the index
    /// of the word after the role.
    fn titled_name(&mut self, words: &[Word<'_>], i: usize) -> Option<usize> {
        let w = &words[i];
        if !is_name(w.text) || is_title(w.text) || org_name(w.text).is_some() {
            return None;
        }
        let mut end = i + 1;
        let mut role_end = i;
        while end < words.len() && end - i <= 5 && words[end].bytes.start <= words[end - 1].bytes.end + 1 {
            let x = words[end].text;
            if is_title(x) {
                role_end = end;
            } else if !(org_name(x).is_some() || x == JOINER) {
                break;
            }
            end += 1;
        }
        if role_end == i {
            return None;
        }
        let role: Vec<&str> = (i + 1..=role_end)
            .map(|k| if k == role_end { stem(words[k].text) } else { words[k].text })
            .collect();
        let p = self.add(ActorKind::Person, w.text, Some(role.join(" ")), w.bytes.clone());
        w.text.chars().next().map(|c| self.by_surname.entry(c).or_insert(p));
        for word in &words[i + 1..role_end] {
            self.organisation(word);
        }
        Some(role_end + 1)
    }

    /// "최 부총리": a surname alone before a title is the person already named. Returns the
    /// index of the word after the title.
    fn surname_again(&mut self, words: &[Word<'_>], i: usize) -> Option<usize> {
        let w = &words[i];
        let mut chars = w.text.chars();
        let (Some(c), None) = (chars.next(), chars.next()) else { return None };
        let p = *self.by_surname.get(&c)?;
        if !is_title(words.get(i + 1)?.text) {
            return None;
        }
        self.entities[p].mentions.push((w.bytes.clone(), self.doc.sentence_at(w.bytes.start)));
        Some(i + 2)
    }

    /// A word ending in an organisation suffix, without its particle.
    fn organisation(&mut self, word: &Word<'_>) {
        if let Some(org) = org_name(word.text) {
            self.add(ActorKind::Organization, org, None, word.bytes.start..word.bytes.start + org.len());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(ActorKind, String, Vec<String>, usize)> {
        let doc = Document::new(text);
        find(&doc).into_iter().map(|e| (e.kind, e.name(), e.roles, e.mentions.len())).collect()
    }

    #[test]
    fn names_with_titles_and_their_organisations() {
        let f = found("최상목 부총리 겸 기획재정부 장관은 16일 브리핑에서 말했다. 최 부총리는 설명했다. 이창용 한국은행 총재는 동결했다.");
        assert!(
            f.contains(&(ActorKind::Person, "최상목".into(), vec!["부총리 겸 기획재정부 장관".into()], 2)),
            "{f:?}"
        );
        assert!(f.contains(&(ActorKind::Person, "이창용".into(), vec!["한국은행 총재".into()], 1)), "{f:?}");
        assert!(f.iter().any(|x| x.1 == "기획재정부" && x.0 == ActorKind::Organization), "{f:?}");
        assert!(f.iter().any(|x| x.1 == "한국은행" && x.0 == ActorKind::Organization), "{f:?}");
    }

    #[test]
    fn common_words_are_not_names() {
        let f = found("정부가 국회에 제출할 계획이다. 이번 추경으로 국가채무 비율은 높아진다.");
        assert!(f.is_empty(), "{f:?}");
        assert!(found("한국 대통령이 말했다.").is_empty());
    }
}
