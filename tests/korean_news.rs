//! Articles written in the style of Korean news in English (Yonhap, The Korea Herald,
//! Korea JoongAng Daily, Maeil Business), each with what a careful reader would list beside it:
//! `tests/korean_news/<article>.txt` is the text (read as plain text, first paragraph the
//! headline), `<article>.json` the reader's list (persons with the roles the text gives them,
//! organisations with their other names, dates with their resolved values, money), and
//! `<article>.faults` what Lede still gets wrong there, one fault a line.
//!
//! The test compares the faults found now with the `.faults` file, so a change that fixes one
//! or adds one says so. After an intended change, re-bless and review the diff:
//!
//! ```text
//! LEDE_BLESS=1 cargo test --test korean_news
//! git diff tests/korean_news
//! ```
//!
//! `cargo test --test korean_news -- --nocapture` prints found / missed / false per kind.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use lede::analysis::{ActorKind, Analysis, FigureKind};
use lede::{analyze, Input, Options};
use serde::Deserialize;

/// What a careful reader lists for one article.
#[derive(Deserialize)]
struct Reader {
    published: String,
    /// Each person's name and the roles a reader would accept (empty: the text gives none).
    persons: BTreeMap<String, Vec<String>>,
    /// Each organisation as its names (the full one first, then the other names it goes by).
    organizations: Vec<Vec<String>>,
    /// Names and date surfaces that are neither right nor wrong to list.
    optional: Vec<String>,
    /// (surface, value) in the order of the text.
    dates: Vec<(String, String)>,
    /// (surface, amount, currency) in the order of the text.
    money: Vec<(String, f64, String)>,
}

/// Found, missed and false entries of one kind, and the faults behind the last two.
#[derive(Default)]
struct Tally {
    found: usize,
    missed: usize,
    wrong: usize,
}

#[derive(Default)]
struct Outcome {
    tallies: BTreeMap<&'static str, Tally>,
    faults: Vec<String>,
}

impl Outcome {
    fn hit(&mut self, kind: &'static str) {
        self.tallies.entry(kind).or_default().found += 1;
    }
    fn miss(&mut self, kind: &'static str, fault: String) {
        self.tallies.entry(kind).or_default().missed += 1;
        self.faults.push(fault);
    }
    fn wrong(&mut self, kind: &'static str, fault: String) {
        self.tallies.entry(kind).or_default().wrong += 1;
        self.faults.push(fault);
    }
}

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/korean_news")
}

fn articles() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir())
        .expect("tests/korean_news")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
}

fn same(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
}

/// Roles compare without a leading article: "the powerful sister of …" is the role
/// "powerful sister of …".
fn same_role(a: &str, b: &str) -> bool {
    let bare = |r: &str| {
        let lower = r.to_lowercase();
        ["the ", "a ", "an "].iter().find_map(|p| lower.strip_prefix(p).map(str::to_string)).unwrap_or(lower)
    };
    bare(a) == bare(b)
}

fn persons(a: &Analysis, reader: &Reader, out: &mut Outcome) {
    for (name, roles) in &reader.persons {
        let Some(p) = a.actors.iter().find(|x| x.kind == ActorKind::Person && same(&x.name, name)) else {
            out.miss("person", format!("missed person {name}"));
            continue;
        };
        out.hit("person");
        if roles.is_empty() {
            continue;
        }
        if p.roles.iter().any(|r| roles.iter().any(|g| same_role(r, g))) {
            out.hit("role");
        } else {
            out.wrong("role", format!("wrong role {name}: {:?}", p.roles));
        }
    }
    let known =
        |n: &str| reader.persons.keys().any(|g| same(g, n)) || reader.optional.iter().any(|o| same(o, n));
    for p in a.actors.iter().filter(|x| x.kind == ActorKind::Person && !known(&x.name)) {
        out.wrong("person", format!("false person {}", p.name));
    }
}

fn organizations(a: &Analysis, reader: &Reader, out: &mut Outcome) {
    let orgs: Vec<_> = a.actors.iter().filter(|x| x.kind == ActorKind::Organization).collect();
    let mut used = vec![false; orgs.len()];
    for names in &reader.organizations {
        let answers = |i: usize| {
            let o = orgs[i];
            names.iter().any(|n| same(&o.name, n) || o.aliases.iter().any(|al| same(al, n)))
        };
        match (0..orgs.len()).find(|&i| !used[i] && answers(i)) {
            Some(i) => {
                used[i] = true;
                out.hit("organization");
            }
            None => out.miss("organization", format!("missed organization {}", names[0])),
        }
    }
    for (o, _) in orgs.iter().zip(&used).filter(|(_, u)| !**u) {
        let listed = |n: &str| reader.persons.keys().any(|g| same(g, n));
        if reader.optional.iter().any(|n| same(n, &o.name)) {
            continue;
        }
        let what = if listed(&o.name) { "person as organization" } else { "false organization" };
        out.wrong("organization", format!("{what} {}", o.name));
    }
}

/// Character spans of each surface, searched in the order given from just after where the last
/// one began (a surface may lie inside the one before it, or repeat it).
fn locate(text: &str, surfaces: impl Iterator<Item = String>) -> Vec<(usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let mut from = 0;
    surfaces
        .map(|s| {
            let needle: Vec<char> = s.chars().collect();
            let at = (from..chars.len().saturating_sub(needle.len() - 1))
                .find(|&i| chars[i..i + needle.len()] == needle[..])
                .unwrap_or_else(|| panic!("{s:?} is not in the text after character {from}"));
            from = at + 1;
            (at, at + needle.len())
        })
        .collect()
}

