// Applying approved changes, set-based so 10,000 changes take seconds. Changes go in chunks
// that hold at most one change per record (a record's later changes wait for the next
// chunk, so they apply in order). A chunk's approved changes are locked in one statement, so
// concurrent appliers never apply one twice; checked (the record moved on, or a stronger
// source owns the field → conflict); then written with one statement per table and kind plus
// one for lineage, inside a savepoint. Should the database refuse the chunk, it is rolled
// back and its changes are written one by one, each in its own savepoint: every change
// applies all of its fields or none, and only the bad ones fail. One last statement records
// every change's outcome (applied, conflict, failed).
import crypto from "node:crypto";
import type { EnrichmentScope } from "./scope";
import { fromDatabaseError } from "../db/databaseErrors";
import type { HubPrisma } from "../db/database";
import { targetOfEntity, type FieldKind, type TargetTable } from "./targets";
import { recordLineage, type LineageWrite } from "./lineage";
import { loadAuthority } from "./authority";
import { loadLookups, type Lookups } from "./lookups";
import { recordsByKey } from "./sync";
import { comparable } from "./values";
import { camel } from "../lib/names";
import { rowsOf } from "../db/directSql";
import { writeChecker, type WriteCheck } from "./writeRules";

export interface ApplyResult {
  applied: number;
  failed: number;
  conflicts: number;
}

type Change = Awaited<ReturnType<HubPrisma["stagedChange"]["findFirstOrThrow"]>>;
type Values = Record<string, unknown>;

const CHUNK = 500;

/** A change cleared to write. */
interface Plan {
  change: Change;
  target: TargetTable;
  kind: "create" | "update" | "end";
  entityId: string;
  values: Values;
  raw: Values;
}

function cast(kind: FieldKind, field: string): string {
  const e = `(v.d->>'${field}')`;
  switch (kind.type) {
    case "int":
      return `${e}::int`;
    case "decimal":
      return `${e}::numeric`;
    case "date":
      return `${e}::date`;
    case "boolean":
      return `${e}::boolean`;
    case "enum":
      return `${e}::"${kind.dbType}"`;
    case "ref":
      return `${e}::uuid`;
    default:
      return e;
  }
}

const RECORDSET = `jsonb_to_recordset($1::jsonb) AS v(id uuid, d jsonb, raw jsonb, code text)`;

/**
 * Codes for new records that bring none, claimed as one block: the insert trigger would take
 * them one row at a time, each an update of the same counter row, which slows down the more
 * rows one transaction adds (every update leaves a row version the next has to step over).
 */
async function claimCodes(
  tx: HubPrisma,
  organizationId: string,
  target: TargetTable,
  fields: string[],
  count: number,
): Promise<string[] | null> {
  const code = target.generatedCode;
  if (!code || fields.includes(code.field)) return null;
  const [{ last }] = await rowsOf(tx)<{ last: bigint }>(
    `INSERT INTO "code_sequences" AS cs ("organization_id", "kind", "last_value") VALUES ($1::uuid, $2, $3)
    ON CONFLICT ("organization_id", "kind") DO UPDATE SET "last_value" = cs."last_value" + $3 RETURNING cs."last_value" AS last`,
    [organizationId, code.kind, count],
  );
  const first = Number(last) - count + 1;
  return Array.from(
    { length: count },
    (_, i) => `${code.prefix}-${String(first + i).padStart(4, "0")}`,
  );
}
const hasSourceData = (t: TargetTable) => t.table !== "partner_assignments";

