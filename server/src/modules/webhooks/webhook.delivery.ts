// Sending queued deliveries: whichever instance claims a due delivery (FOR UPDATE SKIP
// LOCKED, with a lease) POSTs it, signed; a 2xx answer delivers it, anything else retries
// with exponential backoff until the last attempt fails it. Runs in every instance's worker.
import crypto from "node:crypto";
import type { Database } from "../../db/database";
import { OWNER_SQL, redactPayload } from "./webhook.payload";

export const MAX_ATTEMPTS = 8;
const BATCH = 20;
const TIMEOUT_MS = 10_000;
const LEASE = "5 minutes";
/** 30 s, 1 min, 2 min … up to an hour between attempts. */
export const backoffSeconds = (attempts: number) => Math.min(3600, 30 * 2 ** (attempts - 1));

interface Claimed {
  id: string;
  url: string;
  secret: string;
  payload: unknown;
  attempts: number;
  event: string;
  entity: string;
  ownerPermissions: string[];
  ownerRole: string;
}

/** The signature header value: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">. */
export function signature(
  secret: string,
  body: string,
  at = Math.floor(Date.now() / 1000),
): string {
  return `t=${at},v1=${crypto.createHmac("sha256", secret).update(`${at}.${body}`).digest("hex")}`;
}

async function post(
  d: Claimed,
): Promise<{ status: number | null; body: string | null; error: string | null }> {
  const body = JSON.stringify(d.payload);
  try {
    const res = await fetch(d.url, {
      method: "POST",
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: {
        "content-type": "application/json",
        "user-agent": "SophieHub-Webhooks/1",
        "x-hub-event": `${d.entity}.${d.event}`,
        "x-hub-delivery": d.id,
        "x-hub-signature-256": signature(d.secret, body),
      },
    });
    return {
      status: res.status,
      body: (await res.text()).slice(0, 2000),
      error: res.ok ? null : `The receiver answered ${res.status}.`,
    };
  } catch (err) {
    return {
      status: null,
      body: null,
      error: `Could not reach ${d.url}: ${(err as Error).message}`,
    };
  }
}

/** Sends what is due now; returns how many were sent (delivered or not). */
export async function sendDueWebhooks(db: Database, now = new Date()): Promise<number> {
  const claimed = await db.prisma.$queryRawUnsafe<Claimed[]>(
    `
    UPDATE "webhook_deliveries" d SET "attempts" = d."attempts" + 1, "next_attempt_at" = now() + interval '${LEASE}'
    FROM (SELECT "id" FROM "webhook_deliveries" WHERE "status" = 'pending' AND "next_attempt_at" <= $1::timestamptz
          ORDER BY "next_attempt_at" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED) due, "webhooks" w
    WHERE d."id" = due."id" AND w."id" = d."webhook_id"
    RETURNING d."id", w."url", w."secret", d."payload", d."attempts", d."event", d."entity", ${OWNER_SQL}`,
    now.toISOString(),
  );
  await Promise.all(
    claimed.map(async (d) => {
      const owner = { permissions: new Set(d.ownerPermissions), role: d.ownerRole };
      const r = await post({ ...d, payload: redactPayload(owner, d.entity, d.payload) });
      const done = r.error === null;
      const next = new Date(Date.now() + backoffSeconds(d.attempts) * 1000);
      await db.prisma.webhookDelivery.update({
        where: { id: d.id },
        data: {
          status: done ? "delivered" : d.attempts >= MAX_ATTEMPTS ? "failed" : "pending",
          deliveredAt: done ? new Date() : null,
          nextAttemptAt: done ? undefined : next,
          responseStatus: r.status,
          responseBody: r.body,
          lastError: r.error,
        },
      });
    }),
  );
  return claimed.length;
}

/** The worker's periodic job: keeps sending while a full batch was due. */
export async function sendWebhooks(db: Database): Promise<void> {
  while ((await sendDueWebhooks(db)) === BATCH) {
    /* more are due */
  }
}
