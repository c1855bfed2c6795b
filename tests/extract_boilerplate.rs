//! What the reader view keeps and drops around and inside a story, on pages written here:
//! boilerplate found by its structure goes, the story's own text stays whole.

use lede::analysis::{Analysis, BlockKind};
use lede::{analyze, Input, Options};

const STORY: [&str; 4] = [
    "Lawmakers passed the supplementary budget late on Thursday after a week of talks between the ruling and opposition parties, clearing the way for spending on chips and farms.",
    "The finance minister said the money would reach households before the summer, and that the government would borrow less than it had planned in January.",
    "Opposition leaders said the bill was too small to help small businesses hit by tariffs, but agreed to pass it so that relief payments could begin next month.",
    "Economists expect the spending to add about 0.1 percentage point to growth this year, according to estimates published by the central bank on Friday.",
];

/// A page whose `<article>` holds the story's paragraphs, with `extra` HTML inserted
/// before paragraph `at` (after the last one for `at >= 4`).
fn story_with(head: &str, extra: &[(usize, &str)]) -> Analysis {
    let mut body = String::from("<article><h1>Assembly passes extra budget</h1>");
    for at in 0..=STORY.len() {
        body.extend(
            extra.iter().filter(|(i, _)| *i == at || (at == STORY.len() && *i > at)).map(|(_, h)| *h),
        );
        if let Some(p) = STORY.get(at) {
            body.push_str(&format!("<p>{p}</p>"));
        }
    }
    let html = format!("<html><head>{head}</head><body>{body}</article></body></html>");
    analyze(
        Input::Html(&html),
        &Options { url: Some("https://news.example/2025/04/17/budget".into()), ..Options::default() },
    )
}

fn assert_story_whole(a: &Analysis) {
    for p in STORY {
        assert!(a.text.contains(p), "lost {p:?} in\n{}", a.text);
    }
}

fn assert_kept(a: &Analysis, kept: &[&str]) {
    for k in kept {
        assert!(a.text.contains(k), "lost {k:?} in\n{}", a.text);
    }
}

fn assert_gone(a: &Analysis, gone: &[&str]) {
    for g in gone {
        assert!(!a.text.contains(g), "{g:?} left in\n{}", a.text);
    }
}

#[test]
fn a_paragraph_that_opens_like_a_caption_is_not_the_caption() {
    // Caption and story name the same person the same way; the story's sentence goes on
    // to say something else, and stays.
    let figure = r#"<figure><img src="https://img.example/han.jpg"><figcaption>Prime Minister Han Duck-soo of South Korea speaks at a cabinet meeting in Seoul on Tuesday. (Yonhap)</figcaption></figure>
        <p>Prime Minister Han Duck-soo of South Korea said on Tuesday that the budget would be spent within three months.</p>"#;
    let a = story_with("", &[(1, figure)]);
    assert_story_whole(&a);
    assert_kept(&a, &["said on Tuesday that the budget would be spent within three months"]);
}

#[test]
fn code_keeps_every_line_whatever_its_markup_is_named() {
    // A syntax highlighter marks comments, dates and tools with classes that name furniture
    // elsewhere ("comment", "tools").
    let code = r#"<pre class="language-c"><code><span class="token comment">// budget.c</span>
<span class="tools">int</span> total(int a, int b) { return a + b; }
<span class="token comment">Updated 5:27 am</span></code></pre>"#;
    let a = story_with("", &[(2, code)]);
    assert_story_whole(&a);
    assert_kept(&a, &["// budget.c", "return a + b;", "Updated 5:27 am"]);
}

#[test]
fn the_lead_picture_stays_a_picture_whatever_its_class_says() {
    // The picture's class names the advertisement slot beside it; the picture is the
    // story's, and its caption is never left behind as a paragraph of the story.
    let lead = r#"<div class="box"><img src="https://img.example/vote.jpg" class="block-image-ads hero-image" alt="Lawmakers vote in Seoul on Thursday.">
        <div class="caption-text">Lawmakers vote in Seoul on Thursday.</div><div class="credit">(Image: © Yonhap)</div></div>"#;
    let a = story_with("", &[(0, lead)]);
    assert_story_whole(&a);
    let figures: Vec<_> = a.blocks.iter().filter(|b| b.kind == BlockKind::Figure).collect();
    assert_eq!(figures.len(), 1, "{:?}", a.blocks);
    assert_eq!(figures[0].src.as_deref(), Some("https://img.example/vote.jpg"));
    let caption_as_paragraph =
        a.blocks.iter().any(|b| b.kind == BlockKind::P && b.text.starts_with("Lawmakers vote"));
    assert!(!caption_as_paragraph, "{:?}", a.blocks);
}

