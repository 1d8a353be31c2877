// API keys and role grants. Keys are returned once and stored hashed; a revoked or expired
// key stops working on its next request (every request looks the key up).
import type { Context } from "../../graphql/context";
import { badInput, conflict, notFound } from "../../lib/errors";
import { requireRecord } from "../../graphql/records";
import { nonBlank } from "../../graphql/validation";
import { newApiKey } from "../../auth/apiKeys";
import { requireHeld, requireRoleWithin, rolePermissions } from "../../auth/roleGrants";
import type { ApiKey, Role } from "./access.type";

type KeyRow = {
  id: string;
  name: string;
  prefix: string;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  createdAt: Date;
  createdById: string | null;
  role: { name: string };
};

export const toApiKey = (k: KeyRow): ApiKey => ({
  ...k,
  role: k.role.name,
  isActive: !k.revokedAt && (!k.expiresAt || k.expiresAt.getTime() > Date.now()),
});

export async function findRole(ctx: Context, name: string) {
  const role = await ctx.prisma.role.findFirst({
    where: { organizationId: ctx.organizationId, name },
  });
  if (!role) throw notFound("Role", name);
  return role;
}

export async function createApiKey(
  ctx: Context,
  name: string,
  roleName: string,
  expiresAt: Date | null | undefined,
) {
  const label = nonBlank("name", name)!;
  const role = await findRole(ctx, roleName);
  await requireRoleWithin(
    ctx.prisma,
    ctx.organizationId,
    ctx.viewer,
    role.name,
    `An API key with the role ${role.name}`,
    "role",
  );
  if (expiresAt && expiresAt.getTime() <= Date.now())
    throw badInput("expiresAt", "expiresAt must be in the future.");
  const { key, prefix, hash } = newApiKey();
  const row = await ctx.prisma.apiKey.create({
    data: {
      organizationId: ctx.organizationId,
      name: label,
      prefix,
      keyHash: hash,
      roleId: role.id,
      createdById: ctx.viewer.staffId,
      expiresAt: expiresAt ?? null,
    },
    include: { role: { select: { name: true } } },
  });
  return { apiKey: toApiKey(row), key };
}

export async function revokeApiKey(ctx: Context, id: string): Promise<ApiKey> {
  const key = await requireRecord(ctx, ctx.prisma.apiKey, "API key", id);
  if (key.revokedAt) throw badInput("id", "This API key is already revoked.");
  return toApiKey(
    await ctx.prisma.apiKey.update({
      where: { id: key.id },
      data: { revokedAt: new Date() },
      include: { role: { select: { name: true } } },
    }),
  );
}

export async function rolesWithPermissions(ctx: Context, where: object = {}): Promise<Role[]> {
  const roles = await ctx.prisma.role.findMany({
    where: { organizationId: ctx.organizationId, ...where },
    orderBy: { name: "asc" },
    include: { grants: { include: { permission: { select: { name: true } } } } },
  });
  return roles.map((r) => ({ ...r, permissions: r.grants.map((g) => g.permission.name).sort() }));
}

async function grant(ctx: Context, roleId: string, permissions: string[]) {
  const known = await ctx.prisma.permission.findMany({ where: { name: { in: permissions } } });
  const unknown = permissions.filter((p) => !known.some((k) => k.name === p));
  if (unknown.length)
    throw badInput(
      "permissions",
      `Unknown permission(s): ${unknown.join(", ")}. The \`permissions\` query lists them.`,
    );
  await ctx.prisma.rolePermission.deleteMany({ where: { roleId } });
  await ctx.prisma.rolePermission.createMany({
    data: known.map((p) => ({ organizationId: ctx.organizationId, roleId, permissionId: p.id })),
  });
}

export async function setRolePermissions(
  ctx: Context,
  name: string,
  permissions: string[],
): Promise<Role> {
  const role = await findRole(ctx, name);
  if (role.name === "admin" && !permissions.includes("access:manage")) {
    throw badInput(
      "permissions",
      "The admin role must keep access:manage, or nobody could manage access any more.",
    );
  }
  const before = await rolePermissions(ctx.prisma, ctx.organizationId, role.name);
  const after = [...new Set(permissions)].sort();
  // Only a role within one's own permissions is one's to change (taking from a stronger
  // role, the admins' included, is not a lesser manager's call either).
  requireHeld(
    ctx.viewer,
    new Set([...before, ...after]),
    `Changing the role ${role.name}`,
    "permissions",
  );
  await grant(ctx, role.id, after);
  await auditGrants(ctx, "setRolePermissions", role.id, before, after);
  return (await rolesWithPermissions(ctx, { id: role.id }))[0];
}

/** Grants live in role_permissions, which has no row id to audit: the role's entry records them. */
async function auditGrants(
  ctx: Context,
  action: string,
  roleId: string,
  before: string[],
  after: string[],
) {
  if (before.join() === after.join()) return;
  await ctx.prisma.auditLog.create({
    data: {
      organizationId: ctx.organizationId,
      actorId: ctx.viewer.staffId,
      apiKeyId: ctx.viewer.apiKeyId,
      action,
      tableName: "roles",
      recordId: roleId,
      operation: "update",
      changes: { permissions: [before, after] },
    },
  });
}

export async function createRole(
  ctx: Context,
  name: string,
  description: string | null | undefined,
  permissions: string[],
): Promise<Role> {
  if (!/^[a-z][a-z0-9_]*$/.test(name))
    throw badInput(
      "name",
      `Role names are lower-case words joined by underscores, e.g. service_reporting (got "${name}").`,
    );
  if (await ctx.prisma.role.findFirst({ where: { organizationId: ctx.organizationId, name } }))
    throw conflict(`A role named ${name} exists already.`, "name");
  const granted = [...new Set(permissions)].sort();
  requireHeld(ctx.viewer, granted, `Creating a role`, "permissions");
  const role = await ctx.prisma.role.create({
    data: { organizationId: ctx.organizationId, name, description: description ?? null },
  });
  await grant(ctx, role.id, granted);
  await auditGrants(ctx, "createRole", role.id, [], granted);
  return (await rolesWithPermissions(ctx, { id: role.id }))[0];
}
