// partners.parent/child_asin_count and staff.current_client_count follow their source
// rows whichever way those change, including raw SQL that bypasses the application.
import { TARGETS, freshDatabase, type TestDatabase } from "./support/databases";
import { makeOrganization, makePartner, makeStaff } from "./support/fixtures";

describe.each(TARGETS)("derived counts on %s", (target) => {
  let t: TestDatabase;
  let orgId: string;
  beforeAll(async () => {
    t = await freshDatabase(target);
    orgId = (await makeOrganization(t.db.prisma)).id;
  });
  afterAll(() => t.drop());

  const counts = async (partnerId: string) => {
    const p = await t.db.prisma.partner.findUniqueOrThrow({ where: { id: partnerId } });
    return [p.parentAsinCount, p.childAsinCount];
  };
  const clients = async (staffId: string) =>
    (await t.db.prisma.staff.findUniqueOrThrow({ where: { id: staffId } })).currentClientCount;

  it("follows ASIN inserts, updates, moves, soft deletes, restores and raw deletes", async () => {
    const p = await makePartner(t.db.prisma, orgId, "Counts A");
    const q = await makePartner(t.db.prisma, orgId, "Counts B");
    expect(await counts(p.id)).toEqual([0, 0]);
    await t.db.prisma.asin.createMany({
      data: [
        { organizationId: orgId, partnerId: p.id, asinCode: "B0PARENT01", isParent: true },
        {
          organizationId: orgId,
          partnerId: p.id,
          asinCode: "B0CHILD001",
          parentAsin: "B0PARENT01",
        },
        {
          organizationId: orgId,
          partnerId: p.id,
          asinCode: "B0CHILD002",
          parentAsin: "B0PARENT01",
        },
      ],
    });
    expect(await counts(p.id)).toEqual([1, 2]);
    const child = await t.db.prisma.asin.findFirstOrThrow({ where: { asinCode: "B0CHILD002" } });
    await t.db.prisma.asin.update({ where: { id: child.id }, data: { isParent: true } });
    expect(await counts(p.id)).toEqual([2, 1]);
    await t.db.prisma.asin.update({ where: { id: child.id }, data: { partnerId: q.id } });
    expect(await counts(p.id)).toEqual([1, 1]);
    expect(await counts(q.id)).toEqual([1, 0]);
    await t.db.prisma.asin.update({ where: { id: child.id }, data: { deletedAt: new Date() } });
    expect(await counts(q.id)).toEqual([0, 0]);
    await t.db.prisma.asin.update({
      where: { id: child.id, deletedAt: { not: null } },
      data: { deletedAt: null },
    });
    expect(await counts(q.id)).toEqual([1, 0]);
    await t.db.withSession((s) => s.query("DELETE FROM asins WHERE partner_id = $1", [p.id]));
    expect(await counts(p.id)).toEqual([0, 0]);
  });

  it("follows assignments: assign, second role, unassign, reassign, partner soft delete and restore", async () => {
    const a = await makeStaff(t.db.prisma, orgId);
    const b = await makeStaff(t.db.prisma, orgId);
    const p1 = await makePartner(t.db.prisma, orgId, "Clients 1");
    const p2 = await makePartner(t.db.prisma, orgId, "Clients 2");
    const assign = (
      partnerId: string,
      staffId: string,
      assignmentRole: "pod_leader" | "ppc_manager",
    ) =>
      t.db.prisma.partnerAssignment.create({
        data: { organizationId: orgId, partnerId, staffId, assignmentRole },
      });
    const x = await assign(p1.id, a.id, "pod_leader");
    await assign(p1.id, a.id, "ppc_manager"); // same partner, second role: still one client
    await assign(p2.id, a.id, "pod_leader");
    expect(await clients(a.id)).toBe(2);
    await t.db.prisma.partnerAssignment.update({
      where: { id: x.id },
      data: { unassignedAt: new Date() },
    });
    expect(await clients(a.id)).toBe(2); // still on p1 as ppc_manager
    await t.db.prisma.partnerAssignment.updateMany({
      where: { staffId: a.id, partnerId: p1.id },
      data: { unassignedAt: new Date() },
    });
    expect(await clients(a.id)).toBe(1);
    const y = await t.db.prisma.partnerAssignment.findFirstOrThrow({
      where: { staffId: a.id, partnerId: p2.id },
    });
    await t.db.prisma.partnerAssignment.update({ where: { id: y.id }, data: { staffId: b.id } }); // reassignment
    expect([await clients(a.id), await clients(b.id)]).toEqual([0, 1]);
    await t.db.prisma.partner.update({ where: { id: p2.id }, data: { deletedAt: new Date() } });
    expect(await clients(b.id)).toBe(0);
    await t.db.prisma.partner.update({
      where: { id: p2.id, deletedAt: { not: null } },
      data: { deletedAt: null },
    });
    expect(await clients(b.id)).toBe(1);
  });
});
