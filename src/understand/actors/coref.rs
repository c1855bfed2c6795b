//! Merging mentions into actors: each person and organisation once, with every later
//! mention ("Choi", "Bessent", "the Finance Ministry", "BOK") attached to its fullest name.
//!
//! Order of reasoning: full names first (people with two or more words, organisations
//! longest first, so short forms attach to the long name), then single words against the
//! keys those names give (a person's family name — the first word of a Korean name, the
//! last of a Western one — and an organisation's short forms), then what is left: a lone
//! word becomes an organisation only with evidence (a descriptor such as "manufacturer",
//! or two or more mentions), and a word capitalised only by position is dropped unless it
//! names an actor already found. All lookups go through hash maps: linear in mentions.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::lexicon as lx;
use super::names::{Candidate, Guess};
use super::orgs;
use super::shape;
use super::ActorKind;

/// An actor before it is written out in the contract's shape.
#[derive(Debug, Clone)]
pub struct Entity {
    pub kind: ActorKind,
    /// The fullest form's words.
    pub words: Vec<String>,
    pub roles: Vec<String>,
    /// Distinct surface forms other than the name, in order of appearance.
    pub aliases: Vec<String>,
    pub mentions: Vec<(Range<usize>, usize)>,
    /// An organisation's short forms ([`orgs::short_forms`] of `words`), made once for each
    /// name it has; none for a person.
    pub short_forms: Vec<String>,
    /// Known only because an unexplained capitalised phrase came back: no name shape, title,
    /// descriptor or speech vouches for it. It may still be a company, but it should not
    /// lead the list ([`super::salience`]).
    pub inferred: bool,
}

impl Entity {
    pub fn name(&self) -> String {
        super::names::join_words(&self.words)
    }

    fn new(kind: ActorKind, c: &Candidate) -> Self {
        let mut e = Entity {
            kind,
            words: c.words.clone(),
            roles: Vec::new(),
            aliases: Vec::new(),
            mentions: Vec::new(),
            short_forms: Vec::new(),
            inferred: false,
        };
        e.name_short_forms();
        e.add(c);
        e
    }

    /// Makes [`Entity::short_forms`] those of the current name.
    fn name_short_forms(&mut self) {
        if self.kind == ActorKind::Organization {
            self.short_forms = orgs::short_forms(&self.words);
        }
    }

    fn add(&mut self, c: &Candidate) {
        let name = c.name();
        if c.words.len() > self.words.len() {
            let old = self.name();
            self.words = c.words.clone();
            self.name_short_forms();
            self.push_alias(old);
        } else if name != self.name() {
            self.push_alias(name);
        }
        for role in &c.roles {
            add_role(&mut self.roles, role);
        }
        self.mentions.push((c.bytes.clone(), c.sentence));
    }

    fn push_alias(&mut self, alias: String) {
        if !self.aliases.contains(&alias) {
            self.aliases.push(alias);
        }
    }
}

/// Adds a role unless it is already said (a bare "Secretary" after "U.S. Treasury
/// Secretary"); a fuller role replaces the ones it contains.
fn add_role(roles: &mut Vec<String>, role: &str) {
    let padded = |s: &str| format!(" {} ", s.to_lowercase());
    let new = padded(role);
    if roles.iter().any(|r| padded(r).contains(&new)) {
        return;
    }
    roles.retain(|r| !new.contains(&padded(r)));
    roles.push(role.to_string());
}

/// A person's family name: first word of a family-first name ("Choi Sang-mok", "Li
/// Qiang"), last word (before "Jr.") of others ("Sang-mok Choi", "Scott Bessent").
fn family_name(words: &[String]) -> Option<&str> {
    let w: Vec<&str> = words.iter().map(String::as_str).filter(|w| !lx::is_name_suffix(w)).collect();
    if w.len() < 2 {
        return None;
    }
    Some(if shape::family_name_first(&w) { w[0] } else { w[w.len() - 1] })
}

