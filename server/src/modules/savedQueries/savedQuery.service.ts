// Saved queries: everyone keeps their own and sees those shared in the organization; only
// the owner changes or removes one. A query is checked against the schema when saved, so a
// saved query runs (until the schema changes under it).
import { type GraphQLError, parse, validate, type GraphQLSchema } from "graphql";
import type { Context } from "../../graphql/context";
import { NOBODY } from "../../graphql/scope";
import { badInput, forbidden } from "../../lib/errors";
import { requireRecord } from "../../graphql/records";
import { nonBlank } from "../../graphql/validation";
import type { SaveQueryInput, SavedQuery } from "./savedQuery.type";

const visible = (ctx: Context) => ({
  OR: [{ ownerId: ctx.viewer.staffId ?? NOBODY }, { isShared: true }],
});

export const findSavedQuery = (ctx: Context, id: string) =>
  requireRecord(ctx, ctx.prisma.savedQuery, "SavedQuery", id, visible(ctx)) as Promise<SavedQuery>;

export function listSavedQueries(ctx: Context, sharedOnly: boolean): Promise<SavedQuery[]> {
  return ctx.prisma.savedQuery.findMany({
    where: {
      organizationId: ctx.organizationId,
      ...(sharedOnly ? { isShared: true } : visible(ctx)),
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  }) as Promise<SavedQuery[]>;
}

/** Parse and validation errors, with where they are. */
function checkQuery(schema: GraphQLSchema, query: string): void {
  let errors: readonly GraphQLError[];
  try {
    errors = validate(schema, parse(query));
  } catch (err) {
    errors = [err as GraphQLError];
  }
  if (errors.length) {
    const where = (e: GraphQLError) =>
      e.locations?.[0] ? ` (line ${e.locations[0].line}, column ${e.locations[0].column})` : "";
    throw badInput(
      "input.query",
      `The query does not run against the schema: ${errors.map((e) => `${e.message}${where(e)}`).join(" ")}`,
    );
  }
}

export async function saveQuery(
  ctx: Context,
  schema: GraphQLSchema,
  input: SaveQueryInput,
): Promise<SavedQuery> {
  if (ctx.viewer.kind !== "staff" || !ctx.viewer.staffId)
    throw badInput(
      "input",
      "Saved queries belong to a person; sign in as one (API keys run queries without saving them).",
    );
  checkQuery(schema, input.query);
  if (
    input.variables !== undefined &&
    (typeof input.variables !== "object" ||
      input.variables === null ||
      Array.isArray(input.variables))
  ) {
    throw badInput("input.variables", 'variables is an object, e.g. { "status": "AT_RISK" }.');
  }
  const values = {
    name: nonBlank("input.name", input.name)!,
    description: input.description?.trim() || null,
    query: input.query,
    ...(input.variables !== undefined ? { variables: input.variables as never } : {}),
    ...(input.isShared !== undefined ? { isShared: input.isShared } : {}),
  };
  if (!input.id)
    return ctx.prisma.savedQuery.create({
      data: { organizationId: ctx.organizationId, ownerId: ctx.viewer.staffId, ...values },
    }) as Promise<SavedQuery>;
  const stored = await findSavedQuery(ctx, input.id);
  if (stored.ownerId !== ctx.viewer.staffId)
    throw forbidden("Only its owner changes a saved query; save a copy under your own name.");
  return ctx.prisma.savedQuery.update({
    where: { id: stored.id },
    data: values,
  }) as Promise<SavedQuery>;
}

export async function deleteSavedQuery(ctx: Context, id: string): Promise<SavedQuery> {
  const stored = await findSavedQuery(ctx, id);
  if (stored.ownerId !== ctx.viewer.staffId)
    throw forbidden("Only its owner removes a saved query.");
  await ctx.prisma.savedQuery.delete({ where: { id: stored.id } });
  return stored;
}

/** The request as a shell command, with the API key left to the environment. */
export function curlOf(q: SavedQuery, origin: string): string {
  const body = JSON.stringify({ query: q.query, variables: q.variables ?? {} }).replace(
    /'/g,
    "'\\''",
  );
  return `curl -sS ${origin}/graphql -H 'content-type: application/json' -H "authorization: Bearer $HUB_API_KEY" --data '${body}'`;
}
