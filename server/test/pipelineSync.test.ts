// CSV sources over HTTP: mappings, a first import, messy values parsed or refused per
// row, header drift, idempotent re-sync, and an edited sheet staging exactly its edits.
import { TARGETS } from "./support/databases";
import { failure, ok, startTestHub, type TestHub } from "./support/hub";

const MAPPINGS = [
  { sourceColumn: "Code", targetTable: "partners", targetField: "partner_code" },
  { sourceColumn: "Brand", targetTable: "partners", targetField: "brand_name" },
  { sourceColumn: "Status", targetTable: "partners", targetField: "status" },
  {
    sourceColumn: "Fee",
    targetTable: "partners",
    targetField: "base_fee",
    transformType: "CURRENCY",
  },
  {
    sourceColumn: "Commission",
    targetTable: "partners",
    targetField: "commission_rate",
    transformType: "NUMBER",
  },
  {
    sourceColumn: "Start",
    targetTable: "partners",
    targetField: "contract_start_date",
    transformType: "DATE",
    transformConfig: { format: "MM/DD/YYYY" },
  },
  {
    sourceColumn: "Onboarded",
    targetTable: "partners",
    targetField: "onboarding_date",
    transformType: "DATE",
    transformConfig: { format: "DD/MM/YYYY" },
  },
];

const SYNC = `mutation($id: ID!, $csv: String) { runSync(dataSourceId: $id, csv: $csv) {
  batchId status recordsScanned changesStaged errors errorLog } }`;
const STAGED = `query($batch: ID!) { stagedChanges(first: 500, filter: { batchId: { eq: $batch } }, orderBy: [{ sourceReference: ASC }]) {
  totalCount nodes { entityKey entityId changeType changedFields oldValues newValues status sourceReference } } }`;

