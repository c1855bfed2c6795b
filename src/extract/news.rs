//! The news-page layer: what a news site prints around an article, removed from the
//! article Readability chose, and what the page says about the article, kept as metadata.
//!
//! One iterative walk ([`scan`]) decides, element by element. [`Pass::Read`] runs over the
//! whole page and only reads; [`Pass::Clean`] runs inside the chosen article and removes:
//! - author lines ("BY IM SOUNG-BIN [email]") become the byline and leave the page;
//! - datelines ("Published: 2025.04.16 17:30") and `<time datetime>` give the publication
//!   date; dateline lines leave the page;
//! - boxes named as clutter by their class or id (share and print buttons, breadcrumbs,
//!   related-article boxes, comment forms, social login prompts, newsletter sign-ups,
//!   advertisements) go, when they are small or mostly links, so that an article body that
//!   happens to carry such a class is never lost;
//! - small elements whose whole text is clutter ("Advertisement", "print", "0/250자",
//!   "Home > National > Politics", "Log in to Twitter or Facebook account to connect") go,
//!   and a heading such as "Related Article" takes its box of links with it;
//! - short lines that point elsewhere or stamp the page ("Related: ...", "Image 1 of 8",
//!   "November 20, 2019", "Updated 5:27 am CST"), wire sign-offs
//!   ("ejkim@yna.co.kr (END)") and author contact lines ("Email Tariq Malik at ...") go;
//! - a label and a link that is the rest of the line ("Lire aussi : <link>", "Read next:
//!   <link>") point to another page, in any wording, and go;
//! - caption and credit lines whose picture is gone ("Image caption ...", "Media caption
//!   ...", "Image copyright ...", "© Reuters", "Credit: ...") and lines inviting the reader
//!   to read on ("Read More", "Continue reading »") go.
//!
//! Everything is table-driven: the word lists below are the whole policy.

use dom_query::NodeRef;

use super::byline::author_line;
use super::dateline::{dateline, iso_date, Dated, Stamp};
use super::dom::{collapsed, within};
use crate::scan::{is_address_char, Cursor};
use crate::words::word_lists;

/// Beginnings of short lines that point elsewhere ("Related: ...", "SEE MORE: ...") or
/// stamp the page ("Updated 5:27 am CST, ...", "| PUBLISHED: 10:48, Tue, Nov 19, 2019").
/// A label in another wording or language that introduces a link is known by that
/// structure ([`is_labelled_link`]).
/// Rust, not a data file: some entries end in a space that matters, which a line of a
/// [`crate::words`] file cannot hold.
const POINTERS: &[&str] = &[
    "related:",
    "see more:",
    "read more:",
    "more:",
    "watch:",
    "don't miss",
    "published ",
    "published:",
    "updated ",
    "updated:",
    "| updated",
    "posted ",
    "posted:",
    "last updated",
    "photo:",
    "image:",
    "more articles from",
    "more from ",
];
/// Beginnings of a credit line: "© Reuters", "Copyright 2025 The Associated Press",
/// "Credit: Kim Min-ji", "Photograph: Lee Jin-man/AP".
/// Rust, not a data file: some entries end in a space that matters, which a line of a
/// [`crate::words`] file cannot hold.
const CREDITS: &[&str] = &["©", "(c) ", "copyright ", "credit:", "credits:", "photograph:", "photographs:"];
word_lists! {
    /// Class and id words of boilerplate boxes.
    CLUTTER_WORDS = "clutter_words.txt", Lower;
    /// Whole texts of small elements that are page furniture.
    CLUTTER_TEXTS = "clutter_texts.txt", Lower;
    /// Headings of boxes of links to other pages.
    BOX_HEADINGS = "box_headings.txt", Lower;
    /// Beginnings of prompts addressed to the reader, not part of any article.
    PROMPTS = "prompts.txt", Lower;
    /// Whole lines that invite the reader to read on elsewhere ("Read More", "Continue
    /// reading »"), compared without trailing arrows, ellipses and stops.
    READ_ON = "read_on.txt", Lower;
}

/// Short lines are at most this long for the pointer and credit rules.
const SHORT_LINE: usize = 100;
/// The label of a labelled link ("Related:", "Leia também:") has at most this many words.
const LINK_LABEL_WORDS: usize = 4;
/// At least this share of what follows a label is link text in a labelled link.
const LINKED_REST: f64 = 0.9;

