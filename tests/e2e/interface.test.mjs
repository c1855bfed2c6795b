// End-to-end tests of the interface faults a reader noticed on real pages (issue 13), in
// headless Chromium (playwright-core) and headless Firefox ESR (geckodriver), on pages
// written here:
//   a page whose root font size is 62.5%: Lede's buttons and text keep their size → "root font size ..."
//   opening Aa at the top of an article moves nothing, and it closes as a popover → "Aa ..."
//   the strict-CSP reader frame shows a quiet loading state until the overlay is drawn → "the reader frame ..."
//     (Chromium only: Firefox runs the core in the content script on every page, so it
//     never opens the reader frame)
//   a picture that fails to load leaves only its caption                          → "a picture that fails ..."
//
// As in overlay.test.mjs, the built module (pkg/) is loaded into the page itself, by the
// page's own harness script, which wraps attachShadow so that the test can read the
// overlay's closed shadow root. The same in-page functions run in both browsers.
//
// Environment: LEDE_PKG (default pkg/), CHROMIUM (default /usr/bin/chromium), LEDE_BROWSERS
// (default chromium,firefox; Firefox needs geckodriver on PATH).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { startFirefox } from "./webdriver.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const PKG = process.env.LEDE_PKG ?? join(ROOT, "pkg");
const EXTENSION = join(ROOT, "extension");
const BROWSERS = (process.env.LEDE_BROWSERS ?? "chromium,firefox").split(",").filter(Boolean);
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

// ---------------------------------------------------------------------------------------
// The pages.

const PARAGRAPHS = [
  "The city council approved a new budget for public transport on Tuesday, after a debate that lasted most of the afternoon.",
  "Under the plan, bus fares will stay the same for two years while the council spends 40 million dollars on new electric buses.",
  "Council member Dana Whitfield said the money would come from a tax on parking that drivers in the centre already pay.",
  "Opponents argued that the parking tax hurts small shops, whose customers often arrive by car from the suburbs.",
  "The transport authority expects the first new buses to run on the busiest routes by the end of next year.",
  "A review of the plan is scheduled for the spring, when the council will publish how many riders the new routes carried.",
];
const CAPTION = "Electric buses wait at the central depot before their first morning routes.";

