// End to end in headless Chromium: Lede opens by itself on the sites the user listed in the
// options page and granted, and nowhere else.
//
// What cannot be automated: the options page asks for a site's permission with
// permissions.request, whose prompt headless Chromium shows to nobody, and an optional
// permission can be granted no other way. So the test loads a copy of the built extension
// whose manifest lists the test site under host_permissions, and withholds it at once with
// the browser's own site-access controls (chrome.developerPrivate, what chrome://extensions
// uses): Lede starts without the grant, like after install, and the test grants and revokes
// the site the way a user does in the browser — background.js sees the same
// permissions.onAdded/onRemoved and permissions.contains as after the options page's prompt.
// The list of sites is written to storage.sync as the options page writes it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { launchWithExtension } from "./chromium.mjs";
import { startServer } from "./server.mjs";
import { SAMPLE, assertSampleOverlay } from "./sample.mjs";
import { inClosedRoot, TEXT } from "./closed-root.mjs";

const BUILT = fileURLToPath(new URL("../../dist/extension", import.meta.url));
const LISTED = "127.0.0.1"; // the test server; the site the user grants
const UNLISTED = "localhost"; // the same server under another name: never granted
const PATTERN = `*://${LISTED}/*`; // what the options page asks for when a site is added
let server, context, worker, browserCdp, extensionsPage, extensionId, dir;
const requests = []; // every request the browser made, from any page, frame or worker

before(async () => {
  server = await startServer();
  dir = mkdtempSync(join(tmpdir(), "lede-autoopen-"));
  const extension = join(dir, "extension");
  cpSync(BUILT, extension, { recursive: true });
  const manifestFile = join(extension, "manifest.json");
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
  writeFileSync(manifestFile, JSON.stringify({ ...manifest, host_permissions: [PATTERN] }));
  ({ context, worker, extensionId, browserCdp } = await launchWithExtension(join(dir, "profile"), extension, requests));
  extensionsPage = await context.newPage();
  await extensionsPage.goto("chrome://extensions");
  await siteAccess("updateExtensionConfiguration", { extensionId, hostAccess: "ON_CLICK" });
  assert.equal(await granted(), false, "the site is still granted after withholding it");
});

after(async () => {
  await context?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Calls the browser's site-access controls, as chrome://extensions does. */
const siteAccess = (method, ...args) =>
  extensionsPage.evaluate(([method, args]) => chrome.developerPrivate[method](...args), [method, args]);
const grant = () => siteAccess("addHostPermission", extensionId, PATTERN);
const revoke = () => siteAccess("removeHostPermission", extensionId, PATTERN);
const granted = () => worker.evaluate((origins) => chrome.permissions.contains({ origins }), [PATTERN]);

/** Stores the sites the way the options page does (one `settings` object in storage.sync). */
const listSites = (autoOpenSites) =>
  worker.evaluate((autoOpenSites) => chrome.storage.sync.set({ settings: { theme: "auto", autoOpenSites } }), autoOpenSites);

/** Waits until Lede's registered content scripts match exactly `expected` (pattern lists). */
async function waitForRegistered(expected) {
  const registered = () =>
    worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.matches));
  for (let tries = 0; tries < 100; tries++) {
    if (JSON.stringify(await registered()) === JSON.stringify(expected)) return;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  assert.deepEqual(await registered(), expected, "the registered content scripts");
}

const articleOn = (host) => `http://${host}:${new URL(server.origin).port}/article/${SAMPLE}`;
const overlayText = (page) => inClosedRoot(page, TEXT, context);

/** Opens `url` in a new tab and records what the page itself asked for. */
async function open(url) {
  const page = await context.newPage();
  page.requests = [];
  page.on("request", (r) => page.requests.push(r.url()));
  await page.goto(url);
  return page;
}

/** Clicks Lede's toolbar button for the tab showing `page` (see chromium.test.mjs). */
async function clickAction(page) {
  await page.bringToFront();
  const { targetInfos } = await browserCdp.send("Target.getTargets", { filter: [{ type: "tab" }] });
  const [tab] = targetInfos.filter((t) => t.url === page.url());
  await browserCdp.send("Extensions.triggerAction", { id: extensionId, targetId: tab.targetId });
}

/** Asserts that `page` was left alone: no overlay, and the core was never loaded for it.
 *  Called only after a page opened later on a listed site has shown its overlay, so an
 *  injection at document_idle would have happened by now. */
async function assertLeftAlone(page, why) {
  assert.equal(await page.evaluate(() => document.querySelector(":root > div, :root > iframe")), null, why);
  assert.deepEqual(page.requests.filter((u) => u.startsWith("chrome-extension://")), [], `${why}: it loaded Lede's files`);
}

test("a listed site opens Lede by itself only while it is granted; other sites never", async () => {
  // Listed but not granted yet (the state between install and the grant): nothing runs.
  await listSites([UNLISTED]);
  await waitForRegistered([]);
  await grant();
  assert.equal(await granted(), true, "the grant did not take");
  // Granted, and now listed too: registered for it alone — the listed but never granted
  // site stays out.
  await listSites([UNLISTED, LISTED]);
  await waitForRegistered([[PATTERN]]);

  const elsewhere = await open(articleOn(UNLISTED));
  const listed = await open(articleOn(LISTED));
  await listed.waitForSelector(":root > div", { state: "attached" });
  assertSampleOverlay(await overlayText(listed));
  await assertLeftAlone(elsewhere, "a page on a site the user did not grant got Lede");

  // It is the toolbar's own Lede: the button closes what opened by itself.
  await clickAction(listed);
  await listed.waitForFunction(() => !document.querySelector(":root > div"));
  // Counted at the extension's own address (Chromium also logs the per-session dynamic one).
  const coreLoads = requests.filter((u) => u === `chrome-extension://${extensionId}/pkg/lede_bg.wasm`).length;
  assert.equal(coreLoads, 1, "the core loads once, for the listed page");
  await Promise.all([elsewhere.close(), listed.close()]);

  // The user takes the site's access back in the browser: Lede stops opening there.
  await revoke();
  await waitForRegistered([]);
  const revoked = await open(articleOn(LISTED));
  // Granting it again opens Lede on the next page of the site.
  await grant();
  await waitForRegistered([[PATTERN]]);
  const regranted = await open(articleOn(LISTED));
  await regranted.waitForSelector(":root > div", { state: "attached" });
  await assertLeftAlone(revoked, "a page opened while the site was revoked got Lede");
  await Promise.all([revoked.close(), regranted.close()]);

  // Removing the site from the list stops it too, permission or not.
  await listSites([UNLISTED]);
  await waitForRegistered([]);
});

test("opening by itself makes no network request of its own", () => {
  const port = new URL(server.origin).port;
  const ours = [`http://${LISTED}:${port}/`, `http://${UNLISTED}:${port}/`, "chrome-extension://"];
  const foreign = requests.filter((u) => !ours.some((o) => u.startsWith(o)) && !u.startsWith("chrome://"));
  assert.deepEqual(foreign, [], "requests outside the test pages and the extension's own files");
  const pages = server.requests.filter((p) => !p.startsWith("/article/") && p !== "/favicon.ico");
  assert.deepEqual(pages, [], "requests to the test server outside the sample pages");
});
