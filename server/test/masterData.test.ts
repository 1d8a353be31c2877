// Master data over HTTP (seed 001): every organization has real ISO countries and currencies
// and expense categories; an organization retires entries of its own lists only, and finance
// accounts accept only its active currencies.
import { TARGETS } from "./support/databases";
import { OTHER_ADMIN, failure, ok, startTestHub, type TestHub } from "./support/hub";

describe.each(TARGETS)("master data on %s", (target) => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub(target);
  });
  afterAll(() => hub.close());

  it("lists ISO countries, currencies and expense categories for every organization", async () => {
    const { countries, currencies, expenseCategories } = ok(
      await hub.gql(
        `{ countries { code name } currencies { code symbol minorUnits } expenseCategories { code } }`,
      ),
    );
    expect(countries).toContainEqual({ code: "DE", name: "Germany" });
    expect(countries.every((c: { code: string }) => /^[A-Z]{2}$/.test(c.code))).toBe(true);
    expect(currencies).toEqual(
      expect.arrayContaining([
        { code: "JPY", symbol: "¥", minorUnits: 0 },
        { code: "KWD", symbol: "د.ك", minorUnits: 3 },
        { code: "EUR", symbol: "€", minorUnits: 2 },
      ]),
    );
    expect(expenseCategories.map((e: { code: string }) => e.code)).toContain("advertising");
    const podLeader = await hub.tokenFor("priya.natarajan@sophiesociety.com");
    expect(ok(await hub.gql(`{ currencies { code } }`, {}, podLeader)).currencies).toHaveLength(
      currencies.length,
    ); // anyone signed in reads them
  });

  it("retires and restores entries per organization; finance accounts need an active currency", async () => {
    const other = await hub.tokenFor(OTHER_ADMIN);
    expect(
      ok(
        await hub.gql(
          `mutation { setReferenceActive(list: CURRENCY, code: "try", isActive: false) }`,
          {},
          other,
        ),
      ).setReferenceActive,
    ).toBe(false);
    expect(
      ok(await hub.gql(`{ currencies { code } }`, {}, other)).currencies.map(
        (c: { code: string }) => c.code,
      ),
    ).not.toContain("TRY");
    expect(
      ok(await hub.gql(`{ currencies(activeOnly: false) { code isActive } }`, {}, other))
        .currencies,
    ).toContainEqual({ code: "TRY", isActive: false });
    expect(
      ok(await hub.gql(`{ currencies { code } }`)).currencies.map((c: { code: string }) => c.code),
    ).toContain("TRY"); // the demo organization keeps it
    expect(
      failure(
        await hub.gql(
          `mutation { createFinanceAccount(input: { code: "1200", name: "Lira bank", accountType: ASSET, currency: "TRY" }) { id } }`,
          {},
          other,
        ),
      ),
    ).toMatchObject({ code: "BAD_USER_INPUT", field: "input.currency" });
    expect(
      ok(
        await hub.gql(
          `mutation { createFinanceAccount(input: { code: "1201", name: "Euro bank", accountType: ASSET, currency: "eur" }) { currency } }`,
          {},
          other,
        ),
      ).createFinanceAccount.currency,
    ).toBe("EUR");
    expect(
      failure(
        await hub.gql(
          `mutation { setReferenceActive(list: COUNTRY, code: "XX", isActive: false) }`,
          {},
          other,
        ),
      ).code,
    ).toBe("NOT_FOUND");
    expect(
      failure(
        await hub.gql(
          `mutation { setReferenceActive(list: COUNTRY, code: "DE", isActive: false) }`,
          {},
          await hub.tokenFor("priya.natarajan@sophiesociety.com"),
        ),
      ).code,
    ).toBe("FORBIDDEN");
  });
});
