// The analysts' playground in a real browser: saved queries (mine and the organization's
// shared ones) open into the editors and save from them, and "Copy as curl" produces a
// command that, run in a shell with the viewer's API key, returns the same data.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { Browser, Page } from "playwright-core";
import { ok, startTestHub, type TestHub } from "../../server/test/support/hub";
import { launchBrowser, screenshot } from "./browser";

const POD_LEADER = "priya.natarajan@sophiesociety.com";
let hub: TestHub;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  hub = await startTestHub("pglite");
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await hub?.close();
});
beforeEach(async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: hub.url });
  page = await context.newPage();
});
afterEach(() => page.context().close());

/** GraphiQL's CodeMirror editors: the query, and the variables and headers below it (in that order). */
type CodeMirrorElement = { CodeMirror: { getValue(): string; setValue(s: string): void } };
const EDITORS = {
  query: ".graphiql-query-editor .CodeMirror",
  variables: ".graphiql-editor-tool .CodeMirror >> nth=0",
  headers: ".graphiql-editor-tool .CodeMirror >> nth=1",
};
const editorValue = (editor: keyof typeof EDITORS) =>
  page
    .locator(EDITORS[editor])
    .evaluate((el) => (el as unknown as CodeMirrorElement).CodeMirror.getValue());
const setEditorValue = (editor: keyof typeof EDITORS, value: string) =>
  page
    .locator(EDITORS[editor])
    .evaluate((el, v) => (el as unknown as CodeMirrorElement).CodeMirror.setValue(v), value);

async function openSavedQueries(): Promise<void> {
  await page.goto(`${hub.url}/graphql`);
  await page.getByRole("button", { name: "Show Saved queries" }).click();
  await page.getByRole("heading", { name: "Mine" }).waitFor();
}

it("opens a query shared by a colleague, saves the editors under a name, and lists both", async () => {
  const shared =
    "query($s: PartnerStatus) { partners(filter: { status: { eq: $s } }) { totalCount } }";
  ok(
    await hub.gql(
      `mutation($i: SaveQueryInput!) { saveQuery(input: $i) { id } }`,
      {
        i: {
          name: "Partners by status",
          query: shared,
          variables: { s: "AT_RISK" },
          isShared: true,
        },
      },
      await hub.tokenFor(POD_LEADER),
    ),
  );
  ok(
    await hub.gql(
      `mutation($i: SaveQueryInput!) { saveQuery(input: $i) { id } }`,
      { i: { name: "Priya's private one", query: "{ viewer { email } }" } },
      await hub.tokenFor(POD_LEADER),
    ),
  );

  await openSavedQueries();
  const sharedList = page.getByRole("region", { name: "Shared with the organization" });
  await sharedList.getByRole("button", { name: "Partners by status" }).waitFor();
  expect(await sharedList.getByText("Priya's private one").count()).toBe(0);
  await screenshot(page, "playground-saved-queries");

  await sharedList.getByRole("button", { name: "Partners by status" }).click();
  expect(await editorValue("query")).toBe(shared);
  expect(JSON.parse(await editorValue("variables"))).toEqual({ s: "AT_RISK" });

  await page.getByLabel("Name").fill("Tier counts");
  await page.getByLabel("Share with my organization").check();
  await setEditorValue("query", "{ partnersAggregate(groupBy: [TIER]) { key { tier } count } }");
  await page.getByRole("button", { name: "Save current query" }).click();
  await page.getByRole("status").filter({ hasText: 'Saved "Tier counts".' }).waitFor();
  await page
    .getByRole("region", { name: "Mine" })
    .getByRole("button", { name: "Tier counts", exact: true })
    .waitFor();
  const saved = ok(
    await hub.gql(
      `{ savedQueries(sharedOnly: true) { name query owner { email } } }`,
      {},
      await hub.tokenFor(POD_LEADER),
    ),
  ).savedQueries;
  expect(saved).toContainEqual({
    name: "Tier counts",
    query: "{ partnersAggregate(groupBy: [TIER]) { key { tier } count } }",
    owner: { email: "sophie.admin@sophiesociety.com" },
  });
});

it("refuses to save a query that does not fit the schema, saying where", async () => {
  await openSavedQueries();
  await setEditorValue("query", "{ partners { nope } }");
  await page.getByLabel("Name").fill("Broken");
  await page.getByRole("button", { name: "Save current query" }).click();
  const alert = page.getByRole("alert");
  await alert.waitFor();
  expect(await alert.textContent()).toMatch(
    /Not saved: input\.query: .*Cannot query field "nope".*\(line 1, column 14\)/,
  );
});

it("copies the editors as a curl command carrying the viewer's API key, which runs", async () => {
  const { key } = ok(
    await hub.gql(`mutation { createApiKey(name: "analyst laptop", role: "admin") { key } }`),
  ).createApiKey;
  await openSavedQueries();
  await setEditorValue(
    "query",
    "query($code: String!) { partnerByCode(code: $code) { brandName } }",
  );
  await setEditorValue("variables", '{ "code": "SO-0001" }');
  await page.getByRole("button", { name: "Copy as curl" }).click(); // headers hold the session token, which expires
  expect(await page.getByLabel("curl command").inputValue()).toContain(
    '"authorization: Bearer $HUB_API_KEY"',
  );
  expect(await page.getByRole("status").textContent()).toContain(
    "reads your API key from $HUB_API_KEY",
  );
  await setEditorValue("headers", JSON.stringify({ Authorization: `Bearer ${key}` }));
  await page.getByRole("button", { name: "Copy as curl" }).click();
  const command = await page.getByLabel("curl command").inputValue();
  expect(command).toContain(`authorization: Bearer ${key}`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(command);
  await screenshot(page, "playground-copy-as-curl");

  const { stdout } = await promisify(execFile)("sh", ["-c", command]);
  const expected = ok(await hub.gql(`{ partnerByCode(code: "SO-0001") { brandName } }`))
    .partnerByCode.brandName;
  expect(JSON.parse(stdout)).toEqual({ data: { partnerByCode: { brandName: expected } } });
});
