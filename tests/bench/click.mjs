// Benchmark (prints numbers, never fails on a target): the time from the user's click on
// Lede's toolbar button to the painted overlay, with the built unpacked extension
// (dist/extension), in headless Chromium and in headless Firefox ESR, on the bundled sample
// article served plain and served with a strict CSP (tests/e2e/server.mjs: no WebAssembly in
// content scripts, so Chromium opens Lede's reader frame instead).
//
// usage: node tests/bench/click.mjs [--runs N] [--browsers chromium,firefox] [--pages plain,strict]
//
// Three first clicks, each on the plain and on the strict page:
//   - fresh browser: a new browser and profile each run: nothing compiled or cached yet;
//   - new tab:       a new tab in a browser that has already shown Lede once (the reader's
//                    common case: articles open in new tabs);
//   - reopen:        the overlay closed with Esc and opened again in the same tab.
// Two times per click, both the in-page clock (Date.now(), the same system clock as this
// script's):
//   - article painted: Lede's host (a <div>, its shadow root closed) has been added to the
//     root of the document that shows it (the page, or the reader frame) and the next
//     animation frame has run plus one task, i.e. that frame was produced. The overlay shows
//     the reader view: toolbar, header, the article's text;
//   - complete: the core has marked `lede-complete` (the summary panel, the article's
//     sentences and dollar chips drawn), and the next animation frame after that mark has
//     run plus one task. A build that draws everything at once (before progressive
//     painting) sets no such mark: there both times are the same frame. The click is Extensions.triggerAction over the DevTools protocol in Chromium and
// the browser action's own triggerAction in Firefox's chrome context, both the activeTab
// grant of a real click; the clock starts just before either is sent.
//
// The breakdown of a click (a fresh browser's first, and a reopening) comes from the
// performance marks Lede sets: extension/content.js in the page (script running, lede.js
// imported, module compiled, instantiated, frame made or shown, toggle entered and returned),
// extension/reader.js in the reader frame (the same, plus the page taken from the background),
// and the core's own (in toggle: extracted, article drawn, appended; in the task after the
// first frame: resumed, understood, analysed, panel, complete); the fetch of lede_bg.wasm
// from resource timing. The analysis alone is also timed in a fresh Chromium, in an extension page
// importing the core and calling analyze() twice.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { startServer } from "../e2e/server.mjs";
import { startFirefox } from "../e2e/webdriver.mjs";
import { SAMPLE } from "../e2e/sample.mjs";
import { launchChromium } from "./browser.mjs";
import { median, table, ms } from "./stats.mjs";

// LEDE_EXTENSION: another built extension (e.g. main's, for a before/after comparison).
const EXTENSION = process.env.LEDE_EXTENSION ?? fileURLToPath(new URL("../../dist/extension", import.meta.url));
const { values: opts } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    browsers: { type: "string", default: "chromium,firefox" },
    pages: { type: "string", default: "plain,strict" },
  },
});
const runs = Number(opts.runs);
const browsers = opts.browsers.split(",");
const PAGES = Object.fromEntries(
  Object.entries({ plain: `/article/${SAMPLE}`, strict: `/strict/article/${SAMPLE}` }).filter(([kind]) => opts.pages.split(",").includes(kind)),
);
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** Installed in every document (page and reader frame) before its scripts: notes when
 * Lede's host (a <div>; the sample page adds none of its own there) joins the root, when the
 * frame after that has been produced, and when the frame after the core's `lede-complete`
 * mark has been produced (`complete`; never, for a build that sets no such mark). */
const WATCH = () => {
  const watch = () => {
    new MutationObserver((records) => {
      const added = records.some((r) => [...r.addedNodes].some((n) => n.nodeName === "DIV"));
      if (!added) return;
      const dom = Date.now();
      const since = performance.now();
      const shown = { dom, since };
      const completed = () => performance.getEntriesByName("lede-complete").some((m) => m.startTime >= since);
      const untilComplete = () => requestAnimationFrame(() => {
        if (completed()) setTimeout(() => (shown.complete = Date.now()));
        else untilComplete();
      });
      requestAnimationFrame(() => setTimeout(() => {
        shown.painted = Date.now();
        window.ledePainted = shown;
        untilComplete();
      }));
    }).observe(document.documentElement, { childList: true });
  };
  if (document.documentElement) watch();
  else new MutationObserver((_, o) => document.documentElement && (o.disconnect(), watch())).observe(document, { childList: true });
};