/// Of the people sharing a family name, the one a bare family name at `at` (in sentence
/// `sentence`) refers to: the one just named, in this sentence or the one before ("Samsung
/// Chairman Lee Jae-yong … Lee added"); further on, the one the story is about, named most
/// often so far (first named on a tie). A writer names the other Lee in full, so a full
/// mention of him three paragraphs back does not take the bare "Lee" from the president.
fn referent(entities: &[Entity], ids: &[usize], at: usize, sentence: usize) -> usize {
    let before = |i: usize| entities[i].mentions.iter().filter(move |m| m.0.start < at);
    let named: Vec<usize> = ids.iter().copied().filter(|&i| before(i).next().is_some()).collect();
    let last = |i: usize| before(i).max_by_key(|m| m.0.start).map(|m| (m.0.start, m.1));
    let just_named = named
        .iter()
        .copied()
        .max_by_key(|&i| last(i))
        .filter(|&i| last(i).is_some_and(|(_, s)| s + 1 >= sentence));
    let first = |i: usize| before(i).map(|m| m.0.start).min();
    let most_named = named
        .iter()
        .copied()
        .max_by(|&a, &b| before(a).count().cmp(&before(b).count()).then_with(|| first(b).cmp(&first(a))));
    just_named.or(most_named).or(ids.first().copied()).unwrap_or_default()
}

/// Romanisations differ in hyphens, spaces, case and order: "Kim Jong-un", "Kim Jong Un",
/// "KIM JONG UN"; "Choi Sang-mok", "Choi Sangmok", "Sang-mok Choi". The key is the name
/// lower-cased, family name first, without hyphens or spaces.
fn spelling_key(name: &str) -> String {
    let words: Vec<&str> = name.split(' ').collect();
    let ordered = match words.as_slice() {
        [given, family] if shape::family_name_last(&words) => format!("{family}{given}"),
        _ => words.concat(),
    };
    ordered.replace('-', "").to_lowercase()
}

fn is_initial_or_suffix(w: &str) -> bool {
    lx::is_name_suffix(w) || w.ends_with('.')
}

/// Titles of works the article names ("Star Trek", and "Star Trek Beyond" after it): a
/// candidate with a work noun beside it, and every phrase that starts with one. And the
/// characters of those works, wherever their names come again.
fn drop_works(candidates: &[Candidate]) -> Vec<Candidate> {
    let works: Vec<&[String]> = candidates.iter().filter(|c| c.work).map(|c| c.words.as_slice()).collect();
    let characters: HashSet<&[String]> =
        candidates.iter().filter(|c| c.character).map(|c| c.words.as_slice()).collect();
    candidates
        .iter()
        .filter(|c| c.guess != Guess::Unknown || !works.iter().any(|w| c.words.starts_with(w)))
        .filter(|c| !characters.contains(c.words.as_slice()))
        .cloned()
        .collect()
}

/// Merges candidates (in text order) into entities, dropping the byline's author.
pub fn merge(candidates: &[Candidate], byline: Option<&str>) -> Vec<Entity> {
    let candidates = &drop_works(candidates);
    let mut m = Merger::default();
    m.full_names(candidates);
    m.organisations(candidates);
    m.the_rest(candidates);
    let mut entities = m.entities;
    if let Some(byline) = byline {
        let byline = byline.to_lowercase();
        // A full name the byline holds; a bare "Kim" in the story is not the reporter Kim.
        entities.retain(|e| {
            e.kind != ActorKind::Person || e.words.len() < 2 || !byline.contains(&e.name().to_lowercase())
        });
    }
    for e in &mut entities {
        crate::order::by_key(&mut e.mentions, |m| m.0.start);
        e.mentions.dedup_by(|b, a| b.0.start < a.0.end);
    }
    entities
}

