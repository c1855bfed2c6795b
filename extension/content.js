// Lede's content script, injected by background.js each time the user asks for Lede on this
// page, and run by the browser itself when the page loads on a site where the user wants Lede
// to open by itself (the same file, registered by background.js). The first run sets up
// `ledeToggle`; every run (this one included) calls it. The WASM core is imported and
// instantiated once per page, on the first ask.
//
// This script runs in its own world (Chromium's isolated world, Firefox's sandbox): the
// page's scripts cannot see `ledeToggle`, the core, or the function the overlay calls with
// changed settings. Settings never pass through the page's DOM, events or postMessage: the
// overlay hands changes to `saveSettings` directly, and changes made elsewhere (the options
// page, another tab) come back through storage.onChanged.
//
// Where the page's CSP forbids WebAssembly in content scripts (Chromium without
// 'wasm-unsafe-eval'), the core runs instead in the extension's own page reader.html,
// embedded as a full-viewport iframe. The page snapshot goes to it through the background
// (extension messaging, against a one-time token), never through the page; reader.html reads
// the settings from storage itself. The frame only ever tells us "closed".
"use strict";

// The whole script is this one function, run at once: a content script cannot be a module,
// and the function keeps its names out of the world's global scope, which every run shares.
// It is long only because it holds the script; each of its functions is short.
(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  // Timing marks for tests/bench/click.mjs (the breakdown of a click); nothing reads them here.
  performance.mark("lede-script");

  if (!globalThis.ledeToggle) {
    let core = null; // Promise of the initialised module
    let wasmBlocked = false; // this page cannot run the core here: use the reader frame
    let frame = null; // the reader frame while it is open
    let focusBefore = null;
    let queue = Promise.resolve();
    let saving = Promise.resolve();
    async function storedSettings() {
      try {
        return (await api.storage.sync.get("settings")).settings ?? {};
      } catch {
        return {};
      }
    }

    const loadCore = () =>
      (core ??= (async () => {
        // The module's fetch starts with the import of its glue, not after it.
        const wasm = fetch(api.runtime.getURL("pkg/lede_bg.wasm"));
        wasm.catch(() => {}); // a failure surfaces below, from init
        const lede = await import(api.runtime.getURL("pkg/lede.js"));
        performance.mark("lede-imported");
        await lede.default({ module_or_path: wasm });
        performance.mark("lede-instantiated");
        api.storage.onChanged.addListener((changes, area) => {
          if (area === "sync" && changes.settings) lede.update_settings(changes.settings.newValue ?? {});
        });
        return lede;
      })());

    /** The overlay's callback: merges the keys that changed into what is stored now, each
     *  checked against the settings schema, one save at a time. */
    function saveSettings(lede, patch) {
      saving = saving
        .then(async () => api.storage.sync.set({ settings: lede.merge_settings(await storedSettings(), patch) }))
        .catch((e) => console.warn("Lede could not save the settings:", e));
    }

    /** Addresses of the pictures this page has already loaded: the overlay shows those and
     *  asks before loading any other. */
    function loadedPictures() {
      const urls = new Set();
      for (const img of document.images) {
        if (img.complete && img.naturalWidth > 0 && img.currentSrc) urls.add(img.currentSrc);
      }
      for (const entry of performance.getEntriesByType("resource")) urls.add(entry.name);
      return [...urls];
    }

    function snapshot() {
      return { html: document.documentElement.outerHTML, url: location.href, pictures: loadedPictures() };
    }

    // The reader frame says it closed through the background (extension messaging only).
    api.runtime.onMessage.addListener((message, sender) => {
      if (sender.id === api.runtime.id && message?.type === "lede-reader-closed" && frame) closeFrame();
    });

    function onPageKey(event) {
      if (event.key === "Escape") closeFrame();
    }

    async function openFrame(page) {
      // 128 random bits (getRandomValues: randomUUID needs a secure context, http pages are not).
      const token = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
      if (!(await api.runtime.sendMessage({ type: "lede-reader-page", token, page }))) {
        throw new Error("the background did not take the page");
      }
      focusBefore = document.activeElement;
      frame = document.createElement("iframe");
      frame.src = `${api.runtime.getURL("reader.html")}#${token}`;
      frame.title = "Lede";
      // CSSOM, not a style attribute: a strict page CSP (style-src) does not block it.
      for (const [k, v] of Object.entries({
        position: "fixed", inset: "0", width: "100vw", height: "100vh", border: "0",
        margin: "0", padding: "0", "max-width": "none", "max-height": "none",
        "z-index": "2147483647", "color-scheme": "normal", background: "transparent",
      })) frame.style.setProperty(k, v, "important");
      addEventListener("keydown", onPageKey, true);
      frame.addEventListener("load", () => frame?.contentWindow?.focus(), { once: true });
      document.documentElement.appendChild(frame);
    }

    function closeFrame() {
      removeEventListener("keydown", onPageKey, true);
      frame?.remove();
      frame = null;
      focusBefore?.focus?.({ preventScroll: true });
      focusBefore = null;
    }

    async function toggle() {
      if (frame?.isConnected) return closeFrame();
      if (frame) closeFrame(); // the page removed it: free what it held
      if (!wasmBlocked) {
        let lede;
        const settingsRead = storedSettings(); // read while the core loads
        try {
          lede = await loadCore();
        } catch (e) {
          console.info("Lede runs in its own frame on this page:", e?.message ?? e);
          wasmBlocked = true;
        }
        if (lede) {
          if (lede.is_open()) return void lede.close();
          const [page, settings] = [snapshot(), await settingsRead];
          performance.mark("lede-toggling");
          lede.toggle(page, settings, (patch) => saveSettings(lede, patch));
          performance.mark("lede-toggled");
          return;
        }
      }
      await openFrame(snapshot());
    }

    globalThis.ledeToggle = () => {
      queue = queue.then(toggle).catch((e) => console.error("Lede:", e));
      return queue;
    };
  }

  globalThis.ledeToggle();
})();
