// The end-to-end tests' own web server on 127.0.0.1: serves the bundled sample pages and
// records every request it gets, so a test can assert what the browser asked for.
//
//   /article/NAME          www/samples/NAME.html (and the files beside it: pictures)
//   /pages/NAME            tests/e2e/pages/NAME: the hostile pages of trust.test.mjs, an
//                          article that states no rate (reference.mjs)
//   /pages/many-amounts    an article with 100,000 won amounts, written on the fly
//   /strict/...            any of these, with a CSP that forbids WebAssembly in content scripts
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const SAMPLES = fileURLToPath(new URL("../../www/samples/", import.meta.url));
const PAGES = fileURLToPath(new URL("./pages/", import.meta.url));
const TYPES_JS = { ".js": "text/javascript; charset=utf-8" };

/** An article with `n` won amounts, at the rate it states. */
export function manyAmounts(n) {
  const paragraphs = [];
  for (let i = 0; i < n; i += 10) {
    const amounts = Array.from({ length: 10 }, (_, k) => `${i + k + 1} billion won`).join(", ");
    paragraphs.push(`<p>The fund lists grants of ${amounts} for the coming year.</p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A hundred thousand amounts</title></head>
<body><article><h1>A hundred thousand amounts</h1><p>The dollar traded at 1,400 won on Monday, the central bank said.</p>
${paragraphs.join("\n")}</article></body></html>`;
}
export const STRICT_CSP = "default-src 'self'; script-src 'self'";
const TYPES = { ".html": "text/html; charset=utf-8", ".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg", ".json": "application/json" };

export async function startServer() {
  const requests = [];
  const server = createServer(async (req, res) => {
    requests.push(req.url);
    const url = new URL(req.url, "http://127.0.0.1");
    let path = url.pathname;
    const headers = {};
    if (path.startsWith("/strict/")) {
      headers["Content-Security-Policy"] = STRICT_CSP;
      path = path.slice("/strict".length);
    }
    if (path === "/pages/many-amounts") {
      return res.writeHead(200, { ...headers, "Content-Type": TYPES[".html"] }).end(manyAmounts(100_000));
    }
    let file, root;
    if (path.startsWith("/article/")) {
      [root, file] = [SAMPLES, join(SAMPLES, decodeURIComponent(path.slice("/article/".length)))];
    } else if (path.startsWith("/pages/")) {
      [root, file] = [PAGES, join(PAGES, decodeURIComponent(path.slice("/pages/".length)))];
    }
    if (file && !extname(file)) file += ".html";
    if (!file || !normalize(file).startsWith(root)) return res.writeHead(404).end();
    try {
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? TYPES_JS[extname(file)] ?? "application/octet-stream";
      // Pictures may be cached: a second look at one the page loaded is no new request.
      res.writeHead(200, { ...headers, "Content-Type": type, "Cache-Control": "max-age=600" }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, requests, close: () => new Promise((ok) => server.close(ok)) };
}
