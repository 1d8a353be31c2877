// Whether the person applying a change may write what it writes: the field-permission
// registry's write rules (a partner's financial fields, a staff member's role), and no
// staff account whose role holds more than the applier's own, be it the role given or the
// one the account has. A change they may not write becomes a conflict that says why, for
// someone who may; the rest of the batch applies.
import type { GraphQLError } from "graphql";
import { entityOfTable, requireWritable } from "../auth/fieldPermissions";
import { requireRoleWithin } from "../auth/roleGrants";
import { camel } from "../lib/names";
import type { EnrichmentScope } from "./scope";
import type { TargetTable } from "./targets";

export type WriteCheck = (
  target: TargetTable,
  creating: boolean,
  values: Record<string, unknown>,
  current?: Record<string, unknown>,
) => Promise<string | null>;

/** A checker for one apply run (a role's permissions are read once per run). */
export function writeChecker(ctx: EnrichmentScope): WriteCheck {
  const roles = new Map<string, Promise<string | null>>();
  const roleDenial = (role: string) => {
    if (!roles.has(role))
      roles.set(
        role,
        requireRoleWithin(
          ctx.prisma,
          ctx.organizationId,
          ctx.viewer,
          role,
          `Writing a staff member with the role ${role}`,
        ).then(
          () => null,
          (err: GraphQLError) => err.message,
        ),
      );
    return roles.get(role)!;
  };
  return async (target, creating, values, current) => {
    const entity = entityOfTable(target.table);
    if (!entity) return null;
    try {
      for (const column of Object.keys(values))
        requireWritable(ctx.viewer, entity, camel(column), undefined, creating);
    } catch (err) {
      return (err as GraphQLError).message;
    }
    if (entity !== "Staff") return null;
    for (const role of [values.role, current?.role])
      if (typeof role === "string") {
        const denied = await roleDenial(role);
        if (denied) return denied;
      }
    return null;
  };
}
