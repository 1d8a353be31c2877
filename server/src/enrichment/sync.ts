// A sync: read the source's tabs, transform every mapped cell, match rows to records by
// their natural key, and stage one change per record that differs: a create, or an update
// of only the changed fields with old and new values. A row that cannot be used fails
// alone into the sync log's error log; a header that lost a mapped column fails the run.
// An unchanged sheet stages nothing. The three steps are separate so a queued run can
// report progress between them (pipeline/syncJobs.ts).
import type { HubPrisma } from "../db/database";
import { rowsOf } from "../db/directSql";
import { isBlankRow, type CsvRow } from "./csv";
import { transformCell, type TransformConfig } from "./transforms";
import { TARGET_TABLES, keyDescription, type TargetTable } from "./targets";
import type { Lookups } from "./lookups";
import { loadAuthority } from "./authority";
import { comparable } from "./values";
import { camel } from "../lib/names";
import { slices } from "../lib/slices";

export interface RowError {
  row: number;
  column: string | null;
  field: string | null;
  value: string | null;
  message: string;
  tab?: string;
}

export interface Mapping {
  sourceTab: string | null;
  sourceColumn: string;
  sourceColumnIndex: number | null;
  targetTable: string;
  targetField: string;
  transformType: string;
  transformConfig: unknown;
}
export interface SourceRef {
  id: string;
  name: string;
}

const label = (h: string) => h.trim().toLowerCase().replace(/\s+/g, " ");

/** The source could not be read as mapped: the run fails with this message. */
export class SourceReadError extends Error {}

/** One tab of a source: its rows as text cells (the first non-blank row is the header). */
export interface SourceTable {
  tab: string | null;
  name: string;
  rows: CsvRow[];
  raw?: CsvRow[];
}

export type SyncProgress = (step: string, done: number, total: number) => void | Promise<void>;

/** A tab ready to transform: its header checked against the mappings. */
export interface MappedTable {
  name: string;
  header: CsvRow;
  data: CsvRow[];
  raw: CsvRow[];
  columns: Map<Mapping, number>;
  target: TargetTable;
}

function columnsOf(header: CsvRow, mappings: Mapping[], where: string): Map<Mapping, number> {
  const labels = header.cells.map(label);
  const found = new Map<Mapping, number>();
  for (const m of mappings) {
    const at = labels.flatMap((l, i) => (l === label(m.sourceColumn) ? [i] : []));
    if (at.length > 1)
      throw new SourceReadError(
        `${where} has the mapped column "${m.sourceColumn}" ${at.length} times (columns ${at.map((i) => i + 1).join(", ")}); rename one of them.`,
      );
    if (at.length === 1) found.set(m, at[0]);
    else if (
      m.sourceColumnIndex !== null &&
      m.sourceColumnIndex < header.cells.length &&
      header.cells[m.sourceColumnIndex].trim() === ""
    )
      found.set(m, m.sourceColumnIndex);
    else
      throw new SourceReadError(
        `The mapped column "${m.sourceColumn}" is not in the header of ${where} (found: ${header.cells
          .filter((c) => c.trim())
          .map((c) => `"${c.trim()}"`)
          .join(", ")}). Fix the sheet or the mapping, then sync again.`,
      );
  }
  return found;
}

/** Reads the source and checks every mapped tab's header before anything is staged. */
export async function readMappedTables(
  read: () => Promise<SourceTable[]>,
  mappings: Mapping[],
): Promise<MappedTable[]> {
  const tables: MappedTable[] = [];
  for (const t of await read()) {
    const own = mappings.filter((m) => (m.sourceTab ?? null) === t.tab);
    if (!own.length) continue;
    const where = t.tab ? `tab '${t.tab}'` : "the file";
    const rows = t.rows.filter((r) => !isBlankRow(r));
    if (!rows.length)
      throw new SourceReadError(
        `${t.tab ? `Tab '${t.tab}'` : "The file"} is empty: it needs a header row and data rows.`,
      );
    const raw = (t.raw ?? t.rows).filter((r) => rows.some((x) => x.line === r.line));
    tables.push({
      name: t.tab ?? t.name,
      header: rows[0],
      data: rows.slice(1),
      raw: raw.slice(1),
      columns: columnsOf(rows[0], own, where),
      target: TARGET_TABLES[own[0].targetTable],
    });
  }
  return tables;
}

/** A usable row: its target, natural key, transformed values and every raw cell by header. */
export interface ParsedRow {
  line: number;
  tab: string;
  target: TargetTable;
  key: string;
  values: Record<string, string | number | boolean>;
  raw: Record<string, string>;
}

