//! `lede time`: how long each pipeline stage takes on real pages, measured in-process so
//! that process start and I/O do not count. Used by `./build.sh bench`.

use std::process::ExitCode;
use std::time::Instant;

use lede::{extract, understand, Options};

/// Rounds per page; the median of the rounds is the page's time.
const ROUNDS: usize = 5;

pub fn run(files: Vec<String>) -> ExitCode {
    if files.is_empty() {
        eprintln!("lede time: give one or more HTML files");
        return ExitCode::from(2);
    }
    let (mut extract_ms, mut understand_ms) = (Vec::new(), Vec::new());
    for file in &files {
        let html = match std::fs::read(file) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) => {
                eprintln!("lede time: cannot read {file}: {e}");
                continue;
            }
        };
        let (mut ex, mut un) = (Vec::with_capacity(ROUNDS), Vec::with_capacity(ROUNDS));
        for _ in 0..ROUNDS {
            let t0 = Instant::now();
            let article = extract::extract(&html, None);
            let t1 = Instant::now();
            let findings = understand::understand(&article, &Options::default());
            std::hint::black_box(findings);
            let t2 = Instant::now();
            ex.push((t1 - t0).as_secs_f64() * 1e3);
            un.push((t2 - t1).as_secs_f64() * 1e3);
        }
        extract_ms.push(median(&mut ex));
        understand_ms.push(median(&mut un));
    }
    let n = extract_ms.len();
    let mut total: Vec<f64> = extract_ms.iter().zip(&understand_ms).map(|(a, b)| a + b).collect();
    println!("{n} pages, median of {ROUNDS} rounds each (ms per page):");
    println!("  {:<11} {:>7} {:>7} {:>7}", "stage", "median", "p90", "max");
    for (name, v) in [("extract", &mut extract_ms), ("understand", &mut understand_ms), ("total", &mut total)]
    {
        let (m, p90, max) = (median(v), percentile(v, 0.9), v.iter().cloned().fold(0.0, f64::max));
        println!("  {name:<11} {m:>7.2} {p90:>7.2} {max:>7.2}");
    }
    ExitCode::SUCCESS
}

fn median(v: &mut [f64]) -> f64 {
    percentile(v, 0.5)
}

/// Nearest-rank percentile.
fn percentile(v: &mut [f64], q: f64) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    v.sort_by(f64::total_cmp);
    let rank = ((q * v.len() as f64).ceil() as usize).clamp(1, v.len());
    v[rank - 1]
}
