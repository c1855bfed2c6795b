// Lede's content script, injected by background.js each time the user asks for Lede on this
// page, and run by the browser itself when the page loads on a site where the user wants Lede
// to open by itself (the same file, registered by background.js). The first run sets up
// `ledeToggle`; every run (this one included) calls it. The WASM core is imported and instantiated once per page, on the first ask.
//
// Where the page's CSP forbids WebAssembly in content scripts (Chromium without
// 'wasm-unsafe-eval'), the core runs instead in the extension's own page reader.html,
// embedded as a full-viewport iframe that gets the page's HTML and address by postMessage
// and shows the same overlay in its own document.
"use strict";

(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  // Timing marks for tests/bench/click.mjs (the breakdown of a click); nothing reads them here.
  performance.mark("lede-script");

  if (!globalThis.ledeToggle) {
    const HOST_TAG = "LEDE-OVERLAY";
    let core = null; // Promise of the initialised module
    let wasmBlocked = false; // this page cannot run the core here: use the reader frame
    let frame = null; // the reader frame while it is open
    let framePage = null; // what the reader frame is sent once it is ready
    let focusBefore = null;
    let queue = Promise.resolve();

    const loadCore = () =>
      (core ??= (async () => {
        const lede = await import(api.runtime.getURL("pkg/lede.js"));
        performance.mark("lede-imported");
        await lede.default({ module_or_path: api.runtime.getURL("pkg/lede_bg.wasm") });
        performance.mark("lede-instantiated");
        return lede;
      })());

    async function settingsJson() {
      try {
        const { settings } = await api.storage.sync.get("settings");
        return JSON.stringify(settings ?? {});
      } catch {
        return "{}";
      }
    }

    function saveSettings(event) {
      try {
        api.storage.sync.set({ settings: JSON.parse(event.detail) });
      } catch (e) {
        console.warn("Lede could not save the settings:", e);
      }
    }

    function snapshot() {
      return { html: document.documentElement.outerHTML, url: location.href };
    }

    function onFrameMessage(event) {
      if (!frame || event.source !== frame.contentWindow) return;
      if (event.data?.type === "lede-ready") {
        frame.contentWindow.postMessage(framePage, new URL(frame.src).origin);
        frame.contentWindow.focus();
      } else if (event.data?.type === "lede-closed") {
        closeFrame();
      }
    }

    function onPageKey(event) {
      if (event.key === "Escape") closeFrame();
    }

    function openFrame(page, settings) {
      focusBefore = document.activeElement;
      frame = document.createElement("iframe");
      framePage = { type: "lede-page", html: page.html, url: page.url, settings };
      frame.src = api.runtime.getURL("reader.html");
      frame.title = "Lede";
      // CSSOM, not a style attribute: a strict page CSP (style-src) does not block it.
      for (const [k, v] of Object.entries({
        position: "fixed", inset: "0", width: "100vw", height: "100vh", border: "0",
        margin: "0", padding: "0", "max-width": "none", "max-height": "none",
        "z-index": "2147483647", "color-scheme": "normal", background: "transparent",
      })) frame.style.setProperty(k, v, "important");
      addEventListener("message", onFrameMessage);
      addEventListener("keydown", onPageKey, true);
      document.documentElement.appendChild(frame);
    }

    function closeFrame() {
      removeEventListener("message", onFrameMessage);
      removeEventListener("keydown", onPageKey, true);
      frame?.remove();
      frame = framePage = null;
      focusBefore?.focus?.({ preventScroll: true });
      focusBefore = null;
    }

    async function toggle() {
      if (frame) return closeFrame();
      if (!wasmBlocked) {
        let lede;
        try {
          lede = await loadCore();
        } catch (e) {
          console.info("Lede runs in its own frame on this page:", e?.message ?? e);
          wasmBlocked = true;
        }
        if (lede) {
          if (lede.is_open()) return void lede.close();
          const page = snapshot();
          const settings = await settingsJson();
          performance.mark("lede-toggling");
          const opened = lede.toggle(page.html, page.url, settings);
          performance.mark("lede-toggled");
          if (opened) {
            const host = document.documentElement.lastElementChild;
            if (host?.tagName === HOST_TAG) host.addEventListener("lede-settings", saveSettings);
          }
          return;
        }
      }
      openFrame(snapshot(), await settingsJson());
    }

    globalThis.ledeToggle = () => {
      queue = queue.then(toggle).catch((e) => console.error("Lede:", e));
      return queue;
    };
  }

  globalThis.ledeToggle();
})();
