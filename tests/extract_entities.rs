//! Character references in a story's text, decoded as a browser decodes them: named ones
//! (with and without the semicolon, one or two code points, the longest name that matches),
//! and text that only looks like one left as written.

use lede::{analyze, Input, Options};

#[test]
fn named_character_references_read_as_the_browser_shows_them() {
    let story = [
        "Lawmakers passed the supplementary budget late on Thursday after a week of talks between the ruling and opposition parties.",
        "The ministry&rsquo;s report, &copy; 2025, lists AT&T &amp Verizon among the bidders; its table of symbols prints &notit; and &NotNestedGreaterGreater; and &nosuchthing; and &ampersand as written.",
        "Economists expect the spending to add about 0.1 percentage point to growth this year, according to estimates published by the central bank on Friday.",
    ];
    let body: String = story.iter().map(|p| format!("<p>{p}</p>")).collect();
    let html =
        format!("<html><body><article><h1>Assembly passes extra budget</h1>{body}</article></body></html>");
    let a = analyze(
        Input::Html(&html),
        &Options { url: Some("https://news.example/2025/04/17/budget".into()), ..Options::default() },
    );
    let shown = "The ministry\u{2019}s report, \u{a9} 2025, lists AT&T & Verizon among the bidders; its table of symbols prints \u{ac}it; and \u{2aa2}\u{338} and &nosuchthing; and &ersand as written.";
    assert!(a.text.contains(shown), "{}", a.text);
}
