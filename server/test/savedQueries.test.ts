// Saved queries over HTTP: kept per person, shared with the organization, changed only by
// their owner, checked against the schema when saved (errors say where), names unique per
// owner; and "copy as curl", run for real with an API key.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { TARGETS } from "./support/databases";
import { failure, ok, startTestHub, type TestHub } from "./support/hub";

const SAVED = `id name query variables isShared owner { email }`;

describe.each(TARGETS)("saved queries on %s", (target) => {
  let hub: TestHub;
  let analyst: string;
  beforeAll(async () => {
    hub = await startTestHub(target);
    analyst = await hub.tokenFor("priya.natarajan@sophiesociety.com");
  });
  afterAll(() => hub.close());
  const save = (input: Record<string, unknown>, token?: string) =>
    hub.gql(
      `mutation($i: SaveQueryInput!) { saveQuery(input: $i) { ${SAVED} } }`,
      { i: input },
      token,
    );
  const names = async (token?: string) =>
    ok(await hub.gql(`{ savedQueries { name } }`, {}, token)).savedQueries.map((q: any) => q.name);

  it("keeps a query private until its owner shares it, and only the owner changes it", async () => {
    const q = ok(
      await save(
        {
          name: "At-risk partners",
          query:
            "query($s: PartnerStatus) { partners(filter: { status: { eq: $s } }) { totalCount } }",
          variables: { s: "AT_RISK" },
        },
        analyst,
      ),
    ).saveQuery;
    expect(q).toMatchObject({
      isShared: false,
      variables: { s: "AT_RISK" },
      owner: { email: "priya.natarajan@sophiesociety.com" },
    });
    expect(await names()).not.toContain("At-risk partners");
    ok(await save({ id: q.id, name: "At-risk partners", query: q.query, isShared: true }, analyst));
    expect(await names()).toContain("At-risk partners");
    expect(failure(await save({ id: q.id, name: "Mine now", query: q.query })).code).toBe(
      "FORBIDDEN",
    );
    expect(
      failure(
        await hub.gql(`mutation($id: ID!) { deleteSavedQuery(id: $id) { id } }`, { id: q.id }),
      ).code,
    ).toBe("FORBIDDEN");
    expect(
      ok(
        await hub.gql(
          `mutation($id: ID!) { deleteSavedQuery(id: $id) { name } }`,
          { id: q.id },
          analyst,
        ),
      ).deleteSavedQuery.name,
    ).toBe("At-risk partners");
    expect(await names(analyst)).not.toContain("At-risk partners");
  });

  it("refuses a query that does not run, a name used twice, and saving as an API key", async () => {
    const broken = failure(
      await save({ name: "Typo", query: "{ partners { nodes { brandNme } } }" }, analyst),
    );
    expect(broken).toMatchObject({ code: "BAD_USER_INPUT", field: "input.query" });
    expect(broken.message).toMatch(/brandNme.*\(line 1, column 22\)/);
    expect(
      failure(await save({ name: "Unclosed", query: "{ partners {" }, analyst)).message,
    ).toMatch(/Syntax Error/);
    ok(await save({ name: "Twice", query: "{ viewer { email } }" }, analyst));
    expect(
      failure(await save({ name: "Twice", query: "{ viewer { fullName } }" }, analyst)),
    ).toMatchObject({ code: "CONFLICT", field: "name" });
    const key = ok(
      await hub.gql(`mutation { createApiKey(name: "Saver", role: "service_readonly") { key } }`),
    ).createApiKey.key;
    // A read-only key writes nothing (saving needs self:write)…
    expect(failure(await save({ name: "Keyed", query: "{ viewer { email } }" }, key)).code).toBe(
      "FORBIDDEN",
    );
    // …and a key that may keep its own work has no saved queries of its own.
    ok(
      await hub.gql(
        `mutation { createRole(name: "service_saver", permissions: ["self:write"]) { name } }`,
      ),
    );
    const saver = ok(
      await hub.gql(`mutation { createApiKey(name: "Saver 2", role: "service_saver") { key } }`),
    ).createApiKey.key;
    expect(failure(await save({ name: "Keyed", query: "{ viewer { email } }" }, saver)).field).toBe(
      "input",
    );
  });

  it("copies a saved query as a curl command that runs with an API key", async () => {
    const q = ok(
      await save({
        name: "Partner count",
        query:
          "query($s: PartnerStatus) { partners(filter: { status: { eq: $s } }) { totalCount } }",
        variables: { s: "ACTIVE" },
      }),
    ).saveQuery;
    const { curl } = ok(
      await hub.gql(`query($id: ID!, $b: String!) { savedQuery(id: $id) { curl(baseUrl: $b) } }`, {
        id: q.id,
        b: hub.url,
      }),
    ).savedQuery;
    expect(curl).toContain("$HUB_API_KEY");
    const key = ok(
      await hub.gql(`mutation { createApiKey(name: "Curl", role: "service_readonly") { key } }`),
    ).createApiKey.key;
    // Asynchronously: the server answering it runs in this process.
    const { stdout } = await promisify(execFile)("sh", ["-c", curl], {
      env: { ...process.env, HUB_API_KEY: key },
      timeout: 30_000,
    });
    const out = JSON.parse(stdout);
    const expected = ok(
      await hub.gql(`{ partners(filter: { status: { eq: ACTIVE } }) { totalCount } }`),
    ).partners.totalCount;
    expect(out).toEqual({ data: { partners: { totalCount: expected } } });
  });
});
