//! The shapes of names: pure predicates on a phrase's words that say whether they can be a
//! person's name or an organisation's, from the words alone.
//!
//! Both [`super::names`] (which cuts capitalised runs into candidates) and
//! [`super::titles`] (which finds where a title ends and a name begins) ask these
//! questions; keeping them here lets the import graph run one way: `names` → `titles` →
//! `shape` → `lexicon`.
//!
//! East Asian names put the family name first. A Korean name is a surname and a given name
//! of two syllables, written hyphenated ("Choi Sang-mok"), joined ("Choi Sangmok") or as
//! two words ("Yoon Suk Yeol"); Western order ("Sang-mok Choi") is a hyphenated given name
//! and a surname. A Chinese or Vietnamese name is a family name and a given name of one or
//! two syllables ("Li Qiang", "Xi Jinping"). Joined given names are accepted only when they
//! parse as romanised syllables, so "Han River" or "Park Avenue" are not names.

use super::lexicon as lx;

/// A word that can be part of a personal name: capitalised, and not a title, an
/// organisation word or a calendar or site word.
pub fn name_like(word: &str) -> bool {
    let capitalised = word.chars().next().is_some_and(|c| c.is_uppercase());
    (capitalised || lx::is_name_particle(word))
        && !lx::is_title_word(word)
        && !lx::is_org_head(word)
        && !lx::is_org_suffix(word)
        && !lx::is_not_actor(word)
        && !lx::is_nationality(word)
        && word != "U.S."
}

/// A hyphenated given name: "Sang-mok", "Jae-Yong", "Duk-geun"; not "Boeing-Air".
pub fn is_hyphenated_given_name(word: &str) -> bool {
    let mut parts = word.split('-');
    let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else { return false };
    // No Korean syllable ends in "-ed": "Kong-linked", "Hanwha-backed" are adjectives.
    !a.is_empty()
        && !b.is_empty()
        && a.len() <= 6
        && b.len() <= 6
        && b.chars().all(|c| c.is_alphabetic())
        && !b.ends_with("ed")
}

/// "J." — one capital and a full stop.
pub fn is_initial(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() == 2 && b[0].is_ascii_uppercase() && b[1] == b'.'
}

/// How many romanised Korean or Chinese syllables the word parses as (at most 2), or None
/// when it does not parse: "Sangmok" 2, "Jinping" 2, "Qiang" 1, "River" None.
fn romanised_syllables(word: &str) -> Option<usize> {
    if !word.is_ascii()
        || !word.starts_with(|c: char| c.is_ascii_uppercase())
        || word[1..].contains(char::is_uppercase)
    {
        return None;
    }
    let lower = word.to_ascii_lowercase();
    (1..=2).find(|&n| splits_into(lower.as_bytes(), 0, n))
}

/// Whether `word[from..]` is exactly `n` romanised syllables, each an optional onset, one to
/// three vowels and an optional coda: `((ch|kk|tt|pp|ss|jj|sh|zh|ts|hs|[bcdfghjklmnpqrstwxyz])?
/// [aeiouy]{1,3}(ng|n|m|k|l|p|b)?){n}$`. Every way a syllable can end is tried.
fn splits_into(word: &[u8], from: usize, n: usize) -> bool {
    if n == 0 {
        return from == word.len();
    }
    onset_lengths(&word[from..]).any(|onset| {
        let vowels = word[from + onset..].iter().take(3).take_while(|b| b"aeiouy".contains(b)).count();
        (1..=vowels).any(|v| {
            let nucleus = from + onset + v;
            coda_lengths(&word[nucleus..]).any(|coda| splits_into(word, nucleus + coda, n - 1))
        })
    })
}

/// How long a syllable's onset at the start of `rest` can be: none, a pair ("ch", "kk", ..),
/// one consonant.
fn onset_lengths(rest: &[u8]) -> impl Iterator<Item = usize> {
    const PAIRS: &[&[u8]] = &[b"ch", b"kk", b"tt", b"pp", b"ss", b"jj", b"sh", b"zh", b"ts", b"hs"];
    let pair = PAIRS.iter().any(|p| rest.starts_with(p));
    let single = rest.first().is_some_and(|b| b"bcdfghjklmnpqrstwxyz".contains(b));
    [Some(0), pair.then_some(2), single.then_some(1)].into_iter().flatten()
}

/// How long a syllable's coda at the start of `rest` can be: none, "ng", one of n, m, k, l,
/// p, or the b of informal spellings ("Ji-sub", "Hyub").
fn coda_lengths(rest: &[u8]) -> impl Iterator<Item = usize> {
    let single = rest.first().is_some_and(|b| b"nmklpb".contains(b));
    [Some(0), rest.starts_with(b"ng").then_some(2), single.then_some(1)].into_iter().flatten()
}

