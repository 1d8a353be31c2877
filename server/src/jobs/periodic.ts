// Work done on a clock, once per organization and period, whichever instance gets there
// first: the scheduled_runs row is the claim, made in the same transaction as the work, so
// two instances never both do it and a failed run is tried again on the next poll.
import type { Database, HubPrisma } from "../db/database";
import { inViewerTransaction } from "../db/requestTransaction";
import { systemViewer } from "../auth/viewer";

export interface PeriodicWork {
  /** The scheduled_runs job name, also the audit log's action. */
  job: string;
  /** The period due now (e.g. a week's Sunday), or null when nothing is. */
  period(now: Date): string | null;
  /** Whether this organization takes part (read before claiming). */
  wanted?(tx: HubPrisma, organizationId: string): Promise<boolean>;
  /** now: the clock runPeriodic was given (tests and catch-up runs pass their own). */
  run(tx: HubPrisma, organizationId: string, period: string, now: Date): Promise<object>;
}

/** The last period this process saw done, per database and job (only saves queries: the database decides). */
const lastDone = new WeakMap<Database, Map<string, string>>();

export async function runPeriodic(
  db: Database,
  work: PeriodicWork,
  now = new Date(),
): Promise<void> {
  const period = work.period(now);
  const done = lastDone.get(db) ?? new Map<string, string>();
  lastDone.set(db, done);
  if (period === null || done.get(work.job) === period) return;
  const organizations = await db.prisma.organization.findMany({
    where: { isActive: true },
    select: { id: true },
  });
  for (const { id } of organizations) {
    await inViewerTransaction(db.prisma, systemViewer(id, null), async (tx) => {
      if (work.wanted && !(await work.wanted(tx, id))) return;
      const claimed =
        await tx.$executeRaw`INSERT INTO "scheduled_runs" ("organization_id", "job", "period_key") VALUES (${id}::uuid, ${work.job}, ${period}) ON CONFLICT DO NOTHING`;
      if (!claimed) return;
      await tx.$executeRaw`SELECT set_config('hub.action', ${`${work.job} (scheduled)`}, true)`;
      const result = await work.run(tx, id, period, now);
      await tx.scheduledRun.update({
        where: {
          organizationId_job_periodKey: { organizationId: id, job: work.job, periodKey: period },
        },
        data: { result },
      });
    });
  }
  done.set(work.job, period);
}
