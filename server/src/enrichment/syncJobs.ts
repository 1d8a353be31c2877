// Sync runs as jobs in PostgreSQL, so any number of server instances share them with no
// state of their own: a queued sync log is a job; a worker claims one with FOR UPDATE
// SKIP LOCKED (each job goes to exactly one instance), beats its heartbeat while it runs,
// and a job whose instance died (heartbeat stale) is claimed again. Scheduled sources are
// enqueued by whichever instance first locks the source row once its next_sync_at passes.
import crypto from "node:crypto";
import { CronExpressionParser } from "cron-parser";
import type { Database, HubPrisma } from "../db/database";
import { systemViewer } from "../auth/viewer";
import { inViewerTransaction } from "../db/requestTransaction";
import type { SheetsAccess } from "./sheets";
import { executeSync, notSyncable, sourceReader } from "./syncRun";
import { SourceReadError } from "./sync";

/** A run silent for this long lost its instance. */
const STALE_AFTER_SECONDS = 300;
const PROGRESS_EVERY_MS = 250;

/** The next time a cron expression fires after `after`, in UTC; throws on a bad expression. */
export function nextCronRun(expression: string, after = new Date()): Date {
  return CronExpressionParser.parse(expression.trim(), { currentDate: after, tz: "UTC" })
    .next()
    .toDate();
}

interface QueueInput {
  organizationId: string;
  dataSourceId: string;
  initiatedById: string | null;
  file?: { name: string; content: Buffer } | null;
}

/** Queues a run; the caller's transaction must commit before a worker can see it. */
export function enqueueSync(tx: HubPrisma, input: QueueInput) {
  return tx.syncLog.create({
    data: {
      organizationId: input.organizationId,
      batchId: crypto.randomUUID(),
      dataSourceId: input.dataSourceId,
      initiatedById: input.initiatedById,
      status: "queued",
      progressStep: "queued",
      inputName: input.file?.name ?? null,
      inputContent: input.file ? input.file.content.toString("base64") : null,
    },
  });
}

async function enqueueDueSchedules(db: Database): Promise<number> {
  return db.prisma.$transaction(async (tx) => {
    const due = await tx.$queryRaw<
      { id: string; organization_id: string; sync_schedule: string }[]
    >`
      SELECT "id", "organization_id", "sync_schedule" FROM "data_sources"
      WHERE "sync_mode" = 'scheduled' AND "status" = 'active' AND "next_sync_at" <= now()
      FOR UPDATE SKIP LOCKED`;
    for (const s of due) {
      let next: Date | null = null;
      try {
        next = nextCronRun(s.sync_schedule);
      } catch {
        /* a bad schedule stops scheduling; updateDataSource refuses new ones */
      }
      await tx.dataSource.update({ where: { id: s.id }, data: { nextSyncAt: next } });
      // A source still busy with an earlier run skips this one rather than piling up.
      const busy = await tx.syncLog.count({
        where: { dataSourceId: s.id, status: { in: ["queued", "running"] } },
      });
      if (!busy)
        await enqueueSync(tx as HubPrisma, {
          organizationId: s.organization_id,
          dataSourceId: s.id,
          initiatedById: null,
        });
    }
    return due.length;
  });
}

async function claimJob(db: Database) {
  const [job] = await db.prisma.$queryRawUnsafe<{ id: string }[]>(`
    UPDATE "sync_logs" SET "status" = 'running', "heartbeat_at" = now(), "started_at" = now(), "progress_step" = 'starting'
    WHERE "id" = (
      SELECT "id" FROM "sync_logs"
      WHERE "status" = 'queued' OR ("status" = 'running' AND "heartbeat_at" < now() - make_interval(secs => ${STALE_AFTER_SECONDS}))
      ORDER BY "created_at" FOR UPDATE SKIP LOCKED LIMIT 1)
    RETURNING "id"`);
  return job ? db.prisma.syncLog.findUniqueOrThrow({ where: { id: job.id } }) : null;
}

async function runJob(
  db: Database,
  sheets: SheetsAccess,
  job: NonNullable<Awaited<ReturnType<typeof claimJob>>>,
) {
  const viewer = systemViewer(job.organizationId, job.initiatedById);
  let last = 0;
  const unit = {
    organizationId: job.organizationId,
    tx: <T>(fn: (tx: HubPrisma) => Promise<T>) => inViewerTransaction(db.prisma, viewer, fn),
    async progress(step: string, done: number, total: number) {
      if (Date.now() - last < PROGRESS_EVERY_MS && done < total) return;
      last = Date.now();
      await db.prisma.syncLog.update({
        where: { id: job.id },
        data: {
          progressStep: step,
          progressDone: done,
          progressTotal: total,
          heartbeatAt: new Date(),
        },
      });
    },
  };
  const source = job.dataSourceId
    ? await db.prisma.dataSource.findUnique({ where: { id: job.dataSourceId } })
    : null;
  if (!source) {
    const message = "The data source no longer exists.";
    await db.prisma.syncLog.update({
      where: { id: job.id },
      data: {
        status: "failed",
        completedAt: new Date(),
        errors: 1,
        errorLog: [{ row: 1, column: null, field: null, value: null, message }],
        inputContent: null,
      },
    });
    return;
  }
  const mappings = await db.prisma.fieldMapping.findMany({
    where: { dataSourceId: source.id, isActive: true },
  });
  const refused =
    notSyncable(source) ??
    (mappings.length ? null : `${source.name} has no field mappings; set them, then sync again.`);
  const file = job.inputContent
    ? { name: job.inputName ?? "upload", content: Buffer.from(job.inputContent, "base64") }
    : null;
  const read = refused
    ? async () => {
        throw new SourceReadError(refused);
      }
    : sourceReader(source, mappings, sheets, file);
  await executeSync(unit, job, source, mappings, read, job.initiatedById);
}

export interface SyncWorker {
  poke(): void;
  stop(): Promise<void>;
}

/** A job for the sync worker's loop (jobs/periodic.ts runs them once per period). */
export type PeriodicJob = (db: Database) => Promise<void>;

/** Every instance runs one: it takes queued runs, enqueues due schedules and runs periodic jobs, polling every pollMs. */
export function startSyncWorker(
  db: Database,
  sheets: SheetsAccess,
  options: { pollMs?: number; periodic?: PeriodicJob[] } = {},
): SyncWorker {
  let stopped = false;
  let again = false;
  let current: Promise<void> | null = null;
  const drain = async () => {
    do {
      again = false;
      await enqueueDueSchedules(db);
      for (const job of options.periodic ?? []) {
        await job(db).catch((err: Error) =>
          console.error(`periodic job ${job.name}: ${err.message}`),
        ); // never holds up syncs
      }
      for (let job = await claimJob(db); job && !stopped; job = await claimJob(db)) {
        await runJob(db, sheets, job).catch(() => undefined); // executeSync logged it and failed the run
      }
    } while (again && !stopped);
  };
  const tick = () => {
    if (stopped) return;
    if (current) {
      again = true;
      return;
    }
    current = drain()
      .catch((err) => console.error(`sync worker: ${(err as Error).message}`))
      .finally(() => {
        current = null;
      });
  };
  const timer = setInterval(tick, options.pollMs ?? 5000);
  timer.unref();
  return {
    poke: tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await current;
    },
  };
}
