// Field lineage: for every field a source (or a person, "manual") sets, the current value,
// the authoritative source, and the history of values with where and who they came from.
import type { HubPrisma } from "../db/database";

export interface LineageWrite {
  organizationId: string;
  entityId: string;
  /** Column name → value written. */
  values: Record<string, unknown>;
  source: { id: string; name: string } | null;
  batchId: string | null;
  sourceReference: string | null;
  changedBy: string | null;
  approvedBy: string | null;
}

export async function recordLineage(tx: HubPrisma, w: LineageWrite): Promise<void> {
  const at = new Date().toISOString();
  for (const [field, value] of Object.entries(w.values)) {
    const entry = {
      value, source_id: w.source?.id ?? null, source_name: w.source?.name ?? "manual", batch_id: w.batchId,
      source_reference: w.sourceReference, timestamp: at, changed_by: w.changedBy, approved_by: w.approvedBy,
    };
    const key = { entityType_entityId_fieldName: { entityType: "partner" as const, entityId: w.entityId, fieldName: field } };
    const existing = await tx.fieldLineage.findUnique({ where: key });
    const data = {
      currentValue: value === null || value === undefined ? null : String(value),
      // A manual edit keeps the field's authoritative source: it does not own the field.
      authoritativeSourceId: w.source ? w.source.id : existing?.authoritativeSourceId ?? null,
      lastUpdatedAt: new Date(),
      history: [...((existing?.history as unknown[]) ?? []), entry] as never,
    };
    if (existing) await tx.fieldLineage.update({ where: { id: existing.id }, data });
    else await tx.fieldLineage.create({ data: { ...data, organizationId: w.organizationId, entityType: "partner", entityId: w.entityId, fieldName: field } });
  }
}