/// Elements never walked into: their text is not the page's, or is code, whose markup
/// (`<span class="token comment">`, a line that reads "Updated 5:27") is never furniture.
const OPAQUE: &[&str] = &["script", "style", "noscript", "template", "svg", "head", "pre", "code"];
/// Elements never removed by class, whatever their class says: the page's structure, and
/// pictures ("block-image-ads hero-image": an advertisement's picture sits in its box).
const STRUCTURE: &[&str] = &["html", "body", "main", "article", "img", "picture"];

/// The parts of a table: data, never furniture lines.
const TABLE_PARTS: &[&str] = &["table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th"];

/// A clutter box holding more text than this must be mostly links to be removed.
const SMALL_TEXT: usize = 300;
const MAX_BOX_TEXT: usize = 3000;
/// Lines longer than this are never author lines, datelines or furniture.
const MAX_LINE: usize = 160;

/// What the page says about its article outside the article's text.
#[derive(Debug, Default)]
pub struct Findings {
    pub byline: Option<String>,
    pub dated: Option<Dated>,
    /// The first `<time datetime>` on the page.
    pub time_element: Option<String>,
}

/// What a pass over the page does besides reading its findings.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Pass {
    /// Read the author line, dateline and `<time>` only; change nothing.
    Read,
    /// Also remove furniture, author lines and datelines.
    Clean,
}

/// Walks everything under `root` (never `root` itself) and returns what the page says
/// about its article; with [`Pass::Clean`], removes the news furniture as it goes.
pub fn scan(root: &NodeRef<'_>, pass: Pass) -> Findings {
    let mut findings = Findings::default();
    let mut doomed: Vec<NodeRef<'_>> = Vec::new();
    let mut stack: Vec<NodeRef<'_>> = root.element_children().into_iter().rev().collect();
    while let Some(node) = stack.pop() {
        let name = node.node_name().map(|n| n.to_ascii_lowercase()).unwrap_or_default();
        if OPAQUE.contains(&name.as_str()) {
            continue;
        }
        if name == "time" && findings.time_element.is_none() {
            findings.time_element =
                node.attr("datetime").and_then(|d| iso_date(&d).map(|_| d.trim().to_string()));
        }
        if let Some(verdict) = judge(&node, &name, pass, &mut findings) {
            if verdict.id != root.id && !verdict.ancestors_it(None).any(|a| a.id == root.id) {
                // A box that would reach above the root: remove only the element itself.
                doomed.push(node);
            } else if verdict.id != root.id {
                doomed.push(verdict);
            }
            continue;
        }
        stack.extend(node.element_children().into_iter().rev());
    }
    if pass == Pass::Clean {
        for node in doomed {
            node.remove_from_parent();
        }
    }
    findings
}

/// The element to remove for `node` (itself or the box it heads), if any.
fn judge<'a>(node: &NodeRef<'a>, name: &str, pass: Pass, findings: &mut Findings) -> Option<NodeRef<'a>> {
    if pass == Pass::Clean && !STRUCTURE.contains(&name) && has_clutter_name(node) {
        let (chars, link_chars) = text_and_link_chars(node);
        if chars < SMALL_TEXT || (chars < MAX_BOX_TEXT && link_chars * 2 > chars) {
            return Some(*node);
        }
    }
    if !is_line(node) {
        return None;
    }
    let raw = node.text();
    // Cheap test first: a long paragraph is never a line of furniture.
    if raw.len() > MAX_LINE * 8 {
        return None;
    }
    let text = collapsed(&raw);
    let chars = text.chars().count();
    if chars > MAX_LINE {
        // A prompt to the reader may run to two lines ("Join our Space Forums to keep
        // talking space ... let us know at: ..."); nothing else that long is furniture.
        let prompt = pass == Pass::Clean && chars <= 2 * MAX_LINE && !in_prose(node) && {
            let lower = text.to_lowercase();
            PROMPTS.entries().any(|p| lower.starts_with(p))
        };
        return prompt.then_some(*node);
    }
    if let Some(author) = author_line(&text) {
        findings.byline.get_or_insert(author);
        return Some(*node);
    }
    if let Some(dated) = dateline(&text) {
        // The first publication stamp wins over any update stamp.
        let better = findings
            .dated
            .as_ref()
            .is_none_or(|d| d.stamp == Stamp::Updated && dated.stamp == Stamp::Published);
        if better {
            findings.dated = Some(dated);
        }
        return Some(*node);
    }
    let lower = text.to_lowercase();
    // A table's cell, row or body is data ("14/7", "7 May 1856", "HD THE HOME DEPOT INC.
    // 225.86 -5.44%"), whatever it looks like alone.
    if pass == Pass::Read || in_prose(node) || TABLE_PARTS.contains(&name) {
        return None;
    }
    if CLUTTER_TEXTS.contains(&lower)
        || PROMPTS.entries().any(|p| lower.starts_with(p))
        || is_counter(&text)
        || is_sign_off(&text)
        || is_contact(&text)
        || is_breadcrumb(&text)
        || is_gallery_counter(&text)
        || is_date_only(&text)
        || is_pointer(&text, &lower)
        || is_labelled_link(node, &text)
        || super::captions::is_labelled(&text) && !in_figure(node)
        || chars <= SHORT_LINE && CREDITS.iter().any(|c| lower.starts_with(c))
        || READ_ON.contains(lower.trim_end_matches(['»', '›', '>', '…', '.', ' ', '→']))
    {
        return Some(*node);
    }
    if BOX_HEADINGS.contains(lower.trim_end_matches(':')) {
        return Some(box_of(node));
    }
    None
}

