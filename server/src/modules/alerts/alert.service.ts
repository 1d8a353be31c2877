// Who sees which alerts: alerts about partners follow partner visibility (resolvers and
// RLS); goal alerts are seen by the goal's owner, by everyone for the organization's goals,
// and by alerts:manage for all. Acknowledging and resolving one needs alerts:resolve as well.
import type { Context } from "../../graphql/context";
import { NOBODY } from "../../graphql/scope";
import { badInput } from "../../lib/errors";
import { requireRecord } from "../../graphql/records";
import { nonBlank } from "../../graphql/validation";
import type { Alert } from "./alert.type";

export function alertScope(ctx: Context): Record<string, unknown> {
  const partners = !ctx.rows.seesAll
    ? { OR: [{ partnerId: null }, { partner: ctx.rows.partner }] }
    : {};
  const goals = ctx.viewer.permissions.has("alerts:manage")
    ? {}
    : {
        OR: [
          { subjectType: { not: "goal" } },
          { staffId: null },
          { staffId: ctx.viewer.staffId ?? NOBODY },
        ],
      };
  return { AND: [partners, goals] };
}

/** The alerts of one staff member (their partners, deals and goals), of those the viewer sees. */
export function staffAlertScope(ctx: Context, staffId: string): Record<string, unknown> {
  return {
    AND: [
      alertScope(ctx),
      {
        OR: [{ staffId }, { partner: { assignments: { some: { staffId, unassignedAt: null } } } }],
      },
    ],
  };
}

const findAlert = (ctx: Context, id: string) =>
  requireRecord(ctx, ctx.prisma.alert, "Alert", id, alertScope(ctx)) as Promise<Alert>;

export async function acknowledgeAlert(ctx: Context, id: string): Promise<Alert> {
  const alert = await findAlert(ctx, id);
  if (alert.status !== "open") throw badInput("id", `This alert is already ${alert.status}.`);
  return ctx.prisma.alert.update({
    where: { id: alert.id },
    data: {
      status: "acknowledged",
      acknowledgedAt: new Date(),
      acknowledgedById: ctx.viewer.staffId,
    },
  }) as Promise<Alert>;
}

export async function resolveAlert(
  ctx: Context,
  id: string,
  resolution: string | null | undefined,
): Promise<Alert> {
  const alert = await findAlert(ctx, id);
  if (alert.status === "resolved")
    throw badInput(
      "id",
      "This alert is already resolved; a new one is raised if its condition comes back.",
    );
  return ctx.prisma.alert.update({
    where: { id: alert.id },
    data: {
      status: "resolved",
      resolvedAt: new Date(),
      resolvedById: ctx.viewer.staffId,
      resolution: nonBlank("resolution", resolution ?? undefined) ?? null,
    },
  }) as Promise<Alert>;
}
