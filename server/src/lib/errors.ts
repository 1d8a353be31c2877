// The one error type set: services, the engine and auth throw these GraphQL errors, each
// with its extensions.code (and HTTP status where one applies); graphql/errors.ts formats them.
import { GraphQLError } from "graphql";

export type ErrorCode =
  | "BAD_USER_INPUT"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "INTERNAL_SERVER_ERROR";

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = { UNAUTHENTICATED: 401, RATE_LIMITED: 429 };

export function hubError(
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  const status = HTTP_STATUS[code];
  return new GraphQLError(message, {
    extensions: { code, ...extensions, ...(status ? { http: { status } } : {}) },
  });
}

/** Bad input: names the offending field (input path such as "input.email") and, in the pipeline, the row. */
export const badInput = (field: string, message: string, extra: Record<string, unknown> = {}) =>
  hubError("BAD_USER_INPUT", message, { field, ...extra });
export const notFound = (what: string, id: string) =>
  hubError("NOT_FOUND", `${what} ${id} was not found.`, { id });
export const conflict = (message: string, field?: string) =>
  hubError("CONFLICT", message, field ? { field } : {});
export const forbidden = (message: string) => hubError("FORBIDDEN", message);
export const unauthenticated = (message: string) => hubError("UNAUTHENTICATED", message);

/** 429 with Retry-After: the caller should wait that many seconds. */
export function rateLimited(message: string, retryAfterSeconds: number): GraphQLError {
  const err = hubError("RATE_LIMITED", `${message} Retry in ${retryAfterSeconds} s.`, {
    retryAfterSeconds,
  });
  (err.extensions.http as { headers?: Map<string, string> }).headers = new Map([
    ["retry-after", String(retryAfterSeconds)],
  ]);
  return err;
}
