// Raw SQL on a transaction's own connection, straight through pg (or PGlite). A loader's
// batch through Prisma's $queryRaw pays for the query compiler (WASM) and result mapping on
// every statement, several times what the statement costs (the graph bench's profile: Prisma
// was 30% of a request's CPU); a pipeline's bulk write pays it per megabyte of parameters
// (10,000 applied creates: 6.2 → 5.2 s on PostgreSQL, 8.5 → 7.4 s on PGlite). On PostgreSQL
// the pool records which connection a transaction checked out, so statements can go to that
// connection directly (same transaction, same row-level security settings); on PGlite the
// adapter's transaction is noted the same way, and statements go to it.
import { AsyncLocalStorage } from "node:async_hooks";
import { createHash } from "node:crypto";
import pg from "pg";
import type { PGlite, Transaction } from "@electric-sql/pglite";
import { Prisma } from "../generated/prisma/client";
import type { HubPrisma } from "./database";

export type SqlRows = <R = Record<string, unknown>>(
  text: string,
  values: readonly unknown[],
) => Promise<R[]>;

/** Told of every statement run here, like Prisma's query events (tests count statements). */
export type StatementListener = (e: { query: string; params: string; duration: number }) => void;

interface Checkout {
  rows?: SqlRows;
}
const checkouts = new AsyncLocalStorage<Checkout>();

/** Makes the pool note the first connection checked out inside trackCheckout (the one Prisma's transaction takes). */
export function trackPoolCheckouts(pool: pg.Pool, listener?: StatementListener): void {
  const connect = pool.connect.bind(pool) as (cb?: unknown) => unknown;
  pool.connect = ((callback?: unknown) => {
    const slot = checkouts.getStore();
    if (callback || !slot || slot.rows) return connect(callback); // pool.query's own checkouts pass a callback
    return (connect() as Promise<pg.PoolClient>).then((client) => {
      slot.rows = clientRows(inTurn(client), listener);
      return client;
    });
  }) as typeof pool.connect;
}

/** Makes PGlite note the transaction opened inside trackCheckout (Prisma's adapter opens it with lite.transaction). */
export function trackPGliteTransactions(lite: PGlite, listener?: StatementListener): void {
  const transaction = lite.transaction.bind(lite);
  lite.transaction = (<T>(callback: (tx: Transaction) => Promise<T>) => {
    const slot = checkouts.getStore();
    if (!slot || slot.rows) return transaction(callback);
    return transaction((tx) => {
      slot.rows = transactionRows(tx, listener);
      return callback(tx);
    });
  }) as typeof lite.transaction;
}

/**
 * Prisma's statements and ours share the connection: each waits for the one before (pg
 * would queue them too, but deprecates queuing), until the connection goes back to the pool.
 */
function inTurn(client: pg.PoolClient): pg.PoolClient {
  const { query, release } = client;
  let tail: Promise<unknown> = Promise.resolve();
  const own = client as unknown as Record<string, unknown>;
  own.query = (...args: unknown[]) => {
    const run = tail.then(() =>
      (query as (...a: unknown[]) => Promise<unknown>).apply(client, args),
    );
    tail = run.catch(() => undefined);
    return run;
  };
  own.release = (...args: unknown[]) => {
    delete own.query;
    delete own.release;
    return (release as (...a: unknown[]) => void).apply(client, args);
  };
  return client;
}

/** Runs open (which starts one transaction); rows() then runs SQL on the connection (or PGlite transaction) it took. */
export function trackCheckout<T>(open: () => Promise<T>): {
  result: Promise<T>;
  rows: () => SqlRows | undefined;
} {
  const slot: Checkout = {};
  return { result: checkouts.run(slot, open), rows: () => slot.rows };
}

// The values Prisma's raw queries give: Decimal for numeric, BigInt for int8, dates at UTC midnight.
const PARSERS: Record<number, (text: string) => unknown> = {
  1700: (text) => new Prisma.Decimal(text),
  20: (text) => BigInt(text),
  1082: (text) => new Date(`${text}T00:00:00.000Z`),
};
const types = {
  getTypeParser: (oid: number, format?: string) =>
    PARSERS[oid] ?? pg.types.getTypeParser(oid, format as "text"),
};

// Statements run as named prepared statements: each connection parses and plans a statement
// once, not on every request (the texts are few: values are always parameters). Past the cap
// (a caller building texts from values), the rest run unprepared.
const MAX_PREPARED = 500;
const names = new Map<string, string>();
function preparedName(text: string): string | undefined {
  let name = names.get(text);
  if (!name && names.size < MAX_PREPARED)
    names.set(text, (name = `hub_${createHash("sha1").update(text).digest("base64url")}`));
  return name;
}

/** Runs a statement, telling the listener (when there is one) like Prisma's query events do. */
async function observed<R>(
  listener: StatementListener | undefined,
  text: string,
  values: readonly unknown[],
  run: () => Promise<{ rows: unknown[] }>,
): Promise<R[]> {
  const started = performance.now();
  const { rows } = await run();
  listener?.({
    query: text,
    params: JSON.stringify(values),
    duration: performance.now() - started,
  });
  return rows as R[];
}

/** Raw SQL ($1 placeholders) on this client or pool, rows shaped as Prisma's $queryRawUnsafe shapes them. */
export function clientRows(client: pg.PoolClient | pg.Pool, listener?: StatementListener): SqlRows {
  return (text, values) =>
    observed(listener, text, values, () =>
      client.query({ name: preparedName(text), text, values: values as unknown[], types }),
    );
}

/**
 * Raw SQL in a PGlite transaction (one session: PGlite runs its statements one at a time).
 * PGlite's own parsers give int8 as a number where it fits and numeric as text; PARSERS give Prisma's.
 */
function transactionRows(tx: Transaction, listener?: StatementListener): SqlRows {
  return (text, values) =>
    observed(listener, text, values, () =>
      tx.query(text, values as unknown[], { parsers: PARSERS }),
    );
}

const direct = new WeakMap<HubPrisma, SqlRows>();

/** Statements given to rowsOf(prisma) go to this runner (the transaction's own connection). */
export function bindDirectSql(prisma: HubPrisma, rows: SqlRows): void {
  direct.set(prisma, rows);
}

/** Runs raw SQL in prisma's transaction: on its connection directly when bound, otherwise through Prisma. */
export function rowsOf(prisma: HubPrisma): SqlRows {
  return (
    direct.get(prisma) ??
    (<R>(text: string, values: readonly unknown[]) => prisma.$queryRawUnsafe<R[]>(text, ...values))
  );
}
