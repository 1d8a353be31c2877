// Migrations: idempotent, tamper-evident, safe to run concurrently, and the migrated
// database agrees with schema.prisma (Prisma introspects it and diffs the two).
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { openDatabase } from "../src/db/database";
import { MIGRATIONS_DIR, migrate, readMigrations } from "../src/db/migrate";
import { TARGETS, freshDatabase, createPostgresDatabase } from "./support/databases";

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, "../..");
const PRISMA = path.join(ROOT, "node_modules/.bin/prisma");

/** Introspects the database behind a Prisma CLI config and diffs it against schema.prisma. */
async function diffAgainstSchema(
  config: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; output: string }> {
  const pulled = await run(PRISMA, ["db", "pull", "--print", "--config", config], {
    cwd: ROOT,
    env: { ...process.env, ...env },
  });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "hub-pull-")), "pulled.prisma");
  fs.writeFileSync(file, pulled.stdout.slice(pulled.stdout.indexOf("generator client")));
  try {
    const diff = await run(
      PRISMA,
      [
        "migrate",
        "diff",
        "--config",
        config,
        "--from-schema-datamodel",
        file,
        "--to-schema-datamodel",
        "prisma/schema.prisma",
        "--exit-code",
      ],
      { cwd: ROOT, env: { ...process.env, ...env } },
    );
    return { code: 0, output: diff.stdout };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

describe.each(TARGETS)("migrations on %s", (target) => {
  it("applies every migration once, records it for Prisma, and is a no-op the second time", async () => {
    const t = await freshDatabase(target, { migrated: false });
    try {
      const first = await migrate(t.db);
      expect(first.applied).toEqual(readMigrations().map((m) => m.name));
      const second = await migrate(t.db);
      expect(second).toEqual({ applied: [], alreadyApplied: first.applied.length });
      const rows = await t.db.withSession((s) =>
        s.query<{ migration_name: string; checksum: string }>(
          `SELECT migration_name, checksum FROM _prisma_migrations ORDER BY migration_name`,
        ),
      );
      expect(rows).toEqual(
        readMigrations().map((m) => ({ migration_name: m.name, checksum: m.checksum })),
      );
    } finally {
      await t.drop();
    }
  });

  it("refuses a migration edited after it was applied, and rolls back a failing one", async () => {
    const t = await freshDatabase(target);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hub-migrations-"));
    try {
      fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
      const [firstName] = readMigrations(dir).map((m) => m.name);
      fs.appendFileSync(path.join(dir, firstName, "migration.sql"), "\n-- edited\n");
      await expect(migrate(t.db, { dir })).rejects.toThrow(/was edited after it was applied/);

      fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
      fs.mkdirSync(path.join(dir, "29990101000000_broken"));
      fs.writeFileSync(
        path.join(dir, "29990101000000_broken", "migration.sql"),
        "CREATE TABLE half_done (id int);\nSELECT no_such_function();\n",
      );
      await expect(migrate(t.db, { dir })).rejects.toThrow(
        /29990101000000_broken failed and was rolled back/,
      );
      const [{ exists }] = await t.db.withSession((s) =>
        s.query<{ exists: boolean }>(`SELECT to_regclass('half_done') IS NOT NULL AS exists`),
      );
      expect(exists).toBe(false);
    } finally {
      await t.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("lets the database say it is newer than the code", async () => {
    const t = await freshDatabase(target);
    try {
      await t.db.withSession((s) =>
        s.query(`INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, applied_steps_count)
        VALUES (gen_random_uuid()::text, 'x', now(), '29990101000000_from_the_future', 1)`),
      );
      await expect(migrate(t.db)).rejects.toThrow(/migrated by a newer version/);
    } finally {
      await t.drop();
    }
  });
});

describe("the migrated database agrees with schema.prisma", () => {
  it("on PGlite: no difference, and a drifted database is caught", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hub-agree-"));
    try {
      const db = await openDatabase({ dataDir: dir });
      await migrate(db);
      await db.close();
      const env = { PGLITE_DIR: dir };
      const same = await diffAgainstSchema("prisma/pglite.config.ts", env);
      expect(same).toEqual({ code: 0, output: expect.stringMatching(/No difference detected/) });

      const drifted = await openDatabase({ dataDir: dir });
      await drifted.withSession((s) =>
        s.exec(
          `ALTER TABLE partners ALTER COLUMN client_email SET NOT NULL; ALTER TABLE asins DROP COLUMN sku;`,
        ),
      );
      await drifted.close();
      const diff = await diffAgainstSchema("prisma/pglite.config.ts", env);
      expect(diff.code).toBe(2);
      expect(diff.output).toMatch(/client_email/);
      expect(diff.output).toMatch(/sku/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  // Prisma's WASM introspection crashes through adapter-pg, so PostgreSQL is compared with
  // PGlite, which the test above has just checked against schema.prisma.
  (TARGETS.includes("postgres") ? it : it.skip)(
    "on PostgreSQL: the same tables, columns, types, nullability, defaults and indexes as PGlite",
    async () => {
      const catalog = async (target: "pglite" | "postgres") => {
        const t = await freshDatabase(target);
        try {
          return await t.db.withSession(async (s) => ({
            columns:
              await s.query(`SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
            FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY 1, 2`),
            indexes: await s.query(
              `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY 1, 2`,
            ),
            constraints:
              await s.query(`SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS def
            FROM pg_constraint WHERE connamespace = current_schema()::regnamespace AND contype <> 'n' ORDER BY 1, 2`),
            triggers:
              await s.query(`SELECT event_object_table, trigger_name, event_manipulation FROM information_schema.triggers
            WHERE trigger_schema = current_schema() ORDER BY 1, 2, 3`),
          }));
        } finally {
          await t.drop();
        }
      };
      const [lite, real] = [await catalog("pglite"), await catalog("postgres")];
      expect(real.columns.length).toBeGreaterThan(250);
      expect(real).toEqual(lite);
    },
  );

  (TARGETS.includes("postgres") ? it : it.skip)(
    "on PostgreSQL: concurrent migrators apply each migration exactly once",
    async () => {
      const pgdb = await createPostgresDatabase();
      const dbs = await Promise.all([1, 2, 3].map(() => openDatabase({ url: pgdb.url })));
      try {
        const results = await Promise.all(dbs.map((db) => migrate(db)));
        expect(results.map((r) => r.applied.length).sort()).toEqual([
          0,
          0,
          readMigrations().length,
        ]);
      } finally {
        await Promise.all(dbs.map((db) => db.close()));
        await pgdb.drop();
      }
    },
  );
});
