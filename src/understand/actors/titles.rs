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
use super::shape::{east_asian_name, is_initial, is_org_shaped, name_like};
use super::tokens::Token;

/// Trims a run of name-like words to the name at its end: a family name first, or from the last
/// given name, or the last two words. None when the words are only places ("President
/// of the United States").
fn name_start(words: &[&str]) -> Option<usize> {
    let n = words.len();
    if n >= 2 && east_asian_name(&words[n - 2..]) {
        return Some(n - 2);
    }
    if n >= 3 && east_asian_name(&words[n - 3..]) {
        return Some(n - 3);
    }
    // A place opens the run ("United States Barack Obama"), unless it is also a given name
    // that a surname follows ("Jose Munoz", "Jordan Peele").
    let mut start = 0;
    while start < n && lx::is_place(words[start]) && !(lx::is_given_name(words[start]) && n - start >= 2) {
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
    // An East Asian name may hold a syllable that is also an English word ("Vice Premier
    // Liu He"): it is the name's whatever the word alone would be.
    if k >= 3 && east_asian_name(&words[k - 2..]) {
        k -= 2;
    }
    while k > 0 && (name_like(words[k - 1]) || lx::is_name_suffix(words[k - 1]) || is_initial(words[k - 1])) {
        k -= 1;
    }
    if k == 0 || k == words.len() || !words[..k].iter().any(|w| lx::is_title_head(w)) {
        return None;
    }
    if lx::is_name_suffix(words[k]) {
        return None;
    }
    let start = k + name_start(&words[k..])?;
    // "CEO of Hanwha Ocean": what follows "of" is the body the title belongs to, not its
    // holder; a holder stands after it only as the last two words of a longer run
    // ("Secretary of Defense Pete Hegseth").
    if words[start - 1] == "of" {
        return (words.len() - start >= 3).then_some(words.len() - 2);
    }
    Some(start)
}

/// The organisation a role starts with ("Samsung Electronics Chairman", "U.S. Treasury
/// Secretary"): its length in words. Before the title of a body's head ("Chairman", "CEO",
/// "Chair", "Governor") up to three capitalised words that are no title name that body even
/// without an organisation's head word ("Korea Zinc Chairman", "Fed Chair").
pub fn org_in_role(role: &[&str]) -> Option<usize> {
    (1..role.len()).rev().find(|&p| {
        let prefix = &role[..p];
        let headed_body = lx::is_org_leader_title(role[p])
            && prefix.len() <= 3
            && prefix.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()) && !lx::is_title_word(w));
        lx::is_title_word(role[p])
            && !prefix.iter().any(|w| lx::is_title_head(w))
            && !prefix.iter().all(|w| lx::is_place(w) || lx::is_nationality(w))
            && (is_org_shaped(prefix) || headed_body)
    })
}

