// Aggregates over HTTP: counts and sums, averages, minimums and maximums per group, checked
// against numbers worked out by hand on a small fixture in an organization of its own;
// grouping by enums, booleans and date buckets; the filter (and/or/not, contains) as on
// connections; soft-deleted rows left out; the viewer's organization and partners only.
import { TARGETS } from "./support/databases";
import { OTHER_ADMIN, failure, ok, startTestHub, type TestHub } from "./support/hub";

const FIXTURE = [
  {
    brandName: "Agg Alpha",
    status: "ACTIVE",
    tier: "TIER_1",
    baseFee: "1000",
    contractStartDate: "2026-01-15",
  },
  {
    brandName: "Agg Beta",
    status: "ACTIVE",
    tier: "TIER_2",
    baseFee: "3000",
    contractStartDate: "2026-02-20",
  },
  {
    brandName: "Agg Gamma",
    status: "AT_RISK",
    tier: "TIER_1",
    baseFee: "2000",
    contractStartDate: "2026-02-03",
  },
  { brandName: "Agg Delta", status: "PAUSED", tier: "TIER_1", contractStartDate: "2026-04-01" },
]; // plus the organization's "Other Brand": ACTIVE, TIER_2, no fee, no start date

describe.each(TARGETS)("aggregates on %s", (target) => {
  let hub: TestHub;
  let other: string;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    hub = await startTestHub(target);
    other = await hub.tokenFor(OTHER_ADMIN);
    for (const p of FIXTURE) {
      ids[p.brandName] = ok(
        await hub.gql(
          `mutation($i: CreatePartnerInput!) { createPartner(input: $i) { id } }`,
          { i: p },
          other,
        ),
      ).createPartner.id;
    }
  });
  afterAll(() => hub.close());
  const partners = async (args: string, token = other) =>
    ok(
      await hub.gql(
        `{ partnersAggregate${args} { key { status tier contractStartDate } count sum { baseFee } avg { baseFee } min { baseFee } max { baseFee } } }`,
        {},
        token,
      ),
    ).partnersAggregate;

  it("sums, averages and bounds every row in one group when nothing is grouped", async () => {
    expect(await partners("")).toEqual([
      {
        key: { status: null, tier: null, contractStartDate: null },
        count: 5,
        sum: { baseFee: 6000 },
        avg: { baseFee: 2000 },
        min: { baseFee: 1000 },
        max: { baseFee: 3000 },
      },
    ]);
  });

  it("groups by enums, and by several fields", async () => {
    const byStatus = (await partners("(groupBy: [STATUS])")).map((g: any) => [
      g.key.status,
      g.count,
      g.sum.baseFee,
    ]);
    expect(byStatus).toEqual([
      ["ACTIVE", 3, 4000],
      ["AT_RISK", 1, 2000],
      ["PAUSED", 1, null],
    ]);
    const tier1 = await partners(`(filter: { tier: { in: [TIER_1] } }, groupBy: [STATUS, TIER])`);
    expect(tier1.map((g: any) => [g.key.status, g.key.tier, g.count])).toEqual([
      ["ACTIVE", "TIER_1", 1],
      ["AT_RISK", "TIER_1", 1],
      ["PAUSED", "TIER_1", 1],
    ]);
  });

  it("buckets dates by month and quarter (no date last)", async () => {
    const month = (await partners("(groupBy: [CONTRACT_START_DATE_MONTH])")).map((g: any) => [
      g.key.contractStartDate,
      g.count,
    ]);
    expect(month).toEqual([
      ["2026-01-01", 1],
      ["2026-02-01", 2],
      ["2026-04-01", 1],
      [null, 1],
    ]);
    const quarter = (await partners("(groupBy: [CONTRACT_START_DATE_QUARTER])")).map((g: any) => [
      g.key.contractStartDate,
      g.count,
    ]);
    expect(quarter).toEqual([
      ["2026-01-01", 3],
      ["2026-04-01", 1],
      [null, 1],
    ]);
    expect(
      failure(
        await hub.gql(
          `{ partnersAggregate(groupBy: [CONTRACT_START_DATE_MONTH, CONTRACT_START_DATE_YEAR]) { count } }`,
          {},
          other,
        ),
      ).field,
    ).toBe("groupBy");
  });

  it("filters as connections do: and / or / not, contains, null checks", async () => {
    const count = async (filter: string) => (await partners(`(filter: ${filter})`))[0].count;
    expect(await count(`{ or: [{ baseFee: { gte: "2500" } }, { status: { eq: PAUSED } }] }`)).toBe(
      2,
    );
    expect(await count(`{ not: { status: { eq: ACTIVE } } }`)).toBe(2);
    expect(await count(`{ brandName: { contains: "agg" }, baseFee: { isNull: true } }`)).toBe(1);
    expect(await count(`{ contractStartDate: { gte: "2026-02-01", lt: "2026-03-01" } }`)).toBe(2);
    expect(await count(`{ brandName: { contains: "%" } }`)).toBe(0); // LIKE wildcards are plain characters
  });

  it("leaves out archived partners, other organizations and partners one may not see", async () => {
    ok(
      await hub.gql(
        `mutation($id: ID!) { archivePartner(id: $id) { id } }`,
        { id: ids["Agg Delta"] },
        other,
      ),
    );
    expect((await partners(""))[0].count).toBe(4);
    const admin = await hub.tokenFor("sophie.admin@sophiesociety.com");
    const totalDemo = ok(await hub.gql(`{ partners { totalCount } }`)).partners.totalCount;
    expect((await partners("", admin))[0].count).toBe(totalDemo); // the demo organization's, none of the fixture's
    const leader = await hub.tokenFor("priya.natarajan@sophiesociety.com");
    const leaderCount = ok(await hub.gql(`{ partnersAggregate { count } }`, {}, leader))
      .partnersAggregate[0].count;
    // A sum of fees is the fees: it needs partners:financials, which pod leaders lack.
    expect(
      failure(await hub.gql(`{ partnersAggregate { sum { baseFee } } }`, {}, leader)).code,
    ).toBe("FORBIDDEN");
    expect(leaderCount).toBe(
      ok(await hub.gql(`{ partners { totalCount } }`, {}, leader)).partners.totalCount,
    );
    expect(leaderCount).toBeLessThan(totalDemo);
    expect(failure(await hub.gql(`{ stagedChangesAggregate { count } }`, {}, leader)).code).toBe(
      "FORBIDDEN",
    );
  });

  it("aggregates weekly statuses by week bucket, status and the happy-client flag", async () => {
    const alpha = ids["Agg Alpha"];
    for (const [week, status, happy] of [
      ["2026-01-05", "ACTIVE", true],
      ["2026-01-14", "ACTIVE", true],
      ["2026-01-19", "AT_RISK", false],
      ["2026-02-02", "ACTIVE", true],
    ] as const) {
      ok(
        await hub.gql(
          `mutation($p: ID!, $w: Date!, $s: PartnerStatus!, $h: Boolean) { recordWeeklyStatus(input: { partnerId: $p, week: $w, status: $s, happyClient: $h }) { id } }`,
          { p: alpha, w: week, s: status, h: happy },
          other,
        ),
      );
    }
    const q = `query($p: ID!) { weeklyStatusesAggregate(filter: { partnerId: { eq: $p } }, groupBy: [WEEK_START_DATE_MONTH, HAPPY_CLIENT]) { key { weekStartDate happyClient } count } }`;
    const groups = ok(await hub.gql(q, { p: alpha }, other)).weeklyStatusesAggregate.map(
      (g: any) => [g.key.weekStartDate, g.key.happyClient, g.count],
    );
    expect(groups).toEqual([
      ["2026-01-01", false, 1],
      ["2026-01-01", true, 2],
      ["2026-02-01", true, 1],
    ]);
    const weeks = ok(
      await hub.gql(
        `query($p: ID!) { weeklyStatusesAggregate(filter: { partnerId: { eq: $p } }, groupBy: [WEEK_START_DATE_WEEK]) { key { weekStartDate } count } }`,
        { p: alpha },
        other,
      ),
    );
    expect(weeks.weeklyStatusesAggregate.map((g: any) => g.key.weekStartDate)).toEqual([
      "2026-01-05",
      "2026-01-12",
      "2026-01-19",
      "2026-02-02",
    ]);
  });
});
