// The HTTP surface: a small router over node:http. GET /health answers 200 when the
// database is reachable and 503 otherwise.
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Database } from "../db/database";

export type Route = (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
) => Promise<boolean>;

export function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
  });
  res.end(JSON.stringify(body));
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const MAX_BODY_BYTES = 1_000_000;

/** The request's JSON body (undefined when empty); HttpError 413/400 when too big or not JSON. */
export async function readJson(req: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES)
      throw new HttpError(413, `The request body is over ${MAX_BODY_BYTES} bytes.`);
    chunks.push(chunk as Buffer);
  }
  const raw = Buffer.concat(chunks).toString("utf8");
  try {
    return raw ? JSON.parse(raw) : undefined;
  } catch {
    throw new HttpError(400, "The request body is not valid JSON.");
  }
}

export function healthRoute(db: Database): Route {
  return async (req, res, url) => {
    if (url.pathname !== "/health" || (req.method !== "GET" && req.method !== "HEAD")) return false;
    try {
      await db.prisma.$queryRaw`SELECT 1`;
      sendJson(res, 200, { status: "ok", database: db.kind });
    } catch (err) {
      console.error(`health: database unreachable: ${(err as Error).message}`);
      sendJson(res, 503, {
        status: "unavailable",
        database: db.kind,
        error: "database unreachable",
      });
    }
    return true;
  };
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function listen(
  routes: Route[],
  port: number,
  host = "0.0.0.0",
): Promise<RunningServer> {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    try {
      for (const route of routes) if (await route(req, res, url)) return;
      sendJson(res, 404, {
        error: `Nothing at ${req.method} ${url.pathname}. The API is at POST /graphql, CSV exports at GET /export.csv, health at GET /health.`,
      });
    } catch (err) {
      console.error(`http: ${req.method} ${url.pathname} failed:`, err);
      if (!res.headersSent) sendJson(res, 500, { error: "Internal server error" });
      else res.end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
