// End-to-end tests of the overlay (reader view, summary panel, chips, reading settings,
// dialog behaviour) and of the options page, in headless Chromium and headless Firefox ESR,
// on the project's sample articles. Each test opens a sample page, loads the built module (pkg/) into it and calls
// the same `toggle` the extension's content script calls.
//
// The overlay's shadow root is closed. Here the module runs in the page's own world (in the
// extension it runs in the content script's), so the test page can do what no page can do
// to the extension: wrap Element.prototype.attachShadow before loading it and keep the
// root (`ledeRoot()` in the page).
//
// Chromium is driven by playwright-core, Firefox by geckodriver (WebDriver): the tests
// themselves only use the small `Driver` interface below (go to a page, run a function in
// it, press a key, click a point, resize, take a screenshot), so both browsers run the same
// assertions. Screenshots of the overlay in the light and dark themes are written to
// target/screenshots/overlay-<browser>-<theme>.png.
//
// Environment: LEDE_PKG (default pkg/), CHROMIUM (default /usr/bin/chromium),
// FIREFOX (default /usr/bin/firefox-esr), GECKODRIVER (default: on PATH),
// LEDE_BROWSERS (default "chromium,firefox").
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const PKG = process.env.LEDE_PKG ?? join(ROOT, "pkg");
const SAMPLES = join(ROOT, "www/samples");
const SHOTS = join(ROOT, "target/screenshots");
const SEED = "joongang-trade-talks";
const BROWSERS = (process.env.LEDE_BROWSERS ?? "chromium,firefox").split(",").filter(Boolean);

// ---------------------------------------------------------------------------------------
// A static server: the samples under /article/, the built module under /pkg/.

const EXTENSION = join(ROOT, "extension");
const EXTENSION_STUB = `
  window.__stored = { settings: { theme: "sepia", size: 22, user_won_per_dollar: 1400, autoOpenSites: ["koreajoongangdaily.joins.com"], other: 1 } };
  window.__permissions = [];
  window.__listeners = [];
  globalThis.chrome = {
    storage: {
      sync: {
        get: async () => structuredClone(window.__stored),
        set: async (o) => {
          const oldValue = window.__stored.settings;
          window.__stored = structuredClone(o);
          for (const l of window.__listeners) l({ settings: { oldValue, newValue: structuredClone(o.settings) } }, "sync");
        },
      },
      onChanged: { addListener: (l) => window.__listeners.push(l) },
    },
    permissions: {
      request: async (p) => { window.__permissions.push(["request", ...p.origins]); return true; },
      remove: async (p) => { window.__permissions.push(["remove", ...p.origins]); return true; },
    },
  };`;

