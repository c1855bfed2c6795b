//! Golden files: the `lede` command line's output on every sample page in `www/samples/`
//! (listed in its `index.json`, each with its own address as `--url`), compared byte for
//! byte with `tests/golden/<sample>.json` (the analysis contract), `.md` and `.txt` (the
//! summary). Any change of output fails here, so a refactor that means to change nothing
//! proves it, and a change that means to move an output says which.
//!
//! After an intended change, re-bless and review the diff before committing it:
//!
//! ```text
//! LEDE_BLESS=1 cargo test --test golden
//! git diff tests/golden
//! ```

use std::path::{Path, PathBuf};
use std::process::Command;

/// The output formats kept, with the file ending each is kept under.
const FORMATS: [(&str, &str); 3] = [("json", "json"), ("md", "md"), ("text", "txt")];

struct Sample {
    file: String,
    url: String,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn samples() -> Vec<Sample> {
    let index =
        std::fs::read_to_string(root().join("www/samples/index.json")).expect("www/samples/index.json");
    let entries: Vec<serde_json::Value> = serde_json::from_str(&index).expect("index.json is a JSON list");
    entries
        .iter()
        .map(|e| Sample {
            file: e["file"].as_str().expect("every sample names its file").to_string(),
            url: e["url"].as_str().expect("every sample names its address").to_string(),
        })
        .collect()
}

fn run_cli(page: &Path, url: &str, format: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_lede"))
        .arg("analyze")
        .arg(page)
        .args(["--url", url, "--format", format])
        .output()
        .expect("the lede binary runs");
    assert!(
        out.status.success(),
        "lede analyze {} failed: {}",
        page.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("lede prints UTF-8")
}

#[test]
fn every_sample_prints_its_golden_output() {
    let bless = std::env::var_os("LEDE_BLESS").is_some();
    let golden_dir = root().join("tests/golden");
    let samples = samples();
    assert!(!samples.is_empty(), "www/samples/index.json lists no sample");
    let mut moved = Vec::new();
    for sample in &samples {
        let stem = sample.file.strip_suffix(".html").unwrap_or(&sample.file);
        for (format, ending) in FORMATS {
            let actual = run_cli(&root().join("www/samples").join(&sample.file), &sample.url, format);
            let path = golden_dir.join(format!("{stem}.{ending}"));
            if bless {
                std::fs::create_dir_all(&golden_dir).expect("tests/golden can be created");
                std::fs::write(&path, &actual).expect("golden file can be written");
                continue;
            }
            let expected = std::fs::read_to_string(&path).unwrap_or_default();
            if expected != actual {
                let line = expected.lines().zip(actual.lines()).position(|(e, a)| e != a);
                let line = line.unwrap_or(expected.lines().count().min(actual.lines().count()));
                moved.push(format!(
                    "{}: first difference at line {}\n  golden: {:?}\n  now:    {:?}",
                    path.display(),
                    line + 1,
                    expected.lines().nth(line).unwrap_or("<end of file>"),
                    actual.lines().nth(line).unwrap_or("<end of file>"),
                ));
            }
        }
    }
    assert!(
        moved.is_empty(),
        "output moved from the golden files (if intended: LEDE_BLESS=1 cargo test --test golden, then review \
         git diff tests/golden):\n{}",
        moved.join("\n")
    );
}
