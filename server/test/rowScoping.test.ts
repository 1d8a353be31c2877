// A pod leader sees only partners actively assigned to them, by every path, and
// everyone sees only their own training and time off unless their role sees all.
import { TARGETS } from "./support/databases";
import { failure, ok, startTestHub, type TestHub } from "./support/hub";

describe.each(TARGETS)("row scoping on %s", (target) => {
  let hub: TestHub;
  let leader: { id: string; token: string; partners: string[] };
  let foreign: { id: string; code: string; asinId: string; asinCode: string; leaderId: string };
  beforeAll(async () => {
    hub = await startTestHub(target);
    const p = hub.t.db.prisma;
    const me = await p.staff.findFirstOrThrow({
      where: { email: "priya.natarajan@sophiesociety.com" },
    });
    const mine = await p.partnerAssignment.findMany({
      where: { staffId: me.id, unassignedAt: null },
      select: { partnerId: true },
    });
    const other = await p.partner.findFirstOrThrow({
      where: {
        organizationId: hub.demoOrgId,
        assignments: { none: { staffId: me.id, unassignedAt: null } },
        asins: { some: {} },
        sheets: { some: {} },
        weeklyStatuses: { some: {} },
      },
      include: {
        asins: { take: 1 },
        assignments: { where: { assignmentRole: "pod_leader", unassignedAt: null } },
      },
    });
    leader = {
      id: me.id,
      token: await hub.tokenFor(me.email),
      partners: [...new Set(mine.map((m) => m.partnerId))],
    };
    foreign = {
      id: other.id,
      code: other.partnerCode,
      asinId: other.asins[0].id,
      asinCode: other.asins[0].asinCode,
      leaderId: other.assignments[0].staffId,
    };
  });
  afterAll(() => hub.close());
  const as = (query: string, variables: Record<string, unknown> = {}) =>
    hub.gql(query, variables, leader.token);

  it("lists only the leader's partners and their rows", async () => {
    const d = ok(
      await as(`{ partners(first: 100) { totalCount nodes { id asins(first: 50) { nodes { id } } } }
      asins(first: 500) { nodes { partner { id } } } weeklyStatuses(first: 500) { nodes { partner { id } } }
      partnerSheets(first: 500) { nodes { partner { id } } } assignments(first: 500) { nodes { partner { id } } } }`),
    );
    expect(d.partners.nodes.map((n: any) => n.id).sort()).toEqual([...leader.partners].sort());
    for (const list of [d.asins, d.weeklyStatuses, d.partnerSheets, d.assignments]) {
      expect(list.nodes.length).toBeGreaterThan(0);
      expect(list.nodes.every((n: any) => leader.partners.includes(n.partner.id))).toBe(true);
    }
  });

  it("finds nothing of an unassigned partner by id, code, filter, ASIN or nested relation", async () => {
    const d = ok(
      await as(
        `query($id: ID!, $code: String!, $asin: ID!, $asinCode: String!, $other: ID!) {
      partner(id: $id) { id } partnerByCode(code: $code) { id } byFilter: partners(filter: { id: { eq: $id } }) { totalCount }
      asin(id: $asin) { id } asinByCode(code: $asinCode) { id }
      statuses: weeklyStatuses(filter: { partnerId: { eq: $id } }) { totalCount }
      sheets: partnerSheets(filter: { partnerId: { eq: $id } }) { totalCount }
      assignments(filter: { partnerId: { eq: $id } }) { totalCount }
      otherLeader: staff(id: $other) { partners { id } assignments { nodes { partner { id } } } squads { partners { id } } }
    }`,
        {
          id: foreign.id,
          code: foreign.code,
          asin: foreign.asinId,
          asinCode: foreign.asinCode,
          other: foreign.leaderId,
        },
      ),
    );
    expect(d).toMatchObject({
      partner: null,
      partnerByCode: null,
      byFilter: { totalCount: 0 },
      asin: null,
      asinByCode: null,
      statuses: { totalCount: 0 },
      sheets: { totalCount: 0 },
      assignments: { totalCount: 0 },
    });
    const reached = JSON.stringify(d.otherLeader);
    expect(reached).not.toContain(foreign.id);
  });

  it("cannot write to an unassigned partner, but can to an assigned one", async () => {
    const record = (partnerId: string) =>
      as(
        `mutation($p: ID!) { recordWeeklyStatus(input: { partnerId: $p, week: "2025-06-02", status: ACTIVE }) { id } }`,
        { p: partnerId },
      );
    expect(failure(await record(foreign.id)).code).toBe("NOT_FOUND");
    expect(
      failure(
        await as(
          `mutation($p: ID!) { createAsin(input: { partnerId: $p, asinCode: "B0SCOPE001" }) { id } }`,
          { p: foreign.id },
        ),
      ).code,
    ).toBe("NOT_FOUND");
    expect(
      failure(
        await as(`mutation($a: ID!) { updateAsin(id: $a, input: { title: "x" }) { id } }`, {
          a: foreign.asinId,
        }),
      ).code,
    ).toBe("NOT_FOUND");
    expect(ok(await record(leader.partners[0])).recordWeeklyStatus.id).toBeTruthy();
  });

  it("loses sight of a partner as soon as the assignment ends", async () => {
    const admin = await hub.tokenFor("sophie.admin@sophiesociety.com");
    const assignment = await hub.t.db.prisma.partnerAssignment.findFirstOrThrow({
      where: { staffId: leader.id, partnerId: leader.partners[0], unassignedAt: null },
    });
    ok(
      await hub.gql(
        `mutation($id: ID!) { unassignStaff(assignmentId: $id) { id } }`,
        { id: assignment.id },
        admin,
      ),
    );
    const stillAssigned = await hub.t.db.prisma.partnerAssignment.count({
      where: { staffId: leader.id, partnerId: leader.partners[0], unassignedAt: null },
    });
    const seen = ok(
      await as(`query($id: ID!) { partner(id: $id) { id } }`, { id: leader.partners[0] }),
    ).partner;
    expect(seen === null).toBe(stillAssigned === 0);
  });

  it("shows training and time off to their owner, their squad's leaders, and roles that see everyone's", async () => {
    const q = `query($me: ID!, $other: ID!) { me: staff(id: $me) { training { id } ptoRecords { id } } other: staff(id: $other) { training { id } ptoRecords { id } } }`;
    const mine = ok(await as(q, { me: leader.id, other: foreign.leaderId }));
    expect(mine.me.training).not.toBeNull();
    expect(mine.other).toEqual({ training: null, ptoRecords: null });
    const adminView = ok(await hub.gql(q, { me: leader.id, other: foreign.leaderId }));
    expect(adminView.other.training).not.toBeNull();
    // A squad's leader or captain manages its members: they see their training and time off.
    const led = await hub.t.db.prisma.staffSquad.findFirstOrThrow({
      where: { staffId: leader.id, role: { in: ["leader", "captain"] }, isActive: true },
    });
    const member = await hub.t.db.prisma.staffSquad.findFirstOrThrow({
      where: { squadId: led.squadId, staffId: { not: leader.id }, isActive: true },
    });
    const outsider = await hub.t.db.prisma.staff.findFirstOrThrow({
      where: {
        organizationId: hub.demoOrgId,
        squadMemberships: { none: { squadId: led.squadId } },
        id: { not: leader.id },
      },
    });
    const managed = ok(await as(q, { me: member.staffId, other: outsider.id }));
    expect(managed.me.training).not.toBeNull();
    expect(managed.me.ptoRecords).not.toBeNull();
    expect(managed.other).toEqual({ training: null, ptoRecords: null });
  });
});
