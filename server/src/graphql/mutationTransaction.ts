// Every mutation runs in its own transaction, which first names the action and the actor
// (SET LOCAL hub.*): the audit trigger then records each changed row with its diff in the
// same transaction, and a mutation that fails half-way leaves nothing behind.
import type { MiddlewareFn } from "type-graphql";
import type { HubPrisma } from "../db/database";
import type { Context } from "./context";

export const mutationTransaction: MiddlewareFn<Context> = async ({ context, info }, next) => {
  if (info.parentType.name !== "Mutation" || context.inTransaction) return next();
  const outer = context.prisma;
  return outer.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('hub.action', ${info.fieldName}, true),
      set_config('hub.actor_id', ${context.viewer.staffId ?? ""}, true),
      set_config('hub.api_key_id', ${context.viewer.apiKeyId ?? ""}, true)`;
    context.prisma = tx as HubPrisma;
    context.inTransaction = true;
    try {
      return await next();
    } finally {
      context.prisma = outer;
      context.inTransaction = false;
    }
  }, { timeout: 60_000, maxWait: 15_000 });
};

/** Runs fn in a transaction: the mutation's own when there is one, else a new one. */
export function inTransaction<T>(ctx: Context, fn: (tx: HubPrisma) => Promise<T>): Promise<T> {
  return ctx.inTransaction ? fn(ctx.prisma) : ctx.prisma.$transaction((tx) => fn(tx as HubPrisma));
}
