// Files uploaded through GraphQL (the multipart request spec): CSV and XLSX workbooks,
// previewed tab by tab, suggested mappings, synced; malformed uploads get clear errors.
import ExcelJS from "exceljs";
import { TARGETS } from "./support/databases";
import { failure, ok, startTestHub, type GraphQLResponse, type TestHub } from "./support/hub";

async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const clients = wb.addWorksheet("Clients");
  clients.addRow(["Code", "Brand", "Fee", "Start", "Notes"]);
  clients.addRow([
    "SO-0001",
    "Northwind Naturals",
    4321.5,
    new Date(Date.UTC(2025, 0, 15)),
    { formula: '"hello "&"world"', result: "hello world" },
  ]);
  clients.addRow([]);
  clients.addRow(["SO-0002", "  Bluebird   Baby ", 1500, "03/01/2025", "merged"]);
  clients.getCell("F1").value = "Region";
  clients.getCell("F2").value = "EU";
  clients.mergeCells("F2:F4"); // a merged range keeps its value in its first cell only
  clients.getColumn(3).numFmt = "$#,##0.00";
  const team = wb.addWorksheet("Team");
  team.addRow(["Email", "Name", "Role"]);
  team.addRow(["new.person@sophiesociety.com", "New Person", "analyst"]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.each(TARGETS)("file uploads on %s", (target) => {
  let hub: TestHub;
  let token: string;
  beforeAll(async () => {
    hub = await startTestHub(target);
    token = await hub.tokenFor("sophie.admin@sophiesociety.com");
  });
  afterAll(() => hub.close());

  const upload = async (
    query: string,
    variables: Record<string, unknown>,
    file: { name: string; content: Buffer } | null,
    form?: FormData,
  ): Promise<GraphQLResponse> => {
    const body = form ?? new FormData();
    if (!form) {
      body.append("operations", JSON.stringify({ query, variables: { ...variables, file: null } }));
      body.append("map", JSON.stringify({ 0: ["variables.file"] }));
      if (file) body.append("0", new Blob([new Uint8Array(file.content)]), file.name);
    }
    const res = await fetch(`${hub.url}/graphql`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
      body,
    });
    const json = (await res.json()) as {
      data?: Record<string, any>;
      errors?: GraphQLResponse["errors"];
    };
    return { status: res.status, data: json.data, errors: json.errors };
  };
  const source = async (name: string) =>
    ok(
      await hub.gql(
        `mutation($n: String!) { createDataSource(input: { name: $n, type: CSV, connectionConfig: {} }) { id } }`,
        { n: name },
      ),
    ).createDataSource.id;

  it("previews an XLSX workbook tab by tab and suggests a table per tab", async () => {
    const id = await source("Workbook");
    const content = await workbook();
    const preview = ok(
      await upload(
        `query($id: ID!, $file: Upload) { previewDataSource(dataSourceId: $id, file: $file) { name header rowCount rows columns { name guessedType } } }`,
        { id },
        { name: "clients.xlsx", content },
      ),
    ).previewDataSource;
    expect(preview.map((t: any) => [t.name, t.rowCount])).toEqual([
      ["Clients", 2],
      ["Team", 1],
    ]);
    expect(preview[0].header).toEqual(["Code", "Brand", "Fee", "Start", "Notes", "Region"]);
    expect(preview[0].rows[0]).toEqual([
      "SO-0001",
      "Northwind Naturals",
      "4321.5",
      "2025-01-15",
      "hello world",
      "EU",
    ]);
    expect(preview[0].rows[1][5]).toBe(""); // merged-cell gap
    const suggested = ok(
      await upload(
        `query($id: ID!, $file: Upload) { suggestFieldMappings(dataSourceId: $id, file: $file) { sourceTab sourceColumn targetTable targetField } }`,
        { id },
        { name: "clients.xlsx", content },
      ),
    ).suggestFieldMappings;
    expect(suggested).toEqual(
      expect.arrayContaining([
        {
          sourceTab: "Clients",
          sourceColumn: "Brand",
          targetTable: "partners",
          targetField: "brand_name",
        },
        { sourceTab: "Team", sourceColumn: "Email", targetTable: "staff", targetField: "email" },
        { sourceTab: "Team", sourceColumn: "Role", targetTable: "staff", targetField: "role" },
      ]),
    );
  });

  it("syncs the mapped tabs of an uploaded workbook, keeping every cell of every row", async () => {
    const id = await source("Workbook Sync");
    ok(
      await hub.gql(
        `mutation($id: ID!, $m: [FieldMappingInput!]!) { setFieldMappings(dataSourceId: $id, mappings: $m) { id } }`,
        {
          id,
          m: [
            {
              sourceTab: "Clients",
              sourceColumn: "Code",
              targetTable: "partners",
              targetField: "partner_code",
            },
            {
              sourceTab: "Clients",
              sourceColumn: "Fee",
              targetTable: "partners",
              targetField: "base_fee",
              transformType: "CURRENCY",
            },
            {
              sourceTab: "Clients",
              sourceColumn: "Start",
              targetTable: "partners",
              targetField: "contract_start_date",
              transformType: "DATE",
            },
            {
              sourceTab: "Team",
              sourceColumn: "Email",
              targetTable: "staff",
              targetField: "email",
            },
            {
              sourceTab: "Team",
              sourceColumn: "Name",
              targetTable: "staff",
              targetField: "full_name",
            },
            { sourceTab: "Team", sourceColumn: "Role", targetTable: "staff", targetField: "role" },
          ],
        },
      ),
    );
    const run = ok(
      await upload(
        `mutation($id: ID!, $file: Upload) { runSync(dataSourceId: $id, file: $file) { status batchId recordsScanned changesStaged errors errorLog inputName } }`,
        { id },
        { name: "book.xlsx", content: await workbook() },
      ),
    ).runSync;
    expect(run).toMatchObject({ status: "COMPLETED", recordsScanned: 3, errors: 0 });
    const staged = ok(
      await hub.gql(
        `query($b: ID!) { stagedChanges(filter: { batchId: { eq: $b } }, orderBy: [{ entityKey: ASC }]) { nodes { entityKey newValues sourceReference } } }`,
        { b: run.batchId },
      ),
    ).stagedChanges.nodes;
    expect(staged.map((c: any) => c.entityKey)).toEqual([
      "SO-0001",
      "SO-0002",
      "new.person@sophiesociety.com",
    ]);
    expect(staged[0]).toMatchObject({
      newValues: expect.objectContaining({ base_fee: 4321.5, contract_start_date: "2025-01-15" }),
      sourceReference: "Row 2 of tab 'Clients'",
    });
    ok(await hub.gql(`mutation($b: ID!) { approveBatch(batchId: $b) }`, { b: run.batchId }));
    expect(
      ok(
        await hub.gql(`mutation($b: ID!) { applyBatch(batchId: $b) { applied } }`, {
          b: run.batchId,
        }),
      ).applyBatch.applied,
    ).toBe(3);
    const partner = await hub.t.db.prisma.partner.findFirstOrThrow({
      where: { organizationId: hub.demoOrgId, partnerCode: "SO-0001" },
    });
    // Unmapped columns too; formulas keep their result (number formats are not rendered from XLSX).
    expect((partner.sourceData as any)["Workbook Sync"].values).toMatchObject({
      Fee: "4321.5",
      Notes: "hello world",
      Region: "EU",
    });

    // A workbook whose mapped tab was renamed fails the run with the tabs it has.
    const renamed = new ExcelJS.Workbook();
    renamed.addWorksheet("Customers").addRow(["Code"]);
    const failed = ok(
      await upload(
        `mutation($id: ID!, $file: Upload) { runSync(dataSourceId: $id, file: $file) { status errorLog } }`,
        { id },
        { name: "renamed.xlsx", content: Buffer.from(await renamed.xlsx.writeBuffer()) },
      ),
    ).runSync;
    expect(failed.status).toBe("FAILED");
    expect(failed.errorLog[0].message).toMatch(
      /Tab 'Clients', 'Team' is not in renamed.xlsx \(its tabs: 'Customers'\)/,
    );
  });

  it("syncs an uploaded CSV file like inline CSV", async () => {
    const id = await source("Upload CSV");
    ok(
      await hub.gql(
        `mutation($id: ID!, $m: [FieldMappingInput!]!) { setFieldMappings(dataSourceId: $id, mappings: $m) { id } }`,
        {
          id,
          m: [
            { sourceColumn: "Code", targetTable: "partners", targetField: "partner_code" },
            { sourceColumn: "Notes", targetTable: "partners", targetField: "notes" },
          ],
        },
      ),
    );
    const run = ok(
      await upload(
        `mutation($id: ID!, $file: Upload) { runSync(dataSourceId: $id, file: $file) { status changesStaged inputName } }`,
        { id },
        { name: "notes.csv", content: Buffer.from("Code,Notes\r\nSO-0004,uploaded note\r\n") },
      ),
    ).runSync;
    expect(run).toEqual({ status: "COMPLETED", changesStaged: 1, inputName: null });
    expect(
      failure(
        await upload(
          `mutation($id: ID!, $file: Upload) { runSync(dataSourceId: $id, file: $file, csv: "a") { status } }`,
          { id },
          { name: "n.csv", content: Buffer.from("x") },
        ),
      ).field,
    ).toBe("file");
  });

  it("refuses malformed uploads with a clear error", async () => {
    const id = await source("Bad Uploads");
    const noOps = new FormData();
    noOps.append("map", "{}");
    const r1 = await upload("", {}, null, noOps);
    expect(r1.status).toBe(400);
    expect(r1.errors![0].message).toMatch(/needs an "operations" field/);
    const missingFile = new FormData();
    missingFile.append(
      "operations",
      JSON.stringify({ query: "query($f: Upload) { __typename }", variables: { f: null } }),
    );
    missingFile.append("map", JSON.stringify({ 7: ["variables.f"] }));
    expect((await upload("", {}, null, missingFile)).errors![0].message).toMatch(/file field "7"/);
    // An Upload cannot be forged in JSON.
    const forged = await hub.gql(
      `query($id: ID!, $file: Upload) { previewDataSource(dataSourceId: $id, file: $file) { name } }`,
      { id, file: { name: "x.csv", content: "a,b" } },
    );
    expect(forged.errors![0].message).toMatch(/Upload takes a file sent as multipart\/form-data/);
    const notXlsx = Buffer.concat([
      Buffer.from([0x50, 0x4b, 0x03, 0x04]),
      Buffer.from("not really a zip"),
    ]);
    expect(
      failure(
        await upload(
          `query($id: ID!, $file: Upload) { previewDataSource(dataSourceId: $id, file: $file) { name } }`,
          { id },
          { name: "broken.xlsx", content: notXlsx },
        ),
      ).message,
    ).toMatch(/broken.xlsx is not a readable XLSX workbook/);
  });
});
