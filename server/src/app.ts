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
import { exportRoute } from "./http/export";
import { loadTrustedDocuments, type TrustedDocuments } from "./graphql/trustedDocuments";
import { staticRoute } from "./http/static";
import { authRoutes } from "./http/auth";
import type { SheetsAccess } from "./enrichment/sheets";
import { devTokenIssuer } from "./auth/devToken";
import { startSyncWorker } from "./enrichment/syncJobs";
import { rollOverFinishedWeek } from "./modules/tasks/rollover";
import { runAlertRules } from "./modules/alerts/alert.evaluate";
import { webhookSender } from "./modules/webhooks/webhook.delivery";
import { outboundGuard, type OutboundGuard } from "./lib/outbound";

export interface Hub {
  url: string;
  port: number;
  db: Database;
  secret: string;
  close(): Promise<void>;
}

export type Log = (line: string) => void;

/** Embedded mode keeps PGlite's files under <dataDir>/pglite. */
export const embeddedDatabaseDir = (config: Config) => path.join(config.dataDir, "pglite");

export async function openConfiguredDatabase(config: Config): Promise<Database> {
  return openDatabase({ url: config.databaseUrl, dataDir: embeddedDatabaseDir(config) });
}

export interface ServeOptions {
  port: number;
  secret: string;
  /** Embedded single-machine mode: the playground is prefilled with an admin token. */
  embedded: boolean;
  devLogin: boolean;
  /** Requests per minute per user and per API key (0 = no limit). */
  rateLimitPerMinute?: number;
  /** Operations signed-in sessions are limited to (HUB_TRUSTED_DOCUMENTS); none: any. */
  trustedDocuments?: TrustedDocuments;
  googleClientId?: string;
  googleJwksUrl?: string;
  /** Service account key file and API address for Google Sheets sources. */
  sheets?: SheetsAccess;
  /** Every request a tenant can aim (webhooks) goes through it; default: no internal hosts. */
  outbound?: OutboundGuard;
  /** How often the sync worker looks for queued runs and due schedules (ms). */
  syncPollMs?: number;
  /**
   * false: this instance only serves requests; queued syncs, schedules, alert rules and
   * webhooks are left to the instances that run the worker (they share the queue in the database).
   */
  worker?: boolean;
}

/** Serves HTTP over an open, migrated database (tests use this with their own databases). */
export async function serveHub(
  db: Database,
  options: ServeOptions,
): Promise<Omit<Hub, "db"> & { outbound: OutboundGuard; close(): Promise<void> }> {
  const outbound = options.outbound ?? outboundGuard();
  const syncWorker =
    options.worker === false
      ? undefined
      : startSyncWorker(db, options.sheets ?? {}, {
          pollMs: options.syncPollMs,
          periodic: [rollOverFinishedWeek, runAlertRules, webhookSender(outbound)],
        });
  const graphql = await graphqlRoute(db, options.secret, {
    requestLimits: { perMinute: options.rateLimitPerMinute ?? 0 },
    sheets: options.sheets,
    outbound,
    syncWorker,
    trustedDocuments: options.trustedDocuments,
  });
  // Only the embedded (single-machine) mode hands out a token to whoever opens the playground.
  const devToken = options.embedded ? devTokenIssuer(db, options.secret) : async () => undefined;
  const auth = authRoutes(db, {
    secret: options.secret,
    devLogin: options.devLogin,
    googleClientId: options.googleClientId,
    googleJwksUrl: options.googleJwksUrl,
  });
  const csv = exportRoute(
    db,
    options.secret,
    graphql.schema,
    { perMinute: options.rateLimitPerMinute ?? 0 },
    options.trustedDocuments,
  );
  const server = await listen(
    [healthRoute(db), auth, staticRoute(devToken), graphql.route, csv],
    options.port,
  );
  return {
    url: server.url,
    port: server.port,
    secret: options.secret,
    outbound,
    async close() {
      await server.close();
      await syncWorker?.stop();
      await graphql.stop();
    },
  };
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
    const http = await serveHub(db, {
      port: config.port,
      secret,
      embedded: !config.databaseUrl,
      devLogin: config.devLogin,
      rateLimitPerMinute: config.rateLimitPerMinute,
      worker: config.worker,
      outbound: outboundGuard({ allowHosts: config.outboundAllowHosts }),
      googleClientId: config.googleClientId,
      googleJwksUrl: config.googleJwksUrl,
      sheets: {
        credentialsFile: config.googleApplicationCredentials,
        apiRootUrl: config.googleApiRootUrl,
      },
      trustedDocuments: config.trustedDocumentsFile
        ? loadTrustedDocuments(config.trustedDocumentsFile)
        : undefined,
    });
    return {
      ...http,
      db,
      async close() {
        await http.close();
        await db.close();
      },
    };
  } catch (err) {
    await db.close();
    throw err;
  }
}
