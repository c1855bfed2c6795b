//! Extraction never panics, overflows its stack or stalls, whatever the page: a 10 MB page,
//! 100,000 nested elements, hostile fragments, and pages with no article at all.

use lede::{analyze, Input, Options};

fn run(html: &str) -> lede::Analysis {
    analyze(
        Input::Html(html),
        &Options { url: Some("https://www.koreaherald.com/article/10345678".into()), ..Options::default() },
    )
}

const PARAGRAPH: &str = "<p>Exports rose 3.2 percent on-year to $58.2 billion in March, the Ministry of Trade, Industry and Energy said Tuesday, as chip shipments hit a record 13.1 trillion won.</p>\n";

#[test]
fn a_ten_megabyte_page_is_read_whole() {
    let n = 10_000_000 / PARAGRAPH.len();
    let html = format!(
        "<html><head><title>Exports rise</title></head><body><article>{}</article></body></html>",
        PARAGRAPH.repeat(n)
    );
    let a = run(&html);
    assert_eq!(a.text.matches("Exports rose 3.2 percent").count(), n, "{:?}", a.warnings);
    assert_eq!(a.blocks.len(), n);
}

#[test]
fn a_hundred_thousand_nested_elements_do_not_overflow() {
    let depth = 100_000;
    let html = format!(
        "<html><body>{}{}{}</body></html>",
        "<div>".repeat(depth),
        PARAGRAPH.repeat(5),
        "</div>".repeat(depth)
    );
    let a = run(&html);
    assert!(a.text.contains("chip shipments hit a record"), "{:?}", a.warnings);
    // Unclosed inline elements nest too.
    let a = run(&format!("<body><p>{}Deep text ends here.", "<b><i>".repeat(depth / 2)));
    assert!(a.text.contains("Deep text ends here."), "{:?} {:?}", a.text.get(..80), a.warnings);
}

#[test]
fn a_page_with_no_article_says_why() {
    let nav: String = (1..60)
        .map(|i| {
            format!("<li><a href=\"/news/{i}\">Headline number {i} about the economy and politics</a></li>")
        })
        .collect();
    for html in [
        String::new(),
        "<html><head><title>Korea Herald</title></head><body></body></html>".to_string(),
        format!(
            "<html><body><nav><ul>{nav}</ul></nav><div class=\"list\"><ul>{nav}</ul></div></body></html>"
        ),
    ] {
        let a = run(&html);
        assert!(a.text.is_empty() && a.blocks.is_empty(), "{:?}", a.text.get(..100));
        assert!(
            a.warnings.iter().any(|w| w.starts_with("no article found on this page")),
            "{:?}",
            a.warnings
        );
    }
}

/// A small deterministic generator (xorshift), so the hostile inputs are the same every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

#[test]
fn hostile_fragments_never_panic() {
    const PIECES: &[&str] = &[
        "<div>",
        "</div>",
        "<p>",
        "</p>",
        "<table><tr><td>",
        "</td></tr></table>",
        "<figure><img src=\"x\" alt=\"",
        "\">",
        "<figcaption>",
        "<br>",
        "<pre>",
        "<!--",
        "-->",
        "<script>",
        "</script>",
        "<li>",
        "<ol>",
        "<blockquote>",
        "BY IM SOUNG-BIN [",
        "Published: 2025.04.16 17:30",
        "Related Article",
        "Advertisement",
        "12 trillion won ($8.45 billion)",
        "한국어 기사 입력 2025.04.16.",
        "مرحبا",
        "\u{202e}",
        "\u{0}",
        "&amp;",
        "&#xD800;",
        "&#0;",
        "<a href=\"//\">",
        "<time datetime=\"9999-99-99\">",
        "<svg><foreignObject><p>",
        "<math><mi>",
        "<template>",
        "<select><option>",
        " ",
        "\n",
        "é",
        "𝄞",
        "<",
        ">",
        "\"",
        "'",
    ];
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..400 {
        let len = (rng.next() % 300) as usize;
        let page: String = (0..len).map(|_| rng.pick(PIECES)).collect();
        let a = run(&page);
        // Offsets always address the text.
        let chars = a.text.chars().count();
        assert!(a.blocks.iter().all(|b| b.start <= b.end && b.end <= chars), "{page}");
    }
    // Arbitrary bytes, read as the CLI would (lossy UTF-8).
    for _ in 0..200 {
        let bytes: Vec<u8> = (0..(rng.next() % 2000)).map(|_| rng.next() as u8).collect();
        run(&String::from_utf8_lossy(&bytes));
    }
}