async function writePlans(
  tx: HubPrisma,
  organizationId: string,
  plans: Plan[],
  lineage: (p: Plan) => LineageWrite,
) {
  for (const target of new Set(plans.map((p) => p.target))) {
    const mine = plans.filter((p) => p.target === target);
    const updates = mine.filter((p) => p.kind === "update");
    if (updates.length) {
      const fields = [...new Set(updates.flatMap((p) => Object.keys(p.values)))];
      const sets = fields.map(
        (f) =>
          `"${f}" = CASE WHEN v.d->'${f}' IS NOT NULL THEN ${cast(target.fields[f], f)} ELSE t."${f}" END`,
      );
      if (hasSourceData(target)) sets.push(`"source_data" = t."source_data" || v.raw`);
      await rowsOf(tx)(
        `UPDATE "${target.table}" AS t SET ${sets.join(", ")} FROM ${RECORDSET} WHERE t."id" = v.id`,
        [JSON.stringify(updates.map((p) => ({ id: p.entityId, d: p.values, raw: p.raw })))],
      );
    }
    // New records name only the columns they have, so the others take their defaults.
    const creates = mine.filter((p) => p.kind === "create");
    for (const shape of new Set(creates.map((p) => Object.keys(p.values).sort().join(",")))) {
      const group = creates.filter((p) => Object.keys(p.values).sort().join(",") === shape);
      const fields = shape.split(",");
      const codes = await claimCodes(tx, organizationId, target, fields, group.length);
      const columns = [
        "id",
        "organization_id",
        ...(hasSourceData(target) ? ["source_data"] : []),
        ...(codes ? [target.generatedCode!.field] : []),
        ...fields,
      ];
      const values = [
        "v.id",
        "$2::uuid",
        ...(hasSourceData(target) ? ["v.raw"] : []),
        ...(codes ? ["v.code"] : []),
        ...fields.map((f) => cast(target.fields[f], f)),
      ];
      await rowsOf(tx)(
        `INSERT INTO "${target.table}" (${columns.map((c) => `"${c}"`).join(", ")}) SELECT ${values.join(", ")} FROM ${RECORDSET}`,
        [
          JSON.stringify(
            group.map((p, i) => ({ id: p.entityId, d: p.values, raw: p.raw, code: codes?.[i] })),
          ),
          organizationId,
        ],
      );
    }
    const ends = mine.filter((p) => p.kind === "end");
    if (ends.length)
      await rowsOf(tx)(
        `UPDATE "${target.table}" SET "${target.endColumn}" = now() WHERE "id" = ANY($1::uuid[])`,
        [ends.map((p) => p.entityId)],
      );
  }
  await recordLineage(tx, organizationId, plans.filter((p) => p.kind !== "end").map(lineage));
}

// One name for every savepoint: ROLLBACK TO and RELEASE act on the newest of that name, and a
// fixed text is one prepared statement (a numbered name would prepare a new one each time).
async function inSavepoint(tx: HubPrisma, fn: () => Promise<void>): Promise<Error | null> {
  const sql = rowsOf(tx);
  await sql("SAVEPOINT hub_apply", []);
  try {
    await fn();
    await sql("RELEASE SAVEPOINT hub_apply", []);
    return null;
  } catch (err) {
    await sql("ROLLBACK TO SAVEPOINT hub_apply", []);
    return err as Error;
  }
}

/** The database's reason in one line, as the API words it (Prisma wraps it in several). */
const reason = (err: Error) =>
  (
    fromDatabaseError(err)?.message ??
    err.message.split("\n").filter(Boolean).pop() ??
    "failed"
  ).slice(0, 500);

interface ApplyEnv {
  ctx: EnrichmentScope;
  sources: Map<string, { id: string; name: string }>;
  initiators: Map<string, string | null>;
  lookups: () => Promise<Lookups>;
  /** Live records by natural key, per target, kept current as creates land. */
  keyIndex: Map<TargetTable, Map<string, unknown>>;
  /** Why the applier may not write a change (writeRules.ts), or null. */
  mayWrite: WriteCheck;
}

