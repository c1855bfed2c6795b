// Debian's headless Chromium with an unpacked extension loaded, shared by the Chromium
// end-to-end tests. Flags for running as root on a machine with no network; never a
// downloaded browser.
import { chromium } from "playwright-core";

/** Flags that make the browser log the extension system's own view of a click (the action,
 * activeTab, the scripting API and the DevTools Extensions domain) to chrome_debug.log in
 * the profile. */
export const BROWSER_LOG_FLAGS = [
  "--enable-logging",
  "--v=0",
  "--vmodule=*extension_action*=2,*active_tab*=2,*scripting*=2,*extensions_handler*=2,*extension_action_runner*=2",
];

/** Launches Chromium on a fresh `profile` with the extension in `extensionDir`; records
 * every request the browser makes (any page, frame or worker) into `requests`. */
export async function launchWithExtension(profile, extensionDir, requests, extraArgs = []) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    ignoreDefaultArgs: ["--disable-extensions"],
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
      ...extraArgs,
    ],
  });
  context.on("request", (r) => requests.push(r.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const extensionId = new URL(worker.url()).host;
  const browserCdp = await context.browser().newBrowserCDPSession();
  return { context, worker, extensionId, browserCdp };
}

/** Clicks the extension's toolbar action once for the tab showing `page` (the tab in front,
 * as a user clicks in the window they look at). Never retried: a click that does nothing is
 * a failure the test must see. */
export async function clickAction(browserCdp, extensionId, page) {
  await page.bringToFront();
  const { targetInfos } = await browserCdp.send("Target.getTargets", { filter: [{ type: "tab" }] });
  const tabs = targetInfos.filter((t) => t.url === page.url());
  if (tabs.length !== 1) throw new Error(`${tabs.length} tab targets for ${page.url()}`);
  await browserCdp.send("Extensions.triggerAction", { id: extensionId, targetId: tabs[0].targetId });
}
