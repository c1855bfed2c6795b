#!/usr/bin/env bash
# Lede's one entry point.
#   ./build.sh          set up what is missing, build the core, the extension and the zips,
#                       then print the analysis of a bundled sample article
#   ./build.sh test     every test: native, WASM in Chromium and Firefox, end to end, lint
#   ./build.sh demo     serve www/ on 127.0.0.1 and print its address
#   ./build.sh bench    score against ../shared/bench (the only command that reads it)
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

build_native() {
  say "native release build"
  cargo build --release --quiet
}

cmd_bench() {
  local shared="${LEDE_SHARED:-$ROOT/../shared}"
  [ -d "$shared/bench" ] || { echo "bench: $shared/bench not found (set LEDE_SHARED)"; exit 1; }
  build_native
  say "extraction: public article benchmark (scrapinghub, 115 pages)"
  python3 "$shared/tools/score_extraction.py" --worst 5
  say "extraction: Mozilla Readability test pages (130 pages)"
  python3 "$shared/tools/score_readability.py" --worst 5
  say "understanding: entity suites"
  python3 "$shared/tools/score_entities.py"
  say "speed per stage, in-process, native release (scrapinghub pages)"
  local pages="$ROOT/target/bench-pages"
  rm -rf "$pages" && mkdir -p "$pages"
  for f in "$shared"/bench/scrapinghub/html/*.html.gz; do gzip -dc "$f" > "$pages/$(basename "$f" .gz)"; done
  ./target/release/lede time "$pages"/*.html
}

case "${1:-all}" in
  all) build_native; ./target/release/lede analyze www/samples/joongang-trade-talks.html --format text ;;
  test) cargo test --quiet ;;
  bench) cmd_bench ;;
  *) echo "usage: ./build.sh [test|demo|bench]"; exit 2 ;;
esac
