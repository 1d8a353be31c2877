import { Prisma } from "../../generated/prisma/client";
import { groupedByKey, rawRows } from "../../db/rawRows";
import { byIds, defineLoader, groupedBy } from "../../graphql/loaders";
import type { Squad, SquadMembership } from "./squad.type";

export const squadById = defineLoader<string, Squad | null>(
  "squadById",
  ({ prisma, organizationId }) =>
    async (ids) =>
      byIds(
        ids,
        await rawRows<Squad>(
          prisma,
          "Squad",
          Prisma.sql`WHERE r."id" = ANY(${[...ids]}::uuid[]) AND r."organization_id" = ${organizationId}::uuid`,
        ),
      ),
);

/** Active memberships of each staff member. */
export const membershipsByStaff = defineLoader<string, SquadMembership[]>(
  "membershipsByStaff",
  ({ prisma, organizationId }) =>
    async (ids) =>
      groupedBy(
        ids,
        await rawRows<SquadMembership>(
          prisma,
          "StaffSquad",
          Prisma.sql`
    WHERE r."staff_id" = ANY(${[...ids]}::uuid[]) AND r."organization_id" = ${organizationId}::uuid AND r."is_active" ORDER BY r."assigned_at"`,
        ),
        (m) => m.staffId,
      ),
);

/** Memberships of each squad (active only unless asked). */
export const membershipsBySquad = defineLoader<
  string,
  SquadMembership[],
  { includeInactive: boolean }
>(
  "membershipsBySquad",
  ({ prisma, organizationId }, { includeInactive }) =>
    async (ids) =>
      groupedBy(
        ids,
        await prisma.staffSquad.findMany({
          where: {
            squadId: { in: [...ids] },
            organizationId,
            ...(includeInactive ? {} : { isActive: true }),
          },
          orderBy: { assignedAt: "asc" },
        }),
        (m) => m.squadId,
      ),
);

/** Squads each staff member is an active member of, in the order they joined (one statement, memberships joined). */
export const squadsByStaff = defineLoader<string, Squad[]>(
  "squadsByStaff",
  ({ prisma, organizationId }) =>
    async (ids) =>
      groupedByKey(
        ids,
        await rawRows<Squad & { key: string }>(
          prisma,
          "Squad",
          Prisma.sql`
    JOIN "staff_squads" m ON m."squad_id" = r."id"
    WHERE m."staff_id" = ANY(${[...ids]}::uuid[]) AND m."organization_id" = ${organizationId}::uuid AND m."is_active"
    ORDER BY m."assigned_at"`,
          { key: 'm."staff_id"' },
        ),
      ),
);
