//! The article text as the understanding stages see it: paragraphs and sentences, as byte
//! ranges (character offsets are the contract's business: see [`crate::offsets`]).

use std::ops::Range;

use crate::words::word_lists;

word_lists! {
    /// Abbreviations whose period does not end a sentence (compared without the period,
    /// case-sensitively): titles, months, company words ("Gov", "Sept", "Corp").
    ABBREVIATIONS = "abbreviations.txt", Capitalised;
    /// The lower-case ones ("vs", "etc", "tril").
    LOWER_ABBREVIATIONS = "lower_abbreviations.txt", Lower;
    /// Words after "U.S." (or another dotted abbreviation) that show a new sentence began
    /// (compared case-sensitively).
    SENTENCE_STARTERS = "sentence_starters.txt", Capitalised;
}

/// A sentence: its byte range in the text.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub bytes: Range<usize>,
    /// Index of the paragraph that holds it.
    pub paragraph: usize,
}

/// The article text with its structure, built once and shared by every stage.
pub struct Document<'a> {
    pub text: &'a str,
    /// Byte ranges of paragraphs (blocks separated by a blank line).
    pub paragraphs: Vec<Range<usize>>,
    pub sentences: Vec<Sentence>,
}

impl<'a> Document<'a> {
    pub fn new(text: &'a str) -> Self {
        let paragraphs = split_paragraphs(text);
        let mut sentences = Vec::new();
        for (p, range) in paragraphs.iter().enumerate() {
            for bytes in split_sentences(text, range.clone()) {
                sentences.push(Sentence { bytes, paragraph: p });
            }
        }
        Document { text, paragraphs, sentences }
    }

    /// The index of the sentence holding a byte offset (the last one before it otherwise).
    pub fn sentence_at(&self, byte: usize) -> usize {
        self.sentences.partition_point(|s| s.bytes.start <= byte).saturating_sub(1)
    }

    /// The sentence's text.
    pub fn sentence_text(&self, index: usize) -> &'a str {
        self.sentences.get(index).map_or("", |s| &self.text[s.bytes.clone()])
    }

    /// Byte ranges of all sentences.
    pub fn sentence_ranges(&self) -> Vec<Range<usize>> {
        self.sentences.iter().map(|s| s.bytes.clone()).collect()
    }
}

/// The byte ranges of the text's runs of characters that `inside` accepts, told whether
/// a run is open (so that a character may continue a run without starting one): the words
/// of a look-up that needs no tokenizer.
pub fn runs(text: &str, mut inside: impl FnMut(char, bool) -> bool) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        match (i < text.len() && inside(c, start.is_some()), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(s..i);
                start = None;
            }
            _ => {}
        }
    }
    out
}

fn split_paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices("\n\n") {
        push_trimmed(text, start..i, &mut out);
        start = i + 2;
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let slice = &text[range.clone()];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if lead + trail < slice.len() {
        out.push(range.start + lead..range.end - trail);
    }
}

/// Splits one paragraph into sentences: after `.`, `!` or `?` (and any closing quotes or
/// brackets) followed by white space and a likely sentence start, unless the period belongs
/// to an abbreviation, an initial or a number.
fn split_sentences(text: &str, para: Range<usize>) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = para.start;
    let mut i = para.start;
    while i < para.end {
        let b = bytes[i];
        if matches!(b, b'.' | b'!' | b'?') {
            // Take the closing punctuation that belongs to this sentence.
            let mut end = i + 1;
            while end < para.end {
                let rest = &text[end..para.end];
                let c = rest.chars().next().unwrap_or(' ');
                if matches!(c, '"' | '\'' | ')' | ']' | '”' | '’' | '.' | '!' | '?') {
                    end += c.len_utf8();
                } else {
                    break;
                }
            }
            let after = &text[end..para.end];
            let next = after.trim_start();
            let has_space = after.len() != next.len();
            if has_space
                && !next.is_empty()
                && starts_sentence(next)
                && !(b == b'.' && period_is_internal(text, start, i, next))
            {
                out.push(start..end);
                start = end + (after.len() - next.len());
                i = start;
                continue;
            }
            i = end;
            continue;
        }
        i += 1;
    }
    if start < para.end {
        out.push(start..para.end);
    }
    out
}

fn starts_sentence(next: &str) -> bool {
    let c = next.chars().next().unwrap_or(' ');
    // A letter without case (Hangul, Arabic) may open a sentence as a capital does.
    let caseless = c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase();
    c.is_uppercase()
        || caseless
        || c.is_ascii_digit()
        || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[')
        || !c.is_alphabetic() && !c.is_ascii()
}

/// Whether the period at `dot` belongs to an abbreviation or an initial rather than ending
/// the sentence.
fn period_is_internal(text: &str, sentence_start: usize, dot: usize, next: &str) -> bool {
    let before = &text[sentence_start..dot];
    let word =
        before.rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“').next().unwrap_or("");
    if word.is_empty() {
        return false;
    }
    let next_word: &str = next.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    // Dotted abbreviations: "U.S.", "a.m.", "Ph.D." — a new sentence only before a word
    // that usually starts one.
    if word.contains('.') {
        return !SENTENCE_STARTERS.contains(next_word);
    }
    // An initial: "John F. Kennedy".
    if word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase()) {
        return true;
    }
    // A company's form often closes a sentence ("according to Shinhan Investment Corp. She
    // expects …"): its period ends one before a word that usually starts one.
    if matches!(word, "Corp" | "Inc" | "Co" | "Ltd") {
        return !SENTENCE_STARTERS.contains(next_word);
    }
    ABBREVIATIONS.contains(word) || LOWER_ABBREVIATIONS.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let doc = Document::new(text);
        (0..doc.sentences.len()).map(|i| doc.sentence_text(i)).collect()
    }

    #[test]
    fn splits_on_sentence_ends_but_not_abbreviations() {
        assert_eq!(
            sentences("U.S. Treasury Secretary Scott Bessent met Mr. Choi on Apr. 16. They talked.\n\nNext paragraph."),
            ["U.S. Treasury Secretary Scott Bessent met Mr. Choi on Apr. 16.", "They talked.", "Next paragraph."]
        );
        // A company's form ends a sentence only before a word that starts one.
        assert_eq!(
            sentences("Yun is an analyst at Shinhan Investment Corp. She expects gains. Hyundai Motor Co. Chairman Chung spoke."),
            ["Yun is an analyst at Shinhan Investment Corp.", "She expects gains.", "Hyundai Motor Co. Chairman Chung spoke."]
        );
    }

    #[test]
    fn keeps_closing_quotes_with_their_sentence() {
        assert_eq!(
            sentences("“We are ready,” he said. “Details are still being coordinated.” The ministry added."),
            ["“We are ready,” he said.", "“Details are still being coordinated.”", "The ministry added."]
        );
    }

    #[test]
    fn finds_the_sentence_at_a_byte() {
        let doc = Document::new("Korea’s won fell. 12조 원 was spent.");
        assert_eq!(doc.sentences[1].bytes.start, "Korea’s won fell. ".len());
        assert_eq!(doc.sentence_at(doc.text.find("was").unwrap()), 1);
    }
}
