// The one place where failures become GraphQL responses with extensions.code: known errors
// (lib/errors.ts) pass, database errors translate (db/databaseErrors.ts), the rest is masked.
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { fromDatabaseError } from "../db/databaseErrors";

/** Apollo formatError: known errors pass, database errors translate, the rest is masked. */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.code as string | undefined;
  if (original instanceof GraphQLError && code && code !== "INTERNAL_SERVER_ERROR") {
    const { http: _http, ...extensions } = (original.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, extensions: { ...extensions, code } };
  }
  if (
    code &&
    [
      "GRAPHQL_VALIDATION_FAILED",
      "GRAPHQL_PARSE_FAILED",
      "BAD_USER_INPUT",
      "BAD_REQUEST",
      "PERSISTED_QUERY_NOT_FOUND",
      "OPERATION_RESOLUTION_FAILURE",
    ].includes(code)
  ) {
    return formatted;
  }
  const translated = fromDatabaseError(original);
  if (translated)
    return {
      message: translated.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { ...translated.extensions },
    };
  console.error("graphql: unexpected error", original);
  return {
    message: "Internal server error",
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}
