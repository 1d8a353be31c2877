// Tasks and weekly reports: everyone keeps their own (self:write); tasks:read_all sees the
// team's, and only tasks:manage gives tasks to others, changes theirs and rolls them over.
// Seeing a task is not a licence to change it.
import type { Context } from "../../graphql/context";
import { NOBODY } from "../../graphql/scope";
import { badInput } from "../../lib/errors";
import { requireRecord } from "../../graphql/records";
import { requirePermission } from "../../graphql/authChecker";
import { nonBlank } from "../../graphql/validation";
import { addDays, utcDay, weekEndingOf } from "../../lib/dates";
import { readConfiguration } from "../configurations/configuration.service";
import { findOpportunity } from "../opportunities/opportunity.service";
import { findStaff } from "../staff/staff.service";
import type { CreateTaskInput, UpdateTaskInput, WeeklyReportInput } from "./task.inputs";
import type { Task, WeeklyReport } from "./task.type";

/** Whose tasks and reports the viewer sees (an API key has none of its own). */
export const ownScope = (ctx: Context) =>
  ctx.viewer.permissions.has("tasks:read_all") ? {} : { staffId: ctx.viewer.staffId ?? NOBODY };

export const findTask = (ctx: Context, id: string) =>
  requireRecord(ctx, ctx.prisma.task, "Task", id, ownScope(ctx)) as Promise<Task>;

function me(ctx: Context): string {
  if (!ctx.viewer.staffId)
    throw badInput(
      "staffId",
      "An API key has no tasks or reports of its own; name the staff member (staffId).",
    );
  return ctx.viewer.staffId;
}

async function ownerOf(ctx: Context, staffId: string | undefined): Promise<string> {
  if (!staffId || staffId === ctx.viewer.staffId) return me(ctx);
  requirePermission(ctx, "tasks:manage", "Giving a task to someone else");
  return (await findStaff(ctx, staffId)).id;
}

export async function createTask(ctx: Context, input: CreateTaskInput): Promise<Task> {
  const staffId = await ownerOf(ctx, input.staffId);
  if (input.opportunityId) await findOpportunity(ctx, input.opportunityId);
  return ctx.prisma.task.create({
    data: {
      organizationId: ctx.organizationId,
      staffId,
      title: nonBlank("input.title", input.title)!,
      description: input.description ?? null,
      priority: (input.priority ?? "medium") as never,
      dueDate: input.dueDate ?? null,
      opportunityId: input.opportunityId ?? null,
    },
  }) as Promise<Task>;
}

export async function updateTask(ctx: Context, id: string, input: UpdateTaskInput): Promise<Task> {
  const stored = await findTask(ctx, id);
  if (stored.staffId !== ctx.viewer.staffId)
    requirePermission(ctx, "tasks:manage", "Changing someone else's task");
  if (stored.status === "rolled_over")
    throw badInput(
      "id",
      "This task was rolled over; change the task that carries it on (rolledOverTo).",
    );
  if (input.status === "rolled_over")
    throw badInput(
      "input.status",
      "Tasks are rolled over by rolloverTasks, not set to ROLLED_OVER by hand.",
    );
  if (input.opportunityId) await findOpportunity(ctx, input.opportunityId);
  const status = input.status ?? stored.status;
  const data = Object.fromEntries(
    Object.entries({
      title: nonBlank("input.title", input.title),
      description: input.description,
      priority: input.priority,
      status: input.status,
      dueDate: input.dueDate,
      opportunityId: input.opportunityId,
      completedAt: status === "completed" ? (stored.completedAt ?? new Date()) : null,
    }).filter(([, v]) => v !== undefined),
  );
  return ctx.prisma.task.update({ where: { id: stored.id }, data: data as never }) as Promise<Task>;
}

/** Writes the viewer's report for a week, while that week is open. */
export async function submitWeeklyReport(
  ctx: Context,
  input: WeeklyReportInput,
): Promise<WeeklyReport> {
  const staffId = me(ctx);
  const weekEnding = weekEndingOf(input.week);
  const closeAfter = await readConfiguration<number>(
    ctx.prisma,
    ctx.organizationId,
    "weekly_report",
    "close_after_days",
  );
  const closes = addDays(weekEnding, closeAfter + 1); // the end of the last editable day
  const today = utcDay(new Date());
  if (today >= closes)
    throw badInput(
      "input.week",
      `The week ending ${weekEnding.toISOString().slice(0, 10)} closed on ${addDays(closes, -1).toISOString().slice(0, 10)}; its reports can no longer change.`,
    );
  if (weekEnding > addDays(weekEndingOf(today), 7))
    throw badInput("input.week", "Reports are for this week or the next, not further ahead.");
  if (
    input.kpiData !== undefined &&
    (typeof input.kpiData !== "object" || input.kpiData === null || Array.isArray(input.kpiData))
  ) {
    throw badInput("input.kpiData", 'kpiData is an object of figures, e.g. { "calls": 12 }.');
  }
  const values = Object.fromEntries(
    Object.entries({
      accomplishments: input.accomplishments,
      upcomingTasks: input.upcomingTasks,
      blockers: input.blockers,
      kpiData: input.kpiData,
    }).filter(([, v]) => v !== undefined && v !== null),
  );
  return ctx.prisma.weeklyReport.upsert({
    where: {
      organizationId_staffId_weekEnding: {
        organizationId: ctx.organizationId,
        staffId,
        weekEnding,
      },
    },
    create: { organizationId: ctx.organizationId, staffId, weekEnding, ...values } as never,
    update: { ...values, submittedAt: new Date() } as never,
  }) as Promise<WeeklyReport>;
}
