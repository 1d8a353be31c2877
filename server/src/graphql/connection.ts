// Relay connections, built by one helper for every list. Cursors are opaque keyset
// positions (the row's sort values and id), so pages stay stable under ties and inserts.
// Root lists page in SQL (keyset WHERE + LIMIT); relation lists, which a DataLoader has
// already fetched for many parents at once, page in memory with the same semantics.
import { ArgsType, Field, Int, ObjectType } from "type-graphql";
import type { ClassType } from "type-graphql";
import { badInput } from "../lib/errors";
import { orderTerms, toPrismaOrderBy, type OrderSpec, type OrderTerm } from "./ordering";
import { toPrismaWhere, type EntityFilterSpec } from "./filters";
import { SqlParams, inlineSql, toSqlWhere } from "./filterSql";
import { type Prisma } from "../generated/prisma/client";
import type { HubPrisma } from "../db/database";
import { columnName, rawRows } from "../db/rawRows";
import type { FieldReader } from "../auth/fieldPermissions";

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;
export const FIRST_DESCRIPTION = `Return the first n items (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).`;
export const LAST_DESCRIPTION = `Return the last n items (at most ${MAX_PAGE_SIZE}); combine with before to page backwards.`;

@ObjectType({ description: "Where a page sits in the whole list." })
export class PageInfo {
  @Field(() => Boolean, {
    description: "More items follow this page: pass endCursor as after to get them.",
  })
  hasNextPage!: boolean;
  @Field(() => Boolean, {
    description: "Items come before this page: pass startCursor as before to get them.",
  })
  hasPreviousPage!: boolean;
  @Field(() => String, {
    nullable: true,
    description: "The first item's cursor (null on an empty page).",
  })
  startCursor!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The last item's cursor (null on an empty page).",
  })
  endCursor!: string | null;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** first/after/last/before, shared by every list's arguments. */
@ArgsType()
export class PageArgsType implements PageArgs {
  @Field(() => Int, { nullable: true, description: FIRST_DESCRIPTION }) first?: number;
  @Field(() => String, { nullable: true, description: "Continue after this cursor." })
  after?: string;
  @Field(() => Int, { nullable: true, description: LAST_DESCRIPTION }) last?: number;
  @Field(() => String, { nullable: true, description: "Continue before this cursor." })
  before?: string;
}

export const pageOf = ({ first, after, last, before }: PageArgs): PageArgs => ({
  first,
  after,
  last,
  before,
});

type Row = { id: string };
const valueOf = (row: Row, field: string) => (row as Record<string, unknown>)[field];

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount(): Promise<number>;
}

/** `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function connectionType<T extends object>(
  Node: ClassType<T>,
  name: string,
): ClassType<Connection<T>> {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: "Pass as after/before to continue from this item." })
    cursor!: string;
    @Field(() => Node, { description: `The ${name} itself.` }) node!: T;
  }
  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.` })
  class ConnectionClass implements Connection<T> {
    @Field(() => [Edge], {
      description: "The page's items, each with the cursor to continue from it.",
    })
    edges!: Edge[];
    @Field(() => [Node], { description: "The page's items without cursors." }) nodes!: T[];
    @Field(() => PageInfo, {
      description: "Whether more pages exist, and the cursors to reach them.",
    })
    pageInfo!: PageInfo;
    count!: () => Promise<number>;
    @Field(() => Int, {
      description: "How many items match the filter in all pages (counted only when asked for).",
    })
    totalCount(): Promise<number> {
      return this.count();
    }
  }
  return ConnectionClass;
}

const isDecimal = (v: unknown) => v !== null && typeof v === "object" && "toFixed" in (v as object); // Prisma.Decimal

function jsonValue(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString();
  if (isDecimal(v)) return String(v);
  return v ?? null;
}

// A cursor names the ordering it belongs to, so one from another orderBy is refused.
const orderSignature = (terms: OrderTerm[]) =>
  terms.map((t) => `${t.name}${t.direction === "asc" ? "+" : "-"}`).join(",");

const encodeCursor = (row: Row, terms: OrderTerm[]) =>
  Buffer.from(
    JSON.stringify([orderSignature(terms), ...terms.map((t) => jsonValue(valueOf(row, t.field)))]),
  ).toString("base64url");

function decodeCursor(cursor: string, terms: OrderTerm[], arg: string): unknown[] {
  try {
    const [signature, ...values] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      signature === orderSignature(terms) &&
      values.length === terms.length &&
      typeof values[values.length - 1] === "string"
    )
      return values;
  } catch {
    /* reported below */
  }
  throw badInput(
    arg,
    `${arg} is not a cursor of this list; use an edges.cursor or pageInfo cursor returned by the same query with the same orderBy.`,
  );
}

