// Sources that write staff, ASINs and assignments: natural keys per entity, lookups of
// partners and staff by name, code or email, CUSTOM value tables, and lineage on Staff.
import { TARGETS } from "./support/databases";
import { failure, ok, startTestHub, type TestHub } from "./support/hub";

const SYNC = `mutation($id: ID!, $csv: String) { runSync(dataSourceId: $id, csv: $csv) { batchId status changesStaged errors errorLog } }`;
const STAGED = `query($b: ID!) { stagedChanges(first: 100, filter: { batchId: { eq: $b } }, orderBy: [{ sourceReference: ASC }]) {
  nodes { id entityType entityKey entityId changeType newValues oldValues status applyError } } }`;

describe.each(TARGETS)("staff, ASIN and assignment sources on %s", (target) => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub(target);
  });
  afterAll(() => hub.close());

  const source = async (name: string, mappings: unknown[]) => {
    const id = ok(
      await hub.gql(
        `mutation($n: String!) { createDataSource(input: { name: $n, type: CSV, connectionConfig: {} }) { id } }`,
        { n: name },
      ),
    ).createDataSource.id;
    ok(
      await hub.gql(
        `mutation($id: ID!, $m: [FieldMappingInput!]!) { setFieldMappings(dataSourceId: $id, mappings: $m) { id } }`,
        { id, m: mappings },
      ),
    );
    return id;
  };
  const sync = async (id: string, lines: string[]) =>
    ok(await hub.gql(SYNC, { id, csv: lines.join("\n") })).runSync;
  const staged = async (batch: string) =>
    ok(await hub.gql(STAGED, { b: batch })).stagedChanges.nodes;
  const approveAndApply = async (batch: string) => {
    ok(await hub.gql(`mutation($b: ID!) { approveBatch(batchId: $b) }`, { b: batch }));
    return ok(
      await hub.gql(`mutation($b: ID!) { applyBatch(batchId: $b) { applied failed conflicts } }`, {
        b: batch,
      }),
    ).applyBatch;
  };

  it("refuses mappings that cannot match rows, or transforms that do not fit", async () => {
    const id = ok(
      await hub.gql(
        `mutation { createDataSource(input: { name: "Bad Map", type: CSV, connectionConfig: {} }) { id } }`,
      ),
    ).createDataSource.id;
    const set = (m: unknown) =>
      hub.gql(
        `mutation($id: ID!, $m: [FieldMappingInput!]!) { setFieldMappings(dataSourceId: $id, mappings: $m) { id } }`,
        { id, m },
      );
    expect(
      failure(await set([{ sourceColumn: "ASIN", targetTable: "asins", targetField: "asin_code" }]))
        .message,
    ).toMatch(/Map columns to partner_id and asin_code/);
    expect(
      failure(await set([{ sourceColumn: "Name", targetTable: "staff", targetField: "full_name" }]))
        .message,
    ).toMatch(/Map columns to email/);
    expect(
      failure(
        await set([
          {
            sourceColumn: "Email",
            targetTable: "staff",
            targetField: "email",
            transformType: "LOOKUP",
          },
        ]),
      ).field,
    ).toBe("mappings[0].transformType");
    expect(
      failure(
        await set([
          {
            sourceColumn: "Tier",
            targetTable: "partners",
            targetField: "tier",
            transformType: "CUSTOM",
          },
          { sourceColumn: "Code", targetTable: "partners", targetField: "partner_code" },
        ]),
      ),
    ).toMatchObject({ field: "mappings[0].transformConfig" });
    expect(
      failure(
        await set([
          {
            sourceColumn: "Brand",
            targetTable: "asins",
            targetField: "partner_id",
            transformConfig: { by: "email" },
          },
          { sourceColumn: "ASIN", targetTable: "asins", targetField: "asin_code" },
        ]),
      ).message,
    ).toMatch(/by "code" or "brand"/);
  });

  it("matches staff by email, creates new ones, and keeps lineage on Staff", async () => {
    const id = await source("People Sheet", [
      { sourceColumn: "Email", targetTable: "staff", targetField: "email" },
      { sourceColumn: "Name", targetTable: "staff", targetField: "full_name" },
      {
        sourceColumn: "Role",
        targetTable: "staff",
        targetField: "role",
        transformType: "CUSTOM",
        transformConfig: { map: { PPC: "ppc_manager", "Pod Lead": "pod_leader" } },
      },
      { sourceColumn: "Capacity", targetTable: "staff", targetField: "max_clients" },
    ]);
    const run = await sync(id, [
      "Email,Name,Role,Capacity",
      "PRIYA.NATARAJAN@sophiesociety.com ,Priya Natarajan,Pod Lead,14",
      "new.hire@sophiesociety.com,New Hire,PPC,5",
      "nobody@sophiesociety.com,,PPC,5",
      "broken@sophiesociety.com,Broken,Astronaut,3",
    ]);
    expect(run).toMatchObject({ status: "COMPLETED", errors: 2 });
    expect(run.errorLog.map((e: any) => [e.row, e.field])).toEqual([
      [4, "full_name"],
      [5, "role"],
    ]);
    const changes = await staged(run.batchId);
    expect(changes.map((c: any) => [c.entityType, c.entityKey, c.changeType])).toEqual([
      ["STAFF", "priya.natarajan@sophiesociety.com", "UPDATE"],
      ["STAFF", "new.hire@sophiesociety.com", "CREATE"],
    ]);
    expect(changes[0].newValues).toEqual({ max_clients: 14 }); // name and role unchanged
    expect(await approveAndApply(run.batchId)).toEqual({ applied: 2, failed: 0, conflicts: 0 });
    const hired = ok(
      await hub.gql(
        `{ staffByEmail(email: "new.hire@sophiesociety.com") { fullName role maxClients staffCode lineage(field: "role") { currentValue history { sourceName sourceReference } } } }`,
      ),
    ).staffByEmail;
    expect(hired).toMatchObject({
      fullName: "New Hire",
      role: "PPC_MANAGER",
      maxClients: 5,
      lineage: {
        currentValue: "ppc_manager",
        history: [{ sourceName: "People Sheet", sourceReference: "Row 3 of tab 'People Sheet'" }],
      },
    });
    expect(hired.staffCode).toMatch(/^ST-\d{4}$/);
    expect(
      ok(
        await hub.gql(
          `{ staffByEmail(email: "priya.natarajan@sophiesociety.com") { maxClients lineage(field: "maxClients") { currentValue } } }`,
        ),
      ).staffByEmail,
    ).toEqual({ maxClients: 14, lineage: { currentValue: "14" } });
    expect(
      (await sync(id, ["Email,Name,Role,Capacity", "new.hire@sophiesociety.com,New Hire,PPC,5"]))
        .changesStaged,
    ).toBe(0);
    // A manual edit through the API is lineage too.
    const staffId = (
      await hub.t.db.prisma.staff.findFirstOrThrow({
        where: { email: "new.hire@sophiesociety.com" },
      })
    ).id;
    ok(
      await hub.gql(
        `mutation($id: ID!) { updateStaff(id: $id, input: { maxClients: 7 }) { id } }`,
        { id: staffId },
      ),
    );
    const history = ok(
      await hub.gql(
        `{ staffByEmail(email: "new.hire@sophiesociety.com") { lineage(field: "maxClients") { history { value sourceName } } } }`,
      ),
    ).staffByEmail.lineage.history;
    expect(history).toEqual([
      { value: 5, sourceName: "People Sheet" },
      { value: 7, sourceName: "manual" },
    ]);
  });

  it("finds ASINs by partner and code, with partners looked up by code or brand", async () => {
    const partner = await hub.t.db.prisma.partner.findFirstOrThrow({
      where: { organizationId: hub.demoOrgId, partnerCode: "SO-0003" },
    });
    const existing = await hub.t.db.prisma.asin.findFirstOrThrow({
      where: { partnerId: partner.id, isParent: true },
    });
    const id = await source("Catalog Sheet", [
      {
        sourceColumn: "Partner",
        targetTable: "asins",
        targetField: "partner_id",
        transformType: "LOOKUP",
      },
      { sourceColumn: "ASIN", targetTable: "asins", targetField: "asin_code" },
      {
        sourceColumn: "Price",
        targetTable: "asins",
        targetField: "price",
        transformType: "CURRENCY",
      },
      {
        sourceColumn: "Parent?",
        targetTable: "asins",
        targetField: "is_parent",
        transformType: "BOOLEAN",
      },
    ]);
    const run = await sync(id, [
      "Partner,ASIN,Price,Parent?",
      `${partner.brandName.toUpperCase()},${existing.asinCode.toLowerCase()},$19.99,✓`,
      `so-0003,B0NEWASIN1,"$1,024.00",no`,
      "Nobody Brand,B0NEWASIN2,5,no",
      "SO-0003,TOOSHORT,5,no",
      "SO-0003,B0NEWASIN1,6,no",
    ]);
    expect(run.errorLog.map((e: any) => [e.row, e.field, e.message])).toEqual([
      [4, "partner_id", 'no partner has the partner code or brand name "Nobody Brand"'],
      [5, "asin_code", '"TOOSHORT" is not an ASIN (10 letters or digits, e.g. B0C1234567)'],
      [
        6,
        "partner_id",
        "Duplicate of row 3: the same asin (SO-0003/B0NEWASIN1) appears twice in the sheet.",
      ],
    ]);
    const changes = await staged(run.batchId);
    expect(changes.map((c: any) => [c.entityKey, c.changeType])).toEqual([
      [`SO-0003/${existing.asinCode}`, "UPDATE"],
      ["SO-0003/B0NEWASIN1", "CREATE"],
    ]);
    expect(changes[0].newValues).toEqual({ price: 19.99 });
    expect(changes[1].newValues).toEqual({
      partner_id: partner.id,
      asin_code: "B0NEWASIN1",
      price: 1024,
      is_parent: false,
    });
    expect(await approveAndApply(run.batchId)).toEqual({ applied: 2, failed: 0, conflicts: 0 });
    const created = await hub.t.db.prisma.asin.findFirstOrThrow({
      where: { partnerId: partner.id, asinCode: "B0NEWASIN1" },
    });
    expect(created.price?.toString()).toBe("1024");
    expect(created.sourceData).toMatchObject({
      "Catalog Sheet": {
        row: 3,
        values: { Partner: "so-0003", ASIN: "B0NEWASIN1", Price: "$1,024.00" },
      },
    });
    const lineage = ok(
      await hub.gql(
        `query($id: ID!) { asin(id: $id) { lineage(field: "price") { currentValue } } }`,
        { id: existing.id },
      ),
    ).asin.lineage;
    expect(lineage).toEqual({ currentValue: "19.99" });
  });

  it("assigns staff to partners by name or email, and ends assignments on revert", async () => {
    const id = await source("Team Sheet", [
      {
        sourceColumn: "Client",
        targetTable: "partner_assignments",
        targetField: "partner_id",
        transformConfig: { by: "code" },
      },
      {
        sourceColumn: "Person",
        targetTable: "partner_assignments",
        targetField: "staff_id",
        transformType: "LOOKUP",
      },
      { sourceColumn: "Role", targetTable: "partner_assignments", targetField: "assignment_role" },
      { sourceColumn: "Notes", targetTable: "partner_assignments", targetField: "notes" },
    ]);
    const run = await sync(id, [
      "Client,Person,Role,Notes",
      "SO-0040,  ravi   kapoor ,PPC Manager,from the team sheet",
      "SO-0040,nobody@sophiesociety.com,PPC Manager,",
      "Unknown Brand,Ravi Kapoor,PPC Manager,",
    ]);
    expect(run.errorLog.map((e: any) => [e.row, e.field])).toEqual([
      [3, "staff_id"],
      [4, "partner_id"],
    ]);
    expect(run.errorLog[1].message).toMatch(/no partner has the partner code "Unknown Brand"/); // by code only
    const [change] = await staged(run.batchId);
    expect(change).toMatchObject({
      entityType: "ASSIGNMENT",
      entityKey: expect.stringMatching(/^SO-0040\/.+@sophiesociety.com\/ppc_manager$/),
      changeType: "CREATE",
    });
    expect(await approveAndApply(run.batchId)).toEqual({ applied: 1, failed: 0, conflicts: 0 });
    const team = () =>
      hub.gql(
        `{ partnerByCode(code: "SO-0040") { activeAssignments { staff { fullName } assignmentRole notes } } }`,
      );
    expect(ok(await team()).partnerByCode.activeAssignments).toContainEqual({
      staff: { fullName: "Ravi Kapoor" },
      assignmentRole: "PPC_MANAGER",
      notes: "from the team sheet",
    });
    const revert = ok(
      await hub.gql(`mutation($b: ID!) { revertBatch(batchId: $b) }`, { b: run.batchId }),
    ).revertBatch;
    expect(await approveAndApply(revert)).toEqual({ applied: 1, failed: 0, conflicts: 0 });
    expect(
      ok(await team()).partnerByCode.activeAssignments.map((a: any) => a.staff.fullName),
    ).not.toContain("Ravi Kapoor");
  });

  it("says which staff member a name cannot tell apart", async () => {
    const org = hub.demoOrgId;
    await hub.t.db.prisma.staff.create({
      data: {
        organizationId: org,
        fullName: "Ravi Kapoor",
        email: "ravi.kapoor2@sophiesociety.com",
        role: "analyst",
      },
    });
    const id = await source("Ambiguous Sheet", [
      { sourceColumn: "Client", targetTable: "partner_assignments", targetField: "partner_id" },
      { sourceColumn: "Person", targetTable: "partner_assignments", targetField: "staff_id" },
      { sourceColumn: "Role", targetTable: "partner_assignments", targetField: "assignment_role" },
    ]);
    const run = await sync(id, ["Client,Person,Role", "SO-0039,Ravi Kapoor,ppc_manager"]);
    expect(run.errorLog[0]).toMatchObject({
      row: 2,
      column: "Person",
      field: "staff_id",
      value: "Ravi Kapoor",
      message: '"Ravi Kapoor" matches 2 staff members by full name; use the email instead',
    });
  });
});
