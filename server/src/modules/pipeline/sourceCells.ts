// Raw source cells, protected fields' included, stay with a record (source_data: { <source>:
// { row, tab, values: { <header>: <cell> } } }), in a sync's error log and in a sheet's
// preview. Wherever they show, the cells a source maps to a field the viewer may not read
// are redacted, as the field itself would be.
import {
  REDACTED,
  canRead,
  entityOfTable,
  hiddenFields,
  fieldRules,
} from "../../auth/fieldPermissions";
import type { Context } from "../../graphql/context";
import { defineLoader, groupedBy } from "../../graphql/loaders";
import { snake } from "../../lib/names";

interface MappedCell {
  source: string;
  tab: string | null;
  column: string;
}

/** Per table: the source cells mapped to these columns (by source name, tab and header). */
const cellsMappedTo = defineLoader<string, MappedCell[], string[]>(
  "cellsMappedTo",
  ({ prisma, organizationId }, columns) =>
    async (tables) => {
      const rows = await prisma.fieldMapping.findMany({
        where: { organizationId, targetTable: { in: [...tables] }, targetField: { in: columns } },
        select: {
          targetTable: true,
          sourceTab: true,
          sourceColumn: true,
          sourceColumnIndex: true,
          dataSource: { select: { name: true } },
        },
      });
      return groupedBy([...tables], rows, (r) => r.targetTable).map((group) =>
        group.flatMap((m) => [
          { source: m.dataSource.name, tab: m.sourceTab, column: m.sourceColumn.trim() },
          // A column without a header is kept under its position's name (sync.ts).
          ...(m.sourceColumnIndex !== null
            ? [
                {
                  source: m.dataSource.name,
                  tab: m.sourceTab,
                  column: `Column ${m.sourceColumnIndex + 1}`,
                },
              ]
            : []),
        ]),
      );
    },
);

type SourceEntry = { tab?: unknown; values?: Record<string, unknown> };

export async function redactSourceData(
  ctx: Context,
  table: string,
  sourceData: unknown,
): Promise<unknown> {
  const entity = entityOfTable(table);
  const hidden = entity ? hiddenFields(ctx.viewer, entity).map(snake) : [];
  if (!hidden.length || !sourceData || typeof sourceData !== "object") return sourceData;
  const cells = await ctx.loaders.get(cellsMappedTo, hidden.sort()).load(table);
  if (!cells.length) return sourceData;
  return Object.fromEntries(
    Object.entries(sourceData as Record<string, SourceEntry>).map(([source, entry]) => {
      const values = entry?.values;
      if (!values || typeof values !== "object") return [source, entry];
      const masked = cells.filter(
        (c) => c.source === source && (c.tab === null || c.tab === entry.tab) && c.column in values,
      );
      if (!masked.length) return [source, entry];
      const redacted = { ...values };
      for (const c of masked) redacted[c.column] = REDACTED;
      return [source, { ...entry, values: redacted }];
    }),
  );
}

type RowError = { field?: unknown; value?: unknown; message?: unknown };

/** A sync's per-row errors quote the cell: those of fields the viewer may not read are redacted. */
export function redactErrorLog(ctx: Context, errorLog: unknown): unknown {
  if (!Array.isArray(errorLog)) return errorLog;
  const hidden = new Set(
    fieldRules()
      .filter((r) => !canRead(ctx.viewer, r.entity, r.field))
      .map((r) => snake(r.field)),
  );
  if (!hidden.size) return errorLog;
  return errorLog.map((e: RowError) =>
    typeof e?.field === "string" && hidden.has(e.field)
      ? { ...e, value: REDACTED, message: `The cell is not a valid ${e.field} (${REDACTED}).` }
      : e,
  );
}

interface PreviewTable {
  name: string;
  header: string[];
  rows: string[][];
  columns: { name: string; index: number; samples: string[] }[];
}

/**
 * A Google Sheet read with the hub's credentials for a preview: the columns this source maps
 * to a field the viewer may not read are redacted (a file the viewer uploads is their own).
 */
export async function redactSheetPreview<T extends PreviewTable>(
  ctx: Context,
  dataSourceId: string,
  previews: T[],
): Promise<T[]> {
  const hidden = fieldRules().filter((r) => !canRead(ctx.viewer, r.entity, r.field));
  if (!hidden.length) return previews;
  const mapped = await ctx.prisma.fieldMapping.findMany({
    where: {
      organizationId: ctx.organizationId,
      dataSourceId,
      OR: hidden.map((r) => ({
        targetTable: r.table,
        targetField: snake(r.field),
      })),
    },
  });
  return previews.map((p) => {
    const masked = p.columns
      .filter((c) =>
        mapped.some(
          (m) =>
            (m.sourceTab === null || m.sourceTab === p.name) &&
            (m.sourceColumn.trim() === c.name || m.sourceColumnIndex === c.index),
        ),
      )
      .map((c) => c.index);
    if (!masked.length) return p;
    return {
      ...p,
      rows: p.rows.map((r) => r.map((cell, i) => (masked.includes(i) ? REDACTED : cell))),
      columns: p.columns.map((c) =>
        masked.includes(c.index) ? { ...c, samples: c.samples.map(() => REDACTED) } : c,
      ),
    };
  });
}
