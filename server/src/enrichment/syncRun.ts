// One sync run from its log row to its outcome, whoever runs it: a request that waits for
// it (inside its own transaction), a worker running a queued job (a transaction per step,
// progress committed in between so a poller sees it), or the CLI. Reading the source
// holds no transaction: network and file I/O never keep a database connection busy.
import type { HubPrisma } from "../db/database";
import type { SheetsAccess } from "./sheets";
import { readSheet } from "./sheets";
import { readFile, type UploadedFile } from "./files";
import { loadLookups, type Lookups } from "./lookups";
import {
  readMappedTables,
  stageRows,
  transformRows,
  SourceReadError,
  type Mapping,
  type RowError,
  type SourceTable,
  type SyncProgress,
} from "./sync";

export interface SyncUnit {
  organizationId: string;
  /** Runs fn in a transaction of this run (for a waiting request: the request's own). */
  tx<T>(fn: (tx: HubPrisma) => Promise<T>): Promise<T>;
  progress: SyncProgress;
}

export interface RunnableSource {
  id: string;
  name: string;
  type: string;
  connectionConfig: unknown;
  status: string;
}

/** Why a source cannot sync now, or null. */
export function notSyncable(source: RunnableSource): string | null {
  if (source.status === "archived" || source.status === "paused")
    return `${source.name} is ${source.status}; set it ACTIVE to sync it.`;
  return null;
}

export function sourceReader(
  source: RunnableSource,
  mappings: Mapping[],
  sheets: SheetsAccess,
  file: UploadedFile | null,
): () => Promise<SourceTable[]> {
  const tabs = [...new Set(mappings.map((m) => m.sourceTab))];
  if (source.type === "google_sheet") {
    if (tabs.includes(null))
      return async () => {
        throw new SourceReadError(
          `Every mapping of the Google Sheet ${source.name} needs its sourceTab; set it with setFieldMappings.`,
        );
      };
    return readSheet(sheets, source.connectionConfig, tabs as string[]);
  }
  if (!file)
    return async () => {
      throw new SourceReadError(
        `${source.name} is a ${source.type} source: upload its file (or CSV content) with the sync.`,
      );
    };
  return readFile(file, tabs, source.name);
}

const RUN_FAILED =
  "The sync stopped on an unexpected error; it has been logged. Try again, and report it if it happens again.";

/** Runs a sync whose log row exists; the log ends COMPLETED or FAILED (a run error, with the reason). */
/** The source's cells live only in here: staging a large sheet keeps just its parsed rows. */
async function readAndTransform(
  read: () => Promise<SourceTable[]>,
  mappings: Mapping[],
  lookups: Lookups,
  progress: SyncProgress,
) {
  return transformRows(await readMappedTables(read, mappings), lookups, progress);
}

export async function executeSync(
  unit: SyncUnit,
  log: { id: string; batchId: string },
  source: RunnableSource,
  mappings: Mapping[],
  read: () => Promise<SourceTable[]>,
  initiatedById: string | null,
) {
  const finish = (
    tx: HubPrisma,
    outcome: {
      status: "completed" | "failed";
      scanned: number;
      staged: number;
      errors: RowError[];
      runError?: string;
    },
  ) =>
    Promise.all([
      tx.dataSource.update({
        where: { id: source.id },
        data: { lastSyncedAt: new Date(), lastSyncError: outcome.runError ?? null },
      }),
      tx.syncLog.update({
        where: { id: log.id },
        data: {
          status: outcome.status,
          completedAt: new Date(),
          recordsScanned: outcome.scanned,
          changesStaged: outcome.staged,
          errors: outcome.errors.length,
          errorLog: outcome.errors as never,
          progressStep: outcome.status,
          progressDone: outcome.scanned,
          progressTotal: outcome.scanned,
          inputContent: null,
        },
      }),
    ]);
  const failRun = (message: string) =>
    unit.tx((tx) =>
      finish(tx, {
        status: "failed",
        scanned: 0,
        staged: 0,
        errors: [{ row: 1, column: null, field: null, value: null, message }],
        runError: message,
      }),
    );
  try {
    await unit.progress("reading the source", 0, 0);
    const lookups = await unit.tx((tx) => loadLookups(tx, unit.organizationId));
    let transformed;
    try {
      transformed = await readAndTransform(read, mappings, lookups, unit.progress);
    } catch (err) {
      if (err instanceof SourceReadError) return void (await failRun(err.message));
      throw err;
    }
    const { rows, errors, total } = transformed;
    const fields = [...new Set(mappings.map((m) => m.targetField))];
    // Progress is written outside the staging transaction: embedded PGlite has one connection.
    await unit.progress("staging changes", 0, rows.length);
    await unit.tx(async (tx) => {
      // One run of a source at a time: a concurrent run (any instance) waits here.
      await tx.$queryRaw`SELECT 1 FROM "data_sources" WHERE "id" = ${source.id}::uuid FOR UPDATE`;
      const staged = await stageRows(
        { tx, organizationId: unit.organizationId, source, batchId: log.batchId, lookups },
        rows,
        fields,
        errors,
      );
      await finish(tx, {
        status: "completed",
        scanned: total,
        staged,
        errors: errors.sort((a, b) => a.row - b.row),
      });
    });
  } catch (err) {
    console.error(
      `sync: run ${log.id} of ${source.name} (by ${initiatedById ?? "the scheduler"}) failed: ${(err as Error).stack ?? err}`,
    );
    await failRun(RUN_FAILED).catch(() => undefined);
    throw err;
  }
}
