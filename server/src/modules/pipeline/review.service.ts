// Reviewing staged changes: approve, reject with a reason, edit a value before approving,
// and apply. Only pending changes (and conflicts, after a look) can be approved.
import type { Context } from "../../graphql/context";
import { badInput, notFound } from "../../lib/errors";
import { applyChanges } from "../../enrichment/apply";
import { camel } from "../../lib/names";
import { entityOfTable, requireWritable } from "../../auth/fieldPermissions";
import { targetOfEntity } from "../../enrichment/targets";
import { loadLookups } from "../../enrichment/lookups";
import { transformCell } from "../../enrichment/transforms";
import { isUuid } from "../../lib/ids";

const ids = (list: string[]) => [...new Set(list)].filter(isUuid);

async function review(
  ctx: Context,
  where: object,
  status: "approved" | "rejected",
  reason?: string,
) {
  const reviewable =
    status === "approved" ? ["pending", "conflict"] : ["pending", "approved", "conflict"];
  const { count } = await ctx.prisma.stagedChange.updateMany({
    where: { organizationId: ctx.organizationId, status: { in: reviewable as never[] }, ...where },
    data: {
      status,
      reviewedById: ctx.viewer.staffId,
      reviewedAt: new Date(),
      rejectionReason: reason ?? null,
      applyError: null,
    },
  });
  return count;
}

export async function approveChanges(ctx: Context, changeIds: string[]) {
  return review(ctx, { id: { in: ids(changeIds) } }, "approved");
}

export async function approveBatch(ctx: Context, batchId: string) {
  if (
    !(await ctx.prisma.stagedChange.count({
      where: { organizationId: ctx.organizationId, batchId },
    }))
  )
    throw notFound("Batch", batchId);
  return review(ctx, { batchId, status: "pending" }, "approved");
}

export async function rejectChanges(ctx: Context, changeIds: string[], reason: string) {
  if (!reason?.trim()) throw badInput("reason", "Say why the changes are rejected.");
  return review(ctx, { id: { in: ids(changeIds) } }, "rejected", reason.trim());
}

/** Replaces the values a pending or approved change will write (each checked like a source cell). */
export async function editStagedChange(
  ctx: Context,
  id: string,
  newValues: Record<string, unknown>,
) {
  const change = await ctx.prisma.stagedChange.findFirst({
    where: { id: ids([id])[0] ?? "", organizationId: ctx.organizationId },
  });
  if (!change) throw notFound("Staged change", id);
  if (!["pending", "approved", "conflict"].includes(change.status))
    throw badInput("id", `A ${change.status} change cannot be edited.`);
  if (
    !newValues ||
    typeof newValues !== "object" ||
    Array.isArray(newValues) ||
    !Object.keys(newValues).length
  ) {
    throw badInput(
      "newValues",
      'newValues must be an object of field: value, e.g. { "base_fee": 1500 }.',
    );
  }
  const target = targetOfEntity(change.entityType);
  const lookups =
    Object.values(newValues).some((v) => v !== null) &&
    Object.keys(newValues).some((f) => target.fields[f]?.type === "ref")
      ? await loadLookups(ctx.prisma, ctx.organizationId)
      : undefined;
  const values: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(newValues)) {
    const kind = target.fields[field];
    if (!kind)
      throw badInput(
        `newValues.${field}`,
        `${target.table} has no field "${field}" a source may set; use one of: ${Object.keys(target.fields).join(", ")}.`,
      );
    const t =
      value === null
        ? { ok: true as const, value: null }
        : transformCell(String(value), "none", {}, kind, lookups);
    if (!t.ok) throw badInput(`newValues.${field}`, t.reason);
    // Putting a value of one's choosing into a change is writing it.
    requireWritable(
      ctx.viewer,
      entityOfTable(target.table) ?? "",
      camel(field),
      `newValues.${field}`,
      change.changeType === "create",
    );
    values[field] = t.value;
  }
  const oldValues = (change.oldValues ?? {}) as Record<string, unknown>;
  // A new record keeps the values not named here (null takes one out); an update writes just these.
  const written =
    change.changeType === "create"
      ? Object.fromEntries(
          Object.entries({ ...(change.newValues as object), ...values }).filter(
            ([, v]) => v !== null,
          ),
        )
      : values;
  const missing =
    change.changeType === "create" ? target.required.filter((f) => !(f in written)) : [];
  if (missing.length)
    throw badInput(
      `newValues.${missing[0]}`,
      `A new ${target.entityType} needs ${missing.join(", ")}.`,
    );
  return ctx.prisma.stagedChange.update({
    where: { id: change.id },
    data: {
      newValues: written as never,
      changedFields: Object.keys(written),
      ...(change.changeType === "update"
        ? {
            oldValues: Object.fromEntries(
              Object.keys(written).map((f) => [f, oldValues[f] ?? null]),
            ) as never,
          }
        : {}),
    },
  });
}

export const applyBatch = (ctx: Context, batchId: string) => applyChanges(ctx, { batchId });
export const applyChangeIds = (ctx: Context, changeIds: string[]) =>
  applyChanges(ctx, { id: { in: ids(changeIds) } });
