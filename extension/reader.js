// The reader frame: Lede on pages whose CSP forbids WebAssembly in content scripts.
// content.js hands the page snapshot to the background with a one-time token and embeds
// this page as a full-viewport iframe, the token in its address. We redeem the token with
// the background (extension messaging: the page can neither send nor read it), read the
// settings from storage ourselves, and run the same core and overlay in our own document.
//
// Nothing reaches this page through postMessage: a site that frames reader.html, or posts
// to it, gets nothing done. Without a valid token we do nothing at all (no core, no
// storage). The only message we send is "lede-reader-closed", to the background, which
// passes it to Lede's content script in this tab; the page never sees it.
//
// Lede keeps this frame warm while the tab lives: when the overlay closes, the content script
// hides the frame, and to reopen, the background sends the fresh page to this very document
// ("lede-reader-show", addressed to its frame and document ids, which the background saw
// when we redeemed the token), so the core is not loaded again. Those messages, and
// "lede-reader-close", come from the background alone: we take none that a content script
// sent, and none before our own token was redeemed.
import init, { close, is_open, merge_settings, toggle, update_settings } from "./pkg/lede.js";

const api = globalThis.browser ?? globalThis.chrome;
// Timing marks for tests/bench/click.mjs (the breakdown of a click); nothing reads them here.
// This module runs once lede.js is imported (a static import).
performance.mark("lede-imported");
let token = location.hash.slice(1); // what we show now: the first page's token, then each reopening's
let settingsNow = {};
let coreReady = false; // the core is initialised: Lede can draw here
let cancelled = false; // closed before the first drawing

/** The overlay's callback: saves the settings that changed (see settings-store.js). */
const saveSettings = (patch) => globalThis.ledeSettings.save(merge_settings, patch);

const closed = () =>
  api.runtime.sendMessage({ type: "lede-reader-closed", token }).catch((e) => console.warn("Lede:", e));

// The loading state in reader.html: its background follows the reader's theme as soon as
// the settings are read, and it goes once the overlay is drawn (or Lede gives up).
const loading = () => document.getElementById("lede-loading");
function showTheme(settings) {
  const theme = settings?.theme;
  if (typeof theme === "string" && /^[a-z]{1,16}$/.test(theme)) document.documentElement.dataset.theme = theme;
}

/** Tells the content script when the reader closes the overlay here (Esc, its close button). */
let watching = null;
function watchClose() {
  watching = new MutationObserver(() => {
    if (is_open()) return;
    watching.disconnect();
    watching = null;
    closed();
  });
  watching.observe(document.documentElement, { childList: true });
}

/** Closes the overlay without telling anyone (the content script asked, or a new page
 *  replaces it). */
function closeQuietly() {
  watching?.disconnect();
  watching = null;
  if (is_open()) close();
}

/** Draws `page`: whether the overlay opened. */
function draw(page) {
  closeQuietly();
  performance.mark("lede-toggling");
  const drawn = toggle(page, settingsNow, saveSettings);
  performance.mark("lede-toggled");
  if (drawn) watchClose();
  return drawn;
}

// Esc closes Lede wherever the focus is in this frame. The overlay handles Esc itself (and
// stops it) when the focus is inside it; this is for the rest of the frame's document.
addEventListener("keydown", (event) => {
  if (event.key === "Escape" && coreReady && is_open()) close();
});

/** The background's messages to this frame (see above), from the moment our token is
 *  redeemed: closing before the core is ready cancels the first drawing. */
function listen() {
  api.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== api.runtime.id || sender.tab) return false; // the background only
    if (message?.type === "lede-reader-close") {
      if (coreReady) closeQuietly();
      else cancelled = true;
    }
    if (message?.type === "lede-reader-show" && coreReady && /^[0-9a-f]{32}$/.test(message.token)) {
      token = message.token;
      let drawn = false;
      try {
        drawn = draw(message.page);
      } catch (e) {
        console.error("Lede:", e);
      }
      sendResponse(drawn);
    }
    return false;
  });
}

async function main() {
  if (!/^[0-9a-f]{32}$/.test(token)) return loading()?.remove(); // not opened by Lede: nothing to do
  const page = await api.runtime.sendMessage({ type: "lede-reader-take", token });
  if (!page) return closed(); // the token was used or expired: Lede's frame goes away
  performance.mark("lede-taken");
  listen();
  const settings = globalThis.ledeSettings.stored(); // read while the core loads
  settings.then(showTheme);
  const module = await WebAssembly.compileStreaming(fetch(new URL("pkg/lede_bg.wasm", import.meta.url)));
  performance.mark("lede-compiled");
  await init({ module_or_path: module });
  performance.mark("lede-instantiated");
  api.storage.onChanged.addListener((changes, area) => {
    if (area !== "sync" || !changes.settings) return;
    settingsNow = changes.settings.newValue ?? {};
    update_settings(settingsNow);
  });
  settingsNow = await settings;
  coreReady = true;
  if (!cancelled) draw(page);
  loading()?.remove();
}

main().catch((e) => {
  loading()?.remove();
  console.error("Lede:", e);
});
