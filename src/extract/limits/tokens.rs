//! The HTML tokenizer's view of a page, in miniature: where each tag, attribute and run of
//! text sits, and nothing else.
//!
//! It follows the tokenizer states of the HTML standard that decide where markup starts and
//! ends, because a scan that disagrees with the browser's parser can be steered by the page
//! (a tag it thinks is hidden is one the parser builds):
//!
//! - comments end at `-->`, `--!>`, and also at `<!-->` and `<!--->`;
//! - `<!...>`, `<?...>` and `</` followed by something other than a letter are bogus
//!   comments ending at the first `>` (so is `<![CDATA[`: treating it as a CDATA section
//!   could only hide tags, never show ones that are not there);
//! - a tag name runs to white space, `/` or `>` (`<script-x>` is not a script);
//! - a quote opens a quoted value only right after `=`; anywhere else (`title=it's`) it is an
//!   ordinary character;
//! - raw text (`script`, `style`, ...) is skipped by the caller, which knows whether the
//!   parser is in HTML content there ([`Scanner::skip_raw_text`]).

/// Characters the standard counts as white space inside tags (`\r` is read as `\n`).
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// One attribute of a tag, as byte ranges of the input.
#[derive(Debug, Clone, Copy)]
pub struct Attr {
    /// From the first byte of its name to the end of its value.
    pub start: usize,
    pub end: usize,
    /// Its value without quotes (empty when it has none).
    pub value: (usize, usize),
}

/// What the scan found.
#[derive(Debug)]
pub enum Token {
    /// A start tag from `start` to just past its `>`; `name` is lower-cased.
    Start { start: usize, end: usize, name: String, self_closing: bool },
    /// An end tag.
    End { start: usize, end: usize, name: String },
    /// Character data between markup (entities not decoded).
    Text { start: usize, end: usize },
}

/// A scan over `html`; attributes of the latest start tag are in [`Scanner::attrs`].
pub struct Scanner<'a> {
    bytes: &'a [u8],
    pos: usize,
    /// The attributes of the start tag returned last.
    pub attrs: Vec<Attr>,
}

impl<'a> Scanner<'a> {
    pub fn new(html: &'a str) -> Self {
        Scanner { bytes: html.as_bytes(), pos: 0, attrs: Vec::new() }
    }

    /// After a start tag whose content is raw text (or escapable raw text), moves past that
    /// content to the tag that ends it: `</name` followed by white space, `/` or `>`.
    /// Returns the range of the text skipped. `plaintext` never ends.
    pub fn skip_raw_text(&mut self, name: &str) -> (usize, usize) {
        let from = self.pos;
        if name == "plaintext" {
            self.pos = self.bytes.len();
            return (from, self.pos);
        }
        let mut at = from;
        while let Some(i) = find_byte(self.bytes, at, b'<') {
            let after = i + 2 + name.len();
            let is_end = self.bytes.get(i + 1) == Some(&b'/')
                && self.bytes.get(i + 2..after).is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
                && self.bytes.get(after).is_some_and(|&b| is_space(b) || b == b'/' || b == b'>');
            if is_end {
                self.pos = i;
                return (from, i);
            }
            at = i + 1;
        }
        self.pos = self.bytes.len();
        (from, self.pos)
    }

    /// Index just past the next `>` from `from`, or the end of the input.
    fn past_gt(&self, from: usize) -> usize {
        find_byte(self.bytes, from, b'>').map_or(self.bytes.len(), |i| i + 1)
    }

    /// Where a comment opened at `lt` (`<!--`) ends.
    fn comment_end(&self, lt: usize) -> usize {
        let body = lt + 4;
        let rest = &self.bytes[body.min(self.bytes.len())..];
        if rest.starts_with(b">") {
            return body + 1;
        }
        if rest.starts_with(b"->") {
            return body + 2;
        }
        let mut at = body;
        while let Some(i) = find_byte(self.bytes, at, b'-') {
            let tail = &self.bytes[i..];
            if tail.starts_with(b"-->") {
                return i + 3;
            }
            if tail.starts_with(b"--!>") {
                return i + 4;
            }
            at = i + 1;
        }
        self.bytes.len()
    }

    /// A tag's name from `from`, lower-cased, and where it ends.
    fn tag_name(&self, from: usize) -> (String, usize) {
        let len = self.bytes[from..].iter().take_while(|&&b| !is_space(b) && b != b'/' && b != b'>').count();
        let name = String::from_utf8_lossy(&self.bytes[from..from + len]).to_ascii_lowercase();
        (name, from + len)
    }

