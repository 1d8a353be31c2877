// Partners, staff, ASINs, contacts and sheets are soft-deleted: never physically removed
// by the application, and left out of normal reads.
import { TARGETS, freshDatabase, type TestDatabase } from "./support/databases";
import { makeOrganization, makePartner, makeStaff } from "./support/fixtures";

describe.each(TARGETS)("soft delete on %s", (target) => {
  let t: TestDatabase;
  let orgId: string;
  beforeAll(async () => {
    t = await freshDatabase(target);
    orgId = (await makeOrganization(t.db.prisma)).id;
  });
  afterAll(() => t.drop());

  const rawCount = async (table: string, id: string) =>
    Number(
      (
        await t.db.withSession((s) =>
          s.query<{ n: string }>(
            `SELECT count(*) AS n FROM ${table} WHERE id = $1 AND deleted_at IS NOT NULL`,
            [id],
          ),
        )
      )[0].n,
    );

  it("refuses Prisma delete, archives by deleted_at, and hides archived rows from reads", async () => {
    const p = await makePartner(t.db.prisma, orgId, "Soft");
    await expect(t.db.prisma.partner.delete({ where: { id: p.id } })).rejects.toThrow(
      /archived, not deleted/,
    );
    await expect(t.db.prisma.partner.deleteMany({ where: { id: p.id } })).rejects.toThrow(
      /archived, not deleted/,
    );
    expect(await t.db.prisma.partner.count({ where: { id: p.id } })).toBe(1);
    await t.db.prisma.partner.update({ where: { id: p.id }, data: { deletedAt: new Date() } });
    expect(await rawCount("partners", p.id)).toBe(1);
    expect(await t.db.prisma.partner.findUnique({ where: { id: p.id } })).toBeNull();
    expect(await t.db.prisma.partner.findMany({ where: { brandName: "Soft" } })).toEqual([]);
    expect(await t.db.prisma.partner.count({ where: { id: p.id } })).toBe(0);
    // Asking for deleted rows explicitly still finds them (archive views, restore).
    expect(await t.db.prisma.partner.count({ where: { id: p.id, deletedAt: { not: null } } })).toBe(
      1,
    );
  });

  it("turns a raw SQL DELETE into a soft delete on every soft-deleted table", async () => {
    const partner = await makePartner(t.db.prisma, orgId);
    const staff = await makeStaff(t.db.prisma, orgId);
    const asin = await t.db.prisma.asin.create({
      data: { organizationId: orgId, partnerId: partner.id, asinCode: "B0RAWDEL01" },
    });
    const contact = await t.db.prisma.externalContact.create({
      data: { organizationId: orgId, name: "C", type: "vendor" },
    });
    const sheet = await t.db.prisma.partnerSheet.create({
      data: {
        organizationId: orgId,
        partnerId: partner.id,
        sheetType: "other",
        sheetUrl: "https://example.com",
      },
    });
    for (const [table, id] of [
      ["asins", asin.id],
      ["partner_sheets", sheet.id],
      ["external_contacts", contact.id],
      ["staff", staff.id],
      ["partners", partner.id],
    ]) {
      await t.db.withSession((s) => s.query(`DELETE FROM ${table} WHERE id = $1`, [id]));
      expect({ table, softDeleted: await rawCount(table, id) }).toEqual({ table, softDeleted: 1 });
    }
    // The partner's children were not cascaded away.
    expect(await rawCount("asins", asin.id)).toBe(1);
  });

  it("lets an operator purge with hub.allow_hard_delete", async () => {
    const p = await makePartner(t.db.prisma, orgId, "Purge me");
    await t.db.withSession((s) => s.query("DELETE FROM partners WHERE id = $1", [p.id]));
    expect(await rawCount("partners", p.id)).toBe(1); // soft-deleted by the trigger
    await t.db.withSession(async (s) => {
      await s.exec("BEGIN");
      await s.exec("SET LOCAL hub.allow_hard_delete = 'on'");
      await s.query("DELETE FROM partners WHERE id = $1", [p.id]);
      await s.exec("COMMIT");
    });
    expect(await rawCount("partners", p.id)).toBe(0);
  });

  it("removes everything when a whole organization is deleted", async () => {
    const org = await makeOrganization(t.db.prisma, "Doomed");
    const p = await makePartner(t.db.prisma, org.id);
    await t.db.prisma.asin.create({
      data: { organizationId: org.id, partnerId: p.id, asinCode: "B0DOOMED01" },
    });
    await t.db.prisma.organization.delete({ where: { id: org.id } });
    const [{ n }] = await t.db.withSession((s) =>
      s.query<{ n: string }>("SELECT count(*) AS n FROM partners WHERE organization_id = $1", [
        org.id,
      ]),
    );
    expect(Number(n)).toBe(0);
  });
});
