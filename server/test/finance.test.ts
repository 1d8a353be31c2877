// Finance over HTTP (seed 001): accounts, customers (a partner becomes one), invoices with
// payments and refunds, AR aging as of a date checked at every bucket boundary against
// hand-worked figures, the monthly overview view, margins, and who may see any of it.
import { TARGETS } from "./support/databases";
import { OTHER_ADMIN, failure, ok, startTestHub, type TestHub } from "./support/hub";

describe.each(TARGETS)("finance on %s", (target) => {
  let hub: TestHub;
  let admin: string; // the second organization's admin: a clean ledger
  const gql = (q: string, v: Record<string, unknown> = {}) => hub.gql(q, v, admin);
  beforeAll(async () => {
    hub = await startTestHub(target);
    admin = await hub.tokenFor(OTHER_ADMIN);
  });
  afterAll(() => hub.close());

  let receivables: string;
  let customer: string;
  const record = async (input: Record<string, unknown>) =>
    ok(
      await gql(
        `mutation($i: FinanceTransactionInput!) { recordTransaction(input: $i) { id amount dueDate transactionType customer { name } } }`,
        { i: { accountId: receivables, ...input } },
      ),
    ).recordTransaction;

  it("keeps accounts and customers; a partner becomes a customer", async () => {
    receivables = ok(
      await gql(
        `mutation { createFinanceAccount(input: { code: "1100", name: "Receivables", accountType: ASSET }) { id currency } }`,
      ),
    ).createFinanceAccount.id;
    expect(
      failure(
        await gql(
          `mutation { createFinanceAccount(input: { code: "4000", name: "Fees", accountType: REVENUE, currency: "dollars" }) { id } }`,
        ),
      ),
    ).toMatchObject({ code: "BAD_USER_INPUT", field: "input.currency" });
    const partner = await hub.t.db.prisma.partner.findFirstOrThrow({
      where: { organizationId: hub.otherOrgId },
    });
    const c = ok(
      await gql(
        `mutation($p: ID!) { createCustomer(input: { partnerId: $p, paymentTermsDays: 15 }) { id name paymentTermsDays partner { brandName } } }`,
        { p: partner.id },
      ),
    ).createCustomer;
    expect(c).toMatchObject({
      name: "Other Brand",
      paymentTermsDays: 15,
      partner: { brandName: "Other Brand" },
    });
    customer = c.id;
    expect(
      failure(
        await gql(
          `mutation($p: ID!) { createCustomer(input: { partnerId: $p, name: "Again" }) { id } }`,
          { p: partner.id },
        ),
      ).code,
    ).toBe("CONFLICT");
    expect(failure(await gql(`mutation { createCustomer(input: {}) { id } }`))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.name",
    });
  });

  it("lists the ledger's accounts by code", async () => {
    ok(
      await gql(
        `mutation { createFinanceAccount(input: { code: "0900", name: "Cash", accountType: ASSET }) { id } }`,
      ),
    );
    expect(
      ok(await gql(`{ financeAccounts { code accountType currency } }`)).financeAccounts,
    ).toEqual([
      { code: "0900", accountType: "ASSET", currency: "USD" },
      { code: "1100", accountType: "ASSET", currency: "USD" },
    ]);
  });

  it("records invoices (due by the customer's terms) and payments or refunds against them, refusing what does not fit", async () => {
    const inv = await record({
      transactionType: "INVOICE",
      customerId: customer,
      amount: "500",
      transactionDate: "2026-01-10",
    });
    expect(inv).toMatchObject({
      dueDate: "2026-01-25",
      amount: "500",
      customer: { name: "Other Brand" },
    });
    expect(
      failure(
        await gql(
          `mutation($a: ID!) { recordTransaction(input: { accountId: $a, transactionType: PAYMENT, amount: 10, transactionDate: "2026-01-11" }) { id } }`,
          { a: receivables },
        ),
      ).field,
    ).toBe("input.invoiceId");
    expect(
      failure(
        await gql(
          `mutation($a: ID!, $i: ID!) { recordTransaction(input: { accountId: $a, transactionType: PAYMENT, invoiceId: $i, amount: 10, transactionDate: "2026-01-01" }) { id } }`,
          { a: receivables, i: inv.id },
        ),
      ).field,
    ).toBe("input.transactionDate");
    expect(
      failure(
        await gql(
          `mutation($a: ID!, $i: ID!) { recordTransaction(input: { accountId: $a, transactionType: REFUND, invoiceId: $i, amount: "-5", transactionDate: "2026-01-12" }) { id } }`,
          { a: receivables, i: inv.id },
        ),
      ).field,
    ).toBe("input.amount");
    const pay = await record({
      transactionType: "PAYMENT",
      invoiceId: inv.id,
      amount: "500",
      transactionDate: "2026-01-20",
    });
    expect(pay).toMatchObject({
      transactionType: "PAYMENT",
      dueDate: null,
      customer: { name: "Other Brand" },
    });
  });

  it("ages open invoices as of a date, at every bucket boundary", async () => {
    // As of 2026-06-30. Invoices dated 2026-01-01, due so that they are this many days late:
    const late = [-5, 30, 31, 60, 61, 90, 91];
    const asOf = Date.UTC(2026, 5, 30);
    const day = (offset: number) => new Date(asOf - offset * 86_400_000).toISOString().slice(0, 10);
    const invoices: string[] = [];
    for (const [i, d] of late.entries())
      invoices.push(
        (
          await record({
            transactionType: "INVOICE",
            customerId: customer,
            amount: String(100 * (i + 1)),
            transactionDate: "2026-01-01",
            dueDate: day(d),
          })
        ).id,
      );
    // The 30-days-late one is half paid; the 91-days-late one fully paid then half refunded;
    // the 61-days-late one is paid after the date (still open as of it).
    await record({
      transactionType: "PAYMENT",
      invoiceId: invoices[1],
      amount: "100",
      transactionDate: "2026-06-01",
    });
    await record({
      transactionType: "PAYMENT",
      invoiceId: invoices[6],
      amount: "700",
      transactionDate: "2026-05-01",
    });
    await record({
      transactionType: "REFUND",
      invoiceId: invoices[6],
      amount: "350",
      transactionDate: "2026-06-15",
    });
    await record({
      transactionType: "PAYMENT",
      invoiceId: invoices[4],
      amount: "500",
      transactionDate: "2026-07-02",
    });

    const { arAging, arSummary } = ok(
      await gql(
        `{ arAging(asOf: "2026-06-30") { amountDue daysPastDue bucket } arSummary(asOf: "2026-06-30") { bucket invoices amountDue } }`,
      ),
    );
    expect(arAging.map((r: any) => [r.daysPastDue, r.bucket, Number(r.amountDue)])).toEqual([
      [91, "OVER_90", 350],
      [90, "DAYS_61_90", 600],
      [61, "DAYS_61_90", 500],
      [60, "DAYS_31_60", 400],
      [31, "DAYS_31_60", 300],
      [30, "CURRENT", 100],
      [-5, "CURRENT", 100],
    ]);
    expect(arSummary.map((r: any) => [r.bucket, r.invoices, Number(r.amountDue)])).toEqual([
      ["CURRENT", 2, 200],
      ["DAYS_31_60", 2, 700],
      ["DAYS_61_90", 2, 1100],
      ["OVER_90", 1, 350],
    ]);
    // After the late payment, the 61-days invoice is settled; before any invoice, nothing is open.
    expect(
      ok(await gql(`{ arAging(asOf: "2026-07-03") { daysPastDue } }`)).arAging.map(
        (r: any) => r.daysPastDue,
      ),
    ).not.toContain(64);
    expect(
      ok(await gql(`{ arSummary(asOf: "2025-12-31") { invoices } }`)).arSummary.map(
        (r: any) => r.invoices,
      ),
    ).toEqual([0, 0, 0, 0]);
  });

  it("sums the months (v_finance_overview) and keeps margins per period", async () => {
    const months = ok(
      await gql(
        `{ financeOverview(from: "2026-01-01", to: "2026-12-31") { month invoiced collected refunded netCollected } }`,
      ),
    ).financeOverview;
    const num = (m: any) => [
      m.month,
      Number(m.invoiced),
      Number(m.collected),
      Number(m.refunded),
      Number(m.netCollected),
    ];
    expect(months.map(num)).toEqual([
      ["2026-01-01", 500 + 2800, 500, 0, 500],
      ["2026-05-01", 0, 700, 0, 700],
      ["2026-06-01", 0, 100, 350, -250],
      ["2026-07-01", 0, 500, 0, 500],
    ]);
    ok(
      await gql(
        `mutation { recordFinanceMargin(input: { periodStart: "2026-01-01", periodEnd: "2026-03-31", revenue: "1000", costOfGoodsSold: "700" }) { id } }`,
      ),
    );
    ok(
      await gql(
        `mutation { recordFinanceMargin(input: { periodStart: "2026-01-01", periodEnd: "2026-03-31", revenue: "1200", costOfGoodsSold: "700" }) { id } }`,
      ),
    ); // replaces
    expect(
      ok(await gql(`{ financeMargins(from: "2026-02-01") { revenue grossMargin marginRate } }`))
        .financeMargins,
    ).toEqual([{ revenue: "1200", grossMargin: "500", marginRate: 0.4167 }]);
    expect(
      failure(
        await gql(
          `mutation { recordFinanceMargin(input: { periodStart: "2026-04-01", periodEnd: "2026-03-31", revenue: 1, costOfGoodsSold: 1 }) { id } }`,
        ),
      ).field,
    ).toBe("input.periodEnd");
  });

  it("is readable by finance and admins only, and never across organizations", async () => {
    for (const email of [
      "priya.natarajan@sophiesociety.com",
      "owen.price@sophiesociety.com",
      "olivia.chen@sophiesociety.com",
    ]) {
      expect(
        failure(await hub.gql(`{ arSummary { bucket } }`, {}, await hub.tokenFor(email))),
      ).toMatchObject({ code: "FORBIDDEN" });
    }
    const finance = await hub.tokenFor("ben.carter@sophiesociety.com");
    const seen = ok(
      await hub.gql(`{ customers { name } financeTransactions { totalCount } }`, {}, finance),
    );
    expect(seen.customers.length).toBe(
      await hub.t.db.prisma.customer.count({ where: { organizationId: hub.demoOrgId } }),
    ); // the demo's, not this ledger's
    expect(seen.customers.map((c: { name: string }) => c.name)).not.toContain("Other Brand");
    expect(seen.financeTransactions.totalCount).toBe(
      await hub.t.db.prisma.financeTransaction.count({ where: { organizationId: hub.demoOrgId } }),
    );
  });
});
