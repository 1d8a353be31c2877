// Rolling unfinished tasks over: every task due by a week's end and still in a carried
// status becomes ROLLED_OVER and carries on as a new task (linked to it) due the same
// weekday of the first week after. Under the policy at_quarter_end: cancel, a task whose
// new due date falls in the next fiscal quarter is cancelled instead. Each task is claimed
// (its status changed under its row lock) before it is copied, so concurrent or repeated
// rollovers never copy one twice.
import type { Database, HubPrisma } from "../../db/database";
import { runPeriodic, type PeriodicWork } from "../../jobs/periodic";
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
    where: {
      organizationId,
      status: { in: policy.carry_statuses },
      dueDate: { lte: weekEnding },
      rolledOverTo: null,
    },
    orderBy: [{ dueDate: "asc" }, { id: "asc" }],
  });
  const quarter = fiscalQuarterOf(weekEnding, startMonth);
  let carried = 0;
  let cancelled = 0;
  for (const task of due) {
    // The same weekday, in the first week after the one rolled over.
    const weeksLate = Math.floor(
      (weekEnding.getTime() - task.dueDate!.getTime()) / (7 * 86_400_000),
    );
    const nextDue = addDays(task.dueDate!, 7 * (weeksLate + 1));
    const drop =
      policy.at_quarter_end === "cancel" && fiscalQuarterOf(nextDue, startMonth) !== quarter;
    const claim = await tx.task.updateMany({
      where: { id: task.id, status: task.status },
      data: { status: drop ? "cancelled" : "rolled_over" },
    });
    if (claim.count !== 1) continue; // someone else took it
    if (drop) {
      cancelled++;
      continue;
    }
    await tx.task.create({
      data: {
        organizationId,
        staffId: task.staffId,
        opportunityId: task.opportunityId,
        title: task.title,
        description: task.description,
        priority: task.priority,
        status: task.status,
        dueDate: nextDue,
        rolledOverFromId: task.id,
      },
    });
    carried++;
  }
  return { weekEnding, carried, cancelled };
}

/** The automatic rollover: once a week is over, each organization whose policy is automatic rolls it over, once. */
export const weeklyRollover: PeriodicWork = {
  job: "task_rollover",
  period: (now) => addDays(mondayOf(now), -1).toISOString().slice(0, 10),
  wanted: async (tx, organizationId) =>
    (await readConfiguration<RolloverPolicy>(tx, organizationId, "tasks", "rollover_policy"))
      .automatic,
  run: async (tx, organizationId, period) => ({
    ...(await rolloverTasks(tx, organizationId, new Date(period))),
    weekEnding: period,
  }),
};

export const rollOverFinishedWeek = (db: Database, now?: Date) =>
  runPeriodic(db, weeklyRollover, now);
