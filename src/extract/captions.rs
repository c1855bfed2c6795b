//! Pictures and their captions, made into one `<figure>` inside the chosen article.
//!
//! Korean news sites print a photo's caption twice or three times (the `alt` text, a
//! caption under the picture, and again in a caption box), in `<div>`s rather than
//! `<figure>`. For each picture outside a `<figure>`, the largest wrapper (up to three
//! levels up) that holds that one picture and nothing but caption text is rewritten as
//! `<figure><img><figcaption>caption</figcaption></figure>`, so the caption is said once
//! and stays attached to its picture.
//!
//! A slideshow's slide keeps its picture but not its caption (see [`in_slideshow`]).
//!
//! Sites also print labels for screen readers before a caption or credit ("Image caption",
//! "Media caption", "Image copyright", "Image source"): a label of a kind of picture
//! followed by the kind of text. [`without_label`] gives a caption without them; a line of
//! the article that opens with one is a caption or credit whose picture is not there.

use std::ops::Range;

use dom_query::NodeRef;

use super::dom::{collapsed, push_text, within};
use crate::scan::{self, Cursor};
use crate::words::word_lists;

word_lists! {
    /// Class or id words, or their parts between underscores ("photo_desc", "txt_caption"),
    /// that mark a caption.
    CAPTION_WORDS = "caption_words.txt", Lower;
    /// Class and id words of a slideshow (a gallery, a carousel, a slider).
    SLIDESHOW_WORDS = "slideshow_words.txt", Lower;
}

/// How far above the picture its wrapper may start.
const MAX_LEVELS: usize = 3;

/// Rewrites each captioned picture wrapper under `root` as a `<figure>`.
pub fn unify(root: &NodeRef<'_>) {
    let images: Vec<NodeRef<'_>> = within(root, "img").nodes().to_vec();
    for img in images {
        if img.ancestors_it(None).any(|a| a.has_name("figure")) {
            continue;
        }
        let alt = collapsed(&img.attr("alt").unwrap_or_default());
        let mut best: Option<(NodeRef<'_>, String)> = None;
        let mut node = img;
        for _ in 0..MAX_LEVELS {
            let Some(parent) = node.parent() else { break };
            if !parent.is_element() || parent.id == root.id || within(&parent, "img").length() != 1 {
                break;
            }
            match caption_of(&parent, &alt) {
                Some(caption) => best = Some((parent, caption)),
                None if best.is_some() => break,
                None => {}
            }
            node = parent;
        }
        if let Some((wrapper, caption)) = best {
            let caption = if in_slideshow(&img) { String::new() } else { caption };
            let src = img.attr("src").unwrap_or_default();
            wrapper.replace_with(&figure(&wrapper, &src, &alt, &caption));
        }
    }
}

/// `<figure><img src alt><figcaption>caption</figcaption></figure>`, made in `near`'s
/// document as nodes (no HTML is parsed: the page parser is the only one in the module); an
/// empty caption makes an empty `<figcaption>`.
fn figure<'a>(near: &NodeRef<'a>, src: &str, alt: &str, caption: &str) -> NodeRef<'a> {
    let tree = near.tree;
    let figure = tree.new_element("figure");
    let img = tree.new_element("img");
    img.set_attr("src", src);
    img.set_attr("alt", alt);
    let figcaption = tree.new_element("figcaption");
    if !caption.is_empty() {
        figcaption.set_text(caption);
    }
    figure.append_child(&img);
    figure.append_child(&figcaption);
    figure
}

