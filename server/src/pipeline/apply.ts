// Applying approved changes. Each change is claimed (approved → applied) under its row
// lock, so concurrent appliers never apply it twice, and runs in its own savepoint: all
// of its fields or none. A change whose old values are no longer current, or that a
// higher-authority source owns, becomes a conflict instead. Every applied field appends
// to field_lineage; the source row is kept in the record's source_data.
import type { Context } from "../graphql/context";
import type { HubPrisma } from "../db/database";
import { TARGET_TABLES, brandKey } from "./targets";
import { recordLineage } from "./lineage";
import { camel, comparable } from "./values";

export interface ApplyResult { applied: number; failed: number; conflicts: number }

/** Staged JSON values as Prisma data for partners (dates as Date). */
function partnerData(values: Record<string, unknown>): Record<string, unknown> {
  const fields = TARGET_TABLES.partners.fields;
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [camel(k), fields[k]?.type === "date" && typeof v === "string" ? new Date(`${v}T00:00:00Z`) : v]));
}

type Change = Awaited<ReturnType<HubPrisma["stagedChange"]["findFirstOrThrow"]>>;

/** Fields another, stronger source owns (authoritative, or a higher priority mapping). */
async function ownedElsewhere(tx: HubPrisma, change: Change, entityId: string): Promise<string[]> {
  if (!change.dataSourceId) return []; // a revert or manual change a reviewer approved: no source to rank
  const lineage = await tx.fieldLineage.findMany({
    where: { entityType: "partner", entityId, fieldName: { in: change.changedFields }, authoritativeSourceId: { not: change.dataSourceId } },
  });
  if (!lineage.length) return [];
  const mappings = await tx.fieldMapping.findMany({
    where: { targetTable: "partners", targetField: { in: lineage.map((l) => l.fieldName) }, dataSourceId: { in: [change.dataSourceId!, ...lineage.map((l) => l.authoritativeSourceId!)] } },
  });
  const mine = (f: string) => mappings.find((m) => m.dataSourceId === change.dataSourceId && m.targetField === f);
  return lineage.filter((l) => {
    const theirs = mappings.find((m) => m.dataSourceId === l.authoritativeSourceId && m.targetField === l.fieldName);
    if (!theirs || mine(l.fieldName)?.isAuthoritative) return false;
    return theirs.isAuthoritative || theirs.priority > (mine(l.fieldName)?.priority ?? 0);
  }).map((l) => l.fieldName);
}

