//! What a page declares about its article, read from every common source before the engine
//! changes the page: JSON-LD (`NewsArticle`, `Article`, `ReportageNews`, ... at the top
//! level, in arrays and in `@graph`, with authors given by reference), Open Graph and
//! `article:*`, `itemprop`, and the `<meta name>` conventions of publishing systems
//! (`date`, `pubdate`, `parsely-pub-date`, `sailthru.date`, Dublin Core).
//!
//! It also decides what is not an author: an organisation named as author (a publisher or
//! desk), the site's own name ("By BBC News"), and a section of the site ("By Editorial",
//! when the title, `article:section` or JSON-LD names that section). And it drops from a
//! title the parts that name the site or a section ("… | Editorial", "… - BBC News"),
//! judged by comparison with what the page says its name and sections are, never by a list
//! of sites.

use dom_query::Document;
use serde_json::Value;

/// Keys of `<meta>` (property, name or itemprop, lower-cased) that give the publication
/// time, most specific first.
const DATE_KEYS: &[&str] = &[
    "article:published_time",
    "article:published",
    "datepublished",
    "og:published_time",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "dc.date.created",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "dc.date",
    "dcterms.date",
];
/// Keys of `<meta>` that name the author (values that are addresses are ignored).
/// (`article:author` is left out: Open Graph defines it as a profile's address.)
const AUTHOR_KEYS: &[&str] = &["author", "parsely-author", "sailthru.author", "dc.creator"];
const SITE_KEYS: &[&str] = &["og:site_name", "application-name", "apple-mobile-web-app-title"];
const SECTION_KEYS: &[&str] = &["article:section", "parsely-section", "sailthru.section"];
const TITLE_KEYS: &[&str] = &["og:title", "twitter:title"];
/// Separators between a headline and the site's name or section in a `<title>`.
const SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " · ", " :: ", " » ", " / "];
/// A trailing `|` part of a title this short (in words), after a headline at least
/// [`HEADLINE_WORDS`] long, is the site's furniture (a section or brand), whatever it says.
const FURNITURE_WORDS: usize = 3;
const HEADLINE_WORDS: usize = 4;

/// The page's declarations about its article.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Declared {
    /// The publication time as written (ISO 8601 in practice).
    pub published: Option<String>,
    /// People named as authors (JSON-LD, `<meta>`), in order.
    pub authors: Vec<String>,
    /// Names in `rel=author` links: a weaker sign than an author line the page prints.
    pub linked_authors: Vec<String>,
    /// Organisations named as authors (publishers, desks): never a byline.
    pub organisations: Vec<String>,
    /// The site's own names (Open Graph, JSON-LD publisher, application name).
    pub site_names: Vec<String>,
    /// Sections the page says it belongs to.
    pub sections: Vec<String>,
    /// The titles the page gives its article (`<title>`, Open Graph, Twitter, JSON-LD
    /// `headline`), as written.
    pub titles: Vec<String>,
}

/// Reads the page's declarations.
pub fn read(doc: &Document) -> Declared {
    let mut d = Declared::default();
    let metas = meta_values(doc);
    let meta = |keys: &[&str]| -> Vec<String> {
        keys.iter()
            .flat_map(|k| metas.iter().filter(move |(key, _)| key == k).map(|(_, v)| v.clone()))
            .collect()
    };
    let ld = json_ld_article(doc);
    d.published = ld.as_ref().and_then(|a| string(a.node.get("datePublished")));
    d.published = d.published.take().or_else(|| meta(DATE_KEYS).into_iter().find(|v| looks_like_date(v)));
    d.published = d.published.take().or_else(|| item_date(doc));
    if let Some(a) = &ld {
        for author in list(a.node.get("author")) {
            let author = a.resolve(author);
            let name = match author {
                Value::String(s) => Some(s.trim().to_string()),
                other => string(other.get("name")),
            };
            let Some(name) = name.filter(|n| !n.is_empty()) else { continue };
            if types(author).iter().any(|t| t == "Organization" || t.ends_with("Organization")) {
                d.organisations.push(name);
            } else {
                d.authors.push(name);
            }
        }
        if let Some(p) = a.node.get("publisher").map(|p| a.resolve(p)) {
            d.site_names.extend(string(p.get("name")));
        }
        d.sections.extend(list(a.node.get("articleSection")).into_iter().filter_map(|s| string(Some(s))));
        d.titles.extend(string(a.node.get("headline")));
    }
    if d.authors.is_empty() {
        d.authors = meta(AUTHOR_KEYS)
            .into_iter()
            .filter(|v| !v.contains("://") && !v.contains('@'))
            .take(1)
            .collect();
    }
    {
        d.linked_authors = doc
            .select("a[rel~=author]")
            .nodes()
            .iter()
            .map(|a| a.text().split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|t| !t.is_empty() && t.split_whitespace().count() <= 5)
            .take(3)
            .collect();
        d.linked_authors.dedup();
    }
    d.site_names.splice(0..0, meta(SITE_KEYS));
    d.sections.extend(meta(SECTION_KEYS));
    d.titles.extend(doc.select("title").nodes().first().map(|t| t.text().trim().to_string()));
    d.titles.extend(meta(TITLE_KEYS));
    d.site_names.retain(|s| !s.trim().is_empty());
    d.sections.retain(|s| !s.trim().is_empty());
    d
}

