// SO-0001 / ST-0001 codes: per organization, unique and gap-free under concurrency.
import { TARGETS, freshDatabase, type TestDatabase } from "./support/databases";
import { makeOrganization } from "./support/fixtures";

describe.each(TARGETS)("partner and staff codes on %s", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(target);
  });
  afterAll(() => t.drop());

  it("gives 20 concurrent inserts the codes SO-0001..SO-0020 exactly once each", async () => {
    const org = await makeOrganization(t.db.prisma);
    const created = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.db.prisma.partner.create({ data: { organizationId: org.id, brandName: `Brand ${i}` } }),
      ),
    );
    const codes = created.map((p) => p.partnerCode).sort();
    expect(codes).toEqual(
      Array.from({ length: 20 }, (_, i) => `SO-${String(i + 1).padStart(4, "0")}`),
    );
  });

  it("gives 20 concurrent staff inserts ST-0001..ST-0020 and numbers each organization separately", async () => {
    const [a, b] = [
      await makeOrganization(t.db.prisma, "A"),
      await makeOrganization(t.db.prisma, "B"),
    ];
    const created = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.db.prisma.staff.create({
          data: {
            organizationId: i % 2 ? a.id : b.id,
            fullName: `P ${i}`,
            email: `p${i}@example.com`,
            role: "ppc_manager",
          },
        }),
      ),
    );
    for (const org of [a, b]) {
      const codes = created
        .filter((s) => s.organizationId === org.id)
        .map((s) => s.staffCode)
        .sort();
      expect(codes).toEqual(
        Array.from({ length: 10 }, (_, i) => `ST-${String(i + 1).padStart(4, "0")}`),
      );
    }
  });

  it("returns the number of a rolled-back insert (no gaps)", async () => {
    const org = await makeOrganization(t.db.prisma);
    await t.db.prisma.partner.create({ data: { organizationId: org.id, brandName: "One" } });
    await expect(
      t.db.prisma.$transaction(async (tx) => {
        await tx.partner.create({ data: { organizationId: org.id, brandName: "Rolled back" } });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    const next = await t.db.prisma.partner.create({
      data: { organizationId: org.id, brandName: "Two" },
    });
    expect(next.partnerCode).toBe("SO-0002");
  });

  it("keeps an explicit code and continues after it; grows past four digits", async () => {
    const org = await makeOrganization(t.db.prisma);
    const imported = await t.db.prisma.partner.create({
      data: { organizationId: org.id, brandName: "Imported", partnerCode: "SO-9999" },
    });
    expect(imported.partnerCode).toBe("SO-9999");
    const next = await t.db.prisma.partner.create({
      data: { organizationId: org.id, brandName: "Next" },
    });
    expect(next.partnerCode).toBe("SO-10000");
    await expect(
      t.db.prisma.partner.create({
        data: { organizationId: org.id, brandName: "Dup", partnerCode: "SO-9999" },
      }),
    ).rejects.toThrow(/Unique constraint failed|duplicate key value violates unique constraint/);
  });
});