/// The caption when everything `wrapper` says is caption text (its alt text, or text in
/// elements named as captions); `None` when it says anything else or nothing.
fn caption_of(wrapper: &NodeRef<'_>, alt: &str) -> Option<String> {
    let mut captions: Vec<String> = Vec::new();
    let mut rest = String::new();
    let mut stack: Vec<NodeRef<'_>> = wrapper.children_it(true).collect();
    while let Some(node) = stack.pop() {
        if node.is_text() {
            push_text(&mut rest, &node.text());
            continue;
        }
        if !node.is_element() || node.has_name("script") || node.has_name("style") {
            continue;
        }
        let text = collapsed(&node.text());
        let named = is_caption_named(&node);
        if !text.is_empty()
            && (named || (text == alt && alt.chars().count() > 10))
            && within(&node, "img").is_empty()
        {
            if !captions.contains(&text) {
                captions.push(text);
            }
            continue;
        }
        stack.extend(node.children_it(true));
    }
    let first = captions.first()?;
    // Any other text: the wrapper is more than a captioned picture.
    let other = rest.split_whitespace().filter(|w| !first.contains(w)).count();
    (other == 0).then(|| first.clone())
}

fn is_caption_named(node: &NodeRef<'_>) -> bool {
    if node.has_name("figcaption") {
        return true;
    }
    let names = format!("{} {}", node.attr("class").unwrap_or_default(), node.attr("id").unwrap_or_default())
        .to_ascii_lowercase();
    names.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| CAPTION_WORDS.contains(w))
}

/// Heuristic "slideshow slide": a picture or a line that is part of a slide (an item of a
/// list, or a figure) inside a slideshow is one slide of many, most of them loaded by
/// script and absent from the snapshot, and its caption describes that slide, not the story
/// (wire photo captions of the event, which the story tells anyway; "1 of 4" counters).
/// The picture stays; a slide's text is not article text. A slideshow is an element between
/// the node and the article's container whose class or id names one.
pub fn in_slideshow(node: &NodeRef<'_>) -> bool {
    let mut in_slide = false;
    for a in node.ancestors_it(None).take_while(|a| a.attr("id").as_deref() != Some(ARTICLE_ID)) {
        in_slide |= a.has_name("li") || a.has_name("ul") || a.has_name("ol") || a.has_name("figure");
        let names = format!("{} {}", a.attr("class").unwrap_or_default(), a.attr("id").unwrap_or_default())
            .to_ascii_lowercase();
        if in_slide && names.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| SLIDESHOW_WORDS.contains(w))
        {
            return true;
        }
    }
    false
}

/// The id of the container dom_smoothie puts the article in.
const ARTICLE_ID: &str = "readability-page-1";

#[cfg(test)]
mod tests {
    use super::*;
    use dom_query::Document;

    fn unify_body(doc: &Document) {
        unify(&doc.select("body").nodes()[0]);
    }

    #[test]
    fn a_caption_printed_twice_becomes_one_figcaption() {
        let doc = Document::from(
            r#"<body><div id="body"><div class="ab_photo"><div class="article_photo"><img src="a.jpg" alt="Choi speaks at the Assembly. [YONHAP]">
            <p class="caption">Choi speaks at the Assembly. [YONHAP]</p></div>
            <div class="ab_photo_caption">Choi speaks at the Assembly. [YONHAP]</div></div><p>Body text.</p></div></body>"#,
        );
        unify_body(&doc);
        assert_eq!(doc.select("figure").length(), 1);
        assert_eq!(doc.select("figcaption").text().to_string(), "Choi speaks at the Assembly. [YONHAP]");
        assert_eq!(doc.select("body").text().matches("Choi speaks").count(), 1);
        assert!(doc.select("body").text().contains("Body text."));
    }