/** A news article; `style` goes into its <head>, `figure` (HTML) after the second paragraph. */
function article({ style = "", figure = "", lead = "" } = {}) {
  const ps = PARAGRAPHS.map((p) => `<p>${p}</p>`);
  ps.splice(2, 0, figure);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Council approves transport budget | City Times</title>
<meta property="og:title" content="Council approves transport budget">
<meta property="og:site_name" content="City Times">
${lead ? `<meta property="og:image" content="${lead}">` : ""}
<style>${style}</style>
<script type="module" src="/harness.js"></script></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>Council approves transport budget</h1>
<p class="byline">By Sam Ortega</p>
${ps.join("\n")}
</article></main><footer>© City Times</footer></body></html>`;
}

const PAGES = {
  "/plain": article(),
  "/root-small": article({ style: "html { font-size: 62.5%; } body { font-size: 1.6rem; }" }),
  "/broken-picture": article({
    figure: `<figure><img src="/missing/buses.jpg" alt="${CAPTION}" width="800" height="450"><figcaption>${CAPTION}</figcaption></figure>`,
    lead: "/missing/lead.jpg",
  }),
};

// The test pages' own script: it wraps attachShadow before Lede runs (so the test can reach
// the closed root through ledeRoot()) and loads the built module when the test opens Lede.
const HARNESS = `
const attach = Element.prototype.attachShadow;
const roots = [];
Element.prototype.attachShadow = function (init) {
  const root = attach.call(this, init);
  roots.push(root);
  return root;
};
window.ledeRoot = () => roots.at(-1);
window.openLede = async (settings, pictures) => {
  const m = await import("/pkg/lede.js");
  await m.default();
  window.lede = m;
  const page = { html: document.documentElement.outerHTML, url: location.href, pictures: pictures.map((p) => new URL(p, location.href).href) };
  const opened = m.toggle(page, settings, () => {});
  // The summary panel comes after the reader view: its body is aria-busy until it is drawn.
  while (opened && ledeRoot().querySelector("[aria-busy]")) await new Promise((ok) => setTimeout(ok, 10));
  return opened;
};
`;

// The reader frame outside the extension: a stand-in for the extension APIs reader.js uses.
// The background hands over the page only when the test calls window.__give(page).
const READER_STUB = `<script>
  globalThis.chrome = {
    runtime: {
      sendMessage: async (m) => m.type === "lede-reader-take" ? new Promise((give) => { window.__give = give; }) : undefined,
      onMessage: { addListener() {} },
    },
    storage: { sync: { get: async () => ({ settings: {} }), set: async () => {} }, onChanged: { addListener() {} } },
  };
</script>`;

async function serve() {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (PAGES[path]) return res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(PAGES[path]);
    if (path === "/harness.js") return res.writeHead(200, { "Content-Type": "text/javascript" }).end(HARNESS);
    let file;
    if (path.startsWith("/pkg/")) file = join(PKG, path.slice(5));
    else if (path.startsWith("/extension/pkg/")) file = join(PKG, path.slice(15));
    else if (path.startsWith("/extension/")) file = join(EXTENSION, path.slice(11));
    if (!file || ![PKG, EXTENSION].some((root) => normalize(file).startsWith(root))) return res.writeHead(404).end();
    try {
      let body = await readFile(file);
      if (file === join(EXTENSION, "reader.html")) body = String(body).replace("<script", `${READER_STUB}\n<script`);
      const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm" };
      res.writeHead(200, { "Content-Type": types[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((ok) => server.close(ok)) };
}

// ---------------------------------------------------------------------------------------
// In-page helpers (serialised into the page: self-contained).

/** Calls the page's harness (HARNESS): opens Lede on the page as it is now. */
function openLede({ settings, pictures }) {
  return window.openLede(settings, pictures);
}

/** Computed font sizes (px) of what a reader reads and presses in the overlay. */
function overlaySizes() {
  const root = ledeRoot();
  const px = (selector) => {
    const el = root.querySelector(selector);
    return el ? parseFloat(getComputedStyle(el).fontSize) : null;
  };
  root.querySelector('[data-action="settings"]').click();
  const sizes = {
    button: px('[data-action="settings"]'),
    panelText: px(".lede-panel"),
    panelEntry: px(".lede-panel .lede-entry, .lede-panel .lede-none"),
    settingsText: px(".lede-settings legend"),
    article: px(".lede-article p"),
    buttonHeight: Math.round(root.querySelector('[data-action="settings"]').getBoundingClientRect().height),
  };
  root.querySelector('[data-action="settings"]').click();
  return sizes;
}

// ---------------------------------------------------------------------------------------

// One small interface over both browsers: `run(fn, arg)` runs an in-page function.

class Chromium {
  async start() {
    const { chromium } = await import("playwright-core");
    this.browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
    this.page = await (await this.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  }
  stop() {
    return this.browser?.close();
  }
  goto(url) {
    return this.page.goto(url);
  }
  run(fn, arg) {
    return this.page.evaluate(fn, arg);
  }
  clickAt(x, y) {
    return this.page.mouse.click(x, y);
  }
  /** "Escape", "Tab" or "Shift+Tab". */
  press(key) {
    return this.page.keyboard.press(key);
  }
}

const WEBDRIVER_KEYS = { Escape: ["\uE00C"], Tab: ["\uE004"], "Shift+Tab": ["\uE008", "\uE004"] };

class Firefox {
  async start() {
    this.ff = await startFirefox();
    await this.ff.setWindowRect({ width: 1280, height: 900 });
  }
  stop() {
    return this.ff?.quit();
  }
  goto(url) {
    return this.ff.navigate(url);
  }
  run(fn, arg) {
    return this.ff.execute(`return (${fn}).apply(null, arguments);`, arg === undefined ? [] : [arg]);
  }
  clickAt(x, y) {
    return this.ff.clickAt(x, y);
  }
  press(key) {
    return this.ff.pressKeys(WEBDRIVER_KEYS[key]);
  }
}

for (const name of BROWSERS) describe(`interface in ${name}`, () => {
  let server, b;

  async function openOn(path, { settings = {}, pictures = [] } = {}) {
    await b.goto(server.origin + path);
    // The harness is a module script: it has run once the page has loaded.
    assert.equal(await b.run(openLede, { settings, pictures }), true, `Lede did not open on ${path}`);
  }
  const inOverlay = (fn, arg) => b.run(fn, arg);
  async function until(what, fn, arg, ms = 10_000) {
    const end = Date.now() + ms;
    for (;;) {
      if (await b.run(fn, arg)) return;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await sleep(50);
    }
  }

  before(async () => {
    server = await serve();
    b = name === "chromium" ? new Chromium() : new Firefox();
    await b.start();
  });
  after(async () => {
    await b?.stop();
    await server?.close();
  });

  test("root font size: a page with html { font-size: 62.5% } draws Lede at the same sizes as any page", async () => {
    await openOn("/plain", { settings: { size: 22 } });
    const plain = await inOverlay(overlaySizes);
    await openOn("/root-small", { settings: { size: 22 } });
    const small = await inOverlay(overlaySizes);
    assert.deepEqual(small, plain, "the page's root font size changed Lede's sizes");
    for (const key of ["button", "panelText", "panelEntry", "settingsText"]) {
      assert.ok(plain[key] >= 14, `${key} is ${plain[key]}px, under 14px`);
    }
    // The reading text size setting still sets the article's size.
    assert.equal(small.article, 22);
  });

  test("root font size: no rem is left in the overlay's stylesheet", async () => {
    const css = await readFile(join(EXTENSION, "overlay.css"), "utf8");
    const rules = css.replace(/\/\*[\s\S]*?\*\//g, "");
    assert.deepEqual(rules.match(/[\d.]+rem\b/g) ?? [], []);
  });

  test("Aa opens a popover over the article that moves nothing, and Esc closes it", async () => {
    await openOn("/plain");
    const state = () =>
      inOverlay(() => {
        const root = ledeRoot();
        const aa = root.querySelector('[data-action="settings"]');
        const settings = root.querySelector("#lede-settings");
        return {
          top: root.querySelector(".lede-article p").getBoundingClientRect().top,
          titleTop: root.querySelector(".lede-title").getBoundingClientRect().top,
          expanded: aa.getAttribute("aria-expanded"),
          shown: !settings.hidden && settings.getBoundingClientRect().height > 0,
          focusInSettings: settings.contains(root.activeElement),
          focusOnAa: root.activeElement === aa,
          settingsBelowAa: settings.getBoundingClientRect().top >= aa.getBoundingClientRect().bottom,
          // The popover is drawn on top: the element at its centre is inside it.
          onTop: (() => {
            const r = settings.getBoundingClientRect();
            const hit = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return !!hit && settings.contains(hit);
          })(),
        };
      });
    const closed = await state();
    assert.equal(closed.expanded, "false");
    assert.equal(closed.shown, false);

    const aa = await inOverlay(() => {
      const r = ledeRoot().querySelector('[data-action="settings"]').getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await b.clickAt(aa.x, aa.y);
    const open = await state();
    assert.equal(open.expanded, "true");
    assert.equal(open.shown, true);
    assert.equal(open.top, closed.top, "opening Aa moved the article's first paragraph");
    assert.equal(open.titleTop, closed.titleTop, "opening Aa moved the title");
    assert.equal(open.settingsBelowAa, true, "the settings are not under their button");
    assert.equal(open.onTop, true, "the settings are not drawn over the page");
    assert.equal(open.focusInSettings, true, "focus did not move into the settings");

    // Shift+Tab from the first setting goes back to Aa: the settings follow their button.
    await b.press("Shift+Tab");
    assert.equal((await state()).focusOnAa, true, "the settings do not follow Aa in the focus order");
    await b.press("Tab");
    assert.equal((await state()).focusInSettings, true);

    await b.press("Escape");
    const after = await state();
    assert.equal(after.expanded, "false");
    assert.equal(after.shown, false);
    assert.equal(after.focusOnAa, true, "Esc did not return focus to Aa");
    assert.equal(await b.run(() => window.lede.is_open()), true, "Esc closed the overlay, not just the settings");

    // A click outside dismisses it too, and moves nothing.
    await b.clickAt(aa.x, aa.y);
    assert.equal((await state()).shown, true);
    await b.clickAt(640, 700);
    const dismissed = await state();
    assert.equal(dismissed.shown, false);
    assert.equal(dismissed.expanded, "false");
    assert.equal(dismissed.top, closed.top);
  });

  test("the reader frame shows a quiet, opaque loading state until the overlay is drawn", {
    skip: name !== "chromium" && "the reader frame is Chromium's alone: Firefox runs the core in the content script on every page",
  }, async () => {
    const { page } = b;
    const token = "0123456789abcdef0123456789abcdef";
    for (const [scheme, background] of [["light", "rgb(255, 255, 255)"], ["dark", "rgb(28, 27, 34)"]]) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${server.origin}/extension/reader.html#${token}`);
      await page.waitForFunction(() => typeof window.__give === "function"); // reader.js asked for the page
      const loading = await page.evaluate(() => {
        const status = document.querySelector('[role="status"]');
        return {
          text: status?.textContent.trim(),
          background: getComputedStyle(document.documentElement).backgroundColor,
          overlay: !!document.querySelector(":root > div"),
        };
      });
      assert.deepEqual(loading, { text: "Opening Lede…", background, overlay: false }, `${scheme} scheme`);
    }
    // The background hands over the page: the overlay is drawn and the loading state goes.
    await page.evaluate((html) => window.__give({ html, url: "https://news.example/transport", pictures: [] }), PAGES["/plain"]);
    await page.waitForFunction(() => document.querySelector(":root > div"));
    const drawn = await page.evaluate(() => ({
      status: !!document.getElementById("lede-loading"),
      background: getComputedStyle(document.documentElement).backgroundColor,
    }));
    assert.deepEqual(drawn, { status: false, background: "rgba(0, 0, 0, 0)" });
    await page.emulateMedia({ colorScheme: "light" });
  });

  test("a picture that fails to load leaves only its caption", async () => {
    await openOn("/broken-picture", { pictures: ["/missing/buses.jpg", "/missing/lead.jpg"] });
    // Both pictures were shown (the page "loaded" them), then failed: the error handler runs.
    await until("the failed pictures to go", () => !ledeRoot().querySelector(".lede-article img"));
    const seen = await inOverlay((caption) => {
      const article = ledeRoot().querySelector(".lede-article");
      const visible = [...article.querySelectorAll("figure")].filter((f) => !f.hidden);
      return {
        captionTimes: article.textContent.split(caption).length - 1,
        figures: visible.map((f) => f.textContent.trim()),
        loadButtons: article.querySelectorAll(".lede-picture-off").length,
      };
    }, CAPTION);
    assert.deepEqual(seen, { captionTimes: 1, figures: [CAPTION], loadButtons: 0 });
  });
});
