// Field lineage: for every field a source (or a person, "manual") sets, the current value,
// the authoritative source, and the history of values with where and who they came from.
// Written set-based: one statement per 1,500 fields, whatever the number of records.
import type { HubPrisma } from "../db/database";
import { rowsOf } from "../db/directSql";
import { slices } from "../lib/slices";
import type { Context } from "../graphql/context";
import { targetOfEntity, type PipelineEntity } from "./targets";
import { comparable } from "./values";
import { camel } from "../lib/names";

export interface LineageWrite {
  entityType: PipelineEntity;
  entityId: string;
  /** Column name → value written. */
  values: Record<string, unknown>;
  source: { id: string; name: string } | null;
  batchId: string | null;
  sourceReference: string | null;
  changedBy: string | null;
  approvedBy: string | null;
}

// A manual edit (no source) keeps the field's authoritative source: it does not own the field.
const UPSERT = `
  INSERT INTO "field_lineage" ("organization_id", "entity_type", "entity_id", "field_name", "current_value", "authoritative_source_id", "last_updated_at", "history")
  SELECT $2::uuid, v.entity_type::"entity_type", v.entity_id, v.field_name, v.current_value, v.source_id, now(), jsonb_build_array(v.entry)
  FROM jsonb_to_recordset($1::jsonb) AS v(entity_type text, entity_id uuid, field_name text, current_value text, source_id uuid, entry jsonb)
  ON CONFLICT ("entity_type", "entity_id", "field_name") DO UPDATE SET
    "current_value" = EXCLUDED."current_value",
    "authoritative_source_id" = coalesce(EXCLUDED."authoritative_source_id", "field_lineage"."authoritative_source_id"),
    "last_updated_at" = now(),
    "history" = "field_lineage"."history" || EXCLUDED."history"`;

// Rows per statement: an embedded database keeps the memory its largest statement needed,
// and a 500-record apply chunk of 9 fields each is 4,500 rows (1.6 MB of JSON).
const LINEAGE_SLICE = 1500;

/** Appends to the lineage of every field written; one record and field appears once per call. */
export async function recordLineage(tx: HubPrisma, organizationId: string, writes: LineageWrite[]): Promise<void> {
  const at = new Date().toISOString();
  const rows = writes.flatMap((w) => Object.entries(w.values).map(([field, value]) => ({
    entity_type: w.entityType, entity_id: w.entityId, field_name: field, source_id: w.source?.id ?? null,
    current_value: value === null || value === undefined ? null : String(value),
    entry: {
      value: value ?? null, source_id: w.source?.id ?? null, source_name: w.source?.name ?? "manual", batch_id: w.batchId,
      source_reference: w.sourceReference, timestamp: at, changed_by: w.changedBy, approved_by: w.approvedBy,
    },
  })));
  for (const slice of slices(rows, LINEAGE_SLICE)) await rowsOf(tx)(UPSERT, [JSON.stringify(slice), organizationId]);
}

/** Manual edits (through the API) of fields a source can also set are lineage too, as source "manual". */
export async function recordManualLineage<T extends object>(ctx: Context, entityType: PipelineEntity, before: T | null, after: T & { id: string }): Promise<void> {
  const [was, now] = [before as Record<string, unknown> | null, after as unknown as Record<string, unknown>];
  const values: Record<string, unknown> = {};
  for (const field of Object.keys(targetOfEntity(entityType).fields)) {
    const next = comparable(now[camel(field)]);
    if ((was ? comparable(was[camel(field)]) : null) !== next) values[field] = next;
  }
  if (!Object.keys(values).length) return;
  await recordLineage(ctx.prisma, ctx.organizationId, [{ entityType, entityId: after.id, values, source: null, batchId: null, sourceReference: null, changedBy: ctx.viewer.staffId, approvedBy: null }]);
}
