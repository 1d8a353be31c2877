// Connections: forwards and backwards, stable cursors under ties, every filter operator,
// and/or/not, and ordering by several fields.
import { TARGETS } from "./support/databases";
import { failure, ok, startTestHub, type TestHub } from "./support/hub";

const PAGE = `query($first: Int, $after: String, $last: Int, $before: String, $orderBy: [PartnerOrderBy!], $filter: PartnerFilter) {
  partners(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, filter: $filter) {
    totalCount edges { cursor node { id brandName tier status baseFee } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

describe.each(TARGETS)("connections on %s", (target) => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub(target);
  });
  afterAll(() => hub.close());

  const page = async (vars: Record<string, unknown>) => ok(await hub.gql(PAGE, vars)).partners;

  async function walk(orderBy: unknown, size: number, forward: boolean) {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 50; i++) {
      const p: any = await page(
        forward ? { first: size, after: cursor, orderBy } : { last: size, before: cursor, orderBy },
      );
      const ids = p.edges.map((e: any) => e.node.id);
      seen.push(...(forward ? ids : ids.reverse()));
      const more = forward ? p.pageInfo.hasNextPage : p.pageInfo.hasPreviousPage;
      if (!more) break;
      cursor = forward ? p.pageInfo.endCursor : p.pageInfo.startCursor;
    }
    return forward ? seen : seen.reverse();
  }

  it("pages forwards and backwards over ties to exactly the full ordered list", async () => {
    for (const orderBy of [
      [{ tier: "ASC" }],
      [{ status: "DESC" }, { baseFee: "ASC" }],
      [{ baseFee: "DESC" }, { brandName: "ASC" }],
    ]) {
      const all = (await page({ first: 500, orderBy })).edges.map((e: any) => e.node.id);
      expect(all.length).toBe(40);
      expect(await walk(orderBy, 7, true)).toEqual(all);
      expect(await walk(orderBy, 6, false)).toEqual(all);
    }
  });

  it("orders by several fields with the id as the final tie-breaker", async () => {
    const nodes = (
      await page({ first: 500, orderBy: [{ tier: "ASC" }, { brandName: "DESC" }] })
    ).edges.map((e: any) => e.node);
    const tiers = nodes.map((n: any) => n.tier);
    expect(tiers).toEqual([...tiers].sort());
    for (let i = 1; i < nodes.length; i++) {
      if (nodes[i].tier === nodes[i - 1].tier)
        expect(nodes[i - 1].brandName >= nodes[i].brandName).toBe(true);
    }
    const byDefault = (await page({ first: 500 })).edges.map((e: any) => e.node.brandName);
    expect(byDefault).toEqual([...byDefault].sort((a, b) => (a < b ? -1 : 1)));
  });

  it("keeps cursors stable when rows are added before the cursor", async () => {
    const first = await page({ first: 5 });
    await hub.t.db.prisma.partner.create({
      data: { organizationId: hub.demoOrgId, brandName: "AAA Inserted First" },
    });
    const next = await page({ first: 5, after: first.pageInfo.endCursor });
    const all = (await page({ first: 500 })).edges.map((e: any) => e.node.id);
    const at = all.indexOf(first.edges[4].node.id);
    expect(next.edges.map((e: any) => e.node.id)).toEqual(all.slice(at + 1, at + 6));
    await hub.t.db.prisma.partner.updateMany({
      where: { brandName: "AAA Inserted First" },
      data: { deletedAt: new Date() },
    });
  });

  it("applies every filter operator", async () => {
    const db = hub.t.db.prisma;
    const count = async (filter: unknown) => (await page({ first: 0, filter })).totalCount;
    const where = (w: object) =>
      db.partner.count({ where: { organizationId: hub.demoOrgId, ...w } });
    expect(await count({ status: { eq: "AT_RISK" } })).toBe(5);
    expect(await count({ status: { ne: "ACTIVE" } })).toBe(20);
    expect(await count({ status: { in: ["PAUSED", "CHURNED"] } })).toBe(7);
    expect(await count({ status: { notIn: ["ACTIVE", "ONBOARDING"] } })).toBe(15);
    expect(await count({ churnedDate: { isNull: false } })).toBe(3);
    expect(await count({ churnedDate: { isNull: true } })).toBe(37);
    expect(await count({ baseFee: { gte: "3000" } })).toBe(await where({ baseFee: { gte: 3000 } }));
    expect(await count({ baseFee: { gt: 3000, lte: 5000 } })).toBe(
      await where({ baseFee: { gt: 3000, lte: 5000 } }),
    );
    expect(await count({ billingDay: { lt: 10 } })).toBe(await where({ billingDay: { lt: 10 } }));
    expect(await count({ brandName: { contains: "PET" } })).toBe(2); // Pawsome Pets, Pebble Pet Beds
    expect(await count({ brandName: { startsWith: "s" } })).toBe(
      await where({ brandName: { startsWith: "S" } }),
    );
    expect(await count({ partnerCode: { eq: "SO-0003" } })).toBe(1);
    expect(await count({ contractStartDate: { lt: "2000-01-01" } })).toBe(0);
    expect(await count({ createdAt: { gte: "2000-01-01T00:00:00Z" } })).toBe(40);
  });

  it("combines conditions with and, or and not", async () => {
    const count = async (filter: unknown) => (await page({ first: 0, filter })).totalCount;
    expect(
      await count({ status: { in: ["ACTIVE", "AT_RISK"] }, not: { tier: { eq: "TIER_4" } } }),
    ).toBe(
      await hub.t.db.prisma.partner.count({
        where: {
          organizationId: hub.demoOrgId,
          status: { in: ["active", "at_risk"] },
          NOT: { tier: "tier_4" },
        },
      }),
    );
    expect(await count({ or: [{ status: { eq: "CHURNED" } }, { status: { eq: "PAUSED" } }] })).toBe(
      7,
    );
    expect(await count({ and: [{ status: { eq: "ACTIVE" } }, { tier: { eq: "TIER_0" } }] })).toBe(
      await hub.t.db.prisma.partner.count({
        where: { organizationId: hub.demoOrgId, status: "active", tier: "tier_0" },
      }),
    );
    expect(
      await count({
        not: { or: [{ status: { eq: "ACTIVE" } }, { status: { eq: "ONBOARDING" } }] },
      }),
    ).toBe(15);
  });

  it("explains bad paging arguments", async () => {
    const bad = async (vars: Record<string, unknown>) => failure(await hub.gql(PAGE, vars));
    expect(await bad({ first: 501 })).toEqual({
      code: "BAD_USER_INPUT",
      field: "first",
      message: "first must be between 0 and 500 (got 501).",
    });
    expect((await bad({ first: -1 })).field).toBe("first");
    expect((await bad({ first: 2, last: 2 })).code).toBe("BAD_USER_INPUT");
    expect((await bad({ first: 2, after: "not-a-cursor" })).field).toBe("after");
    expect((await bad({ orderBy: [{ tier: "ASC", brandName: "ASC" }] })).field).toBe("orderBy[0]");
    const other = await page({ first: 1, orderBy: [{ tier: "ASC" }] });
    expect((await bad({ first: 1, after: other.pageInfo.endCursor })).field).toBe("after"); // cursor of another ordering
    expect(
      failure(await hub.gql(`{ partners(filter: { status: { eq: NOPE } }) { totalCount } }`)).code,
    ).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("pages relation lists the same way", async () => {
    const q = `query($id: ID!, $after: String) { partner(id: $id) { asins(first: 3, after: $after, orderBy: [{ isParentOrder: ASC }]) { totalCount } } }`;
    expect(failure(await hub.gql(q, { id: "x" })).code).toBe("GRAPHQL_VALIDATION_FAILED");
    const partner = await hub.t.db.prisma.partner.findFirstOrThrow({
      where: { organizationId: hub.demoOrgId, brandName: "Northwind Naturals" },
    });
    const rel = `query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) { partner(id: $id) {
      asins(first: $first, after: $after, last: $last, before: $before, orderBy: [{ status: DESC }, { price: ASC }]) {
        totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`;
    const all = ok(await hub.gql(rel, { id: partner.id, first: 500 })).partner.asins;
    const forward: string[] = [];
    let after: string | null = null;
    for (;;) {
      const pageData: any = ok(await hub.gql(rel, { id: partner.id, first: 2, after })).partner
        .asins;
      forward.push(...pageData.edges.map((e: any) => e.node.id));
      if (!pageData.pageInfo.hasNextPage) break;
      after = pageData.pageInfo.endCursor;
    }
    expect(forward).toEqual(all.edges.map((e: any) => e.node.id));
    const tail = ok(await hub.gql(rel, { id: partner.id, last: 2 })).partner.asins;
    expect(tail.edges.map((e: any) => e.node.id)).toEqual(forward.slice(-2));
    expect(tail.pageInfo.hasPreviousPage).toBe(all.totalCount > 2);
  });
});
