// Quarterly goals and alerts over HTTP: goal values computed from the data with progress
// and pace, who sets and sees goals; alert rules raised after the writes that feed them and
// on the hourly schedule (claimed once), never twice while unresolved, acknowledged and
// resolved by people or cleared by the rules, visible as partners are; max_users enforced.
import { TARGETS } from "./support/databases";
import { failure, ok, startTestHub, type TestHub } from "./support/hub";
import { openDatabase, type Database } from "../src/db/database";
import { runAlertRules } from "../src/modules/alerts/alert.evaluate";
import { addDays, mondayOf, utcDay } from "../src/lib/dates";

const LEADER = "priya.natarajan@sophiesociety.com";
const GOAL = `id year quarter goalType targetValue currentValue startsOn endsOn pace { progress expected status } staff { email }`;
const ALERT = `id rule severity status subjectType subjectId title message details resolution partner { brandName } acknowledgedBy { email }`;
const day = (d: Date) => d.toISOString().slice(0, 10);
// This calendar quarter: the default fiscal year starts in January.
const THIS_QUARTER = {
  year: new Date().getUTCFullYear(),
  quarter: Math.floor(new Date().getUTCMonth() / 3) + 1,
};

describe.each(TARGETS)("goals and alerts on %s", (target) => {
  let hub: TestHub;
  let leader: string;
  let leaderId: string;
  beforeAll(async () => {
    hub = await startTestHub(target, { syncPollMs: 600_000 });
    leader = await hub.tokenFor(LEADER);
    leaderId = (await hub.t.db.prisma.staff.findFirstOrThrow({ where: { email: LEADER } })).id;
  });
  afterAll(() => hub.close());

  const setGoal = (input: Record<string, unknown>, token?: string) =>
    hub.gql(
      `mutation($i: QuarterlyGoalInput!) { setQuarterlyGoal(input: $i) { ${GOAL} } }`,
      { i: input },
      token,
    );
  const goals = async (args = "", token?: string) =>
    ok(await hub.gql(`{ quarterlyGoals${args} { ${GOAL} } }`, {}, token)).quarterlyGoals;
  const newPartner = async (brandName: string, withLeader = false) => {
    const id = ok(
      await hub.gql(
        `mutation($n: String!) { createPartner(input: { brandName: $n, status: ACTIVE }) { id } }`,
        { n: brandName },
      ),
    ).createPartner.id;
    if (withLeader)
      ok(
        await hub.gql(
          `mutation($p: ID!, $s: ID!) { assignStaff(partnerId: $p, staffId: $s, role: POD_LEADER) { id } }`,
          { p: id, s: leaderId },
        ),
      );
    return id as string;
  };
  const alertsOn = async (subjectId: string, token?: string, where = "") =>
    ok(
      await hub.gql(
        `query($s: ID!) { viewer { alerts(filter: { subjectId: { eq: $s } ${where} }) { nodes { ${ALERT} } } } }`,
        { s: subjectId },
        token,
      ),
    ).viewer.alerts.nodes;
  const AT_RISK = "rule: { eq: PARTNER_AT_RISK }";
  const setPartnerStatus = (id: string, status: string) =>
    hub.gql(
      `mutation($id: ID!, $s: PartnerStatus!) { updatePartner(id: $id, input: { status: $s }) { id } }`,
      { id, s: status },
    );
  const current = async () => {
    const [g] = await goals();
    return g ? { year: g.year, quarter: g.quarter } : null;
  };

  it("sets goals, computes their values from the data, and shows progress and pace", async () => {
    const quarterNow = THIS_QUARTER;
    const start = new Date(Date.UTC(quarterNow.year, (quarterNow.quarter - 1) * 3, 1));
    const end = new Date(Date.UTC(quarterNow.year, quarterNow.quarter * 3, 1));
    const partner = await newPartner("Goal Getter Co");
    const wonBefore = async (staff: object) =>
      Number(
        (
          await hub.t.db.prisma.opportunity.aggregate({
            where: {
              organizationId: hub.demoOrgId,
              status: "won",
              actualCloseDate: { gte: start, lt: end },
              ...staff,
            },
            _sum: { dealValue: true },
          })
        )._sum.dealValue ?? 0,
      );
    const leaderBefore = await wonBefore({ assignedStaffId: leaderId }); // the demo's deals
    const won = ok(
      await hub.gql(
        `mutation($p: ID!, $s: ID!) { createOpportunity(input: { partnerId: $p, customerName: "Big deal", dealValue: "12500", expectedCloseDate: "2026-12-15", assignedStaffId: $s }) { id } }`,
        { p: partner, s: leaderId },
      ),
    ).createOpportunity;
    ok(
      await hub.gql(
        `mutation($id: ID!) { moveOpportunityStage(id: $id, stage: "closed_won") { status } }`,
        { id: won.id },
      ),
    );
    const orgGoal = ok(
      await setGoal({ ...quarterNow, goalType: "REVENUE", targetValue: "20000" }),
    ).setQuarterlyGoal;
    expect(orgGoal).toMatchObject({
      startsOn: day(start),
      endsOn: day(addDays(end, -1)),
      staff: null,
      targetValue: "20000",
    });
    const revenueNow = await wonBefore({});
    expect(orgGoal.currentValue).toBe(revenueNow);
    expect(orgGoal.currentValue).toBeGreaterThanOrEqual(12500);
    const expected = Math.min(
      1,
      Math.max(0, (Date.now() - start.getTime()) / (end.getTime() - start.getTime())),
    );
    expect(orgGoal.pace.expected).toBeCloseTo(expected, 2);
    expect(orgGoal.pace.progress).toBeCloseTo(revenueNow / 20000, 3);

    const leaderNow = leaderBefore + 12500;
    const mine = ok(
      await setGoal({
        ...quarterNow,
        goalType: "REVENUE",
        targetValue: String(leaderNow * 0.8),
        staffId: leaderId,
      }),
    ).setQuarterlyGoal;
    expect(mine).toMatchObject({
      currentValue: leaderNow,
      pace: { progress: 1.25, status: "ACHIEVED" },
      staff: { email: LEADER },
    });
    const replaced = ok(
      await setGoal({
        ...quarterNow,
        goalType: "REVENUE",
        targetValue: String(leaderNow * 4),
        staffId: leaderId,
      }),
    ).setQuarterlyGoal;
    expect(replaced.id).toBe(mine.id);
    expect(replaced.pace.progress).toBe(0.25);
    const deals = ok(
      await setGoal({
        ...quarterNow,
        goalType: "ACTIVE_PARTNERS",
        targetValue: "1",
        staffId: leaderId,
      }),
    ).setQuarterlyGoal;
    expect(deals.currentValue).toBe(
      await hub.t.db.prisma.partner.count({
        where: {
          status: "active",
          assignments: { some: { staffId: leaderId, unassignedAt: null } },
        },
      }),
    );

    // Past and future quarters: missed, not started.
    expect(
      ok(await setGoal({ year: 2025, quarter: 1, goalType: "OPPORTUNITIES", targetValue: "3" }))
        .setQuarterlyGoal.pace,
    ).toMatchObject({ status: "MISSED", expected: 1 });
    expect(
      ok(await setGoal({ year: 2027, quarter: 2, goalType: "OPPORTUNITIES", targetValue: "3" }))
        .setQuarterlyGoal.pace,
    ).toMatchObject({ status: "NOT_STARTED", expected: 0 });

    // A fiscal year from February moves the quarter's dates.
    ok(
      await hub.gql(
        `mutation { setConfiguration(category: "fiscal", key: "quarter_start_month", value: 2) { key } }`,
      ),
    );
    expect((await goals(`(year: 2027, quarter: 2)`))[0]).toMatchObject({
      startsOn: "2026-05-01",
      endsOn: "2026-07-31",
    });
    ok(
      await hub.gql(
        `mutation { resetConfiguration(category: "fiscal", key: "quarter_start_month") { key } }`,
      ),
    );
  });

  it("keeps setting goals to goals:manage and shows people the organization's and their own", async () => {
    expect(
      failure(
        await setGoal({ year: 2026, quarter: 4, goalType: "REVENUE", targetValue: "5" }, leader),
      ).code,
    ).toBe("FORBIDDEN");
    expect(
      failure(await setGoal({ year: 2026, quarter: 5, goalType: "REVENUE", targetValue: "5" }))
        .field,
    ).toBe("input.quarter");
    expect(
      failure(
        await setGoal({ year: 2026, quarter: 4, goalType: "OPPORTUNITIES", targetValue: "2.5" }),
      ).field,
    ).toBe("input.targetValue");
    expect(
      failure(await setGoal({ year: 2026, quarter: 4, goalType: "REVENUE", targetValue: "0" }))
        .field,
    ).toBe("input.targetValue");
    expect(
      failure(
        await setGoal({
          year: 2026,
          quarter: 4,
          goalType: "REVENUE",
          targetValue: "5",
          currency: "dollars",
        }),
      ).field,
    ).toBe("input.currency");
    const admin = await hub.t.db.prisma.staff.findFirstOrThrow({
      where: { email: "sophie.admin@sophiesociety.com" },
    });
    const theirs = ok(
      await setGoal({
        ...THIS_QUARTER,
        goalType: "OPPORTUNITIES",
        targetValue: "4",
        staffId: admin.id,
      }),
    ).setQuarterlyGoal;
    const seen = (await goals("", leader)).map((g: any) => g.staff?.email ?? "org");
    expect(seen.slice(0, seen.indexOf(LEADER))).toEqual(seen.filter((o: string) => o === "org")); // the organization's first,
    expect(new Set(seen)).toEqual(new Set(["org", LEADER])); // then the viewer's own, nobody else's
    expect(
      ok(
        await hub.gql(
          `query($id: ID!) { quarterlyGoal(id: $id) { id } }`,
          { id: theirs.id },
          leader,
        ),
      ).quarterlyGoal,
    ).toBeNull();
    expect(
      ok(
        await hub.gql(
          `query($id: ID!) { deleteQuarterlyGoal(id: $id) { id } }`.replace("query", "mutation"),
          { id: theirs.id },
        ),
      ).deleteQuarterlyGoal.id,
    ).toBe(theirs.id);
    expect(
      ok(await hub.gql(`query($id: ID!) { quarterlyGoal(id: $id) { id } }`, { id: theirs.id }))
        .quarterlyGoal,
    ).toBeNull();
    const audit = ok(
      await hub.gql(
        `query($id: ID!) { auditLogs(filter: { recordId: { eq: $id } }) { nodes { action tableName } } }`,
        { id: theirs.id },
      ),
    ).auditLogs.nodes;
    expect(audit.map((a: any) => a.action)).toEqual(["deleteQuarterlyGoal", "setQuarterlyGoal"]);
  });

  it("raises an alert when a partner goes at risk, once, and clears it when it recovers", async () => {
    const mine = await newPartner("Wobbly Widgets", true);
    const notMine = await newPartner("Elsewhere Co");
    ok(await setPartnerStatus(mine, "AT_RISK"));
    ok(await setPartnerStatus(notMine, "AT_RISK"));
    const [raised] = await alertsOn(mine, undefined, AT_RISK);
    expect(raised).toMatchObject({
      rule: "PARTNER_AT_RISK",
      severity: "WARNING",
      status: "OPEN",
      subjectType: "PARTNER",
      partner: { brandName: "Wobbly Widgets" },
      title: "Wobbly Widgets is at risk",
    });
    expect(await alertsOn(mine, leader, AT_RISK)).toHaveLength(1); // the pod leader's inbox
    expect(await alertsOn(notMine, leader)).toEqual([]); // not their partner
    const rows = await hub.t.db.prisma.alert.findMany({
      where: { subjectId: notMine, rule: "partner_at_risk" },
    });
    expect(rows).toHaveLength(1);

    // No duplicates while one is unresolved, however often the rules run.
    ok(await hub.gql(`mutation { evaluateAlerts { raised cleared } }`));
    expect(failure(await hub.gql(`mutation { evaluateAlerts { raised } }`, {}, leader)).code).toBe(
      "FORBIDDEN",
    );
    ok(await setPartnerStatus(mine, "PAUSED"));
    ok(await setPartnerStatus(mine, "AT_RISK")); // cleared, then raised again: a new alert
    const all = await hub.t.db.prisma.alert.findMany({
      where: { subjectId: mine, rule: "partner_at_risk" },
      orderBy: { createdAt: "asc" },
    });
    expect(all.map((a) => [a.status, a.resolution])).toEqual([
      ["resolved", "condition cleared"],
      ["open", null],
    ]);

    const ack = ok(
      await hub.gql(
        `mutation($id: ID!) { acknowledgeAlert(id: $id) { ${ALERT} } }`,
        { id: all[1].id },
        leader,
      ),
    ).acknowledgeAlert;
    expect(ack).toMatchObject({ status: "ACKNOWLEDGED", acknowledgedBy: { email: LEADER } });
    expect(
      failure(
        await hub.gql(
          `mutation($id: ID!) { acknowledgeAlert(id: $id) { id } }`,
          { id: all[1].id },
          leader,
        ),
      ).field,
    ).toBe("id");
    const other = rows[0].id;
    expect(
      failure(
        await hub.gql(`mutation($id: ID!) { resolveAlert(id: $id) { id } }`, { id: other }, leader),
      ).code,
    ).toBe("NOT_FOUND");
    const done = ok(
      await hub.gql(
        `mutation($id: ID!) { resolveAlert(id: $id, resolution: "Recovery plan agreed") { ${ALERT} } }`,
        { id: all[1].id },
        leader,
      ),
    ).resolveAlert;
    expect(done).toMatchObject({ status: "RESOLVED", resolution: "Recovery plan agreed" });
    // Still at risk: the next run raises it again, as a new alert.
    expect(
      ok(await hub.gql(`mutation { evaluateAlerts { raised } }`)).evaluateAlerts.raised,
    ).toBeGreaterThanOrEqual(1);
    expect(await alertsOn(mine, leader, `status: { eq: OPEN } ${AT_RISK}`)).toHaveLength(1);
  });

  it("raises overdue deals and goals behind pace, and clears them when they move", async () => {
    const partner = await newPartner("Slow Closer Inc", true);
    const late = ok(
      await hub.gql(
        `mutation($p: ID!, $s: ID!) { createOpportunity(input: { partnerId: $p, customerName: "Late deal", dealValue: "900", expectedCloseDate: "2026-01-15", assignedStaffId: $s }) { id } }`,
        { p: partner, s: leaderId },
      ),
    ).createOpportunity;
    const [overdue] = await alertsOn(late.id, leader);
    expect(overdue).toMatchObject({
      rule: "OPPORTUNITY_OVERDUE",
      subjectType: "OPPORTUNITY",
      details: { expectedCloseDate: "2026-01-15", stage: "prospecting" },
    });
    ok(
      await hub.gql(
        `mutation($id: ID!) { updateOpportunity(id: $id, input: { expectedCloseDate: "2027-03-01" }) { id } }`,
        { id: late.id },
      ),
    );
    expect((await alertsOn(late.id))[0]).toMatchObject({
      status: "RESOLVED",
      resolution: "condition cleared",
    });

    const q = (await current())!;
    const goal = ok(
      await setGoal({ ...q, goalType: "OPPORTUNITIES", targetValue: "100000", staffId: leaderId }),
    ).setQuarterlyGoal;
    const [behind] = await alertsOn(goal.id, leader);
    expect(behind).toMatchObject({
      rule: "GOAL_BEHIND",
      subjectType: "GOAL",
      details: { targetValue: 100000, status: "behind" },
    });
    ok(await setGoal({ ...q, goalType: "OPPORTUNITIES", targetValue: "1", staffId: leaderId }));
    expect((await alertsOn(goal.id))[0].status).toBe("RESOLVED");
  });

  it("runs every rule hourly, once per hour across instances: missing weekly statuses and health drops", async () => {
    const quiet = await newPartner("Quiet Quokka", true);
    const reported = await newPartner("Chatty Cheetah", true);
    const sunday = addDays(mondayOf(new Date()), 6); // this week's Sunday: Friday (the default weekday) has passed
    ok(
      await hub.gql(
        `mutation($p: ID!, $w: Date!) { recordWeeklyStatus(input: { partnerId: $p, week: $w, status: ACTIVE }) { id } }`,
        { p: reported, w: day(new Date()) },
      ),
    );
    // Yesterday the quiet partner's health was 90; today it is far lower.
    await hub.t.db.prisma.partnerHealthScore.create({
      data: {
        organizationId: hub.demoOrgId,
        partnerId: quiet,
        day: addDays(utcDay(new Date()), -1),
        score: 90,
      },
    });
    const other: Database = hub.t.url
      ? await openDatabase({ url: hub.t.url, poolSize: 3 })
      : hub.t.db;
    try {
      await Promise.all([runAlertRules(hub.t.db, sunday), runAlertRules(other, sunday)]);
      await runAlertRules(other, new Date(sunday.getTime() + 60_000)); // the same hour: nothing to do
    } finally {
      if (hub.t.url) await other.close();
    }
    const runs = await hub.t.db.prisma.scheduledRun.findMany({
      where: {
        organizationId: hub.demoOrgId,
        job: "alert_rules",
        periodKey: sunday.toISOString().slice(0, 13),
      },
    });
    expect(runs).toHaveLength(1);
    expect(runs[0].result).toMatchObject({
      raised: expect.any(Number),
      cleared: expect.any(Number),
    });
    const quietAlerts = await alertsOn(quiet, leader);
    expect(quietAlerts.map((a: any) => a.rule).sort()).toEqual([
      "HEALTH_DROP",
      "MISSING_WEEKLY_STATUS",
    ]);
    const drop = quietAlerts.find((a: any) => a.rule === "HEALTH_DROP");
    expect(drop).toMatchObject({ severity: "CRITICAL", details: { from: 90, days: 7 } });
    expect(drop.details.to).toBeLessThanOrEqual(75);
    expect((await alertsOn(reported, leader)).map((a: any) => a.rule)).toEqual([]);
    // Recording the status clears the missing-status alert at once.
    ok(
      await hub.gql(
        `mutation($p: ID!, $w: Date!) { recordWeeklyStatus(input: { partnerId: $p, week: $w, status: ACTIVE }) { id } }`,
        { p: quiet, w: day(new Date()) },
        leader,
      ),
    );
    expect((await alertsOn(quiet, leader, `status: { eq: OPEN }`)).map((a: any) => a.rule)).toEqual(
      ["HEALTH_DROP"],
    );

    // Rules follow configuration: switched off, a rule raises nothing.
    const rules = ok(await hub.gql(`{ configuration(category: "alerts", key: "rules") { value } }`))
      .configuration.value;
    ok(
      await hub.gql(
        `mutation($v: JSON!) { setConfiguration(category: "alerts", key: "rules", value: $v) { key } }`,
        { v: { ...rules, partner_at_risk: { enabled: false, severity: "info" } } },
      ),
    );
    const quiet2 = await newPartner("Switched Off Co");
    ok(await setPartnerStatus(quiet2, "AT_RISK"));
    expect(await alertsOn(quiet2, undefined, AT_RISK)).toEqual([]);
    expect(
      failure(
        await hub.gql(
          `mutation($v: JSON!) { setConfiguration(category: "alerts", key: "rules", value: $v) { key } }`,
          {
            v: { ...rules, health_drop: { enabled: true, severity: "loud", points: 15, days: 7 } },
          },
        ),
      ).code,
    ).toBe("BAD_USER_INPUT");
  });

  it("enforces the organization's max_users for every writer, within its subscription tier", async () => {
    const org = hub.demoOrgId;
    const live = await hub.t.db.prisma.staff.count({
      where: { organizationId: org, deletedAt: null, status: { not: "departed" } },
    });
    await hub.t.db.prisma.organization.update({ where: { id: org }, data: { maxUsers: live } });
    try {
      const add = (email: string) =>
        hub.gql(
          `mutation($e: String!) { createStaff(input: { email: $e, fullName: "New Person", role: PPC_MANAGER }) { id } }`,
          { e: email },
        );
      const full = failure(await add("one.too.many@sophiesociety.com"));
      expect(full).toMatchObject({ code: "BAD_USER_INPUT", field: "email" });
      expect(full.message).toContain(`all ${live} of its users (max_users)`);
      const leaving = await hub.t.db.prisma.staff.findFirstOrThrow({
        where: { organizationId: org, role: "ppc_manager", status: { not: "departed" } },
      });
      ok(
        await hub.gql(
          `mutation($id: ID!) { updateStaff(id: $id, input: { status: DEPARTED }) { id } }`,
          { id: leaving.id },
        ),
      );
      ok(await add("one.too.many@sophiesociety.com")); // the departed person's seat
      expect(
        failure(
          await hub.gql(
            `mutation($id: ID!) { updateStaff(id: $id, input: { status: ACTIVE }) { id } }`,
            { id: leaving.id },
          ),
        ).field,
      ).toBe("email");
    } finally {
      await hub.t.db.prisma.organization.update({ where: { id: org }, data: { maxUsers: 100 } });
    }
    // A tier caps max_users: basic 10, professional 100, enterprise as many as agreed.
    await expect(
      hub.t.db.prisma.organization.update({
        where: { id: org },
        data: { subscriptionTier: "basic" },
      }),
    ).rejects.toThrow(/organizations_tier_max_users_check/);
    await expect(
      hub.t.db.prisma.organization.update({
        where: { id: org },
        data: { subscriptionTier: "gold" },
      }),
    ).rejects.toThrow(/organizations_subscription_tier_check/);
  });
});
