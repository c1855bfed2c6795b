// `./build.sh demo`: serves www/ and the built core (pkg/ at /pkg/) on 127.0.0.1 only.
// usage: node www/serve.mjs [PORT]   (PORT 0, or a busy port, picks a free one)
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

const WWW = fileURLToPath(new URL(".", import.meta.url));
const PKG = fileURLToPath(new URL("../pkg/", import.meta.url));
const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8", ".json": "application/json", ".wasm": "application/wasm",
  ".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg",
};

const server = createServer(async (req, res) => {
  let path = decodeURIComponent(new URL(req.url, "http://127.0.0.1").pathname);
  if (path.endsWith("/")) path += "index.html";
  const [root, rest] = path.startsWith("/pkg/") ? [PKG, path.slice(5)] : [WWW, path.slice(1)];
  const file = normalize(join(root, rest));
  if (!file.startsWith(root) || rest.split(sep).includes("..")) return res.writeHead(403).end();
  try {
    const body = await readFile(file);
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" }).end(body);
  } catch {
    res.writeHead(404, { "Content-Type": "text/plain" }).end("not found\n");
  }
});

function listen(port) {
  server.once("error", (e) => {
    if (e.code === "EADDRINUSE" && port !== 0) listen(0);
    else throw e;
  });
  server.listen(port, "127.0.0.1", () => {
    console.log(`Lede demo: http://127.0.0.1:${server.address().port}/  (Ctrl-C to stop)`);
  });
}
listen(Number(process.argv[2] ?? 8080));
