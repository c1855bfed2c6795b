//! Extract: from a page's HTML to the article's metadata, blocks and text.
//!
//! The engine is dom_smoothie (a Readability.js port), wrapped, not forked. Around it:
//!
//! 1. `limits` flattens absurdly deep markup, drops attributes past a sane count and splits
//!    text dense in escapes before any parser sees it, so that no page costs more than
//!    its size in time (see that module for what grows faster and why).
//! 2. The page is parsed once into dom_query's document, the DOM dom_smoothie itself works
//!    on (by `parse`, which keeps no parse errors), and
//!    `news` reads what the whole page says about the article (author line, visible
//!    dateline, `<time>`) without changing it.
//! 3. dom_smoothie picks and cleans the article in that same document (classes kept).
//! 4. Inside the article it chose, and only there, so that the choice is the engine's:
//!    `captions` makes each captioned picture one `<figure>` (Korean sites print the
//!    caption two or three times) and `news` removes news-site furniture (share and print
//!    buttons, breadcrumbs, related-article boxes, comment forms, social prompts,
//!    advertisements, datelines, author lines, gallery counters).
//! 5. `blocks` walks the article into typed blocks (p, h2–h4, quote, li, figure, pre,
//!    table); `tidy` drops captions said again and a heading that repeats the title and
//!    keeps the translation credit last; `set_body` joins the blocks into `text` and
//!    records each block's offsets.
//! 6. Metadata: what the page declares (`metadata`: JSON-LD in all its shapes, Open Graph,
//!    `itemprop`, the `<meta name>` conventions), then dom_smoothie's, completed by the news
//!    layer's findings (byline, dateline with its time zone, `<time>`), the document's
//!    direction and language; a right-to-left language implies `dir = rtl` when the page
//!    says nothing. The title loses the parts naming the site or a section, and a byline
//!    naming the site, its publisher or a section is no byline.
//!
//! A page whose main text is empty, or links and no prose, yields no article and says why
//! in `warnings`.

mod blocks;
mod byline;
mod calls;
mod captions;
mod contributors;
mod dateline;
mod dom;
mod edges;
mod forms;
mod limits;
mod metadata;
mod news;
mod parse;
mod related;
mod standfirst;
mod stories;
mod story;

use dom_query::Document;
use dom_smoothie::{Config, Readability};

pub use crate::article::{Article, Block, BlockKind, Meta};

use crate::scan::Cursor;
use crate::words::word_lists;

/// Pages with more elements than this are cut short by dom_smoothie (it reports an error,
/// which we turn into a warning) rather than processed for seconds.
const MAX_ELEMENTS: usize = 400_000;
/// An extracted "article" with fewer words than this is not one.
const MIN_WORDS: usize = 1;
/// An extracted "article" whose text is mostly link text, with no paragraph of at least
/// `PROSE_WORDS` words, is a list of links.
const MAX_LINK_SHARE: f64 = 0.5;
const PROSE_WORDS: usize = 30;

word_lists! {
    /// Languages written right to left, by primary subtag.
    RTL_LANGS = "rtl_languages.txt", Lower;
}

/// Beginnings of the credit line that ends a translated article; it stays the last line.
/// Rust, not a data file: some entries end in a space that matters, which a line of a
/// [`crate::words`] file cannot hold.
const CREDIT_LINES: &[&str] = &["Translated from the ", "This article was translated", "Translated by "];