#[test]
fn the_story_s_own_links_and_names_of_networks_stay() {
    // A linked sentence that sends the reader to the report the story is about, and a
    // list of the networks a survey asked about: words that alone look like buttons.
    let survey = "<p>The survey asked which networks people used for news:</p><ul><li>Facebook</li><li>KakaoTalk</li><li>Twitter</li></ul>";
    let link = r#"<p><a href="https://bank.example/report.pdf">Click here to read the central bank's full report.</a></p>"#;
    let a = story_with("", &[(2, survey), (4, link)]);
    assert_story_whole(&a);
    assert_kept(
        &a,
        &["Facebook", "KakaoTalk", "Twitter", "Click here to read the central bank's full report."],
    );
}

#[test]
fn calls_to_sign_up_and_follow_around_the_story_go() {
    // Calls to action printed in the story's container, as plain paragraphs with no class
    // that names them: above the story, and below it.
    let above = r#"<p><strong>Start your day with The Brief. <a href="https://list.example/brief">The Brief</a> is the morning read of the finance desk.</strong> Sign up for The Brief to get it in your inbox.</p>"#;
    let below = r#"<p>Follow <a href="https://social.example/ledgerdeals">@LedgerDeals</a> on Twitter to keep up with the latest deals. Prices may change at any time.</p>
        <p><a href="https://video.example/ledger">Subscribe to The Ledger on YouTube for more budget news:</a></p>"#;
    let a = story_with("", &[(0, above), (4, below)]);
    assert_story_whole(&a);
    assert_gone(&a, &["Start your day", "in your inbox", "@LedgerDeals", "on YouTube"]);
    // The story's own imperatives, and a call the story reports, stay.
    let inside = "<p>Sign up for the ministry's newsletter, officials urged farmers, so that relief payments arrive on time.</p>";
    let a = story_with("", &[(2, inside), (4, "<p>Follow the money, the senator said.</p>")]);
    assert_kept(&a, &["officials urged farmers", "Follow the money, the senator said."]);
}

#[test]
fn sign_up_and_comment_boxes_inside_the_story_go() {
    // A newsletter box between two paragraphs, and the comment box after the story: each
    // a form that asks for an e-mail address and a few words around it.
    let signup = r#"<div id="emailSignup"><h4>Morning Brief</h4><div>Let our news meet your inbox. The stories that matter, delivered weekday mornings.</div>
        <form><input name="emailAddress" placeholder="Your Email Address"><button type="button">Sign Up</button></form></div>"#;
    let comments = r#"<div id="respond"><h3>Leave a Reply</h3><p>Your email address will not be published.</p>
        <form><textarea name="comment"></textarea><input type="email" name="email"><input type="submit" value="Post"></form></div>"#;
    let a = story_with("", &[(2, signup), (4, comments)]);
    assert_story_whole(&a);
    assert_gone(&a, &["Morning Brief", "meet your inbox", "Leave a Reply", "will not be published"]);
}

#[test]
fn a_list_of_other_stories_between_paragraphs_goes() {
    // Headlines of the site's other stories, as a plain list right after a paragraph.
    let others = r#"<ul><li><a href="/exports">Exports rise for a third month as chips boom</a></li>
        <li><a href="/won">Won falls to its lowest in two years</a></li>
        <li><a href="/plants">Chipmakers bet on three new plants</a></li></ul>"#;
    let a = story_with("", &[(3, others)]);
    assert_story_whole(&a);
    assert_gone(&a, &["Exports rise", "Won falls", "Chipmakers bet"]);
    // A list of documents the story introduces stays.
    let reports = r#"<p>The central bank published three reports on the budget's effects:</p>
        <ul><li><a href="/r1">Monetary Policy Report, April 2025</a></li><li><a href="/r2">Financial Stability Report, June 2025</a></li>
        <li><a href="/r3">Minutes of the April rate meeting</a></li></ul>"#;
    let a = story_with("", &[(3, reports)]);
    assert_kept(
        &a,
        &["Monetary Policy Report", "Financial Stability Report", "Minutes of the April rate meeting"],
    );
}

#[test]
fn the_site_s_list_of_its_own_stories_goes_with_its_label() {
    let head = r#"<meta property="og:site_name" content="LEDGER">"#;
    let more = r#"<p>More Great LEDGER Stories</p><ul>
        <li><a href="/exports">Exports rise for a third month</a>; plus, the chips behind the boom</li>
        <li>📱 Torn between savings accounts? <a href="/guide">Check out our guide to the best rates</a></li></ul>"#;
    let a = story_with(head, &[(4, more)]);
    assert_story_whole(&a);
    assert_gone(&a, &["More Great LEDGER Stories", "Exports rise", "savings accounts"]);
    // A list under a label that does not name the site stays.
    let sources = r#"<p>Sources</p><ul><li><a href="https://bank.example/r1">Monetary Policy Report</a>, April 2025</li>
        <li><a href="https://bank.example/r2">Financial Stability Report</a>, June 2025</li></ul>"#;
    let a = story_with(head, &[(4, sources)]);
    assert_kept(&a, &["Monetary Policy Report", "Financial Stability Report"]);
}

