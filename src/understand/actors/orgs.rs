//! The short forms an organisation's full name is also written as, so that later mentions
//! attach to it: "Bank of Korea" → "BOK"; "Ministry of Strategy and Finance" → "Finance
//! Ministry"; "U.S. Treasury" → "Treasury"; "Ford Motor Company" → "Ford Motor", "Ford";
//! "Apple Inc." → "Apple"; "Government Accountability Office" → "GAO"; "Democratic Party of
//! Korea" → "Democratic Party".
//!
//! The forms are derived from the words alone (no list of known organisations), so they
//! work for any ministry, bank or company the article names.

use super::lexicon as lx;

fn is_connector(w: &str) -> bool {
    matches!(w, "of" | "and" | "&" | "for" | "the" | "," | "on")
}

/// A word that cannot stand alone as an organisation's short name.
fn too_generic(w: &str) -> bool {
    lx::is_place(w) || lx::is_nationality(w) || lx::is_not_actor(w) || lx::is_title_word(w) || is_connector(w)
}

/// Every short form of the organisation named by `words` (the full name not included).
pub fn short_forms(words: &[String]) -> Vec<String> {
    let w: Vec<&str> = words.iter().map(String::as_str).collect();
    let mut out = Vec::new();
    if w.len() < 2 {
        return out;
    }
    // Company forms and head words dropped from the end: "Ford Motor Company" → "Ford";
    // "KB Financial Group" → "KB Financial" (a generic word may end a short form that
    // holds a name's own word, not stand alone or with other generic words).
    let mut end = w.len();
    while end > 1 && (lx::is_org_suffix(w[end - 1]) || lx::is_org_head(w[end - 1])) {
        end -= 1;
        if w[..end].iter().all(|x| too_generic(x)) {
            break;
        }
        if too_generic(w[end - 1]) {
            out.push(w[..end].join(" "));
            break;
        }
        // A group's flagship is a company of its own: "Hyundai Motor" is not Hyundai Motor
        // Group, while "KB Financial" (the holding) and "Lotte" are the group.
        let flagship = w[end] == "Group"
            && end >= 2
            && lx::is_org_head(w[end - 1])
            && !matches!(w[end - 1], "Financial" | "Holdings");
        if !flagship {
            out.push(w[..end].join(" "));
        }
    }
    // A leading country: "U.S. Treasury" → "Treasury" (a department even though the word
    // also qualifies titles: "Treasury Secretary"); "US Air Force" → "Air Force", "U.S. Air
    // Force".
    if lx::is_place(w[0]) || lx::is_nationality(w[0]) {
        let rest = &w[1..];
        if rest.len() > 1 || lx::is_org_head(rest[0]) || !too_generic(rest[0]) {
            out.push(rest.join(" "));
        }
        match w[0] {
            "US" => out.push(format!("U.S. {}", rest.join(" "))),
            "U.S." => out.push(format!("US {}", rest.join(" "))),
            _ => {}
        }
    }
    // "<Head> of A, B and C" → "A Head", "B Head", "C Head", after a leading country too
    // ("Japanese Ministry of Finance" → "Finance Ministry").
    let core = if lx::is_place(w[0]) || lx::is_nationality(w[0]) { &w[1..] } else { &w[..] };
    if let Some(of) = core.iter().position(|x| matches!(*x, "of" | "for")) {
        if of == 1 && lx::is_org_of_head(core[0]) {
            for member in &core[of + 1..] {
                if !is_connector(member) {
                    out.push(format!("{member} {}", core[0]));
                }
            }
        }
    }
    // A trailing "of <place>": "Democratic Party of Korea" → "Democratic Party",
    // "Supreme Court of Korea" → "Supreme Court" ("Bank of Korea" keeps it: "Bank" alone
    // names nothing).
    if let [name @ .., "of", place] = w.as_slice() {
        let headed = name.len() >= 2 && name.last().is_some_and(|h| lx::is_org_head(h));
        if headed && lx::is_place(place) && !name.iter().any(|x| is_connector(x)) {
            out.push(name.join(" "));
        }
    }
    // Initials: "Bank of Korea" → "BK", "BOK"; "General Motors" → "GM".
    let significant: String = w
        .iter()
        .filter(|x| !is_connector(x))
        .filter_map(|x| x.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    let with_of: String = w
        .iter()
        .filter(|x| !matches!(**x, "," | "the"))
        .filter_map(|x| x.chars().next())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if significant.chars().count() >= 2 {
        out.push(significant.clone());
    }
    if with_of != significant && with_of.chars().count() >= 2 {
        out.push(with_of);
    }
    // An abbreviation in the name keeps all its letters: "LG Energy Solution" → "LGES".
    let whole = |x: &&str| x.len() >= 2 && x.chars().all(|c| c.is_ascii_uppercase());
    if w.iter().any(whole) {
        let kept: String = w
            .iter()
            .filter(|x| !is_connector(x))
            .flat_map(|x| if whole(x) { x.chars().collect::<Vec<_>>() } else { x.chars().take(1).collect() })
            .filter(|c| c.is_uppercase())
            .collect();
        if kept != significant {
            out.push(kept);
        }
    }
    // The names news clips by convention: "(U.S.) Federal Reserve (Board)" → "Fed".
    let core = if lx::is_place(w[0]) || lx::is_nationality(w[0]) { &w[1..] } else { &w[..] };
    for (full, clipped) in CLIPPED {
        if core.join(" ").starts_with(full) {
            out.push(clipped.to_string());
        }
    }
    out.retain(|f| f.as_str() != w.join(" "));
    out
}

/// The first word of an organisation's name when it could stand for the whole, as news
/// writes a company after naming it once ("Haneul Interactive" … "Haneul", "BNK Financial
/// Group" … "BNK"): a word of the name's own, not a place, a head word, a title, a person's
/// name or a company of its own. Whether it does stand for it is the caller's to decide (only when no
/// other organisation of the text starts with it).
pub fn leading_word(words: &[String]) -> Option<&str> {
    let [first, second, ..] = words else { return None };
    let own = first.len() >= 2
        && first.starts_with(|c: char| c.is_uppercase())
        && !too_generic(first)
        && !is_connector(second)
        && !lx::is_org_head(first)
        && !lx::is_org_suffix(first)
        // A known company's name alone is that company, not its unit ("Kakao" beside
        // Kakao Ventures).
        && !lx::is_known_company(first)
        && !lx::is_korean_surname(first)
        && !lx::is_given_name(first);
    own.then_some(first.as_str())
}

/// Organisations every reader knows by a clipped name that no rule derives.
const CLIPPED: &[(&str, &str)] = &[("Federal Reserve", "Fed")];

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(name: &str) -> Vec<String> {
        short_forms(&name.split(' ').map(String::from).collect::<Vec<_>>())
    }

    #[test]
    fn ministries_banks_and_companies() {
        assert!(forms("Ministry of Strategy and Finance").contains(&"Finance Ministry".to_string()));
        let bok = forms("Bank of Korea");
        assert!(bok.contains(&"BOK".to_string()), "{bok:?}");
        assert!(forms("U.S. Treasury").contains(&"Treasury".to_string()));
        let usaf = forms("US Air Force");
        assert!(
            usaf.contains(&"Air Force".to_string()) && usaf.contains(&"U.S. Air Force".to_string()),
            "{usaf:?}"
        );
        let ford = forms("Ford Motor Company");
        assert!(ford.contains(&"Ford".to_string()) && ford.contains(&"Ford Motor".to_string()), "{ford:?}");
        assert!(forms("Government Accountability Office").contains(&"GAO".to_string()));
        assert!(forms("LG Energy Solution").contains(&"LGES".to_string()));
        assert!(forms("KB Financial Group").contains(&"KB Financial".to_string()));
        assert!(!forms("Korea National Bank").contains(&"Korea National".to_string()));
    }

    #[test]
    fn a_trailing_country_is_dropped_from_a_headed_name() {
        assert!(forms("Democratic Party of Korea").contains(&"Democratic Party".to_string()));
        assert!(forms("Supreme Court of Korea").contains(&"Supreme Court".to_string()));
        assert!(!forms("Bank of Korea").contains(&"Bank".to_string()));
    }

    #[test]
    fn never_a_bare_place_or_generic_word() {
        let f = forms("Korea University");
        assert!(!f.contains(&"Korea".to_string()), "{f:?}");
        assert!(!forms("National Assembly").contains(&"National".to_string()));
    }
}