/// Extracts the article from an HTML page.
pub fn extract(html: &str, url: Option<&str>) -> Article {
    let mut analysis = Article::default();
    let limited = limits::limit(html);
    if limited.start_tags > MAX_ELEMENTS {
        // The engine would refuse the page after parsing it (seconds, gigabytes); the
        // start tags alone say it has more elements than that.
        analysis.warnings.push(format!(
            "no article found on this page: too many elements in the document to parse \
             ({} start tags, maximum {MAX_ELEMENTS} elements)",
            limited.start_tags
        ));
        return analysis;
    }
    let doc = parse::document(&limited.html);
    let doc_dir = document_attr(&doc, "dir");

    let page = news::scan(&doc.root(), news::Pass::Read);
    let declared = metadata::read(&doc);
    stories::mark(&doc, &declared.titles);
    forms::mark(&doc);

    // Classes are kept so that the news layer can recognise furniture inside the article.
    let config = Config { max_elements_to_parse: MAX_ELEMENTS, keep_classes: true, ..Config::default() };
    // A URL that is not absolute cannot resolve links; the page is still read without it.
    let url = url.filter(|u| (u.starts_with("http://") || u.starts_with("https://")) && !u.ends_with("://"));
    let mut reader = match Readability::with_document(doc, url, Some(config.clone())) {
        Ok(r) => r,
        Err(e) => {
            analysis.warnings.push(format!("the page address could not be used: {e}"));
            return analysis;
        }
    };
    let article = match reader.parse() {
        Ok(article) => article,
        Err(e) => {
            analysis.warnings.push(format!("no article found on this page: {e}"));
            return analysis;
        }
    };

    // The news layer cleans inside the article Readability chose, so that it never changes
    // which part of the page is the article.
    let root = reader.doc.select("#readability-page-1");
    let mut standfirst = None;
    let (raw, inside, links) = match root.nodes().first() {
        Some(root) => {
            stories::drop_others(root);
            forms::drop_marked(root);
            standfirst = standfirst::take_marked(root);
            let links = link_share(root);
            captions::unify(root);
            let inside = news::scan(root, news::Pass::Clean);
            (blocks::walk(root), inside, links)
        }
        None => (Vec::new(), news::Findings::default(), 0.0),
    };
    analysis.meta = meta(&article, &declared, [&page, &inside], doc_dir, url);
    analysis.meta.standfirst = standfirst;
    let names = [analysis.meta.byline.as_deref(), analysis.meta.site.as_deref()];
    let raw = tidy(raw, analysis.meta.title.as_deref(), names);
    match not_an_article(&raw, links) {
        Some(reason) => analysis.warnings.push(format!("no article found on this page: {reason}")),
        None => set_body(&mut analysis, raw),
    }
    if analysis.meta.image.is_none() {
        analysis.meta.image = analysis.blocks.iter().find_map(|b| b.src.clone());
    }
    analysis.meta.image = analysis.meta.image.take().map(|src| absolute(&src, url));
    analysis
}

/// The article's metadata: what the page declares (JSON-LD, meta tags) first, then the
/// engine's, completed by the news layer's findings on the whole page and in the article.
/// The byline is the engine's, else the author line printed in the article, else the
/// declared authors, else an author line elsewhere on the page, else `rel=author` links;
/// names of the site, its publisher or a section are never the byline.
fn meta(
    article: &dom_smoothie::Article,
    declared: &metadata::Declared,
    [findings, inside]: [&news::Findings; 2],
    doc_dir: Option<String>,
    url: Option<&str>,
) -> Meta {
    let valid = |t: &Option<String>| t.clone().filter(|t| dateline::iso_date(t).is_some());
    let published_time = valid(&declared.published)
        .or_else(|| valid(&article.published_time))
        .or_else(|| findings.time_element.clone())
        .or_else(|| findings.dated.as_ref().and_then(|d| d.time.clone()));
    let published = published_time
        .as_deref()
        .and_then(dateline::iso_date)
        .or_else(|| findings.dated.as_ref().map(|d| d.date.clone()))
        .and_then(|d| crate::calendar::normalize_iso_date(&d));
    let lang = article.lang.clone().filter(|l| !l.trim().is_empty());
    let dir = article.dir.clone().or(doc_dir).or_else(|| {
        let primary = lang.as_deref()?.split(['-', '_']).next()?.to_ascii_lowercase();
        RTL_LANGS.contains(&primary).then(|| "rtl".to_string())
    });
    let (title, title_furniture) = declared.clean_title(article.title.trim());
    // An engine byline that needs cleaning ("BY IM SOUNG-BIN [email]": capitals, an
    // address) is cleaned; one that reads well ("By Erin Cunningham") is kept as written.
    let engine_byline = article.byline.as_deref().filter(|b| !b.trim().is_empty()).map(|b| {
        let b = byline::without_glued_title(b.trim());
        needs_cleaning(b).then(|| byline::author_line(b)).flatten().unwrap_or_else(|| b.to_string())
    });
    let byline = [
        engine_byline,
        inside.byline.clone(),
        declared.byline(),
        findings.byline.clone(),
        declared.linked_byline(),
    ]
    .into_iter()
    .flatten()
    .find(|b| !declared.is_not_a_person(b, &title_furniture));
    Meta {
        title: Some(title).filter(|t| !t.is_empty()),
        byline,
        published,
        published_time,
        site: article.site_name.clone().or_else(|| declared.site_names.first().cloned()),
        lang,
        dir,
        excerpt: article.excerpt.clone(),
        standfirst: None,
        url: url.map(str::to_owned),
        reading_minutes: 0,
        image: article.image.clone(),
    }
}

