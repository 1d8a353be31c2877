// The one permission check: @Authorized("perm:name", …) on queries, mutations and fields.
// A denial names the missing permission and the viewer's role.
import type { AuthCheckerFn } from "type-graphql";
import type { Context } from "./context";
import { forbidden } from "../lib/errors";

export const authChecker: AuthCheckerFn<Context> = ({ context, info }, required) => {
  const missing = required.filter((p) => !context.viewer.permissions.has(p));
  if (missing.length) {
    throw forbidden(
      `${info.parentType.name}.${info.fieldName} needs the permission ${missing.join(" and ")}, which the role ${context.viewer.role} does not have.`,
    );
  }
  return true;
};

/** The same rule inside services (e.g. financial input fields). */
export function requirePermission(ctx: Context, permission: string, what: string): void {
  if (!ctx.viewer.permissions.has(permission)) {
    throw forbidden(
      `${what} needs the permission ${permission}, which the role ${ctx.viewer.role} does not have.`,
    );
  }
}