/** The marks of extension/content.js (in the page) or extension/reader.js (in the reader
 * frame) and of the core's toggle, and the core's fetch, as epoch milliseconds (latest of
 * each). */
const MARKS = () => {
  const at = (t) => (t === undefined ? undefined : performance.timeOrigin + t);
  const mark = (n) => at(performance.getEntriesByName(`lede-${n}`).at(-1)?.startTime);
  const wasm = performance.getEntriesByType("resource").filter((e) => e.name.endsWith("/lede_bg.wasm")).at(-1);
  return {
    script: mark("script"), imported: mark("imported"), compiled: mark("compiled"), instantiated: mark("instantiated"),
    frame: mark("frame"), taken: mark("taken"), toggling: mark("toggling"), extracted: mark("extracted"),
    understood: mark("understood"), analysed: mark("analysed"), panel: mark("panel"), article: mark("article"),
    appended: mark("appended"), toggled: mark("toggled"), resumed: mark("resumed"), done: mark("complete"),
    wasmStart: at(wasm?.startTime), wasmEnd: at(wasm?.responseEnd),
  };
};

/** Whether Lede is closed in the page: no overlay, and no reader frame shown (the frame
 * stays, hidden, while the tab lives). */
const CLOSED = () =>
  !document.querySelector(":root > div") &&
  [...document.querySelectorAll(":root > iframe")].every((f) => getComputedStyle(f).display === "none");

/** Run in the document that shows Lede: its watch's times, and whether the core has gone on
 *  to the summary since the host was added. */
const WATCHED = () => ({
  ...window.ledePainted,
  resumed: performance.getEntriesByName("lede-resumed").some((m) => m.startTime >= window.ledePainted.since),
});

/** When the click was complete (epoch ms), from `read()` (WATCHED in the document that shows
 *  Lede, once its article is painted): a build that does not go on to the summary after the
 *  first frame drew it with the article. */
async function completion(read) {
  const end = Date.now() + 2_000;
  for (;;) {
    const w = await read();
    if (w.complete) return w.complete;
    if (!w.resumed && Date.now() > end) return w.painted;
    if (Date.now() > end + 20_000) throw new Error("click.mjs: the summary panel was never drawn");
    await sleep(10);
  }
}

/** Polls `probe()` until it returns a value; fails after `ms`. */
async function until(probe, what, ms = 20_000) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v) return v;
    if (Date.now() > end) throw new Error(`click.mjs: ${what}: nothing after ${ms} ms`);
    await sleep(10);
  }
}

// ---------------------------------------------------------------------------------------------
// Chromium

