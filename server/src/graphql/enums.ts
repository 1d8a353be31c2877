// Seed enums become GraphQL enums named in upper case (at_risk → AT_RISK) whose internal
// values stay the database's lower-case values, so resolvers and Prisma never translate.
import { registerEnumType } from "type-graphql";

export type GqlEnum<V extends string> = Record<string, V>;

/** Registers the values of a Prisma enum (or a list of values) as a GraphQL enum, with what each value means. */
export function gqlEnum<V extends string>(
  values: Record<string, V> | readonly V[],
  name: string,
  description: string,
  meanings: Record<V, string>,
): GqlEnum<V> {
  const list: readonly V[] = Array.isArray(values)
    ? values
    : Object.values(values as Record<string, V>);
  const gql = Object.fromEntries(list.map((v) => [v.toUpperCase(), v])) as GqlEnum<V>;
  const valuesConfig = Object.fromEntries(
    list.map((v) => [v.toUpperCase(), { description: meanings[v] }]),
  );
  registerEnumType(gql, { name, description, valuesConfig });
  enumOrder.set(gql, list);
  return gql;
}

/** Declaration order of each registered enum (PostgreSQL sorts enums in this order). */
export const enumOrder = new Map<object, readonly string[]>();