/// "(0/250자)", "0 / 300 characters", "12/500 chars": a comment form's character counter.
fn is_counter(line: &str) -> bool {
    let mut c = Cursor::new(line);
    c.eat('(');
    c.digits(1, 4).is_some()
        && {
            c.eat(' ');
            c.eat('/')
        }
        && {
            c.eat(' ');
            c.digits(2, 5).is_some()
        }
        && {
            c.eat(' ');
            c.one_of(&["자", "characters", "chars"]);
            c.eat(')');
            c.at_end()
        }
}

/// "ejkim@yna.co.kr (END)", "ejkim@yna.co.kr", "(END)": the reporter's address that closes
/// a wire story, the line being nothing else.
fn is_sign_off(line: &str) -> bool {
    let mut c = Cursor::new(line);
    if !(c.many(1, usize::MAX, is_address_char).is_some() && c.eat('@')) {
        return line == "(END)";
    }
    let domain = c.rest();
    [Some(domain), domain.strip_suffix("(END)"), domain.strip_suffix(" (END)")].into_iter().flatten().any(
        |host| {
            host.rsplit_once('.').is_some_and(|(name, top)| {
                !name.is_empty()
                    && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
                    && top.len() >= 2
                    && top.bytes().all(|b| b.is_ascii_alphabetic())
            })
        },
    )
}

/// "Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik.": how to reach the
/// author, printed under the story (and sometimes run into the site's own "Follow us"):
/// "Email", "E-mail", "Contact" or "Reach", a name of two to four capitalised words, "at",
/// an address (its domain ending in a lower-case letter), perhaps "or follow him|her|them
/// (on Twitter) @handle", then the end of the line, a full stop or ". Follow us ".
fn is_contact(line: &str) -> bool {
    let mut c = Cursor::new(line);
    let name = |c: &mut Cursor<'_>| {
        c.byte_if(|b| b.is_ascii_uppercase()).is_some()
            && c.many(1, usize::MAX, |x| x.is_ascii_lowercase()).is_some()
            && (0..3)
                .take_while(|_| {
                    c.test(|c| {
                        c.eat(' ')
                            && c.byte_if(|b| b.is_ascii_uppercase()).is_some()
                            && c.many(1, usize::MAX, |x| {
                                x.is_ascii_alphabetic() || matches!(x, '.' | '\'' | '-')
                            })
                            .is_some()
                    })
                })
                .count()
                > 0
    };
    let opened =
        c.one_of(&["Email", "email", "E-mail", "e-mail", "Contact", "contact", "Reach", "reach"]).is_some()
            && c.eat(' ')
            && name(&mut c)
            && c.lit(" at ")
            && c.many(1, usize::MAX, is_address_char).is_some()
            && c.eat('@');
    if !opened {
        return false;
    }
    let host = c.pos();
    let longest = c.many(0, usize::MAX, |x| x.is_ascii_alphanumeric() || x == '.' || x == '-').unwrap_or(0);
    // The domain gives back characters until what follows it closes the line.
    (host + 2..=host + longest).rev().any(|end| {
        line.as_bytes()[end - 1].is_ascii_lowercase() && closes_contact(&mut Cursor::at(line, end))
    })
}

