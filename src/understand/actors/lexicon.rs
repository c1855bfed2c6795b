//! The word lists the actor finder reasons with. Everything that decides "is this a
//! title, an organisation, a place or a given name" lives here as data, so adding a word
//! never means adding a branch.
//!
//! Each list is a file in `words/`, one entry a line, sorted (byte order) and unique, and
//! cased as its kind requires: lower case for words compared case-insensitively (titles,
//! descriptors), capitalised for names and name words, with at least one capital for
//! abbreviations. The test that [`crate::words::word_lists`] writes checks every file, so a list cannot
//! silently grow duplicates or entries that can never match.
//!
//! Lookups are exact and case-sensitive unless a function says otherwise.

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::words::word_lists;

word_lists! {
    /// Words that make a capitalised phrase a role when they stand before a name ("U.S.
    /// Treasury Secretary Scott Bessent", "Acting President Han Duck-soo"). Compared
    /// case-insensitively, so "analyst" before a name counts as well.
    TITLE_HEADS = "title_heads.txt", Lower;
    /// Nouns that give a role only in apposition after a name (", a senior official at the
    /// trade ministry", ", a member of the National Assembly", ", the sister of the North
    /// Korean leader"): before a name they are not titles ("the Official Secrets Act").
    APPOSITIVE_ROLES = "appositive_roles.txt", Lower;
    /// Words that only qualify a following title ("Deputy Prime Minister", "Acting President").
    TITLE_MODIFIERS = "title_modifiers.txt", Lower;
    /// The last words of organisation names ("Korea University", "Ford Motor Company").
    ORG_HEADS = "org_heads.txt", Capitalised;
    /// Organisation heads that govern an "of" phrase ("Bank of Korea", "Ministry of Strategy
    /// and Finance", "Graduate School of International Studies").
    ORG_OF_HEADS = "org_of_heads.txt", Capitalised;
    /// Company-form suffixes dropped when deriving a short form ("Apple Inc." → "Apple").
    ORG_SUFFIXES = "org_suffixes.txt", HasCapital;
    /// Upper-case words that are not organisations: units, currencies, common abbreviations.
    NOT_ORG_ACRONYMS = "not_org_acronyms.txt", HasCapital;
    /// Upper-case names that are organisations even though they look like abbreviations.
    KNOWN_ORG_ACRONYMS = "known_org_acronyms.txt", HasCapital;
    /// Capitalised words that are never actors by themselves (besides [`CALENDAR`]): site
    /// chrome, function words that start sentences, generic capitalised nouns.
    NOT_ACTORS = "not_actors.txt", Capitalised;
    /// Countries, regions and cities: places, not actors (the finder still keeps them
    /// inside organisation names such as "Bank of Korea" or "Korea University").
    PLACES = "places.txt", Capitalised;
    /// Calendar words: a name ending in one is a day or a season, not an actor ("Black Monday").
    CALENDAR = "calendar.txt", Capitalised;
    /// The last words of names of laws, treaties, plans and other documents ("Inflation
    /// Reduction Act", "Paris Agreement", "Fourth Energy Technology Development Plan"): what
    /// such a name names is a text, not an actor.
    DOCUMENTS = "documents.txt", Capitalised;
    /// The last words of names of gatherings ("J.P. Morgan Healthcare Conference", "Busan
    /// International Film Festival", "APEC Summit"): an event, not an actor, whatever names
    /// it holds.
    EVENTS = "events.txt", Capitalised;
    /// Organisations named by a word or a fixed name of their own ("Congress said", "Cheong
    /// Wa Dae said": the presidential office, not a person however its syllables look).
    INSTITUTIONS = "institutions.txt", Capitalised;
    /// Adjectives of nationality or origin ("Korean", "Alaskan"): not actors on their own.
    NATIONALITIES = "nationalities.txt", Capitalised;
    /// Korean surnames in their common romanisations (the family name comes first).
    KOREAN_SURNAMES = "korean_surnames.txt", Capitalised;
    /// Chinese, Vietnamese and Cambodian family names, which also come first ("Li Qiang",
    /// "Xi Jinping", "Hun Manet"). Not given names: a given name vouches for the word after
    /// it, a family name for a romanised given name only.
    FAMILY_NAMES_FIRST = "family_names_first.txt", Capitalised;
    /// Common given names (Western and international) that mark a capitalised pair as a
    /// person's name even without a title. Only given names: surnames and titles belong
    /// elsewhere.
    GIVEN_NAMES = "given_names.txt", Capitalised;
    /// Companies Korean news names by one word, often once: no count or descriptor is
    /// needed to know them.
    KNOWN_COMPANIES = "known_companies.txt", HasCapital;
    /// Lower-case words before a name that describe an organisation's kind ("aircraft
    /// manufacturer Boeing", "automaker GM"): the name after them is an organisation.
    ORG_DESCRIPTORS = "org_descriptors.txt", Lower;
    /// What a company has ("Samsung's shares", "Hyundai's chairman"): the owner is one.
    ORG_POSSESSIONS = "org_possessions.txt", Lower;
    /// Titles of the head of an organisation, which a bare mention ties to the organisation
    /// the sentence names ("the Bank of Korea …, Governor Rhee").
    ORG_LEADER_TITLES = "org_leader_titles.txt", Capitalised;
    /// Plural nouns for people that own an organisation's name as its first word
    /// ("People's Liberation Army", "Workers' Party of Korea"), unlike a place or a
    /// company that owns a separate body ("Korea's Democratic Party").
    COLLECTIVE_POSSESSORS = "collective_possessors.txt", Capitalised;
    /// The last words of market indexes' names ("Dow Jones Industrial Average", "Nasdaq
    /// Composite"): a number that moves, not an actor.
    INDEX_HEADS = "index_heads.txt", Capitalised;
    /// Labels before a picture's credit ("Photo: Yonhap", "Credit…Doug Mills"): the
    /// name after them took the picture or owns it and is not an actor of the story.
    PICTURE_CREDIT_LABELS = "picture_credit_labels.txt", Lower;
    /// Words of a staff credit line before "by" ("Reporting by …; Editing by …",
    /// "Additional reporting by …"): the names credit the story's makers.
    STAFF_CREDIT_WORDS = "staff_credit_words.txt", Lower;
}