/// `src` resolved against the page's address ("images/a.svg" → "https://site/news/images/a.svg").
fn absolute(src: &str, base: Option<&str>) -> String {
    let src = src.trim();
    let Some(base) = base else { return src.to_string() };
    let Some((scheme, rest)) = base.split_once("://") else { return src.to_string() };
    if src.contains("://") || src.starts_with("data:") {
        return src.to_string();
    }
    if let Some(path) = src.strip_prefix("//") {
        return format!("{scheme}://{path}");
    }
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let origin = &base[..scheme.len() + 3 + host_end];
    if src.starts_with('/') {
        return format!("{origin}{src}");
    }
    let path = &rest[host_end..];
    let path = &path[..path.find(['?', '#']).unwrap_or(path.len())];
    let dir = &path[..path.rfind('/').map_or(0, |i| i + 1)];
    let dir = if dir.is_empty() { "/" } else { dir };
    format!("{origin}{dir}{src}")
}

/// Whether a byline is shouted in capitals or carries an e-mail address.
fn needs_cleaning(byline: &str) -> bool {
    let shouted =
        byline.chars().any(|c| c.is_ascii_uppercase()) && !byline.chars().any(|c| c.is_ascii_lowercase());
    shouted || byline.contains('@') || byline.contains("[email")
}

/// `dir` or `lang` of the page's `<html>` or `<body>` element.
fn document_attr(doc: &Document, name: &str) -> Option<String> {
    let value = ["html", "body"].iter().find_map(|tag| doc.select(tag).attr(name));
    value.map(|v| v.trim().to_ascii_lowercase()).filter(|v| v == "rtl" || v == "ltr")
}

/// Final touches on the walked blocks: no repeated caption or paragraph, no title heading,
/// no note or card about the author nor tag list at the end, no timestamp line at either
/// end, the translation credit last.
fn tidy(raw: Vec<Block>, title: Option<&str>, [byline, site]: [Option<&str>; 2]) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::with_capacity(raw.len());
    let mut captions: Vec<String> = Vec::new();
    for block in raw {
        // A caption printed again after its figure. Other repeats are the page's own.
        let repeated = block.kind == BlockKind::P
            && captions.iter().rev().take(RECENT_CAPTIONS).any(|c| restates(c, &block.text));
        // Only a top-level heading (h1, h2) is the title printed again; an h3 opening the
        // article is its first section, whatever it says.
        let is_title = out.iter().all(|b| b.kind == BlockKind::Figure)
            && block.kind == BlockKind::H2
            && title.is_some_and(|t| same_title(t, &block.text));
        if block.kind == BlockKind::Figure {
            captions.extend(
                [Some(block.text.clone()), block.alt.clone()].into_iter().flatten().filter(|c| c.len() > 20),
            );
        }
        let orphan_caption = block.kind == BlockKind::P && is_orphan_caption(&block.text);
        if !repeated && !is_title && !orphan_caption {
            out.push(block);
        }
    }
    drop_closing_bio(&mut out);
    edges::drop_author_card(&mut out, byline);
    edges::drop_tag_lists(&mut out);
    edges::drop_timestamps(&mut out);
    edges::drop_name_lines(&mut out, &[byline, site]);
    edges::drop_author_title(&mut out, byline);
    calls::drop_calls_to_action(&mut out);
    related::drop_other_stories(&mut out);
    related::drop_linked_lines(&mut out);
    related::drop_site_lists(&mut out, site);
    contributors::drop_contributor_lines(&mut out);
    edges::drop_closing_headings(&mut out);
    if let Some(i) =
        out.iter().position(|b| b.kind == BlockKind::P && CREDIT_LINES.iter().any(|c| b.text.starts_with(c)))
    {
        let credit = out.remove(i);
        out.push(credit);
    }
    out
}

