import { defineLoader, groupedBy } from "../../graphql/loaders";
import type { Assignment } from "./assignment.type";

type Scope = { activeOnly: boolean };
const active = (activeOnly: boolean) => (activeOnly ? { unassignedAt: null } : {});

export const assignmentsByPartner = defineLoader<string, Assignment[], Scope>("assignmentsByPartner", ({ prisma, organizationId, rows }, { activeOnly }) => async (ids) =>
  groupedBy(ids, await prisma.partnerAssignment.findMany({
    where: { partnerId: { in: [...ids] }, organizationId, ...active(activeOnly), ...rows.partnerChild }, orderBy: [{ assignedAt: "asc" }, { id: "asc" }],
  }), (a) => a.partnerId));

export const assignmentsByStaff = defineLoader<string, Assignment[], Scope>("assignmentsByStaff", ({ prisma, organizationId, rows }, { activeOnly }) => async (ids) =>
  groupedBy(ids, await prisma.partnerAssignment.findMany({
    where: { staffId: { in: [...ids] }, organizationId, ...active(activeOnly), ...rows.partnerChild }, orderBy: [{ assignedAt: "asc" }, { id: "asc" }],
  }), (a) => a.staffId));
