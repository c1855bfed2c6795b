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
