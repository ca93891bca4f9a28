/**
 * A tiny static server for dist/ (tests and preview). Plain http on 127.0.0.1 or localhost;
 * `extra` maps URL paths to generated content (the simulated host's scripts, a preview page).
 */
const http = require("http");
const fs = require("fs");
const path = require("path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".json": "application/json",
  ".css": "text/css",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
};

/**
 * @param {{ root: string, host?: string, port?: number,
 *           extra?: Record<string, () => string | { type: string, body: string }>,
 *           rewriteHtml?: (html: string, file: string) => string }} options
 * @returns {Promise<{ url: string, close(): Promise<void>, server: http.Server }>}
 */
function serveStatic(options) {
  const root = path.resolve(options.root);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url || "/", "http://x");
    let pathname = decodeURIComponent(url.pathname);
    if (options.extra && options.extra[pathname]) {
      const out = options.extra[pathname]();
      const body = typeof out === "string" ? out : out.body;
      const type = typeof out === "string" ? TYPES[path.extname(pathname)] || "text/plain" : out.type;
      res.writeHead(200, { "content-type": type, "cache-control": "no-store" });
      res.end(body);
      return;
    }
    if (pathname.endsWith("/")) pathname += "index.html";
    const file = path.join(root, pathname);
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
      return;
    }
    const ext = path.extname(file);
    let body = fs.readFileSync(file);
    if (ext === ".html" && options.rewriteHtml)
      body = Buffer.from(options.rewriteHtml(body.toString("utf8"), file));
    res.writeHead(200, {
      "content-type": TYPES[ext] || "application/octet-stream",
      "cache-control": "no-store",
    });
    res.end(body);
  });
  const host = options.host || "127.0.0.1";
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port || 0, host, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : options.port;
      resolve({
        url: `http://${host}:${port}`,
        server,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}

module.exports = { serveStatic };
