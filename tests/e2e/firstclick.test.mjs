// The first click works every time: a reader opens articles in new tabs and clicks Lede's
// button once; if nothing happens the extension looks broken. Headless Chromium with the
// built extension opens 30 fresh tabs in a row, each on the sample article at its own
// address, and clicks the toolbar action exactly once in each (Extensions.triggerAction: the
// same activeTab grant as a real click). Every one of the 30 must show the overlay; no click
// is repeated.
//
// The same holds for the very first click after the browser starts: 8 fresh browsers, one click
// each (a click the browser itself never delivers is told apart: see the test). There, Chromium can run the action before the activeTab grant has arrived (the
// background's first executeScript is refused, the same call 25 ms later succeeds);
// background.js waits for the grant, and this test holds it to that.
//
// The browser logs the extension system's own view (--enable-logging, --vmodule for the
// action, activeTab and DevTools extension handler sources) into the profile's
// chrome_debug.log; a failing click prints what the browser logged around it, so a click the
// browser itself lost shows up in the browser's own words.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { launchWithExtension, clickAction, BROWSER_LOG_FLAGS } from "./chromium.mjs";
import { startServer } from "./server.mjs";
import { SAMPLE, assertSampleOverlay } from "./sample.mjs";
import { inClosedRoot, TEXT } from "./closed-root.mjs";

const EXTENSION = fileURLToPath(new URL("../../dist/extension", import.meta.url));
const TABS = 30;
const FRESH_BROWSERS = 8;
let server, context, worker, browserCdp, extensionId, profile;
const workerLog = [];

before(async () => {
  server = await startServer();
  profile = mkdtempSync(join(tmpdir(), "lede-firstclick-"));
  ({ context, worker, extensionId, browserCdp } = await launchWithExtension(profile, EXTENSION, [], BROWSER_LOG_FLAGS));
  worker.on("console", (m) => workerLog.push(m.text()));
});

after(async () => {
  await context?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** What the browser with profile `dir` logged (chrome_debug.log). */
function readLog(dir) {
  try {
    return readFileSync(join(dir, "chrome_debug.log"), "utf8").split("\n");
  } catch {
    return [];
  }
}

/** What the shared browser logged, from line `from` on. */
const browserLog = (from = 0) => readLog(profile).slice(from);

test(`the first click opens Lede on ${TABS} fresh tabs in a row`, async () => {
  const failures = [];
  for (let i = 1; i <= TABS; i++) {
    const page = await context.newPage();
    await page.goto(`${server.origin}/article/${SAMPLE}?tab=${i}`);
    const logFrom = browserLog().length;
    const workerFrom = workerLog.length;
    try {
      await clickAction(browserCdp, extensionId, page);
      await page.waitForSelector(":root > div", { state: "attached", timeout: 10_000 });
      if (i === 1) assertSampleOverlay(await inClosedRoot(page, TEXT, context));
    } catch (e) {
      failures.push(
        `tab ${i}: ${e.message.split("\n")[0]}\n  extension worker said: ${JSON.stringify(workerLog.slice(workerFrom))}\n` +
          `  browser log:\n    ${browserLog(logFrom).filter((l) => /extension|action|active_?tab|scripting/i.test(l)).join("\n    ")}`,
      );
    }
    await page.close();
  }
  assert.deepEqual(failures, [], `${failures.length} of ${TABS} first clicks showed nothing`);
});

// A click the browser never hands to the extension (a listener the test adds to the
// extension's worker, beside Lede's own, counts none: Lede carries no test hooks) is the
// browser's loss, not Lede's: it is printed with the
// browser's own log, and at most one such loss in the 8 browsers is let pass (seen about
// once in 40 fresh headless browsers, only right after start-up). A click Lede received and
// did not answer is always a failure.
test(`the first click opens Lede in ${FRESH_BROWSERS} freshly started browsers`, async () => {
  const failures = [];
  const lostByBrowser = [];
  for (let i = 1; i <= FRESH_BROWSERS; i++) {
    const dir = mkdtempSync(join(tmpdir(), "lede-firstclick-fresh-"));
    const fresh = await launchWithExtension(dir, EXTENSION, [], BROWSER_LOG_FLAGS);
    const said = [];
    fresh.worker.on("console", (m) => said.push(m.text()));
    try {
      const page = fresh.context.pages()[0] ?? (await fresh.context.newPage());
      await page.goto(`${server.origin}/article/${SAMPLE}?browser=${i}`);
      // The worker has run background.js (its listeners are registered): a user cannot
      // click before the extension has loaded either. The test's own listener counts the
      // clicks the browser delivers.
      await fresh.worker.evaluate(() => {
        globalThis.clicksDelivered = 0;
        chrome.action.onClicked.addListener(() => globalThis.clicksDelivered++);
      });
      await clickAction(fresh.browserCdp, fresh.extensionId, page);
      await page.waitForSelector(":root > div", { state: "attached", timeout: 10_000 });
    } catch (e) {
      const asks = await fresh.worker.evaluate(() => globalThis.clicksDelivered).catch(() => undefined);
      const log = readLog(dir).filter((l) => /extension|action|active_?tab|scripting/i.test(l));
      const report = `browser ${i}: ${e.message.split("\n")[0]}; asks the worker received: ${asks}; it said: ${JSON.stringify(said)}\n  browser log:\n    ${log.join("\n    ")}`;
      (asks === 0 ? lostByBrowser : failures).push(report);
    } finally {
      await fresh.context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (lostByBrowser.length) console.log(`# clicks the browser never delivered:\n${lostByBrowser.join("\n")}`);
  assert.deepEqual(failures, [], `${failures.length} of ${FRESH_BROWSERS} first clicks Lede received showed nothing`);
  assert.ok(lostByBrowser.length <= 1, `${lostByBrowser.length} of ${FRESH_BROWSERS} clicks never reached Lede`);
});