/// What follows the address of a contact line: perhaps "or follow him @handle", then the end.
fn closes_contact(c: &mut Cursor<'_>) -> bool {
    let ends = |c: &mut Cursor<'_>| {
        let mut stop = *c;
        stop.eat('.');
        stop.at_end() || c.lit(". Follow us ")
    };
    let follow = |c: &mut Cursor<'_>| {
        c.lit(" or follow ")
            && c.one_of(&["him", "her", "them"]).is_some()
            && c.eat(' ')
            && {
                c.lit("on Twitter ");
                c.eat('@')
            }
            && c.many(1, usize::MAX, |x| x.is_ascii_alphanumeric() || x == '_').is_some()
    };
    c.test(|c| follow(c) && ends(c)) || ends(c)
}

/// "Image 1 of 8", "Image 1 of / 8", "PHOTO 3 OF", "Slide 2 of 5": a gallery's counter.
fn is_gallery_counter(line: &str) -> bool {
    const ITEMS: &[&str] = &[
        "Image", "image", "IMAGE", "Photo", "photo", "PHOTO", "Slide", "slide", "SLIDE", "Picture", "picture",
    ];
    let mut c = Cursor::new(line);
    c.one_of(ITEMS).is_some()
        && c.eat(' ')
        && c.digits(1, usize::MAX).is_some()
        && c.eat(' ')
        && c.one_of(&["of", "OF"]).is_some()
        && {
            c.eat(' ');
            c.eat('/');
            c.eat(' ');
            c.digits(0, usize::MAX);
            c.at_end()
        }
}

/// A line that is a date and nothing else, perhaps with a weekday, a time and a zone, and
/// rules or bars around it: "November 20, 2019", "September 10, 2018 |", "Tue, 5 Nov. 2019",
/// "2019-11-20", "Nov 20, 2019 at 5:27 p.m. EST".
fn is_date_only(line: &str) -> bool {
    const MONTHS: &[&str] =
        &["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    const DAYS: &[&str] = &["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    let month = |c: &mut Cursor<'_>| {
        c.one_of(MONTHS).is_some() && {
            c.many(0, usize::MAX, |x| x.is_ascii_lowercase());
            c.eat('.');
            true
        }
    };
    // "November 20, 2019", "20 Nov., 2019", "2019.11.20"
    let written = |c: &mut Cursor<'_>| {
        month(c)
            && c.eat(' ')
            && c.digits(1, 2).is_some()
            && {
                c.eat(',');
                c.eat(' ')
            }
            && c.digits(4, 4).is_some()
    };
    let day_first = |c: &mut Cursor<'_>| {
        c.digits(1, 2).is_some()
            && c.eat(' ')
            && month(c)
            && {
                c.eat(',');
                c.eat(' ')
            }
            && c.digits(4, 4).is_some()
    };
    let numeric = |c: &mut Cursor<'_>| {
        let sep = |c: &mut Cursor<'_>| c.byte_if(|b| matches!(b, b'.' | b'-' | b'/')).is_some();
        c.digits(4, 4).is_some()
            && sep(c)
            && c.digits(1, 2).is_some()
            && sep(c)
            && c.digits(1, 2).is_some()
            && {
                c.eat('.');
                true
            }
    };
    let mut c = Cursor::new(line);
    c.many(0, usize::MAX, is_rule);
    c.test(|c| {
        c.one_of(DAYS).is_some() && {
            c.many(0, usize::MAX, |x| x.is_ascii_lowercase());
            c.eat(',');
            c.eat(' ')
        }
    });
    (c.test(written) || c.test(day_first) || c.test(numeric)) && time_and_rules(&mut c)
}

