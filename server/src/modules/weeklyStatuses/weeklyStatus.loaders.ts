import { Prisma } from "../../generated/prisma/client";
import { rawRows } from "../../db/rawRows";
import { defineLoader, groupedBy } from "../../graphql/loaders";
import type { WeeklyStatus } from "./weeklyStatus.type";
import type { Staff } from "../staff/staff.type";
import { staffById } from "../staff/staff.loaders";

/** A week range (either end optional), and whether the statuses' reporters are wanted too. */
export interface StatusesQuery {
  from: string | null;
  to: string | null;
  reporters: boolean;
}

/** Each partner's statuses within an optional week range (batched per range); reporters, when asked for, come joined and prime staffById. */
export const statusesByPartner = defineLoader<string, WeeklyStatus[], StatusesQuery>(
  "statusesByPartner",
  ({ prisma, organizationId, rows: visible, prime }, { from, to, reporters }) =>
    async (ids) => {
      const found = await rawRows<WeeklyStatus & { reporter?: Staff | null }>(
        prisma,
        "WeeklyStatus",
        Prisma.sql`
    ${reporters ? Prisma.sql`LEFT JOIN "staff" s ON s."id" = r."reported_by"` : Prisma.empty}
    WHERE r."partner_id" = ANY(${[...ids]}::uuid[]) AND r."organization_id" = ${organizationId}::uuid ${visible.partnerSql('r."partner_id"')}
      ${from ? Prisma.sql`AND r."week_start_date" >= ${from}::date` : Prisma.empty} ${to ? Prisma.sql`AND r."week_start_date" <= ${to}::date` : Prisma.empty}
    ORDER BY r."week_start_date" DESC`,
        reporters ? { with: { model: "Staff", alias: "s", as: "reporter" } } : {},
      );
      const statuses = reporters
        ? found.map(({ reporter, ...status }) => {
            if (reporter) prime(staffById, reporter.id, reporter);
            return status as WeeklyStatus;
          })
        : found;
      return groupedBy(ids, statuses, (s) => s.partnerId);
    },
);

/**
 * Each partner's most recent status: one backward step of the (partner, week) index per
 * partner, then those rows by id (DISTINCT ON read every week of every partner).
 */
export const latestStatusByPartner = defineLoader<string, WeeklyStatus | null>(
  "latestStatusByPartner",
  ({ prisma, organizationId, rows: visible }) =>
    async (ids) => {
      const rows = await rawRows<WeeklyStatus>(
        prisma,
        "WeeklyStatus",
        Prisma.sql`
    WHERE r."id" = ANY(ARRAY(
      SELECT (SELECT w."id" FROM "weekly_statuses" w
              WHERE w."partner_id" = k."id" AND w."organization_id" = ${organizationId}::uuid ${visible.partnerSql('w."partner_id"')}
              ORDER BY w."week_start_date" DESC LIMIT 1)
      FROM unnest(${[...ids]}::uuid[]) AS k("id")))`,
      );
      const map = new Map(rows.map((r) => [r.partnerId, r]));
      return ids.map((id) => map.get(id) ?? null);
    },
);

/** Statuses each staff member reported (partner data: scoped like the rest). */
export const statusesByReporter = defineLoader<string, WeeklyStatus[]>(
  "statusesByReporter",
  ({ prisma, organizationId, rows: visible }) =>
    async (ids) =>
      groupedBy(
        ids,
        await prisma.weeklyStatus.findMany({
          where: { reportedById: { in: [...ids] }, organizationId, ...visible.partnerChild },
          orderBy: { weekStartDate: "desc" },
        }),
        (s) => s.reportedById!,
      ),
);