async function chromiumBrowser(origin) {
  const { context, close } = await launchChromium({ extension: EXTENSION });
  await context.addInitScript(WATCH);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const extensionId = new URL(worker.url()).host;
  const cdp = await context.browser().newBrowserCDPSession();
  const workerSaid = [];
  worker.on("console", (m) => workerSaid.push(m.text()));
  let opened = 0;
  const first = context.pages()[0];
  return {
    extensionBase: `chrome-extension://${extensionId}/`,
    close,
    /** A tab on `path` (the first tab of the browser the first time). */
    async open(path) {
      const tab = opened++ === 0 && first ? first : await context.newPage();
      await tab.setViewportSize({ width: 1280, height: 800 });
      await tab.goto(`${origin}${path}?tab=${opened}`);
      await tab.bringToFront();
      const { targetInfos } = await cdp.send("Target.getTargets", { filter: [{ type: "tab" }] });
      const targetId = targetInfos.find((t) => t.url === tab.url()).targetId;
      // reader.html may be loaded from a per-session dynamic origin (use_dynamic_url).
      const frames = () => tab.frames().filter((f) => /^chrome-extension:\/\/[^/]+\/reader\.html/.test(f.url()));
      return {
        tab,
        async click() {
          await tab.evaluate(() => (window.ledePainted = null));
          for (const f of frames()) await f.evaluate(() => (window.ledePainted = null)).catch(() => {});
          const clicked = Date.now();
          await cdp.send("Extensions.triggerAction", { id: extensionId, targetId });
          const [where, shown] = await until(async () => {
            const inPage = await tab.evaluate(() => window.ledePainted);
            if (inPage) return [tab, inPage];
            for (const f of frames()) {
              const inFrame = await f.evaluate(() => window.ledePainted).catch(() => null);
              if (inFrame) return [f, inFrame];
            }
          }, "the overlay").catch(async (e) => {
            const state = await tab.evaluate(() => [...document.documentElement.children].map((e) => e.tagName).join(" "));
            const marks = await tab.evaluate(() => performance.getEntriesByType("mark").map((m) => m.name).join(" "));
            throw new Error(`${e.message} (root children: ${state}; reader frames: ${frames().length}; ` +
              `content script marks: ${marks || "none"}; the extension's worker said: ${JSON.stringify(workerSaid)})`);
          });
          const complete = await completion(() => where.evaluate(WATCHED));
          return { dom: shown.dom - clicked, painted: shown.painted - clicked, complete: complete - clicked, clicked };
        },
        async close() {
          await tab.keyboard.press("Escape");
          await tab.waitForFunction(CLOSED);
        },
        /** The content script's marks, and the reader frame's under `inFrame` (strict page). */
        async marks() {
          const [reader] = frames();
          return { ...(await tab.evaluate(MARKS)), inFrame: reader ? await reader.evaluate(MARKS).catch(() => null) : null };
        },
      };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Firefox

async function firefoxBrowser(origin) {
  const ff = await startFirefox();
  const addonId = await ff.installAddon(EXTENSION);
  let opened = 0;
  const inChrome = async (script, args = []) => {
    await ff.setContext("chrome");
    try {
      return await ff.execute(script, args);
    } finally {
      await ff.setContext("content");
    }
  };
  return {
    close: () => ff.quit(),
    async open(path) {
      if (opened++ > 0) await ff.switchToWindow((await ff.newWindow("tab")).handle);
      await ff.navigate(`${origin}${path}?tab=${opened}`);
      await ff.execute(`(${WATCH})();`);
      const readerFrame = `return document.querySelector(":root > iframe")`;
      return {
        async click() {
          await ff.execute(`window.ledePainted = null;`);
          // The clock starts in the browser, just before the action runs.
          const clicked = await inChrome(
            `const { ExtensionParent } = ChromeUtils.importESModule("resource://gre/modules/ExtensionParent.sys.mjs");
             const extension = ExtensionParent.GlobalManager.getExtension(arguments[0]);
             const now = Date.now();
             ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
             return now;`,
            [addonId],
          );
          const shown = await until(async () => {
            const inPage = await ff.execute(`return window.ledePainted;`);
            if (inPage) return inPage;
            if (await ff.execute(readerFrame)) throw new Error("click.mjs: Firefox opened the reader frame (not measured)");
          }, "the overlay");
          const complete = await completion(() => ff.execute(`return (${WATCHED})();`));
          return { dom: shown.dom - clicked, painted: shown.painted - clicked, complete: complete - clicked, clicked };
        },
        async close() {
          await ff.pressKey("\uE00C");
          await until(() => ff.execute(`return (${CLOSED})();`), "close");
        },
        marks: () => ff.execute(`return (${MARKS})();`),
      };
    },
  };
}

// ---------------------------------------------------------------------------------------------

/** One line per measurement on stderr, so that a long run shows where it is. */
const progress = (...what) => process.stderr.write(`click.mjs: ${what.join(" ")}\n`);

/** A click's times as epoch ms, for the breakdown. */
const epoch = (t) => ({ clicked: t.clicked, painted: t.clicked + t.painted, complete: t.clicked + t.complete });

/** Measures fresh / new tab / reopen for one browser and one page kind. */
async function scenario(launch, origin, path) {
  const fresh = [], newTab = [], reopen = [], breakdown = [], reopenBreakdown = [];
  for (let i = 0; i < runs; i++) {
    const b = await launch(origin);
    try {
      const t = await b.open(path);
      const times = await t.click();
      progress(path, "fresh browser", times.painted, times.complete);
      fresh.push(times);
      breakdown.push({ ...(await t.marks()), ...epoch(times) });
    } finally {
      await b.close();
    }
  }
  const b = await launch(origin);
  try {
    await (await b.open(path)).click(); // the browser has shown Lede once
    let t;
    for (let i = 0; i < runs; i++) {
      t = await b.open(path);
      newTab.push(await t.click());
      progress(path, "new tab", newTab.at(-1).painted, newTab.at(-1).complete);
    }
    for (let i = 0; i < runs; i++) {
      await t.close();
      await sleep(50);
      const times = await t.click();
      reopen.push(times);
      progress(path, "reopen", times.painted, times.complete);
      reopenBreakdown.push({ ...(await t.marks()), ...epoch(times) });
    }
  } finally {
    await b.close();
  }
  return { fresh, newTab, reopen, breakdown, reopenBreakdown };
}

/** In a fresh Chromium: an extension page of Lede's own (options.html: pages cannot import
 * the core, its files are web-accessible only at a per-session address) imports the core and
 * analyses the sample's HTML twice. */
async function analysisAlone(origin) {
  const html = readFileSync(fileURLToPath(new URL(`../../www/samples/${SAMPLE}.html`, import.meta.url)), "utf8");
  const out = [];
  for (let i = 0; i < runs; i++) {
    const b = await chromiumBrowser(origin);
    try {
      const { tab } = await b.open(`/article/${SAMPLE}`);
      await tab.goto(`${b.extensionBase}options.html`);
      out.push(
        await tab.evaluate(async ([html, url]) => {
          const lede = await import("/pkg/lede.js");
          await lede.default({ module_or_path: "/pkg/lede_bg.wasm" });
          const t0 = performance.now();
          lede.analyze(html, url);
          const t1 = performance.now();
          lede.analyze(html, url);
          return { first: t1 - t0, second: performance.now() - t1 };
        }, [html, `${origin}/article/${SAMPLE}`]),
      );
    } finally {
      await b.close();
    }
  }
  return out;
}

const LAUNCH = { chromium: chromiumBrowser, firefox: firefoxBrowser };
const GOALS = { fresh: 150, newTab: 100, reopen: 30 };
const server = await startServer();
const results = {};
let alone;
try {
  for (const browser of browsers) {
    for (const [kind, path] of Object.entries(PAGES)) {
      try {
        results[`${browser} ${kind}`] = await scenario(LAUNCH[browser], server.origin, path);
      } catch (e) {
        console.log(`${browser}, ${kind} page: not measured: ${e.message}`);
      }
    }
  }
  if (browsers.includes("chromium")) {
    alone = await analysisAlone(server.origin).catch((e) => console.log(`the analysis alone: not measured: ${e.message}`));
  }
} finally {
  await server.close();
}

const cell = (times, key) => {
  if (!times?.length) return "-";
  const values = times.map((t) => t[key]);
  return `${median(values)} / ${Math.max(...values)}`;
};
console.log(`Click to Lede painted, ${SAMPLE}.html, ${EXTENSION}, ${runs} runs: median / max (ms)`);
console.log("  article: the frame that shows the reader view (header, article); complete: the frame after the summary panel is drawn");
const columns = ["fresh: article", "complete", "new tab: article", "complete", "reopen: article", "complete"];
console.log(table(["browser, page", ...columns], Object.entries(results).map(([name, r]) => [
  name, ...[r.fresh, r.newTab, r.reopen].flatMap((times) => [cell(times, "painted"), cell(times, "complete")]),
])));
console.log(`  goals (issue 10, for Lede painted): fresh browser <= ${GOALS.fresh}, new tab <= ${GOALS.newTab}, reopen <= ${GOALS.reopen} (strict-CSP frame reopen <= 60)`);

// The steps of a click, in order; each is the time from one mark to the next. `f` is the
// reader frame's marks (strict page, Chromium). The fetch runs alongside the import.
// The analysis and the drawing: the same steps in the page and in the reader frame, read
// from the marks `at` picks (`pageMarks` or `frameMarks`); `b.painted` and `b.complete` are
// the watch's, in whichever document shows Lede. First the reader view, painted; then, on
// the first task after that frame, the rest.
const analysisAndRender = (at) => [
  ["extract (parse, clean, blocks)", (b, f) => at(b, f).extracted - at(b, f).toggling],
  ["draw the reader view (toolbar, header, panel frame, article text)", (b, f) => at(b, f).article - at(b, f).extracted],
  ["host appended", (b, f) => at(b, f).appended - at(b, f).article],
  ["focus (style + layout), listeners", (b, f) => at(b, f).toggled - at(b, f).appended],
  ["to the painted frame: the article is shown", (b, f) => b.painted - at(b, f).toggled],
  ["then to the core's next task (after the watch's)", (b, f) => at(b, f).resumed - b.painted],
  ["understand (sentences, actors, figures, dates, rates)", (b, f) => at(b, f).understood - at(b, f).resumed],
  ["the JSON contract (Analysis::new)", (b, f) => at(b, f).analysed - at(b, f).understood],
  ["summary panel", (b, f) => at(b, f).panel - at(b, f).analysed],
  ["article again, with sentences and dollar chips", (b, f) => at(b, f).done - at(b, f).panel],
  ["to the painted frame: complete", (b, f) => b.complete - at(b, f).done],
];
const pageMarks = (b) => b;
const frameMarks = (b, f) => f;
const FIRST_IN_PAGE = [
  ["click -> content script running", (b) => b.script - b.clicked],
  ["import pkg/lede.js", (b) => b.imported - b.script],
  ["  alongside: fetch lede_bg.wasm (request to last byte)", (b) => b.wasmEnd - b.wasmStart],
  ["compile lede_bg.wasm (streaming; what is left after the import)", (b) => b.compiled - b.imported],
  ["instantiate", (b) => b.instantiated - b.compiled],
  ["snapshot + settings", (b) => b.toggling - b.instantiated],
  ...analysisAndRender(pageMarks),
];
const FIRST_IN_FRAME = [
  ["click -> content script running", (b) => b.script - b.clicked],
  ["content script: core refused, page to the background, frame made", (b) => b.frame - b.script],
  ["reader.html + pkg/lede.js loaded", (b, f) => f.imported - b.frame],
  ["page taken from the background", (b, f) => f.taken - f.imported],
  ["fetch + compile lede_bg.wasm (streaming)", (b, f) => f.compiled - f.taken],
  ["  of which fetch (request to last byte)", (b, f) => f.wasmEnd - f.wasmStart],
  ["instantiate", (b, f) => f.instantiated - f.compiled],
  ["settings", (b, f) => f.toggling - f.instantiated],
  ...analysisAndRender(frameMarks),
];
const REOPEN_IN_PAGE = [
  ["click -> content script running", (b) => b.script - b.clicked],
  ["snapshot + settings", (b) => b.toggling - b.script],
  ...analysisAndRender(pageMarks),
];
const REOPEN_IN_FRAME = [
  ["click -> content script running", (b) => b.script - b.clicked],
  ["snapshot, warm frame shown", (b) => b.frame - b.script],
  ["page to the frame through the background", (b, f) => f.toggling - b.frame],
  ...analysisAndRender(frameMarks),
];
const TOTALS = [
  ["total, click to the article painted", (b) => b.painted - b.clicked],
  ["total, click to complete", (b) => b.complete - b.clicked],
];

function printBreakdown(title, marks, steps) {
  const rows = [...steps, ...TOTALS].map(([step, f]) => {
    const values = marks.map((b) => f(b, b.inFrame ?? {})).filter(Number.isFinite);
    return [step, values.length ? ms(median(values)) : "-"];
  });
  console.log(`\n${title} (median ms)`);
  console.log(table(["step", "median"], rows));
}

for (const [name, r] of Object.entries(results)) {
  const inFrame = r.breakdown.some((b) => b.inFrame?.toggled);
  if (!inFrame && !r.breakdown.some((b) => b.toggled)) continue;
  printBreakdown(`Where a fresh-browser first click goes, ${name} page, from Lede's own marks`, r.breakdown, inFrame ? FIRST_IN_FRAME : FIRST_IN_PAGE);
  printBreakdown(`Where a reopening goes, ${name} page`, r.reopenBreakdown, inFrame ? REOPEN_IN_FRAME : REOPEN_IN_PAGE);
}
if (alone) {
  console.log("\nThe analysis alone, fresh Chromium, an extension page importing the core (median ms)");
  console.log(table(["call", "median"], [
    ["first analyze(outerHTML, url)", ms(median(alone.map((a) => a.first)))],
    ["second analyze, same page", ms(median(alone.map((a) => a.second)))],
  ]));
  console.log("  (the first analysis above is this one, inside the first click)");
}