static PLACE_UPPER_SET: OnceLock<HashSet<String>> = OnceLock::new();

/// A word that can head a title before a name, in any case ("Secretary", "analyst"), also
/// as a past holder's title ("then-President", "ex-Minister").
pub fn is_title_head(word: &str) -> bool {
    TITLE_HEADS.contains_folded(held_title(word))
}

/// Prefixes that make a title a past holder's ("then-President", "Ex-Minister").
const PAST_HOLDER_PREFIXES: [&str; 4] = ["then-", "ex-", "Then-", "Ex-"];

/// A title without the prefix of a past or shared holder: "then-President" → "President",
/// "co-CEO" → "CEO".
fn held_title(word: &str) -> &str {
    PAST_HOLDER_PREFIXES.iter().chain(&["co-", "Co-"]).find_map(|p| word.strip_prefix(p)).unwrap_or(word)
}

/// A word written with a past holder's prefix: "then-Prime", "Ex-Minister".
pub fn is_past_holders(word: &str) -> bool {
    PAST_HOLDER_PREFIXES.iter().any(|p| word.starts_with(p))
}

/// A noun that names a role after a name, in apposition: a title head, or
/// [`APPOSITIVE_ROLES`].
pub fn is_appositive_head(word: &str) -> bool {
    is_title_head(word) || APPOSITIVE_ROLES.contains(word)
}

/// A word that can stand inside a capitalised title ("Deputy", "Prime", "Finance").
pub fn is_title_word(word: &str) -> bool {
    is_title_head(word) || is_title_modifier(word)
}

/// Organisation words that are also common surnames ("Edward House", "Jim Banks").
pub fn is_surname_like_head(word: &str) -> bool {
    matches!(word, "House" | "Post" | "Bank" | "Banks" | "Guard" | "Chase" | "Lines" | "Church")
}

/// A word that only qualifies a title ("Deputy", "Finance").
pub fn is_title_modifier(word: &str) -> bool {
    TITLE_MODIFIERS.contains_folded(held_title(word))
}

pub fn is_org_head(word: &str) -> bool {
    ORG_HEADS.contains(word) || word == "plc"
}

pub fn is_org_of_head(word: &str) -> bool {
    ORG_OF_HEADS.contains(word)
}

/// A company form ("Inc.", "GmbH"; "plc" in its lower-case styling).
pub fn is_org_suffix(word: &str) -> bool {
    ORG_SUFFIXES.contains(word) || word == "plc"
}

pub fn is_place(word: &str) -> bool {
    PLACES.contains(word)
}

/// A place written in capitals ("SEOUL", a dateline).
fn is_shouted_place(word: &str) -> bool {
    PLACE_UPPER_SET.get_or_init(|| PLACES.entries().map(|p| p.to_ascii_uppercase()).collect()).contains(word)
}

pub fn is_nationality(word: &str) -> bool {
    NATIONALITIES.contains(word)
}

pub fn is_not_actor(word: &str) -> bool {
    NOT_ACTORS.contains(word) || is_calendar_word(word)
}

pub fn is_collective_possessor(word: &str) -> bool {
    COLLECTIVE_POSSESSORS.contains(word)
}

pub fn is_index_head(word: &str) -> bool {
    INDEX_HEADS.contains(word)
}

pub fn is_picture_credit_label(word: &str) -> bool {
    PICTURE_CREDIT_LABELS.contains_folded(word)
}

pub fn is_staff_credit_word(word: &str) -> bool {
    STAFF_CREDIT_WORDS.contains_folded(word)
}

pub fn is_calendar_word(word: &str) -> bool {
    CALENDAR.contains(word)
}

