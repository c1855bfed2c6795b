// The reader frame: Lede on pages whose CSP forbids WebAssembly in content scripts.
// content.js embeds this page as a full-viewport iframe and answers our "lede-ready" with
// the page's HTML, address and settings; we run the same core and the same overlay here,
// in our own document, and tell the page when the overlay has closed.
//
// Any script of the page could post to this frame too; it could only make its own reader
// view show other text, which it can do anyway. Nothing flows back but "closed".
import init, { toggle } from "./pkg/lede.js";

const api = globalThis.browser ?? globalThis.chrome;
const ready = init({ module_or_path: new URL("pkg/lede_bg.wasm", import.meta.url) });

function watchClose() {
  const gone = () => !document.documentElement.querySelector(":scope > lede-overlay");
  new MutationObserver((_, observer) => {
    if (gone()) {
      observer.disconnect();
      parent.postMessage({ type: "lede-closed" }, "*");
    }
  }).observe(document.documentElement, { childList: true });
}

addEventListener("message", async (event) => {
  if (event.source !== parent || event.data?.type !== "lede-page") return;
  const { html, url, settings } = event.data;
  await ready;
  if (toggle(String(html), String(url), String(settings))) {
    document.querySelector("lede-overlay")?.addEventListener("lede-settings", (e) => {
      api.storage.sync.set({ settings: JSON.parse(e.detail) }).catch(console.warn);
    });
    watchClose();
  }
});

parent.postMessage({ type: "lede-ready" }, "*");