const TYPES = { ".html": "text/html; charset=utf-8", ".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg",
  ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm" };

async function serve() {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file;
    if (path.startsWith("/article/")) file = join(SAMPLES, path.slice(9) + (extname(path) ? "" : ".html"));
    else if (path.startsWith("/pkg/")) file = join(PKG, path.slice(5));
    else if (path.startsWith("/extension/pkg/")) file = join(PKG, path.slice(15));
    else if (path.startsWith("/extension/")) file = join(EXTENSION, path.slice(11));
    if (!file || ![SAMPLES, PKG, EXTENSION].some((root) => normalize(file).startsWith(root))) return res.writeHead(404).end();
    try {
      let body = await readFile(file);
      // The options page outside the extension: a stand-in for the extension APIs it uses,
      // recording what the page stores and which permissions it asks for.
      if (file === join(EXTENSION, "options.html")) body = String(body).replace("<script", `<script>${EXTENSION_STUB}</script>\n<script`);
      res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((ok) => server.close(ok)) };
}

// ---------------------------------------------------------------------------------------
// Drivers. `run(fn, arg)` runs `fn` (a function, serialised by its source) in the page and
// resolves to its (awaited, JSON-serialisable) result.

const KEYS = { Escape: "\uE00C", Tab: "\uE004", Shift: "\uE008", Enter: "\uE007" };

class ChromiumDriver {
  static async launch() {
    const { chromium } = await import("playwright-core");
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    return Object.assign(new ChromiumDriver(), { browser, page: await context.newPage() });
  }
  goto(url) { return this.page.goto(url); }
  run(fn, arg) { return this.page.evaluate(`(${fn.toString()})(${JSON.stringify(arg ?? null)})`); }
  key(name, shift = false) { return this.page.keyboard.press(shift ? `Shift+${name}` : name); }
  clickAt(x, y) { return this.page.mouse.click(x, y); }
  resize(width, height) { return this.page.setViewportSize({ width, height }); }
  screenshot(path) { return this.page.screenshot({ path }); }
  get readsClipboard() { return true; }
  readClipboard() { return this.page.evaluate(() => navigator.clipboard.readText()); }
  quit() { return this.browser.close(); }
}

class FirefoxDriver {
  static async launch() {
    const port = await new Promise((ok) => {
      const s = createServer().listen(0, "127.0.0.1", () => { const p = s.address().port; s.close(() => ok(p)); });
    });
    const proc = spawn(process.env.GECKODRIVER ?? "geckodriver", [`--port=${port}`, "--host=127.0.0.1"], { stdio: "ignore" });
    const d = Object.assign(new FirefoxDriver(), { proc, base: `http://127.0.0.1:${port}` });
    for (let i = 0; ; i++) {
      try { await fetch(`${d.base}/status`); break; } catch (e) { if (i > 100) throw e; await new Promise((r) => setTimeout(r, 100)); }
    }
    const caps = { browserName: "firefox", "moz:firefoxOptions": { binary: process.env.FIREFOX ?? "/usr/bin/firefox-esr", args: ["-headless", "-width=1280", "-height=900"] } };
    const { value } = await d.call("POST", "/session", { capabilities: { alwaysMatch: caps } });
    d.base += `/session/${value.sessionId}`;
    await d.resize(1280, 900);
    return d;
  }
  async call(method, path, body) {
    const res = await fetch(this.base + path, { method, headers: { "Content-Type": "application/json" }, body: body && JSON.stringify(body) });
    const json = await res.json();
    if (json.value?.error) throw new Error(`${path}: ${json.value.error}: ${json.value.message}`);
    return json;
  }
  goto(url) { return this.call("POST", "/url", { url }); }
  async run(fn, arg) {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${fn.toString()})(arguments[0])).then((v) => done({ ok: v === undefined ? null : v }), (e) => done({ err: String(e && e.stack || e) }));`;
    const { value } = await this.call("POST", "/execute/async", { script, args: [arg ?? null] });
    if (value.err) throw new Error(value.err);
    return value.ok;
  }
  key(name, shift = false) {
    const k = KEYS[name];
    const down = shift ? [{ type: "keyDown", value: KEYS.Shift }] : [];
    const up = shift ? [{ type: "keyUp", value: KEYS.Shift }] : [];
    return this.call("POST", "/actions", { actions: [{ type: "key", id: "kbd", actions: [...down, { type: "keyDown", value: k }, { type: "keyUp", value: k }, ...up] }] });
  }
  clickAt(x, y) {
    return this.call("POST", "/actions", { actions: [{ type: "pointer", id: "mouse", parameters: { pointerType: "mouse" }, actions: [
      { type: "pointerMove", x: Math.round(x), y: Math.round(y), origin: "viewport" }, { type: "pointerDown", button: 0 }, { type: "pointerUp", button: 0 }] }] });
  }
  async resize(width, height) {
    // The window's outer size: grow it until the viewport has the wanted size.
    await this.call("POST", "/window/rect", { width, height });
    const inner = await this.run(() => [innerWidth, innerHeight]);
    await this.call("POST", "/window/rect", { width: width + (width - inner[0]), height: height + (height - inner[1]) });
  }
  async screenshot(path) {
    const { value } = await this.call("GET", "/screenshot");
    await writeFile(path, Buffer.from(value, "base64"));
  }
  // WebDriver has no way to read the clipboard, and the page may not (no permission).
  get readsClipboard() { return false; }
  async quit() {
    try { await this.call("DELETE", ""); } finally { this.proc.kill(); }
  }
}

const DRIVERS = { chromium: ChromiumDriver, firefox: FirefoxDriver };

// ---------------------------------------------------------------------------------------
// In-page helpers (serialised into the page: self-contained).

async function loadLede() {
  const attach = Element.prototype.attachShadow;
  window.__ledeRoots = [];
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    window.__ledeRoots.push(root);
    return root;
  };
  window.ledeRoot = () => window.__ledeRoots.at(-1);
  const m = await import("/pkg/lede.js");
  await m.default();
  window.lede = m;
}

/** Opens Lede and waits until its summary panel is drawn (the reader view comes first: the
 *  panel's body is `aria-busy` until then). */
async function openLede(settings) {
  window.__ledeEvents = [];
  const analysis = JSON.parse(window.lede.analyze(document.documentElement.outerHTML, location.href));
  const page = { html: document.documentElement.outerHTML, url: location.href, pictures: [] };
  const opened = window.lede.toggle(page, settings, (patch) => window.__ledeEvents.push(patch));
  while (opened && ledeRoot().querySelector("[aria-busy]")) await new Promise((ok) => setTimeout(ok, 10));
  return { opened, analysis };
}

/** Center of an element inside the overlay, scrolled into view, for a real click. */
function pointOf(selector) {
  const root = ledeRoot();
  const el = root.querySelector(selector);
  if (!el) return null;
  el.scrollIntoView({ block: "center", behavior: "instant" });
  const r = el.getBoundingClientRect();
  return { x: r.left + Math.min(r.width / 2, 40), y: r.top + r.height / 2 };
}

function overlayState() {
  const root = window.lede.is_open() ? ledeRoot() : null;
  const active = root?.activeElement;
  return {
    open: !!root,
    pageActive: document.activeElement?.tagName ?? null,
    active: active ? { tag: active.tagName, cls: active.className, text: active.textContent.slice(0, 80) } : null,
  };
}

// ---------------------------------------------------------------------------------------

for (const name of BROWSERS) {
  describe(`overlay in ${name}`, () => {
    let server, driver;
    const article = (sample = SEED) => `${server.origin}/article/${sample}`;

    async function openOn(sample, settings = {}) {
      await driver.goto(article(sample));
      await driver.run(loadLede);
      return driver.run(openLede, settings);
    }
    async function click(selector) {
      const p = await driver.run(pointOf, selector);
      assert.ok(p, `nothing matches ${selector}`);
      await driver.clickAt(p.x, p.y);
    }

    before(async () => {
      server = await serve();
      driver = await DRIVERS[name].launch();
      await mkdir(SHOTS, { recursive: true });
    });
    after(async () => {
      await driver?.quit();
      await server?.close();
    });

    test("opens as a labelled modal dialog; Esc closes it, focus and page as before", async () => {
      await driver.goto(article());
      await driver.run(loadLede);
      const before = await driver.run(() => {
        const link = document.querySelector("a[href]");
        link.focus();
        // The reader scrolled on after focusing the link: closing must not scroll back to it.
        scrollTo(0, 400);
        return { html: document.documentElement.outerHTML, link: link.outerHTML, scroll: scrollY };
      });
      const { opened, analysis } = await driver.run(openLede, {});
      assert.equal(opened, true);
      const dialog = await driver.run(() => {
        const root = ledeRoot();
        const d = root.querySelector("[role=dialog]");
        return { modal: d.getAttribute("aria-modal"), label: root.getElementById(d.getAttribute("aria-labelledby"))?.textContent,
          focusedIsDialog: root.activeElement === d, pageFocus: document.activeElement?.tagName };
      });
      assert.deepEqual(dialog, { modal: "true", label: analysis.meta.title, focusedIsDialog: true, pageFocus: "DIV" });
      await driver.key("Escape");
      const afterClose = await driver.run(() => ({ html: document.documentElement.outerHTML, focus: document.activeElement.outerHTML, scroll: scrollY, open: window.lede.is_open() }));
      assert.equal(afterClose.open, false);
      assert.equal(afterClose.html, before.html, "the page must be exactly as before");
      assert.equal(afterClose.focus, before.link, "focus returns to where it was");
      assert.equal(afterClose.scroll, before.scroll);
    });

    test("Tab and Shift+Tab stay inside the overlay; every control has a name", async () => {
      await openOn(SEED);
      const count = await driver.run(() => ledeRoot().querySelectorAll("button").length);
      for (let i = 0; i < count + 3; i++) {
        await driver.key("Tab", i % 4 === 3);
        const s = await driver.run(overlayState);
        assert.equal(s.pageActive, "DIV", `Tab ${i} left the overlay`);
        assert.ok(s.active, `Tab ${i}: nothing focused inside the overlay`);
      }
      const unnamed = await driver.run(() => {
        const root = ledeRoot();
        return [...root.querySelectorAll("button, input, output, [tabindex='0']")].filter((e) => {
          const label = e.getAttribute("aria-label") || e.labels?.[0]?.textContent || e.textContent;
          const named = (label ?? "").trim() || (e.getAttribute("aria-labelledby") && root.getElementById(e.getAttribute("aria-labelledby"))?.textContent.trim());
          return !named && e.tagName !== "OUTPUT";
        }).map((e) => e.outerHTML.slice(0, 120));
      });
      assert.deepEqual(unnamed, []);
    });

    test("the panel lists the actors, won amounts in dollars and resolved dates of the seed article", async () => {
      const { analysis } = await openOn(SEED);
      const panel = await driver.run(() => {
        const root = ledeRoot();
        const texts = (key) => [...root.querySelectorAll(`[data-section=${key}] li`)].map((li) => li.textContent.replace(/\s+/g, " ").trim());
        return { actors: texts("actors"), figures: texts("figures"), dates: texts("dates"), rate: texts("rate"),
          chips: [...root.querySelectorAll(".lede-chip")].map((c) => c.textContent) };
      });
      // A long list of actors shows the most salient first and the rest on demand.
      const more = await driver.run(() => ledeRoot().querySelector("[data-section=actors] .lede-more")?.textContent ?? null);
      if (analysis.actors.length > 8) {
        assert.equal(panel.actors.length, 8);
        assert.equal(more, `Show ${Math.min(50, analysis.actors.length - 8)} more`);
        await click("[data-section=actors] .lede-more");
        const shown = await driver.run(() => ledeRoot().querySelectorAll("[data-section=actors] li").length);
        assert.equal(shown, Math.min(58, analysis.actors.length), "the next actors are shown");
        panel.actors = await driver.run(() => [...ledeRoot().querySelectorAll("[data-section=actors] li")].map((li) => li.textContent.replace(/\s+/g, " ").trim()));
      } else {
        assert.equal(more, null);
      }
      // Whatever the analysis holds is shown, with its roles...
      assert.equal(panel.actors.length, Math.max(1, Math.min(58, analysis.actors.length)));
      for (const actor of analysis.actors.slice(0, 58)) {
        const entry = panel.actors.find((t) => t.startsWith(actor.name));
        assert.ok(entry, `${actor.name} is listed`);
        for (const role of actor.roles) assert.ok(entry.includes(role), `${actor.name}: ${role}`);
      }
      // ...and what the seed article says (the understanding stages must find it).
      const choi = panel.actors.find((t) => t.startsWith("Choi Sang-mok"));
      assert.ok(choi?.includes("Deputy Prime Minister and Finance Minister"), `actors: ${panel.actors.join(" | ")}`);
      assert.ok(panel.actors.some((t) => t.startsWith("Scott Bessent") && t.includes("U.S. Treasury Secretary")));
      assert.ok(panel.chips.includes("≈ $2.82 billion"), `chips: ${panel.chips}`);
      assert.ok(panel.figures.some((t) => t.includes("4 trillion won ≈ $2.82 billion")), `figures: ${panel.figures.join(" | ")}`);
      // "12 trillion won ($8.45 billion)": one figure, in both currencies.
      assert.ok(panel.figures.some((t) => t.includes("12 trillion won ≈ $8.45 billion")), `figures: ${panel.figures.join(" | ")}`);
      assert.ok(!panel.figures.some((t) => t.startsWith("$8.45 billion")), `figures: ${panel.figures.join(" | ")}`);
      assert.ok(panel.rate.some((t) => t.startsWith("₩1,42")), `rate: ${panel.rate}`);
      // Published Wednesday 2025-04-16: "said Wednesday" is that day, "on Friday" the 18th.
      assert.ok(panel.dates.some((t) => t.startsWith("Wednesday, April 16, 2025")), `dates: ${panel.dates.join(" | ")}`);
      assert.ok(panel.dates.some((t) => t.startsWith("Friday, April 18, 2025")), `dates: ${panel.dates.join(" | ")}`);
    });

    test("activating an entry scrolls to its sentence and highlights it", async () => {
      const { analysis } = await openOn(SEED);
      const target = await driver.run(() => {
        const b = ledeRoot().querySelector("[data-section=figures] button.lede-entry, [data-section=actors] button.lede-entry");
        return b && Number(b.getAttribute("data-s"));
      });
      assert.notEqual(target, null, "the panel has an entry to activate");
      await click(`:is([data-section=figures], [data-section=actors]) > ul:not([hidden]) button.lede-entry[data-s="${target}"]`);
      const hl = await driver.run(() => {
        const root = ledeRoot();
        const marked = [...root.querySelectorAll(".lede-hl")].map((e) => {
          const copy = e.cloneNode(true);
          copy.querySelectorAll(".lede-chipwrap").forEach((c) => c.remove());
          return copy.textContent;
        });
        const first = root.querySelector(".lede-hl");
        const r = first.getBoundingClientRect();
        return { marked, focused: root.activeElement === first, visible: r.top >= 0 && r.bottom <= innerHeight };
      });
      const span = analysis.sentences[target];
      const sentence = [...analysis.text].slice(span.start, span.end).join("");
      assert.equal(hl.marked.join(""), sentence);
      assert.ok(hl.focused, "focus moves to the sentence");
      assert.ok(hl.visible, "the sentence is scrolled into view");
    });

    test("an actor's entry steps through the sentences that mention them", async () => {
      const { analysis } = await openOn(SEED);
      const entry = await driver.run(() => {
        const b = ledeRoot().querySelector("[data-section=actors] button[data-cycle]");
        return b && { name: b.querySelector(".lede-entry-main").textContent, cycle: b.getAttribute("data-cycle").split(" ").map(Number) };
      });
      assert.ok(entry, "an actor mentioned in several sentences");
      const actor = analysis.actors.find((a) => a.name === entry.name);
      const named = (s) => [...analysis.text].slice(analysis.sentences[s].start, analysis.sentences[s].end).join("");
      for (const expected of [...entry.cycle, entry.cycle[0]]) {
        await click(`[data-section=actors] button[data-cycle="${entry.cycle.join(" ")}"]`);
        const hl = await driver.run(() => ledeRoot().querySelector(".lede-hl")?.dataset.s);
        assert.equal(Number(hl), expected);
        assert.ok([actor.name, ...actor.aliases].some((n) => named(expected).includes(n)), `sentence ${expected} mentions ${actor.name}`);
      }
    });

    test("a theme change applies at once and is reported for storage", async () => {
      await openOn(SEED, { theme: "light", user_won_per_dollar: 1400 });
      await click("[data-action=settings]");
      await click(".lede-choice[data-value=dark]");
      const s = await driver.run(() => {
        const root = ledeRoot().querySelector(".lede");
        return { theme: root.dataset.theme, bg: getComputedStyle(root).backgroundColor, events: window.__ledeEvents };
      });
      assert.equal(s.theme, "dark");
      assert.equal(s.bg, "rgb(28, 27, 34)");
      // The caller's function gets just the key that changed: nothing else is overwritten.
      assert.deepEqual(s.events, [{ theme: "dark" }]);
      await click("[data-action=step][data-setting=size][data-dir='1']");
      const size = await driver.run(() => getComputedStyle(ledeRoot().querySelector(".lede-article")).fontSize);
      assert.equal(size, "22px");
      // A click elsewhere dismisses the settings.
      await click(".lede-title");
      assert.equal(await driver.run(() => ledeRoot().querySelector("#lede-settings").hidden), true);
      // Esc closes the open settings first (focus back on their button), then the overlay.
      await click("[data-action=settings]");
      await driver.key("Escape");
      const afterEsc = await driver.run(() => {
        const root = (window.lede.is_open() ? ledeRoot() : null);
        return root && { hidden: root.querySelector("#lede-settings").hidden, focus: root.activeElement?.getAttribute("data-action") };
      });
      assert.deepEqual(afterEsc, { hidden: true, focus: "settings" });
      await driver.key("Escape");
      assert.equal(await driver.run(() => window.lede.is_open()), false);
    });

    test("text and controls meet WCAG AA contrast in every theme", async () => {
      for (const theme of ["light", "dark", "sepia", "contrast"]) {
        await openOn(SEED, { theme });
        const failures = await driver.run(() => {
          const parse = (c) => (c.match(/[\d.]+/g) ?? []).map(Number);
          const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
            .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
          const background = (el) => {
            for (let e = el; e; e = e.parentElement) {
              const c = parse(getComputedStyle(e).backgroundColor);
              if (c.length === 3 || (c.length === 4 && c[3] > 0.9)) return c.slice(0, 3);
            }
            return [255, 255, 255];
          };
          const root = ledeRoot();
          const out = [];
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const el = n.parentElement;
            if (!n.textContent.trim() || !el.getClientRects().length || el.closest(".lede-sr")) continue;
            const st = getComputedStyle(el);
            if (st.visibility === "hidden") continue;
            const fg = parse(st.color).slice(0, 3), bg = background(el);
            const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
            const ratio = (a + 0.05) / (b + 0.05);
            const size = parseFloat(st.fontSize), bold = Number(st.fontWeight) >= 700;
            const need = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
            if (ratio < need) out.push(`${ratio.toFixed(2)} < ${need}: "${n.textContent.trim().slice(0, 40)}"`);
          }
          return out;
        });
        assert.deepEqual(failures, [], `theme ${theme}`);
      }
    });

    test("Copy summary puts the Markdown summary on the clipboard", async () => {
      const { analysis } = await openOn(SEED);
      // What the overlay hands the clipboard, recorded in the page: the checks below run in
      // both browsers, although WebDriver cannot read Firefox's clipboard back.
      await driver.run(() => {
        window.__copied = null;
        const write = Clipboard.prototype.writeText;
        Clipboard.prototype.writeText = function (text) {
          window.__copied = text;
          return write.call(this, text);
        };
      });
      await click("[data-action=copy]");
      await new Promise((r) => setTimeout(r, 300));
      const status = await driver.run(() => ledeRoot().querySelector(".lede-status").textContent);
      assert.match(status, /copied/);
      const copied = await driver.run(() => window.__copied);
      assert.equal(typeof copied, "string", "the overlay wrote nothing to the clipboard");
      assert.ok(copied.startsWith(`# ${analysis.meta.title.replace(/[*_[\]<>#|`\\]/g, "\\$&")}\n`), copied.slice(0, 200));
      assert.match(copied, /\n## Key actors\n[\s\S]*\n## Figures\n[\s\S]*\n## Dates\n[\s\S]*\n## Exchange rate\n/);
      // Where the driver can read the clipboard (Chromium), the text arrived there.
      if (driver.readsClipboard) assert.equal(await driver.readClipboard(), copied);
    });

    test("on a narrow window the panel folds under the title", async () => {
      await driver.resize(700, 900);
      try {
        await openOn(SEED);
        const layout = await driver.run(() => {
          const root = ledeRoot();
          const box = (s) => root.querySelector(s).getBoundingClientRect();
          return { title: box(".lede-title").bottom, panel: box(".lede-panel").top, article: box(".lede-article").top,
            expanded: root.querySelector(".lede-fold").getAttribute("aria-expanded"), hidden: root.querySelector(".lede-panel-body").hidden };
        });
        assert.ok(layout.title <= layout.panel && layout.panel < layout.article, JSON.stringify(layout));
        assert.equal(layout.expanded, "false");
        assert.equal(layout.hidden, true);
        await click(".lede-fold");
        const unfolded = await driver.run(() => ledeRoot().querySelector(".lede-panel-body").hidden);
        assert.equal(unfolded, false);
        await driver.screenshot(join(SHOTS, `overlay-${name}-narrow.png`));
      } finally {
        await driver.resize(1280, 900);
      }
    });

    test("a right-to-left article is laid out right to left", async () => {
      await driver.goto(article());
      await driver.run(loadLede);
      // The same article, declared Arabic and right-to-left by its page.
      await driver.run(() => { document.documentElement.setAttribute("dir", "rtl"); document.documentElement.setAttribute("lang", "ar"); });
      const { analysis } = await driver.run(openLede, {});
      assert.equal(analysis.meta.dir, "rtl");
      const dirs = await driver.run(() => {
        const root = ledeRoot();
        return ["lede-head", "lede-article", "lede-panel"].map((c) => getComputedStyle(root.querySelector(`.${c}`)).direction);
      });
      // The article is right to left; the panel is Lede's own (English) interface.
      assert.deepEqual(dirs, ["rtl", "rtl", "ltr"]);
    });

    test("the demo page gets the same reader and panel, without the dialog", async () => {
      await driver.goto(article());
      await driver.run(loadLede);
      const demo = await driver.run(() => {
        const box = document.createElement("div");
        document.body.prepend(box);
        window.lede.render_demo(box, document.documentElement.outerHTML, location.href, { theme: "sepia" }, null);
        // The demo's root is closed as well: only the test's wrapper kept it.
        const root = ledeRoot().querySelector(".lede");
        return { closed: box.shadowRoot === null, dialog: root.getAttribute("role"), close: !!root.querySelector("[data-action=close]"), theme: root.dataset.theme,
          title: root.querySelector(".lede-title").textContent, sections: root.querySelectorAll("[data-section]").length, open: window.lede.is_open() };
      });
      assert.deepEqual({ ...demo, title: typeof demo.title }, { closed: true, dialog: null, close: false, theme: "sepia", title: "string", sections: 4, open: false });
    });

    async function openOptions() {
      await driver.goto(`${server.origin}/extension/options.html`);
      await driver.run(async () => {
        for (let i = 0; i < 200 && document.body.dataset.ready !== "true"; i++) await new Promise((r) => setTimeout(r, 25));
      });
    }

    test("the options page shows, checks and saves the settings; sites ask for their permission", async () => {
      await openOptions();
      const shown = await driver.run(() => {
        const v = (id) => document.getElementById(id).value;
        return { theme: v("theme"), size: v("size"), rate: v("user_won_per_dollar"), sites: [...document.querySelectorAll("#sites li span")].map((e) => e.textContent) };
      });
      assert.deepEqual(shown, { theme: "sepia", size: "22", rate: "1400", sites: ["koreajoongangdaily.joins.com"] });
      // Every label is the schema's (with its unit), as the overlay's controls are.
      const schema = JSON.parse(await readFile(join(EXTENSION, "settings-schema.json"), "utf8"));
      const labels = await driver.run(() => Object.fromEntries([...document.querySelectorAll("[data-label]")].map((e) => [e.dataset.label, e.textContent])));
      const expected = Object.fromEntries(Object.entries(schema).filter(([k]) => !k.startsWith("$"))
        .map(([k, { label, unit }]) => [k, unit ? `${label} (${unit})` : label]));
      assert.deepEqual(labels, expected);
      const saved = await driver.run(async () => {
        const $ = (id) => document.getElementById(id);
        const change = (id, value) => { $(id).value = value; $(id).dispatchEvent(new Event("change")); };
        const settle = () => new Promise((r) => setTimeout(r, 100));
        change("theme", "dark");
        change("user_won_per_dollar", "twelve");
        await settle();
        const invalid = [$("user_won_per_dollar").getAttribute("aria-invalid"), $("user_won_per_dollar-error").textContent, window.__stored.settings.user_won_per_dollar];
        change("user_won_per_dollar", "₩1,380.5");
        await settle();
        $("site").value = "https://www.koreaherald.com/article/123";
        $("add-site").click();
        await settle();
        document.querySelector("#sites li button").click();
        await settle();
        return { invalid, settings: window.__stored.settings, permissions: window.__permissions, status: $("status").textContent };
      });
      assert.equal(saved.invalid[0], "true");
      assert.match(saved.invalid[1], /Type a plain number, such as/);
      assert.equal(saved.invalid[2], 1400, "a refused value is not stored");
      // Only the schema's keys are kept ("other" was never Lede's).
      assert.deepEqual(saved.settings, { theme: "dark", size: 22, user_won_per_dollar: 1380.5, autoOpenSites: ["www.koreaherald.com"] });
      assert.deepEqual(saved.permissions, [["request", "*://www.koreaherald.com/*"], ["remove", "*://koreajoongangdaily.joins.com/*"]]);
      assert.match(saved.status, /no longer opens by itself on koreajoongangdaily\.joins\.com/);
    });

    test("the options page accepts only a plausible rate, stores nothing the user did not type, and keeps changes made meanwhile", async () => {
      await openOptions();
      const result = await driver.run(async () => {
        const $ = (id) => document.getElementById(id);
        const settle = () => new Promise((r) => setTimeout(r, 80));
        const type = async (id, value) => { $(id).value = value; $(id).dispatchEvent(new Event("change")); await settle(); };
        const rate = async (text) => {
          await type("user_won_per_dollar", text);
          return { text, stored: window.__stored.settings.user_won_per_dollar ?? null, error: $("user_won_per_dollar-error").textContent };
        };
        const tries = [];
        for (const text of ["1.400", "0x10", "1e9", "0.0001", "-1400", "50", "20000", "1 420", "1,420", "1420.5"]) tries.push(await rate(text));
        // A stale error goes when the next change succeeds.
        await type("user_won_per_dollar", "abc");
        const errorBefore = $("user_won_per_dollar-error").textContent;
        await type("theme", "light");
        const errorAfter = $("user_won_per_dollar-error").textContent;
        // Clearing the size field removes the key (its default applies); it never stores 14.
        await type("size", "");
        const sizeCleared = "size" in window.__stored.settings ? window.__stored.settings.size : "removed";
        await type("size", "40");
        const sizeTooBig = [window.__stored.settings.size ?? "removed", $("size-error").textContent];
        // The overlay changes the font meanwhile (straight into storage); the options page
        // then changes the width: the overlay's font stays.
        await chrome.storage.sync.set({ settings: { ...window.__stored.settings, font: "sans" } });
        await type("width", "wide");
        return { tries, errorBefore, errorAfter, sizeCleared, sizeTooBig, font: window.__stored.settings.font, fontShown: $("font").value, width: window.__stored.settings.width };
      });
      const byText = Object.fromEntries(result.tries.map((t) => [t.text, t]));
      for (const refused of ["1.400", "0x10", "1e9", "0.0001", "-1400", "50", "20000"]) {
        assert.notEqual(byText[refused].error, "", `${refused} is refused with a message`);
      }
      assert.match(byText["1.400"].error, /two ways/);
      assert.match(byText["50"].error, /between 100 won per US dollar and 10,000/);
      assert.equal(byText["20000"].stored, 1400, "no refused rate was stored");
      assert.deepEqual([byText["1 420"].stored, byText["1,420"].stored, byText["1420.5"].stored], [1420, 1420, 1420.5]);
      assert.equal(byText["1420.5"].error, "");
      assert.notEqual(result.errorBefore, "");
      assert.equal(result.errorAfter, "", "the stale error line is cleared");
      assert.equal(result.sizeCleared, "removed");
      assert.deepEqual(result.sizeTooBig, ["removed", "Text size must be between 14 pixels and 32 pixels."]);
      assert.equal(result.font, "sans", "the change made meanwhile is kept");
      assert.equal(result.fontShown, "sans", "and shown");
      assert.equal(result.width, "wide");
    });

    test("screenshots in the light and dark themes", async () => {
      const shots = {};
      for (const theme of ["light", "dark"]) {
        await openOn(SEED, { theme });
        shots[theme] = await shoot(`overlay-${name}-${theme}.png`);
        // The chip's tooltip and a highlighted sentence, further down.
        const target = await driver.run(() => ledeRoot().querySelector(".lede-chip")?.closest(".lede-s")?.getAttribute("data-s") ?? null);
        assert.notEqual(target, null, "the sample has no figure chip inside a sentence");
        await click(`[data-section=figures] button.lede-entry[data-s="${target}"]`);
        const focused = await driver.run(() => {
          ledeRoot().querySelector(".lede-chip").focus();
          return ledeRoot().activeElement?.classList.contains("lede-chip") ?? false;
        });
        assert.ok(focused, "the chip takes focus");
        await shoot(`overlay-${name}-${theme}-chip.png`);
      }
      assert.ok(!shots.light.equals(shots.dark), "the light and dark screenshots are the same picture");
    });

    /** Takes a screenshot into target/screenshots/FILE and checks that it is a PNG of the
     *  whole viewport; returns its bytes. */
    async function shoot(file) {
      const path = join(SHOTS, file);
      await driver.screenshot(path);
      const png = await readFile(path);
      assert.equal(png.subarray(1, 4).toString("latin1"), "PNG", `${file} is not a PNG`);
      const size = await driver.run(() => [innerWidth, innerHeight].map((v) => Math.round(v * devicePixelRatio)));
      assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], size, `${file}: width and height`);
      return png;
    }
  });
}