/// "Kim Min-ji is a reporter at ...", "Mina Roy covers energy for ...": a note about the
/// author. A sentence opening with up to four capitalised names, saying which journalist's
/// job the person holds where ("is a reporter at/for/with/covering", "has been the senior
/// economics editor based ..."), or what they cover ("covers", "writes about", "reports on").
fn is_bio(text: &str) -> bool {
    let mut c = Cursor::new(text);
    for _ in 0..4 {
        if !c.test(name_word) {
            return false;
        }
        if holds_job(&mut c.clone()) || covers(&mut c.clone()) {
            return true;
        }
    }
    false
}

/// A capitalised word ("Kim", "Min-ji", "O’Neil", "J.") and the space or tab after it.
fn name_word(c: &mut Cursor<'_>) -> bool {
    c.byte_if(|b| b.is_ascii_uppercase()).is_some()
        && c.many(0, usize::MAX, |x| x.is_ascii_alphabetic() || matches!(x, '\'' | '’' | '.' | '-')).is_some()
        && blank(c)
}

/// "is a reporter at ", "was the chief economics correspondent for ", "serves as an
/// editor with ": a verb, an article, up to five words, a journalist's job and where.
fn holds_job(c: &mut Cursor<'_>) -> bool {
    const JOBS: &[&str] = &[
        "reporter",
        "editor",
        "correspondent",
        "writer",
        "journalist",
        "columnist",
        "contributor",
        "producer",
        "photographer",
        "author",
        "freelancer",
        "intern",
    ];
    let job = |c: &mut Cursor<'_>| {
        c.one_of(JOBS).is_some()
            && {
                c.lit("s");
                blank(c)
            }
            && c.one_of(&["at", "for", "with", "on", "covering", "based"]).is_some()
            && blank(c)
    };
    let filler = |c: &mut Cursor<'_>| {
        c.many(1, usize::MAX, |x| x.is_ascii_alphabetic() || matches!(x, '-' | ',' | '\'')).is_some()
            && blank(c)
    };
    if !(c.one_of(&["is", "was", "has been", "serves as"]).is_some()
        && blank(c)
        && c.one_of(&["an", "a", "the"]).is_some()
        && blank(c))
    {
        return false;
    }
    for _ in 0..5 {
        if job(&mut c.clone()) {
            return true;
        }
        if !c.test(filler) {
            return false;
        }
    }
    c.test(job)
}

/// "covers ", "writes about ", "reports on ".
fn covers(c: &mut Cursor<'_>) -> bool {
    c.one_of(&["covers", "writes about", "reports on"]).is_some() && blank(c)
}

/// One space or tab.
fn blank(c: &mut Cursor<'_>) -> bool {
    c.char_if(|x| x == ' ' || x == '\t').is_some()
}

/// A closing note about the author is no longer than this.
const MAX_BIO: usize = 500;

/// Drops the notes about the author that close an article (at most two paragraphs).
fn drop_closing_bio(blocks: &mut Vec<Block>) {
    for _ in 0..2 {
        let bio = blocks
            .last()
            .is_some_and(|b| b.kind == BlockKind::P && b.text.len() <= MAX_BIO && is_bio(&b.text));
        if !bio || blocks.len() < 2 {
            return;
        }
        blocks.pop();
    }
}