async function applyOne(ctx: Context, change: Change, sources: Map<string, { id: string; name: string }>, initiators: Map<string, string | null>): Promise<"applied" | "failed" | "conflict" | "taken"> {
  const tx = ctx.prisma;
  // Claim it: a concurrent applier waits on this row lock, then finds it no longer approved.
  const claimed = await tx.stagedChange.updateMany({ where: { id: change.id, status: "approved" }, data: { status: "applied", appliedAt: new Date() } });
  if (claimed.count !== 1) return "taken"; // another applier has it
  const savepoint = `apply_${change.id.replace(/-/g, "")}`;
  await tx.$executeRawUnsafe(`SAVEPOINT ${savepoint}`);
  try {
    const values = change.newValues as Record<string, unknown>;
    const source = change.dataSourceId ? sources.get(change.dataSourceId) ?? null : null;
    const raw = change.sourceRow && source ? { [source.name]: change.sourceRow } : {};
    let entityId = change.entityId;
    let conflict: string | null = null;
    if (change.changeType === "create") {
      const clash = await tx.partner.findFirst({ where: { organizationId: change.organizationId, OR: [
        ...(typeof values.partner_code === "string" ? [{ partnerCode: values.partner_code }] : []),
        { brandName: { equals: String(values.brand_name ?? ""), mode: "insensitive" } },
      ] } });
      if (clash && (brandKey(clash.brandName) === change.entityKey || clash.partnerCode === change.entityKey)) conflict = `${clash.partnerCode} (${clash.brandName}) exists already.`;
      else entityId = (await tx.partner.create({ data: { ...partnerData(values), organizationId: change.organizationId, sourceData: raw } as never })).id;
    } else if (change.changeType === "delete") {
      const current = await tx.partner.findFirst({ where: { id: change.entityId! } });
      if (!current) conflict = "The partner is archived already.";
      else await tx.partner.update({ where: { id: current.id }, data: { deletedAt: new Date() } });
    } else {
      const current = await tx.partner.findFirst({ where: { id: change.entityId! } });
      const old = (change.oldValues ?? {}) as Record<string, unknown>;
      const moved = current ? change.changedFields.filter((f) => f in old && comparable((current as Record<string, unknown>)[camel(f)]) !== old[f]) : [];
      const owned = current ? await ownedElsewhere(tx, change, current.id) : [];
      if (!current) conflict = "The partner no longer exists (or was archived).";
      else if (moved.length) conflict = `Changed since it was staged: ${moved.join(", ")}.`;
      else if (owned.length) conflict = `Owned by a source with higher authority: ${owned.join(", ")}.`;
      else {
        const sourceData = { ...(current.sourceData as Record<string, unknown>), ...raw };
        await tx.partner.update({ where: { id: current.id }, data: { ...partnerData(values), sourceData } as never });
      }
    }
    if (conflict) {
      await tx.$executeRawUnsafe(`ROLLBACK TO SAVEPOINT ${savepoint}`);
      await tx.stagedChange.update({ where: { id: change.id }, data: { status: "conflict", appliedAt: null, applyError: conflict } });
      return "conflict";
    }
    if (change.changeType !== "delete") await recordLineage(tx, {
      organizationId: change.organizationId, entityId: entityId!, values: Object.fromEntries(change.changedFields.map((f) => [f, values[f]])),
      source, batchId: change.batchId, sourceReference: change.sourceReference, changedBy: initiators.get(change.batchId) ?? null, approvedBy: change.reviewedById,
    });
    if (change.changeType === "create") await tx.stagedChange.update({ where: { id: change.id }, data: { entityId } });
    await tx.$executeRawUnsafe(`RELEASE SAVEPOINT ${savepoint}`);
    return "applied";
  } catch (err) {
    await tx.$executeRawUnsafe(`ROLLBACK TO SAVEPOINT ${savepoint}`);
    const message = (err as Error).message.split("\n").filter(Boolean).pop() ?? "failed";
    await tx.stagedChange.update({ where: { id: change.id }, data: { status: "failed", appliedAt: null, applyError: message.slice(0, 500) } });
    return "failed";
  }
}

export async function applyChanges(ctx: Context, where: object): Promise<ApplyResult> {
  const changes = await ctx.prisma.stagedChange.findMany({ where: { organizationId: ctx.organizationId, status: "approved", ...where }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  const sourceIds = [...new Set(changes.map((c) => c.dataSourceId).filter((id): id is string => Boolean(id)))];
  const sources = new Map((await ctx.prisma.dataSource.findMany({ where: { id: { in: sourceIds } } })).map((s) => [s.id, s]));
  const logs = await ctx.prisma.syncLog.findMany({ where: { batchId: { in: [...new Set(changes.map((c) => c.batchId))] } } });
  const initiators = new Map(logs.map((l) => [l.batchId, l.initiatedById]));
  const result: ApplyResult = { applied: 0, failed: 0, conflicts: 0 };
  for (const change of changes) {
    const outcome = await applyOne(ctx, change, sources, initiators);
    if (outcome === "applied") result.applied++;
    else if (outcome === "failed") result.failed++;
    else if (outcome === "conflict") result.conflicts++;
  }
  for (const log of logs) {
    const applied = await ctx.prisma.stagedChange.count({ where: { batchId: log.batchId, status: "applied" } });
    await ctx.prisma.syncLog.update({ where: { id: log.id }, data: { changesApplied: applied } });
  }
  return result;
}
