//! The news-page layer on the project's own sample pages (`www/samples/`): what a reader of
//! the cleaned article sees, and what the page's metadata says.

use lede::analysis::{Analysis, Block, BlockKind};
use lede::{analyze, Input, Options};

/// Analyses a sample page with the address listed for it in `www/samples/index.json`.
fn sample(file: &str) -> Analysis {
    let index: serde_json::Value =
        serde_json::from_str(include_str!("../www/samples/index.json")).expect("index.json");
    let url = index
        .as_array()
        .and_then(|pages| pages.iter().find(|p| p["file"] == file))
        .and_then(|p| p["url"].as_str())
        .unwrap_or_else(|| panic!("{file} is not listed in index.json"))
        .to_string();
    let html = std::fs::read_to_string(format!("{}/www/samples/{file}", env!("CARGO_MANIFEST_DIR")))
        .expect("sample page");
    analyze(Input::Html(&html), &Options { url: Some(url), ..Options::default() })
}

fn kinds(a: &Analysis, kind: BlockKind) -> Vec<&Block> {
    a.blocks.iter().filter(|b| b.kind == kind).collect()
}

fn assert_clean(a: &Analysis, clutter: &[&str]) {
    for c in clutter {
        assert!(!a.text.contains(c), "{c:?} left in the body:\n{}", a.text);
    }
}

#[test]
fn offsets_address_the_text_on_every_sample() {
    for file in [
        "joongang-trade-talks.html",
        "koreaherald-chip-exports.html",
        "yonhap-budget-cabinet.html",
        "aljazeera-ar-korea-tariffs.html",
    ] {
        let a = sample(file);
        let chars: Vec<char> = a.text.chars().collect();
        for b in &a.blocks {
            assert_eq!(chars[b.start..b.end].iter().collect::<String>(), b.text, "{file}");
        }
        assert!(!a.text.contains("\n\n\n"), "{file}: paragraphs are separated by one blank line");
        assert!(a.meta.reading_minutes >= 1, "{file}");
    }
}

#[test]
fn the_doubled_caption_is_one_figure_at_its_place() {
    let a = sample("joongang-trade-talks.html");
    let figures = kinds(&a, BlockKind::Figure);
    assert_eq!(figures.len(), 1, "{:?}", a.blocks);
    let f = figures[0];
    assert!(
        f.text.starts_with("Deputy Prime Minister and Finance Minister Choi Sang-mok responds"),
        "{}",
        f.text
    );
    assert_eq!(f.src.as_deref(), Some("https://koreajoongangdaily.joins.com/news/2025-04-16/national/politics/korea-trade-talks/images/choi-national-assembly.svg"));
    assert!(f.alt.as_deref().is_some_and(|alt| alt.contains("Choi Sang-mok")));
    // Before the first paragraph, as on the page.
    assert_eq!(a.blocks[0].kind, BlockKind::Figure);
    assert_eq!(a.meta.image.as_deref(), f.src.as_deref(), "the lead picture is absolute");
}

#[test]
fn korea_herald_keeps_table_list_quote_and_drops_furniture() {
    let a = sample("koreaherald-chip-exports.html");
    assert_eq!(
        a.meta.title.as_deref(),
        Some("Chip exports hit record high in March despite US tariff threat")
    );
    assert_eq!(a.meta.byline.as_deref(), Some("Song Seung-hyun"));
    assert_eq!(
        a.meta.published.as_deref(),
        Some("2025-04-01"),
        "the Published dateline, not the Updated one"
    );
    assert_eq!(a.meta.published_time.as_deref(), Some("2025-04-01T11:20:00+09:00"));
    assert_eq!(a.meta.site.as_deref(), Some("The Korea Herald"));

    let tables = kinds(&a, BlockKind::Table);
    assert_eq!(tables.len(), 1);
    let rows = tables[0].rows.as_ref().expect("rows");
    assert_eq!(rows[0], ["Item", "Exports", "Change"]);
    assert_eq!(rows[1], ["Semiconductors", "$13.1 billion", "+11.9%"]);
    let items = kinds(&a, BlockKind::Li);
    assert_eq!(items.len(), 3, "{items:?}");
    assert!(items.iter().all(|b| b.ordered == Some(false)));
    assert!(kinds(&a, BlockKind::Quote)
        .iter()
        .any(|q| q.text.contains("Tariffs are a bigger risk for autos")));
    assert!(kinds(&a, BlockKind::H3).iter().any(|h| h.text == "Exports by item"));

    assert!(a.text.contains("($1 = 1,437.3 won)"));
    assert_clean(
        &a,
        &[
            "Related Articles",
            "HBM output for Nvidia",
            "Advertisement",
            "Share this article",
            "Copy link",
            "Newsletter",
            "Most Popular",
            "Home > Business",
            "ssh@heraldcorp.com",
            "By Song",
        ],
    );
    let figures = kinds(&a, BlockKind::Figure);
    assert_eq!(figures.len(), 1, "{:?}", a.blocks);
    assert_eq!(figures[0].text, "Containers are stacked at a port in Busan on Monday. (Yonhap)");
    assert_eq!(
        figures[0].src.as_deref(),
        Some("https://www.koreaherald.com/article/images/semiconductor-port.svg")
    );
    assert_eq!(a.text.matches("Containers are stacked at a port in Busan").count(), 1);
}

