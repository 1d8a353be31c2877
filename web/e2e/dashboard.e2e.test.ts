// The dashboard in a real browser, against the real server on embedded PGlite with the web
// app's trusted-documents manifest enforced (so every operation the pages send must come from
// codegen): sign in, home, partners (filter, sort, load more, CSV export), a partner with its
// lineage popover, recording a weekly status, and a CSV sync reviewed, edited, approved and
// applied until the partner shows the new value with its lineage. Screenshots: web/e2e/artifacts.
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { DEMO_ADMIN, ok, startTestHub, type TestHub } from "../../server/test/support/hub";
import { loadTrustedDocuments } from "../../server/src/graphql/trustedDocuments";
import { launchBrowser, screenshot } from "./browser";

const POD_LEADER = "priya.natarajan@sophiesociety.com";
/** The partners the pod leader sees (an active assignment to her), asked as the admin: her own session may run only the dashboard's operations. */
const HERS = `{ assignments: { some: { unassignedAt: { isNull: true }, staff: { email: { eq: "${POD_LEADER}" } } } } }`;
const MANIFEST = path.resolve(__dirname, "../src/gql/persisted-documents.json");
let hub: TestHub;
let browser: Browser;
let page: Page;
let problems: string[];

beforeAll(async () => {
  hub = await startTestHub("pglite", {
    trustedDocuments: loadTrustedDocuments(MANIFEST),
    syncPollMs: 100,
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await hub?.close();
});
beforeEach(() => {
  problems = [];
});
afterEach(async () => {
  await page?.context().close();
  expect(problems).toEqual([]); // no failed request, console error or uncaught exception on any page
});

async function open(width = 1280, height = 900): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true });
  page = await context.newPage();
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
  return page;
}

/** Signs in through the dev sign-in endpoint and hands the session to the page, as the sign-in page does. */
async function openSignedIn(
  email: string,
  url = "/",
  width?: number,
  height?: number,
): Promise<Page> {
  const { staff } = (await (
    await fetch(`${hub.url}/auth/dev`, { headers: { accept: "application/json" } })
  ).json()) as { staff: { id: string; email: string }[] };
  const id = staff.find((s) => s.email === email)!.id;
  const session = await (
    await fetch(`${hub.url}/auth/dev`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ staffId: id }),
    })
  ).json();
  await open(width, height);
  await page.addInitScript((s) => localStorage.setItem("hub.session", s), JSON.stringify(session));
  await page.goto(`${hub.url}${url}`);
  return page;
}

const rowsOf = (p: Page) => p.locator("table.data tbody tr");

it("signs in from the dev list and shows the pod leader's book at home", async () => {
  await open();
  await page.goto(hub.url);
  await page
    .getByRole("region", { name: "Dev sign-in" })
    .getByRole("button", { name: "Priya Natarajan" })
    .click();
  await page.getByRole("heading", { name: "Good to see you, Priya" }).waitFor();
  const mine = ok(
    await hub.gql(
      `{ partnersAggregate(filter: ${HERS}, groupBy: [STATUS]) { key { status } count } }`,
    ),
  ).partnersAggregate as { key: { status: string }; count: number }[];
  const total = mine.reduce((n, g) => n + g.count, 0);
  await page.getByText(`${total} partners in your book.`).waitFor();
  const chart = page.getByRole("figure", { name: "Partners by status" });
  const active = mine.find((g) => g.key.status === "ACTIVE")?.count ?? 0;
  expect(
    await chart.locator(".bar-row", { hasText: "Active" }).locator(".bar-value").textContent(),
  ).toBe(String(active));
  await page.getByRole("meter", { name: "Weekly status coverage" }).waitFor();
  await screenshot(page, "dashboard-home");

  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("region", { name: "Dev sign-in" }).waitFor();
  expect(await page.evaluate(() => localStorage.getItem("hub.session"))).toBeNull();
  await page.context().close();

  // A signed-in visit straight to Home: how long until the book is on screen (printed, never asserted).
  await openSignedIn(POD_LEADER, "/");
  await page.getByText(`${total} partners in your book.`).waitFor();
  console.log(
    `time to first render of Home (demo data, PGlite, navigation start → data on screen): ${Math.round(await page.evaluate(() => performance.now()))} ms`,
  );
});

