// Filters on related records over HTTP, in both directions and to-many (some / every /
// none), on connections and aggregates alike, checked on a small fixture of an
// organization of its own; and their cost under the query limits.
import { TARGETS } from "./support/databases";
import { OTHER_ADMIN, failure, ok, startTestHub, type TestHub } from "./support/hub";
import { addDays, mondayOf } from "../src/lib/dates";

const day = (d: Date) => d.toISOString().slice(0, 10);

describe.each(TARGETS)("relation filters on %s", (target) => {
  let hub: TestHub;
  let token: string;
  const id: Record<string, string> = {};
  const gql = async (query: string, variables: Record<string, unknown> = {}) =>
    ok(await hub.gql(query, variables, token));
  beforeAll(async () => {
    hub = await startTestHub(target);
    token = await hub.tokenFor(OTHER_ADMIN);
    for (const [key, role] of [
      ["s1", "POD_LEADER"],
      ["s2", "POD_LEADER"],
      ["s3", "PPC_MANAGER"],
    ]) {
      id[key] = (
        await gql(`mutation($i: CreateStaffInput!) { createStaff(input: $i) { id } }`, {
          i: { email: `${key}@other.example`, fullName: `Rel ${key}`, role },
        })
      ).createStaff.id;
    }
    id.squad = (
      await gql(`mutation { createSquad(input: { name: "Squad X", type: PPC }) { id } }`)
    ).createSquad.id;
    await gql(`mutation($sq: ID!, $s: ID!) { addSquadMember(squadId: $sq, staffId: $s) { id } }`, {
      sq: id.squad,
      s: id.s1,
    });
    for (const p of ["p1", "p2", "p3", "p4"])
      id[p] = (
        await gql(`mutation($n: String!) { createPartner(input: { brandName: $n }) { id } }`, {
          n: `Rel ${p}`,
        })
      ).createPartner.id;
    const assign = async (p: string, s: string) =>
      (
        await gql(
          `mutation($p: ID!, $s: ID!) { assignStaff(partnerId: $p, staffId: $s, role: POD_LEADER) { id } }`,
          { p: id[p], s: id[s] },
        )
      ).assignStaff.id;
    await assign("p1", "s1");
    await assign("p2", "s2");
    await gql(`mutation($a: ID!) { unassignStaff(assignmentId: $a) { id } }`, {
      a: await assign("p3", "s1"),
    }); // ended
    const week = mondayOf(new Date());
    for (const [p, w, status] of [
      ["p1", week, "AT_RISK"],
      ["p2", week, "ACTIVE"],
      ["p2", addDays(week, -7), "ACTIVE"],
      ["p3", addDays(week, -70), "AT_RISK"],
    ] as const) {
      await gql(
        `mutation($p: ID!, $w: Date!, $s: PartnerStatus!) { recordWeeklyStatus(input: { partnerId: $p, week: $w, status: $s }) { id } }`,
        { p: id[p], w: day(w), s: status },
      );
    }
  });
  afterAll(() => hub.close());
  const declare = (vars: Record<string, unknown>) =>
    Object.keys(vars).length
      ? `(${Object.keys(vars)
          .map((k) => `$${k}: ${k === "sq" ? "ID" : "Date"}`)
          .join(", ")})`
      : "";
  const partnerNames = async (filter: string, vars: Record<string, unknown> = {}) =>
    (
      await gql(
        `query${declare(vars)} { partners(filter: ${filter}, orderBy: [{ brandName: ASC }]) { nodes { brandName } } }`,
        vars,
      )
    ).partners.nodes.map((n: any) => n.brandName);
  const activeLeaderInSquad = `{ assignments: { some: { unassignedAt: { isNull: true }, assignmentRole: { eq: POD_LEADER }, staff: { squads: { some: { squadId: { eq: $sq } } } } } } }`;

  it("finds partners through their assignments, staff and squads (to-many, then to-one, then to-many)", async () => {
    expect(await partnerNames(activeLeaderInSquad, { sq: id.squad })).toEqual(["Rel p1"]); // p3's leader is in the squad, but no longer assigned
  });

  it("finds partners with some AT_RISK week in the last four weeks, and those whose every week was ACTIVE", async () => {
    const since = day(addDays(mondayOf(new Date()), -28));
    expect(
      await partnerNames(
        `{ weeklyStatuses: { some: { status: { eq: AT_RISK }, weekStartDate: { gte: $since } } } }`,
        { since },
      ),
    ).toEqual(["Rel p1"]);
    // every: true when there are none (p4, and the organization's "Other Brand")
    expect(await partnerNames(`{ weeklyStatuses: { every: { status: { eq: ACTIVE } } } }`)).toEqual(
      ["Other Brand", "Rel p2", "Rel p4"],
    );
  });

  it("finds staff with no active assignment, and reads the other direction (statuses by their partner)", async () => {
    const idle = (
      await gql(
        `{ staffMembers(filter: { assignments: { none: { unassignedAt: { isNull: true } } } }, orderBy: [{ fullName: ASC }]) { nodes { fullName } } }`,
      )
    ).staffMembers.nodes.map((n: any) => n.fullName);
    expect(idle).toEqual(["Other Boss", "Rel s3"]);
    const statuses = await gql(
      `{ weeklyStatuses(filter: { partner: { assignments: { some: { staff: { fullName: { eq: "Rel s2" } } } } } }) { totalCount } }`,
    );
    expect(statuses.weeklyStatuses.totalCount).toBe(2);
  });

  it("counts the same rows in aggregates as in connections", async () => {
    const [group] = (
      await gql(`query($sq: ID) { partnersAggregate(filter: ${activeLeaderInSquad}) { count } }`, {
        sq: id.squad,
      })
    ).partnersAggregate;
    expect(group.count).toBe(1);
    expect(
      (
        await gql(
          `{ staffAggregate(filter: { assignments: { none: { unassignedAt: { isNull: true } } } }) { count } }`,
        )
      ).staffAggregate[0].count,
    ).toBe(2);
    expect(
      (
        await gql(
          `{ partnersAggregate(filter: { weeklyStatuses: { every: { status: { eq: ACTIVE } } } }) { count } }`,
        )
      ).partnersAggregate[0].count,
    ).toBe(3);
    expect(
      (
        await gql(
          `{ weeklyStatusesAggregate(filter: { partner: { brandName: { startsWith: "rel p" } } }, groupBy: [STATUS]) { key { status } count } }`,
        )
      ).weeklyStatusesAggregate,
    ).toEqual([
      { key: { status: "ACTIVE" }, count: 2 },
      { key: { status: "AT_RISK" }, count: 2 },
    ]);
  });

  it("weighs relation filters in the query cost", async () => {
    const many = Array.from(
      { length: 60 },
      (_, i) => `{ assignments: { some: { isPrimary: { eq: ${i % 2 === 0} } } } }`,
    ).join(", ");
    const refused = failure(
      await hub.gql(`{ partners(filter: { or: [${many}] }) { totalCount } }`, {}, token),
    );
    expect(refused).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(refused.message).toMatch(/cost limit/);
  });
});
