// Each mutation is atomic: a savepoint inside the request's transaction, which first names
// the action and the actor (hub.* settings) so the audit trigger records every changed row
// with its diff. A mutation that fails rolls back to its savepoint and leaves nothing
// behind, while earlier mutations of the same request stand.
import type { MiddlewareFn } from "type-graphql";
import type { Context } from "./context";

let savepoints = 0;

export const mutationTransaction: MiddlewareFn<Context> = async ({ context, info }, next) => {
  if (info.parentType.name !== "Mutation") return next();
  const tx = context.prisma;
  const name = `mutation_${++savepoints}`;
  await tx.$executeRawUnsafe(`SAVEPOINT ${name}`);
  await tx.$executeRaw`SELECT set_config('hub.action', ${info.fieldName}, true),
    set_config('hub.actor_id', ${context.viewer.staffId ?? ""}, true),
    set_config('hub.api_key_id', ${context.viewer.apiKeyId ?? ""}, true)`;
  try {
    const result = await next();
    await tx.$executeRawUnsafe(`RELEASE SAVEPOINT ${name}`);
    return result;
  } catch (err) {
    await tx.$executeRawUnsafe(`ROLLBACK TO SAVEPOINT ${name}`);
    throw err;
  } finally {
    await tx.$executeRaw`SELECT set_config('hub.action', '', true)`.catch(() => undefined);
  }
};
