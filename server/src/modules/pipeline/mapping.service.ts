// Field mappings (replaced as a set) and running a sync of a data source.
import type { Context } from "../../graphql/context";
import { badInput } from "../../lib/errors";
import { TARGET_TABLES, keyDescription, type FieldKind } from "../../enrichment/targets";
import crypto from "node:crypto";
import type { HubPrisma } from "../../db/database";
import { SourceReadError, type SyncProgress } from "../../enrichment/sync";
import { previewTable, suggestMappings } from "../../enrichment/preview";
import { readSheet } from "../../enrichment/sheets";
import { fileKind, readFile, type UploadedFile } from "../../enrichment/files";
import { executeSync, notSyncable, sourceReader } from "../../enrichment/syncRun";
import { enqueueSync } from "../../enrichment/syncJobs";
import type { FileUpload } from "../../graphql/scalars";
import { redactSheetPreview } from "./sourceCells";
import { findDataSource } from "./dataSource.service";
import type { FieldMappingInput } from "./pipeline.inputs";
import type { DataSource } from "./pipeline.type";

// CUSTOM (a table of source value → value) applies to every kind.
const TRANSFORMS_FOR: Record<string, string[]> = {
  text: ["none", "custom"],
  email: ["none", "custom"],
  asin: ["none", "custom"],
  enum: ["none", "custom"],
  boolean: ["none", "boolean", "custom"],
  int: ["none", "number", "custom"],
  decimal: ["none", "number", "currency", "custom"],
  date: ["none", "date", "custom"],
  ref: ["none", "lookup", "custom"],
};

const LOOKUP_BY: Record<string, string[]> = {
  partner: ["code", "brand"],
  staff: ["email", "name"],
};

function checkTransformConfig(at: string, m: FieldMappingInput, kind: FieldKind) {
  const config = (m.transformConfig ?? {}) as Record<string, unknown>;
  if (typeof config !== "object" || Array.isArray(config))
    throw badInput(`${at}.transformConfig`, "transformConfig must be a JSON object.");
  if (
    m.transformType === "custom" &&
    (typeof config.map !== "object" || config.map === null || Array.isArray(config.map))
  ) {
    throw badInput(
      `${at}.transformConfig`,
      'CUSTOM needs a value table, e.g. { "map": { "Gold": "tier_1", "Silver": "tier_2" } }.',
    );
  }
  if (
    kind.type === "ref" &&
    config.by !== undefined &&
    !LOOKUP_BY[kind.entity].includes(String(config.by))
  ) {
    throw badInput(
      `${at}.transformConfig`,
      `A ${kind.entity} lookup is by ${LOOKUP_BY[kind.entity].map((b) => `"${b}"`).join(" or ")} (or leave "by" out for either).`,
    );
  }
}

export async function setFieldMappings(
  ctx: Context,
  dataSourceId: string,
  mappings: FieldMappingInput[],
) {
  const source = await findDataSource(ctx, dataSourceId);
  const seen = new Set<string>();
  const tables = new Map<string, string>();
  mappings.forEach((m, i) => {
    const at = `mappings[${i}]`;
    const table = TARGET_TABLES[m.targetTable];
    if (!table)
      throw badInput(
        `${at}.targetTable`,
        `"${m.targetTable}" cannot be written by a source; use one of: ${Object.keys(TARGET_TABLES).join(", ")}.`,
      );
    const kind = table.fields[m.targetField];
    if (!kind)
      throw badInput(
        `${at}.targetField`,
        `${m.targetTable} has no field "${m.targetField}" a source may set; use one of: ${Object.keys(table.fields).join(", ")}.`,
      );
    const transform = m.transformType ?? "none";
    if (!TRANSFORMS_FOR[kind.type].includes(transform)) {
      throw badInput(
        `${at}.transformType`,
        `${transform.toUpperCase()} does not turn cells into ${m.targetTable}.${m.targetField} (${kind.type}); use ${TRANSFORMS_FOR[kind.type].map((t) => t.toUpperCase()).join(" or ")}.`,
      );
    }
    checkTransformConfig(at, { ...m, transformType: transform }, kind);
    const column = `${m.sourceTab ?? ""}\u0000${m.sourceColumn.trim().toLowerCase()}`;
    if (seen.has(column))
      throw badInput(
        `${at}.sourceColumn`,
        `"${m.sourceColumn}" is mapped twice${m.sourceTab ? ` in tab ${m.sourceTab}` : ""}.`,
      );
    seen.add(column);
    const tab = m.sourceTab ?? "";
    if (tables.has(tab) && tables.get(tab) !== m.targetTable)
      throw badInput(
        `${at}.targetTable`,
        "All columns of one tab map to the same table (a row is one record).",
      );
    tables.set(tab, m.targetTable);
  });
  for (const [tab, table] of tables) {
    const fields = mappings.filter((m) => (m.sourceTab ?? "") === tab).map((m) => m.targetField);
    const target = TARGET_TABLES[table];
    if (!target.keyFields.every((group) => group.some((f) => fields.includes(f)))) {
      throw badInput(
        "mappings",
        `Map columns to ${keyDescription(target)}${tab ? ` in tab ${tab}` : ""}: rows are matched to ${table} by them.`,
      );
    }
  }
  await ctx.prisma.fieldMapping.deleteMany({ where: { dataSourceId: source.id } });
  await ctx.prisma.fieldMapping.createMany({
    data: mappings.map((m) => ({
      organizationId: ctx.organizationId,
      dataSourceId: source.id,
      sourceTab: m.sourceTab ?? null,
      sourceColumn: m.sourceColumn.trim(),
      sourceColumnIndex: m.sourceColumnIndex ?? null,
      targetTable: m.targetTable,
      targetField: m.targetField,
      transformType: (m.transformType ?? "none") as never,
      transformConfig: (m.transformConfig ?? undefined) as never,
      isAuthoritative: m.isAuthoritative ?? false,
      priority: m.priority ?? 0,
    })),
  });
  return ctx.prisma.fieldMapping.findMany({
    where: { dataSourceId: source.id },
    orderBy: [{ sourceColumnIndex: "asc" }, { sourceColumn: "asc" }],
  });
}

