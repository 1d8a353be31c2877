// PostgreSQL row-level security beneath the resolvers: raw SQL as the application role
// hub_app sees only the organization (and partners) its settings name.
import { TARGETS } from "./support/databases";
import { ok, startTestHub, type TestHub } from "./support/hub";

const TENANT_TABLES = [
  "code_sequences",
  "partners",
  "staff",
  "squads",
  "staff_squads",
  "partner_assignments",
  "asins",
  "weekly_statuses",
  "partner_sheets",
  "staff_training",
  "pto_records",
  "external_contacts",
  "system_settings",
  "data_sources",
  "field_mappings",
  "staged_changes",
  "field_lineage",
  "sync_logs",
  "roles",
  "role_permissions",
  "api_keys",
  "sessions",
  "audit_logs",
];

describe.each(TARGETS)("row-level security on %s", (target) => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub(target);
  });
  afterAll(() => hub.close());

  /** Runs SQL as hub_app with the given settings, in a transaction that is rolled back. */
  const asApp = <R>(settings: Record<string, string>, sql: string, params: unknown[] = []) =>
    hub.t.db.withSession(async (s) => {
      await s.exec("BEGIN");
      try {
        await s.exec("SET LOCAL ROLE hub_app");
        for (const [k, v] of Object.entries(settings))
          await s.query("SELECT set_config($1, $2, true)", [k, v]);
        return await s.query<R>(sql, params);
      } finally {
        await s.exec("ROLLBACK");
      }
    });
  const counts = async (settings: Record<string, string>) =>
    (
      await asApp<Record<string, number>>(
        settings,
        `SELECT ${TENANT_TABLES.map((t) => `(SELECT count(*)::int FROM "${t}") AS "${t}"`).join(", ")}, (SELECT count(*)::int FROM organizations) AS organizations`,
      )
    )[0];

  it("enables and forces RLS on every tenant table", async () => {
    const rows = await hub.t.db.withSession((s) =>
      s.query<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>(
        `SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class WHERE relnamespace = current_schema()::regnamespace AND relname = ANY($1)`,
        [[...TENANT_TABLES, "organizations"]],
      ),
    );
    expect(rows).toHaveLength(TENANT_TABLES.length + 1);
    expect(rows.filter((r) => !r.relrowsecurity || !r.relforcerowsecurity)).toEqual([]);
  });

  it("shows another organization's settings zero rows of the demo organization, and no settings nothing at all", async () => {
    const demo = await counts({ "hub.organization_id": hub.demoOrgId, "hub.partner_scope": "all" });
    expect(demo.partners).toBe(40);
    expect(demo.asins).toBeGreaterThan(0);
    const other = await counts({
      "hub.organization_id": hub.otherOrgId,
      "hub.partner_scope": "all",
    });
    expect(other).toMatchObject({
      partners: 1,
      asins: 1,
      staff: 1,
      organizations: 1,
      weekly_statuses: 0,
      partner_sheets: 0,
    });
    const demoRowsSeenByOther = await asApp<{ n: number }>(
      { "hub.organization_id": hub.otherOrgId, "hub.partner_scope": "all" },
      `SELECT (SELECT count(*) FROM partners WHERE organization_id = $1) + (SELECT count(*) FROM staff WHERE organization_id = $1)
        + (SELECT count(*) FROM asins WHERE organization_id = $1) + (SELECT count(*) FROM organizations WHERE id = $1) AS n`,
      [hub.demoOrgId],
    );
    expect(Number(demoRowsSeenByOther[0].n)).toBe(0);
    const none = await counts({});
    expect(Object.values(none).every((n) => n === 0)).toBe(true);
  });

  it("limits partner data to the staff member's assignments unless the scope is all", async () => {
    const leader = await hub.t.db.prisma.staff.findFirstOrThrow({
      where: { email: "priya.natarajan@sophiesociety.com" },
    });
    const assigned = new Set(
      (
        await hub.t.db.prisma.partnerAssignment.findMany({
          where: { staffId: leader.id, unassignedAt: null },
        })
      ).map((a) => a.partnerId),
    );
    const settings = {
      "hub.organization_id": hub.demoOrgId,
      "hub.staff_id": leader.id,
      "hub.partner_scope": "assigned",
    };
    const seen = await asApp<{ id: string }>(settings, "SELECT id FROM partners");
    expect(new Set(seen.map((r) => r.id))).toEqual(assigned);
    const asinPartners = await asApp<{ partner_id: string }>(
      settings,
      "SELECT DISTINCT partner_id FROM asins",
    );
    expect(asinPartners.every((r) => assigned.has(r.partner_id))).toBe(true);
    expect((await counts(settings)).staff).toBe(25); // staff are not partner data
  });

  it("refuses writes into another organization or to an unassigned partner", async () => {
    await expect(
      asApp(
        { "hub.organization_id": hub.otherOrgId, "hub.partner_scope": "all" },
        `INSERT INTO partners (organization_id, brand_name) VALUES ($1, 'Smuggled')`,
        [hub.demoOrgId],
      ),
    ).rejects.toThrow(/row-level security/);
    const updated = await asApp<{ id: string }>(
      { "hub.organization_id": hub.otherOrgId, "hub.partner_scope": "all" },
      `UPDATE partners SET notes = 'x' WHERE organization_id = $1 RETURNING id`,
      [hub.demoOrgId],
    );
    expect(updated).toEqual([]);
    const leader = await hub.t.db.prisma.staff.findFirstOrThrow({
      where: { email: "priya.natarajan@sophiesociety.com" },
    });
    const foreign = await hub.t.db.prisma.partner.findFirstOrThrow({
      where: {
        organizationId: hub.demoOrgId,
        assignments: { none: { staffId: leader.id, unassignedAt: null } },
      },
    });
    await expect(
      asApp(
        {
          "hub.organization_id": hub.demoOrgId,
          "hub.staff_id": leader.id,
          "hub.partner_scope": "assigned",
        },
        `INSERT INTO asins (organization_id, partner_id, asin_code) VALUES ($1, $2, 'B0RLSTEST1')`,
        [hub.demoOrgId, foreign.id],
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it("runs every GraphQL request as hub_app with the viewer's settings", async () => {
    const seen: string[] = [];
    const stop = hub.t.db.onQuery((e) => seen.push(`${e.query} ${e.params}`));
    try {
      ok(await hub.gql("{ partners(first: 1) { totalCount } }"));
    } finally {
      stop();
    }
    const settings = seen.find((q) => q.includes("set_config('role', 'hub_app', true)"));
    expect(settings).toBeDefined();
    expect(settings).toContain(hub.demoOrgId);
  });
});