#[test]
fn yonhap_byline_dateline_and_sign_off() {
    let a = sample("yonhap-budget-cabinet.html");
    assert_eq!(a.meta.byline.as_deref(), Some("Kim Eun-jung"));
    assert_eq!(a.meta.published.as_deref(), Some("2025-04-18"));
    assert!(
        a.text.starts_with("SEOUL, April 18 (Yonhap) -- The Cabinet on Friday approved"),
        "{}",
        &a.text[..80]
    );
    let figures = kinds(&a, BlockKind::Figure);
    assert_eq!(figures.len(), 1);
    assert_eq!(
        a.text.matches("Vice Finance Minister Kim Yun-sang briefing reporters").count(),
        1,
        "the caption appears once"
    );
    assert_clean(
        &a,
        &[
            "ejkim@yna.co.kr",
            "(END)",
            "Related News",
            "BOK chief says",
            "Advertisement",
            "Font size",
            "Keywords",
            "Most Read",
            "Home > Economy",
        ],
    );
    assert!(a.text.trim_end().ends_with("citing downside risks to growth."));
}

#[test]
fn right_to_left_articles_keep_their_direction() {
    let a = sample("aljazeera-ar-korea-tariffs.html");
    assert_eq!(a.meta.dir.as_deref(), Some("rtl"));
    assert_eq!(a.meta.lang.as_deref(), Some("ar"));
    assert_eq!(a.meta.published.as_deref(), Some("2025-04-18"));
    assert!(a.text.starts_with("سول- أقرت الحكومة الكورية الجنوبية"), "{}", a.text);
    assert!(kinds(&a, BlockKind::H2).iter().any(|h| h.text == "دعم للصادرات"));
    assert_eq!(kinds(&a, BlockKind::Quote).len(), 1);
    assert_clean(&a, &["إعلان", "فيسبوك", "اقرأ أيضا", "الرئيسية"]);
}

#[test]
fn a_section_front_is_not_an_article() {
    let a = sample("koreatimes-section-economy.html");
    assert!(a.text.is_empty() && a.blocks.is_empty(), "{}", a.text);
    assert!(a.warnings.iter().any(|w| w.starts_with("no article found on this page")), "{:?}", a.warnings);
}

// ---------------------------------------------------------------------------------------
// Pages written for the metadata a page declares (issue 13): each common source of the
// publication date, the byline and the site name, and the furniture a title or byline may
// carry.

const BODY: &str = "<article><h1>Exports rise for a third month</h1>\
    <p>Exports rose 3.2 percent on-year to $58.2 billion in March, the Ministry of Trade, Industry and Energy said Tuesday, as chip shipments hit a record.</p>\
    <p>Imports fell 1.1 percent to $53.3 billion, leaving a trade surplus of $4.9 billion, the ministry said in a statement released in Sejong.</p>\
    <p>Shipments of semiconductors rose 11 percent to $13.1 billion, while car exports slipped for a second month on weaker demand in Europe.</p></article>";

fn page(head: &str, body: &str) -> Analysis {
    let html = format!("<html><head>{head}</head><body>{body}</body></html>");
    analyze(
        Input::Html(&html),
        &Options { url: Some("https://news.example/2025/04/16/exports".into()), ..Options::default() },
    )
}

