//! `cargo +nightly fuzz run analyze`: the whole pipeline on arbitrary bytes, as HTML and as
//! plain text, must never panic and must keep every block's offsets inside `text`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lede::{analyze, Input, Options};

fuzz_target!(|data: &[u8]| {
    let page = String::from_utf8_lossy(data);
    let options = Options { url: Some("https://koreajoongangdaily.joins.com/news/2025-04-16/national/1".into()), ..Options::default() };
    for input in [Input::Html(&page), Input::Plain(&page)] {
        let a = analyze(input, &options);
        let chars = a.text.chars().count();
        assert!(a.blocks.iter().all(|b| b.start <= b.end && b.end <= chars));
    }
});