/// A family name first, then the given name: "Lee Jae-myung", "Choi Sangmok", "Yoon Suk
/// Yeol", "Xi Jinping", "Li Qiang".
pub fn family_name_first(words: &[&str]) -> bool {
    match words {
        [s, g] if lx::is_korean_surname(s) => {
            is_hyphenated_given_name(g)
                || name_like(g) && !lx::is_place(g) && romanised_syllables(g) == Some(2)
        }
        // A given name may be a syllable that is also an English word the lists keep from
        // names ("Liu He"): after a family name, inside the name, it is no pronoun.
        [s, g] if lx::is_family_name_first(s) => {
            is_hyphenated_given_name(g)
                || (name_like(g) || lx::is_family_name_first(g))
                    && !lx::is_place(g)
                    && romanised_syllables(g).is_some()
        }
        [s, a, b] => {
            let syllable = |w: &str| {
                w.len() <= 5 && w.chars().all(|c| c.is_alphabetic()) && name_like(w) && !lx::is_place(w)
            };
            lx::is_korean_surname(s) && syllable(a) && syllable(b)
        }
        _ => false,
    }
}

/// A Korean name in either order ("Choi Sang-mok", "Sang-mok Choi") or a Chinese one.
pub fn east_asian_name(words: &[&str]) -> bool {
    family_name_first(words) || family_name_last(words) || syllable_then_given_name(words)
}

/// One romanised syllable, then a hyphenated Korean given name: a family name, whatever
/// English word it also spells ("An Se-young", "So Ji-sub", "Do Kyung-soo").
pub fn syllable_then_given_name(words: &[&str]) -> bool {
    matches!(words, [s, g] if romanised_syllables(s) == Some(1) && korean_given_name(g))
}

/// A hyphenated given name of two one-syllable parts: "Se-young", "Jae-myung".
fn korean_given_name(word: &str) -> bool {
    is_hyphenated_given_name(word) && word.split('-').all(|p| romanised_syllables(&capitalise(p)) == Some(1))
}

/// A hyphenated Korean given name, then the family name: "Sang-mok Choi".
pub fn family_name_last(words: &[&str]) -> bool {
    matches!(words, [g, s] if lx::is_korean_surname(s) && korean_given_name(g))
}

/// "LEE" or "lee" → "Lee": a word cased the way the name lists hold it.
pub fn capitalise(part: &str) -> String {
    let mut c = part.chars();
    c.next().map(|f| f.to_uppercase().chain(c.flat_map(char::to_lowercase)).collect()).unwrap_or_default()
}

/// Whether the words have the shape of a personal name by themselves.
pub fn person_shaped(words: &[&str]) -> bool {
    // A given name vouches for a surname that is also an organisation word ("Edward
    // House"), and for a title head used as a surname ("Martin Luther King").
    let vouched = |w: &str| {
        let capitalised = w.chars().next().is_some_and(|c| c.is_uppercase());
        let org_word = (lx::is_org_head(w) || lx::is_org_suffix(w)) && !lx::is_surname_like_head(w);
        lx::is_given_name(words[0])
            && capitalised
            && !org_word
            && !lx::is_not_actor(w)
            && !lx::is_title_modifier(w)
    };
    if east_asian_name(words) {
        return true;
    }
    let fits = |w: &&str| name_like(w) || lx::is_name_suffix(w) || is_initial(w) || vouched(w);
    if words.len() < 2 || words.len() > 5 || !words[1..].iter().all(fits) {
        return false;
    }
    // A family name may also be an English word the lists keep from names ("He Jianxiong").
    if !(fits(&words[0]) || lx::is_family_name_first(words[0])) {
        return false;
    }
    lx::is_given_name(words[0]) && !lx::is_place(words[1])
        || words[1..words.len() - 1].iter().any(|w| is_initial(w))
        || is_initial(words[0])
        || words.last().is_some_and(|w| lx::is_name_suffix(w))
}

/// An organisation by its words: a head word at the end ("Korea University"), a company
/// suffix, a head governing an "of" phrase ("Bank of Korea"), or a company's own styling
/// ("SK hynix").
pub fn is_org_shaped(words: &[&str]) -> bool {
    let Some(last) = words.last() else { return false };
    // A head word alone ("Group", "Petroleum") is a word of a name, not a name.
    words.len() >= 2 && (lx::is_org_head(last) || lx::is_org_suffix(last))
        || words.windows(2).any(|w| lx::is_org_of_head(w[0]) && matches!(w[1], "of" | "for"))
        || words.windows(2).any(|w| named_by_subject(w[0]) && w[1] == "on")
        || words.len() == 1 && lx::is_org_acronym(last)
        || partners_firm(words)
        || matches!(words, [company, tail] if lx::is_known_company(company) && lx::is_styled_company_tail(tail))
}

/// A firm named by its partners joined by "&": "Kim & Chang", "Bae, Kim & Lee", "Procter &
/// Gamble" (a person is never written so).
fn partners_firm(words: &[&str]) -> bool {
    let [.., amp, _] = words else { return false };
    let name = |w: &&str| w.starts_with(|c: char| c.is_uppercase());
    *amp == "&" && words.len() <= 6 && words.iter().all(|w| name(w) || matches!(*w, "&" | ","))
}