/// A comma inside a firm's name of partners: "a lawyer at Bae, Kim & Lee".
fn partners_comma(tokens: &[Token<'_>], k: usize) -> bool {
    let cap = |i: usize| tokens.get(i).is_some_and(|t| t.is_capitalised());
    tokens[k].text == "," && cap(k + 1) && tokens.get(k + 2).is_some_and(|t| t.text == "&") && cap(k + 3)
}

/// Words that end an appositive.
fn closes_appositive(t: &Token<'_>) -> bool {
    matches!(
        t.text,
        "," | ";" | "." | ")" | "(" | "\"" | "“" | "”" | ":" | "said" | "who" | "which" | "says" | "told"
            // "the company's president and CEO since 2021": when, not what.
            | "since" | "until"
    )
}

/// The token range of a role in apposition after the name ending at token `end`:
/// ", professor emeritus at …" or ", an analyst at …" (the article dropped).
pub fn appositive(tokens: &[Token<'_>], end: usize) -> Option<(usize, usize)> {
    // "Park Myung-soo, 67, former CEO of …": the age set off by commas comes first.
    let age =
        tokens.get(end + 1).is_some_and(|t| t.text.len() <= 3 && t.text.bytes().all(|b| b.is_ascii_digit()));
    let end = if age && tokens.get(end + 2).is_some_and(|t| t.text == ",") { end + 2 } else { end };
    if tokens.get(end)?.text != "," {
        return None;
    }
    // The article, a time adverb and the owner's pronoun are not the role: ", now its
    // chief technology officer," → "chief technology officer".
    let mut a = end + 1;
    for words in
        [&["now", "currently", "also", "still"][..], &["a", "an", "the"], &["its", "his", "her", "their"]]
    {
        if tokens.get(a).is_some_and(|t| words.contains(&t.text)) {
            a += 1;
        }
    }
    let mut b = a;
    // "head of the Device Solutions (DS) division": an abbreviation in brackets inside the
    // role is part of it; one that closes it ("chairman of the FSC (FSC),") defines a body.
    let bracketed_abbreviation = |k: usize| {
        tokens[k].text == "("
            && tokens.get(k + 1).is_some_and(|t| t.is_all_caps())
            && tokens.get(k + 2).is_some_and(|t| t.text == ")")
            && tokens.get(k + 3).is_some_and(|t| t.is_word() && !closes_appositive(t))
    };
    // "the powerful sister of North Korean leader Kim Jong-un and a vice department director
    // of …": a second role with its own article ends the first, however long the two are.
    let second_role = |k: usize| {
        tokens[k].text == "and"
            && tokens.get(k + 1).is_some_and(|t| matches!(t.text, "a" | "an" | "the"))
            && tokens[a..k].iter().any(|t| lx::is_appositive_head(t.text))
    };
    loop {
        while b < tokens.len() && b - a < 16 {
            if bracketed_abbreviation(b) {
                b += 3;
            } else if partners_comma(tokens, b) {
                b += 1;
            } else if closes_appositive(&tokens[b]) || second_role(b) {
                break;
            } else {
                b += 1;
            }
        }
        match list_after(tokens, a, b) {
            Some(list_end) => b = list_end,
            None => break,
        }
    }
    let titled = tokens[a..b.min(a + 5)].iter().any(|t| lx::is_appositive_head(t.text));
    // "…, a ministry official said": the phrase is the subject of the next clause, not a
    // role of the name before the comma.
    let speaks = tokens.get(b).is_some_and(|t| matches!(t.text, "said" | "says" | "told"));
    (b > a && titled && !speaks && (b == tokens.len() || b - a < 16)).then_some((a, b))
}

/// A role a relative clause gives after the name: ", who heads the trade ministry," →
/// ("head", the token range of "the trade ministry"). The verbs that say what a person
/// runs, each with the noun of its holder.
pub fn relative_role(tokens: &[Token<'_>], end: usize) -> Option<(&'static str, usize, usize)> {
    if tokens.get(end)?.text != "," || tokens.get(end + 1)?.text != "who" {
        return None;
    }
    let mut v = end + 2;
    if tokens.get(v).is_some_and(|t| matches!(t.text, "also" | "now" | "currently")) {
        v += 1;
    }
    let noun = match tokens.get(v)?.text {
        "heads" => "head",
        "leads" => "leader",
        "chairs" => "chair",
        "directs" => "director",
        "manages" => "manager",
        _ => return None,
    };
    let a = v + 1;
    let b = (a..tokens.len().min(a + 12)).find(|&k| closes_appositive(&tokens[k])).unwrap_or(tokens.len());
    (b > a && (b < tokens.len() || b - a < 12)).then_some((noun, a, b))
}

/// The office a relative clause says the person holds or held: ", who had served as chief
/// of staff since …" → the token range of "chief of staff" (the time it was held is no part
/// of it).
pub fn serves_as(tokens: &[Token<'_>], end: usize) -> Option<(usize, usize)> {
    if tokens.get(end)?.text != "," || tokens.get(end + 1)?.text != "who" {
        return None;
    }
    let mut v = end + 2;
    while tokens
        .get(v)
        .is_some_and(|t| matches!(t.text, "also" | "now" | "currently" | "has" | "had" | "previously"))
    {
        v += 1;
    }
    let verb = matches!(tokens.get(v)?.text, "serves" | "served" | "works" | "worked");
    if !verb || tokens.get(v + 1)?.text != "as" {
        return None;
    }
    let mut a = v + 2;
    if tokens.get(a).is_some_and(|t| matches!(t.text, "a" | "an" | "the")) {
        a += 1;
    }
    let b = (a..tokens.len().min(a + 12))
        .find(|&k| closes_appositive(&tokens[k]) || matches!(tokens[k].text, "and" | "for" | "in" | "until"))
        .unwrap_or(tokens.len());
    let titled = tokens[a..b].iter().any(|t| lx::is_appositive_head(t.text));
    (b > a && titled).then_some((a, b))
}

/// Where an "of" list that a comma at `comma` interrupts ends: "minister of trade, |
/// industry and energy|," or "member of the Science, |ICT, Broadcasting and Communications
/// Committee|," — up to three more items of capitalised words set off by commas, then one
/// that holds "and", each within four words, the last closing on a comma or a full stop.
/// None when the comma ends the role.
fn list_after(tokens: &[Token<'_>], a: usize, comma: usize) -> Option<usize> {
    let has_of = tokens[a..comma].iter().any(|t| t.text == "of");
    if !has_of {
        return None;
    }
    let mut comma = comma;
    for item in 0..4 {
        if tokens.get(comma)?.text != "," || tokens.get(comma + 1)?.text == "and" {
            return None;
        }
        let rest = tokens.get(comma + 1..(comma + 6).min(tokens.len()))?;
        let close = rest.iter().position(closes_appositive)?;
        let words = &rest[..close];
        if words.is_empty() || !words.iter().all(|t| t.is_word()) {
            return None;
        }
        if words.iter().any(|t| t.text == "and") {
            return matches!(rest[close].text, "," | ".").then_some(comma + 1 + close);
        }
        // An item without "and" continues the list only as a name's capitalised words.
        if item == 3 || !words.iter().all(|t| t.text.starts_with(|c: char| c.is_uppercase())) {
            return None;
        }
        comma += 1 + close;
    }
    None
}

/// Two roles joined by "and", the first complete with its body: "chairman of POSCO Group
/// and head of the Korea Iron & Steel Association" → the token ranges of each. "President
/// and CEO of Samsung Biologics" is one role (nothing follows the first title).
pub fn split_roles(tokens: &[Token<'_>], a: usize, b: usize) -> Vec<(usize, usize)> {
    // The first role is complete with its body, or is a title of more than one word that
    // ends in its head ("honorary chairman and uncle of …", "Luma's founding CEO and the
    // producer behind …").
    // A bare title closing the role after "and" makes one office with the first: "the
    // company's president and CEO" (not "vice chairman and head of the DS division").
    let complete = |k: usize| {
        tokens[a..k].iter().any(|t| matches!(t.text, "of" | "at"))
            || k >= a + 2
                && lx::is_appositive_head(tokens[k - 1].text)
                && !(k + 2 == b && lx::is_title_head(tokens[k + 1].text))
    };
    let and = (a..b).find(|&k| tokens[k].text == "and" && complete(k));
    let Some(and) = and else { return vec![(a, b)] };
    let mut second = and + 1;
    if tokens.get(second).is_some_and(|t| matches!(t.text, "a" | "an" | "the")) {
        second += 1;
    }
    let titled = tokens[second..b.min(second + 4)].iter().any(|t| lx::is_appositive_head(t.text));
    if titled && second < b {
        vec![(a, and), (second, b)]
    } else {
        vec![(a, b)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_and_name_split_where_the_name_starts() {
        let w = ["Minister", "of", "Trade", ",", "Industry", "and", "Energy", "Ahn", "Duk-geun"];
        assert_eq!(title_then_name(&w), Some(7));
        let w = ["President", "of", "the", "United", "States", "Barack", "Obama"];
        assert_eq!(title_then_name(&w), Some(5));
        assert_eq!(title_then_name(&["President", "and", "CEO", "Jose", "Munoz"]), Some(3));
        assert_eq!(title_then_name(&["Finance", "Minister"]), None);
        assert_eq!(title_then_name(&["President", "of", "the", "United", "States"]), None);
        assert_eq!(title_then_name(&["Justice", "Ministry"]), None);
        assert_eq!(title_then_name(&["CEO", "of", "Hanwha", "Ocean"]), None);
        assert_eq!(title_then_name(&["Secretary", "of", "Defense", "Pete", "Hegseth"]), Some(3));
    }

    #[test]
    fn organisation_at_the_head_of_a_role() {
        assert_eq!(org_in_role(&["Samsung", "Electronics", "Chairman"]), Some(2));
        assert_eq!(org_in_role(&["U.S.", "Treasury", "Secretary"]), Some(2));
        assert_eq!(org_in_role(&["U.S.", "Commerce", "Secretary"]), None);
        assert_eq!(org_in_role(&["Korea", "Zinc", "Chairman"]), Some(2));
        assert_eq!(org_in_role(&["Land", "Minister"]), None);
        assert_eq!(org_in_role(&["Seoul", "Governor"]), None);
        assert_eq!(org_in_role(&["Deputy", "Prime", "Minister", "and", "Finance", "Minister"]), None);
    }
}