it("shows a person's capacity, squads, training and time off", async () => {
  const priya = ok(
    await hub.gql(
      `query($e: String!) { staffByEmail(email: $e) { id currentClientCount maxClients squads { name } training { status } } }`,
      { e: POD_LEADER },
    ),
  ).staffByEmail;
  await openSignedIn(DEMO_ADMIN, "/staff");
  await page.getByLabel("Role").selectOption("POD_LEADER");
  await page.waitForURL(/role=POD_LEADER/);
  await page.getByRole("link", { name: "Priya Natarajan" }).click();
  await page.getByRole("heading", { name: "Priya Natarajan", level: 1 }).waitFor();
  const capacity = page
    .getByRole("region", { name: "Capacity" })
    .getByRole("meter", { name: "Capacity" });
  expect(await capacity.getAttribute("aria-valuetext")).toBe(
    `${priya.currentClientCount} of ${priya.maxClients} clients`,
  );
  for (const squad of priya.squads)
    await page.getByRole("region", { name: "Profile" }).getByText(new RegExp(squad.name)).waitFor();
  const done = priya.training.filter((t: { status: string }) => t.status === "COMPLETED").length;
  await page
    .getByRole("region", { name: `Training (${done} of ${priya.training.length} done)` })
    .waitFor();
  await page.getByRole("region", { name: "Time off" }).locator(".month").first().waitFor();
  await screenshot(page, "dashboard-staff-detail");
});

it("lists partners, filters and sorts them through the URL, loads more, and exports the filter as CSV", async () => {
  const all = ok(
    await hub.gql(
      `{ partners { totalCount } atRisk: partners(filter: { status: { eq: AT_RISK } }) { totalCount } }`,
    ),
  );
  await openSignedIn(DEMO_ADMIN, "/partners");
  await page
    .getByRole("status")
    .filter({ hasText: `of ${all.partners.totalCount} partners` })
    .waitFor();
  expect(await rowsOf(page).count()).toBe(Math.min(50, all.partners.totalCount));
  if (all.partners.totalCount > 50) {
    await page.getByRole("button", { name: "Load 50 more" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `Showing ${Math.min(100, all.partners.totalCount)} of` })
      .waitFor();
  }

  await page.getByLabel("Status", { exact: true }).selectOption("AT_RISK");
  await page
    .getByRole("status")
    .filter({ hasText: `of ${all.atRisk.totalCount} partners` })
    .waitFor();
  expect(new URL(page.url()).search).toBe("?status=AT_RISK");
  const statuses = await rowsOf(page).locator("td:nth-child(3)").allTextContents();
  expect(statuses.length).toBe(Math.min(50, all.atRisk.totalCount));
  expect(new Set(statuses)).toEqual(new Set(["At risk"]));

  await page.getByLabel("Sort").selectOption("asins");
  await page.waitForURL(/sort=asins/);
  await page.waitForFunction(() => {
    const n = [...document.querySelectorAll("table.data tbody tr td:nth-child(6)")].map((td) =>
      Number(td.textContent),
    );
    return n.length > 1 && n.every((v, i) => i === 0 || n[i - 1] >= v);
  });
  await screenshot(page, "dashboard-partners-filtered");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export CSV" }).click(),
  ]);
  const csv = fs
    .readFileSync((await download.path())!, "utf8")
    .trim()
    .split("\n");
  expect(csv[0]).toBe(
    "partnerCode,brandName,status,tier,clientName,clientEmail,onboardingDate,baseFee,commissionRate,childAsinCount,podLeader.fullName,podLeader.email,latestWeeklyStatus.status,latestWeeklyStatus.weekStartDate",
  );
  expect(csv.length - 1).toBe(all.atRisk.totalCount);
  expect(csv.slice(1).every((line) => line.split(",")[2] === "AT_RISK")).toBe(true);

  // A shared link opens the same list; a search narrows it.
  const first = await rowsOf(page).first().locator("td").first().textContent();
  await page.getByLabel("Search").fill(first!.slice(0, 6).toLowerCase());
  await page.getByLabel("Search").press("Enter");
  await page.waitForURL(/q=/);
  await rowsOf(page).filter({ hasText: first! }).waitFor();
});

