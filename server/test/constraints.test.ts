// Bad values are refused by the database itself, with an error naming the rule.
import { TARGETS, freshDatabase, type TestDatabase } from "./support/databases";
import { makeOrganization, makePartner, makeStaff } from "./support/fixtures";

describe.each(TARGETS)("database constraints on %s", (target) => {
  let t: TestDatabase;
  let orgId: string;
  beforeAll(async () => {
    t = await freshDatabase(target);
    orgId = (await makeOrganization(t.db.prisma)).id;
  });
  afterAll(() => t.drop());

  const sql = (text: string, params: unknown[] = []) =>
    t.db.withSession((s) => s.query(text, params));
  const insertPartner = (columns: string, values: string) =>
    sql(
      `INSERT INTO partners (organization_id, brand_name, ${columns}) VALUES ($1, 'Brand', ${values})`,
      [orgId],
    );

  it.each([
    ["status", "'bogus'", /invalid input value for enum partner_status: "bogus"/],
    ["tier", "'tier_9'", /invalid input value for enum partner_tier/],
    ["commission_rate", "1.5", /partners_commission_rate_range/],
    ["commission_rate", "-0.01", /partners_commission_rate_range/],
    ["base_fee", "-1", /partners_base_fee_non_negative/],
    ["billing_day", "0", /partners_billing_day_range/],
    ["billing_day", "32", /partners_billing_day_range/],
    ["partner_code", "'XX-1'", /partners_partner_code_format/],
    [
      "contract_start_date, contract_end_date",
      "'2026-05-01', '2026-04-30'",
      /partners_contract_dates_ordered/,
    ],
  ])("partners.%s = %s is refused", async (column, value, message) => {
    await expect(insertPartner(column, value)).rejects.toThrow(message);
  });

  it("accepts the boundary values", async () => {
    await insertPartner("commission_rate, base_fee, billing_day", "1, 0, 31");
    await insertPartner(
      "commission_rate, billing_day, contract_start_date, contract_end_date",
      "0, 1, '2026-01-01', '2026-01-01'",
    );
  });

  it("refuses a blank brand name and a partner without organization", async () => {
    await expect(
      sql(`INSERT INTO partners (organization_id, brand_name) VALUES ($1, '  ')`, [orgId]),
    ).rejects.toThrow(/partners_brand_name_not_blank/);
    await expect(sql(`INSERT INTO partners (brand_name) VALUES ('x')`)).rejects.toThrow(
      /organization_id.*not-null|null value in column "organization_id"/,
    );
  });

  it.each([
    ["role", "'wizard'", /invalid input value for enum staff_role/],
    ["status", "'retired'", /invalid input value for enum staff_status/],
    ["department", "'legal'", /invalid input value for enum department/],
    ["max_clients", "-1", /staff_max_clients_non_negative/],
    ["services", "ARRAY['ppc','seo']", /staff_services_known/],
  ])("staff.%s = %s is refused", async (column, value, message) => {
    const cols = column === "role" ? "role" : `role, ${column}`;
    const vals = column === "role" ? value : `'pod_leader', ${value}`;
    await expect(
      sql(
        `INSERT INTO staff (organization_id, full_name, email, ${cols}) VALUES ($1, 'X', 'x.${column}@example.com', ${vals})`,
        [orgId],
      ),
    ).rejects.toThrow(message);
  });

  it("refuses malformed and upper-case staff emails", async () => {
    for (const email of ["not-an-email", "Upper@Example.com", "a@b"]) {
      await expect(
        sql(
          `INSERT INTO staff (organization_id, full_name, email, role) VALUES ($1, 'X', $2, 'admin')`,
          [orgId, email],
        ),
      ).rejects.toThrow(/staff_email_format/);
    }
  });

  it("makes staff email and setting keys unique per organization, not globally", async () => {
    const other = await makeOrganization(t.db.prisma, "Other Org");
    await makeStaff(t.db.prisma, orgId, { email: "same@example.com" });
    await makeStaff(t.db.prisma, other.id, { email: "same@example.com" });
    await expect(makeStaff(t.db.prisma, orgId, { email: "same@example.com" })).rejects.toThrow(
      /Unique constraint failed|duplicate key value violates unique constraint/,
    );
    await t.db.prisma.systemSetting.create({ data: { organizationId: orgId, key: "k", value: 1 } });
    await t.db.prisma.systemSetting.create({
      data: { organizationId: other.id, key: "k", value: 2 },
    });
    await expect(
      t.db.prisma.systemSetting.create({ data: { organizationId: orgId, key: "k", value: 3 } }),
    ).rejects.toThrow(/Unique constraint failed|duplicate key value violates unique constraint/);
  });

  it("checks ASIN codes, prices, weekly status Mondays, training scores and PTO dates", async () => {
    const partner = await makePartner(t.db.prisma, orgId);
    const staff = await makeStaff(t.db.prisma, orgId);
    const asin = (code: string, extra = "") =>
      sql(
        `INSERT INTO asins (organization_id, partner_id, asin_code${extra ? ", price" : ""}) VALUES ($1, $2, $3${extra ? `, ${extra}` : ""})`,
        [orgId, partner.id, code],
      );
    await expect(asin("b0abc")).rejects.toThrow(/asins_asin_code_format/);
    await expect(asin("b0abcdefgh")).rejects.toThrow(/asins_asin_code_format/);
    await expect(asin("B0ABCDEFGH", "-5")).rejects.toThrow(/asins_price_non_negative/);
    await asin("B0ABCDEFGH");
    await expect(asin("B0ABCDEFGH")).rejects.toThrow(
      /asins_partner_id_asin_code_key|duplicate key/,
    );
    await expect(
      sql(
        `INSERT INTO asins (organization_id, partner_id, asin_code, parent_asin) VALUES ($1, $2, 'B0SELF0001', 'B0SELF0001')`,
        [orgId, partner.id],
      ),
    ).rejects.toThrow(/asins_not_own_parent/);
    await expect(
      sql(
        `INSERT INTO weekly_statuses (organization_id, partner_id, week_start_date, status) VALUES ($1, $2, '2026-11-18', 'active')`,
        [orgId, partner.id],
      ),
    ).rejects.toThrow(/weekly_statuses_week_starts_monday/);
    await expect(
      sql(
        `INSERT INTO staff_training (organization_id, staff_id, module_name, score) VALUES ($1, $2, 'x', 101)`,
        [orgId, staff.id],
      ),
    ).rejects.toThrow(/staff_training_score_range/);
    await expect(
      sql(
        `INSERT INTO pto_records (organization_id, staff_id, start_date, end_date) VALUES ($1, $2, '2026-03-02', '2026-03-01')`,
        [orgId, staff.id],
      ),
    ).rejects.toThrow(/pto_records_dates_ordered/);
    await expect(
      sql(
        `INSERT INTO partner_sheets (organization_id, partner_id, sheet_type, sheet_url) VALUES ($1, $2, 'spreadsheet', 'https://x')`,
        [orgId, partner.id],
      ),
    ).rejects.toThrow(/invalid input value for enum sheet_type/);
    await expect(
      sql(
        `INSERT INTO staged_changes (organization_id, batch_id, entity_type, entity_key, change_type, new_values, status) VALUES ($1, gen_random_uuid(), 'partner', 'k', 'create', '{}', 'maybe')`,
        [orgId],
      ),
    ).rejects.toThrow(/invalid input value for enum staged_change_status/);
  });

  it("allows one active primary per partner and role, and keeps history", async () => {
    const partner = await makePartner(t.db.prisma, orgId);
    const a = await makeStaff(t.db.prisma, orgId);
    const b = await makeStaff(t.db.prisma, orgId);
    const first = await t.db.prisma.partnerAssignment.create({
      data: {
        organizationId: orgId,
        partnerId: partner.id,
        staffId: a.id,
        assignmentRole: "pod_leader",
        isPrimary: true,
      },
    });
    await expect(
      t.db.prisma.partnerAssignment.create({
        data: {
          organizationId: orgId,
          partnerId: partner.id,
          staffId: b.id,
          assignmentRole: "pod_leader",
          isPrimary: true,
        },
      }),
    ).rejects.toThrow(/Unique constraint failed|duplicate key value violates unique constraint/);
    await t.db.prisma.partnerAssignment.update({
      where: { id: first.id },
      data: { unassignedAt: new Date() },
    });
    await t.db.prisma.partnerAssignment.create({
      data: {
        organizationId: orgId,
        partnerId: partner.id,
        staffId: b.id,
        assignmentRole: "pod_leader",
        isPrimary: true,
      },
    });
    expect(await t.db.prisma.partnerAssignment.count({ where: { partnerId: partner.id } })).toBe(2);
  });

  it("keeps a single-tab source from mapping one column twice (NULLS NOT DISTINCT)", async () => {
    const source = await t.db.prisma.dataSource.create({
      data: { organizationId: orgId, name: "Sheet", type: "csv", connectionConfig: {} },
    });
    const mapping = {
      organizationId: orgId,
      dataSourceId: source.id,
      sourceColumn: "Brand",
      targetTable: "partners",
      targetField: "brand_name",
    };
    await t.db.prisma.fieldMapping.create({ data: mapping });
    await expect(t.db.prisma.fieldMapping.create({ data: mapping })).rejects.toThrow(
      /Unique constraint failed|duplicate key value violates unique constraint/,
    );
  });

  it("derives ISO week number and year from the week's Monday", async () => {
    const partner = await makePartner(t.db.prisma, orgId);
    const rows = await sql(
      `INSERT INTO weekly_statuses (organization_id, partner_id, week_start_date, status, week_number, year)
      VALUES ($1, $2, '2024-12-30', 'active', 99, 1999), ($1, $2, '2026-11-16', 'active', NULL, NULL) RETURNING week_number, year`,
      [orgId, partner.id],
    );
    expect(rows).toEqual([
      { week_number: 1, year: 2025 },
      { week_number: 47, year: 2026 },
    ]);
  });
});
