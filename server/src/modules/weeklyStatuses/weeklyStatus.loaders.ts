import { Prisma } from "../../generated/prisma/client";
import { defineLoader, groupedBy } from "../../graphql/loaders";
import type { WeeklyStatus } from "./weeklyStatus.type";

export interface WeekRange { from: string | null; to: string | null }

/** Each partner's statuses within an optional week range (batched per range). */
export const statusesByPartner = defineLoader<string, WeeklyStatus[], WeekRange>("statusesByPartner", ({ prisma, organizationId, rows: visible }, { from, to }) => async (ids) =>
  groupedBy(ids, await prisma.weeklyStatus.findMany({
    where: {
      partnerId: { in: [...ids] }, organizationId, ...visible.partnerChild,
      weekStartDate: { ...(from ? { gte: new Date(from) } : {}), ...(to ? { lte: new Date(to) } : {}) },
    },
    orderBy: { weekStartDate: "desc" },
  }), (s) => s.partnerId));

/**
 * Each partner's most recent status: DISTINCT ON in SQL, one row per partner (Prisma's
 * distinct would fetch every week of every partner and drop all but one in memory).
 */
export const latestStatusByPartner = defineLoader<string, WeeklyStatus | null>("latestStatusByPartner", ({ prisma, organizationId, rows: visible }) => async (ids) => {
  const rows = await prisma.$queryRaw<WeeklyStatus[]>`
    SELECT DISTINCT ON (ws."partner_id") ws."id", ws."organization_id" AS "organizationId", ws."partner_id" AS "partnerId",
      ws."week_start_date" AS "weekStartDate", ws."week_number" AS "weekNumber", ws."year", ws."status"::text AS "status",
      ws."reported_by" AS "reportedById", ws."reported_at" AS "reportedAt", ws."notes", ws."happy_client" AS "happyClient",
      ws."metrics", ws."created_at" AS "createdAt", ws."updated_at" AS "updatedAt"
    FROM "weekly_statuses" ws
    WHERE ws."partner_id" = ANY(${[...ids]}::uuid[]) AND ws."organization_id" = ${organizationId}::uuid
      ${visible.seesAll ? Prisma.empty : Prisma.sql`AND "hub_may_see_partner"(ws."partner_id")`}
    ORDER BY ws."partner_id", ws."week_start_date" DESC`;
  const map = new Map(rows.map((r) => [r.partnerId, r]));
  return ids.map((id) => map.get(id) ?? null);
});

/** Statuses each staff member reported (partner data: scoped like the rest). */
export const statusesByReporter = defineLoader<string, WeeklyStatus[]>("statusesByReporter", ({ prisma, organizationId, rows: visible }) => async (ids) =>
  groupedBy(ids, await prisma.weeklyStatus.findMany({
    where: { reportedById: { in: [...ids] }, organizationId, ...visible.partnerChild }, orderBy: { weekStartDate: "desc" },
  }), (s) => s.reportedById!));
