// Reading Lede's overlay from the test, as no page can: its shadow root is closed, so the
// tests reach it through the browser's automation protocols, which see closed roots too.
//
//   Chromium: the DevTools protocol (DOM.getDocument with pierce, then DOM.resolveNode).
//   Firefox:  WebDriver's Get Element Shadow Root, which returns closed roots as well.
//
// In the page, Lede's host is a plain <div> appended to the root element; the test pages
// have no other element there with a shadow root.

/** Runs `fn` (source of `function () { ... }`, `this` = the closed shadow root) on Lede's
 *  overlay in a Playwright page or frame; `null` when there is no overlay. */
export async function inClosedRoot(pageOrFrame, fn, context) {
  const cdp = await context.newCDPSession(pageOrFrame);
  try {
    const { root } = await cdp.send("DOM.getDocument", { depth: 3, pierce: true });
    const html = root.children?.find((n) => n.nodeName === "HTML");
    const shadow = html?.children?.flatMap((n) => n.shadowRoots ?? []).find((r) => r.shadowRootType === "closed");
    if (!shadow) return null;
    const { object } = await cdp.send("DOM.resolveNode", { backendNodeId: shadow.backendNodeId });
    const { result, exceptionDetails } = await cdp.send("Runtime.callFunctionOn", {
      objectId: object.objectId, functionDeclaration: fn, returnByValue: true, awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(`in the overlay: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value ?? null;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

export const TEXT = "function () { return this.textContent; }";

/** The text a reader sees (`innerText`: rendered, hidden tooltips left out) in the closed
 *  shadow root of the element `selector` matches in a Playwright page (the demo's
 *  container); `null` when it has no shadow root. Through the DevTools protocol, as the
 *  demo page's own scripts cannot read it. */
export async function shownInClosedRoot(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
    if (!nodeId) return null;
    const { node } = await cdp.send("DOM.describeNode", { nodeId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.find((r) => r.shadowRootType === "closed");
    if (!shadow) return null;
    const { object } = await cdp.send("DOM.resolveNode", { backendNodeId: shadow.backendNodeId });
    const { result } = await cdp.send("Runtime.callFunctionOn", {
      objectId: object.objectId, returnByValue: true,
      functionDeclaration: "function () { return this.querySelector('.lede')?.innerText ?? ''; }",
    });
    return result.value ?? null;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** The same for Firefox through the WebDriver client of webdriver.mjs: runs `body` (a
 *  function body; `arguments[0]` is the closed root). */
export async function inClosedRootFirefox(ff, body, args = []) {
  const hosts = await ff.findElements(":root > div");
  for (const host of hosts) {
    try {
      const root = await ff.shadowRoot(host);
      if (root) return await ff.execute(body, [root, ...args]);
    } catch (e) {
      // The page removed the host meanwhile: there is no overlay to read.
      if (!/detached shadow root|stale element/.test(e.message)) throw e;
    }
  }
  return null;
}

export const TEXT_FF = "return arguments[0].textContent;";