it("opens a partner with its team, ASINs, status strip and a field's lineage popover (keyboard only)", async () => {
  const partner = ok(
    await hub.gql(
      `{ partners(first: 1, filter: ${HERS}, orderBy: [{ brandName: ASC }]) { nodes { id brandName childAsinCount activeAssignments { staff { fullName } } } } }`,
    ),
  ).partners.nodes[0];
  ok(
    await hub.gql(
      `mutation($id: ID!) { updatePartner(id: $id, input: { clientName: "Dana Whitfield" }) { id } }`,
      { id: partner.id },
    ),
  );

  await openSignedIn(POD_LEADER, "/partners");
  await page.getByRole("link", { name: partner.brandName }).click();
  await page.getByRole("heading", { name: partner.brandName, level: 1 }).waitFor();
  expect(new URL(page.url()).pathname).toBe(`/partners/${partner.id}`);
  const team = page.getByRole("region", { name: "Team" });
  for (const a of partner.activeAssignments)
    await team.getByRole("link", { name: a.staff.fullName }).first().waitFor();
  await page
    .getByRole("region", { name: /^ASINs/ })
    .getByText(`${partner.childAsinCount} sellable`)
    .waitFor();
  expect(await page.getByRole("list", { name: "Weekly statuses" }).locator("li").count()).toBe(16);

  const info = page.getByRole("button", { name: "Where did Client come from?" });
  await info.focus();
  await page.keyboard.press("Enter");
  const popover = page.getByRole("dialog", { name: "Lineage of Client" });
  await popover.getByText("Current value Dana Whitfield").waitFor();
  await popover.getByText(/changed by Sophie Admin/).waitFor();
  await screenshot(page, "dashboard-partner-lineage");
  await page.keyboard.press("Escape");
  await popover.waitFor({ state: "detached" });
  expect(await info.evaluate((el) => el === document.activeElement)).toBe(true);
});

it("records this week's status in the weekly grid, at once and on the server", async () => {
  const partner = ok(
    await hub.gql(
      `{ partners(first: 1, filter: { and: [${HERS}, { status: { notIn: [CHURNED] } }] }, orderBy: [{ brandName: ASC }]) { nodes { id brandName } } }`,
    ),
  ).partners.nodes[0];
  await openSignedIn(POD_LEADER, "/weekly");
  const form = page.getByRole("form", { name: new RegExp(`^${partner.brandName}, week of`) });
  await form.getByRole("combobox").selectOption("AT_RISK");
  await form.getByLabel("Happy client").uncheck();
  await form.getByRole("textbox").fill("Ad spend paused by the client");
  await form.getByRole("button", { name: /Record|Update/ }).click();
  await form.getByLabel("Recorded").waitFor();
  await screenshot(page, "dashboard-weekly-status");

  const latest = ok(
    await hub.gql(
      `query($id: ID!) { partner(id: $id) { latestWeeklyStatus { status happyClient notes reportedBy { email } } } }`,
      { id: partner.id },
    ),
  ).partner.latestWeeklyStatus;
  expect(latest).toEqual({
    status: "AT_RISK",
    happyClient: false,
    notes: "Ad spend paused by the client",
    reportedBy: { email: POD_LEADER },
  });
});

