// Opens the database: PostgreSQL when a URL is given, otherwise embedded PGlite in a
// directory ("memory://" for a throwaway one). Both give the same Prisma client and the
// same raw SQL session used by migrations and maintenance.
import fs from "node:fs";
import v8 from "node:v8";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client";
import { withSoftDelete } from "./softDelete";
import { lockDataDir } from "./embeddedLock";
import {
  clientRows,
  rowsOf,
  trackPGliteTransactions,
  trackPoolCheckouts,
  type SqlRows,
} from "./directSql";

export type HubPrisma = ReturnType<typeof withSoftDelete>;

/** A single connection for raw SQL (scripts, advisory locks, maintenance). */
export interface SqlSession {
  exec(sql: string): Promise<void>;
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
}

export interface QueryEvent {
  query: string;
  params: string;
  duration: number;
}

export interface Database {
  kind: "pglite" | "postgres";
  prisma: HubPrisma;
  /** Raw SQL outside any transaction (PostgreSQL: the pool directly, skipping Prisma's query compiler). */
  rows: SqlRows;
  /** Runs fn on one dedicated connection (PGlite has only one). */
  withSession<T>(fn: (session: SqlSession) => Promise<T>): Promise<T>;
  /** Subscribes to every SQL statement Prisma sends; returns the unsubscribe function. */
  onQuery(listener: (e: QueryEvent) => void): () => void;
  close(): Promise<void>;
}

export interface OpenOptions {
  url?: string;
  /** PGlite data directory, or "memory://". */
  dataDir?: string;
  /** Pool size for PostgreSQL. */
  poolSize?: number;
  /** Emit every statement to onQuery listeners (tests that count statements). */
  watchQueries?: boolean;
}

// Query events cost a formatted copy of every statement's parameters (megabytes for a
// 10,000-row insert), so only databases opened to be watched (tests) emit them.
function prismaWithEvents(adapter: PrismaPg | PrismaPGlite, watch: boolean) {
  const base = new PrismaClient({ adapter, log: watch ? [{ emit: "event", level: "query" }] : [] });
  const listeners = new Set<(e: QueryEvent) => void>();
  const emit = (e: QueryEvent) => {
    for (const l of listeners) l(e);
  };
  if (watch)
    base.$on("query", (e) => emit({ query: e.query, params: e.params, duration: e.duration }));
  const onQuery = (l: (e: QueryEvent) => void) => {
    listeners.add(l);
    return () => {
      listeners.delete(l);
    };
  };
  // Statements sent beside Prisma (db/directSql.ts) are told to the same listeners.
  return { base, prisma: withSoftDelete(base), onQuery, emit: watch ? emit : undefined };
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.url)
    return openPostgres(options.url, options.poolSize ?? 10, options.watchQueries ?? false);
  return openPGlite(options.dataDir ?? "memory://", options.watchQueries ?? false);
}

async function openPostgres(url: string, max: number, watch: boolean): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle client's network error must not crash the process; the next checkout reconnects.
  pool.on("error", (err) => console.error(`database: idle connection lost (${err.message})`));
  const { base, prisma, onQuery, emit } = prismaWithEvents(new PrismaPg(pool), watch);
  trackPoolCheckouts(pool, emit);
  return {
    kind: "postgres",
    prisma,
    rows: clientRows(pool, emit),
    onQuery,
    async withSession(fn) {
      const client = await pool.connect();
      try {
        return await fn({
          exec: async (sql) => {
            await client.query(sql);
          },
          query: async (sql, params) => (await client.query(sql, params as unknown[])).rows,
        });
      } finally {
        client.release();
      }
    },
    async close() {
      await base.$disconnect();
      await pool.end();
    },
  };
}

async function openPGlite(dataDir: string, watch: boolean): Promise<Database> {
  let unlock = () => {};
  if (!dataDir.startsWith("memory://")) {
    fs.mkdirSync(dataDir, { recursive: true });
    unlock = lockDataDir(dataDir);
  }
  // PostgreSQL's default 128 MB of shared buffers are all touched at start inside the server's
  // own memory; 8 MB keeps the process ~150 MB smaller, and pages beyond them come from the
  // operating system's file cache at no measurable cost (bench: same pipeline timings).
  const lite = new PGlite(dataDir, {
    startParams: [...PGlite.defaultStartParams, "-c", "shared_buffers=8MB"],
  });
  // With the database in the process, the heap gets less room to grow past what is live (10%,
  // not the 50% npm start gives a server on PostgreSQL): the pipeline bench on PGlite peaks
  // ~20 MB lower (303 → 283 MB), its applies ~15% slower. Set here, not in npm start's
  // scripts/start.sh (which can only choose start flags, such as the young generation's
  // size), so the CLI's and the tests' embedded databases get it too.
  v8.setFlagsFromString("--heap-growing-percent=10");
  try {
    await lite.waitReady;
  } catch (err) {
    unlock();
    throw err;
  }
  const { base, prisma, onQuery, emit } = prismaWithEvents(new PrismaPGlite(lite), watch);
  trackPGliteTransactions(lite, emit);
  const session: SqlSession = {
    exec: async (sql) => {
      await lite.exec(sql);
    },
    query: async (sql, params) => (await lite.query(sql, params)).rows as never,
  };
  return {
    kind: "pglite",
    prisma,
    // PGlite is one session: a statement beside Prisma's would land in whatever transaction it has open.
    rows: rowsOf(prisma),
    onQuery,
    withSession: (fn) => fn(session),
    async close() {
      await base.$disconnect();
      await lite.close();
      unlock();
    },
  };
}
