// Sending queued deliveries: whichever instance claims a due delivery (FOR UPDATE SKIP
// LOCKED, with a lease) POSTs it, signed; a 2xx answer delivers it, anything else retries
// with exponential backoff until the last attempt fails it. Runs in every instance's worker.
// The receiver is tenant-chosen, so every POST goes through the outbound guard (no internal
// addresses, no redirects, a short bounded answer kept).
import crypto from "node:crypto";
import type { Database } from "../../db/database";
import type { PeriodicJob } from "../../enrichment/syncJobs";
import type { OutboundGuard } from "../../lib/outbound";
import { OWNER_SQL, redactPayload } from "./webhook.payload";

export const MAX_ATTEMPTS = 8;
const BATCH = 20;
const TIMEOUT_MS = 10_000;
/** Bytes of the receiver's answer kept in deliveries.responseBody. */
export const KEPT_RESPONSE_BYTES = 512;
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
  outbound: OutboundGuard,
  d: Claimed,
): Promise<{ status: number | null; body: string | null; error: string | null }> {
  const body = JSON.stringify(d.payload);
  try {
    const res = await outbound.fetch(d.url, {
      method: "POST",
      body,
      timeoutMs: TIMEOUT_MS,
      maxBodyBytes: KEPT_RESPONSE_BYTES,
      headers: {
        "content-type": "application/json",
        "user-agent": "SophieHub-Webhooks/1",
        "x-hub-event": `${d.entity}.${d.event}`,
        "x-hub-delivery": d.id,
        "x-hub-signature-256": signature(d.secret, body),
      },
    });
    const ok = res.status >= 200 && res.status < 300;
    return {
      status: res.status,
      body: res.body,
      error: ok
        ? null
        : res.status >= 300 && res.status < 400
          ? `The receiver answered ${res.status} (a redirect${res.location ? ` to ${res.location.slice(0, 200)}` : ""}); redirects are not followed: point the webhook at the final URL.`
          : `The receiver answered ${res.status}.`,
    };
  } catch (err) {
    return { status: null, body: null, error: `Could not deliver: ${(err as Error).message}` };
  }
}

/** Sends what is due now; returns how many were sent (delivered or not). */
export async function sendDueWebhooks(
  db: Database,
  outbound: OutboundGuard,
  now = new Date(),
): Promise<number> {
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
      const r = await post(outbound, { ...d, payload: redactPayload(owner, d.entity, d.payload) });
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
export function webhookSender(outbound: OutboundGuard): PeriodicJob {
  return async function sendWebhooks(db) {
    while ((await sendDueWebhooks(db, outbound)) === BATCH) {
      /* more are due */
    }
  };
}
