// A CSV sync: read the rows, transform every mapped cell, match rows to partners by their
// natural key (partner code, else brand name ignoring case and spacing), and stage one
// change per record that differs: a create, or an update of only the changed fields with
// old and new values. A row that cannot be used fails alone into the sync log's error
// log; a header that lost a mapped column fails the run. An unchanged sheet stages nothing.
import crypto from "node:crypto";
import type { Context } from "../graphql/context";
import { CsvError, isBlankRow, parseCsv, type CsvRow } from "./csv";
import { transformCell, type TransformConfig } from "./transforms";
import { TARGET_TABLES, brandKey } from "./targets";
import { camel, comparable } from "./values";

export interface RowError { row: number; column: string | null; field: string | null; value: string | null; message: string }

interface Mapping { sourceTab: string | null; sourceColumn: string; sourceColumnIndex: number | null; targetTable: string; targetField: string; transformType: string; transformConfig: unknown }
interface SourceRef { id: string; name: string }

const label = (h: string) => h.trim().toLowerCase().replace(/\s+/g, " ");

/** The source could not be read as mapped: the run fails with this message. */
export class SourceReadError extends Error {}
class HeaderDrift extends SourceReadError {}

/** One tab of a source: its rows as text cells (the first non-blank row is the header). */
export interface SourceTable { tab: string | null; name: string; rows: CsvRow[]; raw?: CsvRow[] }

/** Same field values, whatever the key order (JSONB does not keep it). */
const sameValues = (a: unknown, b: Record<string, unknown>) => {
  const x = (a ?? {}) as Record<string, unknown>;
  return Object.keys(x).length === Object.keys(b).length && Object.entries(b).every(([k, v]) => x[k] === v);
};

function columnsOf(header: CsvRow, mappings: Mapping[]): Map<Mapping, number> {
  const labels = header.cells.map(label);
  const found = new Map<Mapping, number>();
  for (const m of mappings) {
    const at = labels.flatMap((l, i) => (l === label(m.sourceColumn) ? [i] : []));
    if (at.length > 1) throw new HeaderDrift(`The header has the mapped column "${m.sourceColumn}" ${at.length} times (columns ${at.map((i) => i + 1).join(", ")}); rename one of them.`);
    if (at.length === 1) found.set(m, at[0]);
    else if (m.sourceColumnIndex !== null && m.sourceColumnIndex < header.cells.length && header.cells[m.sourceColumnIndex].trim() === "") found.set(m, m.sourceColumnIndex);
    else throw new HeaderDrift(`The mapped column "${m.sourceColumn}" is not in the header (found: ${header.cells.filter((c) => c.trim()).map((c) => `"${c.trim()}"`).join(", ")}). Fix the sheet or the mapping, then sync again.`);
  }
  return found;
}

export type SyncProgress = (step: string, done: number, total: number) => void;

export const readCsv = (source: SourceRef, csv: string) => async (): Promise<SourceTable[]> => {
  try {
    return [{ tab: null, name: source.name, rows: parseCsv(csv) }];
  } catch (err) {
    throw err instanceof CsvError ? new SourceReadError(err.message) : err;
  }
};

