// Opportunities over HTTP: configured stages, stage history on every move (same
// transaction), closing won/lost, commission (flat, tiered at its boundaries, marginal,
// per-domain overrides), the pipeline view, and who may see and change what.
import { TARGETS } from "./support/databases";
import { OTHER_ADMIN, failure, ok, startTestHub, type TestHub } from "./support/hub";

const OPP = `id stage status probability dealValue currency actualCloseDate commissionDetails
  partner { partnerCode } assignedStaff { email } stageHistory { fromStage toStage changeReason changedBy { email } }`;
const CREATE = `mutation($i: CreateOpportunityInput!) { createOpportunity(input: $i) { ${OPP} } }`;
const MOVE = `mutation($id: ID!, $s: String!, $r: String) { moveOpportunityStage(id: $id, stage: $s, reason: $r) { ${OPP} } }`;

describe.each(TARGETS)("opportunities on %s", (target) => {
  let hub: TestHub;
  const partners: Record<string, string> = {};
  beforeAll(async () => {
    hub = await startTestHub(target);
    for (const p of await hub.t.db.prisma.partner.findMany({
      where: { organizationId: hub.demoOrgId },
    }))
      partners[p.partnerCode] = p.id;
  });
  afterAll(() => hub.close());

  const create = async (input: Record<string, unknown>) =>
    ok(
      await hub.gql(CREATE, {
        i: {
          customerName: "Acme Retail",
          dealValue: "10000",
          expectedCloseDate: "2026-12-31",
          partnerId: partners["SO-0001"],
          ...input,
        },
      }),
    ).createOpportunity;
  const structure = (code: string, commissionStructure: unknown, domain?: string) =>
    hub.gql(
      `mutation($id: ID!, $s: JSON, $d: String) { updatePartner(id: $id, input: { commissionStructure: $s, domain: $d }) { commissionStructure domain } }`,
      { id: partners[code], s: commissionStructure, d: domain },
    );

  it("starts in the first stage, records every move, and closes on won or lost", async () => {
    const opp = await create({
      assignedStaffId: (
        await hub.t.db.prisma.staff.findFirstOrThrow({
          where: { email: "priya.natarajan@sophiesociety.com" },
        })
      ).id,
      currency: "eur",
    });
    expect(opp).toMatchObject({
      stage: "prospecting",
      status: "OPEN",
      probability: 10,
      currency: "EUR",
      actualCloseDate: null,
      partner: { partnerCode: "SO-0001" },
      assignedStaff: { email: "priya.natarajan@sophiesociety.com" },
    });
    expect(opp.stageHistory).toEqual([
      {
        fromStage: null,
        toStage: "prospecting",
        changeReason: "created",
        changedBy: { email: "sophie.admin@sophiesociety.com" },
      },
    ]);
    const proposal = ok(
      await hub.gql(MOVE, { id: opp.id, s: "proposal", r: "  sent the deck " }),
    ).moveOpportunityStage;
    expect(proposal).toMatchObject({ stage: "proposal", probability: 50, status: "OPEN" });
    expect(failure(await hub.gql(MOVE, { id: opp.id, s: "proposal" })).message).toBe(
      "The opportunity is in Proposal already.",
    );
    expect(failure(await hub.gql(MOVE, { id: opp.id, s: "signed" }))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "stage",
      message: expect.stringMatching(
        /"signed" is not a pipeline stage; the stages are prospecting, qualification/,
      ),
    });
    const won = ok(await hub.gql(MOVE, { id: opp.id, s: "closed_won" })).moveOpportunityStage;
    expect(won).toMatchObject({
      status: "WON",
      probability: 100,
      actualCloseDate: new Date().toISOString().slice(0, 10),
    });
    const reopened = ok(
      await hub.gql(MOVE, { id: opp.id, s: "negotiation", r: "contract fell through" }),
    ).moveOpportunityStage;
    expect(reopened).toMatchObject({ status: "OPEN", actualCloseDate: null, probability: 75 });
    expect(reopened.stageHistory.map((h: any) => [h.fromStage, h.toStage, h.changeReason])).toEqual(
      [
        [null, "prospecting", "created"],
        ["prospecting", "proposal", "sent the deck"],
        ["proposal", "closed_won", null],
        ["closed_won", "negotiation", "contract fell through"],
      ],
    );
    const lost = ok(
      await hub.gql(MOVE, { id: opp.id, s: "closed_lost", r: "went with a competitor" }),
    ).moveOpportunityStage;
    expect(lost.status).toBe("LOST");
    // A move and its history row are one: the audit log has the move, the history has its row.
    expect(
      await hub.t.db.prisma.opportunityStageHistory.count({ where: { opportunityId: opp.id } }),
    ).toBe(5);
  });

  it("refuses bad input with the field to fix", async () => {
    expect(
      failure(
        await hub.gql(CREATE, {
          i: {
            customerName: " ",
            dealValue: "1",
            expectedCloseDate: "2026-12-31",
            partnerId: partners["SO-0001"],
          },
        }),
      ).field,
    ).toBe("input.customerName");
    expect(
      failure(
        await hub.gql(CREATE, {
          i: {
            customerName: "X",
            dealValue: "-1",
            expectedCloseDate: "2026-12-31",
            partnerId: partners["SO-0001"],
          },
        }),
      ).field,
    ).toBe("input.dealValue");
    expect(
      failure(
        await hub.gql(CREATE, {
          i: {
            customerName: "X",
            dealValue: "1",
            expectedCloseDate: "2026-12-31",
            partnerId: partners["SO-0001"],
            currency: "dollars",
          },
        }),
      ).field,
    ).toBe("input.currency");
    expect(
      failure(
        await hub.gql(CREATE, {
          i: {
            customerName: "X",
            dealValue: "1",
            expectedCloseDate: "2026-12-31",
            partnerId: partners["SO-0001"],
            stage: "closed_won",
          },
        }),
      ).message,
    ).toMatch(/starts in an open stage/);
    expect(
      failure(
        await hub.gql(CREATE, {
          i: {
            customerName: "X",
            dealValue: "1",
            expectedCloseDate: "2026-12-31",
            partnerId: "00000000-0000-4000-8000-000000000000",
          },
        }),
      ).code,
    ).toBe("NOT_FOUND");
    const opp = await create({});
    expect(
      failure(
        await hub.gql(
          `mutation($id: ID!) { updateOpportunity(id: $id, input: { probability: 120 }) { id } }`,
          { id: opp.id },
        ),
      ).field,
    ).toBe("input.probability");
  });

  it("computes commission: flat, tiered with inclusive bounds, marginal, and per-domain overrides", async () => {
    const commission = async (code: string, dealValue: string) =>
      (await create({ partnerId: partners[code], dealValue })).commissionDetails;
    // No structure of its own: the organization's default (10% flat).
    expect(await commission("SO-0002", "1234.56")).toMatchObject({
      type: "flat",
      rate: 0.1,
      amount: 123.46,
      currency: "USD",
      domainOverride: null,
    });
    const tiers = {
      type: "tiered",
      tiers: [
        { upTo: 10000, rate: 0.1 },
        { upTo: 50000, rate: 0.08 },
        { upTo: null, rate: 0.05 },
      ],
    };
    ok(await structure("SO-0003", tiers));
    expect(await commission("SO-0003", "10000")).toMatchObject({
      mode: "bracket",
      rate: 0.1,
      amount: 1000,
    }); // the bound is in its tier
    expect(await commission("SO-0003", "10000.01")).toMatchObject({ rate: 0.08, amount: 800 });
    expect(await commission("SO-0003", "50000")).toMatchObject({ rate: 0.08, amount: 4000 });
    expect(await commission("SO-0003", "50000.01")).toMatchObject({ rate: 0.05, amount: 2500 });
    expect(await commission("SO-0003", "0")).toMatchObject({ rate: 0.1, amount: 0 });
    ok(await structure("SO-0004", { ...tiers, mode: "marginal" }));
    expect(await commission("SO-0004", "10000")).toMatchObject({ mode: "marginal", amount: 1000 });
    expect(await commission("SO-0004", "60000")).toMatchObject({
      amount: 1000 + 3200 + 500,
      rate: 0.078333,
    });
    ok(
      await structure(
        "SO-0005",
        { type: "flat", rate: 0.1, overrides: { wholesale: { type: "flat", rate: 0.04 } } },
        "wholesale",
      ),
    );
    expect(await commission("SO-0005", "5000")).toMatchObject({
      rate: 0.04,
      amount: 200,
      domainOverride: "wholesale",
    });
    // A changed deal value recomputes it.
    const opp = await create({ partnerId: partners["SO-0003"], dealValue: "20000" });
    const updated = ok(
      await hub.gql(
        `mutation($id: ID!) { updateOpportunity(id: $id, input: { dealValue: "60000" }) { commissionDetails } }`,
        { id: opp.id },
      ),
    ).updateOpportunity;
    expect(updated.commissionDetails).toMatchObject({ rate: 0.05, amount: 3000 });
    // Structures are checked on write.
    expect(
      failure(
        await structure("SO-0006", {
          type: "tiered",
          tiers: [
            { upTo: null, rate: 0.1 },
            { upTo: 100, rate: 0.2 },
          ],
        }),
      ).message,
    ).toMatch(/Only the last tier may have upTo: null/);
    expect(failure(await structure("SO-0006", { type: "flat", rate: 1.5 })).field).toBe(
      "input.commissionStructure",
    );
  });

  it("summarizes the pipeline per configured stage with weighted values", async () => {
    const partnerId = ok(
      await hub.gql(
        `mutation { createPartner(input: { brandName: "Pipeline Summary Co" }) { id } }`,
      ),
    ).createPartner.id; // no demo deals
    for (const [value, stage] of [
      ["1000", "prospecting"],
      ["3000", "prospecting"],
      ["2000", "negotiation"],
    ] as const)
      await create({ partnerId, dealValue: value, stage });
    const summary = ok(
      await hub.gql(
        `query($p: ID) { pipelineSummary(partnerId: $p) { stage count value weightedValue outcome } }`,
        { p: partnerId },
      ),
    ).pipelineSummary;
    expect(summary).toEqual([
      { stage: "prospecting", count: 2, value: 4000, weightedValue: 400, outcome: null },
      { stage: "qualification", count: 0, value: 0, weightedValue: 0, outcome: null },
      { stage: "proposal", count: 0, value: 0, weightedValue: 0, outcome: null },
      { stage: "negotiation", count: 1, value: 2000, weightedValue: 1500, outcome: null },
      { stage: "closed_won", count: 0, value: 0, weightedValue: 0, outcome: "won" },
      { stage: "closed_lost", count: 0, value: 0, weightedValue: 0, outcome: "lost" },
    ]);
    const page = ok(
      await hub.gql(
        `query($p: ID!) { opportunities(filter: { partnerId: { eq: $p } }, orderBy: [{ dealValue: DESC }]) { totalCount nodes { dealValue } } }`,
        { p: partnerId },
      ),
    ).opportunities;
    expect(page).toEqual({
      totalCount: 3,
      nodes: [{ dealValue: "3000" }, { dealValue: "2000" }, { dealValue: "1000" }],
    });
  });

  it("follows configured stages, and keeps opportunities to those who may see the partner", async () => {
    const stages = [
      { key: "lead", name: "Lead", probability: 5 },
      { key: "signed", name: "Signed", probability: 100, outcome: "won" },
      { key: "passed", name: "Passed", probability: 0, outcome: "lost" },
    ];
    ok(
      await hub.gql(
        `mutation($v: JSON!) { setConfiguration(category: "pipeline", key: "stages", value: $v) { key } }`,
        { v: stages },
      ),
    );
    const opp = await create({ partnerId: partners["SO-0011"] });
    expect(opp).toMatchObject({ stage: "lead", probability: 5 });
    expect(ok(await hub.gql(MOVE, { id: opp.id, s: "signed" })).moveOpportunityStage.status).toBe(
      "WON",
    );
    ok(
      await hub.gql(`mutation { resetConfiguration(category: "pipeline", key: "stages") { key } }`),
    );

    const leaderEmail = "priya.natarajan@sophiesociety.com";
    const leader = await hub.tokenFor(leaderEmail);
    const leaderId = (
      await hub.t.db.prisma.staff.findFirstOrThrow({ where: { email: leaderEmail } })
    ).id;
    const theirs = await hub.t.db.prisma.partner.findFirstOrThrow({
      where: {
        organizationId: hub.demoOrgId,
        assignments: { some: { staffId: leaderId, unassignedAt: null } },
      },
    });
    const notTheirs = await hub.t.db.prisma.partner.findFirstOrThrow({
      where: { organizationId: hub.demoOrgId, assignments: { none: { staffId: leaderId } } },
    });
    const mine = await create({ partnerId: theirs.id, customerName: "Visible Deal" });
    const hidden = await create({ partnerId: notTheirs.id, customerName: "Hidden Deal" });
    const seen = ok(
      await hub.gql(`{ opportunities(first: 500) { nodes { id } } }`, {}, leader),
    ).opportunities.nodes.map((n: any) => n.id);
    expect(seen).toContain(mine.id);
    expect(seen).not.toContain(hidden.id);
    expect(
      ok(
        await hub.gql(`query($id: ID!) { opportunity(id: $id) { id } }`, { id: hidden.id }, leader),
      ).opportunity,
    ).toBeNull();
    expect(failure(await hub.gql(MOVE, { id: hidden.id, s: "proposal" }, leader)).code).toBe(
      "NOT_FOUND",
    );
    // Pod leaders may move their deals (the commission on them needs partners:financials).
    const move = `mutation($id: ID!, $s: String!) { moveOpportunityStage(id: $id, stage: $s) { stage } }`;
    expect(
      ok(await hub.gql(move, { id: mine.id, s: "proposal" }, leader)).moveOpportunityStage.stage,
    ).toBe("proposal");
    const other = await hub.tokenFor(OTHER_ADMIN);
    expect(
      ok(await hub.gql(`{ opportunities { totalCount } }`, {}, other)).opportunities.totalCount,
    ).toBe(0);
    const rawCount = await hub.t.db.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT set_config('role', 'hub_app', true), set_config('hub.organization_id', ${hub.otherOrgId}, true), set_config('hub.partner_scope', 'all', true)`;
      return tx.opportunity.count();
    });
    expect(rawCount).toBe(0); // row-level security, whatever a resolver asks
    const designer = await hub.t.db.prisma.staff.findFirstOrThrow({
      where: { organizationId: hub.demoOrgId, role: "graphic_designer" },
    });
    expect(
      failure(
        await hub.gql(MOVE, { id: mine.id, s: "negotiation" }, await hub.tokenFor(designer.email)),
      ).code,
    ).toBe("FORBIDDEN");
  });
});
