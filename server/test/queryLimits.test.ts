// Query limits refuse over-deep, over-costly, alias-bombed, token-heavy and batched
// requests, each with an error naming the limit; ordinary and introspection queries pass.
import { getIntrospectionQuery } from "graphql";
import { LIMITS } from "../src/graphql/limits";
import { ok, startTestHub, type TestHub } from "./support/hub";

describe("query limits", () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub("pglite");
  });
  afterAll(() => hub.close());
  const refusal = async (query: string) => {
    const r = await hub.gql(query);
    expect(r.data ?? null).toBeNull();
    expect(r.status).toBe(400); // the client asked too much: not a server error
    return r.errors![0];
  };

  it("lets the playground introspect and ordinary dashboard queries through", async () => {
    expect(ok(await hub.gql(getIntrospectionQuery())).__schema.queryType.name).toBe("Query");
    ok(
      await hub.gql(
        `{ partners(first: 500) { nodes { brandName podLeader { fullName squads { name } } activeAssignments { staff { fullName } } latestWeeklyStatus { status } } } }`,
      ),
    );
  });

  it("refuses a query deeper than the limit", async () => {
    let q = "name";
    for (let i = 0; i < 7; i++) q = `squads { members { staff { ${q} } } }`;
    const e = await refusal(`{ viewer { ${q} } }`);
    expect(e.message).toMatch(new RegExp(`Query depth limit of ${LIMITS.depth} exceeded`));
  });

  it("refuses a query whose lists multiply past the cost limit, counting connection sizes", async () => {
    const e = await refusal(
      `{ partners(first: 500) { nodes { asins(first: 500) { nodes { children { asinCode } } } } } }`,
    );
    expect(e.extensions).toMatchObject({ code: "BAD_USER_INPUT", limit: "cost", max: LIMITS.cost });
    expect(e.message).toMatch(/Query cost limit of 250000 exceeded/);
    const smaller = await hub.gql(
      `{ partners(first: 20) { nodes { asins(first: 20) { nodes { children { asinCode } } } } } }`,
    );
    expect(smaller.errors).toBeUndefined();
  });

  it("refuses alias bombs, token floods and directive floods", async () => {
    const aliases = Array.from(
      { length: LIMITS.aliases + 5 },
      (_, i) => `a${i}: organization { name }`,
    ).join(" ");
    expect((await refusal(`{ ${aliases} }`)).message).toMatch(/Aliases limit of 30 exceeded/);
    const tokens = Array.from({ length: 6000 }, () => "name").join(" ");
    expect((await refusal(`{ organization { ${tokens} } }`)).message).toMatch(
      /Syntax Error: Document contains more tha. 5000 tokens/,
    ); // graphql-js spells it "more that";
    const directives = Array.from(
      { length: LIMITS.directives + 5 },
      () => "@include(if: true)",
    ).join(" ");
    expect((await refusal(`{ organization { name ${directives} } }`)).message).toMatch(
      /Directives limit of 20 exceeded/,
    );
  });

  it("refuses batched operations", async () => {
    const res = await fetch(`${hub.url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${await hub.tokenFor("sophie.admin@sophiesociety.com")}`,
      },
      body: JSON.stringify([
        { query: "{ organization { name } }" },
        { query: "{ organization { name } }" },
      ]),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/batch/i);
  });
});
