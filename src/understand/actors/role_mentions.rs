//! Role-only mentions: "the finance minister said" after "Finance Minister Choi Sang-mok"
//! is Choi again. A later lower-case "the <role>" attaches to the one person the article
//! gave that role; a role two people hold ("minister") attaches to neither. Organisations
//! are named the same way by a short form in lower case: "the finance ministry" after
//! "Ministry of Economy and Finance", when no other organisation has that form.
//!
//! An office alone ("the minister", "the governor") is a key too, when only one person
//! holds a role with that office, and not when "of" follows it ("the governor of Jeju" is
//! someone else).
//!
//! The roles are cut into keys of two or more words ("Deputy Prime Minister and Finance
//! Minister" → "deputy prime minister and finance minister", "deputy prime minister",
//! "prime minister", "finance minister"; "U.S. Treasury Secretary" → "treasury
//! secretary"), each ending on a title head. The text is walked once: at every "the", the
//! next few words are looked up in a hash map, so the pass is linear.

use std::collections::HashMap;

use super::coref::Entity;
use super::lexicon as lx;
use super::ActorKind;
use crate::understand::text::{runs, Document};

/// The longest key, in words.
const MAX_KEY_WORDS: usize = 6;

/// Adds every unambiguous "the <role>" of the text as a mention of its person, and every
/// "the <short form>" as one of its organisation.
pub fn attach(doc: &Document<'_>, entities: &mut [Entity]) {
    let keys = role_keys(entities);
    if keys.is_empty() {
        return;
    }
    let words = words(doc.text);
    for (i, w) in words.iter().enumerate() {
        if !w.text.eq_ignore_ascii_case("the") {
            continue;
        }
        let mut key = String::new();
        let mut found = None;
        for (n, next) in words.iter().skip(i + 1).take(MAX_KEY_WORDS).enumerate() {
            // A capitalised role is a title before a name, already read by the name finder.
            if next.text.starts_with(|c: char| c.is_uppercase()) || next.start > words[i + n].end + 1 {
                break;
            }
            if !key.is_empty() {
                key.push(' ');
            }
            key.push_str(next.text);
            let of_follows = words.get(i + n + 2).is_some_and(|x| x.text == "of");
            if let Some(&Some(entity)) = keys.get(&key).filter(|_| !of_follows) {
                found = Some((entity, next.end));
            }
        }
        let Some((entity, end)) = found else { continue };
        // "the finance minister Choi" is a title before a name: counted already.
        let followed_by_name = words
            .iter()
            .find(|x| x.start > end)
            .is_some_and(|x| x.start == end + 1 && x.text.starts_with(|c: char| c.is_uppercase()));
        if !followed_by_name {
            let start = words[i + 1].start;
            entities[entity].mentions.push((start..end, doc.sentence_at(start)));
        }
    }
    for e in entities.iter_mut() {
        crate::order::by_key(&mut e.mentions, |m| m.0.start);
        e.mentions.dedup_by(|b, a| b.0.start < a.0.end);
    }
}

/// Role and descriptor keys → the one person or organisation they name (`None` when two
/// do).
fn role_keys(entities: &[Entity]) -> HashMap<String, Option<usize>> {
    let mut keys: HashMap<String, Option<usize>> = HashMap::new();
    for (i, e) in entities.iter().enumerate().filter(|(_, e)| e.kind == ActorKind::Person) {
        let mut mine: Vec<String> = Vec::new();
        for role in &e.roles {
            let words: Vec<String> = role.split_whitespace().map(str::to_lowercase).collect();
            for a in 0..words.len() {
                for b in a + 2..=words.len().min(a + MAX_KEY_WORDS) {
                    let span = &words[a..b];
                    let good = lx::is_title_head(&span[span.len() - 1])
                        && span.iter().all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'))
                        && span[0] != "and";
                    if good {
                        mine.push(span.join(" "));
                    }
                }
            }
        }
        // The office alone: "minister" of "Deputy Prime Minister and Finance Minister".
        for role in &e.roles {
            mine.extend(role.split_whitespace().map(str::to_lowercase).filter(|w| is_office(w)));
        }
        claim(&mut keys, mine, i);
    }
    for (i, e) in entities.iter().enumerate().filter(|(_, e)| e.kind == ActorKind::Organization) {
        claim(&mut keys, descriptor_keys(&e.short_forms), i);
    }
    keys
}