    #[test]
    fn markup_characters_in_a_caption_stay_text() {
        let doc = Document::from(
            r#"<body><div id="body"><div class="photo"><img src="a.jpg?w=1&amp;h=2" alt="&quot;Ships&quot; &lt;b&gt;">
            <p class="caption">Ships &amp; &lt;b&gt;ports&lt;/b&gt; at "dawn"</p></div><p>Body text.</p></div></body>"#,
        );
        unify_body(&doc);
        let img = doc.select("figure > img");
        assert_eq!(img.attr("src").as_deref(), Some("a.jpg?w=1&h=2"));
        assert_eq!(img.attr("alt").as_deref(), Some(r#""Ships" <b>"#));
        assert_eq!(doc.select("figure > figcaption").text().to_string(), r#"Ships & <b>ports</b> at "dawn""#);
        assert_eq!(doc.select("figcaption b").length(), 0);
    }

    #[test]
    fn a_picture_inside_a_paragraph_of_text_is_left_alone() {
        let doc = Document::from(
            r#"<body><p><img src="icon.png" alt="">The minister said the budget would pass.</p></body>"#,
        );
        unify_body(&doc);
        assert_eq!(doc.select("figure").length(), 0);
    }
}

/// A caption without its labels and the credit that precedes its caption label:
/// "Image copyright Getty Images Image caption Crowds gathered" → "Crowds gathered"; a
/// credit alone ("Image copyright Reuters") leaves nothing.
pub fn without_label(caption: &str) -> &str {
    let mut rest = caption;
    let mut credit_only = false;
    while let Some((whole, of)) = label(rest).filter(|(whole, _)| whole.start == 0 || credit_only) {
        credit_only = !of.eq_ignore_ascii_case("caption");
        rest = &rest[whole.end..];
        if credit_only {
            // The credit runs to the next label, if there is one.
            match label(rest) {
                Some((next, _)) => rest = &rest[next.start..],
                None => return "",
            }
        }
    }
    without_credit(rest.trim())
}

/// Words that introduce a picture's credit, followed by ":" or an ellipsis: "Photograph:
/// AFP via Getty", "Credit…Doug Mills/The New York Times", "Photo: Yonhap".
const CREDIT_LABELS: [&str; 6] = ["credit", "illustration", "image", "photo", "photograph", "picture"];

/// A credit is a name or two: a longer text after "Photo:" is the caption itself.
const MAX_CREDIT_WORDS: usize = 8;

/// A caption without the credit that closes it or makes it up: "Crowds gathered.
/// Photograph: AFP via Getty" → "Crowds gathered."; "Credit…Doug Mills/The New York
/// Times" → "".
fn without_credit(caption: &str) -> &str {
    let word_starts = caption.char_indices().filter(|&(i, c)| {
        c.is_alphabetic() && (i == 0 || caption[..i].ends_with([' ', '\t', '\n', '(', '[']))
    });
    for (i, _) in word_starts {
        let end = caption[i..].find(|c: char| !c.is_alphabetic()).map_or(caption.len(), |e| i + e);
        let word = &caption[i..end];
        let singular = word.strip_suffix(['s', 'S']).unwrap_or(word);
        if !CREDIT_LABELS.iter().any(|l| l.eq_ignore_ascii_case(word) || l.eq_ignore_ascii_case(singular)) {
            continue;
        }
        let after = &caption[end..];
        let Some(marker) = [":", "…", "..."].into_iter().find(|m| after.starts_with(m)) else { continue };
        let credit = after[marker.len()..].trim();
        if !credit.is_empty() && credit.split_whitespace().count() <= MAX_CREDIT_WORDS {
            return without_open_label(&caption[..i]);
        }
    }
    caption
}

/// What comes before a credit's label, without the bracket and the picture word that open
/// the label: "Landers on the moon. (Image" → "Landers on the moon.".
fn without_open_label(head: &str) -> &str {
    let mut head = head.trim_end();
    loop {
        let trimmed = head.trim_end_matches(['(', '[']).trim_end();
        let start = trimmed.rfind([' ', '\t', '\n', '(', '[']).map_or(0, |i| i + 1);
        let word = &trimmed[start..];
        let label = !word.is_empty() && CREDIT_LABELS.iter().any(|l| l.eq_ignore_ascii_case(word));
        let next = if label { trimmed[..start].trim_end() } else { trimmed };
        if next.len() == head.len() {
            return head;
        }
        head = next;
    }
}

/// The first label in `text`: where it is and the kind of text it introduces ("caption",
/// "Copyright", ...). A label may run into what follows ("Media captionWatch: ...", from
/// two elements), but not into a longer word ("Image captioning").
fn label(text: &str) -> Option<(Range<usize>, &str)> {
    let mut from = 0;
    loop {
        let (whole, (of, gap)) = scan::find_from(text, from, label_at)?;
        if !gap.is_empty() || !text[whole.end..].starts_with(|ch: char| ch.is_ascii_lowercase()) {
            return Some((whole, of));
        }
        from = whole.end;
    }
}

/// A screen-reader label naming a kind of picture and the kind of text that follows, at
/// the start of the text or after a space, with the space, colon or comma after it:
/// "Image caption ", " Media caption: ", "Image copyright", "Image sources, ", "Photo credit".
/// Gives the kind of text and the gap after the label. Case is ignored.
fn label_at<'a>(c: &mut Cursor<'a>) -> Option<(&'a str, &'a str)> {
    let words = |c: &mut Cursor<'a>| {
        c.one_of_ci(&["media", "image", "photo", "picture", "video"])?;
        c.many(1, usize::MAX, is_gap)?;
        let start = c.pos();
        c.one_of_ci(&["caption", "copyright", "source", "credit"])?;
        let of = c.since(start);
        c.lit_ci("s");
        let gap = c.pos();
        c.test(|c| {
            c.many(0, usize::MAX, is_gap);
            c.char_if(|x| x == ':' || x == ',').is_some()
        });
        c.many(0, usize::MAX, is_gap);
        Some((of, c.since(gap)))
    };
    let at_start = c.pos() == 0;
    c.attempt(|c| at_start.then(|| words(c)).flatten()).or_else(|| {
        c.char_if(is_gap)?;
        words(c)
    })
}

/// The white space of a label: space, tab or line feed.
fn is_gap(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n')
}

/// Whether a line of the article opens with a caption or credit label.
pub fn is_labelled(line: &str) -> bool {
    label(line).is_some_and(|(whole, _)| whole.start == 0)
}

#[cfg(test)]
mod label_tests {
    use super::*;