it("maps a CSV source in the editor, runs a sync, shows row errors, edits, approves and applies the change (then stages its revert), and shows the value's lineage", async () => {
  const partner = ok(
    await hub.gql(
      `{ partners(first: 1, orderBy: [{ partnerCode: ASC }]) { nodes { id partnerCode brandName baseFee } } }`,
    ),
  ).partners.nodes[0];
  ok(
    await hub.gql(
      `mutation { createDataSource(input: { name: "Fees sheet", type: CSV, connectionConfig: {} }) { id } }`,
    ),
  );
  const csv = `Code,Fee\n${partner.partnerCode},"$1,234.50"\nSO-9999,not money\n`;
  const file = { name: "fees.csv", mimeType: "text/csv", buffer: Buffer.from(csv) };

  await openSignedIn(DEMO_ADMIN, "/review");
  // Map the file's columns in the editor, after previewing it.
  const card = page.getByRole("region", { name: "Fees sheet" });
  await card.getByRole("button", { name: "Edit mappings" }).click();
  const editor = card.getByRole("group", { name: "Mapping editor" });
  await editor.getByLabel("Preview a CSV file…").setInputFiles(file);
  const preview = editor.getByRole("figure", { name: /^Preview of / });
  await preview.getByRole("cell", { name: "not money" }).waitFor();
  expect(await preview.locator("thead tr").first().locator("th").allTextContents()).toEqual([
    "Code",
    "Fee",
  ]);
  for (const [i, [column, field, transform]] of [
    ["Code", "partner_code", "NONE"],
    ["Fee", "base_fee", "CURRENCY"],
  ].entries()) {
    await editor.getByRole("button", { name: "Add mapping" }).click();
    await editor.getByLabel(`Column of mapping ${i + 1}`).fill(column);
    await editor.getByLabel(`Field of mapping ${i + 1}`).selectOption(field);
    await editor.getByLabel(`Transform of mapping ${i + 1}`).selectOption(transform);
  }
  await editor.getByLabel("Settings of mapping 2").fill("{not json");
  await editor.getByRole("button", { name: "Save mappings" }).click();
  await editor
    .getByRole("alert")
    .filter({ hasText: "Mapping 2 (Fee): the transform settings are not JSON" })
    .waitFor();
  await editor.getByLabel("Settings of mapping 2").fill("");
  await editor.getByRole("button", { name: "Save mappings" }).click();
  await editor.waitFor({ state: "detached" });
  await card.getByText("2 field mappings").waitFor();

  await card.getByLabel("Run sync from a CSV file…").setInputFiles(file);
  await card
    .getByRole("status")
    .filter({ hasText: "Sync completed: 1 changes staged, 1 row errors." })
    .waitFor();
  await card.getByText("1 row errors", { exact: true }).click();
  await card
    .getByRole("row")
    .filter({ hasText: '"not money" is not a number' })
    .getByRole("cell", { name: "Fee", exact: true })
    .waitFor();

  const change = page.getByRole("listitem", { name: `Partner ${partner.partnerCode}` });
  await change.getByRole("button", { name: "Edit base_fee" }).click();
  await change.getByLabel("New value of base_fee").fill("1250.00");
  await change.getByRole("button", { name: "Save" }).click();
  await change.getByRole("cell", { name: /^1250(\.0+)? Edit base_fee$/ }).waitFor();
  await screenshot(page, "dashboard-review-queue");
  await change.getByRole("checkbox").check();
  await page.getByRole("button", { name: "Approve selected" }).click();
  await page.getByRole("status").filter({ hasText: "1 changes approved." }).waitFor();
  await page.getByRole("button", { name: "Apply approved" }).click();
  await page
    .getByRole("status")
    .filter({ hasText: "Applied 1 changes; 0 conflicts, 0 failed." })
    .waitFor();

  // Reverting the applied batch stages the change back to the old fee, for review like any other.
  await card.getByRole("button", { name: "Revert batch" }).click();
  await card
    .getByRole("status")
    .filter({ hasText: /^Revert staged as batch \w{8}: review it below\.$/ })
    .waitFor();
  const restoring = page
    .getByRole("listitem", { name: `Partner ${partner.partnerCode}` })
    .filter({ has: page.getByText("Pending") });
  expect(
    Number(await restoring.locator("td.new").evaluate((td) => td.firstChild?.textContent)),
  ).toBe(Number(partner.baseFee));

  await page.goto(`${hub.url}/partners/${partner.id}`);
  const financials = page.getByRole("region", { name: "Financials" });
  await financials.getByText("$1,250.00").waitFor();
  await financials.getByRole("button", { name: "Where did Base fee come from?" }).click();
  const popover = page.getByRole("dialog", { name: "Lineage of Base fee" });
  await popover
    .getByText(/from Fees sheet \(Row 2/)
    .first()
    .waitFor();
  await popover
    .getByText(/approved by Sophie Admin/)
    .first()
    .waitFor();
  await screenshot(page, "dashboard-applied-lineage");
});

it("works at a 390px phone width: the menu opens the navigation and pages fit", async () => {
  await openSignedIn(POD_LEADER, "/", 390, 844);
  await page.getByRole("heading", { name: /Good to see you/ }).waitFor();
  const nav = page.getByRole("navigation", { name: "Main" });
  expect(await nav.isVisible()).toBe(false);
  await page.getByRole("button", { name: "Menu" }).click();
  await nav.getByRole("link", { name: "Staff" }).click();
  await page.getByRole("heading", { name: "Staff" }).waitFor();
  expect(await nav.isVisible()).toBe(false);
  const partnerId = ok(await hub.gql(`{ partners(first: 1, filter: ${HERS}) { nodes { id } } }`))
    .partners.nodes[0].id;
  for (const url of [
    "/",
    "/partners",
    `/partners/${partnerId}`,
    "/squads",
    "/staff",
    "/weekly",
    "/operations",
    "/sales",
    "/kpis",
  ]) {
    await page.goto(`${hub.url}${url}`);
    await page.locator("main h1").waitFor();
    await page.waitForFunction(() => !document.querySelector("[aria-busy=true]"));
    // Nothing but the scrollable tables may be wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await screenshot(
      page,
      `dashboard-phone${url.replace(partnerId, "detail").replace(/\//g, "-") || "-home"}`,
    );
  }
});

