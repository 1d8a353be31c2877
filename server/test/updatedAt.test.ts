// updated_at moves on every table that has it, whoever writes (Prisma or raw SQL).
import { TARGETS, freshDatabase, type TestDatabase } from "./support/databases";
import { makeOrganization, makePartner, makeStaff } from "./support/fixtures";

describe.each(TARGETS)("updated_at on %s", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(target);
  });
  afterAll(() => t.drop());

  it("every table with updated_at has the trigger", async () => {
    const rows = await t.db.withSession((s) =>
      s.query<{ table_name: string; has_trigger: boolean }>(`
      SELECT c.table_name, EXISTS (
        SELECT 1 FROM information_schema.triggers tr
        WHERE tr.event_object_table = c.table_name AND tr.action_statement LIKE '%hub_touch_updated_at%') AS has_trigger
      FROM information_schema.columns c
      WHERE c.table_schema = current_schema() AND c.column_name = 'updated_at' ORDER BY 1`),
    );
    expect(rows.length).toBeGreaterThanOrEqual(18);
    expect(rows.filter((r) => !r.has_trigger).map((r) => r.table_name)).toEqual([]);
  });

  it("moves updated_at on an update of each kind of row", async () => {
    const org = await makeOrganization(t.db.prisma);
    const partner = await makePartner(t.db.prisma, org.id);
    const staff = await makeStaff(t.db.prisma, org.id);
    const squad = await t.db.prisma.squad.create({
      data: { organizationId: org.id, name: "S", type: "ppc" },
    });
    const assignment = await t.db.prisma.partnerAssignment.create({
      data: {
        organizationId: org.id,
        partnerId: partner.id,
        staffId: staff.id,
        assignmentRole: "pod_leader",
      },
    });
    const cases: [string, string, string][] = [
      ["organizations", "name", org.id],
      ["partners", "notes", partner.id],
      ["staff", "title", staff.id],
      ["squads", "description", squad.id],
      ["partner_assignments", "notes", assignment.id],
    ];
    for (const [table, column, id] of cases) {
      const [before] = await t.db.withSession((s) =>
        s.query<{ updated_at: Date }>(`SELECT updated_at FROM ${table} WHERE id = $1`, [id]),
      );
      await new Promise((r) => setTimeout(r, 15));
      await t.db.withSession((s) =>
        s.query(`UPDATE ${table} SET ${column} = 'changed' WHERE id = $1`, [id]),
      );
      const [after] = await t.db.withSession((s) =>
        s.query<{ updated_at: Date }>(`SELECT updated_at FROM ${table} WHERE id = $1`, [id]),
      );
      expect({ table, moved: after.updated_at.getTime() > before.updated_at.getTime() }).toEqual({
        table,
        moved: true,
      });
    }
  });

  it("overrides an updated_at the writer tried to set", async () => {
    const org = await makeOrganization(t.db.prisma);
    const partner = await makePartner(t.db.prisma, org.id);
    const updated = await t.db.prisma.partner.update({
      where: { id: partner.id },
      data: { notes: "x", updatedAt: new Date("2001-01-01") },
    });
    expect(updated.updatedAt.getUTCFullYear()).toBeGreaterThan(2020);
  });
});
