// End to end in headless Chromium (Debian's, never a downloaded one): the built, unpacked
// extension is loaded, the toolbar action is clicked through the DevTools protocol
// (Extensions.triggerAction: the same activeTab grant as a real click) on pages served by
// the test itself, and the overlay is checked as a reader sees it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { launchWithExtension, clickAction } from "./chromium.mjs";
import { startServer } from "./server.mjs";
import { SAMPLE, assertSampleOverlay, PAGE_STATE } from "./sample.mjs";
import { inClosedRoot, TEXT } from "./closed-root.mjs";
import { NO_RATE_PAGE, CHIPS, assertReferenceChips } from "./reference.mjs";

// LEDE_EXTENSION: another built extension (e.g. an older one, to see these tests fail).
const EXTENSION = process.env.LEDE_EXTENSION ?? fileURLToPath(new URL("../../dist/extension", import.meta.url));
let server, context, browserCdp, extensionId, profile;
const requests = []; // every request the browser made, from any page, frame or worker

before(async () => {
  server = await startServer();
  profile = mkdtempSync(join(tmpdir(), "lede-chromium-"));
  ({ context, extensionId, browserCdp } = await launchWithExtension(profile, EXTENSION, requests));
});

after(async () => {
  await context?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** Resolves like `promise`, or rejects when it has not settled within `ms`. */
function within(ms, promise, what) {
  let timer;
  const late = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: nothing after ${ms} ms`)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Clicks Lede's toolbar button once for the tab showing `page`, then waits for `shown()`.
 * No second click: tests/e2e/firstclick.test.mjs holds the first click to working every time. */
async function clickOnce(page, shown, what) {
  await within(10_000, clickAction(browserCdp, extensionId, page), "Extensions.triggerAction");
  return within(15_000, shown(), what);
}

/** Clicks the action and resolves with the milliseconds until the overlay is in the page. */
async function openOverlay(page) {
  await page.evaluate(() => {
    window.ledeShown = new Promise((resolve) => {
      new MutationObserver((_, o) => {
        if (document.querySelector(":root > div")) o.disconnect(), resolve(Date.now());
      }).observe(document.documentElement, { childList: true });
    });
  });
  const clicked = Date.now();
  const shown = await clickOnce(page, () => page.evaluate(() => window.ledeShown), "the overlay");
  await page.evaluate(() => delete window.ledeShown);
  return shown - clicked;
}

/** The overlay's text as the reader sees it (its closed shadow root, read over CDP). */
const overlayText = (pageOrFrame) => inClosedRoot(pageOrFrame, TEXT, context);

let pagesOpened = 0;

/** Opens a sample page in a new tab, scrolled down; each tab gets its own address. */
async function openSample(path) {
  const page = await context.newPage();
  page.on("console", (m) => process.env.LEDE_E2E_DEBUG && console.log("page console:", m.text()));
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${server.origin}${path}?tab=${++pagesOpened}`);
  await page.evaluate(() => scrollTo(0, 400));
  return page;
}

test("the action opens the overlay with the article; Esc and a second click close it and restore the page", async () => {
  const page = await openSample(`/article/${SAMPLE}`);
  const before = await page.evaluate(PAGE_STATE);
  assert.ok(before.y > 0, "the sample page should scroll");

  // Chromium loads a web-accessible file from its per-session dynamic address, which it
  // serves from the extension's own: count each load once, at the extension's own address.
  const coreLoads = () => requests.filter((u) => u === `chrome-extension://${extensionId}/pkg/lede_bg.wasm`).length;
  assert.equal(coreLoads(), 0, "the core was loaded before anyone asked for Lede");
  const cold = await openOverlay(page);
  console.log(`Chromium, click to overlay on the sample, first time (loads the WASM core): ${cold} ms`);
  assertSampleOverlay(await overlayText(page));
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !document.querySelector(":root > div"));
  assert.deepEqual(await page.evaluate(PAGE_STATE), before, "Esc left the page changed");

  const warm = await openOverlay(page);
  console.log(`Chromium, click to overlay on the sample, core already loaded: ${warm} ms`);
  assert.equal(coreLoads(), 1, "the core is loaded once per page");
  assertSampleOverlay(await overlayText(page));
  await clickAction(browserCdp, extensionId, page);
  await page.waitForFunction(() => !document.querySelector(":root > div"));
  assert.deepEqual(await page.evaluate(PAGE_STATE), before, "the second click left the page changed");

  await page.close();
});

/** The page's state without Lede's hidden reader frame (it stays while the tab lives). */
const PAGE_STATE_WITHOUT_FRAME = () => {
  const html = document.documentElement.cloneNode(true);
  html.querySelector(":scope > iframe[aria-hidden=true]")?.remove();
  return { html: html.outerHTML, x: scrollX, y: scrollY };
};