/** Decides each claimed change: a plan to write, or the reason it is a conflict. */
async function plan(
  env: ApplyEnv,
  chunk: Change[],
): Promise<{ plans: Plan[]; conflicts: { id: string; error: string }[] }> {
  const { ctx } = env;
  const plans: Plan[] = [];
  const conflicts: { id: string; error: string }[] = [];
  for (const target of new Set(chunk.map((c) => targetOfEntity(c.entityType)))) {
    const mine = chunk.filter((c) => c.entityType === target.entityType);
    const existingIds = mine.filter((c) => c.changeType !== "create").map((c) => c.entityId!);
    const delegate = (
      ctx.prisma as unknown as Record<
        string,
        { findMany(a: object): Promise<(Values & { id: string })[]> }
      >
    )[target.model];
    const current = new Map(
      (existingIds.length
        ? await delegate.findMany({ where: { id: { in: existingIds } } })
        : []
      ).map((r) => [r.id, r]),
    );
    const authority = await loadAuthority(
      ctx.prisma,
      ctx.organizationId,
      target,
      existingIds,
      mine.map((c) => c.dataSourceId),
    );
    if (mine.some((c) => c.changeType === "create") && !env.keyIndex.has(target)) {
      env.keyIndex.set(
        target,
        await recordsByKey(ctx.prisma, target, ctx.organizationId, await env.lookups()),
      );
    }
    for (const change of mine) {
      const values = change.newValues as Values;
      const source = change.dataSourceId ? (env.sources.get(change.dataSourceId) ?? null) : null;
      const raw = change.sourceRow && source ? { [source.name]: change.sourceRow } : {};
      const what = target.entityType === "staff" ? "staff member" : target.entityType;
      const denied = await env.mayWrite(
        target,
        change.changeType === "create",
        change.changeType === "delete" ? {} : values,
        change.entityId ? current.get(change.entityId) : undefined,
      );
      if (denied) {
        conflicts.push({ id: change.id, error: denied });
        continue;
      }
      if (change.changeType === "create") {
        if (env.keyIndex.get(target)!.has(change.entityKey))
          conflicts.push({
            id: change.id,
            error: `A ${what} with the key ${change.entityKey} exists already.`,
          });
        else
          plans.push({
            change,
            target,
            kind: "create",
            entityId: crypto.randomUUID(),
            values,
            raw,
          });
        continue;
      }
      const live = current.get(change.entityId!);
      const record =
        live && !(target.endColumn === "unassigned_at" && live.unassignedAt) ? live : undefined;
      if (!record) {
        conflicts.push({
          id: change.id,
          error:
            change.changeType === "delete"
              ? `The ${what} is archived or ended already.`
              : `The ${what} no longer exists (or was archived).`,
        });
        continue;
      }
      if (change.changeType === "delete") {
        plans.push({ change, target, kind: "end", entityId: record.id, values: {}, raw: {} });
        continue;
      }
      const old = (change.oldValues ?? {}) as Values;
      const moved = change.changedFields.filter(
        (f) => f in old && comparable(record[camel(f)]) !== old[f],
      );
      const owned = authority.ownedElsewhere(change.dataSourceId, record.id, change.changedFields);
      if (moved.length)
        conflicts.push({
          id: change.id,
          error: `Changed since it was staged: ${moved.join(", ")}.`,
        });
      else if (owned.length)
        conflicts.push({
          id: change.id,
          error: `Owned by a source with higher authority: ${owned.join(", ")}.`,
        });
      else
        plans.push({
          change,
          target,
          kind: "update",
          entityId: record.id,
          values: Object.fromEntries(change.changedFields.map((f) => [f, values[f] ?? null])),
          raw,
        });
    }
  }
  return { plans, conflicts };
}

