/**
 * Serves a built site on 127.0.0.1, resolving Framework's clean URLs ("/nb/report" → nb/report.html) and
 * answering a missing page with the site's 404.html:
 * for the PDF printer, the browser tests and the bench. With `gzip`, responses are compressed when the
 * client asks (as a web server would send them, so transfer sizes can be measured) — except wasm, whose
 * streaming compile DuckDB-WASM wants uncompressed here, and PNG, already compressed.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { createGzip } from "node:zlib";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".csv": "text/csv; charset=utf-8",
  ".arrow": "application/vnd.apache.arrow.stream",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".woff2": "font/woff2",
  ".pdf": "application/pdf"
};

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** The file a URL path names inside root, or undefined (never a file outside root). */
export function resolveFile(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const clean = normalize(decoded).replace(/^(\.\.[/\\])+/, "");
  const base = join(root, clean);
  if (base !== root && !base.startsWith(root.endsWith("/") ? root : `${root}/`)) return undefined;
  const candidates = clean.endsWith("/")
    ? [join(base, "index.html")]
    : [base, `${base}.html`, join(base, "index.html")];
  return candidates.find((f) => existsSync(f) && statSync(f).isFile());
}

export function serveStatic(rootDir: string, { gzip = false }: { gzip?: boolean } = {}): Promise<RunningServer> {
  const root = resolve(rootDir);
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const file = resolveFile(root, url.pathname);
    if (!file) {
      // The site's own 404 page when it has one, as a web server configured for it would answer.
      const notFound = join(root, "404.html");
      if (existsSync(notFound))
        createReadStream(notFound).pipe(response.writeHead(404, { "content-type": types[".html"] }));
      else response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const headers: Record<string, string> = {
      "content-type": types[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store"
    };
    const compress =
      gzip &&
      /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? "")) &&
      ![".png", ".wasm"].includes(extname(file));
    if (compress) headers["content-encoding"] = "gzip";
    response.writeHead(200, headers);
    const stream = createReadStream(file);
    (compress ? stream.pipe(createGzip()) : stream).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      resolvePromise({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done()))
      });
    });
  });
}