/// The entities so far and the indexes that find them by a form of their name.
#[derive(Default)]
struct Merger {
    entities: Vec<Entity>,
    person_by_name: HashMap<String, usize>,
    person_by_word: HashMap<String, usize>,
    /// Several people may share a family name ("Lee"): all are kept, the nearest wins.
    person_by_family: HashMap<String, Vec<usize>>,
    org_by_form: HashMap<String, usize>,
    /// Short forms that are a company's name without its company form ("Hyundai Motor" of
    /// "Hyundai Motor Co."), which no other organisation may claim.
    legal_forms: HashSet<String>,
}

impl Merger {
    /// First, people with a full name, one per spelling key ("Kim Jong-un" = "Kim Jong Un").
    fn full_names(&mut self, candidates: &[Candidate]) {
        let entities = &mut self.entities;
        for c in candidates.iter().filter(|c| c.guess == Guess::Person && c.words.len() >= 2) {
            let key = spelling_key(&c.name());
            match self.person_by_name.get(&key) {
                Some(&i) => entities[i].add(c),
                None => {
                    self.person_by_name.insert(key, entities.len());
                    if let Some(family) = family_name(&c.words) {
                        self.person_by_family.entry(family.to_string()).or_default().push(entities.len());
                    }
                    // Any other word of the name, for family-first names the tables do not
                    // know ("Xi Jinping" → "Xi").
                    for w in c.words.iter().filter(|w| w.len() > 1 && !is_initial_or_suffix(w)) {
                        self.person_by_word.entry(w.clone()).or_insert(entities.len());
                    }
                    entities.push(Entity::new(ActorKind::Person, c));
                }
            }
        }
    }

    /// Then organisations, longest name first so short forms attach to it.
    fn organisations(&mut self, candidates: &[Candidate]) {
        let mut orgs: Vec<&Candidate> =
            candidates.iter().filter(|c| c.guess == Guess::Organization).collect();
        crate::order::longest_first(&mut orgs, |c| c.words.len());
        // Every longer name is known before the single words, which its first word may claim.
        let single = orgs.partition_point(|c| c.words.len() > 1);
        for &c in &orgs[..single] {
            self.add_organisation(c);
        }
        self.leading_words();
        for &c in &orgs[single..] {
            self.add_organisation(c);
        }
    }

    /// One organisation's mention: to the entity one of its forms names, or a new entity.
    fn add_organisation(&mut self, c: &Candidate) {
        let name = c.name();
        let i = match self.org_by_form.get(&name) {
            Some(&i) => {
                self.entities[i].add(c);
                i
            }
            None => {
                let i = self.entities.len();
                let entity = Entity::new(ActorKind::Organization, c);
                self.org_by_form.insert(name, i);
                for form in &entity.short_forms {
                    self.org_by_form.entry(form.clone()).or_insert(i);
                }
                // "Hyundai Motor" is Hyundai Motor Co., not Hyundai Motor Group: the
                // name without its company form beats any other claim on it.
                if let [rest @ .., form] = c.words.as_slice() {
                    let legal = lx::is_org_suffix(form) && !matches!(form.as_str(), "Group" | "Holdings");
                    if legal && !rest.is_empty() && self.legal_forms.insert(rest.join(" ")) {
                        self.org_by_form.insert(rest.join(" "), i);
                    }
                }
                self.entities.push(entity);
                i
            }
        };
        if let Some(alias) = &c.defined_alias {
            self.org_by_form.entry(alias.clone()).or_insert(i);
        }
    }

