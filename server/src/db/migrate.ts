// Applies prisma/migrations/*/migration.sql in order and records them in Prisma's own
// _prisma_migrations table, identically on PGlite and PostgreSQL (so `prisma migrate
// status` agrees). Each migration runs in a transaction; an advisory lock makes concurrent
// starts of several server instances apply each migration exactly once.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Database, SqlSession } from "./database";

export const MIGRATIONS_DIR = path.resolve(__dirname, "../../../prisma/migrations");
const LOCK_KEY = 72_707_369; // any constant; shared by every instance of the hub

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}
export interface MigrateResult {
  applied: string[];
  alreadyApplied: number;
}

export class MigrationError extends Error {}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

async function applyPending(
  s: SqlSession,
  migrations: Migration[],
  onApply: (name: string) => void,
): Promise<MigrateResult> {
  await s.exec(CREATE_TABLE);
  const done = await s.query<{ migration_name: string; checksum: string }>(
    `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const applied = new Map(done.map((r) => [r.migration_name, r.checksum]));
  const known = new Set(migrations.map((m) => m.name));
  const unknown = [...applied.keys()].filter((n) => !known.has(n));
  if (unknown.length) {
    throw new MigrationError(
      `The database has migrations this code does not know (${unknown.join(", ")}): it was migrated by a newer version. Run that version, or restore a matching backup.`,
    );
  }
  const result: MigrateResult = { applied: [], alreadyApplied: 0 };
  for (const m of migrations) {
    const checksum = applied.get(m.name);
    if (checksum !== undefined) {
      if (checksum !== m.checksum) {
        throw new MigrationError(
          `Migration ${m.name} was edited after it was applied (checksum differs). Migrations are append-only: restore the file and add a new migration instead.`,
        );
      }
      result.alreadyApplied++;
      continue;
    }
    onApply(m.name);
    try {
      await s.exec("BEGIN");
      await s.exec(m.sql);
      await s.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
        [crypto.randomUUID(), m.checksum, m.name],
      );
      await s.exec("COMMIT");
    } catch (err) {
      await s.exec("ROLLBACK").catch(() => undefined);
      throw new MigrationError(
        `Migration ${m.name} failed and was rolled back: ${(err as Error).message}`,
      );
    }
    result.applied.push(m.name);
  }
  return result;
}

export async function migrate(
  db: Database,
  options: { dir?: string; onApply?: (name: string) => void } = {},
): Promise<MigrateResult> {
  const migrations = readMigrations(options.dir);
  const onApply = options.onApply ?? (() => undefined);
  return db.withSession(async (s) => {
    await s.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    try {
      return await applyPending(s, migrations, onApply);
    } finally {
      await s.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]);
    }
  });
}
