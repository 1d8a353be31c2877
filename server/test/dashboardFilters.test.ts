// The partners page turns its URL (q, status, tier, podLeader, squad, sort) into the API's
// filter and order (web/src/pages/partners/partnerFilter.ts). Each parameter, sent over HTTP,
// must select exactly the partners a person means by it, computed here from the database.
import { partnerQuery } from "../../web/src/pages/partners/partnerFilter";
import { ok, startTestHub, type TestHub } from "./support/hub";

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub("pglite");
});
afterAll(() => hub.close());

async function listed(url: string): Promise<string[]> {
  const { filter, orderBy } = partnerQuery(new URLSearchParams(url));
  const res = ok(
    await hub.gql(
      `query($f: PartnerFilter, $o: [PartnerOrderBy!]) { partners(first: 500, filter: $f, orderBy: $o) { nodes { id } } }`,
      { f: filter, o: orderBy },
    ),
  );
  return res.partners.nodes.map((n: { id: string }) => n.id);
}

const sorted = (ids: string[]) => [...ids].sort();

it("pod leader: partners whose active pod leader is that person", async () => {
  const priya = await hub.t.db.prisma.staff.findFirstOrThrow({
    where: { email: "priya.natarajan@sophiesociety.com" },
  });
  const expected = await hub.t.db.prisma.partner.findMany({
    where: {
      organizationId: hub.demoOrgId,
      deletedAt: null,
      assignments: {
        some: { staffId: priya.id, assignmentRole: "pod_leader", unassignedAt: null },
      },
    },
    select: { id: true },
  });
  expect(expected.length).toBeGreaterThan(0);
  expect(sorted(await listed(`podLeader=${priya.id}`))).toEqual(sorted(expected.map((p) => p.id)));
});

it("squad: partners carried (an active assignment) by an active member of the squad", async () => {
  const squads = await hub.t.db.prisma.squad.findMany({ where: { organizationId: hub.demoOrgId } });
  let nonEmpty = 0;
  for (const squad of squads) {
    const members = (
      await hub.t.db.prisma.staffSquad.findMany({ where: { squadId: squad.id, isActive: true } })
    ).map((m) => m.staffId);
    const expected = await hub.t.db.prisma.partner.findMany({
      where: {
        organizationId: hub.demoOrgId,
        deletedAt: null,
        assignments: { some: { staffId: { in: members }, unassignedAt: null } },
      },
      select: { id: true },
    });
    if (expected.length) nonEmpty++;
    expect(sorted(await listed(`squad=${squad.id}`))).toEqual(sorted(expected.map((p) => p.id)));
  }
  expect(nonEmpty).toBeGreaterThan(0);
});

it("search, several statuses and tiers together, and the sort orders", async () => {
  const all = await hub.t.db.prisma.partner.findMany({
    where: { organizationId: hub.demoOrgId, deletedAt: null },
  });
  const q = all[3].brandName.split(" ")[0].toLowerCase();
  const matches = all.filter((p) =>
    [p.brandName, p.partnerCode, p.clientName ?? ""].some((v) => v.toLowerCase().includes(q)),
  );
  expect(sorted(await listed(`q=${encodeURIComponent(q.toUpperCase())}`))).toEqual(
    sorted(matches.map((p) => p.id)),
  );

  const chosen = all.filter(
    (p) => ["active", "at_risk"].includes(p.status) && ["tier_0", "tier_1"].includes(p.tier),
  );
  expect(sorted(await listed("status=ACTIVE,AT_RISK&tier=TIER_0,TIER_1"))).toEqual(
    sorted(chosen.map((p) => p.id)),
  );

  const byBrand = [...all].sort(
    (a, b) =>
      a.brandName.localeCompare(b.brandName, "en", { sensitivity: "base" }) ||
      a.id.localeCompare(b.id),
  );
  expect(await listed("")).toEqual(byBrand.map((p) => p.id)); // the default: by brand
  const asins = await listed("sort=asins");
  const counts = new Map(all.map((p) => [p.id, p.childAsinCount]));
  expect(asins.map((id) => counts.get(id)!)).toEqual(
    [...all.map((p) => p.childAsinCount)].sort((a, b) => b - a),
  );
});