    /// An organisation's first word alone ("Haneul" after "Haneul Interactive") names it when
    /// it is the only organisation of the text starting with that word and no person's name
    /// holds it ("Samsung" beside Samsung Electronics and Samsung Biologics names neither).
    fn leading_words(&mut self) {
        let mut starts: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, e) in self.entities.iter().enumerate().filter(|(_, e)| e.kind == ActorKind::Organization) {
            if let Some(w) = orgs::leading_word(&e.words) {
                starts.entry(w).or_default().push(i);
            }
        }
        let person_word =
            |w: &str| self.person_by_family.contains_key(w) || self.person_by_word.contains_key(w);
        let claims: Vec<(String, usize)> = starts
            .into_iter()
            .filter(|(w, ids)| ids.len() == 1 && !person_word(w))
            .map(|(w, ids)| (w.to_string(), ids[0]))
            .collect();
        for (w, i) in claims {
            self.org_by_form.entry(w).or_insert(i);
        }
    }

    /// Last, what is left: titled surnames ("Secretary Bessent"), short forms, lone words.
    /// Single words that decide first, then longer unknown phrases (which may start with a
    /// company just found: "Apple Computer"), then words capitalised only by position.
    fn the_rest(&mut self, candidates: &[Candidate]) {
        let counts = UnknownCounts::new(candidates);
        let rest =
            |c: &&Candidate| c.guess == Guess::Unknown || c.guess == Guess::Person && c.words.len() == 1;
        let single = candidates.iter().filter(rest).filter(|c| !c.weak && c.words.len() == 1);
        let multi = candidates.iter().filter(rest).filter(|c| !c.weak && c.words.len() > 1);
        let weak = candidates.iter().filter(rest).filter(|c| c.weak);
        for c in single.chain(multi).chain(weak) {
            if let Some(i) = self.existing(c) {
                self.entities[i].add(c);
            } else if !c.weak {
                self.add_new(c, &counts);
            }
        }
    }

    /// The entity a leftover candidate names, if any: a person by family name, spelling or
    /// other word, an organisation by a form of its name, or a company the phrase starts
    /// with ("Apple Computer"; not for weak candidates).
    fn existing(&self, c: &Candidate) -> Option<usize> {
        let name = c.name();
        let as_person = self
            .person_by_family
            .get(&name)
            .map(|ids| referent(&self.entities, ids, c.bytes.start, c.sentence))
            .or(self.person_by_name.get(&spelling_key(&name)).copied())
            .or(self
                .person_by_word
                .get(&name)
                .copied()
                .filter(|_| c.words.len() == 1 && !self.org_by_form.contains_key(&name)));
        let target = match (self.org_by_form.get(&name), as_person) {
            (Some(&o), _) if c.guess != Guess::Person => Some(o),
            (_, Some(p)) => Some(p),
            (Some(&o), None) => Some(o),
            (None, None) => None,
        };
        if target.is_some() || c.weak {
            return target;
        }
        self.org_by_form
            .get(&c.words[0])
            .copied()
            .filter(|&i| c.words.len() > 1 && self.entities[i].kind == ActorKind::Organization)
    }

    /// A leftover candidate that names no entity yet becomes one when something says what
    /// it is: a person's guess or family name, an organisation's context or repetition.
    fn add_new(&mut self, c: &Candidate, counts: &UnknownCounts) {
        let name = c.name();
        // A family name used alone, never after an article: "Pro" in "the Pro" is a thing.
        let family_used_alone = c.words.len() > 1
            && c.words.last().is_some_and(|w| {
                counts.unknown.get(w).copied().unwrap_or(0) > counts.determined.get(w).copied().unwrap_or(0)
            });
        // Repeated, and mostly without an article: a company ("Ryanair"), not a thing ("the Dreamliner").
        let count = counts.unknown.get(&name).copied().unwrap_or(0);
        let repeated = count >= 2
            && counts.acting.contains(&name)
            && !c.common
            && !(c.words.len() == 1 && shape::participle_like(&name))
            && counts.determined.get(&name).copied().unwrap_or(0) * 2 < count;
        let kind = match c.guess {
            Guess::Person => ActorKind::Person,
            _ if family_used_alone => ActorKind::Person,
            _ if c.org_context || repeated => ActorKind::Organization,
            _ => return,
        };
        let i = self.entities.len();
        let mut entity = Entity::new(kind, c);
        entity.inferred = c.guess == Guess::Unknown && !family_used_alone && !c.org_context;
        self.entities.push(entity);
        match kind {
            ActorKind::Person => {
                let family = family_name(&c.words).map_or(name.clone(), str::to_string);
                self.person_by_family.entry(family).or_default().push(i);
                self.person_by_name.insert(spelling_key(&name), i);
            }
            ActorKind::Organization => {
                self.org_by_form.insert(name, i);
            }
        }
    }
}

