// Aggregates in one SQL statement: the entity's filter translated to SQL (the same filter
// shape as its connection), grouped by enums, booleans, foreign keys and date buckets.
// Row access is the database's: the statement runs in the request's transaction, where
// row-level security limits it to the viewer's organization and partners.
import type { Context } from "../../graphql/context";
import { badInput } from "../../graphql/errors";
import { snake } from "../../lib/names";
import { RELATION_OPS, filterKinds, type EntityFilterSpec, type FilterKind, type RelationFilter } from "../../graphql/filters";

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
export interface Grouping { field: string; bucket?: Bucket }

const MAX_GROUPS = 1000;
const MAX_DEPTH = 8;
const CAST: Record<string, string> = { string: "text", id: "uuid", boolean: "boolean", int: "int", decimal: "numeric", date: "date", datetime: "timestamptz", enum: "text" };

export const columnOf = (spec: EntityFilterSpec, field: string) => `"${spec.fields[field]?.column ?? snake(spec.fields[field]?.field ?? field)}"`;
export const kindOf = (spec: EntityFilterSpec, field: string): FilterKind => filterKinds.get(spec.fields[field].type) ?? { type: "string" };

class Params {
  readonly values: unknown[] = [];
  add(v: unknown): string { this.values.push(v); return `$${this.values.length}`; }
}

function sqlValue(kind: FilterKind, v: unknown): unknown {
  if (Array.isArray(v)) return v.map((x) => sqlValue(kind, x));
  if (v instanceof Date) return kind.type === "date" ? v.toISOString().slice(0, 10) : v.toISOString();
  return v !== null && typeof v === "object" ? String(v) : v; // Decimal
}

const likeEscaped = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function condition(spec: EntityFilterSpec, alias: string, field: string, op: string, v: unknown, p: Params, path: string): string {
  const kind = kindOf(spec, field);
  const col = `${alias}.${columnOf(spec, field)}`;
  const typed = kind.type === "enum" ? `${col}::text` : col;
  const param = (x: unknown) => `${p.add(sqlValue(kind, x))}::${CAST[kind.type]}`;
  const list = (x: unknown) => {
    if (!Array.isArray(x)) throw badInput(path, `${op} takes a list.`);
    return `${p.add(sqlValue(kind, x))}::${CAST[kind.type]}[]`;
  };
  switch (op) {
    case "eq": return v === null ? `${col} IS NULL` : `${typed} = ${param(v)}`;
    case "ne": return v === null ? `${col} IS NOT NULL` : `${typed} <> ${param(v)}`;
    case "in": return `${typed} = ANY(${list(v)})`;
    case "notIn": return `${typed} <> ALL(${list(v)})`;
    case "lt": return `${typed} < ${param(v)}`;
    case "lte": return `${typed} <= ${param(v)}`;
    case "gt": return `${typed} > ${param(v)}`;
    case "gte": return `${typed} >= ${param(v)}`;
    case "contains": return `${col} ILIKE '%' || ${p.add(likeEscaped(String(v)))} || '%'`;
    case "startsWith": return `${col} ILIKE ${p.add(likeEscaped(String(v)))} || '%'`;
    case "isNull": return v ? `${col} IS NULL` : `${col} IS NOT NULL`;
    default: throw badInput(path, `Unknown operator ${op}.`);
  }
}

type Filter = Record<string, unknown>;

/** The filter as a SQL condition on the row aliased `alias` (conditions of one level all apply), with its parameters in p. */
function toSqlWhere(filter: Filter | null | undefined, spec: EntityFilterSpec, p: Params, alias: string, path = "filter", depth = 0): string {
  if (!filter) return "TRUE";
  if (depth > MAX_DEPTH) throw badInput(path, `Filters may nest and/or/not at most ${MAX_DEPTH} levels deep.`);
  const and: string[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null) continue;
    if (key === "and" || key === "or") {
      const parts = (value as Filter[]).map((f, i) => `(${toSqlWhere(f, spec, p, alias, `${path}.${key}[${i}]`, depth + 1)})`);
      if (parts.length) and.push(`(${parts.join(key === "and" ? " AND " : " OR ")})`);
      continue;
    }
    if (key === "not") { and.push(`NOT (${toSqlWhere(value as Filter, spec, p, alias, `${path}.not`, depth + 1)})`); continue; }
    const relation = spec.relations[key];
    if (relation) { and.push(...relationSql(relation, value as Filter, p, alias, `${path}.${key}`, depth)); continue; }
    for (const [op, operand] of Object.entries(value as Filter)) {
      if (operand !== undefined) and.push(condition(spec, alias, key, op, operand, p, `${path}.${key}.${op}`));
    }
  }
  return and.length ? and.join(" AND ") : "TRUE";
}

