// Analysts read the schema in the playground: every type, field, argument, input field and
// enum value the server introspects to carries a description, and derived types (filters,
// inputs, aggregates) say what the entity field they stand for says.
import {
  buildClientSchema,
  getIntrospectionQuery,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type IntrospectionQuery,
} from "graphql";
import { ok, startTestHub, type TestHub } from "./support/hub";

let hub: TestHub;
let schema: ReturnType<typeof buildClientSchema>;
beforeAll(async () => {
  hub = await startTestHub("pglite");
  schema = buildClientSchema(ok(await hub.gql(getIntrospectionQuery())) as IntrospectionQuery);
});
afterAll(() => hub.close());

it("describes every type, field, argument, input field and enum value", () => {
  const undescribed: string[] = [];
  const check = (where: string, description: string | null | undefined) => {
    if (!description?.trim()) undescribed.push(where);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (
      type.name.startsWith("__") ||
      ["String", "Int", "Float", "Boolean", "ID"].includes(type.name)
    )
      continue;
    check(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
        for (const arg of "args" in field ? field.args : [])
          check(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    }
    if (isEnumType(type))
      for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
  }
  expect(undescribed).toEqual([]);
  expect(Object.keys(schema.getTypeMap()).length).toBeGreaterThan(250);
});

it("gives derived types the entity field's words, and examples where a value has a shape", () => {
  const fields = (name: string) =>
    (
      schema.getType(name) as { getFields(): Record<string, { description?: string | null }> }
    ).getFields();
  const status = fields("Partner").status.description;
  expect(status).toContain("e.g. ACTIVE");
  for (const derived of [
    "PartnerFilter",
    "CreatePartnerInput",
    "UpdatePartnerInput",
    "PartnerOrderBy",
    "PartnerAggregateKey",
  ]) {
    expect(fields(derived).status.description).toBe(status);
  }
  expect(fields("AsinAggregateKey").partnerId.description).toBe(
    `Id of: ${fields("Asin").partner.description}`,
  );
  expect(fields("StringFilter").contains.description).toMatch(/ignoring case/);
  expect(
    schema
      .getQueryType()!
      .getFields()
      .partners.args.find((a) => a.name === "filter")!.description,
  ).toMatch(/e\.g\. \{ status: \{ eq: ACTIVE \}/);
  const groupBy = schema.getType("PartnerGroupBy");
  expect(isEnumType(groupBy) && groupBy.getValue("CREATED_AT_MONTH")!.description).toBe(
    "Group by createdAt, one group per month (key.createdAt is its first day).",
  );
});