/// Openings of the photo credit that ends a caption: "(Image: GETTY)", "(AP Photo/Alan Diaz)".
/// Rust, not a data file: some entries end in a space that matters, which a line of a
/// [`crate::words`] file cannot hold.
const CREDIT_OPENERS: &[&str] =
    &["(image: ", "(image credit: ", "(photo: ", "(photo by ", "(ap photo", "(photo courtesy", "(credit: "];
/// Captions are shorter than this.
const MAX_CAPTION: usize = 400;

/// A paragraph that is a photo caption whose picture the engine dropped: it ends with a
/// photo credit. (Captions of kept pictures are figure blocks.)
fn is_orphan_caption(text: &str) -> bool {
    let text = text.trim_end();
    if text.len() > MAX_CAPTION || !text.ends_with(')') {
        return false;
    }
    let Some(open) = text.rfind('(') else { return false };
    let credit = text[open..].to_lowercase();
    CREDIT_OPENERS.iter().any(|c| credit.starts_with(c))
}

/// Characters two captions share at their start when they are versions of one caption,
/// at least, and at least this share of the shorter one's characters (two different
/// sentences may open with the same name and title: "Israeli Prime Minister Benjamin
/// Netanyahu reacts ...", "... Netanyahu pledged ...").
const SAME_OPENING: usize = 40;
const SAME_OPENING_SHARE: f64 = 0.6;
/// How many of the latest captions a paragraph is compared with.
const RECENT_CAPTIONS: usize = 8;

/// Whether `text` says what `caption` says: one contains the other and they are of about
/// the same length (a caption printed again, perhaps with or without its photo credit),
/// or they open with the same words (a caption's short and long versions, "... more").
fn restates(caption: &str, text: &str) -> bool {
    let (short, long) = if caption.len() <= text.len() { (caption, text) } else { (text, caption) };
    let shared = caption.chars().zip(text.chars()).take_while(|(a, b)| a == b).count();
    let same_opening =
        shared >= SAME_OPENING && shared as f64 >= SAME_OPENING_SHARE * short.chars().count() as f64;
    same_opening || (short.len() * 10 >= long.len() * 7 && long.contains(short))
}

/// Whether a heading repeats the title, allowing for the site name the title may carry.
fn same_title(title: &str, heading: &str) -> bool {
    let (t, h) = (title.trim().to_lowercase(), heading.trim().to_lowercase());
    !h.is_empty() && (t == h || (h.len() * 2 > t.len() && t.starts_with(&h)))
}

/// Why the extracted blocks are not an article, if they are not: next to no text, or
/// links and nothing else (a section front, a list of headlines).
fn not_an_article(raw: &[Block], link_share: f64) -> Option<String> {
    let words: usize =
        raw.iter().filter(|b| b.kind != BlockKind::Figure).map(|b| b.text.split_whitespace().count()).sum();
    if words < MIN_WORDS {
        return Some(format!("the page's main text has only {words} words"));
    }
    let has_prose =
        raw.iter().any(|b| b.kind == BlockKind::P && b.text.split_whitespace().count() >= PROSE_WORDS);
    (link_share > MAX_LINK_SHARE && !has_prose)
        .then(|| format!("{:.0}% of the page's main text is links to other pages", link_share * 100.0))
}

/// The share of `root`'s text that sits inside links.
fn link_share(root: &dom_query::NodeRef<'_>) -> f64 {
    let chars = |t: &str| t.split_whitespace().map(|w| w.chars().count()).sum::<usize>();
    let total = chars(&root.text());
    let links: usize = dom::within(root, "a").nodes().iter().map(|a| chars(&a.text())).sum();
    if total == 0 {
        0.0
    } else {
        links as f64 / total as f64
    }
}

/// Reads plain text: every paragraph (split on blank lines) is kept, in order.
pub fn from_plain(text: &str) -> Article {
    let mut analysis = Article::default();
    let paragraphs = text
        .split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty());
    set_body(&mut analysis, paragraphs.map(|p| Block::new(BlockKind::P, p)).collect());
    analysis
}

