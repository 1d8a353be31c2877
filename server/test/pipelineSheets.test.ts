// Google Sheets sources: the real googleapis client against a local server on loopback
// that answers like the Sheets API v4 (tabs, batchGet, a 429 to back off from) and checks
// the service account's signed JWT.
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { importSPKI, jwtVerify } from "jose";
import { TARGETS } from "./support/databases";
import { ok, startTestHub, type TestHub } from "./support/hub";

const SHEET = "1AbCdEfGhIjKlMnOp";
const TABS = ["Clients", "Notes"];
// Contract starts years before any demo partner's (the demo dates them 120 to 900 days back from today), so each always differs.
const VALUES = [
  ["Code", "Brand", "Fee", "Start"],
  ["SO-0001", "Northwind Naturals", 3210.5, 43831],
  [],
  ["SO-0002", "Bluebird Baby", 1999, 43862],
];
const SHOWN = [
  ["Code", "Brand", "Fee", "Start"],
  ["SO-0001", "Northwind Naturals", "$3,210.50", "1/1/2020"],
  [],
  ["SO-0002", "Bluebird Baby", "$1,999.00", "2/1/2020"],
];

describe.each(TARGETS)("Google Sheets sources on %s", (target) => {
  let hub: TestHub;
  let api: http.Server;
  const seen: string[] = [];
  let rateLimited = false;
  beforeAll(async () => {
    const { publicKey, privateKey } = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hub-sheets-"));
    const keyFile = path.join(dir, "service-account.json");
    fs.writeFileSync(
      keyFile,
      JSON.stringify({
        type: "service_account",
        client_email: "hub-reader@test-project.iam.gserviceaccount.com",
        private_key_id: "k1",
        private_key: privateKey.export({ type: "pkcs8", format: "pem" }),
      }),
    );
    const verifyKey = await importSPKI(
      publicKey.export({ type: "spki", format: "pem" }) as string,
      "RS256",
    );
    api = http.createServer(async (req, res) => {
      const url = new URL(req.url!, "http://x");
      const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { "content-type": "application/json", ...headers });
        res.end(JSON.stringify(body));
      };
      try {
        const { payload } = await jwtVerify(
          (req.headers.authorization ?? "").replace(/^Bearer /, ""),
          verifyKey,
        );
        if (payload.iss !== "hub-reader@test-project.iam.gserviceaccount.com")
          throw new Error("issuer");
      } catch {
        return send(401, {
          error: { code: 401, message: "Request had invalid authentication credentials." },
        });
      }
      seen.push(`${url.pathname} ${url.searchParams.get("valueRenderOption") ?? ""}`);
      if (url.pathname === `/v4/spreadsheets/${SHEET}`)
        return send(200, { sheets: TABS.map((title) => ({ properties: { title } })) });
      if (url.pathname === `/v4/spreadsheets/${SHEET}/values:batchGet`) {
        if (!rateLimited) {
          rateLimited = true;
          return send(
            429,
            { error: { code: 429, message: "Quota exceeded" } },
            { "retry-after": "1" },
          );
        }
        const shown = url.searchParams.get("valueRenderOption") === "FORMATTED_VALUE";
        return send(200, {
          spreadsheetId: SHEET,
          valueRanges: url.searchParams
            .getAll("ranges")
            .map((range) => ({ range, values: shown ? SHOWN : VALUES })),
        });
      }
      return send(404, { error: { code: 404, message: "Requested entity was not found." } });
    });
    await new Promise<void>((r) => api.listen(0, "127.0.0.1", r));
    hub = await startTestHub(target, {
      sheets: {
        credentialsFile: keyFile,
        apiRootUrl: `http://127.0.0.1:${(api.address() as AddressInfo).port}/`,
      },
    });
  });
  afterAll(async () => {
    await hub.close();
    await new Promise((r) => api.close(r));
  });

  const source = async (name: string, tab: string) => {
    const id = ok(
      await hub.gql(
        `mutation($n: String!, $c: JSON!) { createDataSource(input: { name: $n, type: GOOGLE_SHEET, connectionConfig: $c }) { id } }`,
        { n: name, c: { url: `https://docs.google.com/spreadsheets/d/${SHEET}/edit#gid=0` } },
      ),
    ).createDataSource.id;
    ok(
      await hub.gql(
        `mutation($id: ID!, $m: [FieldMappingInput!]!) { setFieldMappings(dataSourceId: $id, mappings: $m) { id } }`,
        {
          id,
          m: [
            {
              sourceTab: tab,
              sourceColumn: "Code",
              targetTable: "partners",
              targetField: "partner_code",
            },
            {
              sourceTab: tab,
              sourceColumn: "Fee",
              targetTable: "partners",
              targetField: "base_fee",
              transformType: "CURRENCY",
            },
            {
              sourceTab: tab,
              sourceColumn: "Start",
              targetTable: "partners",
              targetField: "contract_start_date",
              transformType: "DATE",
            },
          ],
        },
      ),
    );
    return id;
  };
  const sync = async (id: string) =>
    ok(
      await hub.gql(
        `mutation($id: ID!) { runSync(dataSourceId: $id) { batchId status recordsScanned changesStaged errors errorLog } }`,
        { id },
      ),
    ).runSync;

  it("reads the mapped tab with googleapis, backs off from a 429, and stages the differences", async () => {
    const run = await sync(await source("Master Client Sheet", "Clients"));
    expect(run).toMatchObject({
      status: "COMPLETED",
      recordsScanned: 2,
      changesStaged: 2,
      errors: 0,
    });
    expect(
      seen.filter((s) => s.includes("batchGet UNFORMATTED_VALUE")).length,
    ).toBeGreaterThanOrEqual(2); // refused once, then read
    const changes = ok(
      await hub.gql(
        `query($b: ID!) { stagedChanges(filter: { batchId: { eq: $b } }, orderBy: [{ entityKey: ASC }]) { nodes { entityKey newValues sourceReference } } }`,
        { b: run.batchId },
      ),
    ).stagedChanges.nodes;
    expect(changes[0]).toMatchObject({
      entityKey: "SO-0001",
      newValues: { base_fee: 3210.5, contract_start_date: "2020-01-01" },
      sourceReference: "Row 2 of tab 'Clients'",
    });
    expect(changes[1]).toMatchObject({
      entityKey: "SO-0002",
      newValues: { base_fee: 1999, contract_start_date: "2020-02-01" },
      sourceReference: "Row 4 of tab 'Clients'",
    });
    const stored = await hub.t.db.prisma.stagedChange.findFirstOrThrow({
      where: { batchId: run.batchId, entityKey: "SO-0001" },
    });
    expect(stored.sourceRow).toEqual({
      row: 2,
      tab: "Clients",
      values: { Code: "SO-0001", Brand: "Northwind Naturals", Fee: "$3,210.50", Start: "1/1/2020" },
    });
    expect(
      (
        await sync(
          (
            await hub.t.db.prisma.dataSource.findFirstOrThrow({
              where: { name: "Master Client Sheet" },
            })
          ).id,
        )
      ).changesStaged,
    ).toBe(0);
  });

  it("fails the run clearly when a mapped tab was renamed or credentials are missing", async () => {
    const renamed = await sync(await source("Renamed Tab Sheet", "Client List"));
    expect(renamed).toMatchObject({ status: "FAILED", changesStaged: 0 });
    expect(renamed.errorLog[0].message).toBe(
      "Tab 'Client List' is not in the spreadsheet (its tabs: 'Clients', 'Notes'); it may have been renamed.",
    );
    const bare = await startTestHub("pglite");
    try {
      const id = ok(
        await bare.gql(
          `mutation { createDataSource(input: { name: "S", type: GOOGLE_SHEET, connectionConfig: { sheet_id: "x" } }) { id } }`,
        ),
      ).createDataSource.id;
      ok(
        await bare.gql(
          `mutation($id: ID!) { setFieldMappings(dataSourceId: $id, mappings: [{ sourceTab: "T", sourceColumn: "Code", targetTable: "partners", targetField: "partner_code" }]) { id } }`,
          { id },
        ),
      );
      const run = ok(
        await bare.gql(`mutation($id: ID!) { runSync(dataSourceId: $id) { status errorLog } }`, {
          id,
        }),
      ).runSync;
      expect(run.status).toBe("FAILED");
      expect(run.errorLog[0].message).toMatch(/Set GOOGLE_APPLICATION_CREDENTIALS/);
    } finally {
      await bare.close();
    }
  });

  it("previews a sheet with the cells mapped to fields the viewer may not read redacted", async () => {
    const id = await source("Preview Sheet", "Clients");
    const q = `query($id: ID!) { previewDataSource(dataSourceId: $id) { name rows columns { name samples } } }`;
    const ops = await hub.tokenFor("olivia.chen@sophiesociety.com"); // pipeline:manage, no financials
    const seen = ok(await hub.gql(q, { id }, ops)).previewDataSource;
    const clients = seen.find((t: any) => t.name === "Clients");
    expect(clients.rows[0]).toEqual(["SO-0001", "Northwind Naturals", "[redacted]", "43831"]);
    expect(clients.columns.find((c: any) => c.name === "Fee").samples).toEqual([
      "[redacted]",
      "[redacted]",
    ]);
    expect(JSON.stringify(clients)).not.toContain("3210");
    const full = ok(await hub.gql(q, { id })).previewDataSource;
    expect(full.find((t: any) => t.name === "Clients").rows[0][2]).toBe("3210.5");
  });
});