/** The file a sync or preview reads: an upload, or CSV content sent inline. */
function inputFile(
  source: DataSource,
  csv: string | null | undefined,
  file: FileUpload | null | undefined,
): UploadedFile | null {
  if (source.type === "google_sheet") {
    if (csv || file)
      throw badInput(
        csv ? "csv" : "file",
        `${source.name} reads its rows from Google Sheets; leave csv and file out.`,
      );
    return null;
  }
  if (typeof csv === "string" && file)
    throw badInput("file", "Send the file or its CSV content, not both.");
  if (file) return { name: file.name, content: file.content };
  if (typeof csv === "string") {
    if (!csv.trim())
      throw badInput(
        "csv",
        "csv is empty: send the file's content, a header row and then data rows.",
      );
    return { name: `${source.name}.csv`, content: Buffer.from(csv, "utf8") };
  }
  throw badInput(
    "file",
    `${source.name} is a ${source.type.toUpperCase()} source: upload its file (CSV or XLSX) as file, or send CSV content as csv.`,
  );
}

export async function previewSource(
  ctx: Context,
  dataSourceId: string,
  csv?: string | null,
  file?: FileUpload | null,
) {
  const source = await findDataSource(ctx, dataSourceId);
  const upload = inputFile(source, csv, file);
  try {
    const tables = upload
      ? await readFile(upload, [null], source.name)()
      : await readSheet(ctx.sheets, source.connectionConfig, null)();
    // An XLSX shows each worksheet once (readFile also hands its first one over as the untabbed table).
    const previews = tables
      .filter((t) => (upload ? fileKind(upload) === "csv" || t.tab !== null : true))
      .map((t) => previewTable(t));
    return upload ? previews : await redactSheetPreview(ctx, source.id, previews);
  } catch (err) {
    if (err instanceof SourceReadError)
      throw badInput(upload ? (csv ? "csv" : "file") : "dataSourceId", err.message);
    throw err;
  }
}

export async function suggestFieldMappings(
  ctx: Context,
  dataSourceId: string,
  csv?: string | null,
  file?: FileUpload | null,
) {
  const source = await findDataSource(ctx, dataSourceId);
  const previews = await previewSource(ctx, dataSourceId, csv, file);
  const tabbed = source.type === "google_sheet" || previews.length > 1;
  return previews.flatMap((p) =>
    suggestMappings(p).map((m) => ({ ...m, sourceTab: tabbed ? p.name : null })),
  );
}

export interface RunSyncInput {
  csv?: string | null;
  file?: FileUpload | null;
  wait?: boolean | null;
}

/**
 * Runs a sync. Waiting (the default), it runs inside this request and returns the finished
 * log; otherwise it is queued for a worker and the QUEUED log comes back at once, its
 * progress readable with syncLog(id) while it runs.
 */
export async function runSync(
  ctx: Context,
  dataSourceId: string,
  input: RunSyncInput,
  onProgress: SyncProgress = () => {},
) {
  const source = await findDataSource(ctx, dataSourceId);
  const file = inputFile(source, input.csv, input.file);
  const refused = notSyncable(source);
  if (refused) throw badInput("dataSourceId", refused);
  const mappings = await ctx.prisma.fieldMapping.findMany({
    where: { dataSourceId: source.id, isActive: true },
  });
  if (!mappings.length)
    throw badInput(
      "dataSourceId",
      `${source.name} has no field mappings yet; call setFieldMappings first.`,
    );
  if (input.wait === false) {
    const queued = await enqueueSync(ctx.prisma, {
      organizationId: ctx.organizationId,
      dataSourceId: source.id,
      initiatedById: ctx.viewer.staffId,
      file,
    });
    ctx.afterCommit.push(() => ctx.syncWorker?.poke());
    return queued;
  }
  const log = await ctx.prisma.syncLog.create({
    data: {
      organizationId: ctx.organizationId,
      batchId: crypto.randomUUID(),
      dataSourceId: source.id,
      initiatedById: ctx.viewer.staffId,
      status: "running",
      progressStep: "starting",
    },
  });
  const unit = {
    organizationId: ctx.organizationId,
    tx: <T>(fn: (tx: HubPrisma) => Promise<T>) => fn(ctx.prisma),
    progress: onProgress,
  };
  await executeSync(
    unit,
    log,
    source,
    mappings,
    sourceReader(source, mappings, ctx.sheets, file),
    ctx.viewer.staffId,
  );
  return ctx.prisma.syncLog.findUniqueOrThrow({ where: { id: log.id } });
}