#[test]
fn a_linked_headline_between_paragraphs_goes() {
    // Single headlines of other stories dropped between the paragraphs, each a paragraph
    // that is all link, with no class or label naming them.
    let also = r#"<a href="/tariffs"><span>Also on ledger.example</span> <span>Exporters brace for a second round of tariffs as talks stall</span></a>"#;
    let read = r#"<p><a href="/won">[Read: Why the won keeps falling against the dollar]</a></p>"#;
    let a = story_with("", &[(1, also), (3, read)]);
    assert_story_whole(&a);
    assert_gone(&a, &["Exporters brace", "Why the won keeps falling"]);
}

#[test]
fn the_authors_title_under_the_byline_goes_with_the_byline() {
    let byline = r#"<div class="byline"><p>By <a href="/by/jamie-park">Jamie Park</a></p><div><p>Opinion Columnist</p></div></div>"#;
    let a = story_with("", &[(0, byline)]);
    assert_story_whole(&a);
    assert_eq!(a.meta.byline.as_deref(), Some("By Jamie Park"));
    assert_gone(&a, &["Opinion Columnist"]);
    // Without a byline the same words are the story's own: a heading-like line stays.
    let a = story_with("", &[(0, "<p>Staff Writer</p>")]);
    assert_kept(&a, &["Staff Writer"]);
}

#[test]
fn the_caption_of_a_picture_the_page_had_not_loaded_goes() {
    // A lazy picture: the snapshot holds its placeholder and caption, not the picture; the
    // caption alone, run into its credit, would read as a paragraph of the story.
    let lazy = r#"<figure class="small"><div class="theimg" data-test="picture__placeholder"><div style="padding-top:67%"></div></div>
        <figcaption><span>Finance Minister Choi Sang-mok speaks at the National Assembly on April 16, 2025.</span><span>Kim Min-ji / Yonhap file</span></figcaption></figure>"#;
    let a = story_with("", &[(2, lazy)]);
    assert_story_whole(&a);
    assert_gone(&a, &["speaks at the National Assembly", "Yonhap file"]);
    // A picture that is there keeps its caption.
    let shown = r#"<figure><img src="https://img.example/choi.jpg"><figcaption>Finance Minister Choi Sang-mok speaks at the National Assembly.</figcaption></figure>"#;
    let a = story_with("", &[(2, shown)]);
    assert_kept(&a, &["speaks at the National Assembly"]);
}

#[test]
fn the_newsroom_s_credit_line_after_the_story_goes() {
    // Who else reported and edited the story: the line that closes a wire story.
    for credit in [
        "<p>(Reporting by Kim Min-ji; Editing by Lee Jae-won)</p>",
        "<p><i>Associated Press writers Kim Min-ji and Lee Jae-won contributed to this report.</i></p>",
    ] {
        let a = story_with("", &[(4, credit)]);
        assert_story_whole(&a);
        assert_gone(&a, &["Kim Min-ji"]);
    }
    // A paragraph of the story about reporting stays.
    let own =
        "<p>Reporting by the state broadcaster showed that the ministry knew of the shortfall in March.</p>";
    let a = story_with("", &[(4, own)]);
    assert_kept(&a, &["Reporting by the state broadcaster"]);
}

#[test]
fn a_table_s_rows_stay_whatever_they_look_like_alone() {
    // A quote table: each row, read alone, is a linked line in capitals (a kicker's shape).
    let quotes = r#"<table class="stock-fundamentals"><thead><tr><th>Ticker</th><th>Security</th><th>Last</th><th>Change %</th></tr></thead>
        <tbody><tr><td><a href="/quote?t=005930">005930</a></td><td>SAMSUNG ELECTRONICS CO.</td><td>55,300</td><td>-1.25%</td></tr>
        <tr><td><a href="/quote?t=000660">000660</a></td><td>SK HYNIX INC.</td><td>178,000</td><td>+0.85%</td></tr></tbody></table>"#;
    let a = story_with("", &[(2, quotes)]);
    assert_story_whole(&a);
    assert_kept(&a, &["SAMSUNG ELECTRONICS CO.", "SK HYNIX INC.", "-1.25%"]);
}

#[test]
fn a_list_of_other_stories_after_a_one_sentence_paragraph_goes() {
    let closing = r#"<p>The figures were published on Friday in the central bank's quarterly report.</p>
        <ul><li><a href="/a">Ten budgets that changed the country</a></li><li><a href="/b">Five strangest tax breaks</a></li>
        <li><a href="/c">Seven things the won bought in 1990</a></li></ul>"#;
    let a = story_with("", &[(4, closing)]);
    assert_story_whole(&a);
    assert_kept(&a, &["published on Friday in the central bank's quarterly report"]);
    assert_gone(&a, &["Ten budgets", "Five strangest", "Seven things"]);
}

