import { Arg, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from "type-graphql";
import { Authorized } from "../../graphql/authChecker";
import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../../graphql/context";
import { Staff } from "../staff/staff.type";
import { staffById } from "../staff/staff.loaders";
import { SaveQueryInput, SavedQuery } from "./savedQuery.type";
import {
  curlOf,
  deleteSavedQuery,
  findSavedQuery,
  listSavedQueries,
  saveQuery,
} from "./savedQuery.service";

@Resolver(() => SavedQuery)
export class SavedQueryResolver {
  @Query(() => [SavedQuery], {
    description: "Your saved queries and those shared in the organization, by name.",
  })
  savedQueries(
    @Ctx() ctx: Context,
    @Arg("sharedOnly", () => Boolean, {
      defaultValue: false,
      description: "Only the queries shared with the organization.",
    })
    sharedOnly: boolean,
  ) {
    return listSavedQueries(ctx, sharedOnly);
  }

  @Query(() => SavedQuery, {
    nullable: true,
    description: "One saved query by id: yours, or one shared with the organization.",
  })
  savedQuery(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return findSavedQuery(ctx, id).catch(() => null);
  }

  @Authorized("self:write")
  @Mutation(() => SavedQuery, {
    description:
      "Saves a query (checked against the schema), or changes one of yours when input.id is given.",
  })
  saveQuery(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("input", () => SaveQueryInput) input: SaveQueryInput,
  ) {
    return saveQuery(ctx, info.schema, input);
  }

  @Authorized("self:write")
  @Mutation(() => SavedQuery, {
    description: "Removes one of your saved queries; returns it as it was.",
  })
  deleteSavedQuery(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return deleteSavedQuery(ctx, id);
  }

  @FieldResolver(() => Staff, { nullable: true, description: "Who saved it." })
  owner(@Root() q: SavedQuery, @Ctx() ctx: Context) {
    return ctx.loaders.get(staffById).load(q.ownerId);
  }

  @FieldResolver(() => String, {
    description:
      "The query as a curl command against this API, reading the key from $HUB_API_KEY (create one with createApiKey).",
  })
  curl(
    @Root() q: SavedQuery,
    @Arg("baseUrl", () => String, {
      defaultValue: "http://localhost:4000",
      description: 'The API\'s address as the caller reaches it, e.g. "https://hub.example.com".',
    })
    baseUrl: string,
  ) {
    return curlOf(q, baseUrl.replace(/\/+$/, ""));
  }
}
