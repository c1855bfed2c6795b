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

// What runs in a page to draw Lede there, in this order: the settings store, then the content
// script that uses it.
const CONTENT_SCRIPTS = ["settings-store.js", "content.js"];

async function toggleLede(tab) {
  if (!tab || tab.id === undefined) return;
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await api.scripting.executeScript({ target: { tabId: tab.id }, files: CONTENT_SCRIPTS });
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
//
// The frame stays warm once closed (hidden by the content script). When a reader.html
// redeems a token, the content script is told which frame and document did it; to reopen,
// the content script names that document and the page goes to it directly (tabs.sendMessage
// to that frame id and, in Chromium, document id: a page that navigates the frame elsewhere,
// even to another reader.html, makes a new document that is not addressed). When that
// document does not answer, the page is kept under the token for a new frame, as the first
// time. Nothing here outlives a message but the tokens: the worker may stop at any time.
const TOKEN_LIFETIME_MS = 60_000;
const readerPages = new Map(); // token → { page, tabId }

const isToken = (token) => /^[0-9a-f]{32}$/.test(token);
const fromReaderPage = (sender) => sender.url !== undefined && new URL(sender.url).pathname === "/reader.html";
/** The one document `reader` ({ frameId, documentId }) names, as tabs.sendMessage options. */
const documentOf = (reader) => ({
  frameId: reader.frameId,
  ...(typeof reader.documentId === "string" ? { documentId: reader.documentId } : {}),
});
const isReaderFrame = (reader) => Number.isInteger(reader?.frameId) && reader.frameId > 0;

/** Hands `page` to the warm reader frame `reader` of tab `tabId`: whether it drew it. */
async function showInWarmFrame(tabId, reader, token, page) {
  if (!isReaderFrame(reader)) return false;
  try {
    return (await api.tabs.sendMessage(tabId, { type: "lede-reader-show", token, page }, documentOf(reader))) === true;
  } catch {
    return false; // no such document any more, or nothing of Lede's in it
  }
}

async function handOver(message, sender) {
  const token = String(message.token);
  if (message.type === "lede-reader-page") {
    if (!sender.tab || !isToken(token)) return false;
    if (message.reader && (await showInWarmFrame(sender.tab.id, message.reader, token, message.page))) return "shown";
    readerPages.set(token, { page: message.page, tabId: sender.tab.id });
    setTimeout(() => readerPages.delete(token), TOKEN_LIFETIME_MS);
    return true;
  }
  const entry = readerPages.get(token);
  readerPages.delete(token);
  const sameTab = !sender.tab || sender.tab.id === entry?.tabId;
  if (!entry || !fromReaderPage(sender) || !sameTab) return null;
  // Tell the content script which document holds its page: the one to reopen in.
  const ready = { type: "lede-reader-ready", token, frameId: sender.frameId, documentId: sender.documentId };
  api.tabs.sendMessage(entry.tabId, ready, { frameId: 0 }).catch(() => {});
  return entry.page;
}

api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (sender.id !== api.runtime.id) return false;
  if (message?.type === "lede-reader-closed") {
    // The reader frame closed its overlay: tell Lede's content script in the same tab (top
    // frame), naming the frame and the token it showed. Extension messaging, so the page
    // neither sees nor forges it.
    if (sender.tab?.id !== undefined && fromReaderPage(sender)) {
      const closed = { type: "lede-reader-closed", token: String(message.token), frameId: sender.frameId, documentId: sender.documentId };
      api.tabs.sendMessage(sender.tab.id, closed, { frameId: 0 }).catch(() => {});
    }
    return false;
  }
  if (message?.type === "lede-reader-close") {
    // The content script closes Lede in its (warm) reader frame, which then stays hidden.
    if (sender.tab?.id !== undefined && isReaderFrame(message.reader)) {
      api.tabs.sendMessage(sender.tab.id, { type: "lede-reader-close" }, documentOf(message.reader)).catch(() => {});
    }
    return false;
  }
  if (message?.type !== "lede-reader-page" && message?.type !== "lede-reader-take") return false;
  handOver(message, sender).then(sendResponse, () => sendResponse(null));
  return true; // the answer comes later
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
  const script = { id: AUTO_OPEN_ID, matches, js: CONTENT_SCRIPTS, runAt: "document_idle" };
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
