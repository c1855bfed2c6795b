// End to end in headless Firefox ESR through geckodriver: the built, unpacked extension is
// installed as a temporary add-on, the toolbar button and the keyboard command are pressed
// through the browser's own UI code (chrome context: the same activeTab grant as a user's
// click or key press), and the overlay is checked as a reader sees it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { startFirefox } from "./webdriver.mjs";
import { startServer } from "./server.mjs";
import { SAMPLE, assertSampleOverlay, PAGE_STATE } from "./sample.mjs";
import { inClosedRootFirefox, TEXT_FF } from "./closed-root.mjs";
import { NO_RATE_PAGE, CHIPS, assertReferenceChips } from "./reference.mjs";

const EXTENSION = fileURLToPath(new URL("../../dist/extension", import.meta.url));
let server, ff, addonId;

const PAGE_STATE_SCRIPT = `return (${PAGE_STATE})();`;
/** The overlay's text as the reader sees it (its closed shadow root, through WebDriver). */
const overlayText = () => inClosedRootFirefox(ff, TEXT_FF);

/** Runs `script` in the browser window (chrome context) and returns to the page. */
async function inBrowserUi(script, args = []) {
  await ff.setContext("chrome");
  try {
    return await ff.execute(script, args);
  } finally {
    await ff.setContext("content");
  }
}

const clickAction = () =>
  inBrowserUi(
    `const { ExtensionParent } = ChromeUtils.importESModule("resource://gre/modules/ExtensionParent.sys.mjs");
     const extension = ExtensionParent.GlobalManager.getExtension(arguments[0]);
     ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);`,
    [addonId],
  );

/** Fires Lede's keyboard command (Alt+Shift+L) as the browser does on the key press. */
const pressCommand = () =>
  inBrowserUi(
    `const key = document.querySelector('keyset[id^="ext-keyset-id-"] > key[key="L"][modifiers="alt,shift"]');
     if (!key) throw new Error("Lede's keyboard command is not registered");
     key.doCommand();`,
  );

async function waitFor(script, what, args = []) {
  for (let i = 0; i < 200; i++) {
    const value = await ff.execute(script, args);
    if (value) return value;
    await new Promise((ok) => setTimeout(ok, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Triggers Lede with `trigger` and resolves with the milliseconds until the overlay is in the page. */
async function openOverlay(trigger) {
  await ff.execute(`window.ledeShownAt = 0;
    new MutationObserver((_, o) => {
      if (document.querySelector(":root > div")) o.disconnect(), (window.ledeShownAt = Date.now());
    }).observe(document.documentElement, { childList: true });`);
  const clicked = Date.now();
  await trigger();
  const shown = await waitFor(`return window.ledeShownAt;`, "the overlay");
  await ff.execute(`delete window.ledeShownAt;`);
  return shown - clicked;
}

const closed = () => waitFor(`return !document.querySelector(":root > div, :root > iframe");`, "the overlay to close");

async function openSample(path) {
  await ff.navigate(`${server.origin}${path}`);
  await ff.execute(`scrollTo(0, 400);`);
}

before(async () => {
  server = await startServer();
  ff = await startFirefox();
  addonId = await ff.installAddon(EXTENSION);
  // Every network request from here on that a page or an extension asked for: all but the
  // browser's own housekeeping (system principal: settings sync and the like).
  await inBrowserUi(`window.ledeRequests = [];
    Services.obs.addObserver((subject) => {
      const channel = subject.QueryInterface(Ci.nsIChannel);
      if (!channel.loadInfo.triggeringPrincipal.isSystemPrincipal) window.ledeRequests.push(channel.URI.spec);
    }, "http-on-modify-request");`);
});

after(async () => {
  await ff?.quit();
  await server?.close();
});

test("the toolbar button and the keyboard command open the overlay; Esc and the command close it and restore the page", async () => {
  await openSample(`/article/${SAMPLE}`);
  const before = await ff.execute(PAGE_STATE_SCRIPT);
  assert.ok(before.y > 0, "the sample page should scroll");

  const cold = await openOverlay(clickAction);
  console.log(`Firefox, click to overlay on the sample, first time (loads the WASM core): ${cold} ms`);
  assertSampleOverlay(await overlayText());
  await ff.pressKey("\uE00C"); // Escape
  await closed();
  assert.deepEqual(await ff.execute(PAGE_STATE_SCRIPT), before, "Esc left the page changed");

  const warm = await openOverlay(pressCommand);
  console.log(`Firefox, keyboard command to overlay on the sample, core already loaded: ${warm} ms`);
  assertSampleOverlay(await overlayText());
  await pressCommand();
  await closed();
  assert.deepEqual(await ff.execute(PAGE_STATE_SCRIPT), before, "the command left the page changed");

});

test("on a page with a strict CSP the overlay shows the article too", async () => {
  await openSample(`/strict/article/${SAMPLE}`);
  const before = await ff.execute(PAGE_STATE_SCRIPT);
  await clickAction();
  await waitFor(`return document.querySelector(":root > div, :root > iframe");`, "the overlay");
  let text = await overlayText();
  if (text === null) {
    // Lede fell back to its reader frame: read the overlay inside it.
    await ff.switchToFrame(await ff.findElement(":root > iframe"));
    await waitFor(`return document.querySelector(":root > div");`, "the overlay in the reader frame");
    text = await overlayText();
    await ff.switchToFrame(null);
  }
  assertSampleOverlay(text);
  await clickAction();
  await closed();
  assert.deepEqual(await ff.execute(PAGE_STATE_SCRIPT), before, "closing left the page changed");
});

test("an article that states no rate gets chips at the ECB reference rate of its day, drawn apart from an article's own rate", async () => {
  const chipsOn = async (path) => {
    await openSample(path);
    await openOverlay(clickAction);
    const chips = await inClosedRootFirefox(ff, `return (${CHIPS}).call(arguments[0]);`);
    await clickAction();
    await closed();
    return chips;
  };
  const chips = await chipsOn(NO_RATE_PAGE);
  assertReferenceChips(chips, await chipsOn(`/article/${SAMPLE}`));
});

test("the extension makes no network request of its own", async () => {
  const seen = await inBrowserUi(`return window.ledeRequests;`);
  assert.ok(seen.some((u) => u.startsWith(`${server.origin}/article/`)), "the recorder saw no request at all");
  const foreign = seen.filter((u) => !u.startsWith(`${server.origin}/`));
  assert.deepEqual(foreign, [], "requests outside the test pages");
  const pages = server.requests.filter((p) => !/^\/(strict\/)?(article\/|pages\/no-rate$)/.test(p) && p !== "/favicon.ico");
  assert.deepEqual(pages, [], "requests to the test server outside the sample pages");
});
