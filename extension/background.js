// Lede's background: the toolbar button and the keyboard command both inject the content
// script into the active tab. Nothing runs on a page until the user asks (activeTab), except
// on the sites the user chose in the options page, where the same content script is
// registered to run by itself. The background itself never touches the network.
"use strict";

const api = globalThis.browser ?? globalThis.chrome;

// Right after the browser starts, Chromium can deliver the click before the activeTab grant
// that comes with it: the first executeScript is refused for lack of access and the same call
// a few milliseconds later succeeds (seen on 3 of 12 fresh headless browsers; see
// tests/e2e/firstclick.test.mjs). So a refusal is retried a few times within half a second.
const GRANT_WAITS_MS = [25, 75, 150, 250];

async function toggleLede(tab) {
  if (!tab || tab.id === undefined) return;
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await api.scripting.executeScript({ target: { tabId: tab.id }, files: ["content.js"] });
        return;
      } catch (e) {
        if (attempt >= GRANT_WAITS_MS.length || !/Cannot access contents/.test(e?.message)) throw e;
        await new Promise((wake) => setTimeout(wake, GRANT_WAITS_MS[attempt]));
      }
    }
  } catch (e) {
    // Pages no extension may script (the browser's own pages, the web store): nothing to do.
    console.warn("Lede cannot run on this page:", e?.message ?? e);
  }
}

api.action.onClicked.addListener(toggleLede);

// The reader frame's hand-over (see content.js and reader.js). The content script leaves the
// page snapshot here under a random one-time token and embeds reader.html with the token;
// reader.html takes it back. Only Lede's own scripts can message the background (a web page
// cannot), so the snapshot never passes through the page, and a token is good once, only
// for reader.html in the tab that left it, and for a minute at most.
const TOKEN_LIFETIME_MS = 60_000;
const readerPages = new Map(); // token → { page, tabId }

function handOver(message, sender) {
  const token = String(message.token);
  if (message.type === "lede-reader-page") {
    if (!sender.tab || !/^[0-9a-f]{32}$/.test(token)) return false;
    readerPages.set(token, { page: message.page, tabId: sender.tab.id });
    setTimeout(() => readerPages.delete(token), TOKEN_LIFETIME_MS);
    return true;
  }
  const entry = readerPages.get(token);
  readerPages.delete(token);
  const fromReader = sender.url !== undefined && new URL(sender.url).pathname === "/reader.html";
  const sameTab = !sender.tab || sender.tab.id === entry?.tabId;
  return entry && fromReader && sameTab ? entry.page : null;
}

api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (sender.id !== api.runtime.id) return false;
  if (message?.type === "lede-reader-closed") {
    // The reader frame closed its overlay: tell Lede's content script in the same tab (top
    // frame) to remove the frame. Extension messaging, so the page neither sees nor forges it.
    if (sender.tab?.id !== undefined && sender.url && new URL(sender.url).pathname === "/reader.html") {
      api.tabs.sendMessage(sender.tab.id, { type: "lede-reader-closed" }, { frameId: 0 }).catch(() => {});
    }
    return false;
  }
  if (message?.type !== "lede-reader-page" && message?.type !== "lede-reader-take") return false;
  sendResponse(handOver(message, sender));
  return false;
});
api.commands.onCommand.addListener(async (command, tab) => {
  if (command !== "toggle-lede") return;
  // Older browsers do not pass the tab along with the command.
  tab ??= (await api.tabs.query({ active: true, currentWindow: true }))[0];
  toggleLede(tab);
});

// Auto-open. The options page keeps `settings.autoOpenSites` (host names) in storage.sync
// and asks for each site's host permission when the user adds it. Here one dynamic content
// script — content.js, the file the toolbar injects, so opening by itself runs exactly the
// same toggle — is kept registered for the sites that are both listed and still granted.
// The browser injects it only on pages of those sites: every other page pays nothing.
// Either half can change on its own (the user may revoke a site in the browser's own UI),
// so the registration is recomputed from both whenever either changes.
const AUTO_OPEN_ID = "lede-auto-open";

/** The match patterns of `host` that the user has granted: the site itself, or the site
 *  with its subdomains when that wider grant was given (the browser's site-access menu). */
async function grantedPatterns(host) {
  const granted = [];
  for (const pattern of [`*://${host}/*`, `*://*.${host}/*`]) {
    try {
      if (await api.permissions.contains({ origins: [pattern] })) granted.push(pattern);
    } catch {
      // Not a valid pattern for this host (an IP address has no subdomains).
    }
  }
  return granted;
}

async function autoOpenMatches() {
  const { settings } = await api.storage.sync.get("settings");
  const sites = Array.isArray(settings?.autoOpenSites) ? settings.autoOpenSites : [];
  const hosts = [...new Set(sites.filter((h) => typeof h === "string" && h))];
  return (await Promise.all(hosts.map(grantedPatterns))).flat();
}

async function applyAutoOpen() {
  const matches = await autoOpenMatches();
  const registered = await api.scripting.getRegisteredContentScripts({ ids: [AUTO_OPEN_ID] });
  if (matches.length === 0) {
    if (registered.length) await api.scripting.unregisterContentScripts({ ids: [AUTO_OPEN_ID] });
    return;
  }
  const script = { id: AUTO_OPEN_ID, matches, js: ["content.js"], runAt: "document_idle" };
  if (registered.length) await api.scripting.updateContentScripts([script]);
  else await api.scripting.registerContentScripts([script]);
}

// Events can arrive together (adding a site stores it and grants it at once): one update
// at a time, each reading the state afresh, so the last one always wins.
let autoOpenQueue = Promise.resolve();
function syncAutoOpen() {
  autoOpenQueue = autoOpenQueue
    .then(applyAutoOpen)
    .catch((e) => console.warn("Lede could not update the sites where it opens by itself:", e));
  return autoOpenQueue;
}

api.storage.onChanged.addListener((changes, area) => {
  if (area !== "sync" || !changes.settings) return;
  const { oldValue, newValue } = changes.settings;
  if (JSON.stringify(oldValue?.autoOpenSites) !== JSON.stringify(newValue?.autoOpenSites)) syncAutoOpen();
});
api.permissions.onAdded.addListener(syncAutoOpen);
api.permissions.onRemoved.addListener(syncAutoOpen);
api.runtime.onStartup.addListener(syncAutoOpen);
api.runtime.onInstalled.addListener(syncAutoOpen);
// Every wake of the worker (or Firefox's event page) too: cheap, and it repairs a
// registration an update or a crash may have lost.
syncAutoOpen();