/** EXISTS over the related rows (archived ones never match); every = none fails. */
function relationSql(r: RelationFilter, value: Filter, p: Params, alias: string, path: string, depth: number): string[] {
  const child = `r${depth + 1}`;
  const related = (cond: string) =>
    `EXISTS (SELECT 1 FROM "${r.table}" AS ${child} WHERE ${child}."${r.on[1]}" = ${alias}."${r.on[0]}"${r.live ? ` AND ${child}."deleted_at" IS NULL` : ""} AND (${cond}))`;
  const inner = (f: unknown, at: string) => toSqlWhere(f as Filter, r.target, p, child, at, depth + 1);
  if (!r.many) return [related(inner(value, path))];
  return RELATION_OPS.filter((op) => value[op]).map((op) => {
    const cond = inner(value[op], `${path}.${op}`);
    return op === "some" ? related(cond) : op === "none" ? `NOT ${related(cond)}` : `NOT ${related(`NOT (${cond})`)}`;
  });
}

function groupExpr(t: AggregateTable, g: Grouping): string {
  const col = `t0.${columnOf(t.spec, g.field)}`;
  if (!g.bucket) return kindOf(t.spec, g.field).type === "enum" ? `${col}::text` : col;
  // Buckets are UTC calendar periods, named by their first day.
  const at = kindOf(t.spec, g.field).type === "datetime" ? `(${col} AT TIME ZONE 'UTC')` : `${col}::timestamp`;
  return `to_char(date_trunc('${g.bucket}', ${at}), 'YYYY-MM-DD')`;
}

export interface AggregateRow { key: Record<string, unknown>; count: number; sum: Record<string, number | null>; avg: Record<string, number | null>; min: Record<string, number | null>; max: Record<string, number | null> }

export async function runAggregate(ctx: Context, t: AggregateTable, filter: Record<string, unknown> | undefined, groupBy: Grouping[], numeric: string[]): Promise<AggregateRow[]> {
  const fields = groupBy.map((g) => g.field);
  const twice = fields.find((f, i) => fields.indexOf(f) !== i);
  if (twice) throw badInput("groupBy", `${twice} appears twice in groupBy; group a date by one bucket at a time.`);
  const p = new Params();
  const where = [`t0."organization_id" = ${p.add(ctx.organizationId)}::uuid`, ...(t.live ? [`t0."deleted_at" IS NULL`] : []), `(${toSqlWhere(filter, t.spec, p, "t0")})`];
  const groups = groupBy.map((g, i) => `${groupExpr(t, g)} AS "g${i}"`);
  const stats = numeric.flatMap((f) => ["sum", "avg", "min", "max"].map((fn) => `${fn}(t0.${columnOf(t.spec, f)})::float8 AS "${fn}_${f}"`));
  const ordinals = groupBy.map((_, i) => i + 1).join(", ");
  const rows = await ctx.prisma.$queryRawUnsafe<Record<string, unknown>[]>(
    `SELECT ${[...groups, "count(*)::int AS \"count\"", ...stats].join(", ")} FROM "${t.table}" AS t0 WHERE ${where.join(" AND ")}` +
      (groupBy.length ? ` GROUP BY ${ordinals} ORDER BY ${ordinals} LIMIT ${MAX_GROUPS + 1}` : ""), ...p.values);
  if (rows.length > MAX_GROUPS) throw badInput("groupBy", `More than ${MAX_GROUPS} groups; narrow the filter or group by fewer fields (a coarser date bucket).`);
  const pick = (r: Record<string, unknown>, fn: string) => Object.fromEntries(numeric.map((f) => [f, r[`${fn}_${f}`] as number | null]));
  return rows.map((r) => ({
    key: Object.fromEntries(groupBy.map((g, i) => [g.field, g.bucket && r[`g${i}`] ? new Date(`${r[`g${i}`]}T00:00:00Z`) : r[`g${i}`]])),
    count: Number(r.count), sum: pick(r, "sum"), avg: pick(r, "avg"), min: pick(r, "min"), max: pick(r, "max"),
  }));
}