/** The reader frame's state as the page sees its element. */
const FRAME_STATE = () => {
  const frames = document.querySelectorAll(":root > iframe");
  const f = frames[0];
  return f && {
    frames: frames.length,
    display: getComputedStyle(f).display,
    inert: f.inert,
    ariaHidden: f.getAttribute("aria-hidden"),
    tabIndex: f.tabIndex,
    focused: document.activeElement === f,
  };
};
const HIDDEN = { frames: 1, display: "none", inert: true, ariaHidden: "true", tabIndex: -1, focused: false };

test("on a page whose CSP forbids WebAssembly, the reader frame shows the same overlay, and stays warm once closed", async () => {
  const page = await openSample(`/strict/article/${SAMPLE}`);
  const before = await page.evaluate(PAGE_STATE);
  const frameElement = await clickOnce(
    page,
    () => page.waitForSelector(`:root > iframe[src^="chrome-extension://"][src*="/reader.html#"]`, { timeout: 15_000 }),
    "the reader frame",
  );
  const frame = await frameElement.contentFrame();
  await frame.waitForFunction(() => document.querySelector(":root > div"));
  assertSampleOverlay(await overlayText(frame));
  // A mark in the frame's document: still there after reopening means the frame was not
  // reloaded (nor the core with it).
  await frame.evaluate(() => (window.ledeSameDocument = true));

  // Esc inside the frame (where the focus is): the frame is hidden, inert and out of reach,
  // its overlay closed, and the page is otherwise as before.
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => getComputedStyle(document.querySelector(":root > iframe")).display === "none");
  assert.deepEqual(await page.evaluate(FRAME_STATE), HIDDEN);
  assert.equal(await frame.evaluate(() => document.querySelector(":root > div")), null, "the overlay is still open in the hidden frame");
  assert.deepEqual(await page.evaluate(PAGE_STATE_WITHOUT_FRAME), before, "closing the reader frame left the page changed");

  // Reopening shows the overlay in the same document, with the page as it is now.
  await page.evaluate(() => {
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walk.nextNode()) {
      if (walk.currentNode.data.includes("artificial intelligence competitiveness")) walk.currentNode.data += " Updated since.";
    }
  });
  await clickOnce(page, () => frame.waitForFunction(() => document.querySelector(":root > div")), "the overlay in the warm frame");
  assert.equal(await frame.evaluate(() => window.ledeSameDocument), true, "the reader frame was reloaded");
  const again = await overlayText(frame);
  assertSampleOverlay(again);
  assert.ok(again.includes("Updated since."), "the warm frame shows the old snapshot, not the page as it is now");
  assert.equal((await page.evaluate(FRAME_STATE)).display, "block");
  const focus = await inClosedRoot(frame, "function () { return { inOverlay: !!this.activeElement, frame: document.hasFocus() }; }", context);
  assert.deepEqual(focus, { inOverlay: true, frame: true }, "the reopened overlay does not have the focus");

  // The toolbar button closes it too: the overlay inside closes and the frame is hidden.
  await clickOnce(page, () => page.waitForFunction(() => getComputedStyle(document.querySelector(":root > iframe")).display === "none"), "the frame hidden");
  // The frame is hidden now, and a hidden frame runs no animation frames: poll on a timer
  // (Playwright's default waits for animation frames, and would never look again).
  await frame.waitForFunction(() => !document.querySelector(":root > div"), null, { polling: 100 });
  assert.deepEqual(await page.evaluate(FRAME_STATE), HIDDEN);
  await page.close();
});

test("an article that states no rate gets chips at the ECB reference rate of its day, drawn apart from an article's own rate", async () => {
  const page = await openSample(NO_RATE_PAGE);
  await openOverlay(page);
  const chips = await inClosedRoot(page, CHIPS, context);
  const sample = await openSample(`/article/${SAMPLE}`);
  await openOverlay(sample);
  assertReferenceChips(chips, await inClosedRoot(sample, CHIPS, context));
  await page.close();
  await sample.close();
});

test("the extension makes no network request of its own", () => {
  assert.ok(requests.some((u) => u.startsWith(`${server.origin}/article/`)), "the recorder saw no request at all");
  // Lede's own files come from the extension's static or (web-accessible ones) dynamic origin.
  const foreign = requests.filter((u) => !u.startsWith(`${server.origin}/`) && !u.startsWith("chrome-extension://"));
  assert.deepEqual(foreign, [], "requests outside the test pages and the extension's own files");
  // The test server saw only the sample pages, the files they link to and the browser's
  // own favicon look-up.
  const pages = server.requests.filter((p) => !/^\/(strict\/)?(article\/|pages\/no-rate\?)/.test(p) && p !== "/favicon.ico");
  assert.deepEqual(pages, [], "requests to the test server outside the sample pages");
});
