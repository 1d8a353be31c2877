// Reverting a batch stages, as a new batch, the changes that put back what the applied
// changes of that batch replaced: updates restore the old values, creates become deletes
// (archives). The new batch is reviewed and applied like any other; if a record moved on
// since, applying the revert is a conflict rather than a silent overwrite.
import crypto from "node:crypto";
import type { Context } from "../graphql/context";
import { badInput, notFound } from "../graphql/errors";
import { camel, comparable } from "./values";
import { isUuid } from "../lib/ids";

export async function revertBatch(ctx: Context, batchId: string): Promise<string> {
  if (!isUuid(batchId)) throw notFound("Batch", batchId);
  const changes = await ctx.prisma.stagedChange.findMany({
    where: { organizationId: ctx.organizationId, batchId, status: "applied" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  if (!changes.length) {
    if (!(await ctx.prisma.stagedChange.count({ where: { organizationId: ctx.organizationId, batchId } }))) throw notFound("Batch", batchId);
    throw badInput("batchId", "That batch has no applied changes to revert.");
  }
  const partners = await ctx.prisma.partner.findMany({ where: { id: { in: changes.map((c) => c.entityId!) }, deletedAt: undefined } });
  const byId = new Map(partners.map((p) => [p.id, p as unknown as Record<string, unknown>]));
  const revertId = crypto.randomUUID();
  type Staged = Record<string, unknown> & { changeType: "update" | "delete" };
  const staged = changes.flatMap((c): Staged[] => {
    const current = byId.get(c.entityId!);
    if (!current) return [];
    const common = {
      organizationId: ctx.organizationId, batchId: revertId, dataSourceId: null, entityType: c.entityType, entityKey: c.entityKey, entityId: c.entityId,
      sourceReference: `Revert of batch ${batchId}: ${c.sourceReference ?? "change"}`,
    };
    if (c.changeType === "create") return [{ ...common, changeType: "delete", oldValues: { brand_name: current.brandName }, newValues: {}, changedFields: [] }];
    const old = (c.oldValues ?? {}) as Record<string, unknown>;
    return [{
      ...common, changeType: "update", changedFields: c.changedFields,
      newValues: Object.fromEntries(c.changedFields.map((f) => [f, old[f] ?? null])),
      oldValues: Object.fromEntries(c.changedFields.map((f) => [f, comparable(current[camel(f)])])),
    }];
  });
  await ctx.prisma.stagedChange.createMany({ data: staged as never });
  await ctx.prisma.syncLog.create({
    data: { organizationId: ctx.organizationId, batchId: revertId, dataSourceId: changes[0].dataSourceId, initiatedById: ctx.viewer.staffId,
      status: "completed", completedAt: new Date(), recordsScanned: changes.length, changesStaged: staged.length },
  });
  return revertId;
}