interface Window {
  forward: boolean;
  size: number;
  cursor?: unknown[];
}

function pageWindow(args: PageArgs, terms: OrderTerm[]): Window {
  const { first, after, last, before } = args;
  if (first != null && last != null)
    throw badInput("first", "Give first (with after) or last (with before), not both.");
  for (const [name, n] of [
    ["first", first],
    ["last", last],
  ] as const) {
    if (n != null && (n < 0 || n > MAX_PAGE_SIZE))
      throw badInput(name, `${name} must be between 0 and ${MAX_PAGE_SIZE} (got ${n}).`);
  }
  if (last != null || (before != null && first == null)) {
    if (after != null) throw badInput("after", "Use after with first, before with last.");
    return {
      forward: false,
      size: last ?? DEFAULT_PAGE_SIZE,
      cursor: before != null ? decodeCursor(before, terms, "before") : undefined,
    };
  }
  if (before != null) throw badInput("before", "Use after with first, before with last.");
  return {
    forward: true,
    size: first ?? DEFAULT_PAGE_SIZE,
    cursor: after != null ? decodeCursor(after, terms, "after") : undefined,
  };
}

// Sort semantics (PostgreSQL's): ASC puts NULL last, DESC puts NULL first; enums sort in
// declaration order. "Greater" means further along the direction we are paging in.
const greaterOf = (t: OrderTerm, forward: boolean) => (t.direction === "asc") === forward;

function beyondWhere(
  t: OrderTerm,
  value: unknown,
  forward: boolean,
): Record<string, unknown> | null {
  const greater = greaterOf(t, forward);
  if (value === null) return greater ? null : { [t.field]: { not: null } };
  let cond: Record<string, unknown>;
  if (t.enumValues) {
    const i = t.enumValues.indexOf(value as string);
    cond = {
      [t.field]: {
        in: greater ? t.enumValues.slice(i + 1) : t.enumValues.slice(0, Math.max(i, 0)),
      },
    };
  } else {
    cond = { [t.field]: { [greater ? "gt" : "lt"]: value } };
  }
  return greater && t.nullable ? { OR: [cond, { [t.field]: null }] } : cond;
}

/** WHERE for "strictly after this cursor" in paging direction: (a > x) OR (a = x AND b > y) … */
function keysetWhere(
  terms: OrderTerm[],
  values: unknown[],
  forward: boolean,
): Record<string, unknown> {
  const branches: Record<string, unknown>[] = [];
  terms.forEach((t, i) => {
    const beyond = beyondWhere(t, values[i], forward);
    if (!beyond) return;
    const equal = terms
      .slice(0, i)
      .map((p, j) => ({ [p.field]: values[j] === null ? null : values[j] }));
    branches.push({ AND: [...equal, beyond] });
  });
  return branches.length ? { OR: branches } : { id: { in: [] } };
}

function compareValues(t: OrderTerm, a: unknown, b: unknown): number {
  const [x, y] = [jsonValue(a), jsonValue(b)];
  if (x === y) return 0;
  if (x === null) return t.direction === "asc" ? 1 : -1;
  if (y === null) return t.direction === "asc" ? -1 : 1;
  let c: number;
  if (t.enumValues) c = t.enumValues.indexOf(x as string) - t.enumValues.indexOf(y as string);
  else if (typeof x === "number" && typeof y === "number") c = x - y;
  else if (isDecimal(a) || isDecimal(b)) c = Number(x) - Number(y);
  else c = String(x) < String(y) ? -1 : 1;
  return t.direction === "asc" ? c : -c;
}

const compareRows = (terms: OrderTerm[]) => (a: Row, b: Row) => {
  for (const t of terms) {
    const c = compareValues(t, valueOf(a, t.field), valueOf(b, t.field));
    if (c !== 0) return c;
  }
  return 0;
};

/** Cursors are encoded only when edges or pageInfo are asked for: most nested lists want nodes alone. */
function buildConnection<T extends Row>(
  rows: T[],
  w: Window,
  terms: OrderTerm[],
  count: () => Promise<number>,
  Type: ClassType<Connection<T>>,
): Connection<T> {
  const more = rows.length > w.size;
  const page = rows.slice(0, w.size);
  if (!w.forward) page.reverse();
  const cursorOf = (node: T | undefined) => (node ? encodeCursor(node, terms) : null);
  return Object.defineProperties(Object.assign(new Type(), { nodes: page, count }), {
    edges: { get: () => page.map((node) => ({ cursor: cursorOf(node)!, node })) },
    pageInfo: {
      get: () => ({
        hasNextPage: w.forward ? more : w.cursor !== undefined,
        hasPreviousPage: w.forward ? w.cursor !== undefined : more,
        startCursor: cursorOf(page[0]),
        endCursor: cursorOf(page[page.length - 1]),
      }),
    },
  });
}

