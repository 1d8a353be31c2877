// The demo organization is realistic, coherent and deterministic.
import { seedDemo } from "../src/seed/demo";
import { mondayOf } from "../src/lib/dates";
import { freshDatabase, type TestDatabase } from "./support/databases";

describe("demo data", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase("pglite");
    expect((await seedDemo(t.db)).created).toBe(true);
  });
  afterAll(() => t.drop());

  it("covers every partner status and tier and every staff role", async () => {
    const p = t.db.prisma;
    expect(await p.partner.count()).toBe(40);
    expect(await p.staff.count()).toBe(25);
    expect(await p.squad.count()).toBe(4);
    const distinct = async (rows: Promise<Record<string, unknown>[]>, key: string) =>
      new Set((await rows).map((r) => r[key])).size;
    expect(await distinct(p.partner.groupBy({ by: ["status"] }), "status")).toBe(6);
    expect(await distinct(p.partner.groupBy({ by: ["tier"] }), "tier")).toBe(5);
    expect(await distinct(p.staff.groupBy({ by: ["role"] }), "role")).toBe(11);
  });

  it("gives every active partner exactly one active primary pod leader", async () => {
    const active = await t.db.prisma.partner.findMany({
      where: { status: "active" },
      include: {
        assignments: {
          where: { assignmentRole: "pod_leader", isPrimary: true, unassignedAt: null },
        },
      },
    });
    expect(active.length).toBe(20);
    expect(active.filter((p) => p.assignments.length !== 1).map((p) => p.brandName)).toEqual([]);
  });

  it("has ASIN families whose counts the database keeps, 12 weeks of statuses, and the rest", async () => {
    const p = t.db.prisma;
    const children = await p.asin.findMany({
      where: { parentAsin: { not: null } },
      select: { partnerId: true, parentAsin: true },
    });
    const parents = new Set(
      (await p.asin.findMany({ where: { isParent: true } })).map(
        (a) => `${a.partnerId}/${a.asinCode}`,
      ),
    );
    expect(children.length).toBeGreaterThan(80);
    expect(children.filter((c) => !parents.has(`${c.partnerId}/${c.parentAsin}`))).toEqual([]);
    const totals = await p.partner.aggregate({
      _sum: { parentAsinCount: true, childAsinCount: true },
    });
    expect(totals._sum.parentAsinCount).toBe(await p.asin.count({ where: { isParent: true } }));
    expect(totals._sum.childAsinCount).toBe(await p.asin.count({ where: { isParent: false } }));
    const weeks = await p.weeklyStatus.groupBy({ by: ["weekStartDate"] });
    expect(weeks.length).toBe(12);
    expect(weeks.map((w) => w.weekStartDate.getTime())).toContain(mondayOf(new Date()).getTime());
    for (const model of [
      p.partnerSheet,
      p.staffTraining,
      p.ptoRecord,
      p.externalContact,
      p.systemSetting,
    ] as { count(): Promise<number> }[]) {
      expect(await model.count()).toBeGreaterThan(0);
    }
    const leaders = await p.staff.findMany({ where: { role: "pod_leader", status: "active" } });
    expect(leaders.every((l) => l.currentClientCount > 0)).toBe(true);
  });

  it("is deterministic and loads only once", async () => {
    const other = await freshDatabase("pglite");
    try {
      await seedDemo(other.db);
      const shape = async (db: TestDatabase["db"]) =>
        (
          await db.prisma.partner.findMany({
            orderBy: { partnerCode: "asc" },
            select: {
              partnerCode: true,
              brandName: true,
              status: true,
              tier: true,
              baseFee: true,
              childAsinCount: true,
            },
          })
        ).map((r) => ({ ...r, baseFee: r.baseFee?.toString() }));
      expect(await shape(other.db)).toEqual(await shape(t.db));
      expect((await seedDemo(t.db)).created).toBe(false);
      expect(await t.db.prisma.partner.count()).toBe(40);
    } finally {
      await other.drop();
    }
  });
});
