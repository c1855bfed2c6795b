//! Author lines: "BY IM SOUNG-BIN [im.soungbin@joongang.co.kr]", "By Song Seung-hyun
//! (ssh@heraldcorp.com)", "홍길동 기자 hong@yna.co.kr".
//!
//! News pages print the author as a line of the page rather than in metadata. Such a line
//! becomes the byline (names title-cased the way romanised Korean names are written, e-mail
//! addresses dropped) and leaves the body.

use std::sync::LazyLock;

use regex::Regex;

/// "By" and then capitalised name words (with "and"/"&" between authors), then the end of
/// the line or what follows a name: a bracket, a comma, an e-mail address.
static ENGLISH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[Bb][Yy]:?[\t\n\r\x20]+([A-Z][A-Za-z'.\-]*(?:[\t\n\r\x20]+(?:(?:and|&)[\t\n\r\x20]+)?[A-Z][A-Za-z'.\-]*){0,5})[\t\n\r\x20]*(?:$|[\[(<,|/]|[A-Za-z0-9._%+\-]+@)",
    )
    .expect("byline pattern")
});
/// A wire-service credit line: "Tom Krisher, AP Auto Writer", "Kim Tong-hyung, Associated
/// Press Correspondent".
static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([A-Z][a-z]+(?:[\t\n\r\x20][A-Z][A-Za-z.'\-]+){1,3}),[\t\n\r\x20][A-Za-z.&\x20]{0,40}(?:Writer|Correspondent|Reporter|Editor)$")
        .expect("credit pattern")
});
/// A Hangul name followed by 기자 (reporter) or 특파원 (correspondent).
static KOREAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([가-힣]{2,4})[\t\n\r\x20]*(?:기자|특파원)(?:[\t\n\r\x20]|$|[\[(=]|[A-Za-z0-9._%+\-]+@)")
        .expect("Korean byline pattern")
});

/// Words that follow "By" in a sentence, not in an author line.
const NOT_NAMES: &[&str] =
    &["The", "This", "That", "These", "Those", "Then", "Now", "Next", "Last", "Early", "Late"];

/// The author named by a short line of the page, if the line is an author line.
pub fn author_line(line: &str) -> Option<String> {
    let line = line.trim();
    if line.chars().count() > 120 {
        return None;
    }
    if let Some(c) = ENGLISH.captures(line) {
        let names = c.get(1)?.as_str().trim_end_matches([',', '.', ' ']);
        let first = names.split_whitespace().next()?;
        if NOT_NAMES.contains(&first) || names.split_whitespace().count() < 2 && !is_upper(names) {
            return None;
        }
        return Some(title_case(names));
    }
    [&*CREDIT, &*KOREAN].iter().find_map(|re| re.captures(line)?.get(1)).map(|m| m.as_str().to_string())
}

fn is_upper(s: &str) -> bool {
    s.chars().any(|c| c.is_ascii_uppercase()) && !s.chars().any(|c| c.is_ascii_lowercase())
}

/// "IM SOUNG-BIN" → "Im Soung-bin"; names already in mixed case are kept as written.
fn title_case(names: &str) -> String {
    names
        .split_whitespace()
        .map(|word| {
            if !is_upper(word) {
                return word.to_string();
            }
            let mut out = String::with_capacity(word.len());
            for (i, c) in word.chars().enumerate() {
                out.push(if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() });
            }
            out
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn korean_news_author_lines() {
        assert_eq!(
            author_line("BY IM SOUNG-BIN [im.soungbin@joongang.co.kr]").as_deref(),
            Some("Im Soung-bin")
        );
        assert_eq!(author_line("BY IM SOUNG-BIN [[email protected]]").as_deref(), Some("Im Soung-bin"));
        assert_eq!(
            author_line("By Song Seung-hyun (ssh@heraldcorp.com)").as_deref(),
            Some("Song Seung-hyun")
        );
        assert_eq!(
            author_line("By Kim Eun-jung and Lee Haye-ah").as_deref(),
            Some("Kim Eun-jung and Lee Haye-ah")
        );
        assert_eq!(author_line("김은정 기자 kej@yna.co.kr").as_deref(), Some("김은정"));
        assert_eq!(author_line("Kim Tong-hyung, Associated Press Writer").as_deref(), Some("Kim Tong-hyung"));
    }

    #[test]
    fn sentences_starting_with_by_are_not_author_lines() {
        assert_eq!(author_line("By the end of the year, exports had risen 3 percent."), None);
        assert_eq!(author_line("By Friday"), None);
        assert_eq!(author_line("By The Associated Press"), None);
    }
}