pub fn is_document_word(word: &str) -> bool {
    DOCUMENTS.contains(word)
}

/// A word that ends the name of a gathering ("Conference", "Festival").
pub fn is_event_word(word: &str) -> bool {
    EVENTS.contains(word)
}

pub fn is_institution(word: &str) -> bool {
    INSTITUTIONS.contains(word)
}

pub fn is_korean_surname(word: &str) -> bool {
    KOREAN_SURNAMES.contains(word)
}

/// A family name written before the given name: Korean, Chinese, Vietnamese, Cambodian.
pub fn is_family_name_first(word: &str) -> bool {
    KOREAN_SURNAMES.contains(word) || FAMILY_NAMES_FIRST.contains(word)
}

pub fn is_given_name(word: &str) -> bool {
    GIVEN_NAMES.contains(word)
}

/// An abbreviation every reader knows as an organisation ("UN", "SK", "NATO").
pub fn is_known_org_acronym(word: &str) -> bool {
    KNOWN_ORG_ACRONYMS.contains(word)
}

/// An upper-case abbreviation that names an organisation ("BOK", "G20", "NATO"), not a
/// unit or a common abbreviation ("GDP", "LNG", "CEO").
pub fn is_org_acronym(word: &str) -> bool {
    if KNOWN_ORG_ACRONYMS.contains(word) {
        return true;
    }
    let letters = word.chars().filter(|c| c.is_ascii_uppercase()).count();
    let shape = word.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '&' || c == '.');
    // Longer upper-case words are shouted headings or datelines ("WASHINGTON —", "SEOUL").
    // With digits it is a model ("A400M", "K2"), unless a known group ("G20").
    let digits = word.bytes().any(|b| b.is_ascii_digit());
    shape
        && !digits
        && (2..=5).contains(&letters)
        && !NOT_ORG_ACRONYMS.contains(word)
        && !is_shouted_place(word)
        && !is_place(word)
}

/// Lower-case words that belong to a company's name by its own styling ("SK hynix").
pub fn is_styled_company_tail(word: &str) -> bool {
    matches!(word, "hynix")
}

pub fn is_known_company(word: &str) -> bool {
    KNOWN_COMPANIES.contains(word)
}

pub fn is_org_descriptor(word: &str) -> bool {
    ORG_DESCRIPTORS.contains(word)
}

pub fn is_org_possession(word: &str) -> bool {
    ORG_POSSESSIONS.contains(word)
}

pub fn is_org_leader_title(role: &str) -> bool {
    ORG_LEADER_TITLES.contains(role)
}

/// A title's abbreviation spelled out, as the panel shows a role ("Gov." → "Governor": "Bank
/// of Korea Gov. Rhee" is the Bank of Korea Governor, whom "the governor" names later).
pub fn title_in_full(word: &str) -> Option<&'static str> {
    Some(match word {
        "Gov." => "Governor",
        "Rep." => "Representative",
        "Sen." => "Senator",
        "Gen." => "General",
        "Lt." => "Lieutenant",
        "Col." => "Colonel",
        "Sgt." => "Sergeant",
        "Capt." => "Captain",
        "Prof." => "Professor",
        "Supt." => "Superintendent",
        "Adm." => "Admiral",
        "Pres." => "President",
        _ => return None,
    })
}

/// Forms of address that are not roles ("Mr. Lee").
pub fn is_honorific(word: &str) -> bool {
    matches!(word, "Mr" | "Mr." | "Mrs" | "Mrs." | "Ms" | "Ms." | "Mx." | "Miss")
}

/// Lower-case words that qualify a capitalised title before a name ("former President").
pub fn is_role_qualifier(word: &str) -> bool {
    matches!(
        word,
        "former"
            | "then"
            | "acting"
            | "late"
            | "incoming"
            | "outgoing"
            | "interim"
            | "deputy"
            | "vice"
            | "ex"
            | "top"
    )
}

/// Words that close a name phrase: suffixes that belong to the name ("Jr.").
pub fn is_name_suffix(word: &str) -> bool {
    matches!(word, "Jr." | "Jr" | "Sr." | "Sr" | "II" | "III" | "IV")
}

/// Lower-case particles inside names ("Charles de Gaulle", "Ludwig van Beethoven").
pub fn is_name_particle(word: &str) -> bool {
    matches!(
        word,
        "de" | "van" | "von" | "der" | "da" | "di" | "del" | "la" | "le" | "du" | "bin" | "al" | "dos"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_lists_hold_only_their_kind() {
        // A given name is not a family name or a calendar word ("Dean" may also be a title).
        for name in GIVEN_NAMES.entries() {
            assert!(!is_family_name_first(name), "{name} is a family name");
            assert!(!is_calendar_word(name), "{name} is a calendar word");
        }
        for name in FAMILY_NAMES_FIRST.entries() {
            assert!(!KOREAN_SURNAMES.contains(name), "{name} is already a Korean surname");
        }
    }
}
