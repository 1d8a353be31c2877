// `<entities>Aggregate(filter, groupBy)` for each root connection that row-level security
// fully scopes; the same read permission as the connection.
import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { Authorized } from "../../graphql/authChecker";
import type { ClassType } from "type-graphql";
import type { Context } from "../../graphql/context";
import type { Permission } from "../../auth/permissions";
import { runAggregate, type AggregateTable } from "./aggregate.sql";
import { aggregateTypes } from "./aggregate.types";

export function aggregateResolver(
  query: string,
  entity: string,
  table: AggregateTable,
  permission: Permission,
): ClassType {
  const { Group, GroupBy, groupings, numeric } = aggregateTypes(entity, table);
  @Resolver()
  class AggregateResolver {
    @Authorized(permission)
    @Query(() => [Group], {
      name: query,
      description: `Counts${numeric.length ? " and sums, averages, minimums and maximums" : ""} of ${entity} rows matching the filter, in one SQL statement, per group (one group when groupBy is empty). E.g. ${query}(groupBy: [${[...groupings.keys()][0] ?? ""}]) { key { ${[...groupings.values()][0]?.field ?? ""} } count }.`,
    })
    aggregate(
      @Ctx() ctx: Context,
      @Arg("filter", () => table.spec.input, { nullable: true }) filter?: Record<string, unknown>,
      @Arg("groupBy", () => [GroupBy], { nullable: true }) groupBy?: string[],
    ) {
      return runAggregate(
        ctx,
        table,
        filter,
        (groupBy ?? []).map((g) => groupings.get(g)!),
        numeric,
      );
    }
  }
  Object.defineProperty(AggregateResolver, "name", { value: `${entity}AggregateResolver` });
  return AggregateResolver;
}
