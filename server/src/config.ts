// Every environment variable the server reads, parsed and validated in one place.
import path from "node:path";

export interface Config {
  /** PostgreSQL connection string; absent → embedded PGlite in dataDir. */
  databaseUrl?: string;
  /** Where embedded mode keeps its database and generated secret. */
  dataDir: string;
  port: number;
  /** Signs session tokens. Embedded mode generates and keeps one when unset. */
  secret?: string;
  /** Load demo data into an empty database at start (default on). */
  demoData: boolean;
  /** Run the background worker (syncs, schedules, alert rules, webhooks) in this instance (default on). */
  worker: boolean;
  /** Requests per minute per user and per API key (0 = no limit). */
  rateLimitPerMinute: number;
  /** The dev sign-in page: on in embedded mode, off with DATABASE_URL unless HUB_DEV_LOGIN=1. */
  devLogin: boolean;
  googleClientId?: string;
  googleJwksUrl?: string;
  googleApplicationCredentials?: string;
  googleApiRootUrl?: string;
  /**
   * HUB_OUTBOUND_ALLOW_HOSTS: host names or IP literals (comma-separated) that webhooks and
   * other tenant-aimed requests may reach although they are internal (loopback, private…).
   */
  outboundAllowHosts: string[];
  /** HUB_TRUSTED_DOCUMENTS: the manifest of operations signed-in sessions are limited to. */
  trustedDocumentsFile?: string;
}

export class ConfigError extends Error {}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === "") return 4000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(
      `PORT must be a whole number from 0 to 65535 (got "${raw}"); unset it to use 4000.`,
    );
  }
  return port;
}

function parseCount(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0)
    throw new ConfigError(`${name} must be a whole number, 0 or more (got "${raw}").`);
  return n;
}

function parseFlag(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === "") return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be 1 or 0 (got "${raw}").`);
}

/** A comma-separated list, trimmed, lower-cased, empty items dropped. */
function parseList(raw: string | undefined): string[] {
  return (raw ?? "")
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
}

function parseDatabaseUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === "") return undefined;
  if (!/^postgres(ql)?:\/\//.test(raw)) {
    throw new ConfigError(
      `DATABASE_URL must start with postgresql:// (got "${raw.slice(0, 20)}…"); unset it to use the embedded database.`,
    );
  }
  return raw;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = parseDatabaseUrl(env.DATABASE_URL);
  const secret = env.HUB_SECRET || undefined;
  if (secret !== undefined && secret.length < 32) {
    throw new ConfigError(
      "HUB_SECRET must be at least 32 characters; generate one with `openssl rand -hex 32`.",
    );
  }
  return {
    databaseUrl,
    // npm runs workspace scripts inside server/; INIT_CWD is where the user typed the command.
    dataDir: path.resolve(env.INIT_CWD || process.cwd(), env.HUB_DATA_DIR || ".hub-data"),
    port: parsePort(env.PORT),
    secret,
    demoData: parseFlag("HUB_DEMO_DATA", env.HUB_DEMO_DATA, true),
    worker: parseFlag("HUB_WORKER", env.HUB_WORKER, true),
    devLogin: parseFlag("HUB_DEV_LOGIN", env.HUB_DEV_LOGIN, !databaseUrl),
    rateLimitPerMinute: parseCount("HUB_RATE_LIMIT", env.HUB_RATE_LIMIT, 600),
    googleClientId: env.GOOGLE_CLIENT_ID || undefined,
    googleJwksUrl: env.GOOGLE_JWKS_URL || undefined,
    googleApplicationCredentials: env.GOOGLE_APPLICATION_CREDENTIALS || undefined,
    googleApiRootUrl: env.GOOGLE_API_ROOT_URL || undefined,
    trustedDocumentsFile: env.HUB_TRUSTED_DOCUMENTS || undefined,
    outboundAllowHosts: parseList(env.HUB_OUTBOUND_ALLOW_HOSTS),
  };
}
