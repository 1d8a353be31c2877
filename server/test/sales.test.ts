// Sales leads over HTTP (seed 001): created in the shared pipeline stages, moved with their
// activity log and reasons (lost needs one), converted into a partner when won, who sees and
// works which leads, and the pipeline and activity views against hand-counted figures.
import { TARGETS } from "./support/databases";
import { OTHER_ADMIN, failure, ok, startTestHub, type TestHub } from "./support/hub";

const JACK = "jack.obrien@sophiesociety.com";
const FATIMA = "fatima.zahra@sophiesociety.com";

describe.each(TARGETS)("sales leads on %s", (target) => {
  let hub: TestHub;
  let jack: string;
  let fatima: string;
  let lostReason: string;
  beforeAll(async () => {
    hub = await startTestHub(target);
    jack = await hub.tokenFor(JACK);
    fatima = await hub.tokenFor(FATIMA);
    lostReason = ok(await hub.gql(`{ salesReasons { id name category } }`)).salesReasons.find(
      (r: any) => r.name === "Chose a competitor" && r.category === "LOST",
    ).id;
  });
  afterAll(() => hub.close());

  const create = async (input: Record<string, unknown>, token = jack) =>
    ok(
      await hub.gql(
        `mutation($i: CreateLeadInput!) { createLead(input: $i) { id stage status owner { email } } }`,
        { i: input },
        token,
      ),
    ).createLead;
  const move = (id: string, stage: string, extra: Record<string, unknown> = {}, token = jack) =>
    hub.gql(
      `mutation($id: ID!, $s: String!, $r: ID, $n: String) { moveLeadStage(id: $id, stage: $s, reasonId: $r, note: $n) { stage status closedAt lostReason { name } } }`,
      { id, s: stage, ...extra },
      token,
    );

  it("creates leads in the pipeline's first open stage, owned by whoever adds them", async () => {
    const lead = await create({
      company: "Acme Outdoors",
      contactName: "Ann Lee",
      contactEmail: "ann@acme.example",
      expectedValue: "24000",
    });
    expect(lead).toMatchObject({ stage: "prospecting", status: "OPEN", owner: { email: JACK } });
    expect(
      failure(
        await hub.gql(
          `mutation { createLead(input: { company: "X", stage: "closed_won" }) { id } }`,
          {},
          jack,
        ),
      ),
    ).toMatchObject({ code: "BAD_USER_INPUT", field: "input.stage" });
    expect(
      failure(
        await hub.gql(
          `mutation { createLead(input: { company: "X", stage: "nowhere" }) { id } }`,
          {},
          jack,
        ),
      ).message,
    ).toMatch(
      /^"nowhere" is not a pipeline stage; the stages are prospecting, qualification, proposal, negotiation, closed_won, closed_lost/,
    );
    expect(
      failure(await hub.gql(`mutation { createLead(input: { company: "  " }) { id } }`, {}, jack))
        .field,
    ).toBe("input.company");
  });

  it("moves a lead with a log of its moves; losing it needs a LOST reason", async () => {
    const lead = await create({ company: "Bolt Bikes" });
    expect(
      ok(await move(lead.id, "qualification", { n: "Budget call booked" })).moveLeadStage,
    ).toMatchObject({ stage: "qualification", status: "OPEN", closedAt: null });
    expect(failure(await move(lead.id, "closed_lost"))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "reasonId",
    });
    expect(ok(await move(lead.id, "closed_lost", { r: lostReason })).moveLeadStage).toMatchObject({
      status: "LOST",
      lostReason: { name: "Chose a competitor" },
    });
    expect(ok(await move(lead.id, "proposal")).moveLeadStage).toMatchObject({
      status: "OPEN",
      closedAt: null,
      lostReason: null,
    }); // reopened
    ok(
      await hub.gql(
        `mutation($l: ID!) { logLeadActivity(input: { leadId: $l, activityType: CALL, note: "Intro call", activityDate: "2026-11-20" }) { id } }`,
        { l: lead.id },
        jack,
      ),
    );
    const log = ok(
      await hub.gql(
        `query($id: ID!) { salesLead(id: $id) { activities { activityType fromStage toStage note reason { name } staff { email } } } }`,
        { id: lead.id },
        jack,
      ),
    ).salesLead.activities;
    expect(
      log.map((a: any) => [a.activityType, a.fromStage, a.toStage, a.reason?.name ?? null]),
    ).toEqual(
      expect.arrayContaining([
        ["STAGE_CHANGE", "prospecting", "qualification", null],
        ["STAGE_CHANGE", "qualification", "closed_lost", "Chose a competitor"],
        ["STAGE_CHANGE", "closed_lost", "proposal", null],
        ["CALL", null, null, null],
      ]),
    );
    expect(log).toHaveLength(4);
    expect(
      failure(
        await hub.gql(
          `mutation($l: ID!) { logLeadActivity(input: { leadId: $l, activityType: STAGE_CHANGE }) { id } }`,
          { l: lead.id },
          jack,
        ),
      ).field,
    ).toBe("input.activityType");
  });

  it("converts a won lead into an onboarding partner, once, keeping the link", async () => {
    const lead = await create({
      company: "Cedar & Pine",
      contactName: "Cy Pine",
      contactEmail: "cy@cedar.example",
    });
    expect(
      failure(await hub.gql(`mutation($id: ID!) { convertLead(id: $id) { id } }`, { id: lead.id })),
    ).toMatchObject({ code: "BAD_USER_INPUT", field: "id" });
    ok(await move(lead.id, "closed_won"));
    expect(
      failure(
        await hub.gql(`mutation($id: ID!) { convertLead(id: $id) { id } }`, { id: lead.id }, jack),
      ).code,
    ).toBe("FORBIDDEN"); // partners:write
    const converted = ok(
      await hub.gql(
        `mutation($id: ID!) { convertLead(id: $id) { status convertedAt partner { brandName clientName clientEmail status partnerCode } } }`,
        { id: lead.id },
      ),
    ).convertLead;
    expect(converted.partner).toMatchObject({
      brandName: "Cedar & Pine",
      clientName: "Cy Pine",
      clientEmail: "cy@cedar.example",
      status: "ONBOARDING",
    });
    expect(converted.partner.partnerCode).toMatch(/^SO-\d+$/);
    expect(
      failure(await hub.gql(`mutation($id: ID!) { convertLead(id: $id) { id } }`, { id: lead.id }))
        .code,
    ).toBe("CONFLICT");
    expect(failure(await move(lead.id, "proposal")).message).toContain("became a partner");
    const twin = await create({ company: "cedar & pine" });
    ok(await move(twin.id, "closed_won"));
    expect(
      failure(await hub.gql(`mutation($id: ID!) { convertLead(id: $id) { id } }`, { id: twin.id }))
        .message,
    ).toMatch(/^A partner named Cedar & Pine exists/);
  });

  it("lets the sales team see and work every lead, and others only their own", async () => {
    const hers = await create({ company: "Fatima's prospect" }, fatima);
    expect(ok(await move(hers.id, "qualification")).moveLeadStage.stage).toBe("qualification"); // Jack works the team's leads
    const podLeader = await hub.tokenFor("priya.natarajan@sophiesociety.com");
    const own = await create({ company: "Referral from a client" }, podLeader);
    const seen = ok(
      await hub.gql(`{ salesLeads { nodes { id } } }`, {}, podLeader),
    ).salesLeads.nodes.map((n: any) => n.id);
    expect(seen).toEqual([own.id]);
    expect(
      ok(await hub.gql(`query($id: ID!) { salesLead(id: $id) { id } }`, { id: hers.id }, podLeader))
        .salesLead,
    ).toBeNull();
    expect(failure(await move(hers.id, "proposal", {}, podLeader)).code).toBe("NOT_FOUND");
    const jackId = (await hub.t.db.prisma.staff.findFirstOrThrow({ where: { email: JACK } })).id;
    expect(
      failure(
        await hub.gql(
          `mutation($o: ID!) { createLead(input: { company: "For Jack", ownerId: $o }) { id } }`,
          { o: jackId },
          podLeader,
        ),
      ).code,
    ).toBe("FORBIDDEN");
    expect(failure(await hub.gql(`{ salesPipelineOverview { stage } }`, {}, podLeader)).code).toBe(
      "FORBIDDEN",
    );
  });

  it("edits leads and grows the reasons taxonomy", async () => {
    const lead = await create({ company: "Typo Inc" });
    const edited = ok(
      await hub.gql(
        `mutation($id: ID!) { updateLead(id: $id, input: { company: "Tycho Inc", contactEmail: "hi@tycho.example", expectedValue: "5000" }) { company contactEmail expectedValue } }`,
        { id: lead.id },
        jack,
      ),
    ).updateLead;
    expect(edited).toEqual({
      company: "Tycho Inc",
      contactEmail: "hi@tycho.example",
      expectedValue: "5000",
    });
    expect(
      failure(
        await hub.gql(
          `mutation($id: ID!) { updateLead(id: $id, input: { expectedValue: "-1" }) { id } }`,
          { id: lead.id },
          jack,
        ),
      ).field,
    ).toBe("input.expectedValue");
    const reason = ok(
      await hub.gql(
        `mutation { createSalesReason(input: { name: "Timing", category: LOST }) { id name category } }`,
        {},
        jack,
      ),
    ).createSalesReason;
    expect(reason).toMatchObject({ name: "Timing", category: "LOST" });
    expect(
      ok(await move(lead.id, "closed_lost", { r: reason.id })).moveLeadStage.lostReason,
    ).toEqual({ name: "Timing" });
    const podLeader = await hub.tokenFor("priya.natarajan@sophiesociety.com");
    expect(
      failure(
        await hub.gql(
          `mutation { createSalesReason(input: { name: "Mine", category: LOST }) { id } }`,
          {},
          podLeader,
        ),
      ).code,
    ).toBe("FORBIDDEN");
  });

  it("sums open leads per stage and activities per person (the sales views), matching a hand count", async () => {
    const admin = await hub.tokenFor(OTHER_ADMIN);
    const lead = async (company: string, value: string, stage: string) =>
      ok(
        await hub.gql(
          `mutation($c: String!, $v: Decimal, $s: String) { createLead(input: { company: $c, expectedValue: $v, stage: $s }) { id } }`,
          { c: company, v: value, s: stage },
          admin,
        ),
      ).createLead.id;
    const a = await lead("A", "1000", "prospecting");
    await lead("B", "500", "prospecting");
    await lead("C", "2000", "proposal");
    const d = await lead("D", "9000", "negotiation");
    ok(await move(d, "closed_won", {}, admin));
    for (const type of ["CALL", "CALL", "EMAIL", "DEMO"])
      ok(
        await hub.gql(
          `mutation($l: ID!, $t: SalesActivityType!) { logLeadActivity(input: { leadId: $l, activityType: $t, activityDate: "2026-11-02" }) { id } }`,
          { l: a, t: type },
          admin,
        ),
      );
    const { salesPipelineOverview, salesActivitySummary } = ok(
      await hub.gql(
        `{
      salesPipelineOverview { stage leads expectedValue }
      salesActivitySummary { staff { email } activities calls emails meetings lastActivityDate }
    }`,
        {},
        admin,
      ),
    );
    expect(salesPipelineOverview).toEqual([
      { stage: "prospecting", leads: 2, expectedValue: "1500" },
      { stage: "qualification", leads: 0, expectedValue: "0" },
      { stage: "proposal", leads: 1, expectedValue: "2000" },
      { stage: "negotiation", leads: 0, expectedValue: "0" },
    ]);
    expect(salesActivitySummary).toEqual([
      {
        staff: { email: OTHER_ADMIN },
        activities: 4,
        calls: 2,
        emails: 1,
        meetings: 1,
        lastActivityDate: "2026-11-02",
      },
    ]);
  });
});
