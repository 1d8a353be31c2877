import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { Authorized } from "../../graphql/authChecker";
import type { Context } from "../../graphql/context";
import { PageArgsType, listConnection, pageOf } from "../../graphql/connection";
import { DateTimeScalar, JSONScalar } from "../../graphql/scalars";
import { entityOfTable, redactValues } from "../../auth/fieldPermissions";
import { Partner } from "../partners/partner.type";
import { Staff } from "../staff/staff.type";
import { staffById } from "../staff/staff.loaders";
import {
  ApiKey,
  AuditLogConnection,
  AuditLogEntry,
  CreatedApiKey,
  Permission,
  Role,
  auditFilter,
  auditOrder,
} from "./access.type";
import {
  createApiKey,
  createRole,
  revokeApiKey,
  rolesWithPermissions,
  setRolePermissions,
  toApiKey,
} from "./access.service";

const opt = { nullable: true };

@ArgsType()
export class AuditLogArgs extends PageArgsType {
  @Field(() => auditFilter.input, opt) filter?: Record<string, unknown>;
  @Field(() => [auditOrder.input], { ...opt, description: "Default: createdAt descending." })
  orderBy?: Record<string, string>[];
}

@ArgsType()
export class HistoryArgs extends PageArgsType {
  @Field(() => [auditOrder.input], { ...opt, description: "Default: newest first." })
  orderBy?: Record<string, string>[];
}

const auditLogs = (ctx: Context, args: AuditLogArgs, scope: object = {}) =>
  listConnection(
    AuditLogConnection,
    ctx.prisma.auditLog as never,
    { organizationId: ctx.organizationId, ...scope },
    { filter: args.filter, orderBy: args.orderBy, page: pageOf(args), viewer: ctx.viewer },
    auditFilter,
    auditOrder,
  );

@Resolver()
export class AccessResolver {
  @Authorized("access:manage")
  @Query(() => [Permission], { description: "Every permission a role can grant." })
  permissions(@Ctx() ctx: Context) {
    return ctx.prisma.permission.findMany({ orderBy: { name: "asc" } });
  }

  @Authorized("access:manage")
  @Query(() => [Role], { description: "The organization's roles and the permissions each grants." })
  roles(@Ctx() ctx: Context) {
    return rolesWithPermissions(ctx);
  }

  @Authorized("access:manage")
  @Mutation(() => Role, { description: "Replaces the permissions a role grants." })
  setRolePermissions(
    @Ctx() ctx: Context,
    @Arg("role", () => String, { description: "The role's name." }) role: string,
    @Arg("permissions", () => [String], { description: "The full new list of permissions." })
    permissions: string[],
  ) {
    return setRolePermissions(ctx, role, permissions);
  }

  @Authorized("access:manage")
  @Mutation(() => Role, { description: "Adds a role (e.g. a service role for API keys)." })
  createRole(
    @Ctx() ctx: Context,
    @Arg("name", () => String, { description: 'The new role\'s name, e.g. "service_reporting".' })
    name: string,
    @Arg("permissions", () => [String], {
      description: 'Permissions it grants, e.g. ["partners:read", "graphql:ad_hoc"].',
    })
    permissions: string[],
    @Arg("description", () => String, { ...opt, description: "What the role is for." })
    description?: string,
  ) {
    return createRole(ctx, name, description, permissions);
  }

  @Authorized("access:manage")
  @Query(() => [ApiKey], {
    description: "The organization's API keys (prefixes only), newest first.",
  })
  async apiKeys(
    @Ctx() ctx: Context,
    @Arg("includeRevoked", () => Boolean, {
      defaultValue: false,
      description: "Include revoked keys.",
    })
    includeRevoked: boolean,
  ) {
    const rows = await ctx.prisma.apiKey.findMany({
      where: { organizationId: ctx.organizationId, ...(includeRevoked ? {} : { revokedAt: null }) },
      orderBy: { createdAt: "desc" },
      include: { role: { select: { name: true } } },
    });
    return rows.map(toApiKey);
  }

  @Authorized("access:manage")
  @Mutation(() => CreatedApiKey, {
    description: "Creates an API key with a role; the key is in the answer and nowhere else.",
  })
  createApiKey(
    @Ctx() ctx: Context,
    @Arg("name", () => String, { description: 'What the key is for, e.g. "Finance export job".' })
    name: string,
    @Arg("role", () => String, {
      description: 'The role whose permissions the key has, e.g. "service_finance".',
    })
    role: string,
    @Arg("expiresAt", () => DateTimeScalar, {
      ...opt,
      description: "When the key stops working; never when omitted.",
    })
    expiresAt?: Date,
  ) {
    return createApiKey(ctx, name, role, expiresAt);
  }

  @Authorized("access:manage")
  @Mutation(() => ApiKey, { description: "Revokes an API key; it stops working at once." })
  revokeApiKey(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return revokeApiKey(ctx, id);
  }

  @Authorized("audit:read")
  @Query(() => AuditLogConnection, { description: "Who changed what, newest first." })
  auditLogs(@Ctx() ctx: Context, @Args(() => AuditLogArgs) args: AuditLogArgs) {
    return auditLogs(ctx, args);
  }
}

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @FieldResolver(() => Staff, { ...opt, description: "Who created the key." })
  createdBy(@Root() k: ApiKey, @Ctx() ctx: Context) {
    return k.createdById ? ctx.loaders.get(staffById).load(k.createdById) : null;
  }
}

@Resolver(() => AuditLogEntry)
export class AuditLogResolver {
  @FieldResolver(() => JSONScalar, {
    description:
      'Field-level diff: { column: [old, new] }; a column the viewer may not read shows "[redacted]".',
  })
  changes(@Root() e: AuditLogEntry, @Ctx() ctx: Context) {
    return redactValues(ctx.viewer, entityOfTable(e.tableName), e.changes, "column");
  }

  @FieldResolver(() => Staff, {
    ...opt,
    description: "Who made the change (null for an API key: see apiKeyId).",
  })
  actor(@Root() e: AuditLogEntry, @Ctx() ctx: Context) {
    return e.actorId ? ctx.loaders.get(staffById).load(e.actorId) : null;
  }
}

@Resolver(() => Partner)
export class PartnerHistoryResolver {
  @Authorized("audit:read")
  @FieldResolver(() => AuditLogConnection, {
    description: "Changes to this partner, newest first.",
  })
  history(@Root() p: Partner, @Ctx() ctx: Context, @Args(() => HistoryArgs) args: HistoryArgs) {
    return auditLogs(ctx, args, { tableName: "partners", recordId: p.id });
  }
}

@Resolver(() => Staff)
export class StaffHistoryResolver {
  @Authorized("audit:read")
  @FieldResolver(() => AuditLogConnection, {
    description: "Changes to this staff member, newest first.",
  })
  history(@Root() s: Staff, @Ctx() ctx: Context, @Args(() => HistoryArgs) args: HistoryArgs) {
    return auditLogs(ctx, args, { tableName: "staff", recordId: s.id });
  }
}