it("reports a ticket and works it through the workflow; the operations view counts per SLA", async () => {
  await openSignedIn(POD_LEADER, "/operations");
  const form = page.getByRole("form", { name: "Report a ticket" });
  await form.getByLabel("Subject").fill("Coupon not showing on Brightside");
  await form.getByLabel("Priority").selectOption("HIGH");
  await form.getByRole("button", { name: "Report ticket" }).click();
  const row = page.getByRole("row").filter({ hasText: "Coupon not showing on Brightside" });
  await row.getByText("Open", { exact: true }).waitFor();
  expect(await page.getByRole("region", { name: "Tickets per SLA" }).count()).toBe(0); // her role reads only her own tickets
  await row
    .getByRole("button", { name: 'Move "Coupon not showing on Brightside" to In progress' })
    .click();
  await row.getByText("In progress", { exact: true }).waitFor();
  await row.getByRole("button", { name: /to Closed$/ }).click();
  await row.waitFor({ state: "detached" }); // closed tickets leave the open list
  await page.getByRole("tab", { name: "Closed" }).click();
  await page
    .getByRole("row")
    .filter({ hasText: "Coupon not showing on Brightside" })
    .getByText(/closed in [\d.]+ h/)
    .waitFor();
  await page.context().close();

  const overview = ok(
    await hub.gql(`{ opsOverview { slaName openTickets closedTickets breachedTickets } }`),
  ).opsOverview;
  await openSignedIn("olivia.chen@sophiesociety.com", "/operations");
  const table = page.getByRole("region", { name: "Tickets per SLA" });
  await table.getByRole("row").filter({ hasText: overview[0].slaName }).waitFor();
  for (const r of overview) {
    expect(
      await table.getByRole("row").filter({ hasText: r.slaName }).locator("td").allTextContents(),
    ).toEqual([
      r.slaName,
      expect.stringMatching(/ h$/),
      String(r.openTickets),
      String(r.closedTickets),
      String(r.breachedTickets),
    ]);
  }
  await screenshot(page, "dashboard-operations");
});

it("shows the KPIs of the domains a role may read, with status and trend, and finance to finance only", async () => {
  await openSignedIn(POD_LEADER, "/kpis");
  await page.getByRole("region", { name: "Partners KPIs" }).waitFor();
  expect(await page.getByRole("region", { name: "Finance KPIs" }).count()).toBe(0);
  expect(await page.getByRole("region", { name: "Operations KPIs" }).count()).toBe(0);
  expect(
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Finance" })
      .count(),
  ).toBe(0);
  const coverage = page.getByRole("region", { name: "Weekly status coverage" });
  await coverage.getByRole("img", { name: /^Weekly status coverage per period: / }).waitFor();
  await page.getByLabel("Period", { exact: true }).selectOption("6m");
  await page.waitForURL(/period=6m/);
  await screenshot(page, "dashboard-kpis");
  await page.context().close();

  const finance = "ben.carter@sophiesociety.com";
  const { arSummary } = ok(await hub.gql(`{ arSummary { bucket amountDue } }`));
  await openSignedIn(finance, "/finance");
  const chart = page.getByRole("figure", { name: /^Owed as of / });
  await chart.waitFor();
  expect(await chart.locator(".bar-value").allTextContents()).toEqual(
    arSummary.map((b: { amountDue: string }) => String(Math.round(Number(b.amountDue)))),
  );
  await page.getByLabel("As of", { exact: true }).fill("2020-01-01");
  await page.waitForURL(/asOf=2020-01-01/);
  await page.getByRole("region", { name: "Open invoices (0)" }).waitFor();
  await page.goto(`${hub.url}/finance`);
  await page.getByRole("region", { name: /^Open invoices \(\d+\)$/ }).waitFor();
  await screenshot(page, "dashboard-finance");
});

