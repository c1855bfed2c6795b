//! Author lines: "BY IM SOUNG-BIN [im.soungbin@joongang.co.kr]", "By Song Seung-hyun
//! (ssh@heraldcorp.com)", "홍길동 기자 hong@yna.co.kr".
//!
//! News pages print the author as a line of the page rather than in metadata. Such a line
//! becomes the byline (names title-cased the way romanised Korean names are written, e-mail
//! addresses dropped) and leaves the body.

use crate::scan::{is_address_char, is_space, Cursor};
use crate::words::word_lists;

word_lists! {
    /// Words that follow "By" in a sentence, not in an author line.
    NOT_NAMES = "not_byline_names.txt", Capitalised;
    /// The titles that end a wire-service credit line ("AP Auto Writer").
    TITLES = "wire_titles.txt", Capitalised;
}

/// The author named by a short line of the page, if the line is an author line.
pub fn author_line(line: &str) -> Option<String> {
    let line = line.trim();
    if line.chars().count() > 120 {
        return None;
    }
    if let Some(names) = english(line) {
        let names = names.trim_end_matches([',', '.', ' ']);
        let first = names.split_whitespace().next()?;
        if NOT_NAMES.contains(first) || names.split_whitespace().count() < 2 && !is_upper(names) {
            return None;
        }
        return Some(title_case(names));
    }
    credit(line).or_else(|| korean(line)).map(str::to_string)
}

/// The names of an English author line: "By" (or "BY", "By:"), then one to six capitalised
/// name words ("Kim", "O'Neil", "SOUNG-BIN", "J.") with "and" or "&" allowed between
/// authors, then the end of the line or what follows a name: a bracket, a comma, a bar, a
/// slash, an e-mail address ("By Song Seung-hyun (ssh@...)", "BY IM SOUNG-BIN [im.sb@...]").
/// A name word may run into the address ("By Kim hong@yna.co.kr": the name is "Kim").
fn english(line: &str) -> Option<&str> {
    let mut c = Cursor::new(line);
    c.byte_if(|b| b == b'B' || b == b'b')?;
    c.byte_if(|b| b == b'Y' || b == b'y')?;
    c.eat(':');
    c.space1().then_some(())?;
    let start = c.pos();
    let end = name_words(line, start, 0)?;
    Some(&line[start..end])
}

/// Most name words after the first in an English author line.
const MORE_NAMES: usize = 5;

/// Reads a name word at `pos`, then greedily the name words after it (`more` of them read
/// so far after the first), and gives the end of the last name word of the first reading
/// after which the line ends as an author line ends. A word gives back letters only to an
/// e-mail address that follows it directly: nothing else may follow a shortened word.
fn name_words(line: &str, pos: usize, more: usize) -> Option<usize> {
    let mut c = Cursor::at(line, pos);
    c.byte_if(|b| b.is_ascii_uppercase())?;
    c.many(0, usize::MAX, is_name_char);
    let longest = c.pos();
    if more < MORE_NAMES {
        let mut next = c;
        if next.space1() {
            next.test(|c| c.one_of(&["and", "&"]).is_some() && c.space1());
            if let Some(end) = name_words(line, next.pos(), more + 1) {
                return Some(end);
            }
        }
    }
    let mut after = c;
    after.space();
    if after.at_end()
        || after.peek().is_some_and(|b| b"[(<,|/".contains(&b))
        || address_follows(line, after.pos())
    {
        return Some(longest);
    }
    (pos + 1..longest).rev().find(|&end| address_follows(line, end))
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, '\'' | '.' | '-')
}

/// Whether the local part of an e-mail address and its "@" start at `pos`.
fn address_follows(line: &str, pos: usize) -> bool {
    let mut c = Cursor::at(line, pos);
    c.many(1, usize::MAX, is_address_char).is_some() && c.eat('@')
}