/** The Prisma calls a root list needs (any model delegate fits). */
export interface ListSource<T> {
  findMany(args: { where: object; orderBy: object[]; take: number }): Promise<T[]>;
  count(args: { where: object }): Promise<number>;
}

export interface ListQuery {
  filter?: Record<string, unknown> | null;
  orderBy?: Record<string, string | undefined>[] | null;
  page: PageArgs;
  /** Who asks: filters and sorts by fields they may not read are refused. */
  viewer: FieldReader;
}

/**
 * A root list's table for reading its first page with one raw statement: the model (whose
 * table is `r`) and the same scope as the Prisma where, as SQL. Prisma's query compiler costs
 * more than the statement (the graph bench's partner list: a quarter of the request's CPU).
 */
export interface SqlList {
  prisma: HubPrisma;
  model: string;
  scope: Prisma.Sql;
}

/** The first page (no cursor) of a root list in one raw statement: filter, order, limit. */
function firstPageSql<T>(
  sql: SqlList,
  q: ListQuery,
  filter: EntityFilterSpec,
  directed: OrderTerm[],
  take: number,
): Promise<T[]> {
  const p = new SqlParams();
  const where = `${inlineSql(sql.scope, p)} AND (${toSqlWhere(q.filter, filter, p, "r", q.viewer)})`;
  const orderBy = directed
    .map(
      (t) =>
        `${columnName(sql.prisma, sql.model, t.field)} ${t.direction === "asc" ? "ASC" : "DESC"}`,
    )
    .join(", ");
  return rawRows<T>(sql.prisma, sql.model, {
    text: `WHERE ${where} ORDER BY ${orderBy} LIMIT ${p.add(take)}`,
    values: p.values,
  });
}

/** A root list: filter, order and page in SQL; totalCount runs only when selected. */
export async function listConnection<T extends Row>(
  Type: ClassType<Connection<T>>,
  source: ListSource<T>,
  scope: object,
  q: ListQuery,
  filter: EntityFilterSpec,
  order: OrderSpec,
  sql?: SqlList,
): Promise<Connection<T>> {
  const terms = orderTerms(q.orderBy, order, q.viewer);
  const w = pageWindow(q.page, terms);
  // Scope keys stay top-level: the soft-delete extension looks for deletedAt there.
  const where = { ...scope, AND: [toPrismaWhere(q.filter, filter, q.viewer)] };
  const directed = w.forward
    ? terms
    : terms.map((t) => ({
        ...t,
        direction: t.direction === "asc" ? ("desc" as const) : ("asc" as const),
      }));
  let rows: T[] = [];
  if (w.size > 0 && sql && !w.cursor)
    rows = await firstPageSql<T>(sql, q, filter, directed, w.size + 1);
  else if (w.size > 0) {
    rows = await source.findMany({
      where: w.cursor
        ? { ...where, AND: [...where.AND, keysetWhere(terms, w.cursor, w.forward)] }
        : where,
      orderBy: toPrismaOrderBy(directed),
      take: w.size + 1,
    });
  }
  return buildConnection(rows, w, terms, () => source.count({ where }), Type);
}

/** A relation list whose rows a loader fetched already: order and page in memory. */
export function rowsConnection<T extends Row>(
  Type: ClassType<Connection<T>>,
  rows: T[],
  q: Omit<ListQuery, "filter">,
  order: OrderSpec,
): Connection<T> {
  const terms = orderTerms(q.orderBy, order, q.viewer);
  const w = pageWindow(q.page, terms);
  const sorted = [...rows].sort(compareRows(terms));
  if (!w.forward) sorted.reverse();
  let start = 0;
  if (w.cursor) {
    const pivot = Object.fromEntries(
      terms.map((t, i) => [t.field, w.cursor![i]]),
    ) as unknown as Row;
    const cmp = compareRows(terms);
    start = sorted.findIndex((r) => (w.forward ? cmp(r, pivot) > 0 : cmp(r, pivot) < 0));
    if (start < 0) start = sorted.length;
  }
  return buildConnection(
    sorted.slice(start, start + w.size + 1),
    w,
    terms,
    async () => rows.length,
    Type,
  );
}
