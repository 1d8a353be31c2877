import { Prisma } from "../../generated/prisma/client";
import { groupedByKey, rawRows } from "../../db/rawRows";
import { defineLoader, groupedBy, type LoaderScope } from "../../graphql/loaders";
import type { Assignment } from "./assignment.type";
import type { Staff } from "../staff/staff.type";
import { staffById } from "../staff/staff.loaders";

type Scope = { activeOnly: boolean };

/**
 * Assignments whose partner_id or staff_id is one of ids, oldest first, of partners the viewer
 * may see. By partner, their staff come in the same statement and prime staffById
 * (assignment → staff costs no statement of its own); by staff, the staff are the parents.
 */
async function assignmentsWhere(
  { prisma, organizationId, rows, prime }: LoaderScope,
  column: "partner_id" | "staff_id",
  ids: readonly string[],
  activeOnly: boolean,
) {
  const withStaff = column === "partner_id";
  const found = await rawRows<Assignment & { staff?: Staff | null }>(
    prisma,
    "PartnerAssignment",
    Prisma.sql`
    ${withStaff ? Prisma.sql`LEFT JOIN "staff" s ON s."id" = r."staff_id"` : Prisma.empty}
    WHERE r.${Prisma.raw(`"${column}"`)} = ANY(${[...ids]}::uuid[]) AND r."organization_id" = ${organizationId}::uuid
      ${activeOnly ? Prisma.sql`AND r."unassigned_at" IS NULL` : Prisma.empty} ${rows.partnerSql('r."partner_id"')}
    ORDER BY r."assigned_at", r."id"`,
    withStaff ? { with: { model: "Staff", alias: "s", as: "staff" } } : {},
  );
  if (!withStaff) return found as Assignment[];
  return found.map(({ staff, ...assignment }) => {
    if (staff) prime(staffById, staff.id, staff);
    return assignment as Assignment;
  });
}

export const assignmentsByPartner = defineLoader<string, Assignment[], Scope>(
  "assignmentsByPartner",
  (scope, { activeOnly }) =>
    async (ids) =>
      groupedBy(
        ids,
        await assignmentsWhere(scope, "partner_id", ids, activeOnly),
        (a) => a.partnerId,
      ),
);

export const assignmentsByStaff = defineLoader<string, Assignment[], Scope>(
  "assignmentsByStaff",
  (scope, { activeOnly }) =>
    async (ids) =>
      groupedBy(ids, await assignmentsWhere(scope, "staff_id", ids, activeOnly), (a) => a.staffId),
);

/** Each partner's pod leader: the primary one, else the longest-serving active one (one statement, staff joined). */
export const podLeaderByPartner = defineLoader<string, Staff | null>(
  "podLeaderByPartner",
  ({ prisma, organizationId, rows }) =>
    async (ids) =>
      groupedByKey(
        ids,
        await rawRows<Staff & { key: string }>(
          prisma,
          "Staff",
          Prisma.sql`
    JOIN "partner_assignments" a ON a."staff_id" = r."id"
    WHERE a."partner_id" = ANY(${[...ids]}::uuid[]) AND a."organization_id" = ${organizationId}::uuid
      AND a."assignment_role" = 'pod_leader' AND a."unassigned_at" IS NULL ${rows.partnerSql('a."partner_id"')}
    ORDER BY a."partner_id", a."is_primary" DESC, a."assigned_at", a."id"`,
          { distinctOn: 'a."partner_id"', key: 'a."partner_id"' },
        ),
      ).map((g) => g[0] ?? null),
);
