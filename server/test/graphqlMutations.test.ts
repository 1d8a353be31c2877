// Every mutation: its success, and each of its errors with the right code and field.
import { TARGETS } from "./support/databases";
import { failure, ok, startTestHub, type TestHub } from "./support/hub";
import { mondayOf } from "../src/lib/dates";

describe.each(TARGETS)("mutations on %s", (target) => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub(target);
  });
  afterAll(() => hub.close());
  const db = () => hub.t.db.prisma;
  const MISSING = "00000000-0000-4000-8000-000000000000";
  const err = async (query: string, variables: Record<string, unknown> = {}) =>
    failure(await hub.gql(query, variables));
  const staffId = async (email: string) =>
    (await db().staff.findFirstOrThrow({ where: { email } })).id;

  describe("partners", () => {
    it("creates with a generated code, updates, archives and restores", async () => {
      const created = ok(
        await hub.gql(`mutation { createPartner(input: { brandName: "  Fresh Brand ", tier: TIER_1, baseFee: "1200.50", commissionRate: 0.03, billingDay: 15,
        contractStartDate: "2026-01-01", contractEndDate: "2026-12-31", clientEmail: "Owner@Fresh.Example" }) { id partnerCode brandName status tier baseFee commissionRate clientEmail } }`),
      ).createPartner;
      expect(created).toMatchObject({
        partnerCode: "SO-0041",
        brandName: "Fresh Brand",
        status: "ONBOARDING",
        tier: "TIER_1",
        baseFee: "1200.5",
        commissionRate: "0.03",
        clientEmail: "owner@fresh.example",
      });
      const updated = ok(
        await hub.gql(
          `mutation($id: ID!) { updatePartner(id: $id, input: { status: ACTIVE, notes: "kick-off done", baseFee: null }) { status notes baseFee tier } }`,
          { id: created.id },
        ),
      ).updatePartner;
      expect(updated).toEqual({
        status: "ACTIVE",
        notes: "kick-off done",
        baseFee: null,
        tier: "TIER_1",
      });
      expect(
        ok(
          await hub.gql(`mutation($id: ID!) { archivePartner(id: $id) { deletedAt } }`, {
            id: created.id,
          }),
        ).archivePartner.deletedAt,
      ).not.toBeNull();
      expect(
        ok(
          await hub.gql(
            `query($id: ID!) { partner(id: $id) { id } archived: partner(id: $id, includeArchived: true) { id } }`,
            { id: created.id },
          ),
        ),
      ).toEqual({ partner: null, archived: { id: created.id } });
      expect(
        ok(
          await hub.gql(
            `{ partners(filter: { brandName: { eq: "Fresh Brand" } }) { totalCount nodes { id } } all: partners(includeArchived: true, filter: { brandName: { eq: "Fresh Brand" } }) { totalCount nodes { id } } }`,
          ),
        ),
      ).toEqual({
        partners: { totalCount: 0, nodes: [] },
        all: { totalCount: 1, nodes: [{ id: created.id }] },
      });
      expect(
        ok(
          await hub.gql(`mutation($id: ID!) { restorePartner(id: $id) { deletedAt } }`, {
            id: created.id,
          }),
        ).restorePartner.deletedAt,
      ).toBeNull();
    });

    it("rejects bad input, naming the field", async () => {
      const create = (input: string) =>
        err(`mutation { createPartner(input: { brandName: "X", ${input} }) { id } }`);
      expect(await create("commissionRate: 1.5")).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "input.commissionRate",
      });
      expect(await create('baseFee: "-1"')).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "input.baseFee",
      });
      expect(await create("billingDay: 32")).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "input.billingDay",
      });
      expect(await create('clientEmail: "nope"')).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "input.clientEmail",
      });
      expect(
        await create('contractStartDate: "2026-05-01", contractEndDate: "2026-04-01"'),
      ).toMatchObject({ code: "BAD_USER_INPUT", field: "input.contractEndDate" });
      expect(await create('partnerCode: "P-1"')).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "input.partnerCode",
      });
      expect(await create('partnerCode: "SO-0001"')).toMatchObject({
        code: "CONFLICT",
        field: "partnerCode",
      });
      expect(
        await err(`mutation { createPartner(input: { brandName: "   " }) { id } }`),
      ).toMatchObject({ code: "BAD_USER_INPUT", field: "input.brandName" });
      // A bad scalar in the query text fails validation; sent as a variable it is BAD_USER_INPUT.
      expect(
        (
          await err(
            `mutation { createPartner(input: { brandName: "X", contractStartDate: "2026-02-30" }) { id } }`,
          )
        ).code,
      ).toBe("GRAPHQL_VALIDATION_FAILED");
      const badDate = await err(
        `mutation($d: Date) { createPartner(input: { brandName: "X", contractStartDate: $d }) { id } }`,
        { d: "2026-02-30" },
      );
      expect(badDate).toMatchObject({
        code: "BAD_USER_INPUT",
        message: expect.stringMatching(/"2026-02-30" is not a real calendar date/),
      });
      expect(
        (await err(`mutation { createPartner(input: { brandName: "X", status: LOST }) { id } }`))
          .code,
      ).toBe("GRAPHQL_VALIDATION_FAILED");
      const stored = await db().partner.findFirstOrThrow({
        where: { contractEndDate: { not: null } },
      });
      expect(
        await err(
          `mutation($id: ID!) { updatePartner(id: $id, input: { contractStartDate: "2999-01-01" }) { id } }`,
          { id: stored.id },
        ),
      ).toMatchObject({ field: "input.contractEndDate" });
      for (const m of [
        'updatePartner(id: $id, input: { notes: "x" })',
        "archivePartner(id: $id)",
        "restorePartner(id: $id)",
      ]) {
        expect((await err(`mutation($id: ID!) { ${m} { id } }`, { id: MISSING })).code).toBe(
          "NOT_FOUND",
        );
      }
      expect((await err(`mutation { restorePartner(id: "${stored.id}") { id } }`)).code).toBe(
        "NOT_FOUND",
      ); // not archived
    });
  });

  describe("staff", () => {
    it("creates, updates, archives and restores; email is unique per organization", async () => {
      const s = ok(
        await hub.gql(`mutation { createStaff(input: { fullName: "New Hire", email: "New.Hire@SophieSociety.com", role: PPC_MANAGER,
        services: [PPC, PPC, TIKTOK], maxClients: 5, calendlyUrl: "https://calendly.com/new" }) { id staffCode email services status } }`),
      ).createStaff;
      expect(s).toMatchObject({
        staffCode: "ST-0026",
        email: "new.hire@sophiesociety.com",
        services: ["PPC", "TIKTOK"],
        status: "ACTIVE",
      });
      expect(
        ok(
          await hub.gql(
            `mutation($id: ID!) { updateStaff(id: $id, input: { title: "Senior", department: PPC }) { title department } }`,
            { id: s.id },
          ),
        ).updateStaff,
      ).toEqual({ title: "Senior", department: "PPC" });
      expect(
        await err(
          `mutation { createStaff(input: { fullName: "Dup", email: "NEW.HIRE@sophiesociety.com", role: ADMIN }) { id } }`,
        ),
      ).toMatchObject({ code: "CONFLICT", field: "input.email" });
      expect(
        await err(
          `mutation { createStaff(input: { fullName: "Bad", email: "bad@", role: ADMIN }) { id } }`,
        ),
      ).toMatchObject({ field: "input.email" });
      expect(
        await err(
          `mutation { createStaff(input: { fullName: "Bad", email: "b@x.io", role: ADMIN, maxClients: -2 }) { id } }`,
        ),
      ).toMatchObject({ field: "input.maxClients" });
      expect(
        await err(
          `mutation { createStaff(input: { fullName: "Bad", email: "c@x.io", role: ADMIN, dashboardUrl: "ftp://x" }) { id } }`,
        ),
      ).toMatchObject({ field: "input.dashboardUrl" });
      expect(
        await err(
          `mutation { createStaff(input: { fullName: "Bad", email: "d@x.io", role: ADMIN, hireDate: "2026-02-01", departureDate: "2026-01-01" }) { id } }`,
        ),
      ).toMatchObject({ field: "input.departureDate" });
      expect(
        ok(
          await hub.gql(`mutation($id: ID!) { archiveStaff(id: $id) { deletedAt } }`, { id: s.id }),
        ).archiveStaff.deletedAt,
      ).not.toBeNull();
      expect(
        await err(
          `mutation { createStaff(input: { fullName: "Again", email: "new.hire@sophiesociety.com", role: ADMIN }) { id } }`,
        ),
      ).toMatchObject({
        code: "CONFLICT",
        message: expect.stringMatching(/archived: restore them instead/),
      });
      expect(
        ok(
          await hub.gql(`mutation($id: ID!) { restoreStaff(id: $id) { deletedAt } }`, { id: s.id }),
        ).restoreStaff.deletedAt,
      ).toBeNull();
      const me = ok(await hub.gql("{ viewer { id } }")).viewer.id;
      expect(
        await err(`mutation($id: ID!) { archiveStaff(id: $id) { id } }`, { id: me }),
      ).toMatchObject({ code: "BAD_USER_INPUT" });
      expect(
        (
          await err(`mutation($id: ID!) { updateStaff(id: $id, input: { title: "x" }) { id } }`, {
            id: MISSING,
          })
        ).code,
      ).toBe("NOT_FOUND");
    });
  });

  describe("assignments", () => {
    it("assigns with one primary per role, unassigns keeping history, and reopens", async () => {
      const partner = ok(
        await hub.gql(`mutation { createPartner(input: { brandName: "Assign Co" }) { id } }`),
      ).createPartner;
      const [a, b] = [
        await staffId("priya.natarajan@sophiesociety.com"),
        await staffId("diego.alvarez@sophiesociety.com"),
      ];
      const before = (await db().staff.findUniqueOrThrow({ where: { id: a } })).currentClientCount;
      const assign = (s: string, primary: boolean) =>
        hub.gql(
          `mutation($p: ID!, $s: ID!, $primary: Boolean) {
        assignStaff(partnerId: $p, staffId: $s, role: POD_LEADER, isPrimary: $primary) { id isPrimary isActive staff { currentClientCount } } }`,
          { p: partner.id, s, primary },
        );
      const first = ok(await assign(a, true)).assignStaff;
      expect(first).toMatchObject({
        isPrimary: true,
        isActive: true,
        staff: { currentClientCount: before + 1 },
      });
      expect(failure(await assign(a, false)).code).toBe("CONFLICT");
      const second = ok(await assign(b, true)).assignStaff;
      const leaders = ok(
        await hub.gql(
          `query($id: ID!) { partner(id: $id) { podLeader { id } activeAssignments { staff { id } isPrimary } } }`,
          { id: partner.id },
        ),
      ).partner;
      expect(leaders.podLeader.id).toBe(b);
      expect(leaders.activeAssignments.filter((x: any) => x.isPrimary)).toEqual([
        { staff: { id: b }, isPrimary: true },
      ]);
      const ended = ok(
        await hub.gql(
          `mutation($id: ID!) { unassignStaff(assignmentId: $id) { isActive unassignedAt staff { currentClientCount } } }`,
          { id: first.id },
        ),
      ).unassignStaff;
      expect(ended).toMatchObject({ isActive: false, staff: { currentClientCount: before } });
      expect(ended.unassignedAt).not.toBeNull();
      expect(
        (
          await err(`mutation($id: ID!) { unassignStaff(assignmentId: $id) { id } }`, {
            id: first.id,
          })
        ).code,
      ).toBe("BAD_USER_INPUT");
      expect(
        (
          await err(
            `mutation($id: ID!) { updateAssignment(id: $id, input: { notes: "x" }) { id } }`,
            { id: first.id },
          )
        ).code,
      ).toBe("BAD_USER_INPUT");
      expect(
        ok(
          await hub.gql(
            `mutation($id: ID!) { updateAssignment(id: $id, input: { notes: "owner" }) { notes isPrimary } }`,
            { id: second.id },
          ),
        ).updateAssignment,
      ).toEqual({ notes: "owner", isPrimary: true });
      const history = ok(
        await hub.gql(
          `query($id: ID!) { partner(id: $id) { assignments { totalCount } current: assignments(includeInactive: false) { totalCount } } }`,
          { id: partner.id },
        ),
      ).partner;
      expect(history).toEqual({ assignments: { totalCount: 2 }, current: { totalCount: 1 } });
      expect(ok(await assign(a, false)).assignStaff).toMatchObject({
        isActive: true,
        isPrimary: false,
      }); // reopened
      const departed = await staffId("zara.ahmed@sophiesociety.com");
      expect(failure(await assign(departed, false)).code).toBe("BAD_USER_INPUT");
      expect(failure(await assign(MISSING, false)).code).toBe("NOT_FOUND");
      expect(
        (await err(`mutation { unassignStaff(assignmentId: "${MISSING}") { id } }`)).code,
      ).toBe("NOT_FOUND");
    });
  });

  describe("squads", () => {
    it("creates, updates, archives and restores squads; adds and removes members", async () => {
      const squad = ok(
        await hub.gql(
          `mutation { createSquad(input: { name: "Squad Delta", type: PPC }) { id isActive } }`,
        ),
      ).createSquad;
      expect(
        await err(`mutation { createSquad(input: { name: "Squad Delta", type: CC }) { id } }`),
      ).toMatchObject({ code: "CONFLICT", field: "name" });
      const person = await staffId("ravi.kapoor@sophiesociety.com");
      const added = ok(
        await hub.gql(
          `mutation($q: ID!, $s: ID!) { addSquadMember(squadId: $q, staffId: $s, role: CAPTAIN) { role isActive staff { id } squad { name } } }`,
          { q: squad.id, s: person },
        ),
      ).addSquadMember;
      expect(added).toEqual({
        role: "CAPTAIN",
        isActive: true,
        staff: { id: person },
        squad: { name: "Squad Delta" },
      });
      expect(
        ok(
          await hub.gql(
            `mutation($q: ID!, $s: ID!) { removeSquadMember(squadId: $q, staffId: $s) { isActive } }`,
            { q: squad.id, s: person },
          ),
        ).removeSquadMember.isActive,
      ).toBe(false);
      expect(
        (
          await err(
            `mutation($q: ID!, $s: ID!) { removeSquadMember(squadId: $q, staffId: $s) { id } }`,
            { q: squad.id, s: person },
          )
        ).code,
      ).toBe("BAD_USER_INPUT");
      const members = ok(
        await hub.gql(
          `query($id: ID!) { squad(id: $id) { members { id } all: members(includeInactive: true) { isActive } } }`,
          { id: squad.id },
        ),
      ).squad;
      expect(members).toEqual({ members: [], all: [{ isActive: false }] });
      expect(
        ok(
          await hub.gql(
            `mutation($id: ID!) { updateSquad(id: $id, input: { description: "new" }) { description } }`,
            { id: squad.id },
          ),
        ).updateSquad.description,
      ).toBe("new");
      expect(
        ok(
          await hub.gql(`mutation($id: ID!) { archiveSquad(id: $id) { isActive } }`, {
            id: squad.id,
          }),
        ).archiveSquad.isActive,
      ).toBe(false);
      expect(
        (
          await err(
            `mutation($q: ID!, $s: ID!) { addSquadMember(squadId: $q, staffId: $s) { id } }`,
            { q: squad.id, s: person },
          )
        ).code,
      ).toBe("BAD_USER_INPUT");
      expect(
        ok(
          await hub.gql(`mutation($id: ID!) { restoreSquad(id: $id) { isActive } }`, {
            id: squad.id,
          }),
        ).restoreSquad.isActive,
      ).toBe(true);
      expect(
        (
          await err(
            `mutation($s: ID!) { addSquadMember(squadId: "${MISSING}", staffId: $s) { id } }`,
            { s: person },
          )
        ).code,
      ).toBe("NOT_FOUND");
    });
  });

  describe("ASINs and sheets", () => {
    it("creates, updates, archives and restores ASINs with format checks", async () => {
      const partner = (await db().partner.findFirstOrThrow({ where: { brandName: "Lumen Home" } }))
        .id;
      const create = (extra: string) =>
        hub.gql(
          `mutation($p: ID!) { createAsin(input: { partnerId: $p, ${extra} }) { id asinCode parentAsin parent { asinCode } partner { brandName } } }`,
          { p: partner },
        );
      const parent = ok(
        await create(`asinCode: "b0lumen001", isParent: true, title: "Lamp"`),
      ).createAsin;
      expect(parent).toMatchObject({
        asinCode: "B0LUMEN001",
        parent: null,
        partner: { brandName: "Lumen Home" },
      });
      const child = ok(
        await create(`asinCode: "B0LUMEN002", parentAsin: "b0lumen001", price: 19.99`),
      ).createAsin;
      expect(child).toMatchObject({ parentAsin: "B0LUMEN001", parent: { asinCode: "B0LUMEN001" } });
      expect(failure(await create(`asinCode: "B0LUMEN001"`))).toMatchObject({
        code: "CONFLICT",
        field: "input.asinCode",
      });
      expect(failure(await create(`asinCode: "SHORT"`))).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "input.asinCode",
      });
      expect(
        failure(await create(`asinCode: "B0LUMEN003", parentAsin: "B0LUMEN003"`)),
      ).toMatchObject({ field: "input.parentAsin" });
      expect(failure(await create(`asinCode: "B0LUMEN004", price: -1`))).toMatchObject({
        field: "input.price",
      });
      expect(
        failure(await create(`asinCode: "B0LUMEN005", kwResearchSheetUrl: "not a url"`)),
      ).toMatchObject({ field: "input.kwResearchSheetUrl" });
      expect(
        ok(
          await hub.gql(
            `mutation($id: ID!) { updateAsin(id: $id, input: { status: PAUSED, cogs: "5.10" }) { status cogs } }`,
            { id: child.id },
          ),
        ).updateAsin,
      ).toEqual({ status: "PAUSED", cogs: "5.1" });
      const counts = async () =>
        (await db().partner.findUniqueOrThrow({ where: { id: partner } })).childAsinCount;
      const before = await counts();
      ok(await hub.gql(`mutation($id: ID!) { archiveAsin(id: $id) { id } }`, { id: child.id }));
      expect(await counts()).toBe(before - 1);
      ok(await hub.gql(`mutation($id: ID!) { restoreAsin(id: $id) { id } }`, { id: child.id }));
      expect(await counts()).toBe(before);
    });

    it("links, updates, verifies, archives and restores partner sheets", async () => {
      const partner = await db().partner.findFirstOrThrow({ where: { brandName: "Pawsome Pets" } });
      const otherAsin = await db().asin.findFirstOrThrow({
        where: { partnerId: { not: partner.id } },
      });
      const create = (extra: string) =>
        hub.gql(
          `mutation($p: ID!) { createPartnerSheet(input: { partnerId: $p, sheetType: MARKET_ANALYSIS, ${extra} }) { id isVerified verifiedBy { id } } }`,
          { p: partner.id },
        );
      const sheet = ok(
        await create(`sheetUrl: "https://docs.google.com/spreadsheets/d/abc/edit"`),
      ).createPartnerSheet;
      expect(failure(await create(`sheetUrl: "docs.google.com"`))).toMatchObject({
        field: "input.sheetUrl",
      });
      expect(
        failure(await create(`sheetUrl: "https://x.example", asinId: "${otherAsin.id}"`)),
      ).toMatchObject({ field: "input.asinId" });
      const verified = ok(
        await hub.gql(
          `mutation($id: ID!) { verifyPartnerSheet(id: $id) { isVerified verifiedAt verifiedBy { email } } }`,
          { id: sheet.id },
        ),
      ).verifyPartnerSheet;
      expect(verified).toMatchObject({
        isVerified: true,
        verifiedBy: { email: "sophie.admin@sophiesociety.com" },
      });
      const moved = ok(
        await hub.gql(
          `mutation($id: ID!) { updatePartnerSheet(id: $id, input: { sheetUrl: "https://docs.google.com/spreadsheets/d/new/edit" }) { isVerified verifiedBy { id } } }`,
          { id: sheet.id },
        ),
      ).updatePartnerSheet;
      expect(moved).toEqual({ isVerified: false, verifiedBy: null });
      ok(
        await hub.gql(`mutation($id: ID!) { archivePartnerSheet(id: $id) { id } }`, {
          id: sheet.id,
        }),
      );
      expect((await db().partnerSheet.findMany({ where: { id: sheet.id } })).length).toBe(0);
      ok(
        await hub.gql(`mutation($id: ID!) { restorePartnerSheet(id: $id) { id } }`, {
          id: sheet.id,
        }),
      );
      expect((await err(`mutation { verifyPartnerSheet(id: "${MISSING}") { id } }`)).code).toBe(
        "NOT_FOUND",
      );
    });
  });

  describe("weekly statuses", () => {
    it("upserts one status per partner and week, normalising the week to its Monday", async () => {
      const partner = (await db().partner.findFirstOrThrow({ where: { brandName: "Orbit Audio" } }))
        .id;
      const record = (week: string, status: string, happy: boolean) =>
        hub.gql(
          `mutation($p: ID!, $w: Date!, $s: PartnerStatus!, $h: Boolean) {
        recordWeeklyStatus(input: { partnerId: $p, week: $w, status: $s, happyClient: $h, notes: "n" }) { id weekStartDate weekNumber year status happyClient reportedBy { email } } }`,
          { p: partner, w: week, s: status, h: happy },
        );
      const first = ok(await record("2025-01-01", "AT_RISK", false)).recordWeeklyStatus; // a Wednesday
      expect(first).toMatchObject({
        weekStartDate: "2024-12-30",
        weekNumber: 1,
        year: 2025,
        status: "AT_RISK",
        happyClient: false,
        reportedBy: { email: "sophie.admin@sophiesociety.com" },
      });
      const again = ok(await record("2025-01-05", "ACTIVE", true)).recordWeeklyStatus; // the Sunday of the same week
      expect(again).toMatchObject({
        id: first.id,
        weekStartDate: "2024-12-30",
        status: "ACTIVE",
        happyClient: true,
      });
      const next = mondayOf(new Date(Date.now() + 8 * 86_400_000))
        .toISOString()
        .slice(0, 10);
      expect(failure(await record(next, "ACTIVE", true))).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "input.week",
      });
      expect(
        failure(
          await hub.gql(
            `mutation { recordWeeklyStatus(input: { partnerId: "${MISSING}", week: "2025-01-01", status: ACTIVE }) { id } }`,
          ),
        ).code,
      ).toBe("NOT_FOUND");
      expect(failure(await record("2025-13-01", "ACTIVE", true)).code).toBe("BAD_USER_INPUT");
    });
  });

  describe("training, PTO, contacts, settings, data sources", () => {
    it("tracks training progress", async () => {
      const person = await staffId("owen.price@sophiesociety.com");
      const t = ok(
        await hub.gql(
          `mutation($s: ID!) { createStaffTraining(input: { staffId: $s, moduleName: "sql_basics", moduleType: OPTIONAL }) { id status startedAt } }`,
          { s: person },
        ),
      ).createStaffTraining;
      expect(t).toMatchObject({ status: "NOT_STARTED", startedAt: null });
      expect(
        (
          await err(
            `mutation($s: ID!) { createStaffTraining(input: { staffId: $s, moduleName: "sql_basics" }) { id } }`,
            { s: person },
          )
        ).code,
      ).toBe("CONFLICT");
      const done = ok(
        await hub.gql(
          `mutation($id: ID!) { updateStaffTraining(id: $id, input: { status: COMPLETED, score: 92.5, attempts: 1 }) { status score startedAt completedAt } }`,
          { id: t.id },
        ),
      ).updateStaffTraining;
      expect(done).toMatchObject({ status: "COMPLETED", score: "92.5" });
      expect(done.startedAt && done.completedAt).toBeTruthy();
      expect(
        (
          await err(
            `mutation($id: ID!) { updateStaffTraining(id: $id, input: { score: 120 }) { id } }`,
            { id: t.id },
          )
        ).field,
      ).toBe("input.score");
    });

    it("moves PTO through request, approval, rejection and cancellation", async () => {
      const leader = await staffId("hannah.okafor@sophiesociety.com");
      const req = (extra: string) =>
        hub.gql(
          `mutation($s: ID!) { requestPto(input: { staffId: $s, ${extra} }) { id status type staff { id } } }`,
          { s: leader },
        );
      const pto = ok(
        await req(`startDate: "2026-12-21", endDate: "2026-12-31", type: HOLIDAY`),
      ).requestPto;
      expect(pto).toMatchObject({ status: "PENDING", type: "HOLIDAY", staff: { id: leader } });
      expect(failure(await req(`startDate: "2026-12-21", endDate: "2026-12-20"`))).toMatchObject({
        field: "input.endDate",
      });
      expect(
        ok(
          await hub.gql(
            `mutation($id: ID!) { updatePto(id: $id, input: { notes: "family" }) { notes } }`,
            { id: pto.id },
          ),
        ).updatePto.notes,
      ).toBe("family");
      const approved = ok(
        await hub.gql(
          `mutation($id: ID!) { approvePto(id: $id) { status approvedAt approvedBy { email } } }`,
          { id: pto.id },
        ),
      ).approvePto;
      expect(approved).toMatchObject({
        status: "APPROVED",
        approvedBy: { email: "sophie.admin@sophiesociety.com" },
      });
      expect(
        (await err(`mutation($id: ID!) { rejectPto(id: $id) { id } }`, { id: pto.id })).message,
      ).toMatch(/approved request cannot become rejected/);
      expect(
        (
          await err(`mutation($id: ID!) { updatePto(id: $id, input: { notes: "x" }) { id } }`, {
            id: pto.id,
          })
        ).code,
      ).toBe("BAD_USER_INPUT");
      expect(
        ok(await hub.gql(`mutation($id: ID!) { cancelPto(id: $id) { status } }`, { id: pto.id }))
          .cancelPto.status,
      ).toBe("CANCELLED");
      const own = ok(
        await hub.gql(
          `mutation { requestPto(input: { startDate: "2027-01-04", endDate: "2027-01-05" }) { id staff { email } } }`,
        ),
      ).requestPto;
      expect(own.staff.email).toBe("sophie.admin@sophiesociety.com");
      expect(
        (await err(`mutation($id: ID!) { approvePto(id: $id) { id } }`, { id: own.id })).message,
      ).toMatch(/your own request/);
      const other = ok(await req(`startDate: "2027-02-01", endDate: "2027-02-01"`)).requestPto;
      expect(
        ok(await hub.gql(`mutation($id: ID!) { rejectPto(id: $id) { status } }`, { id: other.id }))
          .rejectPto.status,
      ).toBe("REJECTED");
    });

    it("keeps external contacts with tags, archive and restore", async () => {
      const c = ok(
        await hub.gql(
          `mutation { createExternalContact(input: { name: "Ana Ruiz", type: VENDOR, email: "Ana@Vendor.Example", tags: [" adsx ", "adsx", ""] }) { id email tags addedBy { email } } }`,
        ),
      ).createExternalContact;
      expect(c).toMatchObject({
        email: "ana@vendor.example",
        tags: ["adsx"],
        addedBy: { email: "sophie.admin@sophiesociety.com" },
      });
      expect(
        (
          await err(
            `mutation { createExternalContact(input: { name: "X", type: OTHER, linkedinUrl: "linkedin" }) { id } }`,
          )
        ).field,
      ).toBe("input.linkedinUrl");
      expect(
        ok(
          await hub.gql(
            `mutation($id: ID!) { updateExternalContact(id: $id, input: { company: "Ads Inc" }) { company } }`,
            { id: c.id },
          ),
        ).updateExternalContact.company,
      ).toBe("Ads Inc");
      ok(
        await hub.gql(`mutation($id: ID!) { archiveExternalContact(id: $id) { id } }`, {
          id: c.id,
        }),
      );
      expect(
        ok(await hub.gql(`{ externalContacts(tag: "adsx") { totalCount } }`)).externalContacts
          .totalCount,
      ).toBe(0);
      ok(
        await hub.gql(`mutation($id: ID!) { restoreExternalContact(id: $id) { id } }`, {
          id: c.id,
        }),
      );
      expect(
        ok(await hub.gql(`{ externalContacts(tag: "adsx") { totalCount } }`)).externalContacts
          .totalCount,
      ).toBe(1);
    });

    it("sets settings and manages data sources", async () => {
      const s = ok(
        await hub.gql(
          `mutation { setSystemSetting(input: { key: "general.timezone", value: "Europe/Berlin", category: "general" }) { key value updatedBy { email } } }`,
        ),
      ).setSystemSetting;
      expect(s).toEqual({
        key: "general.timezone",
        value: "Europe/Berlin",
        updatedBy: { email: "sophie.admin@sophiesociety.com" },
      });
      expect(
        ok(
          await hub.gql(
            `mutation { setSystemSetting(input: { key: "general.timezone", value: { tz: "UTC" } }) { value } }`,
          ),
        ).setSystemSetting.value,
      ).toEqual({ tz: "UTC" });
      expect(
        (await err(`mutation { setSystemSetting(input: { key: "Bad Key", value: 1 }) { key } }`))
          .field,
      ).toBe("input.key");
      const source = ok(
        await hub.gql(
          `mutation { createDataSource(input: { name: "Master Client Sheet", type: GOOGLE_SHEET, connectionConfig: { url: "https://docs.google.com/spreadsheets/d/x" } }) { id status syncMode createdBy { email } fieldMappings { id } syncLogs { totalCount } stagedChanges { totalCount } } }`,
        ),
      ).createDataSource;
      expect(source).toMatchObject({
        status: "ACTIVE",
        syncMode: "MANUAL",
        createdBy: { email: "sophie.admin@sophiesociety.com" },
        fieldMappings: [],
        syncLogs: { totalCount: 0 },
      });
      expect(
        (
          await err(
            `mutation { createDataSource(input: { name: "Master Client Sheet", type: CSV, connectionConfig: {} }) { id } }`,
          )
        ).code,
      ).toBe("CONFLICT");
      expect(
        (
          await err(
            `mutation { createDataSource(input: { name: "S", type: CSV, connectionConfig: [1] }) { id } }`,
          )
        ).field,
      ).toBe("input.connectionConfig");
      expect(
        (
          await err(
            `mutation($id: ID!) { updateDataSource(id: $id, input: { syncMode: SCHEDULED }) { id } }`,
            { id: source.id },
          )
        ).field,
      ).toBe("input.syncSchedule");
      expect(
        ok(
          await hub.gql(
            `mutation($id: ID!) { updateDataSource(id: $id, input: { syncMode: SCHEDULED, syncSchedule: "0 6 * * 1" }) { syncMode syncSchedule } }`,
            { id: source.id },
          ),
        ).updateDataSource,
      ).toEqual({ syncMode: "SCHEDULED", syncSchedule: "0 6 * * 1" });
      expect(
        ok(
          await hub.gql(`mutation($id: ID!) { archiveDataSource(id: $id) { status } }`, {
            id: source.id,
          }),
        ).archiveDataSource.status,
      ).toBe("ARCHIVED");
    });
  });

  it("masks unexpected errors and never leaks internals", async () => {
    const r = await hub.gql(
      `mutation { createPartner(input: { brandName: "${"x".repeat(20)}", notes: "ok" }) { id } }`,
    );
    expect(r.errors).toBeUndefined();
    const bad = await hub.gql(`{ partner(id: "not-a-uuid") { id } }`);
    expect(bad.data).toEqual({ partner: null });
  });
});
