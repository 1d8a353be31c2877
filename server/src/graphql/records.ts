// Fetching one record of the viewer's organization for a mutation, or NOT_FOUND.
import type { Context } from "./context";
import { Prisma } from "../generated/prisma/client";
import { notFound } from "../lib/errors";
import { isUuid } from "../lib/ids";

interface FindFirst<T> {
  findFirst(args: { where: object }): Promise<T | null>;
}

export async function requireRecord<T>(
  ctx: Context,
  model: FindFirst<T>,
  what: string,
  id: string,
  where: object = {},
): Promise<T> {
  const row = isUuid(id)
    ? await model.findFirst({ where: { id, organizationId: ctx.organizationId, ...where } })
    : null;
  if (!row) throw notFound(what, id);
  return row;
}

/**
 * Scope for soft-deleted models: live rows only (the default), or archived ones too. Naming
 * deletedAt at the top level of a where tells the soft-delete extension not to add its filter.
 */
export const archiveScope = (includeArchived: boolean | null | undefined) =>
  includeArchived ? { deletedAt: undefined } : {};

/** The same scope in SQL on the row `r` (for raw reads): the organization, live rows unless archived ones are asked for, and any extra condition (`AND …`). */
export const organizationSql = (
  ctx: Context,
  includeArchived: boolean | null | undefined,
  extra: Prisma.Sql = Prisma.empty,
) =>
  Prisma.sql`r."organization_id" = ${ctx.organizationId}::uuid ${includeArchived ? Prisma.empty : Prisma.sql`AND r."deleted_at" IS NULL`} ${extra}`;

interface SoftDeletable<T> extends FindFirst<T> {
  update(args: { where: { id: string }; data: { deletedAt: Date | null } }): Promise<T>;
}

/** Archives (soft-deletes) a live record of the viewer's organization. */
export async function archiveRecord<T extends { id: string }>(
  ctx: Context,
  model: SoftDeletable<T>,
  what: string,
  id: string,
): Promise<T> {
  const row = await requireRecord(ctx, model, what, id);
  return model.update({ where: { id: row.id }, data: { deletedAt: new Date() } });
}

/** Brings back an archived record; NOT_FOUND when there is no archived one with that id. */
export async function restoreRecord<T extends { id: string }>(
  ctx: Context,
  model: SoftDeletable<T>,
  what: string,
  id: string,
): Promise<T> {
  const row = await requireRecord(ctx, model, what, id, { deletedAt: { not: null } });
  return model.update({ where: { id: row.id }, data: { deletedAt: null } });
}
