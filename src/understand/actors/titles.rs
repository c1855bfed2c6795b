//! Roles: where a title ends and a name begins, the organisation inside a title, and the
//! role an appositive gives after a name.
//!
//! News copy puts the role before the name ("U.S. Treasury Secretary Scott Bessent",
//! "Minister of Trade, Industry and Energy Ahn Duk-geun") or after it, set off by a comma
//! ("Park Sung-hoon, professor emeritus at Korea University's Graduate School of
//! International Studies"). The name is the run of name-like words at the end of the
//! chunk, trimmed to the shape of a name; the role is what stands before it, if it holds a
//! title word from [`super::lexicon`].

use super::lexicon as lx;
use super::tokens::Token;

/// A word that can be part of a personal name: capitalised, and not a title, an
/// organisation word or a calendar or site word.
fn name_like(word: &str) -> bool {
    let capitalised = word.chars().next().is_some_and(|c| c.is_uppercase());
    (capitalised || lx::is_name_particle(word))
        && !lx::is_title_word(word)
        && !lx::is_org_head(word)
        && !lx::is_org_suffix(word)
        && !lx::is_not_actor(word)
        && !lx::is_nationality(word)
        && word != "U.S."
}

fn is_hyphenated_given_name(word: &str) -> bool {
    // "Sang-mok", "Jae-Yong", "Duk-geun"; not "Boeing-Air".
    let mut parts = word.split('-');
    let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else { return false };
    !a.is_empty() && !b.is_empty() && a.len() <= 6 && b.len() <= 6 && b.chars().all(|c| c.is_alphabetic())
}

fn is_initial(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() == 2 && b[0].is_ascii_uppercase() && b[1] == b'.'
}

/// A Korean name: surname first, then a hyphenated given name ("Lee Jae-myung") or two
/// short syllables ("Yoon Suk Yeol", "Kim Jong Un").
fn korean_shaped(words: &[&str]) -> bool {
    match words {
        [s, g] => lx::is_korean_surname(s) && is_hyphenated_given_name(g),
        [s, a, b] => {
            let syllable = |w: &str| {
                w.len() <= 5 && w.chars().all(|c| c.is_alphabetic()) && name_like(w) && !lx::is_place(w)
            };
            lx::is_korean_surname(s) && syllable(a) && syllable(b)
        }
        _ => false,
    }
}

/// Whether the words have the shape of a personal name by themselves.
pub fn person_shaped(words: &[&str]) -> bool {
    // A given name vouches for a surname that is also an organisation word ("Jim Press").
    // So does it for a title head used as a surname ("Martin Luther King").
    let vouched = |w: &str| {
        let capitalised = w.chars().next().is_some_and(|c| c.is_uppercase());
        let org_word = (lx::is_org_head(w) || lx::is_org_suffix(w)) && !lx::is_surname_like_head(w);
        lx::is_given_name(words[0])
            && capitalised
            && !org_word
            && !lx::is_not_actor(w)
            && !lx::is_title_modifier(w)
    };
    let fits = |w: &&str| name_like(w) || lx::is_name_suffix(w) || is_initial(w) || vouched(w);
    if words.len() < 2 || words.len() > 5 || !words[1..].iter().all(fits) || !fits(&words[0]) {
        return false;
    }
    korean_shaped(words)
        || lx::is_given_name(words[0]) && !lx::is_place(words[1])
        || words[1..words.len() - 1].iter().any(|w| is_initial(w))
        || is_initial(words[0])
        || words.last().is_some_and(|w| lx::is_name_suffix(w))
}

/// Trims a run of name-like words to the name at its end: a Korean name, or from the last
/// given name, or the last two words. None when the words are only places ("President
/// of the United States").
fn name_start(words: &[&str]) -> Option<usize> {
    let n = words.len();
    if n >= 2 && korean_shaped(&words[n - 2..]) {
        return Some(n - 2);
    }
    if n >= 3 && korean_shaped(&words[n - 3..]) {
        return Some(n - 3);
    }
    let mut start = 0;
    while start < n && lx::is_place(words[start]) {
        start += 1;
    }
    if start == n {
        return None;
    }
    if n - start <= 3 {
        return Some(start);
    }
    Some((start..n).rev().find(|&k| lx::is_given_name(words[k]) && n - k >= 2).unwrap_or(n - 2))
}

/// For a chunk "title … name", where the name starts (the role is everything before it).
pub fn title_then_name(words: &[&str]) -> Option<usize> {
    let mut k = words.len();
    while k > 0 && (name_like(words[k - 1]) || lx::is_name_suffix(words[k - 1]) || is_initial(words[k - 1])) {
        k -= 1;
    }
    if k == 0 || k == words.len() || !words[..k].iter().any(|w| lx::is_title_head(w)) {
        return None;
    }
    if lx::is_name_suffix(words[k]) {
        return None;
    }
    name_start(&words[k..]).map(|start| k + start)
}

/// The organisation a role starts with ("Samsung Electronics Chairman", "U.S. Treasury
/// Secretary"): its length in words.
pub fn org_in_role(role: &[&str]) -> Option<usize> {
    (1..role.len()).rev().find(|&p| {
        let prefix = &role[..p];
        lx::is_title_word(role[p])
            && !prefix.iter().any(|w| lx::is_title_head(w))
            && !prefix.iter().all(|w| lx::is_place(w) || lx::is_nationality(w))
            && super::names::is_org_shaped(prefix)
    })
}

/// Words that end an appositive.
fn closes_appositive(t: &Token<'_>) -> bool {
    matches!(
        t.text,
        "," | ";" | "." | ")" | "(" | "\"" | "“" | "”" | ":" | "said" | "who" | "which" | "says" | "told"
    )
}

/// The token range of a role in apposition after the name ending at token `end`:
/// ", professor emeritus at …" or ", an analyst at …" (the article dropped).
pub fn appositive(tokens: &[Token<'_>], end: usize) -> Option<(usize, usize)> {
    if tokens.get(end)?.text != "," {
        return None;
    }
    let mut a = end + 1;
    if tokens.get(a).is_some_and(|t| matches!(t.text, "a" | "an" | "the")) {
        a += 1;
    }
    let mut b = a;
    while b < tokens.len() && b - a < 16 && !closes_appositive(&tokens[b]) {
        b += 1;
    }
    let titled = tokens[a..b.min(a + 5)].iter().any(|t| lx::is_title_head(t.text));
    (b > a && titled && (b == tokens.len() || b - a < 16)).then_some((a, b))
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn title_and_name_split_where_the_name_starts() {
        let w = ["Minister", "of", "Trade", ",", "Industry", "and", "Energy", "Ahn", "Duk-geun"];
        assert_eq!(title_then_name(&w), Some(7));
        let w = ["President", "of", "the", "United", "States", "Barack", "Obama"];
        assert_eq!(title_then_name(&w), Some(5));
        assert_eq!(title_then_name(&["Finance", "Minister"]), None);
        assert_eq!(title_then_name(&["President", "of", "the", "United", "States"]), None);
        assert_eq!(title_then_name(&["Justice", "Ministry"]), None);
    }

    #[test]
    fn organisation_at_the_head_of_a_role() {
        assert_eq!(org_in_role(&["Samsung", "Electronics", "Chairman"]), Some(2));
        assert_eq!(org_in_role(&["U.S.", "Treasury", "Secretary"]), Some(2));
        assert_eq!(org_in_role(&["U.S.", "Commerce", "Secretary"]), None);
        assert_eq!(org_in_role(&["Deputy", "Prime", "Minister", "and", "Finance", "Minister"]), None);
    }
}
