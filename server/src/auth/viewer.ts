// Who is asking: a session token (a staff member) or an API key (a service role). Both
// resolve, in one SQL statement, to the organization, the role and its permissions.
// Anything else is UNAUTHENTICATED, with no detail leaked.
import type { Database } from "../db/database";
import type { SqlRows } from "../db/directSql";
import { rateLimited, unauthenticated } from "../lib/errors";
import { hashApiKey, isApiKey } from "./apiKeys";
import { verifySessionToken, type SessionClaims } from "./sessionToken";
import { isPermission, type Permission } from "./permissions";

export interface Viewer {
  kind: "staff" | "api_key";
  organizationId: string;
  /** The staff member; null for an API key, which acts as itself (its role), never as its creator. */
  staffId: string | null;
  apiKeyId: string | null;
  role: string;
  /** What the role grants (typed: a misspelt permission in a check does not compile). */
  permissions: ReadonlySet<Permission>;
}

const SIGN_IN_HINT =
  "Send Authorization: Bearer <token or API key>; sign in for a token (or run `npm run -s hub -- token <email>`).";

interface Row {
  id: string;
  organization_id: string;
  role: string;
  permissions: string[];
  hits: number;
}

// With a rate limit, counts this request in the caller's one-minute window, inside the same
// statement that resolves the viewer (no extra round trip; shared by every server instance).
// Without one, the statement only reads.
const COUNT_HIT = `hit AS (
  INSERT INTO "rate_limits" ("bucket", "window_start", "count") VALUES ($BUCKET, date_trunc('minute', now()), 1)
  ON CONFLICT ("bucket", "window_start") DO UPDATE SET "count" = "rate_limits"."count" + 1
  RETURNING "count")`;

/** The statement resolving a viewer, counted (with the hit, its count as hits) and uncounted (hits 0). */
function viewerSql(bucket: string, select: string, ctes: string[] = []) {
  const withs = (list: string[]) => (list.length ? `WITH ${list.join(",\n")}` : "");
  return {
    counted: `${withs([COUNT_HIT.replace("$BUCKET", bucket), ...ctes])}${select.replace("HITS", `(SELECT "count" FROM hit)`)}`,
    uncounted: `${withs(ctes)}${select.replace("HITS", "0")}`,
  };
}

const PERMISSIONS_OF_ROLE = `
  LEFT JOIN "roles" r ON r."organization_id" = o."id" AND r."name" = ROLE_NAME
  LEFT JOIN "role_permissions" rp ON rp."role_id" = r."id"
  LEFT JOIN "permissions" p ON p."id" = rp."permission_id"`;

const STAFF_SQL = viewerSql(
  "'staff:' || $1",
  `
  SELECT s."id", s."organization_id", s."role"::text AS role, HITS AS hits,
         coalesce(array_agg(p."name") FILTER (WHERE p."name" IS NOT NULL), '{}') AS permissions
  FROM "staff" s JOIN "organizations" o ON o."id" = s."organization_id" AND o."is_active"
  ${PERMISSIONS_OF_ROLE.replace("ROLE_NAME", `s."role"::text`)}
  WHERE s."id" = $1::uuid AND s."organization_id" = $2::uuid AND s."status" <> 'departed' AND s."deleted_at" IS NULL
    -- a token from a sign-in names its session, which must still be open (CLI tokens name none)
    AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM "sessions" se WHERE se."id" = $3::uuid AND se."staff_id" = s."id" AND se."revoked_at" IS NULL))
  GROUP BY s."id"`,
);

// The key's "last used" is informational: refreshed at most once a minute, in the same statement.
const API_KEY_SQL = viewerSql(
  "'key:' || left($1, 16)",
  `
  SELECT k."id", k."organization_id", kr."name" AS role, HITS AS hits,
         coalesce(array_agg(p."name") FILTER (WHERE p."name" IS NOT NULL), '{}') AS permissions
  FROM "api_keys" k JOIN "organizations" o ON o."id" = k."organization_id" AND o."is_active"
  JOIN "roles" kr ON kr."id" = k."role_id"
  ${PERMISSIONS_OF_ROLE.replace("ROLE_NAME", `kr."name"`)}
  WHERE k."key_hash" = $1 AND k."revoked_at" IS NULL AND (k."expires_at" IS NULL OR k."expires_at" > now())
  GROUP BY k."id", kr."name"`,
  [
    `touched AS (UPDATE "api_keys" SET "last_used_at" = now()
              WHERE "key_hash" = $1 AND ("last_used_at" IS NULL OR "last_used_at" < now() - interval '1 minute'))`,
  ],
);

type Counted = Viewer & { hits: number };

const variant = (sql: { counted: string; uncounted: string }, count: boolean) =>
  count ? sql.counted : sql.uncounted;

