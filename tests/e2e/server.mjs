// The end-to-end tests' own web server on 127.0.0.1: serves the bundled sample pages and
// records every request it gets, so a test can assert what the browser asked for.
//
//   /article/NAME          www/samples/NAME.html (and the files beside it: pictures)
//   /strict/article/NAME   the same, with a CSP that forbids WebAssembly in content scripts
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const SAMPLES = fileURLToPath(new URL("../../www/samples/", import.meta.url));
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
    let file;
    if (path.startsWith("/article/")) {
      file = join(SAMPLES, decodeURIComponent(path.slice("/article/".length)));
      if (!extname(file)) file += ".html";
    }
    if (!file || !normalize(file).startsWith(SAMPLES)) return res.writeHead(404).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { ...headers, "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, requests, close: () => new Promise((ok) => server.close(ok)) };
}