/// Records `mine` as keys of entity `i`; a key another entity holds too names neither.
fn claim(keys: &mut HashMap<String, Option<usize>>, mut mine: Vec<String>, i: usize) {
    mine.sort();
    mine.dedup();
    for key in mine {
        keys.entry(key).and_modify(|p| *p = None).or_insert(Some(i));
    }
}

/// An organisation's short forms that read as a description in lower case: two or more
/// words ending on an organisation's head word ("Finance Ministry" → "finance ministry").
fn descriptor_keys(short_forms: &[String]) -> Vec<String> {
    short_forms
        .iter()
        .filter(|form| {
            (2..=MAX_KEY_WORDS).contains(&form.split(' ').count())
                && form.rsplit(' ').next().is_some_and(lx::is_org_head)
                && form.split(' ').all(|w| w.chars().all(char::is_alphabetic))
        })
        .map(|form| form.to_lowercase())
        .collect()
}

/// Offices one person holds in a story, which "the <office>" names on its own.
fn is_office(word: &str) -> bool {
    matches!(
        word,
        "minister"
            | "president"
            | "governor"
            | "chairman"
            | "chairwoman"
            | "chairperson"
            | "ceo"
            | "secretary"
            | "ambassador"
            | "mayor"
            | "senator"
            | "commissioner"
            | "premier"
            | "chancellor"
    )
}

struct Word<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

/// The text's words (letters and inner hyphens) with their byte ranges.
fn words(text: &str) -> Vec<Word<'_>> {
    runs(text, |c, open| c.is_alphabetic() || c == '-' && open)
        .into_iter()
        .map(|r| Word { text: &text[r.clone()], start: r.start, end: r.end })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::understand::actors::find;
    use crate::understand::text::Document;

    fn mentions(text: &str, name: &str) -> usize {
        let doc = Document::new(text);
        find(&doc, None, None, None).iter().find(|a| a.name == name).map_or(0, |a| a.mentions.len())
    }

    #[test]
    fn the_role_alone_is_the_person_who_holds_it() {
        let text =
            "Finance Minister Choi Sang-mok will fly to Washington. Trade Minister Ahn Duk-geun stays. \
                    The trip was planned for weeks, the finance minister told reporters.";
        assert_eq!(mentions(text, "Choi Sang-mok"), 2);
        assert_eq!(mentions(text, "Ahn Duk-geun"), 1);
    }

    #[test]
    fn the_office_alone_is_the_one_person_holding_it() {
        let text =
            "Finance Minister Choi Sang-mok met bankers on Monday. \"We will act,\" the minister said. \
                    The governor of Jeju Province did not attend.";
        assert_eq!(mentions(text, "Choi Sang-mok"), 2);
        let text =
            "Finance Minister Choi Sang-mok met Trade Minister Ahn Duk-geun. The minister said little.";
        assert_eq!(mentions(text, "Choi Sang-mok"), 1);
    }

    #[test]
    fn a_ministry_in_lower_case_is_the_ministry_named_before() {
        let text = "The Ministry of Economy and Finance said Friday the budget rose. \
                    The finance ministry added that tax revenue fell, the trade ministry said.";
        assert_eq!(mentions(text, "Ministry of Economy and Finance"), 2);
        // Two ministries of finance: "the finance ministry" is neither.
        let text = "The Ministry of Economy and Finance met the Japanese Ministry of Finance. \
                    The finance ministry declined to comment.";
        assert_eq!(mentions(text, "Ministry of Economy and Finance"), 1);
    }

    #[test]
    fn a_role_two_people_share_attaches_to_neither() {
        let text = "Finance Minister Choi Sang-mok met former Finance Minister Hong Nam-ki. Later the finance minister said little.";
        assert_eq!(mentions(text, "Choi Sang-mok"), 1);
        assert_eq!(mentions(text, "Hong Nam-ki"), 1);
    }
}