/** Transforms every mapped cell; a row with any unusable cell is left out, every reason logged. */
export async function transformRows(
  tables: MappedTable[],
  lookups: Lookups,
  onProgress: SyncProgress = () => {},
) {
  const errors: RowError[] = [];
  const rows: ParsedRow[] = [];
  const seen = new Map<string, number>();
  const total = tables.reduce((n, t) => n + t.data.length, 0);
  let done = 0;
  for (const { name: tab, header, data, raw: shownRows, columns, target } of tables) {
    const headers = header.cells.map((h, i) => h.trim() || `Column ${i + 1}`);
    const fail = (e: Omit<RowError, "tab">) => errors.push({ ...e, tab });
    for (const [i, row] of data.entries()) {
      if (done++ % 1000 === 0) await onProgress("transforming rows", done - 1, total);
      const values: Record<string, string | number | boolean> = {};
      let usable = true;
      for (const [m, index] of columns) {
        const cell = row.cells[index] ?? "";
        const t = transformCell(
          cell,
          m.transformType,
          (m.transformConfig ?? {}) as TransformConfig,
          target.fields[m.targetField],
          lookups,
        );
        if (!t.ok) {
          usable = false;
          fail({
            row: row.line,
            column: header.cells[index].trim(),
            field: m.targetField,
            value: cell,
            message: t.reason,
          });
        } else if (t.value !== null) values[m.targetField] = t.value; // a blank cell gives no value; it does not clear one
      }
      if (!usable) continue;
      const key = target.keyOf(values, lookups);
      if (!key) {
        fail({
          row: row.line,
          column: null,
          field: null,
          value: null,
          message: `The row has no ${keyDescription(target)}, so it matches no ${target.entityType} record.`,
        });
        continue;
      }
      if (typeof values.partner_code === "string")
        values.partner_code = values.partner_code.toUpperCase();
      const first = seen.get(`${target.table}\u0000${key}`);
      if (first !== undefined) {
        fail({
          row: row.line,
          column: null,
          field: target.keyFields.flat().find((f) => f in values) ?? null,
          value: key,
          message: `Duplicate of row ${first}: the same ${target.entityType} (${key}) appears twice in the sheet.`,
        });
        continue;
      }
      seen.set(`${target.table}\u0000${key}`, row.line);
      const shown = shownRows[i]?.cells ?? row.cells;
      rows.push({
        line: row.line,
        tab,
        target,
        key,
        values,
        raw: Object.fromEntries(headers.map((h, c) => [h, shown[c] ?? ""])),
      });
    }
  }
  await onProgress("transforming rows", total, total);
  return { rows, errors, total };
}

/** Same field values, whatever the key order (JSONB does not keep it). */
const sameValues = (a: unknown, b: Record<string, unknown>) => {
  const x = (a ?? {}) as Record<string, unknown>;
  return (
    Object.keys(x).length === Object.keys(b).length &&
    Object.entries(b).every(([k, v]) => x[k] === v)
  );
};

type StoredRecord = Record<string, unknown> & { id: string };

/** Every live record of a target in the organization, by each key it answers to (its fields only, not source_data). */
export async function recordsByKey(
  tx: HubPrisma,
  target: TargetTable,
  organizationId: string,
  lookups: Lookups,
) {
  const delegate = (
    tx as unknown as Record<string, { findMany(a: object): Promise<StoredRecord[]> }>
  )[target.model];
  const select = Object.fromEntries(
    ["id", ...Object.keys(target.fields).map(camel)].map((k) => [k, true]),
  );
  const records = await delegate.findMany({ where: { organizationId }, select });
  const byKey = new Map<string, StoredRecord>();
  for (const r of records) for (const k of target.keysOf(r, lookups)) byKey.set(k, r);
  return byKey;
}

// Rows per statement (an embedded database keeps the memory its largest statement needed).
const WRITE_SLICE = 500;

const INSERT_CHANGES = `
  INSERT INTO "staged_changes" ("organization_id", "batch_id", "data_source_id", "entity_type", "entity_key", "entity_id", "change_type",
    "old_values", "new_values", "changed_fields", "source_reference", "source_row", "status", "apply_error", "created_at")
  SELECT $2::uuid, $3::uuid, $4::uuid, v.entity_type::"entity_type", v.entity_key, v.entity_id, v.change_type::"change_type",
    v.old_values, v.new_values, ARRAY(SELECT jsonb_array_elements_text(v.changed_fields)), v.source_reference, v.source_row,
    v.status::"staged_change_status", v.apply_error, now() + v.n * interval '1 microsecond'
  FROM jsonb_to_recordset($1::jsonb) AS v(entity_type text, entity_key text, entity_id uuid, change_type text, old_values jsonb,
    new_values jsonb, changed_fields jsonb, source_reference text, source_row jsonb, status text, apply_error text, n int)`;

export interface StageContext {
  tx: HubPrisma;
  organizationId: string;
  source: SourceRef;
  batchId: string;
  lookups: Lookups;
}

