// Review and apply over HTTP: approve, reject with a reason, edit before approving, apply
// each change all-or-nothing with lineage and source_data, conflicts, and concurrency.
import { getLogs } from "@prisma/debug";
import { TARGETS } from "./support/databases";
import { failure, ok, startTestHub, type TestHub } from "./support/hub";

const HEADER = "Code,Brand,Fee";
const MAPPINGS = (priority: number, isAuthoritative = false) => [
  { sourceColumn: "Code", targetTable: "partners", targetField: "partner_code" },
  { sourceColumn: "Brand", targetTable: "partners", targetField: "brand_name" },
  {
    sourceColumn: "Fee",
    targetTable: "partners",
    targetField: "base_fee",
    transformType: "CURRENCY",
    priority,
    isAuthoritative,
  },
];

describe.each(TARGETS)("review and apply on %s", (target) => {
  let hub: TestHub;
  const source = async (name: string, priority = 0, isAuthoritative = false) => {
    const id = ok(
      await hub.gql(
        `mutation($n: String!) { createDataSource(input: { name: $n, type: CSV, connectionConfig: {} }) { id } }`,
        { n: name },
      ),
    ).createDataSource.id;
    ok(
      await hub.gql(
        `mutation($id: ID!, $m: [FieldMappingInput!]!) { setFieldMappings(dataSourceId: $id, mappings: $m) { id } }`,
        { id, m: MAPPINGS(priority, isAuthoritative) },
      ),
    );
    return id;
  };
  const sync = async (id: string, rows: string[]) =>
    ok(
      await hub.gql(
        `mutation($id: ID!, $csv: String) { runSync(dataSourceId: $id, csv: $csv) { batchId changesStaged errors } }`,
        { id, csv: [HEADER, ...rows].join("\n") },
      ),
    ).runSync;
  const changes = async (batch: string) =>
    ok(
      await hub.gql(
        `query($b: ID!) { stagedChanges(filter: { batchId: { eq: $b } }) { nodes { id entityKey status applyError newValues reviewedBy { email } } } }`,
        { b: batch },
      ),
    ).stagedChanges.nodes;
  const fee = async (code: string) =>
    (
      await hub.t.db.prisma.partner.findFirstOrThrow({
        where: { organizationId: hub.demoOrgId, partnerCode: code },
      })
    ).baseFee?.toString();
  const apply = async (batch: string) =>
    ok(
      await hub.gql(`mutation($b: ID!) { applyBatch(batchId: $b) { applied failed conflicts } }`, {
        b: batch,
      }),
    ).applyBatch;

  beforeAll(async () => {
    hub = await startTestHub(target);
  });
  afterAll(() => hub.close());

  it("applies approved changes with lineage, keeps the source row, and records refusals per change", async () => {
    const src = await source("Finance Sheet");
    const run = await sync(src, [
      'SO-0001,,"$4,321.00"',
      ",Newly Signed,1500",
      ",Broken Fee,(20)",
      "SO-0002,,999",
    ]);
    expect(run.changesStaged).toBe(4);
    const staged = await changes(run.batchId);
    const byKey = (k: string) => staged.find((c: any) => c.entityKey === k);

    expect(
      failure(
        await hub.gql(`mutation($ids: [ID!]!) { rejectStagedChanges(ids: $ids, reason: " ") }`, {
          ids: [byKey("SO-0002").id],
        }),
      ).field,
    ).toBe("reason");
    expect(
      ok(
        await hub.gql(
          `mutation($ids: [ID!]!) { rejectStagedChanges(ids: $ids, reason: "Fee not agreed yet") }`,
          { ids: [byKey("SO-0002").id] },
        ),
      ).rejectStagedChanges,
    ).toBe(1);
    const edited = ok(
      await hub.gql(
        `mutation($id: ID!) { editStagedChange(id: $id, newValues: { brand_name: "Newly Signed", base_fee: "1750.25" }) { newValues changedFields } }`,
        { id: byKey("newly signed").id },
      ),
    ).editStagedChange;
    expect(edited.newValues).toEqual({ brand_name: "Newly Signed", base_fee: 1750.25 });
    expect(
      failure(
        await hub.gql(
          `mutation($id: ID!) { editStagedChange(id: $id, newValues: { salary: 1 }) { id } }`,
          { id: byKey("newly signed").id },
        ),
      ).field,
    ).toBe("newValues.salary");
    expect(
      failure(
        await hub.gql(
          `mutation($id: ID!) { editStagedChange(id: $id, newValues: { base_fee: "lots" }) { id } }`,
          { id: byKey("newly signed").id },
        ),
      ).field,
    ).toBe("newValues.base_fee");

    expect(
      ok(await hub.gql(`mutation($b: ID!) { approveBatch(batchId: $b) }`, { b: run.batchId }))
        .approveBatch,
    ).toBe(3);
    expect(await apply(run.batchId)).toEqual({ applied: 2, failed: 1, conflicts: 0 });

    expect(await fee("SO-0001")).toBe("4321");
    const created = await hub.t.db.prisma.partner.findFirstOrThrow({
      where: { brandName: "Newly Signed" },
    });
    expect(created.baseFee?.toString()).toBe("1750.25");
    expect(created.sourceData).toEqual({
      "Finance Sheet": {
        row: 3,
        tab: "Finance Sheet",
        values: { Code: "", Brand: "Newly Signed", Fee: "1500" },
      },
    });
    const after = await changes(run.batchId);
    expect(after.find((c: any) => c.entityKey === "broken fee")).toMatchObject({
      status: "FAILED",
      applyError: expect.stringMatching(/base_fee|check constraint/),
    });
    expect(after.find((c: any) => c.entityKey === "SO-0002")).toMatchObject({ status: "REJECTED" });
    expect(await fee("SO-0002")).not.toBe("999");
    expect(await hub.t.db.prisma.partner.count({ where: { brandName: "Broken Fee" } })).toBe(0);

    const lineage = ok(
      await hub.gql(`{ partnerByCode(code: "SO-0001") { baseFee lineage(field: "baseFee") {
      currentValue fieldName authoritativeSource { name } history { value sourceName batchId sourceReference changedBy { email } approvedBy { email } } } } }`),
    ).partnerByCode;
    expect(lineage.lineage).toMatchObject({
      currentValue: "4321",
      fieldName: "base_fee",
      authoritativeSource: { name: "Finance Sheet" },
    });
    expect(lineage.lineage.history).toEqual([
      {
        value: 4321,
        sourceName: "Finance Sheet",
        batchId: run.batchId,
        sourceReference: "Row 2 of tab 'Finance Sheet'",
        changedBy: { email: "sophie.admin@sophiesociety.com" },
        approvedBy: { email: "sophie.admin@sophiesociety.com" },
      },
    ]);
    expect(
      ok(await hub.gql(`{ partnerByCode(code: "SO-0001") { lineage(field: "tier") { id } } }`))
        .partnerByCode.lineage,
    ).toBeNull();
    const log = ok(
      await hub.gql(
        `query($id: ID!) { dataSource(id: $id) { syncLogs(first: 1) { nodes { changesApplied } } } }`,
        { id: src },
      ),
    ).dataSource.syncLogs.nodes[0];
    expect(log.changesApplied).toBe(2);
  });

  it("turns a change into a conflict when the record moved on, or a stronger source owns the field", async () => {
    const low = await source("Low Sheet", 0);
    const run = await sync(low, ["SO-0005,,1111"]);
    const [change] = await changes(run.batchId);
    const partner = await hub.t.db.prisma.partner.findFirstOrThrow({
      where: { organizationId: hub.demoOrgId, partnerCode: "SO-0005" },
    });
    ok(
      await hub.gql(
        `mutation($id: ID!) { updatePartner(id: $id, input: { baseFee: "2222" }) { id } }`,
        { id: partner.id },
      ),
    );
    ok(
      await hub.gql(`mutation($ids: [ID!]!) { approveStagedChanges(ids: $ids) }`, {
        ids: [change.id],
      }),
    );
    expect(await apply(run.batchId)).toEqual({ applied: 0, failed: 0, conflicts: 1 });
    expect((await changes(run.batchId))[0]).toMatchObject({
      status: "CONFLICT",
      applyError: "Changed since it was staged: base_fee.",
    });
    expect(await fee("SO-0005")).toBe("2222");

    const high = await source("Authoritative Sheet", 10, true);
    const owned = await sync(high, ["SO-0006,,3000"]);
    ok(await hub.gql(`mutation($b: ID!) { approveBatch(batchId: $b) }`, { b: owned.batchId }));
    expect((await apply(owned.batchId)).applied).toBe(1);
    const weaker = await sync(low, ["SO-0006,,100"]);
    // Staged as a conflict already, so approving the batch leaves it for a person to decide.
    const [contested] = await changes(weaker.batchId);
    expect(contested).toMatchObject({
      status: "CONFLICT",
      applyError: "Owned by a source with higher authority: base_fee.",
    });
    expect(
      ok(await hub.gql(`mutation($b: ID!) { approveBatch(batchId: $b) }`, { b: weaker.batchId }))
        .approveBatch,
    ).toBe(0);
    ok(
      await hub.gql(`mutation($ids: [ID!]!) { approveStagedChanges(ids: $ids) }`, {
        ids: [contested.id],
      }),
    );
    expect(await apply(weaker.batchId)).toEqual({ applied: 0, failed: 0, conflicts: 1 });
    expect((await changes(weaker.batchId))[0].applyError).toBe(
      "Owned by a source with higher authority: base_fee.",
    );
    expect(await fee("SO-0006")).toBe("3000");
  });

  it("leaves no staged values in Prisma's debug history after staging and applying", async () => {
    // Prisma keeps its last 100 debug calls' arguments whether or not debugging is on: bulk
    // statements (megabytes of JSON) go straight to the transaction, so none of them stay there.
    const logs = () => getLogs(Number.MAX_SAFE_INTEGER);
    const src = await source("Forgetful Sheet");
    const run = await sync(src, [",Debug History Marker,123"]);
    expect(logs()).not.toContain("Debug History Marker");
    ok(await hub.gql(`mutation($b: ID!) { approveBatch(batchId: $b) }`, { b: run.batchId }));
    expect((await apply(run.batchId)).applied).toBe(1);
    expect(logs()).not.toContain("Debug History Marker");
  });

  it("never applies a change twice when two applies race", async () => {
    const src = await source("Race Sheet");
    const run = await sync(src, ["SO-0007,,777", "SO-0008,,888", ",Race Brand,100"]);
    ok(await hub.gql(`mutation($b: ID!) { approveBatch(batchId: $b) }`, { b: run.batchId }));
    const [a, b] = await Promise.all([apply(run.batchId), apply(run.batchId)]);
    expect(a.applied + b.applied).toBe(3);
    expect(await hub.t.db.prisma.partner.count({ where: { brandName: "Race Brand" } })).toBe(1);
    const history = await hub.t.db.prisma.fieldLineage.findFirstOrThrow({
      where: {
        fieldName: "base_fee",
        entityId: (
          await hub.t.db.prisma.partner.findFirstOrThrow({
            where: { organizationId: hub.demoOrgId, partnerCode: "SO-0007" },
          })
        ).id,
      },
    });
    expect((history.history as unknown[]).length).toBe(1);
  });

  it("audits each record a bulk apply writes once, with only the columns that changed", async () => {
    const src = await source("Audit Sheet");
    const run = await sync(src, ["SO-0011,,911", ",Audit Brand One,101", ",Audit Brand Two,102"]);
    ok(await hub.gql(`mutation($b: ID!) { approveBatch(batchId: $b) }`, { b: run.batchId }));
    expect((await apply(run.batchId)).applied).toBe(3);
    const audited = async (brandName: string) => {
      const { id } = await hub.t.db.prisma.partner.findFirstOrThrow({
        where: { organizationId: hub.demoOrgId, brandName },
      });
      return ok(
        await hub.gql(
          `query($id: ID!) { auditLogs(filter: { recordId: { eq: $id }, action: { eq: "applyBatch" } }) { nodes { tableName changes } } }`,
          { id },
        ),
      ).auditLogs.nodes;
    };
    const [created] = await audited("Audit Brand One");
    expect(created.tableName).toBe("partners");
    expect(created.changes).toMatchObject({
      brand_name: [null, "Audit Brand One"],
      base_fee: [null, 101],
      partner_code: [null, expect.stringMatching(/^SO-\d{4,}$/)],
    });
    expect(created.changes).not.toHaveProperty("notes"); // null on insert: not a change
    expect(await audited("Audit Brand Two")).toHaveLength(1);
    const so11 = await hub.t.db.prisma.partner.findFirstOrThrow({
      where: { organizationId: hub.demoOrgId, partnerCode: "SO-0011" },
    });
    const updated = await audited(so11.brandName);
    expect(updated).toHaveLength(1);
    expect(Object.keys(updated[0].changes).sort()).toEqual(["base_fee", "source_data"]);
    expect(updated[0].changes.base_fee[1]).toBe(911);
    // An update that changes nothing is not audited.
    const before = await hub.t.db.prisma.auditLog.count();
    ok(
      await hub.gql(
        `mutation($id: ID!, $n: String) { updatePartner(id: $id, input: { notes: $n }) { id } }`,
        { id: so11.id, n: so11.notes },
      ),
    );
    expect(await hub.t.db.prisma.auditLog.count()).toBe(before);
  });
  it("reverts a batch through a new batch that is reviewed and applied like any other", async () => {
    const src = await source("Revert Sheet");
    const before = await fee("SO-0009");
    const run = await sync(src, ["SO-0009,,9999", ",Revert Me,100"]);
    ok(await hub.gql(`mutation($b: ID!) { approveBatch(batchId: $b) }`, { b: run.batchId }));
    expect((await apply(run.batchId)).applied).toBe(2);
    const revert = ok(
      await hub.gql(`mutation($b: ID!) { revertBatch(batchId: $b) }`, { b: run.batchId }),
    ).revertBatch;
    const staged = ok(
      await hub.gql(
        `query($b: ID!) { stagedChanges(filter: { batchId: { eq: $b } }) { nodes { changeType entityKey newValues status sourceReference } } }`,
        { b: revert },
      ),
    ).stagedChanges.nodes;
    expect(staged.map((c: any) => [c.entityKey, c.changeType, c.status]).sort()).toEqual([
      ["SO-0009", "UPDATE", "PENDING"],
      ["revert me", "DELETE", "PENDING"],
    ]);
    expect(staged.find((c: any) => c.changeType === "UPDATE").newValues).toEqual({
      base_fee: before === undefined ? null : Number(before),
    });
    expect(await fee("SO-0009")).toBe("9999"); // nothing changes until the revert is approved and applied
    ok(await hub.gql(`mutation($b: ID!) { approveBatch(batchId: $b) }`, { b: revert }));
    expect(await apply(revert)).toEqual({ applied: 2, failed: 0, conflicts: 0 });
    expect(await fee("SO-0009")).toBe(before);
    expect(await hub.t.db.prisma.partner.count({ where: { brandName: "Revert Me" } })).toBe(0); // archived
    const history = ok(
      await hub.gql(
        `{ partnerByCode(code: "SO-0009") { lineage(field: "baseFee") { history { sourceName sourceReference } } } }`,
      ),
    ).partnerByCode.lineage.history;
    expect(history.map((h: any) => h.sourceName)).toEqual(["Revert Sheet", "manual"]);
    expect(history[1].sourceReference).toMatch(new RegExp(`^Revert of batch ${run.batchId}`));
    expect(
      failure(
        await hub.gql(`mutation($b: ID!) { revertBatch(batchId: $b) }`, {
          b: "00000000-0000-4000-8000-000000000000",
        }),
      ).code,
    ).toBe("NOT_FOUND");
    expect(failure(await hub.gql(`mutation { revertBatch(batchId: "x") }`)).code).toBe("NOT_FOUND"); // never "every batch"
  });

  it("writes the lineage of every field of a full chunk", async () => {
    // 520 records of 4 fields: a 500-change chunk writes 2,000 lineage rows, the second chunk 80.
    const id = ok(
      await hub.gql(
        `mutation { createDataSource(input: { name: "Wide Sheet", type: CSV, connectionConfig: {} }) { id } }`,
      ),
    ).createDataSource.id;
    const m = [
      ["Brand", "brand_name"],
      ["Client", "client_name"],
      ["Notes", "notes"],
      ["Fee", "base_fee"],
    ].map(([sourceColumn, targetField]) => ({
      sourceColumn,
      targetTable: "partners",
      targetField,
    }));
    ok(
      await hub.gql(
        `mutation($id: ID!, $m: [FieldMappingInput!]!) { setFieldMappings(dataSourceId: $id, mappings: $m) { id } }`,
        { id, m },
      ),
    );
    const csv = [
      "Brand,Client,Notes,Fee",
      ...Array.from({ length: 520 }, (_, i) => `Wide Brand ${i},Client ${i},note ${i},${100 + i}`),
    ].join("\n");
    const run = ok(
      await hub.gql(
        `mutation($id: ID!, $csv: String) { runSync(dataSourceId: $id, csv: $csv) { batchId changesStaged } }`,
        { id, csv },
      ),
    ).runSync;
    expect(run.changesStaged).toBe(520);
    ok(await hub.gql(`mutation($b: ID!) { approveBatch(batchId: $b) }`, { b: run.batchId }));
    expect((await apply(run.batchId)).applied).toBe(520);
    const partners = await hub.t.db.prisma.partner.findMany({
      where: { organizationId: hub.demoOrgId, brandName: { startsWith: "Wide Brand " } },
      select: { id: true },
    });
    expect(partners).toHaveLength(520);
    const lineage = await hub.t.db.prisma.fieldLineage.groupBy({
      by: ["fieldName"],
      where: { entityId: { in: partners.map((p) => p.id) } },
      _count: true,
    });
    expect(Object.fromEntries(lineage.map((l) => [l.fieldName, l._count]))).toEqual({
      brand_name: 520,
      client_name: 520,
      notes: 520,
      base_fee: 520,
    });
  });

  it("writes lineage for manual edits too", async () => {
    const partner = await hub.t.db.prisma.partner.findFirstOrThrow({
      where: { organizationId: hub.demoOrgId, partnerCode: "SO-0010" },
    });
    ok(
      await hub.gql(
        `mutation($id: ID!) { updatePartner(id: $id, input: { baseFee: "1234.5", notes: "renegotiated" }) { id } }`,
        { id: partner.id },
      ),
    );
    const lineage = ok(
      await hub.gql(`{ partnerByCode(code: "SO-0010") { fee: lineage(field: "baseFee") { currentValue authoritativeSource { name } history { value sourceName changedBy { email } } }
      notes: lineage(field: "notes") { currentValue } tier: lineage(field: "tier") { id } } }`),
    ).partnerByCode;
    expect(lineage.fee).toEqual({
      currentValue: "1234.5",
      authoritativeSource: null,
      history: [
        {
          value: 1234.5,
          sourceName: "manual",
          changedBy: { email: "sophie.admin@sophiesociety.com" },
        },
      ],
    });
    expect(lineage.notes.currentValue).toBe("renegotiated");
    expect(lineage.tier).toBeNull(); // unchanged fields get no entry
  });

  it("keeps review to roles with pipeline:review", async () => {
    const leader = await hub.tokenFor("priya.natarajan@sophiesociety.com");
    expect(
      failure(
        await hub.gql(
          `mutation { approveBatch(batchId: "00000000-0000-4000-8000-000000000000") }`,
          {},
          leader,
        ),
      ).code,
    ).toBe("FORBIDDEN");
    expect(
      failure(
        await hub.gql(`mutation { approveBatch(batchId: "00000000-0000-4000-8000-000000000000") }`),
      ).code,
    ).toBe("NOT_FOUND");
  });
});
