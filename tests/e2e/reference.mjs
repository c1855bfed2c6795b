// The reference-rate chip, shared by the Chromium and Firefox end-to-end tests: on an article
// that states no rate (tests/e2e/pages/no-rate.html, published 16 April 2025), every won amount
// gets a chip converted at the ECB reference rate of that day, labelled with its source and
// drawn unlike the chips of an article's own rate.
import assert from "node:assert/strict";

export const NO_RATE_PAGE = "/pages/no-rate";

/** Run on the overlay's closed shadow root (`this`): each chip's text, class, tooltip and
 *  how it is drawn, once the article is understood (the chips come with the summary panel,
 *  whose body is aria-busy until then). */
export const CHIPS = `async function () {
  while (this.querySelector("[aria-busy]")) await new Promise((ok) => setTimeout(ok, 10));
  return [...this.querySelectorAll(".lede-chip")].map((c) => {
    const style = getComputedStyle(c);
    return { text: c.textContent, reference: c.classList.contains("lede-reference"),
      tip: this.getElementById(c.getAttribute("aria-describedby"))?.textContent ?? "",
      drawn: { border: style.borderTopStyle, background: style.backgroundColor } };
  });
}`;

/** Checks the chips of the no-rate page against those of an article with its own rate. */
export function assertReferenceChips(chips, articleChips) {
  assert.deepEqual(chips.map((c) => c.text), ["≈ $2.82 billion · ECB rate", "≈ $212 million · ECB rate"]);
  for (const chip of chips) {
    assert.ok(chip.reference, `${chip.text}: not marked as a reference conversion`);
    assert.ok(chip.tip.includes("ECB reference rate, 16 Apr 2025, ₩1,418/$"), `tooltip: ${chip.tip}`);
    assert.ok(chip.tip.includes("the article states no rate"), `tooltip: ${chip.tip}`);
  }
  assert.ok(articleChips.length > 0, "the article with its own rate shows no chip");
  for (const own of articleChips) {
    assert.ok(!own.reference && !own.text.includes("ECB"), `${own.text}: an article's rate drawn as a reference`);
    assert.ok(!own.tip.includes("ECB"), `tooltip: ${own.tip}`);
    assert.notDeepEqual(own.drawn, chips[0].drawn, "reference and article-rate chips are drawn alike");
  }
}