/// How often each unknown (not weak) name occurs, and how often after a determiner.
struct UnknownCounts {
    unknown: HashMap<String, usize>,
    determined: HashMap<String, usize>,
    /// Names that act somewhere ([`Candidate::acts`]).
    acting: HashSet<String>,
}

impl UnknownCounts {
    fn new(candidates: &[Candidate]) -> Self {
        let mut counts =
            UnknownCounts { unknown: HashMap::new(), determined: HashMap::new(), acting: HashSet::new() };
        for c in candidates.iter().filter(|c| c.guess == Guess::Unknown && !c.weak) {
            *counts.unknown.entry(c.name()).or_default() += 1;
            if c.determined {
                *counts.determined.entry(c.name()).or_default() += 1;
            }
            if c.acts {
                counts.acting.insert(c.name());
            }
        }
        counts
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::understand::actors::names::candidates;
    use crate::understand::text::Document;

    fn merged(text: &str) -> Vec<Entity> {
        merge(&candidates(&Document::new(text)), None)
    }

    #[test]
    fn roles_fold_into_the_fullest() {
        let mut roles = vec!["U.S. Treasury Secretary".to_string()];
        add_role(&mut roles, "Secretary");
        assert_eq!(roles, ["U.S. Treasury Secretary"]);
        add_role(&mut roles, "U.S. Treasury Secretary and envoy");
        assert_eq!(roles, ["U.S. Treasury Secretary and envoy"]);
    }

    #[test]
    fn surnames_attach_to_the_full_name() {
        let e = merged("Finance Minister Choi Sang-mok met Scott Bessent on Tuesday. Choi said the talks went well, and Bessent agreed.");
        let choi = e.iter().find(|x| x.name() == "Choi Sang-mok").expect("Choi");
        assert_eq!((choi.mentions.len(), choi.aliases.as_slice()), (2, ["Choi".to_string()].as_slice()));
        assert_eq!(e.iter().find(|x| x.name() == "Scott Bessent").map(|x| x.mentions.len()), Some(2));
    }

    #[test]
    fn romanisations_of_one_name_are_one_person() {
        let e =
            merged("North Korean leader Kim Jong-un fired missiles. Analysts said Kim Jong Un wanted talks.");
        let kims: Vec<&Entity> = e.iter().filter(|x| x.name().starts_with("Kim Jong")).collect();
        assert_eq!(kims.len(), 1, "{e:?}");
        assert_eq!(kims[0].mentions.len(), 2);
    }

    #[test]
    fn short_forms_attach_to_the_organisation() {
        let e = merged("The Bank of Korea held rates. The BOK said inflation eased, the Finance Ministry said the Ministry of Strategy and Finance agreed.");
        let bok = e.iter().find(|x| x.name() == "Bank of Korea").expect("BOK");
        assert_eq!(bok.mentions.len(), 2);
        let mof = e.iter().find(|x| x.name() == "Ministry of Strategy and Finance").expect("MOSF");
        assert_eq!(mof.aliases, ["Finance Ministry"]);
    }

    #[test]
    fn the_byline_is_not_an_actor() {
        let c = candidates(&Document::new("Reporter Im Soung-bin wrote that Lee Jae-myung spoke."));
        let names: Vec<String> = merge(&c, Some("Im Soung-bin")).iter().map(Entity::name).collect();
        assert_eq!(names, ["Lee Jae-myung"]);
    }
}