/// The rest of a date-only line after its date: perhaps a time (", 5:27 p.m.", " at 17:30
/// KST"), then rules and bars to the end.
fn time_and_rules(c: &mut Cursor<'_>) -> bool {
    let rules = |c: &mut Cursor<'_>| {
        c.many(0, usize::MAX, is_rule);
        c.at_end()
    };
    // A zone may also read as a.m./p.m. ("5:27 AMT"): either reading may end the line.
    let zone = |c: &mut Cursor<'_>| {
        c.test(|c| c.eat(' ') && c.many(2, 4, |x| x.is_ascii_uppercase()).is_some() && rules(c)) || rules(c)
    };
    let half_day = |c: &mut Cursor<'_>| {
        c.eat(' ');
        c.byte_if(|b| matches!(b, b'A' | b'a' | b'P' | b'p')).is_some()
            && {
                c.eat('.');
                c.byte_if(|b| b == b'M' || b == b'm').is_some()
            }
            && {
                c.eat('.');
                true
            }
    };
    let time = |c: &mut Cursor<'_>| {
        c.eat(',');
        c.eat(' ')
            && {
                c.lit("at ");
                c.digits(1, 2).is_some()
            }
            && c.eat(':')
            && c.digits(2, 2).is_some()
            && (c.test(|c| half_day(c) && zone(c)) || zone(c))
    };
    c.test(time) || rules(c)
}

/// The rules and bars around a date-only line: `| · -` and space.
fn is_rule(c: char) -> bool {
    matches!(c, '|' | '·' | '-' | ' ')
}

/// "Home > National > Politics", "홈 › 경제", "HOME/News": a breadcrumb trail of one to five
/// steps after "Home", each step of at most 40 characters after the spaces around its
/// separator (`> › » /`).
fn is_breadcrumb(line: &str) -> bool {
    let Some(rest) = ["Home", "HOME", "홈"].iter().find_map(|home| line.strip_prefix(home)) else {
        return false;
    };
    let mut parts = rest.split(['>', '›', '»', '/']);
    let before = parts.next().unwrap_or_default();
    let steps: Vec<&str> = parts.collect();
    (before.is_empty() || before == " ")
        && (1..=5).contains(&steps.len())
        && steps.iter().enumerate().all(|(i, step)| {
            // A space after the separator, and one before the next, belongs to the separator.
            let last = i + 1 == steps.len();
            let spaces = usize::from(step.starts_with(' ')) + usize::from(!last && step.ends_with(' '));
            let n = step.chars().count();
            n >= 1 && n.saturating_sub(spaces) <= 40
        })
}

/// A short line that points elsewhere or stamps the page ("Related: ...", "Updated 5:27").
/// A line in capitals, linked or quoted, is not one by its shape: a story's own
/// subheadings and links ("FULL RESULTS BY EVENT") look the same as a site's kicker.
fn is_pointer(text: &str, lower: &str) -> bool {
    text.chars().count() <= SHORT_LINE && POINTERS.iter().any(|p| lower.starts_with(p))
}

/// Heuristic "labelled link": "Related: <a>Tencent profit falls</a>", "Lire aussi : <a>Les
/// critiques de la CNIL</a>", "Leia também: <a>...</a>". A short line that is a label (one
/// to [`LINK_LABEL_WORDS`] words, opening with a letter, not linked) and a colon, then one
/// link that is the rest of the line (at least [`LINKED_REST`] of it), sends the reader to
/// another page: whatever the label says, in whichever language, the line is not the
/// story's. A linked title with a colon in it ("Review: <i>NBA 2K17</i> has a career
/// year", all of it the link) and a list of links after a label ("Source files: a.js,
/// b.js") are not one.
fn is_labelled_link(node: &NodeRef<'_>, text: &str) -> bool {
    let Some((label, rest)) = text.split_once(": ").or_else(|| text.split_once(" :")) else {
        return false;
    };
    let rest = rest.trim().chars().count();
    let labelled = text.chars().count() <= SHORT_LINE
        && (1..=LINK_LABEL_WORDS).contains(&label.split_whitespace().count())
        && label.starts_with(char::is_alphabetic)
        && rest > 0;
    let links = within(node, "a");
    labelled && links.length() == 1 && {
        let linked = collapsed(&links.text()).chars().count();
        // The link is the rest of the line, and the label is not in it.
        linked as f64 >= LINKED_REST * rest as f64 && linked <= rest
    }
}

/// Whether the element is a figure with a picture, or inside one: its caption's labels are
/// removed from the caption, not with it. (A figure whose picture is gone keeps only text,
/// and labelled lines of it are a caption or credit without their picture.)
fn in_figure(node: &NodeRef<'_>) -> bool {
    std::iter::once(*node)
        .chain(node.ancestors_it(Some(3)))
        .find(|a| a.has_name("figure"))
        .is_some_and(|figure| !within(&figure, "img").is_empty())
}

