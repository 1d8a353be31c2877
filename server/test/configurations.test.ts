// Configurations over HTTP: built-in ones with defaults, values checked against their type
// and JSON Schema rules on write, an organization's own configurations, reset, isolation.
import { TARGETS } from "./support/databases";
import { OTHER_ADMIN, failure, ok, startTestHub, type TestHub } from "./support/hub";

const CONFIG = `query($c: String!, $k: String!) { configuration(category: $c, key: $k) { category key value defaultValue dataType isDefault updatedBy { email } } }`;
const SET = `mutation($c: String!, $k: String!, $v: JSON!) { setConfiguration(category: $c, key: $k, value: $v) { value isDefault } }`;

describe.each(TARGETS)("configurations on %s", (target) => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub(target);
  });
  afterAll(() => hub.close());

  it("answers built-in configurations with their defaults until the organization sets its own", async () => {
    const stages = ok(await hub.gql(CONFIG, { c: "pipeline", k: "stages" })).configuration;
    expect(stages).toMatchObject({
      category: "pipeline",
      key: "stages",
      dataType: "ARRAY",
      isDefault: true,
      updatedBy: null,
    });
    expect(stages.value.map((s: any) => s.key)).toEqual([
      "prospecting",
      "qualification",
      "proposal",
      "negotiation",
      "closed_won",
      "closed_lost",
    ]);
    expect(ok(await hub.gql(CONFIG, { c: "pipeline", k: "nothing" })).configuration).toBeNull();
    const all = ok(await hub.gql(`{ configurations { category key } }`)).configurations;
    expect(all).toEqual(
      expect.arrayContaining([
        { category: "commission", key: "default_structure" },
        { category: "pipeline", key: "stages" },
      ]),
    );
  });

  it("checks every value against its type and rules, saying where it is wrong", async () => {
    expect(
      failure(await hub.gql(SET, { c: "pipeline", k: "stages", v: { not: "a list" } })),
    ).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "value",
      message: "This configuration holds a array; got object.",
    });
    const tooLikely = [
      { key: "new", name: "New", probability: 10 },
      { key: "won", name: "Won", probability: 101, outcome: "won" },
      { key: "lost", name: "Lost", probability: 0, outcome: "lost" },
    ];
    expect(
      failure(await hub.gql(SET, { c: "pipeline", k: "stages", v: tooLikely })).message,
    ).toMatch(/value\.1\.probability must be <= 100/);
    const twice = [
      { key: "new", name: "New", probability: 10 },
      { key: "new", name: "Again", probability: 20 },
      { key: "won", name: "Won", probability: 100, outcome: "won" },
      { key: "lost", name: "Lost", probability: 0, outcome: "lost" },
    ];
    expect(failure(await hub.gql(SET, { c: "pipeline", k: "stages", v: twice })).message).toBe(
      'The stage key "new" is used twice.',
    );
    const noLost = [
      { key: "new", name: "New", probability: 10 },
      { key: "won", name: "Won", probability: 100, outcome: "won" },
      { key: "maybe", name: "Maybe", probability: 50 },
    ];
    expect(failure(await hub.gql(SET, { c: "pipeline", k: "stages", v: noLost })).message).toMatch(
      /outcome "won" and one with outcome "lost"/,
    );
    expect(
      failure(
        await hub.gql(SET, {
          c: "commission",
          k: "default_structure",
          v: {
            type: "tiered",
            tiers: [
              { upTo: 100, rate: 0.1 },
              { upTo: 50, rate: 0.2 },
            ],
          },
        }),
      ).message,
    ).toBe("Tier bounds (upTo) must rise from one tier to the next.");
    expect(failure(await hub.gql(SET, { c: "nope", k: "nothing", v: 1 })).code).toBe("NOT_FOUND");
  });

  it("stores a valid value, tells who set it, and resets to the default", async () => {
    const stages = [
      { key: "lead", name: "Lead", probability: 5 },
      { key: "pitch", name: "Pitch", probability: 40 },
      { key: "signed", name: "Signed", probability: 100, outcome: "won" },
      { key: "passed", name: "Passed", probability: 0, outcome: "lost" },
    ];
    expect(
      ok(await hub.gql(SET, { c: "pipeline", k: "stages", v: stages })).setConfiguration,
    ).toEqual({ value: stages, isDefault: false });
    expect(ok(await hub.gql(CONFIG, { c: "pipeline", k: "stages" })).configuration).toMatchObject({
      isDefault: false,
      updatedBy: { email: "sophie.admin@sophiesociety.com" },
    });
    // Another organization still has the default.
    const other = await hub.tokenFor(OTHER_ADMIN);
    expect(
      ok(await hub.gql(CONFIG, { c: "pipeline", k: "stages" }, other)).configuration.isDefault,
    ).toBe(true);
    const reset = ok(
      await hub.gql(
        `mutation { resetConfiguration(category: "pipeline", key: "stages") { isDefault value } }`,
      ),
    ).resetConfiguration;
    expect(reset.isDefault).toBe(true);
    expect(reset.value[0].key).toBe("prospecting");
  });

  it("lets an organization define configurations of its own, with rules", async () => {
    const define = (input: unknown) =>
      hub.gql(
        `mutation($i: DefineConfigurationInput!) { defineConfiguration(input: $i) { category key value dataType isDefault } }`,
        { i: input },
      );
    expect(
      failure(await define({ category: "Alerts", key: "x", dataType: "NUMBER", value: 1 })).field,
    ).toBe("input.category");
    expect(
      failure(
        await define({
          category: "alerts",
          key: "threshold",
          dataType: "NUMBER",
          value: 1,
          validationRules: { type: "numbr" },
        }),
      ).message,
    ).toMatch(/not a valid JSON Schema/);
    expect(
      failure(
        await define({
          category: "alerts",
          key: "threshold",
          dataType: "NUMBER",
          value: 120,
          validationRules: { minimum: 0, maximum: 100 },
        }),
      ).message,
    ).toMatch(/value must be <= 100/);
    expect(
      failure(await define({ category: "pipeline", key: "stages", dataType: "ARRAY", value: [] }))
        .message,
    ).toMatch(/built in/);
    expect(
      ok(
        await define({
          category: "alerts",
          key: "threshold",
          dataType: "NUMBER",
          value: 40,
          validationRules: { minimum: 0, maximum: 100 },
        }),
      ).defineConfiguration,
    ).toEqual({
      category: "alerts",
      key: "threshold",
      value: 40,
      dataType: "NUMBER",
      isDefault: false,
    });
    expect(failure(await hub.gql(SET, { c: "alerts", k: "threshold", v: "high" })).message).toBe(
      "This configuration holds a number; got string.",
    );
    expect(
      ok(await hub.gql(SET, { c: "alerts", k: "threshold", v: 55 })).setConfiguration.value,
    ).toBe(55);
    expect(
      ok(
        await hub.gql(
          `mutation { resetConfiguration(category: "alerts", key: "threshold") { key } }`,
        ),
      ).resetConfiguration,
    ).toBeNull();
    expect(ok(await hub.gql(CONFIG, { c: "alerts", k: "threshold" })).configuration).toBeNull();
  });

  it("keeps configuration changes to those who may change settings", async () => {
    const leader = await hub.tokenFor("priya.natarajan@sophiesociety.com");
    expect(failure(await hub.gql(SET, { c: "pipeline", k: "stages", v: [] }, leader)).code).toBe(
      "FORBIDDEN",
    );
  });
});
