// A hostile page's script (tests/e2e/trust.test.mjs): it tries the attacks of issue 9 that
// a page's own scripts can try, and records what it got in `window.__attack` for the test.
// Which attacks run is chosen by the page address (?define&decoys&remove&redirect&forge).
// An external file: these pages are also served with a CSP that forbids inline scripts.
(() => {
  const params = new URLSearchParams(location.search);
  const got = (window.__attack = {
    settingsSeen: [], // what any lede-settings event carried to the page
    eventsSent: 0,
    rootsCaught: 0, // shadow roots our wrapped attachShadow saw
    rootRead: null, // text the page read inside Lede's overlay
    rewrote: false,
    definedRan: false, // our custom element's constructor ran
    removed: false,
    frames: 0,
    leaks: [], // what reached a frame the page controls
  });
  // The forged settings: a rate of 1 won per dollar, a site to open on, no theme.
  const forged = { theme: "", user_won_per_dollar: 1, autoOpenSites: ["evil.example"] };

  addEventListener("lede-settings", (e) => got.settingsSeen.push(String(e.detail)), true);
  const forge = (target) => {
    target.dispatchEvent(new CustomEvent("lede-settings", { detail: JSON.stringify(forged), bubbles: true, composed: true }));
    got.eventsSent++;
  };

  // Catch shadow roots: in the page's own world this sees every attachShadow call.
  const attach = Element.prototype.attachShadow;
  const caught = [];
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    caught.push(root);
    got.rootsCaught++;
    return root;
  };

  if (params.has("define")) {
    // The old host's name: its constructor would run inside Lede's open().
    customElements.define("lede-overlay", class extends HTMLElement {
      constructor() {
        super();
        got.definedRan = true;
      }
      connectedCallback() {
        this.remove();
      }
    });
  }

  if (params.has("decoys")) {
    addEventListener("DOMContentLoaded", () => {
      const decoy = document.createElement("lede-overlay");
      decoy.id = "lede-overlay";
      const div = document.createElement("div");
      div.className = "decoy";
      document.documentElement.append(decoy, div);
    });
  }

  function inspect(host) {
    host.addEventListener("lede-settings", (e) => got.settingsSeen.push(String(e.detail)));
    forge(host);
    setTimeout(() => {
      forge(host);
      const root = host.shadowRoot ?? caught.at(-1) ?? null;
      if (root) {
        got.rootRead = root.textContent.slice(0, 200);
        const title = root.querySelector("h1");
        if (title) {
          title.textContent = "REWRITTEN BY THE PAGE";
          got.rewrote = true;
        }
      }
      if (params.has("remove") && !got.removed && host.className !== "decoy") {
        got.removed = true;
        host.remove();
      }
    }, 200);
  }

  function onFrame(frame) {
    got.frames++;
    const src = frame.src;
    if (params.has("redirect")) frame.src = "/pages/child.html"; // our own page in Lede's frame
    if (params.has("forge") && src.includes("/reader.html")) forgeFrame(src.split("#")[0]);
  }

  // Frame reader.html ourselves and post it forged text and settings (the old protocol);
  // post the same to Lede's own frame.
  function forgeFrame(readerUrl) {
    const ours = document.createElement("iframe");
    ours.id = "forged";
    ours.src = readerUrl;
    ours.style.cssText = "width:600px;height:400px";
    document.body.append(ours);
    const message = { type: "lede-page", html: "<html><body><article><h1>FORGED TITLE</h1><p>FORGED TEXT that the page wrote.</p></article></body></html>", url: location.href, settings: JSON.stringify(forged) };
    let n = 0;
    const timer = setInterval(() => {
      ours.contentWindow?.postMessage(message, "*");
      for (const f of document.querySelectorAll(":root > iframe")) f.contentWindow?.postMessage(message, "*");
      if (++n > 40) clearInterval(timer);
    }, 50);
  }

  new MutationObserver((records) => {
    for (const r of records) {
      for (const node of r.addedNodes) {
        // Only what appears once the page is loaded: Lede's, not the page's own body.
        if (document.readyState !== "complete" || node.nodeType !== 1) continue;
        if (node.className === "decoy" || node.id === "lede-overlay") continue;
        if (node.tagName === "IFRAME") onFrame(node);
        else inspect(node);
      }
    }
  }).observe(document.documentElement, { childList: true });

  addEventListener("message", (e) => {
    if (e.data && "leak" in e.data) got.leaks.push(JSON.stringify(e.data.leak));
  });

  // A reader.html address given by the test (Firefox: the page cannot know it otherwise).
  if (params.has("reader")) addEventListener("load", () => forgeFrame(params.get("reader")));
})();
