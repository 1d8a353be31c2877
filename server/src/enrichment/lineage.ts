// Field lineage: for every field a source (or a person, "manual") sets, the current value,
// the authoritative source, and the history of values with where and who they came from.
// Written in one statement for any number of records and fields.
import type { HubPrisma } from "../db/database";
import { rowsOf } from "../db/directSql";
import type { EnrichmentScope } from "./scope";
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

// One JSON row per record written (its fields' values inside): the history entry's source,
// batch, reference and people are the record's, so they are sent once, not once per field.
// A manual edit (no source) keeps the field's authoritative source: it does not own the field.
const UPSERT = `
  INSERT INTO "field_lineage" ("organization_id", "entity_type", "entity_id", "field_name", "current_value", "authoritative_source_id", "last_updated_at", "history")
  SELECT $2::uuid, w.entity_type::"entity_type", w.entity_id, f.key, f.value #>> '{}', w.source_id, now(),
    jsonb_build_array(jsonb_build_object('value', f.value, 'source_id', w.source_id, 'source_name', w.source_name, 'batch_id', w.batch_id,
      'source_reference', w.source_reference, 'timestamp', $3::text, 'changed_by', w.changed_by, 'approved_by', w.approved_by))
  FROM jsonb_to_recordset($1::jsonb) AS w(entity_type text, entity_id uuid, source_id uuid, source_name text, batch_id uuid,
    source_reference text, changed_by uuid, approved_by uuid, "values" jsonb)
  CROSS JOIN LATERAL jsonb_each(w."values") AS f(key, value)
  ON CONFLICT ("entity_type", "entity_id", "field_name") DO UPDATE SET
    "current_value" = EXCLUDED."current_value",
    "authoritative_source_id" = coalesce(EXCLUDED."authoritative_source_id", "field_lineage"."authoritative_source_id"),
    "last_updated_at" = now(),
    "history" = "field_lineage"."history" || EXCLUDED."history"`;

/** Appends to the lineage of every field written; one record and field appears once per call. */
export async function recordLineage(
  tx: HubPrisma,
  organizationId: string,
  writes: LineageWrite[],
): Promise<void> {
  const rows = writes
    .filter((w) => Object.keys(w.values).length)
    .map((w) => ({
      entity_type: w.entityType,
      entity_id: w.entityId,
      source_id: w.source?.id ?? null,
      source_name: w.source?.name ?? "manual",
      batch_id: w.batchId,
      source_reference: w.sourceReference,
      changed_by: w.changedBy,
      approved_by: w.approvedBy,
      values: Object.fromEntries(
        Object.entries(w.values).map(([field, value]) => [field, value ?? null]),
      ),
    }));
  if (rows.length)
    await rowsOf(tx)(UPSERT, [JSON.stringify(rows), organizationId, new Date().toISOString()]);
}

/** Manual edits (through the API) of fields a source can also set are lineage too, as source "manual". */
export async function recordManualLineage<T extends object>(
  ctx: EnrichmentScope,
  entityType: PipelineEntity,
  before: T | null,
  after: T & { id: string },
): Promise<void> {
  const [was, now] = [
    before as Record<string, unknown> | null,
    after as unknown as Record<string, unknown>,
  ];
  const values: Record<string, unknown> = {};
  for (const field of Object.keys(targetOfEntity(entityType).fields)) {
    const next = comparable(now[camel(field)]);
    if ((was ? comparable(was[camel(field)]) : null) !== next) values[field] = next;
  }
  if (!Object.keys(values).length) return;
  await recordLineage(ctx.prisma, ctx.organizationId, [
    {
      entityType,
      entityId: after.id,
      values,
      source: null,
      batchId: null,
      sourceReference: null,
      changedBy: ctx.viewer.staffId,
      approvedBy: null,
    },
  ]);
}
