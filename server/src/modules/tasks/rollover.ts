// Rolling unfinished tasks over: every task due by a week's end and still in a carried
// status becomes ROLLED_OVER and carries on as a new task (linked to it) due the same
// weekday of the first week after. Under the policy at_quarter_end: cancel, a task whose
// new due date falls in the next fiscal quarter is cancelled instead. Each task is claimed
// (its status changed under its row lock) before it is copied, so concurrent or repeated
// rollovers never copy one twice.
import type { Database, HubPrisma } from "../../db/database";
import { inViewerTransaction } from "../../graphql/requestTransaction";
import { systemViewer } from "../../pipeline/syncJobs";
import { addDays, fiscalQuarterOf, mondayOf, weekEndingOf } from "../../lib/dates";
import { readConfiguration } from "../configurations/configuration.service";
import type { RolloverPolicy } from "../configurations/configuration.registry";

export async function rolloverTasks(tx: HubPrisma, organizationId: string, week: Date) {
  const weekEnding = weekEndingOf(week);
  const [policy, startMonth] = await Promise.all([
    readConfiguration<RolloverPolicy>(tx, organizationId, "tasks", "rollover_policy"),
    readConfiguration<number>(tx, organizationId, "fiscal", "quarter_start_month"),
  ]);
  const due = await tx.task.findMany({
    where: { organizationId, status: { in: policy.carry_statuses }, dueDate: { lte: weekEnding }, rolledOverTo: null },
    orderBy: [{ dueDate: "asc" }, { id: "asc" }],
  });
  const quarter = fiscalQuarterOf(weekEnding, startMonth);
  let carried = 0;
  let cancelled = 0;
  for (const task of due) {
    // The same weekday, in the first week after the one rolled over.
    const weeksLate = Math.floor((weekEnding.getTime() - task.dueDate!.getTime()) / (7 * 86_400_000));
    const nextDue = addDays(task.dueDate!, 7 * (weeksLate + 1));
    const drop = policy.at_quarter_end === "cancel" && fiscalQuarterOf(nextDue, startMonth) !== quarter;
    const claim = await tx.task.updateMany({ where: { id: task.id, status: task.status }, data: { status: drop ? "cancelled" : "rolled_over" } });
    if (claim.count !== 1) continue; // someone else took it
    if (drop) { cancelled++; continue; }
    await tx.task.create({
      data: {
        organizationId, staffId: task.staffId, opportunityId: task.opportunityId, title: task.title, description: task.description,
        priority: task.priority, status: task.status, dueDate: nextDue, rolledOverFromId: task.id,
      },
    });
    carried++;
  }
  return { weekEnding, carried, cancelled };
}

/** The last week this process saw rolled over, per database (only saves queries: the database decides). */
const lastWeekDone = new WeakMap<Database, string>();

/**
 * The automatic rollover: once the week is over, each organization whose policy is
 * automatic rolls it over, exactly once whichever instance gets there first (its
 * scheduled_runs row is the claim, made in the same transaction as the rollover).
 */
export async function rollOverFinishedWeek(db: Database, now = new Date()): Promise<void> {
  const weekEnding = addDays(mondayOf(now), -1);
  const period = weekEnding.toISOString().slice(0, 10);
  if (lastWeekDone.get(db) === period) return;
  const organizations = await db.prisma.organization.findMany({ where: { isActive: true }, select: { id: true } });
  for (const { id } of organizations) {
    await inViewerTransaction(db.prisma, systemViewer(id, null), async (tx) => {
      const policy = await readConfiguration<RolloverPolicy>(tx, id, "tasks", "rollover_policy");
      if (!policy.automatic) return;
      const claimed = await tx.$executeRaw`INSERT INTO "scheduled_runs" ("organization_id", "job", "period_key") VALUES (${id}::uuid, 'task_rollover', ${period}) ON CONFLICT DO NOTHING`;
      if (!claimed) return;
      await tx.$executeRaw`SELECT set_config('hub.action', 'rolloverTasks (scheduled)', true)`;
      const result = await rolloverTasks(tx, id, weekEnding);
      await tx.scheduledRun.update({ where: { organizationId_job_periodKey: { organizationId: id, job: "task_rollover", periodKey: period } }, data: { result: { ...result, weekEnding: period } } });
    });
  }
  lastWeekDone.set(db, period);
}
