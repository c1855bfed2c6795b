// Benchmark (prints numbers, never fails): the cost of the first analysis in a fresh
// JavaScript realm, which is what a reader's first click on a new tab pays, against the
// second. Each round runs in a new Node process: instantiate the module (pkg/ as built by
// build.sh), then time analyze() on the page twice. Prints the median over rounds per page.
//
// usage: node tests/bench/first-call.mjs [--pkg DIR] [--rounds N] PAGE.html...
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const { values: opts, positionals: pages } = parseArgs({
  allowPositionals: true,
  options: { pkg: { type: "string" }, rounds: { type: "string", default: "7" }, child: { type: "boolean" } },
});
const pkg = resolve(opts.pkg ?? fileURLToPath(new URL("../../pkg", import.meta.url)));

if (opts.child) {
  const { initSync, analyze } = await import(pathToFileURL(`${pkg}/lede.js`).href);
  const html = readFileSync(pages[0], "utf8");
  const t0 = performance.now();
  initSync({ module: readFileSync(`${pkg}/lede_bg.wasm`) });
  const t1 = performance.now();
  analyze(html, "https://example.org/article");
  const t2 = performance.now();
  analyze(html, "https://example.org/article");
  const t3 = performance.now();
  console.log(JSON.stringify([t1 - t0, t2 - t1, t3 - t2]));
} else {
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const me = fileURLToPath(import.meta.url);
  console.log(`${"page".padEnd(40)} ${"init".padStart(8)} ${"first".padStart(8)} ${"second".padStart(8)}  (ms, median of ${opts.rounds})`);
  const all = [[], [], []];
  for (const page of pages) {
    const runs = [];
    for (let i = 0; i < Number(opts.rounds); i++) {
      runs.push(JSON.parse(execFileSync(process.execPath, [me, "--child", "--pkg", pkg, page], { encoding: "utf8" })));
    }
    const m = [0, 1, 2].map((k) => median(runs.map((r) => r[k])));
    m.forEach((v, k) => all[k].push(v));
    console.log(`${basename(page).padEnd(40)} ${m.map((v) => v.toFixed(1).padStart(8)).join(" ")}`);
  }
  console.log(`${"median over pages".padEnd(40)} ${all.map((xs) => median(xs).toFixed(1).padStart(8)).join(" ")}`);
}
