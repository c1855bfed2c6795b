// What a reader must see in the overlay for the bundled sample article, shared by the
// Chromium and Firefox end-to-end tests.
import assert from "node:assert/strict";

export const SAMPLE = "joongang-trade-talks";

/** Checks the overlay's text (its shadow root's textContent) for the sample article. */
export function assertSampleOverlay(text) {
  assert.ok(text, "the overlay shows nothing");
  for (const shown of [
    "Korean officials to travel to U.S. for crucial trade, tariff discussions", // title
    "Im Soung-bin", // byline, cleaned from "BY IM SOUNG-BIN [email]"
    "U.S. Treasury Secretary Scott Bessent", // body
    // body, last paragraph; after the "4 trillion won" the overlay inserts its dollar chip,
    // so the check reads past it.
    "for strengthening trade and artificial intelligence competitiveness",
  ]) assert.ok(text.includes(shown), `the overlay lacks "${shown}"`);
  for (const clutter of ["Related Article", "Log in to Twitter", "Subscribe", "Copy link"]) {
    assert.ok(!text.includes(clutter), `the overlay shows page clutter "${clutter}"`);
  }
}

/** The page state that closing the overlay must leave exactly as it was (run in the page). */
export const PAGE_STATE = () => ({ html: document.documentElement.outerHTML, x: scrollX, y: scrollY });
