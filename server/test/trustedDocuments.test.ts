// Trusted documents over HTTP: with a manifest (the web app's, as codegen writes it, plus one
// more), signed-in sessions run only its operations (sent whole in any formatting, or by hash
// alone), while people with graphql:ad_hoc and API keys keep ad-hoc access; a manifest that
// does not match its hashes is refused at start.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { TARGETS } from "./support/databases";
import { failure, ok, startTestHub, type TestHub } from "./support/hub";
import { print } from "graphql";
import { loadTrustedDocuments } from "../src/graphql/trustedDocuments";
import { PlaygroundSavedQueriesDocument } from "../../web/src/gql/graphql";

const WEB_MANIFEST = path.resolve(__dirname, "../../web/src/gql/persisted-documents.json");

const DASHBOARD = "query DashboardPartners { partners { totalCount } }";
const sha256 = (s: string) => crypto.createHash("sha256").update(s).digest("hex");

describe.each(TARGETS)("trusted documents on %s", (target) => {
  let hub: TestHub;
  let leader: string;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hub-trusted-"));
  beforeAll(async () => {
    const manifest = path.join(dir, "persisted-documents.json");
    fs.writeFileSync(
      manifest,
      JSON.stringify({
        ...JSON.parse(fs.readFileSync(WEB_MANIFEST, "utf8")),
        [sha256(DASHBOARD)]: DASHBOARD,
      }),
    );
    hub = await startTestHub(target, { trustedDocuments: loadTrustedDocuments(manifest) });
    leader = await hub.tokenFor("priya.natarajan@sophiesociety.com");
  });
  afterAll(async () => {
    await hub.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("lets a signed-in session run the dashboard's operations, whole or by hash", async () => {
    const whole = ok(await hub.gql(DASHBOARD, {}, leader)).partners.totalCount;
    expect(whole).toBeGreaterThan(0);
    const byHash = await fetch(`${hub.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${leader}` },
      body: JSON.stringify({
        extensions: { persistedQuery: { version: 1, sha256Hash: sha256(DASHBOARD) } },
      }),
    });
    expect((await byHash.json()).data.partners.totalCount).toBe(whole);
  });

  it("recognizes the web app's operations from codegen's manifest however they are formatted, and by its sha256: key", async () => {
    const sent = print(PlaygroundSavedQueriesDocument); // what the playground sends: pretty-printed, fields in source order
    const [key, text] = Object.entries(
      JSON.parse(fs.readFileSync(WEB_MANIFEST, "utf8")) as Record<string, string>,
    ).find(([, t]) => t.includes("PlaygroundSavedQueries"))!;
    expect(sent).not.toBe(text); // the manifest holds it normalized
    expect(ok(await hub.gql(sent, {}, leader)).viewer.id).toBeTruthy();
    const byKey = await fetch(`${hub.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${leader}` },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: key } } }),
    });
    expect((await byKey.json()).data.viewer.id).toBeTruthy();
  });

  it("refuses other operations from such a session, and says how to run them", async () => {
    const refused = failure(await hub.gql(`{ partners { nodes { brandName } } }`, {}, leader));
    expect(refused.code).toBe("FORBIDDEN");
    expect(refused.message).toMatch(/API key.*graphql:ad_hoc/);
    const exported = await fetch(
      `${hub.url}/export.csv?${new URLSearchParams({ query: "{ partners { nodes { brandName } } }" })}`,
      { headers: { authorization: `Bearer ${leader}` } },
    );
    expect(exported.status).toBe(403); // the export is another way in, held to the same rule
  });

  it("keeps ad-hoc access for admins and analysts (graphql:ad_hoc) and for API keys", async () => {
    expect(ok(await hub.gql(`{ viewer { email } }`)).viewer.email).toBe(
      "sophie.admin@sophiesociety.com",
    );
    const analyst = await hub.t.db.prisma.staff.findFirstOrThrow({
      where: { organizationId: hub.demoOrgId, role: "analyst" },
    });
    expect(
      ok(await hub.gql(`{ partners { totalCount } }`, {}, await hub.tokenFor(analyst.email)))
        .partners.totalCount,
    ).toBeGreaterThan(0);
    const key = ok(
      await hub.gql(`mutation { createApiKey(name: "Tool", role: "service_readonly") { key } }`),
    ).createApiKey.key;
    expect(
      ok(await hub.gql(`{ staffMembers { totalCount } }`, {}, key)).staffMembers.totalCount,
    ).toBeGreaterThan(0);
  });

  it("refuses a manifest whose hashes do not match its operations", () => {
    const bad = path.join(dir, "bad.json");
    fs.writeFileSync(bad, JSON.stringify({ [sha256("something else")]: DASHBOARD }));
    expect(() => loadTrustedDocuments(bad)).toThrow(/not the sha256 of its operation/);
    expect(() => loadTrustedDocuments(path.join(dir, "missing.json"))).toThrow(/could not read/);
  });
});