/// The head of a public body named by the fields of its work: "Economic, Social and Labor
/// Council", "Strategy and Finance Committee" (a company is not named so: "Chrysler, Ford and
/// General Motors" are three).
pub fn named_by_fields(head: &str) -> bool {
    named_by_subject(head)
        || matches!(
            head,
            "Ministry"
                | "Agency"
                | "Administration"
                | "Service"
                | "Board"
                | "Institute"
                | "Association"
                | "Federation"
                | "Foundation"
                | "Office"
                | "Authority"
                | "Department"
                | "Center"
                | "Centre"
        )
}

/// A deliberative body named by its subject after "on": "Committee on Foreign Relations".
pub fn named_by_subject(head: &str) -> bool {
    matches!(head, "Committee" | "Subcommittee" | "Commission" | "Council" | "Conference" | "Panel" | "Forum")
}

/// A word formed like an English participle ("Emerging", "Trending", "Related"): a
/// heading's or a sentence's adjective, so repeating it alone is no evidence of a company.
/// "Boeing" and "Keating" are not: the "-ing" follows a vowel or a doubled consonant.
pub fn participle_like(word: &str) -> bool {
    let b = word.as_bytes();
    let n = b.len();
    let consonant = |c: u8| c.is_ascii_lowercase() && !b"aeiouy".contains(&c);
    n > 5 && (word.ends_with("ing") && consonant(b[n - 4]) || word.ends_with("ed") && consonant(b[n - 3]))
}

/// A brand's inner capital ("FnGuide", "KakaoBank", "YouTube"): a company's or a
/// service's styling. The prefixes of family names ("McDonald", "DeSantis", "MacArthur")
/// are not it.
pub fn camel_cased(word: &str) -> bool {
    let b = word.as_bytes();
    if b.len() < 4 || !b[0].is_ascii_uppercase() || !b.iter().all(u8::is_ascii_alphabetic) {
        return false;
    }
    let Some(k) = (1..b.len()).find(|&k| b[k - 1].is_ascii_lowercase() && b[k].is_ascii_uppercase()) else {
        return false;
    };
    let surname_prefix = ["Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz"];
    // Or capitals to the end after a word of four letters or more ("SpaceX", "OpenAI";
    // not "PhD").
    let capital_tail = k >= 4 && b[k..].iter().all(u8::is_ascii_uppercase);
    (b.get(k + 1).is_some_and(u8::is_ascii_lowercase) || capital_tail)
        && !surname_prefix.contains(&&word[..k])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_brands_inner_capital() {
        for w in ["FnGuide", "KakaoBank", "YouTube", "NongHyup", "SpaceX", "FuriosaAI"] {
            assert!(camel_cased(w), "{w}");
        }
        for w in
            ["McDonald", "DeSantis", "MacArthur", "LeBron", "Kim", "OECD", "HBM3E", "SKorea", "PhD", "McD"]
        {
            assert!(!camel_cased(w), "{w}");
        }
    }

    #[test]
    fn names_of_every_shape() {
        assert!(person_shaped(&["Lee", "Jae-myung"]));
        assert!(person_shaped(&["Yoon", "Suk", "Yeol"]));
        assert!(person_shaped(&["Kim", "Jong", "Un"]));
        assert!(person_shaped(&["John", "F.", "Kennedy"]));
        assert!(person_shaped(&["William", "Clay", "Ford", "Jr."]));
        assert!(!person_shaped(&["Korea", "Exchange"]));
        assert!(!person_shaped(&["Related", "Article"]));
    }

    #[test]
    fn korean_names_in_every_romanisation() {
        for name in ["Choi Sang-mok", "Choi Sangmok", "Sang-mok Choi", "Yoon Suk Yeol", "Kim Byung-hwan"] {
            let words: Vec<&str> = name.split(' ').collect();
            assert!(person_shaped(&words), "{name}");
        }
    }

    #[test]
    fn chinese_names_family_name_first() {
        for name in ["Xi Jinping", "Li Qiang", "Wang Yi", "Yu Jianxiong"] {
            let words: Vec<&str> = name.split(' ').collect();
            assert!(person_shaped(&words), "{name}");
        }
    }

    #[test]
    fn places_and_things_after_a_surname_are_not_names() {
        for phrase in ["Han River", "Park Avenue", "Song Hotel", "Kim Foundation", "Hong Kong-linked"] {
            let words: Vec<&str> = phrase.split(' ').collect();
            assert!(!person_shaped(&words), "{phrase}");
        }
    }

    #[test]
    fn romanised_words_split_into_one_or_two_syllables() {
        for (word, n) in
            [("Sangmok", Some(2)), ("Jinping", Some(2)), ("Taeyang", Some(2)), ("Qiang", Some(1))]
        {
            assert_eq!(romanised_syllables(word), n, "{word}");
        }
        // A syllable may end before a consonant that could close it ("Hanam" is "ha-nam"),
        // or after it ("Hanguk" is "han-guk").
        assert_eq!(romanised_syllables("Hanam"), Some(2));
        assert_eq!(romanised_syllables("Hanguk"), Some(2));
        for word in ["River", "Avenue", "Seoulite", "SangMok", "sangmok", "Pärk", "Kkk"] {
            assert_eq!(romanised_syllables(word), None, "{word}");
        }
    }
}
