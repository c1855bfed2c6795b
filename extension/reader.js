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
import init, { is_open, merge_settings, toggle, update_settings } from "./pkg/lede.js";

const api = globalThis.browser ?? globalThis.chrome;
const token = location.hash.slice(1);

async function storedSettings() {
  try {
    return (await api.storage.sync.get("settings")).settings ?? {};
  } catch {
    return {};
  }
}

let saving = Promise.resolve();
function saveSettings(patch) {
  saving = saving
    .then(async () => api.storage.sync.set({ settings: merge_settings(await storedSettings(), patch) }))
    .catch((e) => console.warn("Lede could not save the settings:", e));
}

const closed = () =>
  api.runtime.sendMessage({ type: "lede-reader-closed" }).catch((e) => console.warn("Lede:", e));

// The loading state in reader.html: its background follows the reader's theme as soon as
// the settings are read, and it goes once the overlay is drawn (or Lede gives up).
const loading = () => document.getElementById("lede-loading");
function showTheme(settings) {
  const theme = settings?.theme;
  if (typeof theme === "string" && /^[a-z]{1,16}$/.test(theme)) document.documentElement.dataset.theme = theme;
}

function watchClose() {
  new MutationObserver((_, observer) => {
    if (!is_open()) {
      observer.disconnect();
      closed();
    }
  }).observe(document.documentElement, { childList: true });
}

async function main() {
  if (!/^[0-9a-f]{32}$/.test(token)) return loading()?.remove(); // not opened by Lede: nothing to do
  const page = await api.runtime.sendMessage({ type: "lede-reader-take", token });
  if (!page) return closed(); // the token was used or expired: Lede's frame goes away
  const settings = storedSettings(); // read while the core loads
  settings.then(showTheme);
  await init({ module_or_path: new URL("pkg/lede_bg.wasm", import.meta.url) });
  api.storage.onChanged.addListener((changes, area) => {
    if (area === "sync" && changes.settings) update_settings(changes.settings.newValue ?? {});
  });
  const drawn = toggle(page, await settings, saveSettings);
  loading()?.remove();
  if (drawn) watchClose();
}

main().catch((e) => {
  loading()?.remove();
  console.error("Lede:", e);
});
