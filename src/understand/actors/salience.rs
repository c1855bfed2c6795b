//! Salience: how central an actor is to the article, 0..1 with the most central at 1.
//!
//! A mention counts 1, and more the earlier it comes (news puts the key actors in the
//! lead: the first sentences weigh up to twice as much); an actor the article gives a
//! role gets a small bonus, since roles mark the people the story is about. An actor known
//! only because an unexplained capitalised phrase came back ([`Entity::inferred`]: the
//! title of a show, a product line, a slogan the finder could not rule out) weighs half, so
//! a person or an organisation the text vouches for leads the list.

use super::coref::Entity;

fn raw(entity: &Entity, sentences: usize) -> f64 {
    let n = sentences.max(1) as f64;
    let mentions: f64 = entity.mentions.iter().map(|&(_, s)| 1.0 + (1.0 - s as f64 / n).max(0.0)).sum();
    let role = if entity.roles.is_empty() { 0.0 } else { 0.5 };
    let weight = if entity.inferred { 0.5 } else { 1.0 };
    (mentions + role) * weight
}

/// Scores every entity and returns the scores normalised so the highest is 1.
pub fn scores(entities: &[Entity], sentences: usize) -> Vec<f64> {
    let raw: Vec<f64> = entities.iter().map(|e| raw(e, sentences)).collect();
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
        let s = scores(&[repeated, entity(&[1, 4], true)], 10);
        assert!(s[1] > s[0], "{s:?}");
    }

    #[test]
    fn the_lead_actor_scores_one_and_early_mentions_weigh_more() {
        let s = scores(&[entity(&[0, 5], true), entity(&[8, 9], false), entity(&[9], false)], 10);
        assert_eq!(s[0], 1.0);
        assert!(s[1] < s[0] && s[2] < s[1], "{s:?}");
    }
}
