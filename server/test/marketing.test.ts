// Marketing over HTTP (seed 001): campaigns and their results, daily figures replaced when
// recorded again, input checked per field, the overview view (leads, cost, cost per lead,
// revenue from won leads, ROI) against a hand-worked fixture, and who may see it.
import { TARGETS } from "./support/databases";
import { OTHER_ADMIN, failure, ok, startTestHub, type TestHub } from "./support/hub";

describe.each(TARGETS)("marketing on %s", (target) => {
  let hub: TestHub;
  let admin: string;
  const gql = (q: string, v: Record<string, unknown> = {}) => hub.gql(q, v, admin);
  beforeAll(async () => {
    hub = await startTestHub(target);
    admin = await hub.tokenFor(OTHER_ADMIN);
  });
  afterAll(() => hub.close());

  const campaign = async (name: string, type: string) =>
    ok(
      await gql(
        `mutation($n: String!, $t: CampaignType!) { createMarketingCampaign(input: { name: $n, campaignType: $t, status: ACTIVE }) { id } }`,
        { n: name, t: type },
      ),
    ).createMarketingCampaign.id;

  it("computes leads, cost, cost per lead, revenue and ROI per campaign", async () => {
    const show = await campaign("Prosper Show", "OFFLINE");
    const search = await campaign("Search Q4", "ONLINE");
    await campaign("Idea", "ONLINE");
    ok(
      await gql(
        `mutation($c: ID!) { recordOfflineEvent(input: { campaignId: $c, eventName: "Booth 12", eventDate: "2026-03-10", attendees: 300, leadsGenerated: 40, cost: "5000" }) { id } }`,
        { c: show },
      ),
    );
    ok(
      await gql(
        `mutation($c: ID!) { createContentPiece(input: { campaignId: $c, title: "Show recap", contentType: BLOG, leadsGenerated: 10, impressions: 4000 }) { id } }`,
        { c: show },
      ),
    );
    ok(
      await gql(
        `mutation($c: ID!) { recordSeoSem(input: { campaignId: $c, keyword: "amazon agency", impressions: 10000, clicks: 500, conversions: 25, cost: "2500" }) { id } }`,
        { c: search },
      ),
    );
    // Two leads from the show: one won (20,000), one still open (9,000, not revenue).
    const won = ok(
      await gql(
        `mutation($c: ID!) { createLead(input: { company: "Show Brand A", expectedValue: "20000", campaignId: $c }) { id campaign { name } } }`,
        { c: show },
      ),
    ).createLead;
    expect(won.campaign).toEqual({ name: "Prosper Show" });
    ok(
      await gql(`mutation($id: ID!) { moveLeadStage(id: $id, stage: "closed_won") { id } }`, {
        id: won.id,
      }),
    );
    ok(
      await gql(
        `mutation($c: ID!) { createLead(input: { company: "Show Brand B", expectedValue: "9000", campaignId: $c }) { id } }`,
        { c: show },
      ),
    );

    const overview = ok(
      await gql(`{ marketingOverview { name leads cost costPerLead revenue roi } }`),
    ).marketingOverview;
    expect(overview).toEqual([
      { name: "Idea", leads: 0, cost: "0", costPerLead: null, revenue: "0", roi: null },
      {
        name: "Prosper Show",
        leads: 50,
        cost: "5000",
        costPerLead: "100",
        revenue: "20000",
        roi: 3,
      },
      { name: "Search Q4", leads: 25, cost: "2500", costPerLead: "100", revenue: "0", roi: -1 },
    ]);
    const withResults = ok(
      await gql(`{ marketingCampaigns { name offlineEvents { eventName } seoSem { keyword } } }`),
    ).marketingCampaigns;
    expect(withResults.find((c: any) => c.name === "Prosper Show").offlineEvents).toEqual([
      { eventName: "Booth 12" },
    ]);
  });

  it("changes campaigns and lists content pieces", async () => {
    const id = await campaign("Spring push", "ONLINE");
    const changed = ok(
      await gql(
        `mutation($id: ID!) { updateMarketingCampaign(id: $id, input: { status: COMPLETED, budget: "7500", endDate: "2026-05-31", startDate: "2026-03-01" }) { status budget startDate endDate } }`,
        { id },
      ),
    ).updateMarketingCampaign;
    expect(changed).toEqual({
      status: "COMPLETED",
      budget: "7500",
      startDate: "2026-03-01",
      endDate: "2026-05-31",
    });
    expect(
      failure(
        await gql(
          `mutation($id: ID!) { updateMarketingCampaign(id: $id, input: { endDate: "2026-02-01" }) { id } }`,
          { id },
        ),
      ).field,
    ).toBe("input.endDate");
    ok(
      await gql(
        `mutation { createContentPiece(input: { title: "Loose post", contentType: SOCIAL, publishDate: "2026-04-02" }) { id } }`,
      ),
    );
    expect(ok(await gql(`{ contentPieces { title contentType } }`)).contentPieces).toContainEqual({
      title: "Loose post",
      contentType: "SOCIAL",
    });
  });

  it("replaces a day's figures when recorded again, and checks every figure", async () => {
    const day = (v: Record<string, unknown>) =>
      gql(
        `mutation($i: WebsiteAnalyticsInput!) { recordWebsiteAnalytics(input: $i) { date pageviews bounceRate } }`,
        {
          i: {
            date: "2026-11-02",
            pageviews: 100,
            sessions: 80,
            users: 70,
            bounceRate: 0.4,
            avgSessionDuration: 95.5,
            ...v,
          },
        },
      );
    ok(await day({}));
    ok(await day({ pageviews: 120 }));
    expect(
      ok(
        await gql(
          `{ websiteAnalytics(from: "2026-11-01", to: "2026-11-30") { date pageviews bounceRate avgSessionDuration } }`,
        ),
      ).websiteAnalytics,
    ).toEqual([{ date: "2026-11-02", pageviews: 120, bounceRate: 0.4, avgSessionDuration: 95.5 }]);
    expect(failure(await day({ bounceRate: 1.5 })).field).toBe("input.bounceRate");
    expect(failure(await day({ sessions: -1 })).field).toBe("input.sessions");
    ok(
      await gql(
        `mutation { recordMarketingAttribution(input: { channel: "LinkedIn", reportDate: "2026-11-02", firstTouchConversions: 3, lastTouchConversions: 1, assistedConversions: 4 }) { id } }`,
      ),
    );
    ok(
      await gql(
        `mutation { recordMarketingAttribution(input: { channel: "LinkedIn", reportDate: "2026-11-02", firstTouchConversions: 5 }) { id } }`,
      ),
    );
    expect(
      ok(
        await gql(
          `{ marketingAttribution { channel firstTouchConversions lastTouchConversions assistedConversions } }`,
        ),
      ).marketingAttribution,
    ).toEqual([
      {
        channel: "LinkedIn",
        firstTouchConversions: 5,
        lastTouchConversions: 1,
        assistedConversions: 4,
      },
    ]);
    ok(
      await gql(
        `mutation { recordDigitalChannel(input: { channelName: "Instagram", reportDate: "2026-11-02", visits: 900, leads: 12, conversions: 3, cost: "450" }) { id } }`,
      ),
    );
    expect(
      ok(
        await gql(
          `{ digitalChannels(from: "2026-11-02", to: "2026-11-02") { channelName leads cost } }`,
        ),
      ).digitalChannels,
    ).toEqual([{ channelName: "Instagram", leads: 12, cost: "450" }]);
    const c = ok(await gql(`{ marketingCampaigns { id name } }`)).marketingCampaigns[0].id;
    expect(
      failure(
        await gql(
          `mutation($c: ID!) { recordSeoSem(input: { campaignId: $c, keyword: "x", impressions: 10, clicks: 20 }) { id } }`,
          { c },
        ),
      ).field,
    ).toBe("input.clicks");
    expect(
      failure(
        await gql(
          `mutation { createMarketingCampaign(input: { name: "Backwards", campaignType: ONLINE, startDate: "2026-05-01", endDate: "2026-04-01" }) { id } }`,
        ),
      ).field,
    ).toBe("input.endDate");
  });

  it("is read by marketing, sales and the read-everything roles, written by marketing", async () => {
    const lina = await hub.tokenFor("lina.haddad@sophiesociety.com");
    ok(
      await hub.gql(
        `mutation { createMarketingCampaign(input: { name: "Newsletter", campaignType: ONLINE }) { id } }`,
        {},
        lina,
      ),
    );
    expect(
      ok(
        await hub.gql(
          `{ marketingOverview { name } }`,
          {},
          await hub.tokenFor("jack.obrien@sophiesociety.com"),
        ),
      ).marketingOverview.map((r: any) => r.name),
    ).toContain("Newsletter");
    expect(
      failure(
        await hub.gql(
          `{ marketingOverview { name } }`,
          {},
          await hub.tokenFor("priya.natarajan@sophiesociety.com"),
        ),
      ).code,
    ).toBe("FORBIDDEN");
    expect(
      failure(
        await hub.gql(
          `mutation { createMarketingCampaign(input: { name: "Nope", campaignType: ONLINE }) { id } }`,
          {},
          await hub.tokenFor("jack.obrien@sophiesociety.com"),
        ),
      ).code,
    ).toBe("FORBIDDEN");
  });
});
