import { Prisma } from "../../generated/prisma/client";
import { rawRows } from "../../db/rawRows";
import { defineLoader, groupedBy, type LoaderScope } from "../../graphql/loaders";
import type { Assignment } from "./assignment.type";

type Scope = { activeOnly: boolean };

/** Assignments whose partner_id or staff_id is one of ids, oldest first, of partners the viewer may see. */
const assignmentsWhere = ({ prisma, organizationId, rows }: LoaderScope, column: "partner_id" | "staff_id", ids: readonly string[], activeOnly: boolean) =>
  rawRows<Assignment>(prisma, "PartnerAssignment", Prisma.sql`
    WHERE r.${Prisma.raw(`"${column}"`)} = ANY(${[...ids]}::uuid[]) AND r."organization_id" = ${organizationId}::uuid
      ${activeOnly ? Prisma.sql`AND r."unassigned_at" IS NULL` : Prisma.empty} ${rows.partnerSql('r."partner_id"')}
    ORDER BY r."assigned_at", r."id"`);

export const assignmentsByPartner = defineLoader<string, Assignment[], Scope>("assignmentsByPartner", (scope, { activeOnly }) => async (ids) =>
  groupedBy(ids, await assignmentsWhere(scope, "partner_id", ids, activeOnly), (a) => a.partnerId));

export const assignmentsByStaff = defineLoader<string, Assignment[], Scope>("assignmentsByStaff", (scope, { activeOnly }) => async (ids) =>
  groupedBy(ids, await assignmentsWhere(scope, "staff_id", ids, activeOnly), (a) => a.staffId));
