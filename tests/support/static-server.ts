import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".vtt": "text/vtt; charset=utf-8",
  ".srt": "application/x-subrip; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".wav": "audio/wav",
  ".mp3": "audio/mpeg",
  ".m4a": "audio/mp4",
  ".wasm": "application/wasm",
  ".pf_meta": "application/octet-stream",
};

export interface StaticServer {
  /** e.g. `http://127.0.0.1:41234` (no trailing slash). */
  origin: string;
  /** Bytes sent so far per path, for measuring what a page or query transfers. */
  transferred: Map<string, number>;
  close(): Promise<void>;
}

/**
 * Serves a built `dist/` on loopback the way a static host does: directory
 * URLs get `index.html`, unknown paths get `404.html` with status 404, and
 * byte ranges work (the audio element seeks with Range requests).
 *
 * `prefix` (`/show/`) serves dist/ under that path, as GitHub Pages serves a
 * project site: a request outside it gets a bare 404, never a file of dist/.
 */
export async function serveStatic(root: string, options: { prefix?: string } = {}): Promise<StaticServer> {
  const prefix = (options.prefix ?? "/").replace(/^\/?/, "/").replace(/\/?$/, "/");
  const transferred = new Map<string, number>();
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    if (!url.pathname.startsWith(prefix) && `${url.pathname}/` !== prefix) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found: outside the site's path");
      return;
    }
    if (`${url.pathname}/` === prefix) {
      response.writeHead(301, { location: prefix }).end();
      return;
    }
    let path = normalize(decodeURIComponent(`/${url.pathname.slice(prefix.length)}`)).replace(/^(\.\.[/\\])+/, "");
    if (path.endsWith("/")) path += "index.html";
    let file = join(root, path);
    let status = 200;
    let info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) {
      response.writeHead(301, { location: `${url.pathname}/` }).end();
      return;
    }
    if (!info) {
      status = 404;
      file = join(root, "404.html");
      info = await stat(file).catch(() => undefined);
      if (!info) {
        response.writeHead(404).end("not found");
        return;
      }
    }
    const headers: Record<string, string | number> = {
      "content-type": types[extname(file)] ?? "application/octet-stream",
      "accept-ranges": "bytes",
    };
    const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.range ?? "");
    let start = 0;
    let end = info.size - 1;
    if (range && status === 200) {
      start = range[1] ? Number(range[1]) : Math.max(0, info.size - Number(range[2]));
      end = range[1] && range[2] ? Math.min(Number(range[2]), end) : end;
      status = 206;
      headers["content-range"] = `bytes ${start}-${end}/${info.size}`;
    }
    headers["content-length"] = end - start + 1;
    transferred.set(url.pathname, (transferred.get(url.pathname) ?? 0) + end - start + 1);
    response.writeHead(status, headers);
    if (request.method === "HEAD") response.end();
    else createReadStream(file, { start, end }).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    transferred,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