/// Whether the element holds only text and inline elements: a line of the page.
fn is_line(node: &NodeRef<'_>) -> bool {
    const BLOCKS: &[&str] = &[
        "div",
        "p",
        "section",
        "article",
        "ul",
        "ol",
        "li",
        "table",
        "figure",
        "h1",
        "h2",
        "h3",
        "blockquote",
        "form",
        "header",
        "footer",
        "aside",
        "nav",
        "main",
    ];
    !node
        .element_children()
        .iter()
        .any(|c| c.node_name().is_some_and(|n| BLOCKS.contains(&n.to_ascii_lowercase().as_str())))
}

/// An element inside a paragraph, or beside running text, is part of a sentence ("on
/// <a>Twitter</a>", "<code>SELECT</code> returns"), never clutter. Only the neighbours are
/// looked at, so that a container of many thousand children costs no more than a small one.
fn in_prose(node: &NodeRef<'_>) -> bool {
    node.parent().is_some_and(|p| {
        p.node_name().is_some_and(|n| {
            matches!(n.to_ascii_lowercase().as_str(), "p" | "li" | "blockquote" | "td" | "pre" | "code")
        })
    }) || [node.prev_sibling(), node.next_sibling()]
        .into_iter()
        .flatten()
        .any(|s| s.is_text() && s.text().chars().any(char::is_alphanumeric))
}

/// The box a heading like "Related Article" heads: the largest of its three nearest
/// ancestors that is still small or mostly links.
fn box_of<'a>(heading: &NodeRef<'a>) -> NodeRef<'a> {
    let mut chosen = *heading;
    for ancestor in heading.ancestors_it(Some(3)) {
        let name = ancestor.node_name().map(|n| n.to_ascii_lowercase()).unwrap_or_default();
        if STRUCTURE.contains(&name.as_str()) {
            break;
        }
        let (chars, link_chars) = text_and_link_chars(&ancestor);
        if chars > MAX_BOX_TEXT
            || link_chars * 2 < chars.saturating_sub(collapsed(&heading.text()).chars().count())
        {
            break;
        }
        chosen = ancestor;
    }
    chosen
}

fn has_clutter_name(node: &NodeRef<'_>) -> bool {
    let class = node.attr("class").unwrap_or_default();
    let id = node.attr("id").unwrap_or_default();
    if class.is_empty() && id.is_empty() {
        return false;
    }
    let names = format!("{class} {id}").to_ascii_lowercase();
    names.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| CLUTTER_WORDS.contains(w))
}

/// Characters of text (white space collapsed) and how many of them are inside links.
fn text_and_link_chars(node: &NodeRef<'_>) -> (usize, usize) {
    let chars = collapsed(&node.text()).chars().count();
    let links: usize = within(node, "a").nodes().iter().map(|a| collapsed(&a.text()).chars().count()).sum();
    (chars, links.min(chars))
}

#[cfg(test)]
mod tests {
    use super::*;
    use dom_query::Document;

    #[test]
    fn furniture_goes_and_the_article_stays() {
        let doc = Document::from(
            r#"<body><div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/n">National</a></div>
            <div class="view_date">Published: 2025.04.16 17:30</div>
            <div id="body"><p>Exports rose 3 percent, officials said on Twitter and in a statement.</p>
            <div class="box"><div class="tit">Related Article</div><ul><li><a href="/a">Other story one</a></li><li><a href="/b">Other story two</a></li></ul></div>
            <div>Advertisement</div><p>The ministry will announce more.</p></div>
            <div class="byline">BY IM SOUNG-BIN [im@joongang.co.kr]</div><span class="count">(0/250자)</span></body>"#,
        );
        let found = scan(&doc.select("body").nodes()[0], Pass::Clean);
        let text = doc.select("body").text().to_string();
        for gone in
            ["Home", "Published", "Related Article", "Other story", "Advertisement", "IM SOUNG-BIN", "0/250"]
        {
            assert!(!text.contains(gone), "{gone} left in {text}");
        }
        assert!(
            text.contains("officials said on Twitter") && text.contains("The ministry will announce more.")
        );
        assert_eq!(found.byline.as_deref(), Some("Im Soung-bin"));
        assert_eq!(found.dated.map(|d| d.date).as_deref(), Some("2025-04-16"));
    }

