// The one permission check: @Authorized("perm:name", …) on queries, mutations and fields,
// typed by the permission catalogue (auth/permissions.ts) so a misspelt permission does not
// compile. Each argument must hold; a list holds when any one of its permissions does, e.g.
// @Authorized(["self:write", "tasks:manage"]). A denial names what is missing and the role.
import { Authorized as TypeGraphQLAuthorized, type AuthCheckerFn } from "type-graphql";
import type { Context } from "./context";
import type { Permission } from "../auth/permissions";
import { readPermission } from "../auth/fieldPermissions";
import { forbidden } from "../lib/errors";

/** A permission, or a list of which any one will do. */
export type Requirement = Permission | readonly Permission[];

const ANY = "|";

/** TypeGraphQL's @Authorized with typed permissions (the only one the modules use). */
export const Authorized = (...required: Requirement[]) =>
  TypeGraphQLAuthorized(required.map((r) => (typeof r === "string" ? r : r.join(ANY))));

/**
 * @Guarded on an entity's field: the read permission the field-permission registry gives it
 * (the class's name is the entity's). The schema refuses to build when a registered field
 * has no guard (graphql/fieldGuards.ts), so the registry is the one place that decides.
 */
export const Guarded: PropertyDecorator = (target, key) => {
  const entity = target.constructor.name;
  const permission = readPermission(entity, String(key));
  if (!permission)
    throw new Error(`${entity}.${String(key)} is not in the field-permission registry.`);
  Authorized(permission)(target, key);
};

const missing = (permissions: ReadonlySet<string>, required: readonly string[]) =>
  required.filter((r) => !r.split(ANY).some((p) => permissions.has(p)));

const describe = (needs: string[]) => needs.map((n) => n.split(ANY).join(" or ")).join(" and ");

export const authChecker: AuthCheckerFn<Context> = ({ context, info }, required) => {
  const lacking = missing(context.viewer.permissions, required);
  if (lacking.length) {
    throw forbidden(
      `${info.parentType.name}.${info.fieldName} needs the permission ${describe(lacking)}, which the role ${context.viewer.role} does not have.`,
    );
  }
  return true;
};

/** The same rule inside services (e.g. financial input fields); a list: any one of them. */
export function requirePermission(ctx: Context, permission: Requirement, what: string): void {
  const needed = typeof permission === "string" ? permission : permission.join(ANY);
  if (missing(ctx.viewer.permissions, [needed]).length) {
    throw forbidden(
      `${what} needs the permission ${describe([needed])}, which the role ${ctx.viewer.role} does not have.`,
    );
  }
}
