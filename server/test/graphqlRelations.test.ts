// Every relation resolves in both directions, over HTTP, on the demo organization.
import { TARGETS } from "./support/databases";
import { ok, startTestHub, type TestHub } from "./support/hub";

describe.each(TARGETS)("graph relations on %s", (target) => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub(target);
  });
  afterAll(() => hub.close());
  const p = () => hub.t.db.prisma;

  it("partner → assignments, activeAssignments, podLeader, staff, asins, parentAsins, statuses, latest status, sheets", async () => {
    const partner = await p().partner.findFirstOrThrow({
      where: { organizationId: hub.demoOrgId, brandName: "Northwind Naturals" },
    });
    const data = ok(
      await hub.gql(
        `query($id: ID!) { partner(id: $id) {
      brandName
      assignments(includeInactive: true) { totalCount nodes { isActive assignmentRole partner { brandName } staff { email } } }
      activeAssignments { assignmentRole isPrimary }
      podLeader { email }
      staff { email }
      asins(first: 100) { totalCount nodes { asinCode isParent parentAsin parent { asinCode } children { asinCode } partner { brandName } } }
      parentAsins { asinCode children { asinCode } }
      weeklyStatuses(first: 20) { totalCount nodes { weekStartDate reportedBy { role } partner { brandName } } }
      window: weeklyStatuses(from: "2000-01-01", to: "2000-12-31") { totalCount }
      latestWeeklyStatus { weekStartDate }
      sheets { sheetType asin { asinCode } partner { brandName } }
    } }`,
        { id: partner.id },
      ),
    );
    const d = data.partner;
    expect(d.brandName).toBe("Northwind Naturals");
    const dbAssignments = await p().partnerAssignment.findMany({
      where: { partnerId: partner.id },
    });
    expect(d.assignments.totalCount).toBe(dbAssignments.length);
    expect(
      d.assignments.nodes.every((a: any) => a.partner.brandName === "Northwind Naturals"),
    ).toBe(true);
    expect(d.activeAssignments.length).toBe(dbAssignments.filter((a) => !a.unassignedAt).length);
    const leader = dbAssignments.find(
      (a) => a.assignmentRole === "pod_leader" && a.isPrimary && !a.unassignedAt,
    )!;
    expect(d.podLeader.email).toBe(
      (await p().staff.findUniqueOrThrow({ where: { id: leader.staffId } })).email,
    );
    expect(d.staff.map((s: any) => s.email)).toContain(d.podLeader.email);
    expect(d.asins.totalCount).toBe(partner.parentAsinCount + partner.childAsinCount);
    const children = d.asins.nodes.filter((a: any) => a.parentAsin);
    expect(children.length).toBeGreaterThan(0);
    expect(children.every((c: any) => c.parent.asinCode === c.parentAsin)).toBe(true);
    expect(d.parentAsins.length).toBe(partner.parentAsinCount);
    expect(d.parentAsins.flatMap((x: any) => x.children).length).toBe(children.length);
    expect(d.weeklyStatuses.totalCount).toBe(
      await p().weeklyStatus.count({ where: { partnerId: partner.id } }),
    );
    expect(d.weeklyStatuses.nodes[0].weekStartDate).toBe(d.latestWeeklyStatus.weekStartDate);
    expect(d.window.totalCount).toBe(0);
    expect(d.sheets.length).toBe(
      await p().partnerSheet.count({ where: { partnerId: partner.id } }),
    );
  });

  it("staff → assignments, partners, squads, memberships, training, PTO; squad → members, partners", async () => {
    const leader = await p().staff.findFirstOrThrow({
      where: { organizationId: hub.demoOrgId, role: "pod_leader", status: "active" },
      orderBy: { staffCode: "asc" },
    });
    const data = ok(
      await hub.gql(
        `query($email: String!) { staffByEmail(email: $email) {
      fullName currentClientCount
      assignments { totalCount nodes { partner { brandName } } }
      partners { brandName }
      squads { name members { staff { email } role } partners { brandName } }
      squadMemberships { role squad { name } staff { email } }
      training { moduleName status staff { email } }
      ptoRecords { status staff { email } approvedBy { email } }
    } }`,
        { email: leader.email.toUpperCase() },
      ),
    );
    const s = data.staffByEmail;
    expect(s.fullName).toBe(leader.fullName);
    expect(s.partners.length).toBe(leader.currentClientCount);
    expect(s.currentClientCount).toBe(leader.currentClientCount);
    expect(s.squads.length).toBeGreaterThan(0);
    for (const squad of s.squads) {
      expect(squad.members.map((m: any) => m.staff.email)).toContain(leader.email);
      // A squad carries at least this member's partners.
      expect(squad.partners.map((x: any) => x.brandName)).toEqual(
        expect.arrayContaining(s.partners.map((x: any) => x.brandName)),
      );
    }
    expect(s.squadMemberships.every((m: any) => m.staff.email === leader.email)).toBe(true);
    expect(s.training.length).toBe(
      await p().staffTraining.count({ where: { staffId: leader.id } }),
    );
    expect(s.training.every((t: any) => t.staff.email === leader.email)).toBe(true);
  });

  it("staff → statuses reported, sheets verified, PTO approved, contacts added (the reverse directions)", async () => {
    const leader = await p().staff.findFirstOrThrow({
      where: { organizationId: hub.demoOrgId, role: "pod_leader", status: "active" },
      orderBy: { staffCode: "asc" },
    });
    const admin = await p().staff.findFirstOrThrow({
      where: { email: "sophie.admin@sophiesociety.com" },
    });
    const d = ok(
      await hub.gql(
        `query($l: ID!, $a: ID!) {
      leader: staff(id: $l) { reportedStatuses(first: 500) { totalCount nodes { reportedBy { id } } } verifiedSheets { verifiedBy { id } } }
      admin: staff(id: $a) { approvedPto { approvedBy { id } status } addedContacts { addedBy { id } } }
    }`,
        { l: leader.id, a: admin.id },
      ),
    );
    expect(d.leader.reportedStatuses.totalCount).toBe(
      await p().weeklyStatus.count({ where: { reportedById: leader.id } }),
    );
    expect(d.leader.reportedStatuses.totalCount).toBeGreaterThan(0);
    expect(d.leader.reportedStatuses.nodes.every((n: any) => n.reportedBy.id === leader.id)).toBe(
      true,
    );
    expect(d.leader.verifiedSheets.length).toBe(
      await p().partnerSheet.count({ where: { verifiedById: leader.id } }),
    );
    expect(d.admin.approvedPto.length).toBe(
      await p().ptoRecord.count({ where: { approvedById: admin.id } }),
    );
    expect(
      d.admin.approvedPto.every(
        (r: any) => r.approvedBy.id === admin.id && r.status === "APPROVED",
      ),
    ).toBe(true);
    expect(d.admin.addedContacts).toHaveLength(8);
  });

  it("lookups by code, email and ASIN code; sheets, contacts, settings, organization", async () => {
    const asin = await p().asin.findFirstOrThrow({
      where: { organizationId: hub.demoOrgId, isParent: false, parentAsin: { not: null } },
    });
    const data = ok(
      await hub.gql(
        `query($code: String!) {
      partnerByCode(code: "so-0001") { partnerCode }
      asinByCode(code: $code) { asinCode parent { asinCode isParent } partner { id } sheets { id } }
      partnerSheets(first: 3) { totalCount nodes { partner { id } verifiedBy { id } } }
      externalContacts(tag: "logistics") { nodes { name addedBy { role } } }
      systemSettings { key value updatedBy { role } }
      systemSetting(key: "notifications.digest") { value }
      dataSources { totalCount }
    }`,
        { code: asin.asinCode.toLowerCase() },
      ),
    );
    expect(data.partnerByCode).toEqual({ partnerCode: "SO-0001" });
    expect(data.asinByCode.asinCode).toBe(asin.asinCode);
    expect(data.asinByCode.parent).toEqual({ asinCode: asin.parentAsin, isParent: true });
    expect(data.asinByCode.partner.id).toBe(asin.partnerId);
    expect(data.partnerSheets.totalCount).toBe(
      await p().partnerSheet.count({ where: { organizationId: hub.demoOrgId } }),
    );
    expect(data.externalContacts.nodes).toEqual([
      { name: "Ahmed Farouk", addedBy: { role: "ADMIN" } },
    ]);
    expect(data.systemSettings.map((s: any) => s.key)).toEqual([
      "integrations.google_sheets",
      "notifications.digest",
      "weekly_status.due_weekday",
    ]);
    expect(data.systemSetting.value).toEqual({ enabled: true, hourUtc: 13 });
  });
});