export async function syncSource(ctx: Context, source: SourceRef, mappings: Mapping[], read: () => Promise<SourceTable[]>, onProgress: SyncProgress = () => {}) {
  const batchId = crypto.randomUUID();
  const log = await ctx.prisma.syncLog.create({
    data: { organizationId: ctx.organizationId, batchId, dataSourceId: source.id, initiatedById: ctx.viewer.staffId, status: "running" },
  });
  const finish = async (status: "completed" | "failed", scanned: number, staged: number, errors: RowError[], runError?: string) => {
    await ctx.prisma.dataSource.update({ where: { id: source.id }, data: { lastSyncedAt: new Date(), lastSyncError: runError ?? null } });
    return ctx.prisma.syncLog.update({
      where: { id: log.id },
      data: { status, completedAt: new Date(), recordsScanned: scanned, changesStaged: staged, errors: errors.length, errorLog: errors as never },
    });
  };

  // Read every mapped tab and check its header before anything is staged.
  type Table = { name: string; header: CsvRow; data: CsvRow[]; raw: CsvRow[]; columns: Map<Mapping, number>; mappings: Mapping[] };
  const tables: Table[] = [];
  try {
    for (const t of await read()) {
      const own = mappings.filter((m) => (m.sourceTab ?? null) === t.tab || (t.tab === null && m.sourceTab === null));
      if (!own.length) continue;
      const rows = t.rows.filter((r) => !isBlankRow(r));
      if (!rows.length) throw new HeaderDrift(`${t.tab ? `Tab '${t.tab}'` : "The CSV"} is empty: it needs a header row and data rows.`);
      const raw = (t.raw ?? t.rows).filter((r) => rows.some((x) => x.line === r.line));
      tables.push({ name: t.tab ?? t.name, header: rows[0], data: rows.slice(1), raw: raw.slice(1), columns: columnsOf(rows[0], own), mappings: own });
    }
  } catch (err) {
    if (!(err instanceof SourceReadError)) throw err;
    return finish("failed", 0, 0, [{ row: 1, column: null, field: null, value: null, message: err.message }], err.message);
  }
  const errors: RowError[] = [];

  // Transform each row; a row with any unusable cell is left out, with every reason logged.
  type Parsed = { line: number; tab: string; key: string; byCode: boolean; values: Record<string, string | number | boolean>; raw: Record<string, string> };
  const parsed: Parsed[] = [];
  const seenKeys = new Map<string, number>();
  const total = tables.reduce((n, t) => n + t.data.length, 0);
  let done = 0;
  for (const { name: tab, header, data, raw: rawRows, columns, mappings: own } of tables) {
    const target = TARGET_TABLES[own[0].targetTable];
    const headers = header.cells.map((h, i) => h.trim() || `Column ${i + 1}`);
    for (const [i, row] of data.entries()) {
      if (done++ % 500 === 0) onProgress("reading rows", done, total);
      const values: Record<string, string | number | boolean> = {};
      let usable = true;
      for (const [m, index] of columns) {
        const raw = row.cells[index] ?? "";
        const t = transformCell(raw, m.transformType, (m.transformConfig ?? {}) as TransformConfig, target.fields[m.targetField]);
        if (!t.ok) {
          usable = false;
          errors.push({ row: row.line, column: header.cells[index].trim(), field: m.targetField, value: raw, message: t.reason });
        } else if (t.value !== null) values[m.targetField] = t.value; // a blank cell gives no value; it does not clear one
      }
      if (!usable) continue;
      const code = typeof values.partner_code === "string" ? values.partner_code.toUpperCase() : undefined;
      const brand = typeof values.brand_name === "string" ? values.brand_name : undefined;
      if (!code && !brand) {
        errors.push({ row: row.line, column: null, field: null, value: null, message: "The row has neither a partner code nor a brand name, so it matches no partner." });
        continue;
      }
      if (code) values.partner_code = code;
      const key = code ?? brandKey(brand!);
      const first = seenKeys.get(key);
      if (first !== undefined) {
        errors.push({ row: row.line, column: null, field: code ? "partner_code" : "brand_name", value: code ?? brand!, message: `Duplicate of row ${first}: the same partner appears twice in the sheet.` });
        continue;
      }
      seenKeys.set(key, row.line);
      const shown = rawRows[i]?.cells ?? row.cells;
      parsed.push({ line: row.line, tab, key, byCode: Boolean(code), values, raw: Object.fromEntries(headers.map((h, c) => [h, shown[c] ?? ""])) });
    }
  }

  onProgress("reading rows", total, total);
  // Match against live partners and the pending changes already staged for them.
  const fields = [...new Set(mappings.map((m) => m.targetField))];
  const partners = await ctx.prisma.partner.findMany({ where: { organizationId: ctx.organizationId } });
  const byCode = new Map(partners.map((p) => [p.partnerCode, p]));
  const byBrand = new Map(partners.map((p) => [brandKey(p.brandName), p]));
  const pending = await ctx.prisma.stagedChange.findMany({
    where: { organizationId: ctx.organizationId, entityType: "partner", status: "pending", entityKey: { in: parsed.map((p) => p.key) } },
  });
  const pendingByKey = new Map(pending.map((c) => [c.entityKey, c]));

  const changes = [];
  const superseded: string[] = [];
  for (const row of parsed) {
    const current = row.byCode ? byCode.get(row.key) : byBrand.get(row.key);
    let change;
    if (current) {
      const old: Record<string, unknown> = {};
      const next: Record<string, unknown> = {};
      for (const f of fields) {
        if (!(f in row.values)) continue;
        const before = comparable((current as Record<string, unknown>)[camel(f)]);
        if (before !== row.values[f]) { old[f] = before; next[f] = row.values[f]; }
      }
      if (!Object.keys(next).length) continue;
      change = { changeType: "update" as const, entityId: current.id, oldValues: old, newValues: next };
    } else {
      if (!row.values.brand_name) {
        errors.push({ row: row.line, column: null, field: "brand_name", value: null, message: `No partner has code ${row.key}, and a new partner needs a brand name.` });
        continue;
      }
      change = { changeType: "create" as const, entityId: null, oldValues: undefined, newValues: row.values };
    }
    const previous = pendingByKey.get(row.key);
    if (previous && sameValues(previous.newValues, change.newValues)) continue; // already staged as is
    if (previous) superseded.push(previous.id);
    changes.push({
      organizationId: ctx.organizationId, batchId, dataSourceId: source.id, entityType: "partner" as const, entityKey: row.key,
      ...change, changedFields: Object.keys(change.newValues), sourceReference: `Row ${row.line} of tab '${row.tab}'`,
      sourceRow: { row: row.line, tab: row.tab, values: row.raw },
    });
  }
  if (superseded.length) {
    await ctx.prisma.stagedChange.updateMany({ where: { id: { in: superseded } }, data: { status: "rejected", rejectionReason: `Superseded by batch ${batchId}`, reviewedAt: new Date() } });
  }
  onProgress("staging changes", 0, changes.length);
  await ctx.prisma.stagedChange.createMany({ data: changes as never });
  onProgress("staging changes", changes.length, changes.length);
  return finish("completed", total, changes.length, errors);
}
