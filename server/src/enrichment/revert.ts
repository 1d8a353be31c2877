// Reverting a batch stages, as a new batch, the changes that put back what the applied
// changes of that batch replaced: updates restore the old values, creates become deletes
// (archives; an assignment ends). The new batch is reviewed and applied like any other; if a record moved on
// since, applying the revert is a conflict rather than a silent overwrite.
import crypto from "node:crypto";
import type { EnrichmentScope } from "./scope";
import { badInput, notFound } from "../lib/errors";
import { comparable } from "./values";
import { camel } from "../lib/names";
import { isUuid } from "../lib/ids";
import { targetOfEntity } from "./targets";

export async function revertBatch(ctx: EnrichmentScope, batchId: string): Promise<string> {
  if (!isUuid(batchId)) throw notFound("Batch", batchId);
  const changes = await ctx.prisma.stagedChange.findMany({
    where: { organizationId: ctx.organizationId, batchId, status: "applied" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  if (!changes.length) {
    if (
      !(await ctx.prisma.stagedChange.count({
        where: { organizationId: ctx.organizationId, batchId },
      }))
    )
      throw notFound("Batch", batchId);
    throw badInput("batchId", "That batch has no applied changes to revert.");
  }
  // Archived records too: restoring an archived record's value is still a change to review.
  const byId = new Map<string, Record<string, unknown>>();
  for (const entityType of new Set(changes.map((c) => c.entityType))) {
    const delegate = (
      ctx.prisma as unknown as Record<
        string,
        { findMany(a: object): Promise<(Record<string, unknown> & { id: string })[]> }
      >
    )[targetOfEntity(entityType).model];
    const where = {
      id: { in: changes.filter((c) => c.entityType === entityType).map((c) => c.entityId!) },
      ...(entityType === "assignment" ? {} : { deletedAt: undefined }),
    };
    for (const r of await delegate.findMany({ where })) byId.set(r.id, r);
  }
  const revertId = crypto.randomUUID();
  type Staged = Record<string, unknown> & { changeType: "update" | "delete" };
  const staged = changes.flatMap((c): Staged[] => {
    const current = byId.get(c.entityId!);
    if (!current) return [];
    const common = {
      organizationId: ctx.organizationId,
      batchId: revertId,
      dataSourceId: null,
      entityType: c.entityType,
      entityKey: c.entityKey,
      entityId: c.entityId,
      sourceReference: `Revert of batch ${batchId}: ${c.sourceReference ?? "change"}`,
    };
    if (c.changeType === "create")
      return [
        {
          ...common,
          changeType: "delete",
          oldValues: c.newValues as object,
          newValues: {},
          changedFields: [],
        },
      ];
    const old = (c.oldValues ?? {}) as Record<string, unknown>;
    return [
      {
        ...common,
        changeType: "update",
        changedFields: c.changedFields,
        newValues: Object.fromEntries(c.changedFields.map((f) => [f, old[f] ?? null])),
        oldValues: Object.fromEntries(
          c.changedFields.map((f) => [f, comparable(current[camel(f)])]),
        ),
      },
    ];
  });
  await ctx.prisma.stagedChange.createMany({ data: staged as never });
  await ctx.prisma.syncLog.create({
    data: {
      organizationId: ctx.organizationId,
      batchId: revertId,
      dataSourceId: changes[0].dataSourceId,
      initiatedById: ctx.viewer.staffId,
      status: "completed",
      completedAt: new Date(),
      recordsScanned: changes.length,
      changesStaged: staged.length,
    },
  });
  return revertId;
}