/// `(key, content)` of every `<meta>` with a property, name or itemprop, key lower-cased.
fn meta_values(doc: &Document) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for m in doc.select("meta").nodes() {
        let Some(content) = m.attr("content") else { continue };
        let content = content.trim().to_string();
        if content.is_empty() {
            continue;
        }
        for attr in ["property", "name", "itemprop"] {
            if let Some(key) = m.attr(attr) {
                out.push((key.trim().to_ascii_lowercase(), content.clone()));
            }
        }
    }
    out
}

/// A `datePublished` given as microdata on an element other than `<meta>`.
fn item_date(doc: &Document) -> Option<String> {
    doc.select("[itemprop~=datePublished]").nodes().iter().find_map(|n| {
        let v = n
            .attr("datetime")
            .or_else(|| n.attr("content"))
            .map(|v| v.to_string())
            .unwrap_or_else(|| n.text().to_string());
        let v = v.trim().to_string();
        looks_like_date(&v).then_some(v)
    })
}

/// Whether a declared value starts with a date (`2025-04-16`, `2025/04/16`, `20250416`).
fn looks_like_date(v: &str) -> bool {
    let digits: String = v.trim().chars().take(10).filter(|c| c.is_ascii_digit()).collect();
    digits.len() >= 8 && (v.trim().as_bytes().first().is_some_and(u8::is_ascii_digit))
}

/// The article node of the page's JSON-LD and the nodes it may refer to.
struct LdArticle {
    node: Value,
    nodes: Vec<Value>,
}

impl LdArticle {
    /// A `{"@id": ...}` reference replaced by the node it names, if the page has it.
    fn resolve<'a>(&'a self, v: &'a Value) -> &'a Value {
        let Some(id) = v.get("@id").and_then(Value::as_str) else { return v };
        if v.as_object().is_some_and(|o| o.len() > 1) {
            return v;
        }
        self.nodes.iter().find(|n| n.get("@id").and_then(Value::as_str) == Some(id)).unwrap_or(v)
    }
}

/// The first JSON-LD node typed as an article, from top-level objects, arrays and `@graph`.
fn json_ld_article(doc: &Document) -> Option<LdArticle> {
    let mut nodes = Vec::new();
    for script in doc.select("script[type='application/ld+json']").nodes() {
        // Some pages wrap the JSON in `<![CDATA[ ... ]]>` or a comment: read from the first
        // bracket to the last.
        let text = script.text().replace("<![CDATA[", "").replace("]]>", "");
        let (Some(from), Some(to)) = (text.find(['{', '[']), text.rfind(['}', ']'])) else { continue };
        let Some(value) = dom_smoothie::lenient_json::parse(&text[from..=to]) else { continue };
        flatten(value, &mut nodes, 0);
    }
    let i = nodes.iter().position(|n| types(n).iter().any(|t| is_article_type(t)))?;
    Some(LdArticle { node: nodes[i].clone(), nodes })
}

/// Collects the nodes of a JSON-LD document: arrays and `@graph` opened, depth bounded.
fn flatten(value: Value, out: &mut Vec<Value>, depth: usize) {
    if depth > 4 {
        return;
    }
    match value {
        Value::Array(items) => items.into_iter().for_each(|v| flatten(v, out, depth + 1)),
        Value::Object(mut map) => {
            if let Some(graph) = map.remove("@graph") {
                flatten(graph, out, depth + 1);
            }
            if !map.is_empty() {
                out.push(Value::Object(map));
            }
        }
        _ => {}
    }
}

/// Schema.org types of news and other articles.
fn is_article_type(t: &str) -> bool {
    t.ends_with("Article") || matches!(t, "ReportageNews" | "BlogPosting" | "LiveBlogPosting" | "Report")
}

/// A node's `@type`s, without a `schema:` prefix.
fn types(v: &Value) -> Vec<String> {
    list(v.get("@type"))
        .into_iter()
        .filter_map(Value::as_str)
        .map(|t| t.rsplit([':', '/']).next().unwrap_or(t).to_string())
        .collect()
}

