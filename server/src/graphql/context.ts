// The per-request context: the viewer, the database, and this request's loaders.
import type { Database, HubPrisma } from "../db/database";
import type { Viewer } from "../auth/viewer";
import { Loaders } from "./loaders";
import { rowScope, type RowScope } from "./scope";
import type { SheetsAccess } from "../enrichment/sheets";
import type { SyncWorker } from "../enrichment/syncJobs";
import { outboundGuard, type OutboundGuard } from "../lib/outbound";

export interface Context {
  viewer: Viewer;
  /** The viewer's organization: every read and write is scoped to it. */
  organizationId: string;
  prisma: HubPrisma;
  db: Database;
  loaders: Loaders;
  /** Which partner rows the viewer may see. */
  rows: RowScope;
  /** How to reach Google Sheets (GOOGLE_APPLICATION_CREDENTIALS, GOOGLE_API_ROOT_URL). */
  sheets: SheetsAccess;
  /** The guard every tenant-aimed request goes through (webhook URLs are checked with it). */
  outbound: OutboundGuard;
  /** This instance's sync worker (absent in the CLI, which runs syncs itself). */
  syncWorker?: SyncWorker;
  /** Run once the request's transaction has committed (e.g. wake the worker for a queued job). */
  afterCommit: (() => void)[];
}

export interface ContextOptions {
  sheets?: SheetsAccess;
  outbound?: OutboundGuard;
  syncWorker?: SyncWorker;
}

/** prisma is the request's transaction (running as hub_app under row-level security). */
export function createContext(
  db: Database,
  viewer: Viewer,
  prisma: HubPrisma,
  options: ContextOptions = {},
): Context {
  const rows = rowScope(viewer);
  return {
    viewer,
    organizationId: viewer.organizationId,
    prisma,
    db,
    rows,
    sheets: options.sheets ?? {},
    outbound: options.outbound ?? outboundGuard(),
    syncWorker: options.syncWorker,
    afterCommit: [],
    loaders: new Loaders({ prisma, organizationId: viewer.organizationId, rows }),
  };
}
