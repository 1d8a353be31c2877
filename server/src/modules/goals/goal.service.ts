// Quarterly goals: goals:manage sets them; everyone sees the organization's goals and their
// own (alerts:manage and goals:manage see everyone's). Quarters are fiscal
// (configuration fiscal.quarter_start_month).
import type { Context } from "../../graphql/context";
import { NOBODY } from "../../graphql/scope";
import type { HubPrisma } from "../../db/database";
import { badInput } from "../../lib/errors";
import { requireRecord } from "../../graphql/records";
import { atLeast, currencyCode, inRange } from "../../graphql/validation";
import { addDays, fiscalQuarterParts, fiscalQuarterRange } from "../../lib/dates";
import { readConfiguration } from "../configurations/configuration.service";
import { alertInputsChanged } from "../alerts/alert.evaluate";
import { findStaff } from "../staff/staff.service";
import { currentValue, type GoalType } from "./goal.metrics";
import { paceOf } from "./goal.pace";
import type { GoalPace, QuarterlyGoal } from "./goal.type";
import type { QuarterlyGoalInput } from "./goal.inputs";

export const goalScope = (ctx: Context) =>
  (["goals:manage", "alerts:manage"] as const).some((p) => ctx.viewer.permissions.has(p))
    ? {}
    : { OR: [{ staffId: null }, { staffId: ctx.viewer.staffId ?? NOBODY }] };

type StoredGoal = Omit<QuarterlyGoal, "startsOn" | "endsOn">;

/** The goal with its quarter's first and last day. */
async function dated(db: HubPrisma, goal: StoredGoal): Promise<QuarterlyGoal> {
  const startMonth = await readConfiguration<number>(
    db,
    goal.organizationId,
    "fiscal",
    "quarter_start_month",
  );
  const { start, end } = fiscalQuarterRange(goal.year, goal.quarter, startMonth);
  return { ...goal, startsOn: start, endsOn: addDays(end, -1) };
}

export async function findGoal(ctx: Context, id: string): Promise<QuarterlyGoal> {
  return dated(
    ctx.prisma,
    (await requireRecord(
      ctx,
      ctx.prisma.quarterlyGoal,
      "QuarterlyGoal",
      id,
      goalScope(ctx),
    )) as StoredGoal,
  );
}

/** The fiscal year and quarter a day falls in. */
export async function fiscalQuarterAt(
  db: HubPrisma,
  organizationId: string,
  day: Date,
): Promise<{ year: number; quarter: number }> {
  const startMonth = await readConfiguration<number>(
    db,
    organizationId,
    "fiscal",
    "quarter_start_month",
  );
  return fiscalQuarterParts(day, startMonth);
}

/** Every goal of a quarter (for the rules, which see everyone's). */
export async function listGoalsOf(
  db: HubPrisma,
  organizationId: string,
  period: { year: number; quarter: number },
  where: object = {},
): Promise<QuarterlyGoal[]> {
  const rows = await db.quarterlyGoal.findMany({
    where: { organizationId, ...period, ...where },
    orderBy: [{ staffId: { sort: "asc", nulls: "first" } }, { goalType: "asc" }],
  });
  return Promise.all(rows.map((g) => dated(db, g as StoredGoal)));
}

export async function listGoals(
  ctx: Context,
  args: { year?: number; quarter?: number; staffId?: string },
): Promise<QuarterlyGoal[]> {
  const current = await fiscalQuarterAt(ctx.prisma, ctx.organizationId, new Date());
  return listGoalsOf(
    ctx.prisma,
    ctx.organizationId,
    { year: args.year ?? current.year, quarter: args.quarter ?? current.quarter },
    { ...goalScope(ctx), ...(args.staffId !== undefined ? { staffId: args.staffId } : {}) },
  );
}

export async function setQuarterlyGoal(
  ctx: Context,
  input: QuarterlyGoalInput,
): Promise<QuarterlyGoal> {
  inRange("input.quarter", input.quarter, 1, 4);
  inRange("input.year", input.year, 2000, 2200);
  atLeast("input.targetValue", input.targetValue, 0.01);
  const currency = currencyCode("input.currency", input.currency) ?? "USD";
  if (input.goalType !== "revenue" && !Number.isInteger(input.targetValue.toNumber()))
    throw badInput("input.targetValue", "A count goal's target is a whole number.");
  const staffId = input.staffId ? (await findStaff(ctx, input.staffId)).id : null;
  const key = {
    organizationId: ctx.organizationId,
    staffId,
    year: input.year,
    quarter: input.quarter,
    goalType: input.goalType,
  };
  const values = { targetValue: input.targetValue.toNumber(), currency };
  const existing = await ctx.prisma.quarterlyGoal.findFirst({ where: key });
  const saved = existing
    ? await ctx.prisma.quarterlyGoal.update({ where: { id: existing.id }, data: values })
    : await ctx.prisma.quarterlyGoal.create({ data: { ...key, ...values } });
  await alertInputsChanged(ctx, [], true);
  return dated(ctx.prisma, saved as StoredGoal);
}

export async function deleteQuarterlyGoal(ctx: Context, id: string): Promise<QuarterlyGoal> {
  const goal = await findGoal(ctx, id);
  await ctx.prisma.quarterlyGoal.delete({ where: { id: goal.id } });
  return goal;
}

export interface GoalStanding {
  currentValue: number;
  pace: GoalPace;
}

/** Where goals stand now: their current values from the data, and their pace. */
export async function standingOf(
  db: HubPrisma,
  organizationId: string,
  goals: QuarterlyGoal[],
  now = new Date(),
): Promise<GoalStanding[]> {
  const tolerance = await readConfiguration<number>(db, organizationId, "goals", "pace_tolerance");
  return Promise.all(
    goals.map(async (g) => {
      const end = addDays(g.endsOn, 1);
      const value = await currentValue(db, g.goalType as GoalType, {
        organizationId,
        staffId: g.staffId,
        start: g.startsOn,
        end,
      });
      return {
        currentValue: value,
        pace: paceOf(value, Number(g.targetValue), g.startsOn, end, tolerance, now),
      };
    }),
  );
}
