// The built web app (web/dist): the dashboard at / (any non-API path, for client-side
// routes), the GraphQL playground for browsers at GET /graphql, and hashed assets.
import fs from "node:fs";
import path from "node:path";
import type http from "node:http";
import type { Route } from "./server";

export const WEB_DIST = path.resolve(__dirname, "../../../web/dist");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".json": "application/json",
  ".map": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

const NOT_BUILT = `<!doctype html><title>Sophie Hub</title><p>The web app is not built yet. Run <code>npm run build</code>
(npm start does it for you), then reload. The API answers at POST /graphql.</p>`;

function sendFile(res: http.ServerResponse, file: string, cache: string) {
  res.writeHead(200, {
    "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
    "cache-control": cache,
  });
  fs.createReadStream(file).pipe(res);
}

function sendHtml(res: http.ServerResponse, page: string, inject = "") {
  const file = path.join(WEB_DIST, page);
  const html = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : NOT_BUILT;
  res.writeHead(fs.existsSync(file) ? 200 : 503, {
    "content-type": TYPES[".html"],
    "cache-control": "no-store",
  });
  res.end(inject ? html.replace("</head>", `${inject}</head>`) : html);
}

const wantsHtml = (req: http.IncomingMessage) => (req.headers.accept ?? "").includes("text/html");

/** JSON inside a <script>: "<" escaped so no value can close the tag. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

export function staticRoute(devToken: () => Promise<string | undefined>): Route {
  return async (req, res, url) => {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    if (url.pathname === "/graphql") {
      if (!wantsHtml(req)) return false;
      const token = await devToken();
      sendHtml(
        res,
        "playground.html",
        `<script>window.__HUB_PLAYGROUND__ = ${scriptJson({ token })};</script>`,
      );
      return true;
    }
    if (url.pathname.startsWith("/assets/")) {
      const file = path.resolve(WEB_DIST, `.${decodeURIComponent(url.pathname)}`);
      if (
        !file.startsWith(WEB_DIST + path.sep) ||
        !fs.existsSync(file) ||
        !fs.statSync(file).isFile()
      )
        return false;
      sendFile(res, file, "public, max-age=31536000, immutable");
      return true;
    }
    if (url.pathname === "/" || (wantsHtml(req) && !url.pathname.startsWith("/health"))) {
      sendHtml(res, "index.html");
      return true;
    }
    return false;
  };
}
