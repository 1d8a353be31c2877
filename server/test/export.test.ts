// CSV exports over HTTP: any connection query, paged by its own cursors and streamed;
// columns named by the selected fields (nested ones by their path), values escaped;
// variables and filters as in GraphQL; the viewer's access rules; clear errors.
import { TARGETS } from "./support/databases";
import { OTHER_ADMIN, ok, startTestHub, type TestHub } from "./support/hub";

/** Splits CSV text into records (quoted fields may hold commas, quotes and newlines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  return rows;
}

describe.each(TARGETS)("CSV export on %s", (target) => {
  let hub: TestHub;
  let token: string;
  beforeAll(async () => {
    hub = await startTestHub(target);
    token = await hub.tokenFor(OTHER_ADMIN);
    const organizationId = hub.otherOrgId;
    await hub.t.db.prisma.partner.createMany({
      data: Array.from({ length: 10_000 }, (_, i) => ({
        organizationId,
        brandName: `Export ${String(i).padStart(5, "0")}`,
        status: i % 10 === 0 ? ("at_risk" as const) : ("active" as const),
      })),
    });
  });
  afterAll(() => hub.close());
  const exportCsv = (query: string, variables?: object, auth: string | null = token) =>
    fetch(
      `${hub.url}/export.csv?${new URLSearchParams({ query, ...(variables ? { variables: JSON.stringify(variables) } : {}) })}`,
      { headers: auth ? { authorization: `Bearer ${auth}` } : {} },
    );

  it("streams 10,000 rows page by page, in the query's order", async () => {
    const res = await exportCsv(
      `{ partners(orderBy: [{ brandName: ASC }]) { nodes { partnerCode brandName status } } }`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="partners.csv"');
    expect(res.headers.get("content-length")).toBeNull(); // streamed
    const rows = parseCsv(await res.text());
    expect(rows[0]).toEqual(["partnerCode", "brandName", "status"]);
    expect(rows).toHaveLength(1 + 10_001); // and the organization's "Other Brand"
    expect(rows[1]).toEqual([expect.stringMatching(/^SO-\d{4,}$/), "Export 00000", "AT_RISK"]);
    expect(rows[10_000][1]).toBe("Export 09999");
    expect(new Set(rows.slice(1).map((r) => r[0])).size).toBe(10_001);
  });

  it("takes variables and filters, names nested columns by path, and escapes values", async () => {
    const risky = await exportCsv(
      `query($s: PartnerStatus) { partners(filter: { status: { eq: $s } }) { totalCount nodes { brandName } } }`,
      { s: "AT_RISK" },
    );
    expect(parseCsv(await risky.text())).toHaveLength(1 + 1000);
    const partnerId = ok(
      await hub.gql(
        `mutation { createPartner(input: { brandName: "Quote \\"Q\\", Comma, Co" }) { id } }`,
        {},
        token,
      ),
    ).createPartner.id;
    const staffId = (
      await hub.t.db.prisma.staff.findFirstOrThrow({ where: { email: OTHER_ADMIN } })
    ).id;
    ok(
      await hub.gql(
        `mutation($p: ID!, $s: ID!) { assignStaff(partnerId: $p, staffId: $s, role: POD_LEADER, notes: "line one\\nline two") { id } }`,
        { p: partnerId, s: staffId },
        token,
      ),
    );
    const rows = parseCsv(
      await (
        await exportCsv(
          `{ assignments { nodes { partner { brandName } staff { fullName } assignmentRole notes } } }`,
        )
      ).text(),
    );
    expect(rows).toEqual([
      ["partner.brandName", "staff.fullName", "assignmentRole", "notes"],
      ['Quote "Q", Comma, Co', "Other Boss", "POD_LEADER", "line one\nline two"],
    ]);
    // Clients such as Apollo add __typename everywhere (the dashboard's export does): it is no column.
    const typed = parseCsv(
      await (
        await exportCsv(
          `{ __typename assignments(filter: { partner: { brandName: { startsWith: "Quote" } } }) { __typename nodes { __typename partner { __typename brandName } notes } } }`,
        )
      ).text(),
    );
    expect(typed).toEqual([
      ["partner.brandName", "notes"],
      ['Quote "Q", Comma, Co', "line one\nline two"],
    ]);
  });

  it("reads under the viewer's access rules", async () => {
    const leader = await hub.tokenFor("priya.natarajan@sophiesociety.com");
    const rows = parseCsv(
      await (await exportCsv(`{ partners { nodes { id } } }`, undefined, leader)).text(),
    );
    expect(rows.length - 1).toBe(
      ok(await hub.gql(`{ partners { totalCount } }`, {}, leader)).partners.totalCount,
    );
  });

  it("says what is wrong: not signed in, not a connection, a bad query", async () => {
    expect((await exportCsv(`{ partners { nodes { id } } }`, undefined, null)).status).toBe(401);
    const notConnection = await exportCsv(`{ viewer { fullName } }`);
    expect(notConnection.status).toBe(400);
    expect((await notConnection.json()).errors[0].message).toMatch(/viewer is not a connection/);
    const typo = await (await exportCsv(`{ partners { nodes { brandNme } } }`)).json();
    expect(typo.errors[0]).toMatchObject({
      extensions: { code: "BAD_USER_INPUT" },
      message: expect.stringMatching(/brandNme/),
    });
    expect(
      (await (await exportCsv(`{ partners { totalCount } }`)).json()).errors[0].message,
    ).toMatch(/nodes/);
    const costly = Array.from(
      { length: 60 },
      () => "{ assignments: { some: { isPrimary: { eq: true } } } }",
    ).join(", ");
    const tooCostly = await exportCsv(`{ partners(filter: { or: [${costly}] }) { nodes { id } } }`);
    expect(tooCostly.status).toBe(400);
    expect((await tooCostly.json()).errors[0].message).toMatch(/cost limit/);
  });
});
