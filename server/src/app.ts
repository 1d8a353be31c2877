// Starts a whole Sophie Hub: opens the database, migrates it, loads demo data into an
// empty one, and serves HTTP. main.ts and the tests both start the hub through here.
import path from "node:path";
import type { Config } from "./config";
import { resolveSecret } from "./auth/secret";
import { openDatabase, type Database } from "./db/database";
import { migrate } from "./db/migrate";
import { seedDemo } from "./seed/demo";
import { healthRoute, listen } from "./http/server";
import { graphqlRoute } from "./http/graphql";

export interface Hub { url: string; port: number; db: Database; secret: string; close(): Promise<void> }

export type Log = (line: string) => void;

/** Embedded mode keeps PGlite's files under <dataDir>/pglite. */
export const embeddedDatabaseDir = (config: Config) => path.join(config.dataDir, "pglite");

export async function openConfiguredDatabase(config: Config): Promise<Database> {
  return openDatabase({ url: config.databaseUrl, dataDir: embeddedDatabaseDir(config) });
}

export async function startHub(config: Config, log: Log = () => {}): Promise<Hub> {
  const secret = resolveSecret(config);
  const db = await openConfiguredDatabase(config);
  try {
    await migrate(db, { onApply: (name) => log(`migrate: applying ${name}`) });
    if (config.demoData && (await db.prisma.organization.count()) === 0) {
      log("seed: loading demo data into the empty database");
      await seedDemo(db, (step, done, total) => log(`seed: [${done}/${total}] ${step}`));
    }
    const graphql = await graphqlRoute(db, secret);
    const server = await listen([healthRoute(db), graphql.route], config.port);
    return {
      url: server.url, port: server.port, db, secret,
      async close() { await server.close(); await graphql.stop(); await db.close(); },
    };
  } catch (err) {
    await db.close();
    throw err;
  }
}
