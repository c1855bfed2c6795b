// Lede's content script, injected by background.js each time the user asks for Lede on this
// page, and run by the browser itself when the page loads on a site where the user wants Lede
// to open by itself (the same file, registered by background.js). The first run sets up
// `ledeToggle`; every run (this one included) calls it. The WASM core is imported and
// instantiated once per page, on the first ask.
//
// This script runs in its own world (Chromium's isolated world, Firefox's sandbox): the
// page's scripts cannot see `ledeToggle`, the core, or the function the overlay calls with
// changed settings. Settings never pass through the page's DOM, events or postMessage: the
// overlay hands changes to `ledeSettings.save` (settings-store.js, injected just before this
// script) directly, and changes made elsewhere (the options page, another tab) come back
// through storage.onChanged.
//
// Where the page's CSP forbids WebAssembly in content scripts (Chromium without
// 'wasm-unsafe-eval'), the core runs instead in the extension's own page reader.html,
// embedded as a full-viewport iframe. The page snapshot goes to it through the background
// (extension messaging, against a one-time token), never through the page; reader.html reads
// the settings from storage itself. The frame only ever tells us "closed".
//
// The frame stays warm while the tab lives: closing hides it (display: none, inert,
// aria-hidden, out of the tab order; its overlay is closed inside, so it holds nothing to
// show) and reopening sends the fresh snapshot to that same document through the background,
// addressed by the frame and document ids the background saw when that frame redeemed our
// token, so the core is not loaded again. The page may remove, move or navigate the hidden
// frame, or restyle it (it cannot see into it): whenever the warm document is not the one
// the background reaches, a new frame is made.
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
    let focusBefore = null;
    let queue = Promise.resolve();

    const loadCore = () =>
      (core ??= (async () => {
        // The module is fetched and compiled as its bytes arrive, while its glue is imported,
        // not after. Where the page's CSP forbids WebAssembly here, compiling fails.
        const compiled = WebAssembly.compileStreaming(fetch(api.runtime.getURL("pkg/lede_bg.wasm")));
        compiled.catch(() => {}); // a failure surfaces below
        const lede = await import(api.runtime.getURL("pkg/lede.js"));
        performance.mark("lede-imported");
        const module = await compiled;
        performance.mark("lede-compiled");
        await lede.default({ module_or_path: module });
        performance.mark("lede-instantiated");
        api.storage.onChanged.addListener((changes, area) => {
          if (area === "sync" && changes.settings) lede.update_settings(changes.settings.newValue ?? {});
        });
        return lede;
      })());

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

    // The reader frame: its element, whether it is shown, the token of what it shows now, and
    // the background's address of the document that redeemed that token ({ frameId,
    // documentId }), known once the background says so; the warm path needs it.
    let frame = null;
    let frameShown = false;
    let frameToken = null;
    let reader = null;

    const newToken = () =>
      // 128 random bits (getRandomValues: randomUUID needs a secure context, http pages are not).
      Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");

    // Only the background messages a content script (the page cannot): "ready" when a reader
    // frame in this tab redeemed our token, "closed" when a reader frame closed by itself
    // (Esc or its close button inside the frame).
    api.runtime.onMessage.addListener((message, sender) => {
      if (sender.id !== api.runtime.id || !frame || message?.token !== frameToken) return;
      const from = { frameId: message.frameId, documentId: message.documentId };
      if (message.type === "lede-reader-ready" && !reader) reader = from;
      if (message.type !== "lede-reader-closed") return;
      // Our warm frame closed itself: hide it. Any other reader.html in this tab that holds
      // our token (a page can frame reader.html with the address it reads from ours) holds
      // nothing: ours may be the one that got nothing, so it goes entirely.
      if (sameReader(from)) hideFrame();
      else dropFrame();
    });

    const sameReader = (r) => !!reader && r.frameId === reader.frameId && r.documentId === reader.documentId;

    function onPageKey(event) {
      if (event.key === "Escape") closeFrame();
    }

    /** Sets the frame's own styles with CSSOM, not a style attribute: a strict page CSP
     *  (style-src) does not block it. */
    function styleFrame(styles) {
      for (const [k, v] of Object.entries(styles)) frame.style.setProperty(k, v, "important");
    }

    function showFrame() {
      focusBefore = document.activeElement;
      frame.inert = false;
      frame.removeAttribute("aria-hidden");
      frame.removeAttribute("tabindex");
      styleFrame({ display: "block" });
      frameShown = true;
      addEventListener("keydown", onPageKey, true);
    }

    /** Hides the frame and keeps it (with its core) for the next opening. */
    function hideFrame() {
      removeEventListener("keydown", onPageKey, true);
      if (frame) {
        styleFrame({ display: "none" });
        frame.inert = true;
        frame.setAttribute("aria-hidden", "true");
        frame.tabIndex = -1;
      }
      if (frameShown) focusBefore?.focus?.({ preventScroll: true });
      frameShown = false;
      focusBefore = null;
    }

    /** Removes the frame and forgets it: the next opening makes a new one. */
    function dropFrame() {
      hideFrame();
      frame?.remove();
      frame = null;
      frameToken = null;
      reader = null;
    }

    /** Closes Lede in the frame (the reader asked here: toolbar, command or Esc in the page):
     *  its overlay closes inside, so the hidden frame holds nothing a restyled frame could
     *  show, and the frame is hidden. */
    function closeFrame() {
      if (reader) api.runtime.sendMessage({ type: "lede-reader-close", reader }).catch(() => {});
      hideFrame();
    }

    /** Whether the warm frame is still where we put it: a page that removed or moved it
     *  (moving reloads a frame) gets a new one. */
    const frameInPlace = () => frame?.parentNode === document.documentElement;

    async function openFrame(page) {
      const token = newToken();
      // The warm frame: the background hands it the page directly and says whether that very
      // document drew it. Shown and focused first, so that the overlay takes the focus as it
      // opens (Chromium does not let a frame that is not focused take it).
      if (reader && frameInPlace()) {
        showFrame();
        frame.contentWindow?.focus();
        frameToken = token;
        performance.mark("lede-frame");
        const answer = await api.runtime.sendMessage({ type: "lede-reader-page", token, page, reader });
        if (answer === "shown") {
          frame.contentWindow?.focus();
          return;
        }
        // Otherwise the background kept the page under the token for a new frame.
        dropFrame();
        if (!answer) throw new Error("the background did not take the page");
      } else {
        dropFrame();
        if (!(await api.runtime.sendMessage({ type: "lede-reader-page", token, page }))) {
          throw new Error("the background did not take the page");
        }
      }
      frame = document.createElement("iframe");
      frameToken = token;
      frame.src = `${api.runtime.getURL("reader.html")}#${token}`;
      frame.title = "Lede";
      styleFrame({
        position: "fixed", inset: "0", width: "100vw", height: "100vh", border: "0",
        margin: "0", padding: "0", "max-width": "none", "max-height": "none",
        "z-index": "2147483647", "color-scheme": "normal", background: "transparent",
      });
      showFrame();
      frame.addEventListener("load", () => frame?.contentWindow?.focus(), { once: true });
      performance.mark("lede-frame");
      document.documentElement.appendChild(frame);
    }

    async function toggle() {
      if (frameShown && frame?.isConnected) return closeFrame();
      if (!wasmBlocked) {
        let lede;
        const settingsRead = globalThis.ledeSettings.stored(); // read while the core loads
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
          lede.toggle(page, settings, (patch) => globalThis.ledeSettings.save(lede.merge_settings, patch));
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
