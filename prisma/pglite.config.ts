// Prisma CLI config for the embedded database: generate, migrate diff (drift check) and
// migrate dev --create-only work with no PostgreSQL server. Usage: --config prisma/pglite.config.ts
import "./unref-timers";
import { defineConfig } from "prisma/config";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";

// schema.prisma reads env("DATABASE_URL"); if it cannot resolve, the 6.x CLI falls back to
// downloading a native query engine. The value is unused with an adapter.
process.env.DATABASE_URL ??= "postgresql://unused@127.0.0.1/unused";

// pglite-prisma-adapter 0.6: a multi-statement executeRaw (migration replay into the shadow
// database) fails on the extended protocol, and executeScript does not await. Route both to exec().
function execScripts<T extends object>(q: T): T {
  // adapter internals are untyped: the two members this patch replaces
  const a = q as unknown as {
    executeRaw(query: { sql: string; args: unknown[] }): Promise<number>;
    executeScript?(script: string): Promise<void>;
    startTransaction?(...args: unknown[]): Promise<object>;
    client: PGlite;
  };
  const executeRaw = a.executeRaw.bind(a);
  a.executeRaw = async (query: { sql: string; args: unknown[] }) => {
    if (query.args.length > 0) return executeRaw(query);
    const results: { affectedRows?: number }[] = await a.client.exec(query.sql);
    return results.reduce((n, r) => n + (r.affectedRows ?? 0), 0);
  };
  if (a.executeScript)
    a.executeScript = async (script: string) => {
      await a.client.exec(script);
    };
  if (a.startTransaction) {
    const start = a.startTransaction.bind(a);
    a.startTransaction = async (...x: unknown[]) => execScripts(await start(...x));
  }
  return q;
}

let main: PGlite | undefined; // one PGlite per process: never open the same data dir twice
class CliPGlite extends PrismaPGlite {
  async connect() {
    return execScripts(await super.connect());
  }
  async connectToShadowDb() {
    const shadow = new PGlite();
    const adapter = execScripts(await new PrismaPGlite(shadow).connect());
    (adapter as unknown as { dispose(): Promise<void> }).dispose = async () => {
      await shadow.close();
    }; // untyped internal hook
    return adapter;
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new CliPGlite((main ??= new PGlite(process.env.PGLITE_DIR ?? "memory://"))),
  schema: "schema.prisma",
  migrations: { path: "migrations" },
});