describe.each(TARGETS)("CSV sync on %s", (target) => {
  let hub: TestHub;
  let sourceId: string;
  beforeAll(async () => {
    hub = await startTestHub(target);
    sourceId = ok(
      await hub.gql(
        `mutation { createDataSource(input: { name: "Master Client Sheet", type: CSV, connectionConfig: {} }) { id } }`,
      ),
    ).createDataSource.id;
  });
  afterAll(() => hub.close());
  const sync = async (csv: string) => ok(await hub.gql(SYNC, { id: sourceId, csv })).runSync;
  const staged = async (batch: string) => ok(await hub.gql(STAGED, { batch })).stagedChanges;

  it("checks and stores field mappings", async () => {
    const set = (mappings: unknown) =>
      hub.gql(
        `mutation($id: ID!, $m: [FieldMappingInput!]!) { setFieldMappings(dataSourceId: $id, mappings: $m) { sourceColumn targetField transformType } }`,
        { id: sourceId, m: mappings },
      );
    expect(
      failure(await set([{ sourceColumn: "X", targetTable: "invoices", targetField: "x" }])),
    ).toMatchObject({ code: "BAD_USER_INPUT", field: "mappings[0].targetTable" });
    expect(
      failure(await set([{ sourceColumn: "X", targetTable: "partners", targetField: "secret" }]))
        .field,
    ).toBe("mappings[0].targetField");
    expect(
      failure(
        await set([
          {
            sourceColumn: "Brand",
            targetTable: "partners",
            targetField: "brand_name",
            transformType: "BOOLEAN",
          },
        ]),
      ).field,
    ).toBe("mappings[0].transformType");
    expect(
      failure(await set([{ sourceColumn: "Notes", targetTable: "partners", targetField: "notes" }]))
        .message,
    ).toMatch(/partner_code or brand_name/);
    expect(failure(await set([MAPPINGS[1], { ...MAPPINGS[1], targetField: "notes" }])).field).toBe(
      "mappings[1].sourceColumn",
    );
    const stored = ok(await set(MAPPINGS)).setFieldMappings;
    expect(stored).toHaveLength(MAPPINGS.length);
    expect(
      ok(
        await hub.gql(`query($id: ID!) { dataSource(id: $id) { fieldMappings { targetField } } }`, {
          id: sourceId,
        }),
      ).dataSource.fieldMappings,
    ).toHaveLength(MAPPINGS.length);
  });

  it("stages creates and only the changed fields of updates, refusing bad rows one by one", async () => {
    const northwind = await hub.t.db.prisma.partner.findFirstOrThrow({
      where: { organizationId: hub.demoOrgId, partnerCode: "SO-0001" },
    });
    const csv = [
      "\uFEFFCode,Brand,Status,Fee,Commission,Start,Onboarded",
      `SO-0001,  ${northwind.brandName}  ,at risk,"$1,200.50",3%,01/15/2025,15/01/2025`,
      ",Brand New Co,onboarding,1.200;50 €,0.05,02/30/2025,",
      ',Fresh Goods,Onboarding,"1.200,50 €",4.5%,03/01/2025,01/03/2025',
      "",
      ",Fresh Goods,active,,,,",
      ",,active,100,,,",
      ",Refund Corp,paused,(300),,45658,",
    ].join("\r\n");
    const run = await sync(csv);
    expect(run).toMatchObject({
      status: "COMPLETED",
      recordsScanned: 6,
      changesStaged: 3,
      errors: 4,
    });
    expect(run.errorLog.map((e: any) => [e.row, e.field])).toEqual([
      [3, "base_fee"],
      [3, "contract_start_date"],
      [6, "brand_name"],
      [7, null],
    ]);
    const changes = await staged(run.batchId);
    expect(changes.totalCount).toBe(3);
    const update = changes.nodes.find((c: any) => c.entityKey === "SO-0001");
    expect(update).toMatchObject({
      changeType: "UPDATE",
      entityId: northwind.id,
      status: "PENDING",
      sourceReference: "Row 2 of tab 'Master Client Sheet'",
    });
    expect(update.newValues).toEqual({
      status: "at_risk",
      base_fee: 1200.5,
      commission_rate: 0.03,
      contract_start_date: "2025-01-15",
      onboarding_date: "2025-01-15",
    });
    expect(Object.keys(update.oldValues).sort()).toEqual(Object.keys(update.newValues).sort());
    expect(update.changedFields).not.toContain("brand_name"); // same brand, different spacing: unchanged
    const fresh = changes.nodes.find((c: any) => c.entityKey === "fresh goods");
    expect(fresh).toMatchObject({
      changeType: "CREATE",
      entityId: null,
      newValues: {
        brand_name: "Fresh Goods",
        status: "onboarding",
        base_fee: 1200.5,
        commission_rate: 0.045,
        contract_start_date: "2025-03-01",
        onboarding_date: "2025-03-01",
      },
    });
    const refund = changes.nodes.find((c: any) => c.entityKey === "refund corp");
    expect(refund.newValues).toMatchObject({ base_fee: -300, contract_start_date: "2025-01-01" }); // (300) is negative; 45658 is a Sheets serial date
    expect(await hub.t.db.prisma.partner.count({ where: { brandName: "Fresh Goods" } })).toBe(0); // staged, not applied
  });

  it("stages nothing when the same sheet is synced again, and only the edits of an edited sheet", async () => {
    const base = [
      "Code,Brand,Status,Fee,Commission,Start,Onboarded",
      "SO-0002,Bluebird Baby,paused,2000,2%,,",
      ",Calm Co,onboarding,900,,,",
    ];
    const first = await sync(base.join("\n"));
    expect(first.changesStaged).toBe(2);
    expect((await sync(base.join("\n"))).changesStaged).toBe(0);
    const edited = [...base.slice(0, 2), ",Calm Co,onboarding,950,,,"];
    const third = await sync(edited.join("\n"));
    expect(third.changesStaged).toBe(1);
    const [change] = (await staged(third.batchId)).nodes;
    expect(change).toMatchObject({
      entityKey: "calm co",
      changeType: "CREATE",
      newValues: { brand_name: "Calm Co", status: "onboarding", base_fee: 950 },
    });
    const old = (await staged(first.batchId)).nodes.find((c: any) => c.entityKey === "calm co");
    expect(old.status).toBe("REJECTED"); // superseded by the newer staging, not duplicated
  });

  it("fails the run on header drift instead of syncing nothing", async () => {
    const renamed = await sync(
      "Code,Brand name,Status,Fee,Commission,Start,Onboarded\nSO-0003,X,active,1,1,,",
    );
    expect(renamed).toMatchObject({ status: "FAILED", changesStaged: 0, errors: 1 });
    expect(renamed.errorLog[0].message).toMatch(
      /The mapped column "Brand" is not in the header of the file \(found: "Code", "Brand name"/,
    );
    const doubled = await sync(
      "Code,Brand,Brand,Status,Fee,Commission,Start,Onboarded\nSO-0003,X,Y,active,1,1,,",
    );
    expect(doubled.errorLog[0].message).toMatch(/has the mapped column "Brand" 2 times/);
    const broken = await sync('Code,Brand\n"SO-0003,unterminated');
    expect(broken.errorLog[0].message).toMatch(/unterminated quoted field/);
    const source = ok(
      await hub.gql(
        `query($id: ID!) { dataSource(id: $id) { lastSyncError syncLogs(first: 1) { nodes { status } } } }`,
        { id: sourceId },
      ),
    ).dataSource;
    expect(source.lastSyncError).toMatch(/unterminated/);
    expect(source.syncLogs.nodes[0].status).toBe("FAILED");
  });

  it("previews a sheet and suggests mappings that a sync can use as they are", async () => {
    const id = ok(
      await hub.gql(
        `mutation { createDataSource(input: { name: "Onboarding Tracker", type: CSV, connectionConfig: {} }) { id } }`,
      ),
    ).createDataSource.id;
    const csv = [
      "Client Brand,Monthly Retainer,Commission %,Signed,Contact Email,Happy?,Misc",
      'Sunrise Tea,"$2,500.00",4%,25/03/2025,Ana@Sunrise.example,yes,x1',
      "Moon Socks,$900,3.5%,02/04/2025,bo@moon.example,no,",
      "",
    ].join("\n");
    const preview = ok(
      await hub.gql(
        `query($id: ID!, $csv: String) { previewDataSource(dataSourceId: $id, csv: $csv) {
      name header rowCount rows columns { name index guessedType dateFormat samples } } }`,
        { id, csv },
      ),
    ).previewDataSource;
    expect(preview).toHaveLength(1);
    expect(preview[0]).toMatchObject({
      name: "Onboarding Tracker",
      rowCount: 2,
      header: [
        "Client Brand",
        "Monthly Retainer",
        "Commission %",
        "Signed",
        "Contact Email",
        "Happy?",
        "Misc",
      ],
    });
    expect(preview[0].columns.map((c: any) => c.guessedType)).toEqual([
      "TEXT",
      "CURRENCY",
      "PERCENT",
      "DATE",
      "EMAIL",
      "BOOLEAN",
      "TEXT",
    ]);
    expect(preview[0].columns[3].dateFormat).toBe("DD/MM/YYYY");
    const suggested = ok(
      await hub.gql(
        `query($id: ID!, $csv: String) { suggestFieldMappings(dataSourceId: $id, csv: $csv) {
      sourceColumn sourceColumnIndex targetTable targetField transformType transformConfig confidence } }`,
        { id, csv },
      ),
    ).suggestFieldMappings;
    expect(suggested.map((m: any) => [m.sourceColumn, m.targetField, m.transformType])).toEqual([
      ["Client Brand", "brand_name", "NONE"],
      ["Monthly Retainer", "base_fee", "CURRENCY"],
      ["Commission %", "commission_rate", "NUMBER"],
      ["Signed", "contract_start_date", "DATE"],
      ["Contact Email", "client_email", "NONE"],
    ]);
    const mappings = suggested.map(({ confidence: _c, ...m }: any) => m);
    ok(
      await hub.gql(
        `mutation($id: ID!, $m: [FieldMappingInput!]!) { setFieldMappings(dataSourceId: $id, mappings: $m) { id } }`,
        { id, m: mappings },
      ),
    );
    const run = ok(await hub.gql(SYNC, { id, csv })).runSync;
    expect(run).toMatchObject({ status: "COMPLETED", changesStaged: 2, errors: 0 });
    const sunrise = (await staged(run.batchId)).nodes.find(
      (c: any) => c.entityKey === "sunrise tea",
    );
    expect(sunrise.newValues).toEqual({
      brand_name: "Sunrise Tea",
      base_fee: 2500,
      commission_rate: 0.04,
      contract_start_date: "2025-03-25",
      client_email: "ana@sunrise.example",
    });
    expect(
      failure(
        await hub.gql(
          `query($id: ID!) { previewDataSource(dataSourceId: $id, csv: "a,\\"b") { name } }`,
          { id },
        ),
      ).field,
    ).toBe("csv");
  });

  it("explains why a sync cannot run", async () => {
    const other = ok(
      await hub.gql(
        `mutation { createDataSource(input: { name: "Empty", type: CSV, connectionConfig: {} }) { id } }`,
      ),
    ).createDataSource.id;
    expect(failure(await hub.gql(SYNC, { id: other, csv: "a,b" })).message).toMatch(
      /has no field mappings yet/,
    );
    expect(failure(await hub.gql(SYNC, { id: sourceId, csv: "" })).field).toBe("csv");
    const sheet = ok(
      await hub.gql(
        `mutation { createDataSource(input: { name: "A sheet", type: GOOGLE_SHEET, connectionConfig: {} }) { id } }`,
      ),
    ).createDataSource.id;
    expect(failure(await hub.gql(SYNC, { id: sheet, csv: "a" }))).toMatchObject({
      field: "csv",
      message: "A sheet reads its rows from Google Sheets; leave csv and file out.",
    });
    const leader = await hub.tokenFor("priya.natarajan@sophiesociety.com");
    expect(failure(await hub.gql(SYNC, { id: sourceId, csv: "a" }, leader)).code).toBe("FORBIDDEN");
  });
});
