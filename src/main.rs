//! The `lede` command line: `lede analyze PATH|- [options]`.

use std::io::Read;
use std::process::ExitCode;

use lede::{analyze, report, Input, Options};

mod timing;

const USAGE: &str = "\
usage: lede analyze PATH|- [--url URL] [--plain] [--published YYYY-MM-DD]
                           [--rate WON_PER_DOLLAR] [--format json|md|text]
       lede time FILE.html...   (median time of each pipeline stage over the pages)

Reads an HTML page (or plain text with --plain; paragraphs split on blank lines) and prints
its analysis: metadata, the cleaned article, actors, figures, dates and exchange rates.
  --url URL          the page's address (resolves links; reported in meta.url)
  --published DATE   reference date for relative dates when the page states none
  --rate N           your own won-per-dollar rate, used only when the article states none
  --format F         json (default, the analysis contract), md or text (a readable summary)";

#[derive(Clone, Copy)]
enum Format {
    Json,
    Markdown,
    Text,
}

struct Args {
    path: String,
    plain: bool,
    format: Format,
    options: Options,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    match args.next().as_deref() {
        Some("analyze") => {}
        Some("-h" | "--help") | None => return Err(String::new()),
        Some(other) => return Err(format!("unknown command `{other}`")),
    }
    let mut path = None;
    let mut plain = false;
    let mut format = Format::Json;
    let mut options = Options::default();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--url" => options.url = Some(value("--url")?),
            "--plain" => plain = true,
            "--published" => {
                let v = value("--published")?;
                if lede::calendar::normalize_iso_date(&v).is_none() {
                    return Err(format!("--published wants YYYY-MM-DD, got `{v}`"));
                }
                options.published = Some(v);
            }
            "--rate" => {
                let v = value("--rate")?;
                match v.replace(',', "").parse::<f64>() {
                    Ok(r) if r.is_finite() && r > 0.0 => options.user_won_per_dollar = Some(r),
                    _ => return Err(format!("--rate wants a positive number of won per dollar, got `{v}`")),
                }
            }
            "--format" => {
                format = match value("--format")?.as_str() {
                    "json" => Format::Json,
                    "md" | "markdown" => Format::Markdown,
                    "text" => Format::Text,
                    other => return Err(format!("unknown format `{other}` (json, md or text)")),
                }
            }
            "-h" | "--help" => return Err(String::new()),
            _ if path.is_none() && (arg == "-" || !arg.starts_with('-')) => path = Some(arg),
            _ => return Err(format!("unexpected argument `{arg}`")),
        }
    }
    let path = path.ok_or("missing PATH (use - for standard input)")?;
    Ok(Args { path, plain, format, options })
}

fn read_input(path: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    if path == "-" {
        std::io::stdin().read_to_end(&mut bytes).map_err(|e| format!("cannot read standard input: {e}"))?;
    } else {
        bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    }
    // Pages in the wild are not always valid UTF-8; a replaced byte beats a refusal.
    Ok(String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

fn main() -> ExitCode {
    let mut argv = std::env::args().skip(1).peekable();
    if argv.peek().map(String::as_str) == Some("time") {
        return timing::run(argv.skip(1).collect());
    }
    let args = match parse_args(argv) {
        Ok(args) => args,
        Err(msg) if msg.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(msg) => {
            eprintln!("lede: {msg}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let source = match read_input(&args.path) {
        Ok(s) => s,
        Err(msg) => {
            eprintln!("lede: {msg}");
            return ExitCode::from(1);
        }
    };
    let input = if args.plain { Input::Plain(&source) } else { Input::Html(&source) };
    let analysis = analyze(input, &args.options);
    let out = match args.format {
        Format::Json => serde_json::to_string_pretty(&analysis).expect("the analysis always serialises"),
        Format::Markdown => report::markdown(&analysis),
        Format::Text => report::plain_text(&analysis),
    };
    println!("{out}");
    ExitCode::SUCCESS
}
