// Partner interactions and relationship health over HTTP: the score and its factors from
// interactions (recency, frequency), weekly statuses and open opportunities, weighted by
// configuration, checked against numbers worked out by hand; and who may log what.
import { TARGETS } from "./support/databases";
import { failure, ok, startTestHub, type TestHub } from "./support/hub";

const HEALTH = `query($id: ID!) { partner(id: $id) { relationshipHealth { score factors { name score weight detail } } interactions { interactionType staff { email } } } }`;
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

describe.each(TARGETS)("relationship health on %s", (target) => {
  let hub: TestHub;
  let partnerId: string;
  beforeAll(async () => {
    hub = await startTestHub(target);
    partnerId = ok(
      await hub.gql(`mutation { createPartner(input: { brandName: "Health Check Co" }) { id } }`),
    ).createPartner.id;
    // Whole-number weights (3:2:4:1) so the expected scores are exact.
    ok(
      await hub.gql(
        `mutation { setConfiguration(category: "relationship_health", key: "weights", value: { recency: 3, frequency: 2, statuses: 4, opportunities: 1 }) { key } }`,
      ),
    );
  });
  afterAll(() => hub.close());
  const health = async () => ok(await hub.gql(HEALTH, { id: partnerId })).partner;
  const log = (type: string, when: string, token?: string) =>
    hub.gql(
      `mutation($i: LogInteractionInput!) { logPartnerInteraction(input: $i) { id interactionType } }`,
      { i: { partnerId, interactionType: type, interactionDate: when } },
      token,
    );

  it("scores a partner with no history from its neutral parts only", async () => {
    const { relationshipHealth } = await health();
    // recency 0, frequency 0, statuses 50 (none yet), opportunities 0 → (0·3 + 0·2 + 50·4 + 0·1) / 10
    expect(relationshipHealth.score).toBe(20);
    expect(relationshipHealth.factors.map((f: any) => [f.name, f.score, f.weight])).toEqual([
      ["recency", 0, 0.3],
      ["frequency", 0, 0.2],
      ["statuses", 50, 0.4],
      ["opportunities", 0, 0.1],
    ]);
    expect(relationshipHealth.factors[0].detail).toBe("no interaction logged");
  });

  it("follows interactions, weekly statuses and open opportunities as they are recorded", async () => {
    for (const [type, when] of [
      ["CALL", daysAgo(10)],
      ["MEETING", daysAgo(40)],
      ["EMAIL", daysAgo(200)],
    ])
      ok(await log(type, when));
    for (const [week, status] of [
      [daysAgo(7).slice(0, 10), "ACTIVE"],
      [daysAgo(14).slice(0, 10), "AT_RISK"],
    ]) {
      ok(
        await hub.gql(
          `mutation($p: ID!, $w: Date!, $s: PartnerStatus!) { recordWeeklyStatus(input: { partnerId: $p, week: $w, status: $s }) { id } }`,
          { p: partnerId, w: week, s: status },
        ),
      );
    }
    ok(
      await hub.gql(
        `mutation($p: ID!) { createOpportunity(input: { partnerId: $p, customerName: "Deal", dealValue: "100", expectedCloseDate: "2027-01-31" }) { id } }`,
        { p: partnerId },
      ),
    );
    const { relationshipHealth, interactions } = await health();
    // recency 100 (10 days ≤ 30), frequency round(2/6·100) = 33, statuses (100 + 20) / 2 = 60, opportunities 1/2 → 50
    expect(relationshipHealth.factors.map((f: any) => f.score)).toEqual([100, 33, 60, 50]);
    expect(relationshipHealth.score).toBe(66); // (300 + 66 + 240 + 50) / 10 = 65.6
    expect(relationshipHealth.factors[1].detail).toBe("2 interactions in 90 days (target 6)");
    expect(interactions.map((i: any) => i.interactionType)).toEqual(["CALL", "MEETING", "EMAIL"]);
    expect(interactions[0].staff).toEqual({ email: "sophie.admin@sophiesociety.com" });

    ok(
      await hub.gql(
        `mutation { setConfiguration(category: "relationship_health", key: "targets", value: { recency_days: 5, frequency_days: 90, frequency_target: 2, status_weeks: 8, opportunities_target: 1 }) { key } }`,
      ),
    );
    // recency: 10 days, window 5 → (15 − 10) / 10 · 100 = 50; frequency 2/2 → 100; opportunities 1/1 → 100
    const retuned = (await health()).relationshipHealth;
    expect(retuned.factors.map((f: any) => f.score)).toEqual([50, 100, 60, 100]);
    expect(retuned.score).toBe(69); // (50·3 + 100·2 + 60·4 + 100·1) / 10
  });

  it("refuses bad interactions and keeps logging to those who may", async () => {
    expect(failure(await log("CALL", new Date(Date.now() + 86_400_000).toISOString())).field).toBe(
      "input.interactionDate",
    );
    expect(
      failure(
        await hub.gql(
          `mutation { setConfiguration(category: "relationship_health", key: "weights", value: { recency: 0, frequency: 0, statuses: 0, opportunities: 0 }) { key } }`,
        ),
      ).message,
    ).toBe("At least one weight must be above 0.");
    const finance = await hub.t.db.prisma.staff.findFirstOrThrow({
      where: { organizationId: hub.demoOrgId, role: "finance" },
    });
    expect(failure(await log("CALL", daysAgo(1), await hub.tokenFor(finance.email))).code).toBe(
      "FORBIDDEN",
    );
    const leaderEmail = "priya.natarajan@sophiesociety.com";
    expect(failure(await log("CALL", daysAgo(1), await hub.tokenFor(leaderEmail))).code).toBe(
      "NOT_FOUND",
    ); // not their partner
  });
});
