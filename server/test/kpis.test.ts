// The KPI framework over HTTP (seed 001): default definitions per organization, values,
// statuses and monthly series checked against a hand-worked fixture of tickets and
// invoices, per-domain permissions, and calculations limited to the named ones.
import { TARGETS } from "./support/databases";
import { OTHER_ADMIN, failure, ok, startTestHub, type TestHub } from "./support/hub";

describe.each(TARGETS)("KPIs on %s", (target) => {
  let hub: TestHub;
  let admin: string;
  beforeAll(async () => {
    hub = await startTestHub(target);
    admin = await hub.tokenFor(OTHER_ADMIN);
    const org = hub.otherOrgId;
    const db = hub.t.db.prisma;
    const status = new Map(
      (await db.opsTicketStatus.findMany({ where: { organizationId: org } })).map((s) => [
        s.key,
        s.id,
      ]),
    );
    const sla = new Map(
      (await db.opsSla.findMany({ where: { organizationId: org } })).map((s) => [s.name, s.id]),
    );
    const closed = (subject: string, slaName: string, created: string, closedAt: string) => ({
      organizationId: org,
      subject,
      slaId: sla.get(slaName)!,
      statusId: status.get("closed")!,
      createdAt: new Date(created),
      closedAt: new Date(closedAt),
    });
    // October: 10 h (High, in time) and 48 h (High, breached); November: 2 h (Urgent, in time).
    await db.opsTicket.createMany({
      data: [
        closed("T1", "High", "2026-10-05T00:00:00Z", "2026-10-05T10:00:00Z"),
        closed("T2", "High", "2026-10-12T00:00:00Z", "2026-10-14T00:00:00Z"),
        closed("T3", "Urgent", "2026-11-02T00:00:00Z", "2026-11-02T02:00:00Z"),
        {
          organizationId: org,
          subject: "still open",
          slaId: sla.get("Low")!,
          statusId: status.get("open")!,
          createdAt: new Date("2026-10-20T00:00:00Z"),
        },
      ],
    });
    // Invoiced 1,000 on Oct 1 (due Oct 31), 900 paid Oct 20; 500 on Nov 1 (due Nov 15), unpaid.
    const account = await db.financeAccount.create({
      data: { organizationId: org, code: "1100", name: "AR", accountType: "asset" },
    });
    const customer = await db.customer.create({ data: { organizationId: org, name: "Client" } });
    const inv = await db.financeTransaction.create({
      data: {
        organizationId: org,
        accountId: account.id,
        customerId: customer.id,
        transactionType: "invoice",
        amount: 1000,
        transactionDate: new Date("2026-10-01"),
        dueDate: new Date("2026-10-31"),
      },
    });
    await db.financeTransaction.createMany({
      data: [
        {
          organizationId: org,
          accountId: account.id,
          customerId: customer.id,
          transactionType: "payment",
          amount: 900,
          transactionDate: new Date("2026-10-20"),
          invoiceId: inv.id,
        },
        {
          organizationId: org,
          accountId: account.id,
          customerId: customer.id,
          transactionType: "invoice",
          amount: 500,
          transactionDate: new Date("2026-11-01"),
          dueDate: new Date("2026-11-15"),
        },
      ],
    });
  });
  afterAll(() => hub.close());

  const measure = async (args: string, token = admin) =>
    Object.fromEntries(
      ok(
        await hub.gql(
          `{ kpis(${args}) { kpi { calculation } value target status series { start end value } } }`,
          {},
          token,
        ),
      ).kpis.map((k: any) => [k.kpi.calculation, k]),
    );

  it("measures operations KPIs over a period, with monthly series", async () => {
    const k = await measure(
      `domain: OPERATIONS, from: "2026-10-01", to: "2026-11-30", interval: MONTH`,
    );
    expect(Object.keys(k).sort()).toEqual([
      "operations.avg_resolution_hours",
      "operations.sla_breach_rate",
      "operations.tickets_closed",
    ]);
    expect(k["operations.tickets_closed"]).toMatchObject({
      value: 3,
      target: null,
      status: "NO_TARGET",
      series: [
        { start: "2026-10-01", end: "2026-10-31", value: 2 },
        { start: "2026-11-01", end: "2026-11-30", value: 1 },
      ],
    });
    expect(k["operations.avg_resolution_hours"]).toMatchObject({
      value: 20,
      target: 48,
      status: "ON_TRACK",
      series: [{ value: 29 }, { value: 2 }],
    });
    expect(k["operations.sla_breach_rate"]).toMatchObject({
      value: 0.3333,
      target: 0.1,
      status: "OFF_TRACK",
      series: [{ value: 0.5 }, { value: 0 }],
    });
    // A period with nothing closed has no data; weekly buckets are clipped to the period.
    const quiet = await measure(`domain: OPERATIONS, from: "2026-09-02", to: "2026-09-16"`);
    expect(quiet["operations.avg_resolution_hours"]).toMatchObject({
      value: null,
      status: "NO_DATA",
    });
    expect(quiet["operations.tickets_closed"].series.map((p: any) => [p.start, p.end])).toEqual([
      ["2026-09-02", "2026-09-06"],
      ["2026-09-07", "2026-09-13"],
      ["2026-09-14", "2026-09-16"],
    ]);
  });

  it("measures finance KPIs, overdue receivables as of each bucket's end", async () => {
    const k = await measure(
      `domain: FINANCE, from: "2026-10-01", to: "2026-12-05", interval: MONTH`,
    );
    expect(k["finance.invoiced"]).toMatchObject({
      value: 1500,
      series: [{ value: 1000 }, { value: 500 }, { value: 0 }],
    });
    expect(k["finance.collected"]).toMatchObject({
      value: 900,
      series: [{ value: 900 }, { value: 0 }, { value: 0 }],
    });
    expect(k["finance.collection_rate"]).toMatchObject({
      value: 0.6,
      target: 0.9,
      status: "OFF_TRACK",
      series: [{ value: 0.9 }, { value: 0 }, { value: null }],
    });
    // Dec 5: the October invoice's 100 is 35 days late (over 30); on Nov 30 it was 30 days late.
    expect(k["finance.overdue_receivables"]).toMatchObject({
      value: 100,
      target: 5000,
      status: "ON_TRACK",
      series: [{ value: 0 }, { value: 0 }, { value: 100 }],
    });
    const rate = ok(
      await hub.gql(
        `{ kpis(domain: FINANCE, from: "2026-10-01", to: "2026-12-05") { kpi { id calculation } } }`,
        {},
        admin,
      ),
    ).kpis.find((x: any) => x.kpi.calculation === "finance.collection_rate").kpi.id;
    ok(
      await hub.gql(
        `mutation($id: ID!) { updateKpi(id: $id, input: { targetValue: 0.65 }) { targetValue } }`,
        { id: rate },
        admin,
      ),
    );
    expect(
      (await measure(`domain: FINANCE, from: "2026-10-01", to: "2026-12-05"`))[
        "finance.collection_rate"
      ].status,
    ).toBe("AT_RISK"); // 0.6 is within 10% of 0.65
  });

  it("measures marketing KPIs: leads from every source and spend per lead", async () => {
    const org = hub.otherOrgId;
    const db = hub.t.db.prisma;
    const campaign = await db.marketingCampaign.create({
      data: { organizationId: org, name: "Show", campaignType: "offline" },
    });
    await db.offlineEvent.create({
      data: {
        organizationId: org,
        campaignId: campaign.id,
        eventName: "Booth",
        eventDate: new Date("2026-10-10"),
        leadsGenerated: 10,
        cost: 1000,
      },
    });
    await db.digitalChannelReport.create({
      data: {
        organizationId: org,
        channelName: "LinkedIn",
        reportDate: new Date("2026-10-12"),
        leads: 5,
        cost: 500,
      },
    });
    await db.websiteAnalytics.createMany({
      data: [
        { organizationId: org, date: new Date("2026-10-01"), sessions: 300 },
        { organizationId: org, date: new Date("2026-11-01"), sessions: 200 },
      ],
    });
    const k = await measure(
      `domain: MARKETING, from: "2026-10-01", to: "2026-11-30", interval: MONTH`,
    );
    expect(k["marketing.leads_generated"]).toMatchObject({
      value: 15,
      series: [{ value: 15 }, { value: 0 }],
    });
    expect(k["marketing.cost_per_lead"]).toMatchObject({
      value: 100,
      target: 150,
      status: "ON_TRACK",
      series: [{ value: 100 }, { value: null }],
    });
    expect(k["marketing.website_sessions"]).toMatchObject({
      value: 500,
      series: [{ value: 300 }, { value: 200 }],
    });
  });

  it("lists the calculations a KPI may use, with their domain and unit", async () => {
    const calcs = ok(
      await hub.gql(`{ kpiCalculations { name domain unit lowerIsBetter } }`, {}, admin),
    ).kpiCalculations;
    expect(calcs).toHaveLength(14);
    expect(calcs).toContainEqual({
      name: "finance.overdue_receivables",
      domain: "FINANCE",
      unit: "money",
      lowerIsBetter: true,
    });
  });

  it("shows each role only the domains it may read", async () => {
    const podLeader = await hub.tokenFor("priya.natarajan@sophiesociety.com");
    const domains = ok(
      await hub.gql(
        `{ kpis(from: "2026-10-01", to: "2026-10-31") { kpi { domain } } }`,
        {},
        podLeader,
      ),
    ).kpis.map((k: any) => k.kpi.domain);
    expect([...new Set(domains)].sort()).toEqual(["PARTNERS", "SALES"]);
    expect(
      failure(
        await hub.gql(
          `{ kpis(domain: FINANCE, from: "2026-10-01", to: "2026-10-31") { value } }`,
          {},
          podLeader,
        ),
      ),
    ).toMatchObject({
      code: "FORBIDDEN",
      message:
        "Reading finance KPIs needs the permission finance:read, which the role pod_leader does not have.",
    });
    expect(
      failure(await hub.gql(`{ kpis(from: "2026-10-31", to: "2026-10-01") { value } }`, {}, admin)),
    ).toMatchObject({ code: "BAD_USER_INPUT", field: "to" });
  });

  it("defines KPIs only from the named calculations; the database refuses anything else", async () => {
    const made = ok(
      await hub.gql(
        `mutation { defineKpi(input: { name: "Deals won", calculation: "sales.won_value", targetValue: 1000 }) { domain unit lowerIsBetter description } }`,
        {},
        admin,
      ),
    ).defineKpi;
    expect(made).toEqual({
      domain: "SALES",
      unit: "money",
      lowerIsBetter: false,
      description: "Value of deals won in the period.",
    });
    expect(
      failure(
        await hub.gql(
          `mutation { defineKpi(input: { name: "Evil", calculation: "select 1" }) { id } }`,
          {},
          admin,
        ),
      ),
    ).toMatchObject({ code: "BAD_USER_INPUT", field: "input.calculation" });
    await expect(
      hub.t.db.prisma.kpiMetric.create({
        data: {
          organizationId: hub.otherOrgId,
          domain: "sales",
          name: "Raw",
          calculation: "sales.won_value; drop table partners",
        },
      }),
    ).rejects.toThrow();
    expect(
      failure(
        await hub.gql(
          `mutation { defineKpi(input: { name: "Mine", calculation: "sales.win_rate" }) { id } }`,
          {},
          await hub.tokenFor("priya.natarajan@sophiesociety.com"),
        ),
      ).code,
    ).toBe("FORBIDDEN");
    const all = await hub.t.db.prisma.$queryRaw<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM "v_all_kpis" WHERE "organization_id" = ${hub.otherOrgId}::uuid`;
    expect(all[0].n).toBe(15); // the 14 defaults and "Deals won", every domain in one view
  });
});
