import { byIds, defineLoader, groupedBy } from "../../graphql/loaders";
import type { Squad, SquadMembership } from "./squad.type";

export const squadById = defineLoader<string, Squad | null>("squadById", ({ prisma, organizationId }) => async (ids) =>
  byIds(ids, await prisma.squad.findMany({ where: { id: { in: [...ids] }, organizationId } })));

/** Active memberships of each staff member. */
export const membershipsByStaff = defineLoader<string, SquadMembership[]>("membershipsByStaff", ({ prisma, organizationId }) => async (ids) =>
  groupedBy(ids, await prisma.staffSquad.findMany({ where: { staffId: { in: [...ids] }, organizationId, isActive: true }, orderBy: { assignedAt: "asc" } }), (m) => m.staffId));

/** Memberships of each squad (active only unless asked). */
export const membershipsBySquad = defineLoader<string, SquadMembership[], { includeInactive: boolean }>("membershipsBySquad", ({ prisma, organizationId }, { includeInactive }) => async (ids) =>
  groupedBy(ids, await prisma.staffSquad.findMany({
    where: { squadId: { in: [...ids] }, organizationId, ...(includeInactive ? {} : { isActive: true }) }, orderBy: { assignedAt: "asc" },
  }), (m) => m.squadId));
