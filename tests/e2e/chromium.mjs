// Debian's headless Chromium with an unpacked extension loaded, shared by the Chromium
// end-to-end tests. Flags for running as root on a machine with no network; never a
// downloaded browser.
import { chromium } from "playwright-core";

/** Launches Chromium on a fresh `profile` with the extension in `extensionDir`; records
 * every request the browser makes (any page, frame or worker) into `requests`. */
export async function launchWithExtension(profile, extensionDir, requests) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    ignoreDefaultArgs: ["--disable-extensions"],
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
    ],
  });
  context.on("request", (r) => requests.push(r.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const extensionId = new URL(worker.url()).host;
  const browserCdp = await context.browser().newBrowserCDPSession();
  return { context, worker, extensionId, browserCdp };
}