async function applyChunk(env: ApplyEnv, chunk: Change[], result: ApplyResult) {
  const { ctx } = env;
  const tx = ctx.prisma;
  // Claim: a concurrent applier waits on these row locks, then finds them no longer approved
  // (the outcome below is written in the same transaction).
  const claimed = new Set(
    (
      await rowsOf(tx)<{ id: string }>(
        `SELECT "id" FROM "staged_changes" WHERE "id" = ANY($1::uuid[]) AND "status" = 'approved' FOR UPDATE`,
        [chunk.map((c) => c.id)],
      )
    ).map((r) => r.id),
  );
  const { plans, conflicts } = await plan(
    env,
    chunk.filter((c) => claimed.has(c.id)),
  );
  const lineage = (p: Plan): LineageWrite => ({
    entityType: p.target.entityType,
    entityId: p.entityId,
    values: p.values,
    source: p.change.dataSourceId ? (env.sources.get(p.change.dataSourceId) ?? null) : null,
    batchId: p.change.batchId,
    sourceReference: p.change.sourceReference,
    changedBy: env.initiators.get(p.change.batchId) ?? null,
    approvedBy: p.change.reviewedById,
  });
  const failed: { id: string; error: string }[] = [];
  let written = plans;
  if (await inSavepoint(tx, () => writePlans(tx, ctx.organizationId, plans, lineage))) {
    written = [];
    for (const p of plans) {
      const err = await inSavepoint(tx, () => writePlans(tx, ctx.organizationId, [p], lineage));
      if (err) failed.push({ id: p.change.id, error: reason(err) });
      else written.push(p);
    }
  }
  for (const p of written.filter((w) => w.kind === "create"))
    env.keyIndex.get(p.target)?.set(p.change.entityKey, p.entityId);
  // Every claimed change's outcome in one statement: applied (with a created record's id), conflict or failed.
  const outcomes = [
    ...written.map((p) => ({
      id: p.change.id,
      status: "applied",
      entity_id: p.kind === "create" ? p.entityId : null,
      error: null,
    })),
    ...conflicts.map((c) => ({ ...c, status: "conflict" })),
    ...failed.map((f) => ({ ...f, status: "failed" })),
  ];
  if (outcomes.length) {
    await rowsOf(tx)(
      `UPDATE "staged_changes" AS s SET "status" = v.status::"staged_change_status", "apply_error" = v.error,
      "applied_at" = CASE WHEN v.status = 'applied' THEN now() END, "entity_id" = coalesce(v.entity_id, s."entity_id")
      FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, status text, error text, entity_id uuid) WHERE s."id" = v.id`,
      [JSON.stringify(outcomes)],
    );
  }
  result.applied += written.length;
  result.failed += failed.length;
  result.conflicts += conflicts.length;
}

export async function applyChanges(ctx: EnrichmentScope, where: object): Promise<ApplyResult> {
  // The order and the records first; each chunk's values are loaded when it is applied.
  const changes = await ctx.prisma.stagedChange.findMany({
    where: { organizationId: ctx.organizationId, status: "approved", ...where },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      entityType: true,
      entityId: true,
      entityKey: true,
      batchId: true,
      dataSourceId: true,
    },
  });
  const sourceIds = [
    ...new Set(changes.map((c) => c.dataSourceId).filter((id): id is string => Boolean(id))),
  ];
  const sources = new Map(
    (
      await ctx.prisma.dataSource.findMany({
        where: { id: { in: sourceIds } },
        select: { id: true, name: true },
      })
    ).map((s) => [s.id, s]),
  );
  const batches = [...new Set(changes.map((c) => c.batchId))];
  const logs = await ctx.prisma.syncLog.findMany({
    where: { batchId: { in: batches } },
    select: { batchId: true, initiatedById: true },
  });
  let lookups: Promise<Lookups> | undefined;
  const env: ApplyEnv = {
    ctx,
    sources,
    initiators: new Map(logs.map((l) => [l.batchId, l.initiatedById])),
    keyIndex: new Map(),
    mayWrite: writeChecker(ctx),
    lookups: () => (lookups ??= loadLookups(ctx.prisma, ctx.organizationId)),
  };
  const result: ApplyResult = { applied: 0, failed: 0, conflicts: 0 };
  for (let queue = changes; queue.length;) {
    const chunk: typeof changes = [];
    const later: typeof changes = [];
    const records = new Set<string>();
    for (const c of queue) {
      const record = `${c.entityType}|${c.entityId ?? c.entityKey}`;
      if (chunk.length < CHUNK && !records.has(record)) {
        records.add(record);
        chunk.push(c);
      } else later.push(c);
    }
    const full = await ctx.prisma.stagedChange.findMany({
      where: { id: { in: chunk.map((c) => c.id) } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    await applyChunk(env, full, result);
    queue = later;
  }
  if (batches.length) {
    await rowsOf(ctx.prisma)(
      `UPDATE "sync_logs" AS l SET "changes_applied" = (SELECT count(*) FROM "staged_changes" s WHERE s."batch_id" = l."batch_id" AND s."status" = 'applied')
      WHERE l."batch_id" = ANY($1::uuid[])`,
      [batches],
    );
  }
  return result;
}
