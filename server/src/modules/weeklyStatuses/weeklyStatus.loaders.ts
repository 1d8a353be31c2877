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

/** Each partner's most recent status. */
export const latestStatusByPartner = defineLoader<string, WeeklyStatus | null>("latestStatusByPartner", ({ prisma, organizationId, rows: visible }) => async (ids) => {
  const rows = await prisma.weeklyStatus.findMany({
    where: { partnerId: { in: [...ids] }, organizationId, ...visible.partnerChild }, distinct: ["partnerId"], orderBy: [{ partnerId: "asc" }, { weekStartDate: "desc" }],
  });
  const map = new Map(rows.map((r) => [r.partnerId, r]));
  return ids.map((id) => map.get(id) ?? null);
});

/** Statuses each staff member reported (partner data: scoped like the rest). */
export const statusesByReporter = defineLoader<string, WeeklyStatus[]>("statusesByReporter", ({ prisma, organizationId, rows: visible }) => async (ids) =>
  groupedBy(ids, await prisma.weeklyStatus.findMany({
    where: { reportedById: { in: [...ids] }, organizationId, ...visible.partnerChild }, orderBy: { weekStartDate: "desc" },
  }), (s) => s.reportedById!));
