// Every request needs a valid session token, and an organization sees only its own rows.
import { SignJWT } from "jose";
import { TARGETS } from "./support/databases";
import { DEMO_ADMIN, OTHER_ADMIN, failure, ok, startTestHub, type TestHub } from "./support/hub";

describe.each(TARGETS)("authentication and organization isolation on %s", (target) => {
  let hub: TestHub;
  let otherToken: string;
  beforeAll(async () => {
    hub = await startTestHub(target);
    otherToken = await hub.tokenFor(OTHER_ADMIN);
  });
  afterAll(() => hub.close());

  it("refuses requests without a valid token with UNAUTHENTICATED and nothing else", async () => {
    const forged = await new SignJWT({ org: hub.demoOrgId })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("x")
      .setIssuer("sophie-hub")
      .setAudience("sophie-hub")
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode("not-the-secret-".padEnd(40, "y")));
    const expired = await hub.tokenFor(DEMO_ADMIN, "1s");
    await new Promise((r) => setTimeout(r, 1100));
    const unsigned = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from(JSON.stringify({ sub: "x", org: hub.demoOrgId })).toString("base64url")}.`;
    const admin = await hub.t.db.prisma.staff.findFirstOrThrow({ where: { email: DEMO_ADMIN } });
    const wrongIssuer = await new SignJWT({ org: hub.demoOrgId })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(admin.id)
      .setIssuer("someone-else")
      .setAudience("sophie-hub")
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode("test-secret-".padEnd(48, "x")));
    for (const token of [null, "garbage", forged, expired, unsigned, wrongIssuer]) {
      const r = await hub.gql("{ partners { totalCount } }", {}, token);
      expect({ token, status: r.status, code: failure(r).code, data: r.data ?? null }).toEqual({
        token,
        status: 401,
        code: "UNAUTHENTICATED",
        data: null,
      });
    }
  });

  it("keeps introspection from anonymous callers", async () => {
    const r = await hub.gql("{ __schema { types { name } } }", {}, null);
    expect([r.status, failure(r).code, r.data ?? null]).toEqual([401, "UNAUTHENTICATED", null]);
    expect(ok(await hub.gql("{ __schema { queryType { name } } }")).__schema.queryType.name).toBe(
      "Query",
    );
  });

  it("refuses a departed staff member's token", async () => {
    const token = await hub.tokenFor("zara.ahmed@sophiesociety.com");
    expect(failure(await hub.gql("{ viewer { id } }", {}, token)).code).toBe("UNAUTHENTICATED");
  });

  it("resolves the viewer and the organization", async () => {
    const data = ok(await hub.gql("{ viewer { email role } organization { name subdomain } }"));
    expect(data).toEqual({
      viewer: { email: DEMO_ADMIN, role: "ADMIN" },
      organization: { name: "Sophie Society", subdomain: "sophie-society" },
    });
  });

  it("shows a second organization none of the first one's rows, by any path", async () => {
    // Codes are per organization (the other one has its own SO-0001): pick one only the demo has.
    const demoPartner = await hub.t.db.prisma.partner.findFirstOrThrow({
      where: { organizationId: hub.demoOrgId, partnerCode: "SO-0040" },
    });
    const demoStaff = await hub.t.db.prisma.staff.findFirstOrThrow({
      where: { organizationId: hub.demoOrgId },
    });
    const demoAsin = await hub.t.db.prisma.asin.findFirstOrThrow({
      where: { organizationId: hub.demoOrgId },
    });
    const lists = ok(
      await hub.gql(
        `{
      partners { totalCount nodes { brandName } } staffMembers { totalCount } squads { totalCount } assignments { totalCount }
      asins { totalCount nodes { asinCode } } weeklyStatuses { totalCount } partnerSheets { totalCount } staffTraining { totalCount }
      ptoRecords { totalCount } externalContacts { totalCount } systemSettings { key } dataSources { totalCount } stagedChanges { totalCount } syncLogs { totalCount }
    }`,
        {},
        otherToken,
      ),
    );
    expect(lists).toEqual({
      partners: { totalCount: 1, nodes: [{ brandName: "Other Brand" }] },
      staffMembers: { totalCount: 1 },
      squads: { totalCount: 0 },
      assignments: { totalCount: 0 },
      asins: { totalCount: 1, nodes: [{ asinCode: "B0OTHER001" }] },
      weeklyStatuses: { totalCount: 0 },
      partnerSheets: { totalCount: 0 },
      staffTraining: { totalCount: 0 },
      ptoRecords: { totalCount: 0 },
      externalContacts: { totalCount: 0 },
      systemSettings: [],
      dataSources: { totalCount: 0 },
      stagedChanges: { totalCount: 0 },
      syncLogs: { totalCount: 0 },
    });
    const lookups = ok(
      await hub.gql(
        `query($p: ID!, $s: ID!, $a: ID!, $code: String!, $email: String!, $asin: String!) {
      partner(id: $p) { id } staff(id: $s) { id } asin(id: $a) { id } partnerByCode(code: $code) { id }
      staffByEmail(email: $email) { id } asinByCode(code: $asin) { id }
      byFilter: partners(filter: { id: { eq: $p } }) { totalCount }
    }`,
        {
          p: demoPartner.id,
          s: demoStaff.id,
          a: demoAsin.id,
          code: demoPartner.partnerCode,
          email: demoStaff.email,
          asin: demoAsin.asinCode,
        },
        otherToken,
      ),
    );
    expect(lookups).toEqual({
      partner: null,
      staff: null,
      asin: null,
      partnerByCode: null,
      staffByEmail: null,
      asinByCode: null,
      byFilter: { totalCount: 0 },
    });
  });

  it("refuses writes to another organization's rows as NOT_FOUND", async () => {
    const demoPartner = await hub.t.db.prisma.partner.findFirstOrThrow({
      where: { organizationId: hub.demoOrgId },
    });
    const demoStaff = await hub.t.db.prisma.staff.findFirstOrThrow({
      where: { organizationId: hub.demoOrgId },
    });
    const attempts = [
      [
        `mutation($id: ID!) { updatePartner(id: $id, input: { notes: "hijack" }) { id } }`,
        { id: demoPartner.id },
      ],
      [`mutation($id: ID!) { archivePartner(id: $id) { id } }`, { id: demoPartner.id }],
      [
        `mutation($id: ID!) { updateStaff(id: $id, input: { title: "x" }) { id } }`,
        { id: demoStaff.id },
      ],
      [
        `mutation($p: ID!, $s: ID!) { assignStaff(partnerId: $p, staffId: $s, role: POD_LEADER) { id } }`,
        { p: demoPartner.id, s: demoStaff.id },
      ],
      [
        `mutation($p: ID!) { recordWeeklyStatus(input: { partnerId: $p, week: "2026-01-05", status: ACTIVE }) { id } }`,
        { p: demoPartner.id },
      ],
      [
        `mutation($p: ID!) { createAsin(input: { partnerId: $p, asinCode: "B0HIJACK01" }) { id } }`,
        { p: demoPartner.id },
      ],
    ] as const;
    for (const [query, variables] of attempts)
      expect(failure(await hub.gql(query, variables, otherToken)).code).toBe("NOT_FOUND");
    expect(
      (await hub.t.db.prisma.partner.findUniqueOrThrow({ where: { id: demoPartner.id } })).notes,
    ).not.toBe("hijack");
  });
});

describe("the playground and the web app", () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub("pglite");
  });
  afterAll(() => hub.close());

  it("serves GraphiQL from our own bundle at GET /graphql for browsers, with a dev token", async () => {
    const res = await fetch(`${hub.url}/graphql`, { headers: { accept: "text/html" } });
    const html = await res.text();
    if (res.status === 503)
      throw new Error("web/dist is missing: run `npm run build` before the tests");
    expect(res.status).toBe(200);
    expect(html).toContain("Sophie Hub · GraphQL playground");
    expect(html).not.toMatch(/https?:\/\/(?!localhost)[a-z0-9.-]+\.(com|net|io)\//i); // nothing from a CDN
    const token = /"token":"([^"]+)"/.exec(html)?.[1];
    expect(ok(await hub.gql("{ viewer { role } }", {}, token!))).toEqual({
      viewer: { role: "ADMIN" },
    });
    const script = /src="(\/assets\/playground-[^"]+\.js)"/.exec(html)![1];
    const asset = await fetch(`${hub.url}${script}`);
    expect([asset.status, asset.headers.get("content-type")]).toEqual([
      200,
      "text/javascript; charset=utf-8",
    ]);
    expect((await fetch(`${hub.url}/assets/..%2f..%2fpackage.json`)).status).toBe(404);
  });

  it("serves the dashboard at / and JSON health", async () => {
    const home = await fetch(`${hub.url}/`, { headers: { accept: "text/html" } });
    expect(await home.text()).toContain('<div id="root"></div>');
    expect(await (await fetch(`${hub.url}/health`)).json()).toEqual({
      status: "ok",
      database: "pglite",
    });
  });
});
