// Field mappings (replaced as a set) and running a sync of a data source.
import type { Context } from "../../graphql/context";
import { badInput } from "../../graphql/errors";
import { TARGET_TABLES } from "../../pipeline/targets";
import { readCsv, syncSource, type SyncProgress } from "../../pipeline/sync";
import { previewCsv, suggestMappings } from "../../pipeline/preview";
import { CsvError } from "../../pipeline/csv";
import { readSheet } from "../../pipeline/sheets";
import { findDataSource } from "./dataSource.service";
import type { FieldMappingInput } from "./pipeline.inputs";

const TRANSFORMS_FOR: Record<string, string[]> = {
  text: ["none"], email: ["none"], enum: ["none"], int: ["none", "number"], decimal: ["none", "number", "currency"], date: ["none", "date"],
};

export async function setFieldMappings(ctx: Context, dataSourceId: string, mappings: FieldMappingInput[]) {
  const source = await findDataSource(ctx, dataSourceId);
  const seen = new Set<string>();
  const tables = new Map<string, string>();
  mappings.forEach((m, i) => {
    const at = `mappings[${i}]`;
    const table = TARGET_TABLES[m.targetTable];
    if (!table) throw badInput(`${at}.targetTable`, `"${m.targetTable}" cannot be written by a source; use one of: ${Object.keys(TARGET_TABLES).join(", ")}.`);
    const kind = table.fields[m.targetField];
    if (!kind) throw badInput(`${at}.targetField`, `${m.targetTable} has no field "${m.targetField}" a source may set; use one of: ${Object.keys(table.fields).join(", ")}.`);
    const transform = m.transformType ?? "none";
    if (!TRANSFORMS_FOR[kind.type].includes(transform)) {
      throw badInput(`${at}.transformType`, `${transform.toUpperCase()} does not turn cells into ${m.targetTable}.${m.targetField} (${kind.type}); use ${TRANSFORMS_FOR[kind.type].map((t) => t.toUpperCase()).join(" or ")}.`);
    }
    const column = `${m.sourceTab ?? ""}\u0000${m.sourceColumn.trim().toLowerCase()}`;
    if (seen.has(column)) throw badInput(`${at}.sourceColumn`, `"${m.sourceColumn}" is mapped twice${m.sourceTab ? ` in tab ${m.sourceTab}` : ""}.`);
    seen.add(column);
    const tab = m.sourceTab ?? "";
    if (tables.has(tab) && tables.get(tab) !== m.targetTable) throw badInput(`${at}.targetTable`, "All columns of one tab map to the same table (a row is one record).");
    tables.set(tab, m.targetTable);
  });
  for (const [tab, table] of tables) {
    const fields = mappings.filter((m) => (m.sourceTab ?? "") === tab).map((m) => m.targetField);
    if (table === "partners" && !fields.includes("partner_code") && !fields.includes("brand_name")) {
      throw badInput("mappings", `Map a column to partner_code or brand_name${tab ? ` in tab ${tab}` : ""}: rows are matched to partners by them.`);
    }
  }
  await ctx.prisma.fieldMapping.deleteMany({ where: { dataSourceId: source.id } });
  await ctx.prisma.fieldMapping.createMany({
    data: mappings.map((m) => ({
      organizationId: ctx.organizationId, dataSourceId: source.id, sourceTab: m.sourceTab ?? null, sourceColumn: m.sourceColumn.trim(),
      sourceColumnIndex: m.sourceColumnIndex ?? null, targetTable: m.targetTable, targetField: m.targetField,
      transformType: (m.transformType ?? "none") as never, transformConfig: (m.transformConfig ?? undefined) as never,
      isAuthoritative: m.isAuthoritative ?? false, priority: m.priority ?? 0,
    })),
  });
  return ctx.prisma.fieldMapping.findMany({ where: { dataSourceId: source.id }, orderBy: [{ sourceColumnIndex: "asc" }, { sourceColumn: "asc" }] });
}

async function csvSource(ctx: Context, dataSourceId: string, csv: string | null | undefined) {
  const source = await findDataSource(ctx, dataSourceId);
  if (source.type !== "csv") throw badInput("dataSourceId", `${source.name} is a ${source.type} source; this takes CSV sources with their content in csv.`);
  if (!csv) throw badInput("csv", "Send the CSV file's content in csv.");
  return source;
}

export async function previewSource(ctx: Context, dataSourceId: string, csv: string | null | undefined) {
  const source = await csvSource(ctx, dataSourceId, csv);
  try {
    return [previewCsv(source.name, csv!)];
  } catch (err) {
    if (err instanceof CsvError) throw badInput("csv", err.message);
    throw err;
  }
}

export async function suggestFieldMappings(ctx: Context, dataSourceId: string, csv: string | null | undefined) {
  return (await previewSource(ctx, dataSourceId, csv)).flatMap(suggestMappings);
}

export async function runSync(ctx: Context, dataSourceId: string, csv: string | null | undefined, onProgress?: SyncProgress) {
  const found = await findDataSource(ctx, dataSourceId);
  if (found.type === "google_sheet" && csv) throw badInput("csv", `${found.name} reads its rows from Google Sheets; leave csv out.`);
  const source = found.type === "google_sheet" ? found : await csvSource(ctx, dataSourceId, csv);
  if (source.status === "archived" || source.status === "paused") throw badInput("dataSourceId", `${source.name} is ${source.status}; set it ACTIVE to sync it.`);
  const mappings = await ctx.prisma.fieldMapping.findMany({ where: { dataSourceId: source.id, isActive: true } });
  if (!mappings.length) throw badInput("dataSourceId", `${source.name} has no field mappings yet; call setFieldMappings first.`);
  if (source.type === "google_sheet") {
    const tabs = [...new Set(mappings.map((m) => m.sourceTab))];
    if (tabs.includes(null)) throw badInput("dataSourceId", `Every mapping of the Google Sheet ${source.name} needs its sourceTab; set it with setFieldMappings.`);
    return syncSource(ctx, source, mappings, readSheet(ctx.sheets, source.connectionConfig, tabs as string[]), onProgress);
  }
  return syncSource(ctx, source, mappings, readCsv(source, csv!), onProgress);
}
