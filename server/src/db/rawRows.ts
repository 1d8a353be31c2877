// Relation loaders read their batches with one raw SQL statement, on the request
// transaction's connection directly where it can (db/directSql.ts): for a batch of rows,
// Prisma's query compiler and result mapping cost more than the query itself. Columns are
// aliased to the model's field names, read from the client's runtime data model, so a row has
// the shape and types findMany gives (Decimal, Date, JSON, enums as their values).
// Raw reads skip the soft-delete extension: callers say whether archived rows count.
import { Prisma } from "../generated/prisma/client";
import type { HubPrisma } from "./database";
import { rowsOf } from "./directSql";

interface RuntimeModel {
  dbName: string | null;
  fields: { name: string; kind: string; dbName?: string | null }[];
}
type WithDataModel = { _runtimeDataModel: { models: Record<string, RuntimeModel> } };

const tables = new Map<string, { columns: string; table: string }>();

/** Every column of the model's table (alias `alias`), named as Prisma names the fields (after a prefix). */
function tableOf(prisma: HubPrisma, model: string, alias = "r", prefix = "") {
  const cacheKey = `${model}:${alias}:${prefix}`;
  let known = tables.get(cacheKey);
  if (!known) {
    const m = (prisma as unknown as WithDataModel)._runtimeDataModel.models[model];
    if (!m) throw new Error(`rawRows: no model ${model}`);
    const columns = m.fields
      .filter((f) => f.kind === "scalar" || f.kind === "enum")
      .map((f) => `${alias}."${f.dbName ?? f.name}" AS "${prefix}${f.name}"`)
      .join(", ");
    known = { columns, table: `"${m.dbName ?? model}"` };
    tables.set(cacheKey, known);
  }
  return known;
}

/** The column (in `r`) that holds a model's field. */
export function columnName(prisma: HubPrisma, model: string, field: string): string {
  const f = (prisma as unknown as WithDataModel)._runtimeDataModel.models[model]?.fields.find(
    (x) => x.name === field,
  );
  if (!f) throw new Error(`rawRows: no field ${model}.${field}`);
  return `r."${f.dbName ?? f.name}"`;
}

/** SQL text with its own $1… placeholders and their values (built with graphql/filterSql.ts's SqlParams). */
export interface SqlText {
  text: string;
  values: unknown[];
}

export interface RawOptions {
  /** Keep the first row per value of this SQL expression. */
  distinctOn?: string;
  /** An SQL expression from a joined table, returned as the row's `key` (what a loader groups by). */
  key?: string;
  /**
   * A row of another model joined in the statement (LEFT JOIN … <alias> ON …), returned whole
   * under `as` (null when nothing joined): loaders prime the other model's loader with it.
   */
  with?: { model: string; alias: string; as: string };
}

/**
 * Rows of a model whose table is aliased `r` in the rest of the statement
 * (`JOIN … WHERE r."partner_id" = ANY(…) ORDER BY …`).
 */
export async function rawRows<T>(
  prisma: HubPrisma,
  model: string,
  rest: Prisma.Sql | SqlText,
  options: RawOptions = {},
): Promise<T[]> {
  const { columns, table } = tableOf(prisma, model);
  const distinct = options.distinctOn ? `DISTINCT ON (${options.distinctOn}) ` : "";
  const key = options.key ? `, ${options.key} AS "key"` : "";
  const joined = options.with
    ? `, ${tableOf(prisma, options.with.model, options.with.alias, `${options.with.as}.`).columns}`
    : "";
  const statement =
    rest instanceof Prisma.Sql
      ? Prisma.sql`SELECT ${Prisma.raw(distinct + columns + key + joined)} FROM ${Prisma.raw(table)} r ${rest}`
      : {
          text: `SELECT ${distinct}${columns}${key}${joined} FROM ${table} r ${rest.text}`,
          values: rest.values,
        };
  const rows = await rowsOf(prisma)<Record<string, unknown>>(statement.text, statement.values);
  return (options.with ? nest(rows, `${options.with.as}.`) : rows) as T[];
}

/** Moves the `prefix`-named columns of each row into one object under the prefix (null when its id is). */
function nest(rows: Record<string, unknown>[], prefix: string): Record<string, unknown>[] {
  if (!rows.length) return rows;
  const keys = Object.keys(rows[0]); // every row has the statement's columns: split them once
  const outer = keys.filter((k) => !k.startsWith(prefix));
  const inner = keys
    .filter((k) => k.startsWith(prefix))
    .map((k) => [k, k.slice(prefix.length)] as const);
  const as = prefix.slice(0, -1);
  return rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const k of outer) out[k] = row[k];
    const joined: Record<string, unknown> = {};
    for (const [k, name] of inner) joined[name] = row[k];
    out[as] = joined.id === null || joined.id === undefined ? null : joined;
    return out;
  });
}

/** Rows fetched with a key, grouped under the requested keys (the key itself left out of the rows). */
export function groupedByKey<T>(keys: readonly string[], rows: (T & { key: string })[]): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const { key, ...row } of rows) groups.get(key)?.push(row as unknown as T);
  return keys.map((k) => groups.get(k)!);
}
