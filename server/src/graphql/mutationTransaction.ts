// Each mutation is atomic: a savepoint inside the request's transaction, which first names
// the action and the actor (hub.* settings) so the audit trigger records every changed row
// with its diff. A mutation that fails rolls back to its savepoint and leaves nothing
// behind, while earlier mutations of the same request stand. Only the Mutation type's
// resolvers are wrapped (a global middleware would make every field of every read a promise).
import { defaultFieldResolver, type GraphQLSchema } from "graphql";
import type { Context } from "./context";

let savepoints = 0;

async function inSavepoint<T>(context: Context, action: string, run: () => Promise<T>): Promise<T> {
  const tx = context.prisma;
  const name = `mutation_${++savepoints}`;
  await tx.$executeRawUnsafe(`SAVEPOINT ${name}`);
  await tx.$executeRaw`SELECT set_config('hub.action', ${action}, true),
    set_config('hub.actor_id', ${context.viewer.staffId ?? ""}, true),
    set_config('hub.api_key_id', ${context.viewer.apiKeyId ?? ""}, true)`;
  try {
    const result = await run();
    await tx.$executeRawUnsafe(`RELEASE SAVEPOINT ${name}`);
    return result;
  } catch (err) {
    await tx.$executeRawUnsafe(`ROLLBACK TO SAVEPOINT ${name}`);
    throw err;
  } finally {
    await tx.$executeRaw`SELECT set_config('hub.action', '', true)`.catch(() => undefined);
  }
}

export function mutationsInSavepoints(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, context: Context, info) =>
      inSavepoint(context, info.fieldName, async () => resolve(source, args, context, info));
  }
  return schema;
}