#[test]
fn the_publication_date_is_read_from_every_common_source() {
    let t = "2025-04-16T09:30:00+09:00";
    let heads = [
        format!(r#"<meta property="article:published_time" content="{t}">"#),
        format!(r#"<meta property="article:published" content="{t}">"#),
        format!(r#"<meta itemprop="datePublished" content="{t}">"#),
        format!(r#"<meta name="date" content="{t}">"#),
        format!(r#"<meta name="pubdate" content="{t}">"#),
        format!(r#"<meta name="parsely-pub-date" content="{t}">"#),
        format!(r#"<meta name="sailthru.date" content="{t}">"#),
        format!(r#"<meta name="DC.date.issued" content="{t}">"#),
        format!(r#"<meta name="dcterms.created" content="{t}">"#),
        format!(
            r#"<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"{t}"}}</script>"#
        ),
        format!(
            r#"<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Article","datePublished":"{t}"}}</script>"#
        ),
        format!(
            r#"<script type="application/ld+json">[{{"@type":"BreadcrumbList"}},{{"@context":"https://schema.org","@type":"ReportageNews","datePublished":"{t}"}}]</script>"#
        ),
        format!(
            r#"<script type="application/ld+json">{{"@context":"https://schema.org","@graph":[{{"@type":"WebSite","name":"Ledger"}},{{"@type":["NewsArticle"],"datePublished":"{t}"}}]}}</script>"#
        ),
    ];
    for head in &heads {
        let a = page(head, BODY);
        assert_eq!(a.meta.published.as_deref(), Some("2025-04-16"), "{head}");
        assert_eq!(a.meta.published_time.as_deref(), Some(t), "{head}");
    }
    // Microdata and a <time> in the article's header, with nothing in the head.
    for header in [
        format!(r#"<header><span itemprop="datePublished" content="{t}">April 16</span></header>"#),
        format!(r#"<header><time datetime="{t}">April 16, 2025</time></header>"#),
    ] {
        let a = page("", &format!("{header}{BODY}"));
        assert_eq!(a.meta.published.as_deref(), Some("2025-04-16"), "{header}");
    }
}

#[test]
fn the_byline_names_people_never_the_publisher_or_a_section() {
    // JSON-LD authors (an array, one by reference), the publisher left out.
    let ld = r##"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@id":"#a1","@type":"Person","name":"Lee Ji-hye"},
        {"@type":"NewsArticle","datePublished":"2025-04-16","author":[{"@id":"#a1"},{"@type":"Person","name":"Kim Min-ji"},{"@type":"Organization","name":"Ledger News"}],
         "publisher":{"@type":"NewsMediaOrganization","name":"Ledger News"}}]}</script>"##;
    let a = page(ld, BODY);
    assert_eq!(a.meta.byline.as_deref(), Some("Lee Ji-hye and Kim Min-ji"));
    assert_eq!(a.meta.site.as_deref(), Some("Ledger News"));
    // <meta name="author"> and rel=author.
    assert_eq!(
        page(r#"<meta name="author" content="Park Soo-jin">"#, BODY).meta.byline.as_deref(),
        Some("Park Soo-jin")
    );
    let a = page(
        "",
        &format!(r#"<p class="credit">By <a rel="author" href="/staff/choi">Choi Ha-eun</a></p>{BODY}"#),
    );
    assert!(a.meta.byline.as_deref().is_some_and(|b| b.contains("Choi Ha-eun")), "{:?}", a.meta.byline);
    // "By Ledger News" on a page whose site is Ledger News: a publisher, not an author.
    let head = r#"<meta property="og:site_name" content="Ledger News"><title>Exports rise for a third month - Ledger News</title>"#;
    let a = page(head, &format!(r#"<div class="byline">By Ledger News</div>{BODY}"#));
    assert_eq!(a.meta.byline, None);
    assert_eq!(a.meta.title.as_deref(), Some("Exports rise for a third month"));
}

#[test]
fn a_section_in_the_title_is_neither_title_nor_byline() {
    let head = r#"<meta property="og:site_name" content="The Ledger"><meta property="og:title" content="The Ledger view on exports: a record built on chips | Editorial"><title>The Ledger view on exports: a record built on chips | Editorial | The Ledger</title>"#;
    let a = page(head, &format!(r#"<div class="byline">By Editorial</div>{BODY}"#));
    assert_eq!(a.meta.title.as_deref(), Some("The Ledger view on exports: a record built on chips"));
    assert_eq!(a.meta.byline, None);
    // The same section declared as the page's author.
    let declared = format!(r#"{head}<meta name="author" content="Editorial">"#);
    let a = page(&declared, &format!(r#"<a rel="author" href="/profile/editorial">Editorial</a>{BODY}"#));
    assert_eq!(a.meta.title.as_deref(), Some("The Ledger view on exports: a record built on chips"));
    assert_eq!(a.meta.byline, None);
}

// ---------------------------------------------------------------------------------------
// Furniture that general rules remove (issue 13): caption and credit labels, "Read more"
// lines, and the note about the author that closes an article.

const PARAS: [&str; 4] = [
    "Lawmakers passed the supplementary budget late on Thursday after a week of talks between the ruling and opposition parties, clearing the way for spending on chips and farms.",
    "The finance minister said the money would reach households before the summer, and that the government would borrow less than it had planned in January.",
    "Opposition leaders said the bill was too small to help small businesses hit by tariffs, but agreed to pass it so that relief payments could begin next month.",
    "Economists expect the spending to add about 0.1 percentage point to growth this year, according to estimates published by the central bank on Friday.",
];

fn article_with(extra: &[(usize, &str)]) -> String {
    let mut body = String::from("<article><h1>Assembly passes extra budget</h1>");
    for (i, p) in PARAS.iter().enumerate() {
        for (at, html) in extra {
            if *at == i {
                body.push_str(html);
            }
        }
        body.push_str(&format!("<p>{p}</p>"));
    }
    for (at, html) in extra {
        if *at >= PARAS.len() {
            body.push_str(html);
        }
    }
    body + "</article>"
}

fn assert_paragraphs_whole(a: &Analysis) {
    for p in PARAS {
        assert!(a.text.contains(p), "lost {p:?} in\n{}", a.text);
    }
}

#[test]
fn caption_and_credit_labels_are_not_article_text() {
    let html = article_with(&[
        (
            1,
            r#"<div class="media-player"><span class="off-screen">Media caption</span><span>Watch: the moment the vote passed</span></div>"#,
        ),
        (
            2,
            r#"<figure><img src="https://img.example/vote.jpg"><figcaption><span>Image copyright</span> Yonhap <span>Image caption</span> Lawmakers vote in Seoul on Thursday</figcaption></figure>"#,
        ),
        (
            3,
            r#"<div><span>Image source, </span><span>Getty Images</span></div><div><span>Image caption, </span><span>Farmers protest outside the Assembly</span></div>"#,
        ),
        (4, "<p>© Yonhap News Agency</p><p>Copyright 2025 The Ledger. All rights reserved.</p>"),
    ]);
    let a = page("", &html);
    assert_paragraphs_whole(&a);
    assert_clean(
        &a,
        &[
            "Media caption",
            "Image copyright",
            "Image caption",
            "Image source",
            "Watch: the moment",
            "Farmers protest",
            "©",
            "All rights reserved",
        ],
    );
    let figure = kinds(&a, BlockKind::Figure);
    assert_eq!(
        figure.first().map(|b| b.text.as_str()),
        Some("Lawmakers vote in Seoul on Thursday"),
        "{:?}",
        a.blocks
    );
}

#[test]
fn a_pictures_credit_is_not_its_caption() {
    let html = article_with(&[
        (
            1,
            r#"<figure><img src="https://img.example/farm.jpg"><figcaption>Farmers rally outside the Assembly. <span>Photograph: Yonhap via Getty</span></figcaption></figure>"#,
        ),
        (
            3,
            r#"<figure><img src="https://img.example/vote.jpg"><figcaption><span>Credit</span><span>...</span><span>Kim Hong-ji/Reuters</span></figcaption></figure>"#,
        ),
    ]);
    let a = page("", &html);
    assert_paragraphs_whole(&a);
    assert_clean(&a, &["Photograph:", "Credit", "Kim Hong-ji", "Getty"]);
    let captions: Vec<&str> = kinds(&a, BlockKind::Figure).iter().map(|b| b.text.as_str()).collect();
    assert_eq!(captions, ["Farmers rally outside the Assembly.", ""], "{:?}", a.blocks);
}

#[test]
fn read_more_lines_are_not_article_text() {
    let html = article_with(&[
        (1, r#"<p><a href="/news/1">Read More</a></p>"#),
        (3, "<div>Continue reading »</div>"),
        (4, "<p>Read more</p>"),
    ]);
    let a = page("", &html);
    assert_paragraphs_whole(&a);
    assert_clean(&a, &["Read More", "Read more", "Continue reading"]);
}

#[test]
fn the_note_about_the_author_that_closes_an_article_goes() {
    let html = article_with(&[(
        4,
        "<p>Kim Min-ji is a reporter at The Ledger covering economic policy and the National Assembly.</p>\
         <p>Email Kim Min-ji at minji.kim@ledger.example</p>",
    )]);
    let a = page("", &html);
    assert_paragraphs_whole(&a);
    assert_clean(&a, &["is a reporter at", "minji.kim@"]);
    // A sentence of the story that says what someone is stays.
    let html = article_with(&[(
        4,
        "<p>Lee Soo-jin is a reporter who was detained at the border in March, her lawyer said.</p>",
    )]);
    let a = page("", &html);
    assert!(a.text.contains("Lee Soo-jin is a reporter who was detained"), "{}", a.text);
}

#[test]
fn the_author_card_after_the_article_goes() {
    // A card as blogs and news sites print it: the author's name, a handle, a paragraph
    // about the author in the third person, their picks. The card names no job title the
    // phrase rules know, so only its structure and the byline identify it.
    let head = r#"<meta name="author" content="Zac Hall">"#;
    let html = article_with(&[(
        4,
        r#"<div class="post-author"><h3><a href="/author/zac">Zac Hall</a></h3>
           <p><a href="https://twitter.example/apollozac">@apollozac</a></p>
           <p>Zac joined The Ledger in 2014 and hosts the weekly Budget Hour podcast about fiscal policy.</p>
           <h3>Zac Hall's favorite gear</h3></div>"#,
    )]);
    let a = page(head, &html);
    assert_paragraphs_whole(&a);
    assert_clean(&a, &["@apollozac", "joined The Ledger", "favorite gear"]);
    assert_eq!(a.meta.byline.as_deref(), Some("Zac Hall"));
    // A closing paragraph of the story that opens with a name the author shares stays.
    let head = r#"<meta name="author" content="Choi Ha-eun">"#;
    let html = article_with(&[(4, "<p>Choi said the ministry would publish the full budget on Monday.</p>")]);
    let a = page(head, &html);
    assert!(
        a.text.ends_with("Choi said the ministry would publish the full budget on Monday."),
        "{}",
        a.text
    );
}

#[test]
fn a_slideshow_keeps_its_picture_but_not_its_slide_caption() {
    // A wire-photo slideshow at the top of the story: the first slide is in the page, the
    // rest are loaded by script; its caption retells the story's first sentence.
    let slideshow = r##"<div class="asset_gallery"><div class="nav"><a href="#prev"></a><a href="#next"></a></div>
        <ul class="photo-list"><li class="photo-item"><div class="img-wrap">
        <img src="https://img.example/vote.jpg" alt="Lawmakers vote on the supplementary budget at the National Assembly in Seoul, Thursday. Photo: Yonhap"></div>
        <div class="caption"><p>Lawmakers vote on the supplementary budget at the National Assembly in Seoul, Thursday, as the finance minister looks on from the gallery.</p>
        <p><span class="credit">Photo: Yonhap</span></p></div>
        </li></ul></div>"##;
    let a = page("", &article_with(&[(0, slideshow)]));
    assert_paragraphs_whole(&a);
    assert_clean(&a, &["as the finance minister looks on"]);
    let figures = kinds(&a, BlockKind::Figure);
    assert_eq!(figures.len(), 1, "{:?}", a.blocks);
    assert_eq!(figures[0].src.as_deref(), Some("https://img.example/vote.jpg"));
    // A captioned picture that is no slide keeps its caption.
    let figure = r#"<figure><img src="https://img.example/vote.jpg"><figcaption>Lawmakers vote in Seoul on Thursday.</figcaption></figure>"#;
    let a = page("", &article_with(&[(1, figure)]));
    assert!(a.text.contains("Lawmakers vote in Seoul on Thursday."), "{}", a.text);
}

#[test]
fn timestamp_lines_at_the_article_edges_go() {
    // Stamps as sites print them inside the article's container, in any language: above
    // the story, and below it.
    let html = article_with(&[
        (0, r#"<div class="meta"><span>18 NOV 2019</span></div>"#),
        (4, "<p>segunda-feira, 22 de janeiro de 2018 às 0:13</p>"),
    ]);
    let a = page("", &html);
    assert_paragraphs_whole(&a);
    assert_clean(&a, &["18 NOV 2019", "22 de janeiro"]);
    // A dated sentence of the story and a heading with a year stay.
    let html = article_with(&[
        (0, "<h2>Budget talks of 2025</h2>"),
        (4, "<p>The vote was held on April 16, 2025.</p>"),
    ]);
    let a = page("", &html);
    assert!(a.text.contains("Budget talks of 2025") && a.text.contains("April 16, 2025."), "{}", a.text);
}

#[test]
fn the_tag_list_after_the_article_goes() {
    let tags = r#"<p>Tags</p><p><a href="/tag/budget">supplementary budget</a>, <a href="/tag/assembly">National Assembly</a>, <a href="/tag/economy">economy</a>, <a href="/tag/tariffs">tariffs</a></p>"#;
    let a = page("", &article_with(&[(4, tags)]));
    assert_paragraphs_whole(&a);
    assert!(a.text.ends_with(PARAS[3]), "{}", a.text);
}

#[test]
fn other_stories_after_the_story_are_not_article_text() {
    // A blog-style page: a short story in one <article>, and the "You may like" box after
    // it holds other stories as <article>s of their own, each with a long opening paragraph.
    let teasers = [
        "Shipments of chips rose for a fifth month in March, as buyers in China, Taiwan and Vietnam stocked up before new tariffs, customs data showed, and carmakers shipped more to Europe.",
        "The central bank held its key rate at 2.75 percent on Thursday, saying growth was slowing, prices were stable, and household debt, though rising, was no reason to wait any longer.",
    ];
    let cards: String = teasers
        .iter()
        .enumerate()
        .map(|(i, t)| {
            format!(r#"<article class="post"><img src="https://img.example/{i}.jpg"><p>{t}</p></article>"#)
        })
        .collect();
    let body = format!(
        r#"<div id="primary"><article><h1>Assembly passes extra budget</h1><p>{}</p><p>{}</p></article>
        <article class="post related"><h3>You may like</h3>{cards}</article></div>"#,
        PARAS[0], PARAS[1]
    );
    let a = page("<title>Assembly passes extra budget — The Ledger</title>", &body);
    assert!(a.text.starts_with(PARAS[0]) && a.text.ends_with(PARAS[1]), "{}", a.text);
    assert_clean(&a, &["chips rose for a fifth month", "central bank held", "You may like"]);
    // Without a headline in any <article> (a live page), every entry is the story.
    let entries: String = PARAS.iter().map(|p| format!("<article><p>{p}</p></article>")).collect();
    let a = page(
        "<title>Budget vote: live updates — The Ledger</title>",
        &format!("<h1>Budget vote: live updates</h1><div>{entries}</div>"),
    );
    assert_paragraphs_whole(&a);
}

#[test]
fn text_that_looks_like_furniture_alone_is_kept() {
    // A formula's variables, a table's cells, a one-word name in capitals that links to its
    // page, and a list of menu commands: each alone reads like a button, a counter, a date
    // stamp or a kicker, but is the article's own text.
    let formula = "<p>The model fits <math><mi>a</mi><msup><mi>x</mi><mn>2</mn></msup><mo>+</mo><mi>b</mi><mi>x</mi></math> to the monthly data.</p>";
    let table = "<table><tr><th>City</th><th>Jan/Feb (°C)</th><th>Founded</th></tr>\
                 <tr><td>Seoul</td><td>14/7</td><td>7 May 1856</td></tr><tr><td>Busan</td><td>23/16</td><td>1 March 1876</td></tr></table>";
    let citation = r#"<p class="ref">Kim, Min-ji (2025). "Budget passes". <a href="/wiki/Yonhap">YONHAP</a><span>. Retrieved 2025-04-17.</span></p>"#;
    let commands = "<p>The new form has two buttons:</p><ul><li>Copy</li><li>Download</li></ul>";
    let a = page("", &article_with(&[(1, formula), (2, table), (3, commands), (4, citation)]));
    assert_paragraphs_whole(&a);
    for kept in ["ax2+bx", "14/7", "23/16", "7 May 1856", "YONHAP", "Copy", "Download"] {
        assert!(a.text.contains(kept), "lost {kept:?} in\n{}", a.text);
    }
}

#[test]
fn the_slides_of_a_slideshow_of_figures_are_not_article_text() {
    // A slideshow whose slides are <figure>s with a counter and a wire caption each.
    let slide = |i: usize, caption: &str| {
        format!(
            r#"<figure class="gallery--slider-item"><img src="https://img.example/{i}.jpg"><figcaption><span class="count">{i}<span>of</span>2</span><span>{caption}</span></figcaption></figure>"#
        )
    };
    let slideshow = format!(
        r#"<div class="gallery"><div class="gallery--slider">{}{}</div></div>"#,
        slide(1, "Shoppers look at extension cords at a hardware store in Seoul, Tuesday, ahead of the vote. (AP Photo)"),
        slide(2, "Lawmakers line up to vote at the National Assembly in Seoul on Thursday. (AP Photo)")
    );
    let a = page("", &article_with(&[(0, &slideshow)]));
    assert_paragraphs_whole(&a);
    assert_clean(&a, &["Shoppers look", "Lawmakers line up", "1of2", "of2"]);
}

#[test]
fn a_lone_share_button_goes_and_a_lone_word_stays() {
    let share = r#"<div class="post-share"><a href="whatsapp://send?text=budget">WhatsApp</a> <a href="https://pin.example/create">Pin</a></div>"#;
    let a = page("", &article_with(&[(1, share), (2, "<p><a href=\"/story/1\">link</a></p>")]));
    assert_paragraphs_whole(&a);
    assert_clean(&a, &["WhatsApp"]);
    assert!(a.text.contains("link"), "{}", a.text);
}

#[test]
fn a_figure_whose_picture_is_gone_leaves_no_labelled_lines() {
    // The picture was a placeholder that a script fills in (removed with the page's
    // scripts); the figure keeps only its screen-reader labels, credit and caption.
    let figure = r#"<figure class="media-landscape has-caption"><span class="image-and-copyright-container">
        <div class="js-delayed-image-load" data-src="https://img.example/vote.jpg"></div>
        <span class="off-screen">Image copyright</span> <span class="story-image-copyright">EPA</span></span>
        <figcaption class="media-caption"><span class="off-screen">Image caption</span>
        <span class="media-caption__text">Lawmakers vote on the budget in Seoul on Thursday</span></figcaption></figure>"#;
    let a = page("", &article_with(&[(2, figure)]));
    assert_paragraphs_whole(&a);
    assert_clean(&a, &["Image copyright", "EPA", "Image caption"]);
}

#[test]
fn a_heading_that_closes_the_article_goes() {
    // The comment form under the heading was removed with the page's forms.
    let comments = r#"<h3>Tell us what YOU think...</h3><form><textarea name="comment"></textarea></form>"#;
    let a = page("", &article_with(&[(4, comments)]));
    assert_paragraphs_whole(&a);
    assert!(a.text.ends_with(PARAS[3]), "{}", a.text);
    // A heading inside the story stays.
    let a = page("", &article_with(&[(2, "<h3>What comes next</h3>")]));
    assert!(a.text.contains("What comes next"), "{}", a.text);
}

#[test]
fn the_byline_and_the_site_name_printed_as_lines_leave_the_text() {
    let head =
        r#"<meta name="author" content="Kim Min-ji"><meta property="og:site_name" content="The Ledger">"#;
    let html = article_with(&[(0, "<p>KIM MIN-JI</p><p>The Ledger</p>")]);
    let a = page(head, &html);
    assert_paragraphs_whole(&a);
    assert_clean(&a, &["KIM MIN-JI", "The Ledger"]);
    assert_eq!(a.meta.byline.as_deref(), Some("Kim Min-ji"));
    // A line of the story that says more than the name stays.
    let html = article_with(&[(0, "<p>The Ledger poll</p>")]);
    let a = page(head, &html);
    assert!(a.text.contains("The Ledger poll"), "{}", a.text);
}