const staffParams = (claims: SessionClaims) => [
  claims.staffId,
  claims.organizationId,
  claims.sessionId ?? null,
];
const staffOf = (row: Row): Counted => ({
  kind: "staff",
  organizationId: row.organization_id,
  staffId: row.id,
  apiKeyId: null,
  role: row.role,
  permissions: new Set(row.permissions.filter(isPermission)),
  hits: row.hits,
});

async function staffViewer(
  db: Database,
  secret: string,
  token: string,
  count: boolean,
): Promise<Counted | null> {
  const claims = await verifySessionToken(secret, token).catch(() => null);
  if (!claims) return null;
  const [row] = await db.rows<Row>(variant(STAFF_SQL, count), staffParams(claims));
  return row ? staffOf(row) : null;
}

async function apiKeyViewer(db: Database, key: string, count: boolean): Promise<Counted | null> {
  const [row] = await db.rows<Row>(variant(API_KEY_SQL, count), [hashApiKey(key)]);
  if (!row) return null;
  return {
    kind: "api_key",
    organizationId: row.organization_id,
    staffId: null,
    apiKeyId: row.id,
    role: row.role,
    permissions: new Set(row.permissions.filter(isPermission)),
    hits: row.hits,
  };
}

/** Requests per minute per user and per API key; 0 turns the limit off. */
export interface RequestLimits {
  perMinute: number;
}

/** One request in a thousand clears counter windows older than an hour (awaited: no work outlives its request). */
async function pruneOldWindows(db: Database) {
  if (Math.random() < 0.001)
    await db.prisma.rateLimit.deleteMany({
      where: { windowStart: { lt: new Date(Date.now() - 3_600_000) } },
    });
}

function bearer(authorization: string | undefined): string {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? "");
  if (!match) throw unauthenticated(`Sign-in required. ${SIGN_IN_HINT}`);
  return match[1];
}

const invalid = () =>
  unauthenticated(`The token or API key is invalid, expired or revoked. ${SIGN_IN_HINT}`);

// A staff viewer's lookup that also makes the rest of its transaction run as them (role
// hub_app and the row-level security settings of db/requestTransaction.ts): one
// statement where there would be two. The lookup's rows are read (the CTE is aggregated)
// before the settings change, so it reads as the server's own role.
const STAFF_WITH_SETTINGS_SQL = `WITH v AS MATERIALIZED (${STAFF_SQL.uncounted})
  SELECT v.*, set_config('role', 'hub_app', true), set_config('hub.organization_id', v."organization_id"::text, true),
    set_config('hub.staff_id', v."id"::text, true),
    set_config('hub.partner_scope', CASE WHEN 'partners:read_all' = ANY(v."permissions") THEN 'all' ELSE 'assigned' END, true)
  FROM v`;

/**
 * How a request's transaction begins when its viewer is found inside it: a staff session
 * token while nothing is counted (no rate limit: the lookup only reads, so it may share the
 * request's transaction). Null: look the viewer up first (viewerFromAuthorization).
 */
export async function viewerInTransaction(
  secret: string,
  authorization: string | undefined,
  limits: RequestLimits,
): Promise<((rows: SqlRows) => Promise<Viewer>) | null> {
  const token = bearer(authorization);
  if (limits.perMinute > 0 || isApiKey(token)) return null;
  const claims = await verifySessionToken(secret, token).catch(() => null);
  if (!claims) throw invalid();
  return async (rows) => {
    const [row] = await rows<Row>(STAFF_WITH_SETTINGS_SQL, staffParams(claims));
    if (!row) throw invalid();
    const { hits: _hits, ...viewer } = staffOf(row);
    return viewer;
  };
}

export async function viewerFromAuthorization(
  db: Database,
  secret: string,
  authorization: string | undefined,
  limits: RequestLimits = { perMinute: 0 },
): Promise<Viewer> {
  const token = bearer(authorization);
  const count = limits.perMinute > 0;
  const viewer = await (
    isApiKey(token) ? apiKeyViewer(db, token, count) : staffViewer(db, secret, token, count)
  ).catch(() => null);
  if (!viewer) throw invalid();
  if (count) await pruneOldWindows(db);
  if (limits.perMinute > 0 && viewer.hits > limits.perMinute) {
    throw rateLimited(
      `Rate limit of ${limits.perMinute} requests per minute exceeded for this ${viewer.kind === "api_key" ? "API key" : "user"}.`,
      60 - new Date().getSeconds(),
    );
  }
  const { hits: _hits, ...rest } = viewer;
  return rest;
}

/** Background work runs with the organization's full partner scope, as the staff member who queued it (if any). */
export const systemViewer = (organizationId: string, staffId: string | null): Viewer => ({
  kind: "staff",
  organizationId,
  staffId,
  apiKeyId: null,
  role: "sync_worker",
  permissions: new Set(["partners:read_all"]),
});
