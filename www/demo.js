// The demo page: loads the WASM core from /pkg/ and shows the analysis of a bundled sample
// (www/samples/index.json lists them) or of pasted HTML, drawn by the overlay's renderer.
import init, { analyze, merge_settings, render_demo } from "/pkg/lede.js";

const $ = (id) => document.getElementById(id);
const status = (text) => ($("status").textContent = text);

async function samples() {
  try {
    const res = await fetch("samples/index.json");
    if (!res.ok) throw new Error(res.statusText);
    // Entries are file names or objects with `file` and `title`.
    return (await res.json()).map((e) => (typeof e === "string" ? { file: e, title: e } : { file: e.file ?? e.path, title: e.title ?? e.file ?? e.path }));
  } catch {
    return [{ file: "joongang-trade-talks.html", title: "Korea JoongAng Daily: trade talks" }];
  }
}

// The demo keeps its reading settings in localStorage, merged key by key as the extension
// does in storage.sync.
function storedSettings() {
  try {
    return JSON.parse(localStorage.getItem("lede-settings") ?? "{}");
  } catch {
    return {};
  }
}
const saveSettings = (patch) =>
  localStorage.setItem("lede-settings", JSON.stringify(merge_settings(storedSettings(), patch)));

function show(html, url) {
  const started = performance.now();
  render_demo($("lede"), html, url, storedSettings(), saveSettings);
  const ms = performance.now() - started;
  $("json").textContent = JSON.stringify(JSON.parse(analyze(html, url)), null, 2);
  status(`Analysed and drawn in ${ms.toFixed(1)} ms.`);
}

async function main() {
  status("Loading the core…");
  await init();
  for (const { file, title } of await samples()) $("sample").add(new Option(title, file));
  $("show-sample").addEventListener("click", async () => {
    const url = new URL(`samples/${$("sample").value}`, location.href).href;
    show(await (await fetch(url)).text(), url);
  });
  $("show-pasted").addEventListener("click", () => show($("html").value, $("url").value.trim()));
  $("show-sample").click();
}

main().catch((e) => status(`Lede could not start: ${e}`));
