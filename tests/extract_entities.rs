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

/// Sites that escape their metadata twice (`&amp;#8217;` in an attribute) mean the character:
/// the excerpt shows it, as Readability.js shows it, and text that only looks like a
/// reference stays as written.
#[test]
fn references_escaped_twice_in_the_metadata_are_decoded() {
    let description = "Lee&amp;#8217;s plan &amp;amp; the &amp;#x201C;extra&amp;#x201D; budget &amp;mdash; AT&amp;T; &amp;#0; &amp;nosuchthing; 5&amp;";
    let html = format!(
        "<html><head><meta name=\"description\" content=\"{description}\"></head><body><article><h1>Assembly passes extra budget</h1>\
         <p>Lawmakers passed the supplementary budget late on Thursday after a week of talks between the ruling and opposition parties.</p>\
         <p>Economists expect the spending to add about 0.1 percentage point to growth this year, according to the central bank.</p></article></body></html>"
    );
    let a = analyze(
        Input::Html(&html),
        &Options { url: Some("https://news.example/a".into()), ..Options::default() },
    );
    assert_eq!(
        a.meta.excerpt.as_deref(),
        Some("Lee\u{2019}s plan & the \u{201C}extra\u{201D} budget \u{2014} AT&T; &#0; &nosuchthing; 5&")
    );
}