    #[test]
    fn author_contacts_and_long_prompts_go() {
        let doc = Document::from(
            r#"<body><p>Utility crews began cutting power to 150,000 customers on Wednesday.</p>
            <p>Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik.</p>
            <p><em>Join our Space Forums to keep talking space on the latest missions, night sky and more! And if you have a news tip, correction or comment, let us know at: community@space.com.</em></p>
            <p>Email the ministry at info@moef.go.kr if you qualify, the notice said, and expect an answer within a week.</p></body>"#,
        );
        scan(&doc.select("body").nodes()[0], Pass::Clean);
        let text = doc.select("body").text().to_string();
        assert!(!text.contains("Tariq Malik") && !text.contains("Space Forums"), "{text}");
        assert!(text.contains("Utility crews began cutting power"));
        assert!(
            text.contains("Email the ministry at info@moef.go.kr"),
            "an article sentence that gives an address stays"
        );
    }

    #[test]
    fn lines_of_furniture_are_known_by_their_shape() {
        for line in ["(0/250자)", "0 / 300 characters", "12/500 chars"] {
            assert!(is_counter(line), "{line}");
        }
        assert!(!is_counter("24/7 coverage"));
        for line in ["ejkim@yna.co.kr (END)", "ejkim@yna.co.kr", "(END)"] {
            assert!(is_sign_off(line), "{line}");
        }
        assert!(!is_sign_off("Write to ejkim@yna.co.kr"));
        assert!(is_contact("Reach Kim Min-ji at kmj@heraldcorp.com."));
        assert!(is_contact("Email Tariq Malik at tmalik@space.com. Follow us @Spacedotcom"));
        assert!(!is_contact("Email Tariq Malik at tmalik@space.com with questions about the launch."));
        for line in ["Image 1 of 8", "Image 1 of / 8", "PHOTO 3 OF", "Slide 2 of 5"] {
            assert!(is_gallery_counter(line), "{line}");
        }
        assert!(!is_gallery_counter("Image 1 of 8 shows the harbour"));
        for line in [
            "November 20, 2019",
            "September 10, 2018 |",
            "Tue, 5 Nov., 2019",
            "- 2019-11-20 -",
            "Nov 20, 2019 at 5:27 p.m. EST",
            "Nov 20, 2019 5:27 AMT",
        ] {
            assert!(is_date_only(line), "{line}");
        }
        assert!(!is_date_only("November 20, 2019 was a Wednesday"));
        for line in ["Home > National > Politics", "홈 › 경제 › 금융", "HOME/News"] {
            assert!(is_breadcrumb(line), "{line}");
        }
        assert!(is_pointer("Updated 5:27 am CST, Tuesday", "updated 5:27 am cst, tuesday"));
        assert!(!is_pointer("CLICK FOR FULL RESULTS", "click for full results"));
        assert!(!is_breadcrumb("Home"));
        assert!(!is_breadcrumb("Homes for sale > rentals"));
        assert!(!is_breadcrumb(&format!("Home > {}", "x".repeat(41))));
    }

    #[test]
    fn a_label_and_one_link_point_away() {
        let cases = [
            (r#"<p><strong>Lire aussi :</strong> <a href="/a">Les critiques de la CNIL</a></p>"#, true),
            (r#"<p>Read next: <a href="/b">Exports fall for a third month</a></p>"#, true),
            (r#"<p><a href="/c">Review: High-flying 'NBA 2K17' has a career year</a></p>"#, false),
            (r#"<p>Source files: <a href="/d">blanket.js</a>, <a href="/e">mocha.js</a></p>"#, false),
            (r#"<p>(Artist: <a href="/f">3ihard</a>)</p>"#, false),
            (r#"<p><a href="http://example.com/a">http://example.com/a</a></p>"#, false),
        ];
        for (html, pointer) in cases {
            let doc = Document::from(html);
            let p = doc.select("p").nodes()[0];
            assert_eq!(is_labelled_link(&p, &collapsed(&p.text())), pointer, "{html}");
        }
    }

    #[test]
    fn a_long_article_with_a_clutter_class_is_kept() {
        let para = "<p>The Finance Ministry said the supplementary budget would support exporters hit by tariffs.</p>".repeat(10);
        let doc = Document::from(format!(r#"<body><div class="article social-issues">{para}</div></body>"#));
        scan(&doc.select("body").nodes()[0], Pass::Clean);
        assert!(doc.select("body").text().contains("supplementary budget"));
    }
}
