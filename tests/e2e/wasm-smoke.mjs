// build.sh's check that the built module instantiates and works: loads pkg/ in Node,
// analyses a sample page and fails loudly unless the article comes out.
// usage: node tests/e2e/wasm-smoke.mjs PAGE.html
import { readFileSync } from "node:fs";
import { initSync, analyze } from "../../pkg/lede.js";

const page = process.argv[2];
const wasm = readFileSync(new URL("../../pkg/lede_bg.wasm", import.meta.url));
initSync({ module: wasm });
const analysis = JSON.parse(analyze(readFileSync(page, "utf8"), "https://example.org/article"));
const words = analysis.text.split(/\s+/).filter(Boolean).length;
if (!analysis.meta.title || words < 50) {
  console.error(`wasm-smoke: ${page}: no article came out (title ${JSON.stringify(analysis.meta.title)}, ${words} words)`);
  process.exit(1);
}
console.log(`WASM core instantiates: "${analysis.meta.title}", ${words} words`);