#[test]
fn a_caption_loses_its_bracketed_credit_whole() {
    // "(Image credit: ...)" closing a caption: the credit goes with its bracket and label,
    // leaving no "(Image" behind.
    let figure = r#"<figure><img src="https://img.example/lander.jpg"><figcaption>An artist's concept of the lunar lander. (Image credit: Blue Origin)</figcaption></figure>"#;
    let a = story_with("", &[(2, figure)]);
    assert_story_whole(&a);
    assert_kept(&a, &["An artist's concept of the lunar lander."]);
    assert_gone(&a, &["(Image", "Blue Origin"]);
}

/// A page with a `<title>`, the headline, `header_rest` after it, and the story's paragraphs
/// in their own container (or as siblings of `header_rest` when `own_body` is false).
fn headed_page(header_rest: &str, own_body: bool) -> Analysis {
    let story: String = STORY.iter().map(|p| format!("<p>{p}</p>")).collect();
    let body = if own_body {
        format!(
            r#"<div class="top"><h1>Assembly passes extra budget</h1></div>{header_rest}<div class="body">{story}</div>"#
        )
    } else {
        format!("<h1>Assembly passes extra budget</h1>{header_rest}{story}")
    };
    let html = format!(
        "<html><head><title>Assembly passes extra budget | Daily Ledger</title></head><body><article>{body}</article></body></html>"
    );
    analyze(
        Input::Html(&html),
        &Options { url: Some("https://news.example/2025/04/17/budget".into()), ..Options::default() },
    )
}

#[test]
fn the_standfirst_under_the_headline_is_metadata_and_the_lead_stays() {
    let dek = "<p>The bill clears the way for spending on chips, farms and small shops before the summer holidays.</p>";
    let a = headed_page(dek, true);
    assert_story_whole(&a);
    assert_gone(&a, &["clears the way"]);
    assert_eq!(
        a.meta.standfirst.as_deref(),
        Some("The bill clears the way for spending on chips, farms and small shops before the summer holidays.")
    );
    // The first paragraph that the story's paragraphs follow is the story's lead.
    let a = headed_page(dek, false);
    assert_kept(&a, &["clears the way"]);
    assert_eq!(a.meta.standfirst, None);
}

#[test]
fn a_linked_coordinate_is_no_shouted_kicker() {
    // A line of its own, a link, every letter a capital: the shape of a shouted kicker.
    let place = r#"<p>Coordinates:</p><p><span class="geo-inline"><a href="https://geo.example/?p=37.5;127.0">37°N 127°E / 37.5°N 127.0°E</a></span></p>"#;
    let a = story_with("", &[(2, place)]);
    assert_story_whole(&a);
    assert_kept(&a, &["37°N 127°E / 37.5°N 127.0°E"]);
}

#[test]
fn a_linked_line_in_capitals_is_the_story_s_own() {
    // A results story opens with a link to its full results in capitals, as a line of its
    // own; a quoted line in capitals opens a section. Their shape says nothing of furniture.
    let results = r#"<p><a href="/sports/2025/swim-results.pdf"><strong>FULL STATE MEET RESULTS BY EVENT</strong></a></p>"#;
    let quoted = r#"<p><strong>"WE SWAM FOR EACH OTHER"</strong></p>"#;
    let a = story_with("", &[(0, results), (3, quoted)]);
    assert_story_whole(&a);
    assert_kept(&a, &["FULL STATE MEET RESULTS BY EVENT", "WE SWAM FOR EACH OTHER"]);
}

#[test]
fn a_label_and_a_link_point_away_in_any_language() {
    // "Related: <link>" breaks the story in every language a site writes; the story's own
    // sentence with a colon and a linked phrase stays, and so does a linked line without a
    // label (the linked-headline rule decides those by their place).
    let lines = [
        (
            1,
            r#"<p><strong>Leia também:</strong> <a href="/a">Câmara aprova orçamento extra para agricultores</a></p>"#,
        ),
        (2, r#"<p><a href="/b"><span>Related: Ten budgets that changed the country</span></a></p>"#),
        (
            3,
            r#"<p>The bill's text is online: <a href="/bill.pdf">read the supplementary budget bill</a> on the Assembly's site, with the vote.</p>"#,
        ),
    ];
    let a = story_with("", &lines);
    assert_story_whole(&a);
    assert_gone(&a, &["Leia também", "Câmara aprova", "Ten budgets"]);
    assert_kept(&a, &["The bill's text is online: read the supplementary budget bill"]);
}