/// A wire-service credit line: "Tom Krisher, AP Auto Writer", "Kim Tong-hyung, Associated
/// Press Correspondent": a name of two to four capitalised words (the first of letters
/// only), a comma and a space, then up to 40 letters, spaces, dots and "&" ending the line
/// with a title of [`TITLES`] (Writer, Correspondent, Reporter, Editor). Gives the name.
fn credit(line: &str) -> Option<&str> {
    let mut c = Cursor::new(line);
    c.byte_if(|b| b.is_ascii_uppercase())?;
    c.many(1, usize::MAX, |c| c.is_ascii_lowercase())?;
    let more = (0..3)
        .take_while(|_| {
            c.test(|c| {
                c.char_if(is_space).is_some()
                    && c.byte_if(|b| b.is_ascii_uppercase()).is_some()
                    && c.many(1, usize::MAX, is_name_char).is_some()
            })
        })
        .count();
    let name = c.since(0);
    (more > 0 && c.eat(',') && c.char_if(is_space).is_some()).then_some(())?;
    let outlet = |o: &str| o.len() <= 40 && o.bytes().all(|b| b.is_ascii_alphabetic() || b".& ".contains(&b));
    TITLES.entries().any(|t| c.rest().strip_suffix(t).is_some_and(outlet)).then_some(name)
}

/// An author's title printed on its own line under the byline: one to four capitalised
/// words ending with a title of [`TITLES`] ("Opinion Columnist", "Staff Writer", "Senior
/// Correspondent").
pub fn is_author_title(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(char::is_alphabetic))
        && words.last().is_some_and(|w| TITLES.contains(w))
}

/// A byline read from an element's text runs the author's title into the name when the
/// page prints them in separate blocks ("By Jamie ParkOpinion Columnist"): the name alone.
pub fn without_glued_title(byline: &str) -> &str {
    let glue = byline.char_indices().zip(byline.chars().skip(1)).find_map(|((i, a), b)| {
        (a.is_lowercase() && b.is_uppercase() && is_author_title(&byline[i + a.len_utf8()..]))
            .then_some(i + a.len_utf8())
    });
    glue.map_or(byline, |i| &byline[..i])
}

/// A Korean author line: a name of two to four Hangul syllables, then 기자 (reporter) or
/// 특파원 (correspondent), then the end of the line, a space, a bracket, "=" or an e-mail
/// address: "김은정 기자 kej@yna.co.kr", "홍길동기자". Gives the name.
fn korean(line: &str) -> Option<&str> {
    let syllables = Cursor::new(line).many(0, 4, is_hangul).unwrap_or(0);
    // The name gives back syllables to the title that follows it ("홍길동기자").
    (2..=syllables).rev().find_map(|n| {
        let name = &line[..n * '가'.len_utf8()];
        let mut c = Cursor::at(line, name.len());
        c.space();
        c.one_of(&["기자", "특파원"])?;
        let ends = c.at_end()
            || c.peek().is_some_and(|b| b"\t\n\r [(=".contains(&b))
            || address_follows(line, c.pos());
        ends.then_some(name)
    })
}

/// A Hangul syllable (가 to 힣).
fn is_hangul(c: char) -> bool {
    ('가'..='힣').contains(&c)
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

    #[test]
    fn a_name_may_run_into_its_title_or_address() {
        assert_eq!(author_line("홍길동기자").as_deref(), Some("홍길동"));
        assert_eq!(author_line("홍길동 특파원=워싱턴").as_deref(), Some("홍길동"));
        assert_eq!(author_line("By KIM hong@yna.co.kr").as_deref(), Some("Kim"));
        assert_eq!(author_line("By Kim Tong-hyung tong@ap.org").as_deref(), Some("Kim Tong-hyung"));
        assert_eq!(author_line("By Kim Tong-hyung | AP").as_deref(), Some("Kim Tong-hyung"));
    }

    #[test]
    fn credit_lines_end_with_the_job() {
        assert_eq!(author_line("Tom Krisher, AP Auto Writer").as_deref(), Some("Tom Krisher"));
        assert_eq!(author_line("Tom Krisher, AP Auto Writer in Detroit"), None);
        assert_eq!(author_line("Tom, AP Writer"), None, "one name word is not a name");
        assert_eq!(author_line("기자회견 열려"), None);
    }
}
