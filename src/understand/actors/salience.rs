//! Salience: how central an actor is to the article, 0..1 with the most central at 1.
//!
//! A mention counts 1, and more the earlier it comes (news puts the key actors in the
//! lead: the first sentences weigh up to twice as much); an actor the article gives a
//! role gets a small bonus, since roles mark the people the story is about. The headline
//! names what the story is about: an actor it names (not in quotation marks) counts one
//! mention more, at the lead's weight. An actor known
//! only because an unexplained capitalised phrase came back ([`Entity::inferred`]: the
//! title of a show, a product line, a slogan the finder could not rule out) weighs half, so
//! a person or an organisation the text vouches for leads the list.

use super::coref::Entity;

/// What a mention in the headline weighs: as much as one in the article's first sentence.
const HEADLINE_WEIGHT: f64 = 2.0;

fn raw(entity: &Entity, sentences: usize, headline: Option<&str>) -> f64 {
    let n = sentences.max(1) as f64;
    let mentions: f64 = entity.mentions.iter().map(|&(_, s)| 1.0 + (1.0 - s as f64 / n).max(0.0)).sum();
    let role = if entity.roles.is_empty() { 0.0 } else { 0.5 };
    let named = headline.is_some_and(|h| {
        std::iter::once(entity.name()).chain(entity.aliases.iter().cloned()).any(|name| names(h, &name))
    });
    let headline = if named { HEADLINE_WEIGHT } else { 0.0 };
    let weight = if entity.inferred { 0.5 } else { 1.0 };
    (mentions + role + headline) * weight
}

/// Whether `headline` names `name`: holds it as whole words outside quotation marks
/// ("'Star Wars' original cuts may return"): a headline quotes titles and terms, and what
/// it only quotes is no evidence of the story's actor.
fn names(headline: &str, name: &str) -> bool {
    let word_edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    let plain = unquoted(headline);
    !name.is_empty()
        && plain.match_indices(name).any(|(i, _)| {
            word_edge(plain[..i].chars().next_back()) && word_edge(plain[i + name.len()..].chars().next())
        })
}

/// `headline` without its quoted parts. A quotation mark opens after a space (or at the
/// start) and closes before one (or at the end, or a stop); an apostrophe inside a word
/// ("Hawley's") does neither.
fn unquoted(headline: &str) -> String {
    const QUOTES: [char; 6] = ['\'', '"', '‘', '’', '“', '”'];
    let chars: Vec<char> = headline.chars().collect();
    let mut out = String::with_capacity(headline.len());
    let mut quoted = false;
    for (k, &c) in chars.iter().enumerate() {
        let before = k.checked_sub(1).map(|b| chars[b]);
        let after = chars.get(k + 1).copied();
        if QUOTES.contains(&c) && !quoted && before.is_none_or(char::is_whitespace) {
            quoted = true;
        } else if QUOTES.contains(&c) && quoted && after.is_none_or(|a| !a.is_alphanumeric()) {
            quoted = false;
            out.push(' ');
        } else if !quoted {
            out.push(c);
        }
    }
    out
}

/// Scores every entity of an article of `sentences` sentences under `headline`, and returns
/// the scores normalised so the highest is 1.
pub fn scores(entities: &[Entity], sentences: usize, headline: Option<&str>) -> Vec<f64> {
    let raw: Vec<f64> = entities.iter().map(|e| raw(e, sentences, headline)).collect();
    let max = raw.iter().copied().fold(0.0, f64::max);
    raw.iter().map(|r| if max > 0.0 { (r / max * 1000.0).round() / 1000.0 } else { 0.0 }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::understand::actors::ActorKind;

    fn entity(mentions: &[usize], role: bool) -> Entity {
        Entity {
            kind: ActorKind::Person,
            words: vec!["X".into()],
            roles: if role { vec!["Minister".into()] } else { Vec::new() },
            aliases: Vec::new(),
            mentions: mentions.iter().map(|&s| (0..1, s)).collect(),
            short_forms: Vec::new(),
            inferred: false,
        }
    }

    #[test]
    fn a_name_nothing_vouches_for_does_not_lead() {
        let mut repeated = entity(&[0, 1, 2], false);
        repeated.inferred = true;
        let s = scores(&[repeated, entity(&[1, 4], true)], 10, None);
        assert!(s[1] > s[0], "{s:?}");
    }

    #[test]
    fn a_headline_names_whole_words_outside_quotation_marks() {
        assert!(names("Fargo creator Noah Hawley to direct Star Trek 4", "Noah Hawley"));
        assert!(names("Hawley's next film", "Hawley"));
        assert!(!names("Hawleyville mourns", "Hawley"));
        assert!(!names("'Star Wars' original cuts may return", "Star Wars"));
        assert!(!names("Stocks surge after ‘Kylie Jenner’ makeover", "Kylie Jenner"));
        assert!(!names("'Star Wars' original cuts may return", "Star"));
        assert!(names("'Star Wars' cuts may return, says Lucasfilm", "Lucasfilm"));
    }

    #[test]
    fn the_lead_actor_scores_one_and_early_mentions_weigh_more() {
        let s = scores(&[entity(&[0, 5], true), entity(&[8, 9], false), entity(&[9], false)], 10, None);
        assert_eq!(s[0], 1.0);
        assert!(s[1] < s[0] && s[2] < s[1], "{s:?}");
    }
}
