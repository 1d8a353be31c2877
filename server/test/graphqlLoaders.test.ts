// DataLoader keeps the SQL statements of a request bounded by its depth, not its rows.
import { clearLogs, getLogs } from "@prisma/debug";
import { TARGETS } from "./support/databases";
import { inViewerTransaction, openRequestTransaction } from "../src/db/requestTransaction";
import { rowsOf } from "../src/db/directSql";
import { ok, startTestHub, type TestHub } from "./support/hub";

const FOUR_LEVELS = `query($n: Int) { partners(first: $n) { nodes { brandName activeAssignments { assignmentRole staff { fullName squads { name } } } } } }`;

describe.each(TARGETS)("statements per request on %s", (target) => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub(target, { worker: false }); // the sync worker's periodic statements would land in the counts
    // 10 more partners (50 in all), each with a pod leader, so the larger page has more rows at every level.
    const leader = await hub.t.db.prisma.staff.findFirstOrThrow({
      where: { organizationId: hub.demoOrgId, role: "pod_leader", status: "active" },
    });
    for (let i = 0; i < 10; i++) {
      const p = await hub.t.db.prisma.partner.create({
        data: { organizationId: hub.demoOrgId, brandName: `Extra ${i}`, status: "active" },
      });
      await hub.t.db.prisma.partnerAssignment.create({
        data: {
          organizationId: hub.demoOrgId,
          partnerId: p.id,
          staffId: leader.id,
          assignmentRole: "pod_leader",
          isPrimary: true,
        },
      });
    }
  });
  afterAll(() => hub.close());

  async function statements(query: string, variables: Record<string, unknown>) {
    const seen: string[] = [];
    const stop = hub.t.db.onQuery((e) => seen.push(e.query));
    try {
      const data = ok(await hub.gql(query, variables));
      return { count: seen.length, data, seen };
    } finally {
      stop();
    }
  }

  it("runs the same number of statements for 10 and 50 partners (partners → activeAssignments → staff → squads)", async () => {
    const ten = await statements(FOUR_LEVELS, { n: 10 });
    const fifty = await statements(FOUR_LEVELS, { n: 50 });
    expect(ten.data.partners.nodes).toHaveLength(10);
    expect(fifty.data.partners.nodes).toHaveLength(50);
    const assignments = fifty.data.partners.nodes.flatMap((p: any) => p.activeAssignments);
    expect(assignments.length).toBeGreaterThan(100);
    console.log(
      `statements for the 4-level query on ${target}: ${ten.count} at 10 partners, ${fifty.count} at 50 partners`,
    );
    expect(fifty.count).toBe(ten.count);
    // The viewer lookup (which also sets the request's row-level-security settings) and the
    // commit, plus a statement per level at most: assignments bring their staff (priming
    // staffById), squads come with their memberships joined. Depth-bound.
    const data = fifty.seen.filter(
      (q) => /^SELECT (?!set_config)/.test(q.trim()) && !/"role_permissions"/.test(q),
    );
    expect(data).toHaveLength(3);
    expect(
      fifty.seen.filter(
        (q) => /"role_permissions"/.test(q) && q.includes("set_config('role', 'hub_app', true)"),
      ),
    ).toHaveLength(1);
    expect(fifty.count).toBe(data.length + 2);
  });

  it("sends a request's raw reads on its transaction directly, not through Prisma's driver adapter", async () => {
    // The adapter logs every statement it runs to @prisma/debug's history; direct ones skip it.
    clearLogs();
    const { seen } = await statements(FOUR_LEVELS, { n: 10 });
    expect(seen.filter((q) => q.includes('"partner_assignments"'))).not.toHaveLength(0);
    expect(getLogs(Number.MAX_SAFE_INTEGER)).not.toContain("partner_assignments");
  });

  it("refuses a direct statement once the request's transaction has ended", async () => {
    const admin = await hub.t.db.prisma.staff.findFirstOrThrow({
      where: { organizationId: hub.demoOrgId, role: "admin" },
    });
    const request = await openRequestTransaction(hub.t.db.prisma, {
      kind: "staff",
      organizationId: hub.demoOrgId,
      staffId: admin.id,
      apiKeyId: null,
      role: "admin",
      permissions: new Set(["partners:read_all"]),
    });
    const sql = rowsOf(request.prisma);
    expect(
      await sql<{ org: string }>("SELECT current_setting('hub.organization_id') AS org", []),
    ).toEqual([{ org: hub.demoOrgId }]);
    await request.finish();
    await expect(sql("SELECT 1", [])).rejects.toThrow(
      "a statement came after the transaction ended",
    );
  });

  it("sends a background transaction's raw SQL directly too (queued and CLI syncs), and refuses it once it ended", async () => {
    const admin = await hub.t.db.prisma.staff.findFirstOrThrow({
      where: { organizationId: hub.demoOrgId, role: "admin" },
    });
    const viewer = {
      kind: "staff" as const,
      organizationId: hub.demoOrgId,
      staffId: admin.id,
      apiKeyId: null,
      role: "admin",
      permissions: new Set(["partners:read_all"]),
    };
    const tx = await inViewerTransaction(hub.t.db.prisma, viewer, async (t) => {
      clearLogs();
      expect(
        await rowsOf(t)<{ marker: string }>("SELECT 'background-direct-marker' AS marker", []),
      ).toEqual([{ marker: "background-direct-marker" }]);
      expect(getLogs(Number.MAX_SAFE_INTEGER)).not.toContain("background-direct-marker");
      return t;
    });
    await expect(rowsOf(tx)("SELECT 1", [])).rejects.toThrow(
      "a statement came after the transaction ended",
    );
  });

  it("batches relations with arguments per argument set", async () => {
    const q = `{ partners(first: 50) { nodes { a: weeklyStatuses(first: 2) { totalCount } b: weeklyStatuses(from: "2020-01-06") { totalCount } c: weeklyStatuses(from: "2020-01-06") { totalCount } latestWeeklyStatus { status } } } }`;
    const r = await statements(q, {});
    // viewer with settings, commit + partners, statuses (no range), statuses (one range), latest
    expect(r.count).toBeLessThanOrEqual(6);
  });

  it("answers parent ASINs' children from the statement that read the partners' ASINs", async () => {
    const parents = await statements(
      `{ partners(first: 40) { nodes { parentAsins { asinCode } } } }`,
      {},
    );
    const families = await statements(
      `{ partners(first: 40) { nodes { parentAsins { asinCode children { asinCode parentAsin } } } } }`,
      {},
    );
    expect(families.count).toBe(parents.count);
    const children = families.data.partners.nodes.flatMap((p: any) =>
      p.parentAsins.flatMap((a: any) => a.children.map((c: any) => [a.asinCode, c.parentAsin])),
    );
    expect(children.length).toBeGreaterThan(5);
    expect(children.every(([parent, child]: string[]) => parent === child)).toBe(true);
  });

  it("joins statuses' reporters only when the query selects them, through fragments too", async () => {
    const plain = await statements(
      `{ partners(first: 20) { nodes { weeklyStatuses(first: 3) { nodes { status } } } } }`,
      {},
    );
    const withReporter = await statements(
      `{ partners(first: 20) { nodes { weeklyStatuses(first: 3) { edges { node { ...Who } } } } } }
      fragment Who on WeeklyStatus { ... on WeeklyStatus { reportedBy { fullName } } }`,
      {},
    );
    const statusStatement = (r: { seen: string[] }) =>
      r.seen.find((q) => q.includes('FROM "weekly_statuses" r'))!;
    expect(statusStatement(plain)).not.toContain('"staff"');
    expect(statusStatement(withReporter)).toContain('LEFT JOIN "staff" s');
    expect(withReporter.count).toBe(plain.count); // the reporters came with the statuses
    const reporters = withReporter.data.partners.nodes
      .flatMap((p: any) => p.weeklyStatuses.edges.map((e: any) => e.node.reportedBy?.fullName))
      .filter(Boolean);
    expect(reporters.length).toBeGreaterThan(10);
  });
});
