// `./build.sh demo` end to end: the demo server's page loads the core and shows the bundled
// sample, then the analysis of pasted HTML, in headless Chromium.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { assertSampleOverlay } from "./sample.mjs";
import { shownInClosedRoot } from "./closed-root.mjs";

let server, browser, address;

before(async () => {
  server = spawn("node", [fileURLToPath(new URL("../../www/serve.mjs", import.meta.url)), "0"], { stdio: ["ignore", "pipe", "inherit"] });
  address = await new Promise((resolve, reject) => {
    server.stdout.on("data", (chunk) => {
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(String(chunk));
      if (url) resolve(url[0]);
    });
    server.on("exit", (code) => reject(new Error(`the demo server exited (${code})`)));
  });
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  await browser?.close();
  server?.kill();
});

// What the reader sees in the demo's container. Its shadow root is closed: the demo page's
// own scripts cannot read it (checked below), so the test reads it through the browser.
const shownText = (page) => shownInClosedRoot(page, "#lede");
const shows = async (page, pattern) => {
  for (let i = 0; i < 200; i++) {
    if (pattern.test((await shownText(page)) ?? "")) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`the demo never showed ${pattern}`);
};

test("the demo shows the bundled sample, then pasted HTML", async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(address);
  await page.waitForFunction(() => /Analysed/.test(document.getElementById("status").textContent));
  assertSampleOverlay(await shownText(page));
  assert.equal(await page.evaluate(() => document.getElementById("lede").shadowRoot), null, "the demo's root is open to the page");
  assert.match(await page.textContent("#json"), /"title": "Korean officials to travel/);

  await page.fill("#html", `<html><head><title>Port strike ends | Example News</title></head><body>
    <nav>Home Sports Login</nav><article><h1>Port strike ends after nine days</h1>
    ${"<p>Dock workers in Busan returned to work on Monday after the union accepted a 4.5 percent pay rise, ending a strike that had idled the country's busiest port for nine days.</p>".repeat(4)}
    </article></body></html>`);
  await page.fill("#url", "https://news.example/port-strike");
  await page.click("#show-pasted");
  await shows(page, /Dock workers in Busan/);
  assert.ok(!(await shownText(page)).includes("Korean officials to travel"), "the previous article is still shown");
  assert.deepEqual(errors, []);
});