    /// Reads attributes from `at` to the end of the tag. Returns the index past `>` (None if
    /// the input ends inside the tag: the tokenizer then drops it) and whether it ended `/>`.
    fn attributes(&mut self, mut at: usize, record: bool) -> Option<(usize, bool)> {
        let b = self.bytes;
        loop {
            while at < b.len() && is_space(b[at]) {
                at += 1;
            }
            match *b.get(at)? {
                b'>' => return Some((at + 1, false)),
                b'/' => {
                    if b.get(at + 1) == Some(&b'>') {
                        return Some((at + 2, true));
                    }
                    at += 1;
                    continue;
                }
                _ => {}
            }
            // Attribute name: the first character may be anything (even `=`).
            let start = at;
            at += 1;
            while at < b.len() && !is_space(b[at]) && !matches!(b[at], b'/' | b'>' | b'=') {
                at += 1;
            }
            while at < b.len() && is_space(b[at]) {
                at += 1;
            }
            let mut value = (at, at);
            if b.get(at) == Some(&b'=') {
                at += 1;
                while at < b.len() && is_space(b[at]) {
                    at += 1;
                }
                match *b.get(at)? {
                    q @ (b'"' | b'\'') => {
                        let close = find_byte(b, at + 1, q)?;
                        value = (at + 1, close);
                        at = close + 1;
                    }
                    b'>' => {}
                    _ => {
                        let from = at;
                        while at < b.len() && !is_space(b[at]) && b[at] != b'>' {
                            at += 1;
                        }
                        value = (from, at);
                    }
                }
            }
            if record {
                self.attrs.push(Attr { start, end: at.max(value.1), value });
            }
        }
    }
}

impl Iterator for Scanner<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let b = self.bytes;
        loop {
            if self.pos >= b.len() {
                return None;
            }
            let lt = match find_byte(b, self.pos, b'<') {
                Some(lt) if lt > self.pos => {
                    let start = self.pos;
                    self.pos = lt;
                    return Some(Token::Text { start, end: lt });
                }
                Some(lt) => lt,
                None => {
                    let start = self.pos;
                    self.pos = b.len();
                    return Some(Token::Text { start, end: b.len() });
                }
            };
            match b.get(lt + 1).copied() {
                Some(b'!') if b[lt..].starts_with(b"<!--") => self.pos = self.comment_end(lt),
                Some(b'!' | b'?') => self.pos = self.past_gt(lt + 2),
                Some(b'/') => match b.get(lt + 2).copied() {
                    Some(c) if c.is_ascii_alphabetic() => {
                        let (name, after) = self.tag_name(lt + 2);
                        let Some((end, _)) = self.attributes(after, false) else {
                            self.pos = b.len();
                            return None;
                        };
                        self.pos = end;
                        return Some(Token::End { start: lt, end, name });
                    }
                    Some(b'>') => self.pos = lt + 3,
                    Some(_) => self.pos = self.past_gt(lt + 2),
                    None => {
                        self.pos = b.len();
                        return Some(Token::Text { start: lt, end: b.len() });
                    }
                },
                Some(c) if c.is_ascii_alphabetic() => {
                    let (name, after) = self.tag_name(lt + 1);
                    self.attrs.clear();
                    let Some((end, self_closing)) = self.attributes(after, true) else {
                        self.pos = b.len();
                        return None;
                    };
                    self.pos = end;
                    return Some(Token::Start { start: lt, end, name, self_closing });
                }
                _ => {
                    // A `<` that opens nothing is text.
                    let end = find_byte(b, lt + 1, b'<').unwrap_or(b.len());
                    self.pos = end;
                    return Some(Token::Text { start: lt, end });
                }
            }
        }
    }
}

fn find_byte(bytes: &[u8], from: usize, needle: u8) -> Option<usize> {
    bytes.get(from..)?.iter().position(|&b| b == needle).map(|i| from + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tags the scan sees, as "name" or "/name".
    fn tags(html: &str) -> Vec<String> {
        Scanner::new(html)
            .filter_map(|t| match t {
                Token::Start { name, .. } => Some(name),
                Token::End { name, .. } => Some(format!("/{name}")),
                Token::Text { .. } => None,
            })
            .collect()
    }

    #[test]
    fn comments_end_where_the_parser_ends_them() {
        assert_eq!(tags("<!--><div>"), ["div"]);
        assert_eq!(tags("<!---><div>"), ["div"]);
        assert_eq!(tags("<!-- a --!><div>"), ["div"]);
        assert_eq!(tags("<!-- <b> -- > --><div>"), ["div"]);
        assert_eq!(tags("<!----><div>"), ["div"]);
    }

    #[test]
    fn bogus_comments_end_at_the_first_gt() {
        assert_eq!(tags("<!doctype html><? x ><![CDATA[ a ]]><div></ x><i>"), ["div", "i"]);
        assert_eq!(tags("<a></><b>"), ["a", "b"]);
    }

    #[test]
    fn quotes_open_values_only_after_equals() {
        assert_eq!(tags("<div title=it's><b>'</b>"), ["div", "b", "/b"]);
        assert_eq!(tags(r#"<div title="a > b" x='>'><b>"#), ["div", "b"]);
        assert_eq!(tags(r#"<div a"b=1><b>"#), ["div", "b"]);
    }

    #[test]
    fn names_run_to_space_slash_or_gt() {
        assert_eq!(tags("<script-x><div/><DIV\tid=1>"), ["script-x", "div", "div"]);
    }
}