    #[test]
    fn labels_are_not_captions() {
        assert_eq!(without_label("Image caption Crowds gathered in Seoul"), "Crowds gathered in Seoul");
        assert_eq!(
            without_label("Image copyright Getty Images Image caption Crowds gathered in Seoul"),
            "Crowds gathered in Seoul"
        );
        assert_eq!(without_label("Image source, Reuters"), "");
        assert_eq!(without_label("Crowds gathered in Seoul"), "Crowds gathered in Seoul");
        assert_eq!(
            without_label("Crowds gathered in Seoul. Photograph: AFP via Getty"),
            "Crowds gathered in Seoul."
        );
        assert_eq!(without_label("Credit...Doug Mills/The New York Times"), "");
        assert_eq!(without_label("Credit…Doug Mills"), "");
        assert_eq!(
            without_label("Photo: President Lee speaks at the cabinet meeting in Seoul on Tuesday morning, before the vote"),
            "Photo: President Lee speaks at the cabinet meeting in Seoul on Tuesday morning, before the vote"
        );
        assert_eq!(without_label("The credit card market: a review"), "The credit card market: a review");
        assert_eq!(
            without_label("An artist's concept of the Blue Moon lander. (Image credit: Blue Origin)"),
            "An artist's concept of the Blue Moon lander."
        );
        assert_eq!(without_label("(Image credit: All About Space)"), "");
        assert!(is_labelled("Media caption Watch: the moment the vote passed"));
        assert!(!is_labelled("The image source was never found, police said."));
        assert!(is_labelled("Media captionWatch: the moment the vote passed"));
        assert!(!is_labelled("Image captioning tools were tested"));
    }
}
