// Roles and permissions, API keys, and the audit log, driven over HTTP.
import { TARGETS } from "./support/databases";
import { failure, ok, startTestHub, type TestHub } from "./support/hub";

describe.each(TARGETS)("access control on %s", (target) => {
  let hub: TestHub;
  let podLeader: string;
  let finance: string;
  let analyst: string;
  beforeAll(async () => {
    hub = await startTestHub(target);
    podLeader = await hub.tokenFor("priya.natarajan@sophiesociety.com");
    finance = await hub.tokenFor("ben.carter@sophiesociety.com");
    analyst = await hub.tokenFor("owen.price@sophiesociety.com");
  });
  afterAll(() => hub.close());

  it("shows partner financials only to roles with partners:financials", async () => {
    const q = `{ partners(first: 1, orderBy: [{ partnerCode: ASC }]) { nodes { brandName baseFee commissionRate } } }`;
    expect(ok(await hub.gql(q, {}, finance)).partners.nodes[0].baseFee).not.toBeNull();
    const denied = await hub.gql(q, {}, analyst);
    expect(denied.data!.partners.nodes[0]).toEqual({
      brandName: "Northwind Naturals",
      baseFee: null,
      commissionRate: null,
    });
    expect(denied.errors!.map((e) => [e.extensions.code, e.path!.join(".")])).toEqual([
      ["FORBIDDEN", "partners.nodes.0.baseFee"],
      ["FORBIDDEN", "partners.nodes.0.commissionRate"],
    ]);
    expect(denied.errors![0].message).toMatch(
      /needs the permission partners:financials, which the role analyst does not have/,
    );
    // Nor can they learn it by filtering or sorting, or write it.
    expect(
      failure(
        await hub.gql(
          `{ partners(filter: { or: [{ baseFee: { gt: 4000 } }] }) { totalCount } }`,
          {},
          analyst,
        ),
      ).code,
    ).toBe("FORBIDDEN");
    expect(
      failure(
        await hub.gql(
          `{ partners(orderBy: [{ commissionRate: DESC }]) { totalCount } }`,
          {},
          analyst,
        ),
      ).code,
    ).toBe("FORBIDDEN");
    expect(
      ok(
        await hub.gql(
          `{ partners(filter: { baseFee: { gt: 4000 } }) { totalCount } }`,
          {},
          finance,
        ),
      ).partners.totalCount,
    ).toBeGreaterThan(0);
    const ops = await hub.tokenFor("olivia.chen@sophiesociety.com");
    const p = ok(
      await hub.gql(`mutation { createPartner(input: { brandName: "No Money" }) { id } }`, {}, ops),
    ).createPartner;
    expect(
      failure(
        await hub.gql(
          `mutation($id: ID!) { updatePartner(id: $id, input: { baseFee: null }) { id } }`,
          { id: p.id },
          ops,
        ),
      ).code,
    ).toBe("FORBIDDEN");
  });

  it("refuses operations a role lacks, naming the permission", async () => {
    const denied = failure(
      await hub.gql(
        `mutation { createPartner(input: { brandName: "Nope" }) { id } }`,
        {},
        podLeader,
      ),
    );
    expect(denied).toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(
        /Mutation.createPartner needs the permission partners:write, which the role pod_leader/,
      ),
    });
    expect(failure(await hub.gql(`{ dataSources { totalCount } }`, {}, podLeader)).code).toBe(
      "FORBIDDEN",
    );
    expect(failure(await hub.gql(`{ auditLogs { totalCount } }`, {}, analyst)).code).toBe(
      "FORBIDDEN",
    );
    expect(failure(await hub.gql(`{ apiKeys { id } }`, {}, finance)).code).toBe("FORBIDDEN");
    const partner = await hub.t.db.prisma.partner.findFirstOrThrow({
      where: { organizationId: hub.demoOrgId, status: "active" },
    });
    const recorded = ok(
      await hub.gql(
        `mutation($p: ID!) { recordWeeklyStatus(input: { partnerId: $p, week: "2025-03-03", status: ACTIVE }) { status } }`,
        { p: partner.id },
        podLeader,
      ),
    );
    expect(recorded.recordWeeklyStatus.status).toBe("ACTIVE");
  });

  it("lets admins edit a role's permissions, with immediate effect", async () => {
    const roles = ok(
      await hub.gql(`{ roles { name isSystem permissions } permissions { name } }`),
    ).roles;
    expect(roles.map((r: any) => r.name)).toEqual(
      expect.arrayContaining([
        "admin",
        "pod_leader",
        "finance",
        "analyst",
        "service_readonly",
        "service_pipeline",
      ]),
    );
    const analystRole = roles.find((r: any) => r.name === "analyst");
    expect(analystRole.permissions).not.toContain("partners:financials");
    expect(ok(await hub.gql(`{ viewerPermissions }`, {}, analyst)).viewerPermissions).toEqual(
      [...analystRole.permissions].sort(),
    );
    ok(
      await hub.gql(
        `mutation($p: [String!]!) { setRolePermissions(role: "analyst", permissions: $p) { permissions } }`,
        { p: [...analystRole.permissions, "partners:financials"] },
      ),
    );
    expect(
      ok(await hub.gql(`{ partners(first: 1) { nodes { baseFee } } }`, {}, analyst)).partners
        .nodes[0].baseFee,
    ).not.toBeNull();
    expect(ok(await hub.gql(`{ viewerPermissions }`, {}, analyst)).viewerPermissions).toContain(
      "partners:financials",
    ); // what the dashboard shows follows at once
    ok(
      await hub.gql(
        `mutation($p: [String!]!) { setRolePermissions(role: "analyst", permissions: $p) { permissions } }`,
        { p: analystRole.permissions },
      ),
    );
    expect(
      failure(
        await hub.gql(
          `mutation { setRolePermissions(role: "analyst", permissions: ["partners:fly"]) { name } }`,
        ),
      ),
    ).toMatchObject({ code: "BAD_USER_INPUT", field: "permissions" });
    expect(
      failure(
        await hub.gql(
          `mutation { setRolePermissions(role: "admin", permissions: ["partners:read"]) { name } }`,
        ),
      ).field,
    ).toBe("permissions");
    expect(
      failure(
        await hub.gql(`mutation { setRolePermissions(role: "wizard", permissions: []) { name } }`),
      ).code,
    ).toBe("NOT_FOUND");
  });

  it("issues API keys once, hashes them, scopes them to a role, and stops revoked or expired keys at once", async () => {
    const created = ok(
      await hub.gql(
        `mutation { createApiKey(name: "Reporting", role: "service_readonly") { key apiKey { id prefix role isActive createdBy { email } } } }`,
      ),
    ).createApiKey;
    expect(created.key).toMatch(/^hub_[A-Za-z0-9]{40}$/);
    expect(created.apiKey).toMatchObject({
      prefix: created.key.slice(0, 12),
      role: "service_readonly",
      isActive: true,
      createdBy: { email: "sophie.admin@sophiesociety.com" },
    });
    const stored = await hub.t.db.prisma.apiKey.findUniqueOrThrow({
      where: { id: created.apiKey.id },
    });
    expect(stored.keyHash).not.toContain(created.key.slice(4));
    expect(ok(await hub.gql(`{ partners { totalCount } viewer { id } }`, {}, created.key))).toEqual(
      {
        partners: {
          totalCount: await hub.t.db.prisma.partner.count({
            where: { organizationId: hub.demoOrgId },
          }),
        },
        viewer: null,
      },
    );
    expect(
      failure(
        await hub.gql(
          `mutation { createPartner(input: { brandName: "By key" }) { id } }`,
          {},
          created.key,
        ),
      ).code,
    ).toBe("FORBIDDEN");
    const listed = ok(await hub.gql(`{ apiKeys { id prefix lastUsedAt } }`)).apiKeys;
    expect(listed.find((k: any) => k.id === created.apiKey.id).lastUsedAt).not.toBeNull();
    expect(JSON.stringify(listed)).not.toContain(created.key);
    ok(
      await hub.gql(`mutation($id: ID!) { revokeApiKey(id: $id) { isActive revokedAt } }`, {
        id: created.apiKey.id,
      }),
    );
    expect(failure(await hub.gql(`{ partners { totalCount } }`, {}, created.key)).code).toBe(
      "UNAUTHENTICATED",
    );
    expect(
      failure(
        await hub.gql(`mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, {
          id: created.apiKey.id,
        }),
      ).code,
    ).toBe("BAD_USER_INPUT");

    const soon = ok(
      await hub.gql(
        `mutation($at: DateTime) { createApiKey(name: "Short", role: "service_pipeline", expiresAt: $at) { key } }`,
        { at: new Date(Date.now() + 1500).toISOString() },
      ),
    ).createApiKey;
    expect(
      ok(await hub.gql(`{ dataSources { totalCount } }`, {}, soon.key)).dataSources.totalCount,
    ).toBe(0);
    await new Promise((r) => setTimeout(r, 1600));
    expect(failure(await hub.gql(`{ dataSources { totalCount } }`, {}, soon.key)).code).toBe(
      "UNAUTHENTICATED",
    );
    expect(
      failure(await hub.gql(`{ partners { totalCount } }`, {}, "hub_" + "x".repeat(40))).code,
    ).toBe("UNAUTHENTICATED");
    expect(
      failure(await hub.gql(`mutation { createApiKey(name: "Bad", role: "nobody") { key } }`)).code,
    ).toBe("NOT_FOUND");
    expect(
      failure(
        await hub.gql(
          `mutation { createApiKey(name: "Old", role: "service_readonly", expiresAt: "2001-01-01T00:00:00Z") { key } }`,
        ),
      ).field,
    ).toBe("expiresAt");
  });

  it("audits every mutation in its transaction with a field-level diff, readable as history", async () => {
    const partner = ok(
      await hub.gql(
        `mutation { createPartner(input: { brandName: "Audited", tier: TIER_3 }) { id } }`,
      ),
    ).createPartner;
    ok(
      await hub.gql(
        `mutation($id: ID!) { updatePartner(id: $id, input: { tier: TIER_1, notes: "upgraded" }) { id } }`,
        { id: partner.id },
      ),
    );
    ok(await hub.gql(`mutation($id: ID!) { archivePartner(id: $id) { id } }`, { id: partner.id }));
    const history = ok(
      await hub.gql(
        `query($id: ID!) { partner(id: $id, includeArchived: true) { history { totalCount nodes { action changes actor { email } } } } }`,
        { id: partner.id },
      ),
    ).partner.history;
    expect(history.nodes.map((n: any) => n.action)).toEqual([
      "archivePartner",
      "updatePartner",
      "createPartner",
    ]);
    expect(history.nodes[1].changes).toEqual({
      tier: ["tier_3", "tier_1"],
      notes: [null, "upgraded"],
    });
    expect(history.nodes[2].changes).toMatchObject({
      brand_name: [null, "Audited"],
      tier: [null, "tier_3"],
    });
    expect(
      history.nodes.every((n: any) => n.actor.email === "sophie.admin@sophiesociety.com"),
    ).toBe(true);
    // A failed mutation leaves neither the change nor an audit row.
    const before = await hub.t.db.prisma.auditLog.count();
    failure(
      await hub.gql(
        `mutation($id: ID!) { updatePartner(id: $id, input: { commissionRate: 3 }) { id } }`,
        { id: partner.id },
      ),
    );
    expect(await hub.t.db.prisma.auditLog.count()).toBe(before);
    const filtered = ok(
      await hub.gql(
        `{ auditLogs(filter: { action: { eq: "updatePartner" } }) { totalCount nodes { tableName } } }`,
      ),
    ).auditLogs;
    expect(filtered.totalCount).toBeGreaterThanOrEqual(1);
    expect(
      failure(
        await hub.gql(
          `query($id: ID!) { partner(id: $id, includeArchived: true) { history { totalCount } } }`,
          { id: partner.id },
          analyst,
        ),
      ).code,
    ).toBe("FORBIDDEN");
  });
});
