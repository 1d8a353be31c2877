// Webhooks over HTTP with a receiver on loopback: deliveries queued in the transaction of
// the change, filtered by entity, event and field; signed with HMAC-SHA256 over timestamp
// and body (verified here); retried with backoff after a failure; recorded with the
// receiver's answer; replayable; pipeline events; and claimed once by two workers.
import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { TARGETS } from "./support/databases";
import { failure, ok, startTestHub, type TestHub } from "./support/hub";
import { openDatabase, type Database } from "../src/db/database";
import { outboundGuard } from "../src/lib/outbound";
import { MAX_ATTEMPTS, sendDueWebhooks } from "../src/modules/webhooks/webhook.delivery";

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

describe.each(TARGETS)("webhooks on %s", (target) => {
  let hub: TestHub;
  let receiver: http.Server;
  let receiverUrl: string;
  const received: Received[] = [];
  let answer = 200;
  beforeAll(async () => {
    hub = await startTestHub(target, {
      syncPollMs: 600_000, // deliveries are sent when a test says so
      // The receiver is on loopback, which the guard refuses unless an operator allows it.
      outbound: outboundGuard({ allowHosts: ["127.0.0.1"] }),
    });
    receiver = http.createServer((req, res) => {
      let body = "";
      req.on("data", (c) => {
        body += c;
      });
      req.on("end", () => {
        received.push({ headers: req.headers, body });
        res.writeHead(answer);
        res.end(answer === 200 ? "thanks" : "try later");
      });
    });
    await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  });
  afterAll(async () => {
    await hub.close();
    await new Promise((r) => receiver.close(r));
  });
  const create = async (input: Record<string, unknown>) =>
    ok(
      await hub.gql(
        `mutation($i: CreateWebhookInput!) { createWebhook(input: $i) { secret webhook { id fields } } }`,
        { i: { url: receiverUrl, ...input } },
      ),
    ).createWebhook;
  const deliveries = async (id: string) =>
    ok(
      await hub.gql(
        `query($id: ID!) { webhook(id: $id) { deliveries { nodes { id event entity status attempts responseStatus responseBody lastError payload } } } }`,
        { id },
      ),
    ).webhook.deliveries.nodes;
  const send = () => sendDueWebhooks(hub.t.db, hub.outbound);

  it("sends a signed event for the subscribed entity, event and field only", async () => {
    const { secret, webhook } = await create({
      entities: ["PARTNER"],
      events: ["UPDATED", "DELETED"],
      fields: ["status"],
    });
    expect(secret).toMatch(/^whsec_/);
    const partner = ok(
      await hub.gql(`mutation { createPartner(input: { brandName: "Hooked Co" }) { id } }`),
    ).createPartner.id; // CREATED: not subscribed
    ok(
      await hub.gql(
        `mutation($id: ID!) { updatePartner(id: $id, input: { notes: "no status change" }) { id } }`,
        { id: partner },
      ),
    ); // not the field
    ok(
      await hub.gql(
        `mutation($id: ID!) { updatePartner(id: $id, input: { status: AT_RISK }) { id } }`,
        { id: partner },
      ),
    );
    expect((await deliveries(webhook.id)).map((d: any) => [d.entity, d.event, d.status])).toEqual([
      ["partner", "updated", "PENDING"],
    ]);
    received.length = 0;
    expect(await send()).toBe(1);
    expect(received).toHaveLength(1);
    const [got] = received;
    const body = JSON.parse(got.body);
    expect(body).toMatchObject({
      event: "partner.updated",
      id: partner,
      action: "updatePartner",
      changes: { status: { from: "onboarding", to: "at_risk" } },
      webhookId: webhook.id,
    });
    expect(got.headers["x-hub-event"]).toBe("partner.updated");
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(
      String(got.headers["x-hub-signature-256"]),
    )!;
    expect(Math.abs(Number(t) - Date.now() / 1000)).toBeLessThan(300);
    expect(v1).toBe(crypto.createHmac("sha256", secret).update(`${t}.${got.body}`).digest("hex"));
    const [delivered] = await deliveries(webhook.id);
    expect(delivered).toMatchObject({
      status: "DELIVERED",
      attempts: 1,
      responseStatus: 200,
      responseBody: "thanks",
    });
    // Archiving is a DELETED event (status is not among its changed fields, so a field-free webhook hears it).
    const all = await create({ entities: ["PARTNER"], events: ["DELETED"] });
    ok(await hub.gql(`mutation($id: ID!) { archivePartner(id: $id) { id } }`, { id: partner }));
    expect((await deliveries(all.webhook.id)).map((d: any) => d.event)).toEqual(["deleted"]);
    ok(
      await hub.gql(
        `mutation($id: ID!) { updateWebhook(id: $id, input: { isActive: false }) { isActive } }`,
        { id: all.webhook.id },
      ),
    );
    expect(await send()).toBe(1); // (sent before the next test)
  });

  it("retries after a failure with backoff, records the answer, fails after the last attempt, and replays", async () => {
    const { webhook } = await create({ entities: ["STAFF"], events: ["CREATED"] });
    ok(
      await hub.gql(
        `mutation { createStaff(input: { email: "hooked.person@sophiesociety.com", fullName: "Hooked Person", role: PPC_MANAGER }) { id } }`,
      ),
    );
    answer = 503;
    await send();
    let [d] = await deliveries(webhook.id);
    expect(d).toMatchObject({
      status: "PENDING",
      attempts: 1,
      responseStatus: 503,
      responseBody: "try later",
      lastError: "The receiver answered 503.",
    });
    const row = await hub.t.db.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: d.id } });
    expect(row.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(20_000); // 30 s after the first failure
    expect(await send()).toBe(0); // not due yet
    answer = 200;
    expect(await sendDueWebhooks(hub.t.db, hub.outbound, new Date(Date.now() + 60_000))).toBe(1);
    [d] = await deliveries(webhook.id);
    expect(d).toMatchObject({ status: "DELIVERED", attempts: 2 });
    // The last attempt fails it for good.
    await hub.t.db.prisma.webhookDelivery.update({
      where: { id: d.id },
      data: { status: "pending", attempts: MAX_ATTEMPTS - 1 },
    });
    answer = 500;
    await sendDueWebhooks(hub.t.db, hub.outbound, new Date(Date.now() + 3_600_000));
    expect((await deliveries(webhook.id))[0]).toMatchObject({
      status: "FAILED",
      attempts: MAX_ATTEMPTS,
    });
    answer = 200;
    const replay = ok(
      await hub.gql(
        `mutation($id: ID!) { replayWebhookDelivery(id: $id) { id status attempts } }`,
        { id: d.id },
      ),
    ).replayWebhookDelivery;
    expect(replay).toMatchObject({ status: "PENDING", attempts: 0 });
    await send();
    expect((await deliveries(webhook.id)).map((x: any) => x.status).sort()).toEqual([
      "DELIVERED",
      "FAILED",
    ]);
  });

  it("sends pipeline events: a sync finished, a batch applied", async () => {
    const { webhook } = await create({
      entities: ["PIPELINE"],
      events: ["SYNC_FINISHED", "BATCH_APPLIED"],
    });
    const source = ok(
      await hub.gql(
        `mutation { createDataSource(input: { name: "Hooked sheet", type: CSV, connectionConfig: {} }) { id } }`,
      ),
    ).createDataSource.id;
    ok(
      await hub.gql(
        `mutation($id: ID!, $m: [FieldMappingInput!]!) { setFieldMappings(dataSourceId: $id, mappings: $m) { id } }`,
        {
          id: source,
          m: [{ sourceColumn: "Brand", targetTable: "partners", targetField: "brand_name" }],
        },
      ),
    );
    const run = ok(
      await hub.gql(
        `mutation($id: ID!) { runSync(dataSourceId: $id, csv: "Brand\\nPiped Co") { batchId } }`,
        { id: source },
      ),
    ).runSync;
    ok(await hub.gql(`mutation($b: ID!) { approveBatch(batchId: $b) }`, { b: run.batchId }));
    ok(
      await hub.gql(`mutation($b: ID!) { applyBatch(batchId: $b) { applied } }`, {
        b: run.batchId,
      }),
    );
    const events = (await deliveries(webhook.id))
      .map((d: any) => [d.payload.event, d.payload.batchId, d.payload.changesApplied])
      .reverse();
    expect(events).toEqual([
      ["pipeline.sync_finished", run.batchId, 0],
      ["pipeline.batch_applied", run.batchId, 1],
    ]);
    expect(await send()).toBe(2);
  });

  it("never sends one delivery twice when two instances send at once", async () => {
    const { webhook } = await create({ entities: ["SQUAD"], events: ["CREATED"] });
    for (const name of ["Hook A", "Hook B", "Hook C"])
      ok(
        await hub.gql(
          `mutation($n: String!) { createSquad(input: { name: $n, type: PPC }) { id } }`,
          { n: name },
        ),
      );
    received.length = 0;
    const other: Database = hub.t.url
      ? await openDatabase({ url: hub.t.url, poolSize: 3 })
      : hub.t.db;
    try {
      const sent = await Promise.all([
        sendDueWebhooks(hub.t.db, hub.outbound),
        sendDueWebhooks(other, hub.outbound),
      ]);
      expect(sent[0] + sent[1]).toBe(3);
    } finally {
      if (hub.t.url) await other.close();
    }
    expect(received.filter((r) => r.headers["x-hub-event"] === "squad.created")).toHaveLength(3);
    expect(
      (await deliveries(webhook.id)).every(
        (d: any) => d.status === "DELIVERED" && d.attempts === 1,
      ),
    ).toBe(true);
  });

  it("checks subscriptions and keeps them to webhooks:manage", async () => {
    expect(
      failure(
        await hub.gql(
          `mutation { createWebhook(input: { url: "ftp://x", entities: [PARTNER], events: [CREATED] }) { secret } }`,
        ),
      ).field,
    ).toBe("input.url");
    expect(
      failure(
        await hub.gql(
          `mutation { createWebhook(input: { url: "https://x.example", entities: [PIPELINE], events: [CREATED] }) { secret } }`,
        ),
      ).field,
    ).toBe("input.events");
    expect(
      failure(
        await hub.gql(
          `mutation { createWebhook(input: { url: "https://x.example", entities: [PARTNER], events: [UPDATED], fields: ["brand_name"] }) { secret } }`,
        ),
      ).field,
    ).toBe("input.fields");
    const leader = await hub.tokenFor("priya.natarajan@sophiesociety.com");
    expect(failure(await hub.gql(`{ webhooks { id } }`, {}, leader)).code).toBe("FORBIDDEN");
  });
});
