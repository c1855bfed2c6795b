// A minimal W3C WebDriver client over fetch, for Firefox through geckodriver (on PATH):
// just the commands the end-to-end tests use, plus geckodriver's add-on install and
// chrome-context switch.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

async function freePort() {
  const probe = createServer();
  await new Promise((ok) => probe.listen(0, "127.0.0.1", ok));
  const { port } = probe.address();
  await new Promise((ok) => probe.close(ok));
  return port;
}

export async function startFirefox() {
  const port = await freePort();
  const profileRoot = mkdtempSync(join(tmpdir(), "lede-firefox-"));
  // --allow-system-access: the tests reach the browser's own UI (chrome context) to press
  // the extension's button and keyboard command.
  const driver = spawn("geckodriver", ["--port", String(port), "--profile-root", profileRoot, "--allow-system-access"], { stdio: "ignore" });
  const base = `http://127.0.0.1:${port}`;
  const call = async (method, path, body) => {
    const res = await fetch(base + path, {
      method,
      headers: { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json();
    if (!res.ok) throw new Error(`WebDriver ${method} ${path}: ${json.value?.error}: ${json.value?.message}`);
    return json.value;
  };
  for (let i = 0; ; i++) {
    try {
      await call("GET", "/status");
      break;
    } catch (e) {
      if (i > 100) throw new Error(`geckodriver did not start: ${e.message}`);
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }
  const { sessionId } = await call("POST", "/session", {
    capabilities: {
      alwaysMatch: {
        browserName: "firefox",
        "moz:firefoxOptions": {
          binary: "/usr/bin/firefox-esr",
          args: ["-headless"],
          prefs: { "browser.shell.checkDefaultBrowser": false, "datareporting.policy.dataSubmissionEnabled": false },
        },
      },
    },
  });
  const s = (path) => `/session/${sessionId}${path}`;
  return {
    installAddon: (path) => call("POST", s("/moz/addon/install"), { path, temporary: true }),
    setContext: (context) => call("POST", s("/moz/context"), { context }),
    navigate: (url) => call("POST", s("/url"), { url }),
    execute: (script, args = []) => call("POST", s("/execute/sync"), { script, args }),
    pressKey: (key) =>
      call("POST", s("/actions"), {
        actions: [{ type: "key", id: "keyboard", actions: [{ type: "keyDown", value: key }, { type: "keyUp", value: key }] }],
      }),
    /** Presses `keys` together (e.g. ["\uE008", "\uE004"]: Shift+Tab) and releases them. */
    pressKeys: (keys) =>
      call("POST", s("/actions"), {
        actions: [{
          type: "key", id: "keyboard",
          actions: [...keys.map((value) => ({ type: "keyDown", value })), ...[...keys].reverse().map((value) => ({ type: "keyUp", value }))],
        }],
      }),
    /** A left click at (x, y) in the viewport, as a mouse makes it. */
    clickAt: (x, y) =>
      call("POST", s("/actions"), {
        actions: [{
          type: "pointer", id: "mouse", parameters: { pointerType: "mouse" },
          actions: [
            { type: "pointerMove", x: Math.round(x), y: Math.round(y), origin: "viewport" },
            { type: "pointerDown", button: 0 },
            { type: "pointerUp", button: 0 },
          ],
        }],
      }),
    setWindowRect: (rect) => call("POST", s("/window/rect"), rect),
    switchToFrame: (id) => call("POST", s("/frame"), { id }),
    newWindow: (type) => call("POST", s("/window/new"), { type }),
    switchToWindow: (handle) => call("POST", s("/window"), { handle }),
    findElement: (css) => call("POST", s("/element"), { using: "css selector", value: css }),
    findElements: (css) => call("POST", s("/elements"), { using: "css selector", value: css }),
    /** An element's shadow root (open or closed), or null. */
    async shadowRoot(element) {
      const id = Object.values(element)[0];
      try {
        return await call("GET", s(`/element/${id}/shadow`));
      } catch (e) {
        if (/no such shadow root/.test(e.message)) return null;
        throw e;
      }
    },
    /** The first element matching `css` inside a shadow root. */
    findInShadow: (root, css) => call("POST", s(`/shadow/${Object.values(root)[0]}/element`), { using: "css selector", value: css }),
    click: (element) => call("POST", s(`/element/${Object.values(element)[0]}/click`), {}),
    async quit() {
      await call("DELETE", s("")).catch(() => {});
      driver.kill();
      rmSync(profileRoot, { recursive: true, force: true });
    },
  };
}