/// Pairs each gold span with the first unused predicted span overlapping it.
fn pair_spans(gold: &[(usize, usize)], predicted: &[(usize, usize)]) -> Vec<Option<usize>> {
    let mut used = vec![false; predicted.len()];
    gold.iter()
        .map(|&(s, e)| {
            let i = (0..predicted.len()).find(|&i| !used[i] && predicted[i].0 < e && s < predicted[i].1)?;
            used[i] = true;
            Some(i)
        })
        .collect()
}

fn optional_span(a: &Analysis, reader: &Reader, span: (usize, usize)) -> bool {
    let chars: Vec<char> = a.text.chars().collect();
    let around: String = chars[span.0.saturating_sub(40)..(span.1 + 40).min(chars.len())].iter().collect();
    let surface: String = chars[span.0..span.1].iter().collect();
    reader
        .optional
        .iter()
        .any(|o| around.contains(o.as_str()) && (o.contains(&surface) || surface.contains(o.as_str())))
}

fn dates(a: &Analysis, reader: &Reader, out: &mut Outcome) {
    let gold = locate(&a.text, reader.dates.iter().map(|d| d.0.clone()));
    let predicted: Vec<_> = a.dates.iter().map(|d| (d.start, d.end)).collect();
    let pairs = pair_spans(&gold, &predicted);
    for ((surface, value), pair) in reader.dates.iter().zip(&pairs) {
        match pair.map(|i| &a.dates[i]) {
            None => out.miss("date", format!("missed date {surface}")),
            Some(d) if d.value.as_deref() == Some(value.as_str()) => out.hit("date"),
            Some(d) => out.wrong("date", format!("wrong date {surface}: {:?} {:?}", d.surface, d.value)),
        }
    }
    for (i, d) in a.dates.iter().enumerate() {
        if !pairs.contains(&Some(i)) && !optional_span(a, reader, (d.start, d.end)) {
            out.wrong("date", format!("false date {}: {:?}", d.surface, d.value));
        }
    }
}

fn money(a: &Analysis, reader: &Reader, out: &mut Outcome) {
    let figures: Vec<_> = a.figures.iter().filter(|f| f.kind == FigureKind::Money).collect();
    let gold = locate(&a.text, reader.money.iter().map(|m| m.0.clone()));
    let predicted: Vec<_> = figures.iter().map(|f| (f.start, f.end)).collect();
    let pairs = pair_spans(&gold, &predicted);
    for ((surface, amount, currency), pair) in reader.money.iter().zip(&pairs) {
        match pair.map(|i| figures[i]) {
            None => out.miss("money", format!("missed money {surface}")),
            Some(f) => {
                let cur = serde_json::to_value(f.currency).expect("a currency serialises");
                if (f.value - amount).abs() <= amount.abs() * 0.005 && cur == currency.as_str() {
                    out.hit("money");
                } else {
                    out.wrong("money", format!("wrong money {surface}: {} {cur}", f.value));
                }
            }
        }
    }
    for (i, f) in figures.iter().enumerate() {
        if !pairs.contains(&Some(i)) {
            out.wrong("money", format!("false money {}", f.surface));
        }
    }
}

fn judge(text_path: &Path) -> Outcome {
    let reader: Reader = serde_json::from_str(
        &std::fs::read_to_string(text_path.with_extension("json")).expect("every article has its .json"),
    )
    .unwrap_or_else(|e| panic!("{}: {e}", text_path.display()));
    let text = std::fs::read_to_string(text_path).expect("the article");
    let a = analyze(
        Input::Plain(&text),
        &Options { published: Some(reader.published.clone()), ..Options::default() },
    );
    let mut out = Outcome::default();
    persons(&a, &reader, &mut out);
    organizations(&a, &reader, &mut out);
    dates(&a, &reader, &mut out);
    money(&a, &reader, &mut out);
    out
}

#[test]
fn what_a_reader_of_korean_news_sees() {
    let bless = std::env::var_os("LEDE_BLESS").is_some();
    let mut total: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut changed = Vec::new();
    for path in articles() {
        let out = judge(&path);
        for (kind, t) in &out.tallies {
            let sum = total.entry(kind).or_default();
            (sum.found, sum.missed, sum.wrong) =
                (sum.found + t.found, sum.missed + t.missed, sum.wrong + t.wrong);
        }
        let faults_path = path.with_extension("faults");
        let now = out.faults.iter().map(|f| format!("{f}\n")).collect::<String>();
        if bless {
            std::fs::write(&faults_path, &now).expect("write the .faults file");
        } else if std::fs::read_to_string(&faults_path).unwrap_or_default() != now {
            changed.push(format!("{}:\n{now}", faults_path.display()));
        }
    }
    println!("kind          found  missed  false/wrong");
    for (kind, t) in &total {
        println!("{kind:<12} {:>6} {:>7} {:>12}", t.found, t.missed, t.wrong);
    }
    assert!(
        changed.is_empty(),
        "faults changed (re-bless with LEDE_BLESS=1 if intended):\n{}",
        changed.join("\n")
    );
}
