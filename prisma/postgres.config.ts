// Prisma CLI config for a real PostgreSQL (DATABASE_URL): migrate dev/status/deploy.
// Usage: DATABASE_URL=postgresql://... npx prisma migrate status --config prisma/postgres.config.ts
import "./unref-timers";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

const url = (process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/test");

// prisma/orm#27403: adapter-pg 6.x cannot read the `name` and "char" types the schema
// engine's catalog queries return. Report them as text.
function nameAsText<T extends object>(q: T): T {
  // adapter internals are untyped: the members this patch wraps
  type Fields = { fields?: { dataTypeID: number }[] } | undefined;
  const a = q as unknown as {
    performIO(...args: unknown[]): Promise<Fields>;
    startTransaction?(...args: unknown[]): Promise<object>;
  };
  const performIO = a.performIO.bind(q);
  a.performIO = async (...args: unknown[]) => {
    const res = await performIO(...args);
    for (const f of res?.fields ?? []) {
      if (f.dataTypeID === 19 || f.dataTypeID === 18) f.dataTypeID = 25;
      else if (f.dataTypeID === 1003 || f.dataTypeID === 1002) f.dataTypeID = 1009;
    }
    return res;
  };
  if (a.startTransaction) {
    const start = a.startTransaction.bind(q);
    a.startTransaction = async (...x: unknown[]) => nameAsText(await start(...x));
  }
  return q;
}
class CliPg extends PrismaPg {
  async connect() {
    return nameAsText(await super.connect());
  }
  async connectToShadowDb() {
    return nameAsText(await super.connectToShadowDb());
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  // Separate fields, not connectionString: connectToShadowDb() spreads { ...config, database }
  // and a connectionString would point the shadow database at the main one.
  adapter: async () => {
    const u = new URL(url);
    return new CliPg({
      host: u.hostname,
      port: Number(u.port || 5432),
      user: decodeURIComponent(u.username),
      password: decodeURIComponent(u.password),
      database: u.pathname.slice(1),
      idleTimeoutMillis: 100,
    });
  },
  schema: "schema.prisma",
  migrations: { path: "migrations" },
});
