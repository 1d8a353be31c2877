// Every test file gets its own fresh, migrated database: an in-memory PGlite always, and a
// freshly created PostgreSQL database when TEST_DATABASE_URL is set (dropped afterwards).
import crypto from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "../../src/db/database";
import { migrate } from "../../src/db/migrate";

export type Target = "pglite" | "postgres";
export const TARGETS: Target[] = process.env.TEST_DATABASE_URL
  ? ["pglite", "postgres"]
  : ["pglite"];

export interface TestDatabase {
  db: Database;
  url?: string;
  drop(): Promise<void>;
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty PostgreSQL database of this test run; returns its URL and its drop. */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `hub_test_${process.pid}_${crypto.randomBytes(4).toString("hex")}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

export async function freshDatabase(
  target: Target,
  options: { migrated?: boolean } = {},
): Promise<TestDatabase> {
  if (target === "pglite") {
    const db = await openDatabase({ dataDir: "memory://", watchQueries: true });
    if (options.migrated !== false) await migrate(db);
    return { db, drop: () => db.close() };
  }
  const pgdb = await createPostgresDatabase();
  const db = await openDatabase({ url: pgdb.url, poolSize: 25, watchQueries: true });
  if (options.migrated !== false) await migrate(db);
  return {
    db,
    url: pgdb.url,
    drop: async () => {
      await db.close();
      await pgdb.drop();
    },
  };
}