/// A value that may be one item or an array, as a list.
fn list(v: Option<&Value>) -> Vec<&Value> {
    match v {
        Some(Value::Array(items)) => items.iter().collect(),
        Some(Value::Null) | None => Vec::new(),
        Some(v) => vec![v],
    }
}

fn string(v: Option<&Value>) -> Option<String> {
    v.and_then(Value::as_str).map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

/// Lower-case letters and digits only, without a leading "the": how names are compared.
fn key(s: &str) -> String {
    let k: String = s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
    k.strip_prefix("the").filter(|r| r.len() > 2).map(str::to_string).unwrap_or(k)
}

impl Declared {
    /// Whether `name` names the site, its publisher or a section rather than a person. (An
    /// organisation credited as author that is not the publisher, "Contributors to
    /// Wikimedia projects", is a credit and stays; a person the page declares as author
    /// stays even when the site bears their name, as personal sites do.)
    pub fn is_not_a_person(&self, name: &str, title_parts: &[String]) -> bool {
        let name = name.trim();
        let name = name.strip_prefix("By ").or_else(|| name.strip_prefix("by ")).unwrap_or(name);
        let k = key(name);
        if k.is_empty() {
            return true;
        }
        let same = |other: &String| key(other) == k;
        // A one-word "name" that the title carries as furniture is a section ("Editorial"),
        // even where the page declares it as the author; a person's full name there is the
        // author's (kept).
        let one_word = name.split_whitespace().count() == 1;
        if one_word && title_parts.iter().any(same) {
            return true;
        }
        if self.authors.iter().any(same) {
            return false;
        }
        self.site_names.iter().any(same) || self.sections.iter().any(same)
    }

    /// The declared authors as one byline ("A", "A and B", "A, B and C").
    pub fn byline(&self) -> Option<String> {
        join_names(&self.authors)
    }

    /// The names in `rel=author` links as one byline.
    pub fn linked_byline(&self) -> Option<String> {
        join_names(&self.linked_authors)
    }
}

/// Names as one byline ("A", "A and B", "A, B and C").
fn join_names(names: &[String]) -> Option<String> {
    match names {
        [] => None,
        [one] => Some(one.clone()),
        [rest @ .., last] => Some(format!("{} and {last}", rest.join(", "))),
    }
}

impl Declared {
    /// The title without the parts that name the site or a section, and those parts.
    pub fn clean_title(&self, title: &str) -> (String, Vec<String>) {
        let mut parts = split_title(title);
        let mut dropped = Vec::new();
        let names: Vec<String> = self.site_names.iter().chain(&self.sections).map(|s| key(s)).collect();
        let is_name = |p: &str| {
            let k = key(p);
            !k.is_empty()
                && names
                    .iter()
                    .any(|n| *n == k || (n.len() > 3 && k.starts_with(n.as_str()) && k.len() < n.len() + 6))
        };
        while parts.len() > 1 {
            let (sep, last) = parts.last().cloned().unwrap_or_default();
            let headline_words: usize =
                parts[..parts.len() - 1].iter().map(|(_, p)| p.split_whitespace().count()).sum();
            let furniture = sep.trim() == "|"
                && last.split_whitespace().count() <= FURNITURE_WORDS
                && headline_words >= HEADLINE_WORDS;
            if is_name(&last) || furniture {
                dropped.push(last);
                parts.pop();
            } else {
                break;
            }
        }
        while parts.len() > 1 && is_name(&parts[0].1) {
            dropped.push(parts.remove(0).1);
            parts[0].0.clear();
        }
        let title = parts.iter().map(|(sep, p)| format!("{sep}{p}")).collect::<String>();
        (title, dropped)
    }
}

/// A title cut at its separators: `(separator before, part)`, the first with none.
pub fn split_title(title: &str) -> Vec<(String, String)> {
    let mut parts = vec![(String::new(), String::new())];
    let mut rest = title.trim();
    while !rest.is_empty() {
        let next = SEPARATORS.iter().filter_map(|s| rest.find(s).map(|i| (i, *s))).min_by_key(|&(i, _)| i);
        match next {
            Some((i, sep)) => {
                parts.last_mut().expect("one part").1.push_str(&rest[..i]);
                parts.push((sep.to_string(), String::new()));
                rest = &rest[i + sep.len()..];
            }
            None => {
                parts.last_mut().expect("one part").1.push_str(rest);
                rest = "";
            }
        }
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn declared(head: &str) -> Declared {
        read(&Document::from(format!("<html><head>{head}</head><body><p>Text.</p></body></html>")))
    }

    #[test]
    fn dates_from_every_common_source() {
        let cases = [
            r#"<meta property="article:published_time" content="2025-04-16T09:00:00+09:00">"#,
            r#"<meta property="article:published" content="2025-04-16T09:00:00+09:00">"#,
            r#"<meta itemprop="datePublished" content="2025-04-16T09:00:00+09:00">"#,
            r#"<meta name="date" content="2025-04-16T09:00:00+09:00">"#,
            r#"<meta name="pubdate" content="2025-04-16T09:00:00+09:00">"#,
            r#"<meta name="parsely-pub-date" content="2025-04-16T09:00:00+09:00">"#,
            r#"<meta name="sailthru.date" content="2025-04-16T09:00:00+09:00">"#,
            r#"<meta name="DC.date.issued" content="2025-04-16T09:00:00+09:00">"#,
            r#"<meta name="dcterms.created" content="2025-04-16T09:00:00+09:00">"#,
            r#"<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2025-04-16T09:00:00+09:00"}</script>"#,
            r#"<script type="application/ld+json">[{"@type":"WebPage"},{"@type":"ReportageNews","datePublished":"2025-04-16T09:00:00+09:00"}]</script>"#,
            r#"<script type="application/ld+json">{"@graph":[{"@type":"Organization","name":"X"},{"@type":["Article"],"datePublished":"2025-04-16T09:00:00+09:00"}]}</script>"#,
        ];
        for head in cases {
            assert_eq!(declared(head).published.as_deref(), Some("2025-04-16T09:00:00+09:00"), "{head}");
        }
    }

    #[test]
    fn json_ld_in_cdata_is_read() {
        let head = "<script type=\"application/ld+json\">\n//<![CDATA[\n{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-04-16\"}\n//]]>\n</script>";
        assert_eq!(declared(head).published.as_deref(), Some("2025-04-16"));
    }

    /// JSON-LD as news sites print it, which `JSON.parse` rejects: single-quoted strings, a
    /// raw line break inside a string, commas before a closing bracket.
    #[test]
    fn json_ld_with_common_faults_is_read() {
        let head = "<script type=\"application/ld+json\">{'@context': 'http://schema.org', '@type': 'NewsArticle',\n\
                    \"description\": 'Oil fell on \"oversupply\" fears.\nStocks rose.',\n\
                    \"keywords\": [\"Oil\", \"Markets\", ],\n\
                    \"author\": {\"@type\": \"Person\", \"name\": \"Kim Min-ji\"},\n\
                    \"datePublished\": \"2025-04-16T09:00:00+09:00\",}</script>";
        let d = declared(head);
        assert_eq!(d.published.as_deref(), Some("2025-04-16T09:00:00+09:00"));
        assert_eq!(d.byline().as_deref(), Some("Kim Min-ji"));
    }

    #[test]
    fn broken_json_ld_is_ignored() {
        let head =
            r#"<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": }</script>"#;
        assert_eq!(declared(head).published, None);
    }

    #[test]
    fn authors_are_people_and_publishers_are_not() {
        let d = declared(
            r##"<script type="application/ld+json">{"@graph":[{"@id":"#author-1","@type":"Person","name":"Lee Ji-hye"},
               {"@type":"NewsArticle","author":[{"@id":"#author-1"},{"@type":"Person","name":"Kim Min-ji"},{"@type":"Organization","name":"Newsroom Desk"}],
               "publisher":{"@type":"Organization","name":"The Daily Ledger"}}]}</script>"##,
        );
        assert_eq!(d.byline().as_deref(), Some("Lee Ji-hye and Kim Min-ji"));
        assert!(!d.is_not_a_person("By Newsroom Desk", &[]));
        assert!(d.is_not_a_person("The Daily Ledger", &[]));
        assert!(!d.is_not_a_person("By Lee Ji-hye", &[]));
        assert_eq!(
            declared(r#"<meta name="author" content="Park Soo-jin">"#).byline().as_deref(),
            Some("Park Soo-jin")
        );
    }

    #[test]
    fn titles_lose_the_site_and_section_they_name() {
        let d = declared(
            r#"<meta property="og:site_name" content="Daily Ledger"><meta property="article:section" content="Opinion">"#,
        );
        assert_eq!(
            d.clean_title("Budget passes after long night - Daily Ledger").0,
            "Budget passes after long night"
        );
        assert_eq!(
            d.clean_title("Daily Ledger | Budget passes after long night").0,
            "Budget passes after long night"
        );
        let (title, dropped) = d.clean_title("The Ledger view on the budget: late but welcome | Editorial");
        assert_eq!(title, "The Ledger view on the budget: late but welcome");
        assert!(d.is_not_a_person("Editorial", &dropped));
        // An author's name at the end of the title is dropped from it but stays the byline.
        let (_, dropped) = d.clean_title("Whales strand on the coast again | Mina Roy");
        assert!(!d.is_not_a_person("Mina Roy", &dropped));
        // A dash inside a headline stays.
        assert_eq!(d.clean_title("Exports rise - and so do imports").0, "Exports rise - and so do imports");
    }
}