it("works leads through the pipeline: add, move, lose with a reason, and make a won lead a partner", async () => {
  await openSignedIn("jack.obrien@sophiesociety.com", "/sales");
  const form = page.getByRole("form", { name: "Add a lead" });
  await form.getByLabel("Company").fill("Zephyr Goods");
  await form.getByLabel("Expected value").fill("30000");
  await form.getByRole("button", { name: "Add lead" }).click();
  const row = page.getByRole("row").filter({ hasText: "Zephyr Goods" });
  await row.getByText("$30,000.00").waitFor();
  await row.getByLabel("Stage of Zephyr Goods").selectOption("proposal");
  await page
    .getByRole("figure", { name: "Expected value per stage" })
    .locator(".bar-row", { hasText: "Proposal" })
    .waitFor();
  await row.getByLabel("Stage of Zephyr Goods").selectOption("closed_lost");
  await row.getByLabel("Why Zephyr Goods was lost").selectOption({ label: "Price" });
  await row.getByRole("button", { name: "Mark lost" }).click();
  await row.waitFor({ state: "detached" });
  await page.getByRole("tab", { name: "Lost" }).click();
  await page.getByRole("row").filter({ hasText: "Zephyr Goods" }).waitFor();
  const lost = ok(
    await hub.gql(
      `{ salesLeads(filter: { company: { eq: "Zephyr Goods" } }) { nodes { status lostReason { name } activities { activityType toStage } } } }`,
    ),
  ).salesLeads.nodes[0];
  expect(lost).toMatchObject({ status: "LOST", lostReason: { name: "Price" } });
  expect(
    lost.activities
      .filter((a: { activityType: string }) => a.activityType === "STAGE_CHANGE")
      .map((a: { toStage: string }) => a.toStage)
      .sort(),
  ).toEqual(["closed_lost", "proposal"]);
  await screenshot(page, "dashboard-sales");
  await page.context().close();

  const won = ok(
    await hub.gql(
      `{ salesLeads(filter: { status: { eq: WON } }, orderBy: [{ company: ASC }]) { nodes { company } } }`,
    ),
  ).salesLeads.nodes[0].company;
  await openSignedIn(DEMO_ADMIN, "/sales?view=won");
  const wonRow = page.getByRole("row").filter({ hasText: won });
  await wonRow.getByRole("button", { name: "Make partner" }).click();
  await wonRow.getByRole("link", { name: won }).click();
  await page.getByRole("heading", { name: won, level: 1 }).waitFor();
  await page.getByRole("region", { name: "Identity" }).getByText("Onboarding").waitFor();
});

it("shows marketing to marketing: each campaign's leads, cost per lead and ROI as the API computes them", async () => {
  const lina = "lina.haddad@sophiesociety.com";
  const overview = ok(await hub.gql(`{ marketingOverview { name leads roi } }`)).marketingOverview;
  await openSignedIn(lina, "/marketing");
  const table = page.getByRole("region", { name: "Campaigns" });
  await table.getByRole("row").filter({ hasText: overview[0].name }).waitFor();
  for (const c of overview) {
    const cells = await table
      .getByRole("row")
      .filter({ hasText: c.name })
      .locator("td")
      .allTextContents();
    expect([cells[1], cells[5]]).toEqual([
      String(c.leads),
      c.roi === null ? "—" : `${Math.round(c.roi * 100)}%`,
    ]);
  }
  await page.getByRole("figure", { name: "Sessions per week" }).waitFor();
  await screenshot(page, "dashboard-marketing");
});
