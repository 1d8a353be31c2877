// Protected fields (partners' financials, opportunities' commission) over every read path a
// role without partners:financials might use as a side door: aggregates, lineage, filters
// on related records at depth 1 and 2, ordering, the audit log, webhook payloads (shown and
// sent), staged changes and sync error logs, exports, raw source cells, commission details.
// Each must be a FORBIDDEN error or "[redacted]", never the value, never an oracle.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { TARGETS } from "./support/databases";
import { ok, startTestHub, type GraphQLResponse, type TestHub } from "./support/hub";
import { sendDueWebhooks } from "../src/modules/webhooks/webhook.delivery";
import { outboundGuard } from "../src/lib/outbound";

const REDACTED = "[redacted]";
const FEE = "4321.55"; // the value no side path may reveal

/** Every error of a response is FORBIDDEN, and the secret is nowhere in it. */
function refused(r: GraphQLResponse, secret = FEE) {
  expect(r.errors?.length).toBeGreaterThan(0);
  expect(r.errors!.map((e) => e.extensions.code)).toEqual(r.errors!.map(() => "FORBIDDEN"));
  expect(JSON.stringify(r)).not.toContain(secret);
  return r.errors!;
}

describe.each(TARGETS)("field permissions on %s", (target) => {
  let hub: TestHub;
  let podLeader: string; // priya: assigned partners only, no financials
  let analyst: string; // owen: every partner, audit-less, no financials
  let operations: string; // olivia: audit, pipeline and webhooks, no financials
  let finance: string; // ben: financials
  let readonlyKey: string; // service_readonly API key
  let partnerId: string; // one of priya's partners
  let partnerCode: string;
  let receiver: http.Server;
  let receiverUrl: string;
  const received: string[] = [];

  beforeAll(async () => {
    hub = await startTestHub(target, {
      syncPollMs: 600_000,
      // The webhook receiver is on loopback, which the outbound guard refuses unless allowed.
      outbound: outboundGuard({ allowHosts: ["127.0.0.1"] }),
    });
    podLeader = await hub.tokenFor("priya.natarajan@sophiesociety.com");
    analyst = await hub.tokenFor("owen.price@sophiesociety.com");
    operations = await hub.tokenFor("olivia.chen@sophiesociety.com");
    finance = await hub.tokenFor("ben.carter@sophiesociety.com");
    readonlyKey = ok(
      await hub.gql(`mutation { createApiKey(name: "Reports", role: "service_readonly") { key } }`),
    ).createApiKey.key;
    const mine = ok(
      await hub.gql(`{ partners(first: 1) { nodes { id partnerCode } } }`, {}, podLeader),
    ).partners.nodes[0];
    partnerId = mine.id;
    partnerCode = mine.partnerCode;
    receiver = http.createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        received.push(body);
        res.writeHead(200);
        res.end("ok");
      });
    });
    await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  });
  afterAll(async () => {
    await hub.close();
    await new Promise((r) => receiver.close(r));
  });

  /** As the admin: sets the partner's base fee (an audited, lineage-writing, webhook-firing change). */
  const setFee = async (fee: string) =>
    ok(
      await hub.gql(
        `mutation($id: ID!, $f: Decimal) { updatePartner(id: $id, input: { baseFee: $f, notes: "fee review" }) { baseFee } }`,
        { id: partnerId, f: fee },
      ),
    );

  it("refuses sums, averages, minimums and maximums of protected fields, and grouping or filtering by them", async () => {
    await setFee(FEE);
    const one = `filter: { partnerCode: { eq: "${partnerCode}" } }`;
    for (const token of [podLeader, analyst, readonlyKey]) {
      refused(await hub.gql(`{ partnersAggregate(${one}) { sum { baseFee } } }`, {}, token));
      refused(await hub.gql(`{ partnersAggregate(${one}) { max { baseFee } } }`, {}, token));
      refused(
        await hub.gql(
          `{ partnersAggregate { avg { commissionRate } min { billingDay } } }`,
          {},
          token,
        ),
      );
      // Counting with a condition on the fee is a probe: refused whatever is selected.
      refused(
        await hub.gql(
          `{ partnersAggregate(filter: { baseFee: { gte: "${FEE}" } }) { count } }`,
          {},
          token,
        ),
      );
    }
    // Unprotected figures still work for them, in the same query shape.
    const asins = ok(
      await hub.gql(`{ partnersAggregate(${one}) { count sum { parentAsinCount } } }`, {}, analyst),
    ).partnersAggregate[0];
    expect(asins.count).toBe(1);
    const money = ok(
      await hub.gql(
        `{ partnersAggregate(${one}) { sum { baseFee } max { baseFee } } }`,
        {},
        finance,
      ),
    ).partnersAggregate[0];
    expect(money).toEqual({ sum: { baseFee: Number(FEE) }, max: { baseFee: Number(FEE) } });
  });

  it("refuses a protected field's lineage, but not an open one's", async () => {
    await setFee(FEE);
    const lineage = (field: string, token: string) =>
      hub.gql(
        `query($id: ID!, $f: String!) { partner(id: $id) { lineage(field: $f) { currentValue history { value } } } }`,
        { id: partnerId, f: field },
        token,
      );
    for (const token of [podLeader, analyst, readonlyKey])
      for (const field of ["baseFee", "commissionRate", "billingDay"]) {
        const errors = refused(await lineage(field, token));
        expect(errors[0].extensions.field).toBe("field");
      }
    expect(ok(await lineage("notes", podLeader)).partner.lineage.currentValue).toBe("fee review");
    expect(ok(await lineage("baseFee", finance)).partner.lineage.currentValue).toBe(FEE);
  });

  it("refuses filters on protected fields of related records, at depth 1 and 2, inside and/or/not", async () => {
    await setFee(FEE);
    const probes = [
      `{ assignments(filter: { partner: { baseFee: { gt: "4000" } } }) { totalCount } }`,
      `{ asins(filter: { partner: { commissionRate: { gte: "0" } } }) { totalCount } }`,
      `{ opportunities(filter: { partner: { billingDay: { eq: 1 } } }) { totalCount } }`,
      `{ weeklyStatuses(filter: { or: [{ partner: { baseFee: { isNull: false } } }] }) { totalCount } }`,
      // depth 2: staff → assignments → partner
      `{ staffMembers(filter: { assignments: { some: { partner: { baseFee: { gt: "4000" } } } } }) { totalCount } }`,
      `{ partners(filter: { not: { assignments: { none: { partner: { baseFee: { lt: "5000" } } } } } }) { totalCount } }`,
      `{ assignmentsAggregate(filter: { partner: { baseFee: { gt: "4000" } } }) { count } }`,
      `{ staffAggregate(filter: { assignments: { some: { partner: { billingDay: { eq: 1 } } } } }) { count } }`,
    ];
    for (const token of [podLeader, analyst, readonlyKey])
      for (const q of probes) {
        const errors = refused(await hub.gql(q, {}, token));
        expect(errors[0].message).toMatch(/Partner\.\w+ needs the permission partners:financials/);
      }
    const errors = refused(await hub.gql(probes[4], {}, analyst));
    expect(errors[0].extensions.field).toBe("filter.assignments.some.partner.baseFee");
    for (const q of probes) ok(await hub.gql(q, {}, finance));
  });

  it("refuses ordering by a protected field (an order reveals it), at the root and in nested lists", async () => {
    for (const token of [podLeader, analyst, readonlyKey]) {
      for (const q of [
        `{ partners(orderBy: [{ baseFee: DESC }]) { nodes { id } } }`,
        `{ partners(orderBy: [{ brandName: ASC }, { billingDay: ASC }]) { nodes { id } } }`,
        `{ partners(first: 1, after: null, orderBy: [{ commissionRate: ASC }]) { pageInfo { endCursor } } }`,
      ])
        refused(await hub.gql(q, {}, token));
    }
    ok(await hub.gql(`{ partners(orderBy: [{ baseFee: DESC }]) { nodes { id } } }`, {}, finance));
  });

  it("redacts protected columns in audit diffs and partner history, for readers without the permission", async () => {
    await setFee("4000");
    await setFee(FEE);
    const q = `query($id: ID!) {
      auditLogs(filter: { tableName: { eq: "partners" }, recordId: { eq: $id } }, first: 1) { nodes { action changes } }
      partner(id: $id) { history(first: 1) { nodes { changes } } } }`;
    const seen = ok(await hub.gql(q, { id: partnerId }, operations));
    expect(JSON.stringify(seen)).not.toContain(FEE);
    expect(seen.auditLogs.nodes[0]).toEqual({
      action: "updatePartner",
      changes: { base_fee: REDACTED },
    });
    expect(seen.partner.history.nodes[0].changes).toEqual({ base_fee: REDACTED });
    const shown = ok(await hub.gql(q, { id: partnerId }, finance));
    expect(shown.auditLogs.nodes[0].changes.base_fee).toEqual([4000, Number(FEE)]);
  });

  it("redacts webhook payloads as shown to the viewer and as sent with the webhook owner's permissions", async () => {
    const create = async (token?: string, fields?: string[]) =>
      hub.gql(
        `mutation($i: CreateWebhookInput!) { createWebhook(input: $i) { webhook { id } } }`,
        { i: { url: receiverUrl, entities: ["PARTNER"], events: ["UPDATED"], fields } },
        token,
      );
    // Subscribing to a hidden field's changes would say when it changed.
    refused(await create(operations, ["baseFee"]));
    refused(await create(operations, ["status", "commissionRate"]));
    const opsHook = ok(await create(operations)).createWebhook.webhook.id;
    const adminHook = ok(await create()).createWebhook.webhook.id;
    await setFee("1000");
    await setFee(FEE);
    received.length = 0;
    while ((await sendDueWebhooks(hub.t.db, hub.outbound)) > 0);
    const bodies = received.map((b) => JSON.parse(b));
    const sentTo = (hook: string) => bodies.filter((b) => b.webhookId === hook);
    expect(sentTo(opsHook)).toHaveLength(2);
    for (const body of sentTo(opsHook)) expect(body.changes).toEqual({ baseFee: REDACTED });
    expect(JSON.stringify(sentTo(opsHook))).not.toContain(FEE);
    expect(sentTo(adminHook).map((b) => b.changes.baseFee.to)).toContain(Number(FEE));
    // As shown by the API: the viewer's permissions, whoever owns the webhook.
    const shown = (hook: string, token?: string) =>
      hub.gql(
        `query($id: ID!) { webhook(id: $id) { deliveries { nodes { payload } } } }`,
        { id: hook },
        token,
      );
    const toOps = ok(await shown(adminHook, operations)).webhook.deliveries.nodes;
    expect(toOps).toHaveLength(2);
    expect(JSON.stringify(toOps)).not.toContain(FEE);
    expect(toOps[0].payload.changes.baseFee).toBe(REDACTED);
    expect(JSON.stringify(ok(await shown(adminHook)))).toContain(FEE);
  });

  describe("the pipeline", () => {
    const HEADER = "Code,Brand,Fee";
    let sourceId: string;
    let batchId: string;
    beforeAll(async () => {
      sourceId = ok(
        await hub.gql(
          `mutation { createDataSource(input: { name: "Fee Sheet", type: CSV, connectionConfig: {} }) { id } }`,
        ),
      ).createDataSource.id;
      ok(
        await hub.gql(
          `mutation($id: ID!, $m: [FieldMappingInput!]!) { setFieldMappings(dataSourceId: $id, mappings: $m) { id } }`,
          {
            id: sourceId,
            m: [
              { sourceColumn: "Code", targetTable: "partners", targetField: "partner_code" },
              { sourceColumn: "Brand", targetTable: "partners", targetField: "brand_name" },
              {
                sourceColumn: "Fee",
                targetTable: "partners",
                targetField: "base_fee",
                transformType: "CURRENCY",
              },
            ],
          },
        ),
      );
      const run = ok(
        await hub.gql(
          `mutation($id: ID!, $csv: String) { runSync(dataSourceId: $id, csv: $csv) { batchId changesStaged } }`,
          {
            id: sourceId,
            csv: [
              HEADER,
              `${partnerCode},,"$7,654.32"`,
              ",Fresh Brand,7654.32",
              ",Bad Fee,7654.32 USD?",
            ].join("\n"),
          },
        ),
      ).runSync;
      batchId = run.batchId;
      expect(run.changesStaged).toBe(2);
    });

    it("redacts staged changes' old and new values of protected fields, at the root and under the source", async () => {
      const q = `query($b: ID!, $s: ID!) {
        stagedChanges(filter: { batchId: { eq: $b } }) { nodes { entityKey changedFields oldValues newValues } }
        dataSource(id: $s) { stagedChanges { nodes { newValues } } } }`;
      for (const token of [operations, analyst, readonlyKey]) {
        const seen = ok(await hub.gql(q, { b: batchId, s: sourceId }, token));
        expect(JSON.stringify(seen)).not.toMatch(/7654|7,654/);
        const update = seen.stagedChanges.nodes.find((c: any) => c.entityKey === partnerCode);
        expect(update.changedFields).toEqual(["base_fee"]); // that it changes is no secret
        expect(update.newValues).toEqual({ base_fee: REDACTED });
        expect(update.oldValues).toEqual({ base_fee: REDACTED });
        const create = seen.stagedChanges.nodes.find((c: any) => c.entityKey === "fresh brand");
        expect(create.newValues).toEqual({ brand_name: "Fresh Brand", base_fee: REDACTED });
      }
      const full = ok(await hub.gql(q, { b: batchId, s: sourceId }, finance));
      expect(JSON.stringify(full.stagedChanges)).toContain("7654.32");
    });

    it("redacts the cells of a sync's error log that belong to protected fields", async () => {
      const q = `query($s: ID!) { dataSource(id: $s) { syncLogs(first: 1) { nodes { errors errorLog } } } }`;
      const seen = ok(await hub.gql(q, { s: sourceId }, operations)).dataSource.syncLogs.nodes[0];
      expect(seen.errors).toBe(1);
      expect(seen.errorLog[0]).toMatchObject({ field: "base_fee", value: REDACTED, row: 4 });
      expect(JSON.stringify(seen)).not.toContain("USD?");
      const full = ok(await hub.gql(q, { s: sourceId })).dataSource.syncLogs.nodes[0];
      expect(full.errorLog[0].value).toBe("7654.32 USD?");
    });

    it("refuses writing a protected value through the review: editing, or applying, a change", async () => {
      const staged = ok(
        await hub.gql(
          `query($b: ID!) { stagedChanges(filter: { batchId: { eq: $b } }) { nodes { id entityKey } } }`,
          { b: batchId },
        ),
      ).stagedChanges.nodes;
      const update = staged.find((c: any) => c.entityKey === partnerCode).id;
      const errors = refused(
        await hub.gql(
          `mutation($id: ID!) { editStagedChange(id: $id, newValues: { base_fee: 1 }) { id } }`,
          { id: update },
          operations,
        ),
        "never",
      );
      expect(errors[0].extensions.field).toBe("newValues.base_fee");
      ok(
        await hub.gql(
          `mutation($b: ID!) { approveBatch(batchId: $b) }`,
          { b: batchId },
          operations,
        ),
      );
      const applied = ok(
        await hub.gql(
          `mutation($b: ID!) { applyBatch(batchId: $b) { applied conflicts } }`,
          { b: batchId },
          operations,
        ),
      ).applyBatch;
      expect(applied).toEqual({ applied: 0, conflicts: 2 });
      const after = ok(
        await hub.gql(
          `query($b: ID!) { stagedChanges(filter: { batchId: { eq: $b } }) { nodes { status applyError } } }`,
          { b: batchId },
        ),
      ).stagedChanges.nodes;
      expect(after[0].applyError).toMatch(
        /Changing Partner\.baseFee needs the permission partners:financials/,
      );
      // Someone who may write it applies it (a conflict is approved again first).
      ok(
        await hub.gql(`mutation($ids: [ID!]!) { approveStagedChanges(ids: $ids) }`, {
          ids: staged.map((c: any) => c.id),
        }),
      );
      expect(
        ok(
          await hub.gql(`mutation($b: ID!) { applyBatch(batchId: $b) { applied } }`, {
            b: batchId,
          }),
        ).applyBatch.applied,
      ).toBe(2);
    });

    it("redacts the raw source cells mapped to protected fields in sourceData, through the API and exports", async () => {
      const q = `query($id: ID!) { partner(id: $id) { sourceData } }`;
      const raw = ok(await hub.gql(q, { id: partnerId }, podLeader)).partner.sourceData[
        "Fee Sheet"
      ];
      expect(raw.values).toEqual({ Code: partnerCode, Brand: "", Fee: REDACTED });
      expect(
        ok(await hub.gql(q, { id: partnerId }, finance)).partner.sourceData["Fee Sheet"].values.Fee,
      ).toBe("$7,654.32");
      const csv = await exportCsv(
        `{ partners(filter: { partnerCode: { eq: "${partnerCode}" } }) { nodes { partnerCode sourceData } } }`,
        analyst,
      );
      expect(csv.status).toBe(200);
      expect(csv.body).toContain(REDACTED);
      expect(csv.body).not.toMatch(/7654|7,654/);
    });
  });

  const exportCsv = async (query: string, token: string) => {
    const res = await fetch(`${hub.url}/export.csv?${new URLSearchParams({ query })}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return { status: res.status, body: await res.text() };
  };

  it("refuses exports that select, filter or sort by a protected field", async () => {
    await setFee(FEE);
    for (const query of [
      `{ partners { nodes { brandName baseFee } } }`,
      `{ partners(filter: { baseFee: { gt: "4000" } }) { nodes { brandName } } }`,
      `{ partners(orderBy: [{ commissionRate: DESC }]) { nodes { brandName } } }`,
      `{ assignments(filter: { partner: { baseFee: { gt: "4000" } } }) { nodes { id } } }`,
      `{ opportunities { nodes { customerName commissionDetails } } }`,
    ]) {
      for (const token of [analyst, readonlyKey]) {
        const res = await exportCsv(query, token);
        expect(res.status).not.toBe(200);
        expect(JSON.parse(res.body).errors[0].extensions.code).toBe("FORBIDDEN");
        expect(res.body).not.toContain(FEE);
      }
    }
    const fine = await exportCsv(`{ partners { nodes { brandName baseFee } } }`, finance);
    expect(fine.body).toContain(FEE);
  });

  it("shows an opportunity's commission only with partners:financials, the rest of it to everyone who sees it", async () => {
    const q = `{ opportunities(first: 3) { nodes { customerName dealValue commissionDetails } } }`;
    for (const token of [podLeader, analyst, readonlyKey]) {
      const r = await hub.gql(q, {}, token);
      const nodes = r.data!.opportunities.nodes;
      expect(nodes.length).toBeGreaterThan(0);
      expect(nodes.every((n: any) => n.customerName && n.commissionDetails === null)).toBe(true);
      expect(r.errors!.map((e) => e.extensions.code)).toEqual(nodes.map(() => "FORBIDDEN"));
      expect(r.errors![0].message).toMatch(
        /Opportunity\.commissionDetails needs the permission partners:financials/,
      );
    }
    const created = await hub.gql(
      `mutation($p: ID!) { createOpportunity(input: { partnerId: $p, customerName: "Probe", dealValue: "10000", expectedCloseDate: "2026-12-31" }) { id commissionDetails } }`,
      { p: partnerId },
      podLeader,
    );
    expect(created.data!.createOpportunity.id).toBeTruthy();
    expect(created.errors![0].extensions.code).toBe("FORBIDDEN");
    // Its audit entry carries the commission too: redacted for operations, shown to finance.
    const audit = `query($id: ID!) { auditLogs(filter: { recordId: { eq: $id } }) { nodes { changes } } }`;
    const entry = ok(await hub.gql(audit, { id: created.data!.createOpportunity.id }, operations))
      .auditLogs.nodes[0].changes;
    expect(entry.commission_details).toBe(REDACTED);
    expect(entry.customer_name).toEqual([null, "Probe"]);
    expect(
      ok(await hub.gql(audit, { id: created.data!.createOpportunity.id }, finance)).auditLogs
        .nodes[0].changes.commission_details[1].amount,
    ).toBeGreaterThan(0);
    const full = ok(await hub.gql(q, {}, finance)).opportunities.nodes;
    expect(full.every((n: any) => typeof n.commissionDetails.amount === "number")).toBe(true);
  });
});
