// Benchmark (prints numbers, never fails on a target): how fast Lede's WASM core analyses real
// article pages inside Chromium, against Mozilla Readability.js in the same tab and against
// Lede's own native build.
//
// usage: node tests/bench/speed.mjs [--rounds N] [--native target/release/lede] PAGE.html...
//
// How: a 127.0.0.1 server gives headless Chromium one harness page (harness.html) that loads
// the extension's built core (dist/extension/pkg: lede.js + lede_bg.wasm) and Readability.js
// (node_modules/@mozilla/readability). For each page the harness fetches the HTML once, then
// times, N rounds each (performance.now; the page is cross-origin isolated, so the clock is
// fine-grained):
//   - Lede:         analyze(html, url), the full analysis from the HTML string to its JSON;
//   - Readability:  new DOMParser().parseFromString(html) + new Readability(doc).parse(),
//                   and parse() alone.
// A page's time is the median of its rounds; the tables give the median, p90 and max over
// pages and the ratio of medians. A short untimed warm-up lets the JIT and the WASM tier-up
// settle first. With --native (the release binary) each page is also timed natively, just
// before its browser rounds so that both sides see the same machine load (this machine is
// shared): `lede time` (in-process, median of 5 rounds, on a warm process: see nativeTimes).
// Then it prints the WASM/native ratio and the WASM size.
import { execFileSync } from "node:child_process";
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { parseArgs } from "node:util";
import { launchChromium } from "./browser.mjs";
import { median, percentile, table, ms, ratio } from "./stats.mjs";

const root = (path) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const WASM = root("dist/extension/pkg/lede_bg.wasm");
const FILES = {
  "/": [root("tests/bench/harness.html"), "text/html; charset=utf-8"],
  "/pkg/lede.js": [root("dist/extension/pkg/lede.js"), "text/javascript"],
  "/pkg/lede_bg.wasm": [WASM, "application/wasm"],
  "/readability.js": [root("node_modules/@mozilla/readability/Readability.js"), "text/javascript"],
};

const { values: opts, positionals: pages } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: "string", default: "5" }, native: { type: "string" } },
});
const rounds = Number(opts.rounds);
if (pages.length === 0 || !(rounds >= 1)) {
  console.error("usage: node tests/bench/speed.mjs [--rounds N] [--native target/release/lede] PAGE.html...");
  process.exit(2);
}

/** Serves the harness, the core, Readability.js and /page/I (the I-th page's HTML). */
async function serve() {
  const server = createServer((req, res) => {
    // Cross-origin isolation gives performance.now() its fine resolution.
    const headers = { "Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": "require-corp" };
    const page = /^\/page\/(\d+)$/.exec(req.url);
    const [file, type] = page ? [pages[Number(page[1])], "text/html; charset=utf-8"] : FILES[req.url] ?? [];
    if (!file) return res.writeHead(404).end();
    res.writeHead(200, { ...headers, "Content-Type": type }).end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((ok) => server.close(ok)) };
}

/** Runs `lede time PAGE PAGE PAGE` and reads its table: { extract, understand, total } in ms.
 * The page is given three times and the median pass counts, so that, like the browser tab,
 * the process is warm: a lone pass is ~30% slower (cold caches, the core's lazy set-up). */
function nativeTimes(page) {
  const out = execFileSync(opts.native, ["time", page, page, page], { encoding: "utf8" });
  const stages = {};
  for (const m of out.matchAll(/^\s*(extract|understand|total)\s+([\d.]+)/gm)) stages[m[1]] = Number(m[2]);
  return stages;
}

/** Each page's median over the rounds, per measure. */
async function measure(tab) {
  for (let i = 0; i < Math.min(5, pages.length); i++) await tab.evaluate((i) => timePage(i, 1), i); // warm-up
  const perPage = [];
  for (let i = 0; i < pages.length; i++) {
    const native = opts.native ? nativeTimes(pages[i]) : {};
    const r = await tab.evaluate(([i, n]) => timePage(i, n), [i, rounds]);
    perPage.push({
      name: basename(pages[i]).slice(0, 12),
      lede: median(r.lede), readability: median(r.readability), parseOnly: median(r.parseOnly),
      ledeFound: r.ledeWords > 0, readabilityFound: r.readabilityWords > 0,
      nativeExtract: native.extract, nativeUnderstand: native.understand, nativeTotal: native.total,
    });
  }
  return perPage;
}

const server = await serve();
const { context, close } = await launchChromium();
let perPage;
try {
  const tab = await context.newPage();
  await tab.goto(server.origin + "/");
  await tab.waitForFunction(() => window.benchReady === true);
  console.log(`Chromium ${context.browser()?.version() ?? ""}, ${pages.length} pages, median of ${rounds} rounds each (ms per page)`);
  perPage = await measure(tab);
} finally {
  await close();
  await server.close();
}

const column = (key) => perPage.map((p) => p[key]);
const stats = (key) => [median(column(key)), percentile(column(key), 0.9), Math.max(...column(key))];
const [lede, readability, parseOnly] = [stats("lede"), stats("readability"), stats("parseOnly")];
const found = (key) => `${perPage.filter((p) => p[key]).length}/${perPage.length}`;

console.log("\nIssue 6: Lede's full analysis (WASM) vs Readability.js extraction, same tab");
console.log(table(["measure", "median", "p90", "max", "articles"], [
  ["Lede analyze(html, url)", ...lede.map(ms), found("ledeFound")],
  ["Readability DOMParser + parse()", ...readability.map(ms), found("readabilityFound")],
  ["Readability parse() alone", ...parseOnly.map(ms), ""],
]));
console.log();
console.log(table(["ratio of medians", "value", "aim"], [
  ["Lede / Readability (with DOMParser)", ratio(lede[0] / readability[0]), "<= 1.00x"],
  ["Lede / Readability parse() alone", ratio(lede[0] / parseOnly[0]), ""],
]));
const faster = perPage.filter((p) => p.lede <= p.readability).length;
console.log(`  Lede at least as fast as Readability (with DOMParser) on ${faster}/${perPage.length} pages`);
console.log("\nSlowest pages for Lede:");
console.log(table(["page", "Lede", "Readability", "parse() alone"],
  [...perPage].sort((a, b) => b.lede - a.lede).slice(0, 5).map((p) => [p.name, ms(p.lede), ms(p.readability), ms(p.parseOnly)])));

if (opts.native) {
  const wasm = readFileSync(WASM);
  const perPageRatio = median(perPage.map((p) => p.lede / p.nativeTotal));
  console.log("\nIssue 3: WASM in Chromium vs native release build (lede time), same pages, interleaved");
  console.log(table(["measure", "median", "p90", "max"], [
    ["native extract", ...stats("nativeExtract").map(ms)],
    ["native understand", ...stats("nativeUnderstand").map(ms)],
    ["native total", ...stats("nativeTotal").map(ms)],
    ["WASM analyze (total + JSON)", ...lede.map(ms)],
  ]));
  console.log();
  console.log(table(["WASM analyze / native total", "value", "aim"], [
    ["ratio of medians", ratio(lede[0] / stats("nativeTotal")[0]), "<= 2.50x"],
    ["median of per-page ratios", ratio(perPageRatio), ""],
  ]));
  console.log();
  console.log(table(["WASM core (dist/extension/pkg/lede_bg.wasm)", "KB"], [
    ["raw", (wasm.length / 1024).toFixed(0)],
    ["gzip -9", (gzipSync(wasm, { level: 9 }).length / 1024).toFixed(0)],
  ]));
}