/** Matches rows to records and writes the staged changes; returns how many were staged. */
export async function stageRows(
  c: StageContext,
  rows: ParsedRow[],
  fields: string[],
  errors: RowError[],
) {
  const { tx, organizationId, source, batchId } = c;
  const changes: Record<string, unknown>[] = [];
  const superseded: string[] = [];
  const sourceDataOnly: { table: string; id: string; raw: unknown }[] = [];
  for (const target of new Set(rows.map((r) => r.target))) {
    const mine = rows.filter((r) => r.target === target);
    const records = await recordsByKey(tx, target, organizationId, c.lookups);
    // Raw, not Prisma: a findMany of 10,000 keys is a 10,000-parameter statement Prisma compiles and keeps.
    const pending = await rowsOf(tx)<{ id: string; entity_key: string; new_values: unknown }>(
      `SELECT "id", "entity_key", "new_values" FROM "staged_changes"
      WHERE "organization_id" = $1::uuid AND "entity_type" = $2::"entity_type" AND "status" = 'pending' AND "entity_key" = ANY($3::text[])`,
      [organizationId, target.entityType, mine.map((r) => r.key)],
    );
    const pendingByKey = new Map(
      pending.map((p) => [p.entity_key, { id: p.id, newValues: p.new_values }]),
    );
    const matched = [
      ...new Set(mine.map((r) => records.get(r.key)?.id).filter((id): id is string => Boolean(id))),
    ];
    const authority = await loadAuthority(tx, organizationId, target, matched, [source.id]);
    for (const row of mine) {
      const current = records.get(row.key);
      const sourceRow = { row: row.line, tab: row.tab, values: row.raw };
      let change;
      if (current) {
        const old: Record<string, unknown> = {};
        const next: Record<string, unknown> = {};
        for (const f of fields) {
          if (!(f in row.values)) continue;
          const before = comparable(current[camel(f)]);
          if (before !== row.values[f]) {
            old[f] = before;
            next[f] = row.values[f];
          }
        }
        if (!Object.keys(next).length) {
          // Nothing to review, but the raw row is still kept: only source_data moves (where it differs).
          if (target.table !== "partner_assignments")
            sourceDataOnly.push({ table: target.table, id: current.id, raw: sourceRow });
          continue;
        }
        change = {
          changeType: "update" as const,
          entityId: current.id,
          oldValues: old,
          newValues: next,
        };
      } else {
        const missing = target.required.filter((f) => !(f in row.values));
        if (missing.length) {
          errors.push({
            row: row.line,
            tab: row.tab,
            column: null,
            field: missing[0],
            value: null,
            message: `No ${target.entityType} matches ${row.key}, and a new one needs ${missing.join(", ")}.`,
          });
          continue;
        }
        change = {
          changeType: "create" as const,
          entityId: null,
          oldValues: undefined,
          newValues: row.values,
        };
      }
      const previous = pendingByKey.get(row.key);
      if (previous && sameValues(previous.newValues, change.newValues)) continue; // already staged as is
      if (previous) superseded.push(previous.id);
      // A weaker source than the one that set a field last is staged as a conflict, for a person to decide.
      const owned = change.entityId
        ? authority.ownedElsewhere(source.id, change.entityId, Object.keys(change.newValues))
        : [];
      changes.push({
        n: changes.length, // created_at keeps the sheet's order within a batch
        entity_type: target.entityType,
        entity_key: row.key,
        entity_id: change.entityId,
        change_type: change.changeType,
        old_values: change.oldValues ?? null,
        new_values: change.newValues,
        changed_fields: Object.keys(change.newValues),
        source_reference: `Row ${row.line} of tab '${row.tab}'`,
        source_row: sourceRow,
        status: owned.length ? "conflict" : "pending",
        apply_error: owned.length
          ? `Owned by a source with higher authority: ${owned.join(", ")}.`
          : null,
      });
    }
  }
  if (superseded.length) {
    await tx.stagedChange.updateMany({
      where: { id: { in: superseded } },
      data: {
        status: "rejected",
        rejectionReason: `Superseded by batch ${batchId}`,
        reviewedAt: new Date(),
      },
    });
  }
  for (const table of new Set(sourceDataOnly.map((s) => s.table))) {
    for (const list of slices(
      sourceDataOnly.filter((s) => s.table === table).map(({ id, raw }) => ({ id, raw })),
      WRITE_SLICE,
    )) {
      await rowsOf(tx)(
        `UPDATE "${table}" t SET "source_data" = t."source_data" || jsonb_build_object($2::text, v.raw)
        FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, raw jsonb) WHERE t."id" = v.id AND t."source_data" -> $2::text IS DISTINCT FROM v.raw`,
        [JSON.stringify(list), source.name],
      );
    }
  }
  // A statement per slice of rows: Prisma's createMany would hold several copies of them, and
  // one statement for all would hold the whole batch as one string (memory, not speed).
  for (const slice of slices(changes, WRITE_SLICE))
    await rowsOf(tx)(INSERT_CHANGES, [JSON.stringify(slice), organizationId, batchId, source.id]);
  return changes.length;
}
