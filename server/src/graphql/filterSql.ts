// Entity filters as SQL: the same filter shape as Prisma's (graphql/filters.ts), for the
// statements we write ourselves (aggregates, and the first page of root lists).
import { type Prisma } from "../generated/prisma/client";
import { badInput } from "../lib/errors";
import { requireReadable, type FieldReader } from "../auth/fieldPermissions";
import { snake } from "../lib/names";
import {
  RELATION_OPS,
  filterKinds,
  type EntityFilterSpec,
  type FilterKind,
  type RelationFilter,
} from "./filters";

const MAX_DEPTH = 8;
const CAST: Record<string, string> = {
  string: "text",
  id: "uuid",
  boolean: "boolean",
  int: "int",
  decimal: "numeric",
  date: "date",
  datetime: "timestamptz",
  enum: "text",
};

export const columnOf = (spec: EntityFilterSpec, field: string) =>
  `"${spec.fields[field]?.column ?? snake(spec.fields[field]?.field ?? field)}"`;
export const kindOf = (spec: EntityFilterSpec, field: string): FilterKind =>
  filterKinds.get(spec.fields[field].type) ?? { type: "string" };

export class SqlParams {
  readonly values: unknown[] = [];
  add(v: unknown): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }
}

function sqlValue(kind: FilterKind, v: unknown): unknown {
  if (Array.isArray(v)) return v.map((x) => sqlValue(kind, x));
  if (v instanceof Date)
    return kind.type === "date" ? v.toISOString().slice(0, 10) : v.toISOString();
  return v !== null && typeof v === "object" ? String(v) : v; // Decimal
}

const likeEscaped = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function condition(
  spec: EntityFilterSpec,
  alias: string,
  field: string,
  op: string,
  v: unknown,
  p: SqlParams,
  path: string,
): string {
  const kind = kindOf(spec, field);
  const col = `${alias}.${columnOf(spec, field)}`;
  const typed = kind.type === "enum" ? `${col}::text` : col;
  const param = (x: unknown) => `${p.add(sqlValue(kind, x))}::${CAST[kind.type]}`;
  const list = (x: unknown) => {
    if (!Array.isArray(x)) throw badInput(path, `${op} takes a list.`);
    return `${p.add(sqlValue(kind, x))}::${CAST[kind.type]}[]`;
  };
  switch (op) {
    case "eq":
      return v === null ? `${col} IS NULL` : `${typed} = ${param(v)}`;
    case "ne":
      return v === null ? `${col} IS NOT NULL` : `${typed} <> ${param(v)}`;
    case "in":
      return `${typed} = ANY(${list(v)})`;
    case "notIn":
      return `${typed} <> ALL(${list(v)})`;
    case "lt":
      return `${typed} < ${param(v)}`;
    case "lte":
      return `${typed} <= ${param(v)}`;
    case "gt":
      return `${typed} > ${param(v)}`;
    case "gte":
      return `${typed} >= ${param(v)}`;
    case "contains":
      return `${col} ILIKE '%' || ${p.add(likeEscaped(String(v)))} || '%'`;
    case "startsWith":
      return `${col} ILIKE ${p.add(likeEscaped(String(v)))} || '%'`;
    case "isNull":
      return v ? `${col} IS NULL` : `${col} IS NOT NULL`;
    default:
      throw badInput(path, `Unknown operator ${op}.`);
  }
}

type Filter = Record<string, unknown>;

/**
 * The filter as a SQL condition on the row aliased `alias` (conditions of one level all
 * apply), with its parameters in p. Fields the reader may not read are refused at any depth.
 */
export function toSqlWhere(
  filter: Filter | null | undefined,
  spec: EntityFilterSpec,
  p: SqlParams,
  alias: string,
  reader: FieldReader,
  path = "filter",
  depth = 0,
): string {
  if (!filter) return "TRUE";
  if (depth > MAX_DEPTH)
    throw badInput(path, `Filters may nest and/or/not at most ${MAX_DEPTH} levels deep.`);
  const and: string[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null) continue;
    if (key === "and" || key === "or") {
      const parts = (value as Filter[]).map(
        (f, i) => `(${toSqlWhere(f, spec, p, alias, reader, `${path}.${key}[${i}]`, depth + 1)})`,
      );
      if (parts.length) and.push(`(${parts.join(key === "and" ? " AND " : " OR ")})`);
      continue;
    }
    if (key === "not") {
      and.push(
        `NOT (${toSqlWhere(value as Filter, spec, p, alias, reader, `${path}.not`, depth + 1)})`,
      );
      continue;
    }
    const relation = spec.relations[key];
    if (relation) {
      and.push(
        ...relationSql(relation, value as Filter, p, alias, reader, `${path}.${key}`, depth),
      );
      continue;
    }
    requireReadable(reader, spec.entity, key, `${path}.${key}`);
    for (const [op, operand] of Object.entries(value as Filter)) {
      if (operand !== undefined)
        and.push(condition(spec, alias, key, op, operand, p, `${path}.${key}.${op}`));
    }
  }
  return and.length ? and.join(" AND ") : "TRUE";
}

/** EXISTS over the related rows (archived ones never match); every = none fails. */
function relationSql(
  r: RelationFilter,
  value: Filter,
  p: SqlParams,
  alias: string,
  reader: FieldReader,
  path: string,
  depth: number,
): string[] {
  const child = `r${depth + 1}`;
  const related = (cond: string) =>
    `EXISTS (SELECT 1 FROM "${r.table}" AS ${child} WHERE ${child}."${r.on[1]}" = ${alias}."${r.on[0]}"${r.live ? ` AND ${child}."deleted_at" IS NULL` : ""} AND (${cond}))`;
  const inner = (f: unknown, at: string) =>
    toSqlWhere(f as Filter, r.target, p, child, reader, at, depth + 1);
  if (!r.many) return [related(inner(value, path))];
  return RELATION_OPS.filter((op) => value[op]).map((op) => {
    const cond = inner(value[op], `${path}.${op}`);
    return op === "some"
      ? related(cond)
      : op === "none"
        ? `NOT ${related(cond)}`
        : `NOT ${related(`NOT (${cond})`)}`;
  });
}

/** A Prisma.sql fragment's text, its values numbered into p. */
export function inlineSql(sql: Prisma.Sql, p: SqlParams): string {
  return sql.strings.reduce(
    (text, part, i) => text + part + (i < sql.values.length ? p.add(sql.values[i]) : ""),
    "",
  );
}
