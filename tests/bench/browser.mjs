// Headless Chromium for the benchmarks: Debian's /usr/bin/chromium (never a downloaded one)
// with a fresh profile, the flags it needs to run as root, and optionally Lede's unpacked
// extension loaded (the same way as tests/e2e/chromium.test.mjs).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const FLAGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

/** Launches Chromium; `extension` is the path of an unpacked extension to load, if any. */
export async function launchChromium({ extension } = {}) {
  const profile = mkdtempSync(join(tmpdir(), "lede-bench-"));
  const extensionFlags = extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    ignoreDefaultArgs: extension ? ["--disable-extensions"] : [],
    args: [...FLAGS, ...extensionFlags],
  });
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, close };
}
