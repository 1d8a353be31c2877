// Aggregates in one SQL statement: the entity's filter translated to SQL (graphql/filterSql.ts,
// the same filter shape as its connection), grouped by enums, booleans, foreign keys and date buckets.
// Row access is the database's: the statement runs in the request's transaction, where
// row-level security limits it to the viewer's organization and partners.
import type { Context } from "../../graphql/context";
import { badInput } from "../../lib/errors";
import type { EntityFilterSpec } from "../../graphql/filters";
import { SqlParams, columnOf, kindOf, toSqlWhere } from "../../graphql/filterSql";
import { rowsOf } from "../../db/directSql";
import { canRead, requireReadable } from "../../auth/fieldPermissions";

export interface AggregateTable {
  /** SQL table. */
  table: string;
  spec: EntityFilterSpec;
  /** Leaves out soft-deleted rows. */
  live?: boolean;
  /** Text fields that are categories (e.g. an opportunity's stage), so they group too. */
  groupText?: string[];
}

export const BUCKETS = ["day", "week", "month", "quarter", "year"] as const;
export type Bucket = (typeof BUCKETS)[number];
export interface Grouping {
  field: string;
  bucket?: Bucket;
}

const MAX_GROUPS = 1000;
function groupExpr(t: AggregateTable, g: Grouping): string {
  const col = `t0.${columnOf(t.spec, g.field)}`;
  if (!g.bucket) return kindOf(t.spec, g.field).type === "enum" ? `${col}::text` : col;
  // Buckets are UTC calendar periods, named by their first day.
  const at =
    kindOf(t.spec, g.field).type === "datetime"
      ? `(${col} AT TIME ZONE 'UTC')`
      : `${col}::timestamp`;
  return `to_char(date_trunc('${g.bucket}', ${at}), 'YYYY-MM-DD')`;
}

export interface AggregateRow {
  key: Record<string, unknown>;
  count: number;
  sum: Record<string, number | null>;
  avg: Record<string, number | null>;
  min: Record<string, number | null>;
  max: Record<string, number | null>;
}

export async function runAggregate(
  ctx: Context,
  t: AggregateTable,
  filter: Record<string, unknown> | undefined,
  groupBy: Grouping[],
  numeric: string[],
): Promise<AggregateRow[]> {
  const fields = groupBy.map((g) => g.field);
  const twice = fields.find((f, i) => fields.indexOf(f) !== i);
  if (twice)
    throw badInput(
      "groupBy",
      `${twice} appears twice in groupBy; group a date by one bucket at a time.`,
    );
  for (const [i, g] of groupBy.entries())
    requireReadable(ctx.viewer, t.spec.entity, g.field, `groupBy[${i}]`);
  // Figures of fields the viewer may not read are not computed (selecting one is FORBIDDEN).
  const figures = numeric.filter((f) => canRead(ctx.viewer, t.spec.entity, f));
  const p = new SqlParams();
  const where = [
    `t0."organization_id" = ${p.add(ctx.organizationId)}::uuid`,
    ...(t.live ? [`t0."deleted_at" IS NULL`] : []),
    `(${toSqlWhere(filter, t.spec, p, "t0", ctx.viewer)})`,
  ];
  const groups = groupBy.map((g, i) => `${groupExpr(t, g)} AS "g${i}"`);
  const stats = figures.flatMap((f) =>
    ["sum", "avg", "min", "max"].map(
      (fn) => `${fn}(t0.${columnOf(t.spec, f)})::float8 AS "${fn}_${f}"`,
    ),
  );
  const ordinals = groupBy.map((_, i) => i + 1).join(", ");
  const rows = await rowsOf(ctx.prisma)<Record<string, unknown>>(
    `SELECT ${[...groups, 'count(*)::int AS "count"', ...stats].join(", ")} FROM "${t.table}" AS t0 WHERE ${where.join(" AND ")}` +
      (groupBy.length ? ` GROUP BY ${ordinals} ORDER BY ${ordinals} LIMIT ${MAX_GROUPS + 1}` : ""),
    p.values,
  );
  if (rows.length > MAX_GROUPS)
    throw badInput(
      "groupBy",
      `More than ${MAX_GROUPS} groups; narrow the filter or group by fewer fields (a coarser date bucket).`,
    );
  const pick = (r: Record<string, unknown>, fn: string) =>
    Object.fromEntries(figures.map((f) => [f, r[`${fn}_${f}`] as number | null]));
  return rows.map((r) => ({
    key: Object.fromEntries(
      groupBy.map((g, i) => [
        g.field,
        g.bucket && r[`g${i}`] ? new Date(`${r[`g${i}`]}T00:00:00Z`) : r[`g${i}`],
      ]),
    ),
    count: Number(r.count),
    sum: pick(r, "sum"),
    avg: pick(r, "avg"),
    min: pick(r, "min"),
    max: pick(r, "max"),
  }));
}
