// A partner as it was at a moment: today's row with every audited change made since then
// undone, newest first (the audit log keeps each changed column's old and new value, written
// in the same transaction as the change). Null when it was created after that moment.
// Writes made without an audit action (seeding, raw SQL) are not in the log and so not undone.
import type { Context } from "../../graphql/context";
import { camel } from "../../lib/names";
import { archiveScope } from "../../graphql/records";
import type { Partner } from "./partner.type";
import { findPartner } from "./partner.service";

export async function partnerAsOf(ctx: Context, id: string, asOf: Date): Promise<Partner | null> {
  const current = await findPartner(ctx, id, archiveScope(true)).catch(() => null);
  if (!current) return null;
  const later = await ctx.prisma.auditLog.findMany({
    where: {
      organizationId: ctx.organizationId,
      tableName: "partners",
      recordId: current.id,
      createdAt: { gt: asOf },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { changes: true, operation: true },
  });
  if (!later.length) return current;
  const [{ row }] = await ctx.prisma.$queryRaw<
    { row: Record<string, unknown> }[]
  >`SELECT to_jsonb(p) AS row FROM "partners" p WHERE p."id" = ${current.id}::uuid`;
  for (const { changes, operation } of later) {
    const diff = changes as Record<string, [unknown, unknown]>;
    // Its creation (entries from before the log kept the operation: brand_name is never null,
    // so only the insert has no old value for it).
    if (
      operation === "insert" ||
      (operation === null && "brand_name" in diff && diff.brand_name[0] === null)
    )
      return null;
    for (const [column, [old]] of Object.entries(diff)) row[column] = old;
  }
  // Back to typed values the way Prisma reads them (dates, decimals), by the table's own types.
  const [typed] = await ctx.prisma.$queryRaw<
    Record<string, unknown>[]
  >`SELECT * FROM jsonb_populate_record(NULL::"partners", ${JSON.stringify(row)}::jsonb)`;
  return Object.fromEntries(
    Object.entries(typed).map(([k, v]) => [camel(k), v]),
  ) as unknown as Partner;
}
