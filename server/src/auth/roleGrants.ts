// Nobody hands out more than they hold: giving a staff member or an API key a role, adding
// permissions to a role, or acting on an account whose role holds more than one's own, needs
// every permission involved. This is what keeps staff:write (or access:manage on a narrower
// custom role) from becoming admin.
import type { HubPrisma } from "../db/database";
import { forbidden } from "../lib/errors";
import type { FieldReader } from "./fieldPermissions";
import { isPermission } from "./permissions";

/** The permissions a role grants in the organization (none for a role it does not have). */
export async function rolePermissions(
  prisma: HubPrisma,
  organizationId: string,
  role: string,
): Promise<string[]> {
  const grants = await prisma.rolePermission.findMany({
    where: { organizationId, role: { name: role } },
    select: { permission: { select: { name: true } } },
  });
  return grants.map((g) => g.permission.name).sort();
}

/** Refuses what would grant permissions the viewer lacks (what: the act, for the message); names no permission has are for the caller to refuse as bad input. */
export function requireHeld(
  viewer: FieldReader,
  permissions: Iterable<string>,
  what: string,
  field?: string,
): void {
  const lacking = [...permissions].filter((p) => isPermission(p) && !viewer.permissions.has(p));
  if (!lacking.length) return;
  const err = forbidden(
    `${what} needs every permission it grants; the role ${viewer.role} does not have ${lacking.sort().join(", ")}.`,
  );
  if (field) err.extensions.field = field;
  throw err;
}

/** Refuses giving (or acting on an account with) a role that holds more than the viewer. */
export async function requireRoleWithin(
  prisma: HubPrisma,
  organizationId: string,
  viewer: FieldReader,
  role: string,
  what: string,
  field?: string,
): Promise<void> {
  requireHeld(viewer, await rolePermissions(prisma, organizationId, role), what, field);
}
