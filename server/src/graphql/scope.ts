// Row scoping of partner data. Roles with partners:read_all see every partner of the
// organization; everyone else (pod leaders and other partner-facing roles, API keys of
// such roles) sees only partners with an active assignment to them, and only those
// partners' assignments, ASINs, statuses and sheets. Every read path uses these filters:
// root lists, lookups, relation loaders and the records mutations load.
import { Prisma } from "../generated/prisma/client";

/** A staff id no row has: "only this person's rows" for a viewer who is not a person (API keys). */
export const NOBODY = "00000000-0000-0000-0000-000000000000";

export interface RowScope {
  /** Prisma where for partners the viewer may see ({} = all). */
  partner: Record<string, unknown>;
  /** Prisma where for rows that belong to a partner (assignments, ASINs, statuses, sheets). */
  partnerChild: Record<string, unknown>;
  /** The same condition in SQL, on the column holding the partner's id: `AND …`, or nothing. */
  partnerSql(column: string): Prisma.Sql;
  /** Every partner of the organization (partners:read_all). */
  seesAll: boolean;
}

export function rowScope(viewer: {
  permissions: ReadonlySet<string>;
  staffId: string | null;
}): RowScope {
  if (viewer.permissions.has("partners:read_all"))
    return { partner: {}, partnerChild: {}, partnerSql: () => Prisma.empty, seesAll: true };
  const staffId = viewer.staffId ?? NOBODY;
  const partner = { assignments: { some: { staffId, unassignedAt: null } } };
  const partnerSql = (
    column: string,
  ) => Prisma.sql`AND EXISTS (SELECT 1 FROM "partner_assignments" pa
    WHERE pa."partner_id" = ${Prisma.raw(column)} AND pa."staff_id" = ${staffId}::uuid AND pa."unassigned_at" IS NULL)`;
  return { partner, partnerChild: { partner }, partnerSql, seesAll: false };
}
