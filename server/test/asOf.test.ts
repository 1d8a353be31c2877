// As-of reads over HTTP: partner(id, asOf) gives the partner's fields as they were, from
// the audit log: before and after edits through the API, before and after an applied
// pipeline batch, null before it existed, and found after it was archived.
import { TARGETS } from "./support/databases";
import { ok, startTestHub, type TestHub } from "./support/hub";

const PARTNER = `query($id: ID!, $at: DateTime) { partner(id: $id, asOf: $at) { id partnerCode brandName status baseFee contractStartDate } }`;
const tick = () => new Promise((r) => setTimeout(r, 20)); // audit timestamps are the database's clock; keep moments apart

describe.each(TARGETS)("as-of reads on %s", (target) => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub(target);
  });
  afterAll(() => hub.close());
  const at = async (id: string, when?: Date) =>
    ok(await hub.gql(PARTNER, { id, at: when?.toISOString() ?? null })).partner;
  const moment = async () => {
    await tick();
    const t = new Date();
    await tick();
    return t;
  };

  it("undoes later edits, newest first, and is null before the partner existed", async () => {
    const beforeCreate = await moment();
    const id = ok(
      await hub.gql(
        `mutation { createPartner(input: { brandName: "Then Co", status: ONBOARDING, baseFee: "1000", contractStartDate: "2026-01-01" }) { id } }`,
      ),
    ).createPartner.id;
    const created = await moment();
    ok(
      await hub.gql(
        `mutation($id: ID!) { updatePartner(id: $id, input: { brandName: "Now Co", status: ACTIVE }) { id } }`,
        { id },
      ),
    );
    const renamed = await moment();
    ok(
      await hub.gql(
        `mutation($id: ID!) { updatePartner(id: $id, input: { baseFee: "2500", contractStartDate: "2026-03-01" }) { id } }`,
        { id },
      ),
    );
    const repriced = await moment();
    ok(await hub.gql(`mutation($id: ID!) { archivePartner(id: $id) { id } }`, { id }));

    expect(await at(id, beforeCreate)).toBeNull();
    expect(await at(id, created)).toMatchObject({
      brandName: "Then Co",
      status: "ONBOARDING",
      baseFee: "1000",
      contractStartDate: "2026-01-01",
    });
    expect(await at(id, renamed)).toMatchObject({
      brandName: "Now Co",
      status: "ACTIVE",
      baseFee: "1000",
      contractStartDate: "2026-01-01",
    });
    expect(await at(id, repriced)).toMatchObject({
      brandName: "Now Co",
      baseFee: "2500",
      contractStartDate: "2026-03-01",
    }); // archived since, still there then
    expect(await at(id)).toBeNull(); // today it is archived
    expect((await at(id, created)).partnerCode).toMatch(/^SO-\d{4}$/);
  });

  it("reads a partner before and after an applied pipeline batch", async () => {
    const source = ok(
      await hub.gql(
        `mutation { createDataSource(input: { name: "As-of sheet", type: CSV, connectionConfig: {} }) { id } }`,
      ),
    ).createDataSource.id;
    ok(
      await hub.gql(
        `mutation($id: ID!, $m: [FieldMappingInput!]!) { setFieldMappings(dataSourceId: $id, mappings: $m) { id } }`,
        {
          id: source,
          m: [
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
    const sync = async (csv: string) => {
      const run = ok(
        await hub.gql(
          `mutation($id: ID!, $csv: String) { runSync(dataSourceId: $id, csv: $csv) { batchId } }`,
          { id: source, csv },
        ),
      ).runSync;
      ok(await hub.gql(`mutation($b: ID!) { approveBatch(batchId: $b) }`, { b: run.batchId }));
      ok(
        await hub.gql(`mutation($b: ID!) { applyBatch(batchId: $b) { applied } }`, {
          b: run.batchId,
        }),
      );
    };
    await sync("Brand,Fee\nSheet Born Co,$700");
    const id = ok(
      await hub.gql(
        `{ partners(filter: { brandName: { eq: "Sheet Born Co" } }) { nodes { id } } }`,
      ),
    ).partners.nodes[0].id;
    const beforeBatch = await moment();
    await sync("Brand,Fee\nSheet Born Co,$900");
    expect(await at(id, beforeBatch)).toMatchObject({ brandName: "Sheet Born Co", baseFee: "700" });
    expect(await at(id, new Date())).toMatchObject({ baseFee: "900" });
  });
});