/// Makes `blocks` the article's body, and reads how long it takes to read.
fn set_body(analysis: &mut Article, blocks: Vec<Block>) {
    analysis.set_blocks(blocks);
    analysis.meta.reading_minutes = reading_minutes(&analysis.text);
}

/// Minutes at 230 words a minute, at least one for any text.
fn reading_minutes(text: &str) -> u32 {
    let words = text.split_whitespace().count() as u32;
    if words == 0 {
        0
    } else {
        words.div_ceil(230).max(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> Block {
        Block::new(BlockKind::P, text.to_string())
    }

    fn figure(caption: &str) -> Block {
        let mut f = Block::new(BlockKind::Figure, caption.to_string());
        f.src = Some("https://img.example/a.jpg".into());
        f
    }

    fn texts(blocks: &[Block]) -> Vec<&str> {
        blocks.iter().map(|b| b.text.as_str()).collect()
    }

    #[test]
    fn notes_about_the_author_are_known_by_their_opening() {
        assert!(is_bio("Kim Min-ji is a reporter at The Korea Herald."));
        assert!(is_bio("Lee Haye-ah has been the senior economics correspondent for Yonhap since 2019."));
        assert!(is_bio("Ann O’Neil writes about food for The Times."));
        assert!(!is_bio("Kim Min-ji is a reporter."));
        assert!(!is_bio("The minister is a former reporter at KBS."));
        assert!(!is_bio("Ann Bo Cho Dee Eun covers energy."), "at most four names");
    }

    #[test]
    fn captions_are_said_once_and_the_credit_line_ends_the_article() {
        let caption = "Finance Minister Choi Sang-mok speaks at the National Assembly on April 16. [YONHAP]";
        let raw = vec![
            figure(&format!("{caption} Photo: Kim Min-ji")),
            p(caption),
            p("Translated from the JoongAng Ilbo using generative AI and edited by Korea JoongAng Daily staff."),
            p("The budget passed."),
            p("Protesters gather outside the National Assembly in Seoul. (Photo: Yonhap)"),
            p("Choi said the budget would pass."),
        ];
        let out = tidy(raw, None, [None, None]);
        assert_eq!(
            texts(&out),
            [
                &format!("{caption} Photo: Kim Min-ji") as &str,
                "The budget passed.",
                "Choi said the budget would pass.",
                "Translated from the JoongAng Ilbo using generative AI and edited by Korea JoongAng Daily staff."
            ]
        );
    }

    #[test]
    fn a_heading_that_repeats_the_title_goes() {
        let raw = vec![
            Block::new(BlockKind::H2, "Cabinet approves extra budget".into()),
            p("The Cabinet approved it."),
        ];
        let out = tidy(raw, Some("Cabinet approves extra budget | Yonhap News Agency"), [None, None]);
        assert_eq!(texts(&out), ["The Cabinet approved it."]);
        // An h3 is a section of the article, whatever it says.
        let raw = vec![Block::new(BlockKind::H3, "Cabinet approves extra budget".into()), p("It did.")];
        assert_eq!(tidy(raw, Some("Cabinet approves extra budget"), [None, None]).len(), 2);
    }

    #[test]
    fn picture_addresses_are_made_absolute() {
        let base = Some("https://koreajoongangdaily.joins.com/news/2025-04-16/national/1?x=1");
        assert_eq!(
            absolute("images/a.svg", base),
            "https://koreajoongangdaily.joins.com/news/2025-04-16/national/images/a.svg"
        );
        assert_eq!(absolute("/img/a.jpg", base), "https://koreajoongangdaily.joins.com/img/a.jpg");
        assert_eq!(absolute("//cdn.example/a.jpg", base), "https://cdn.example/a.jpg");
        assert_eq!(absolute("https://cdn.example/a.jpg", base), "https://cdn.example/a.jpg");
        assert_eq!(absolute("a.jpg", Some("https://site.example")), "https://site.example/a.jpg");
    }
}
