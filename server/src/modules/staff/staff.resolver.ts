import { Arg, Args, ArgsType, Ctx, Field, ID, Mutation, Query, Resolver } from "type-graphql";
import { Authorized } from "../../graphql/authChecker";
import type { Context } from "../../graphql/context";
import { PageArgsType, listConnection, pageOf } from "../../graphql/connection";
import { archiveScope, organizationSql } from "../../graphql/records";
import { Staff, StaffConnection, staffFilter, staffOrder } from "./staff.type";
import { CreateStaffInput, UpdateStaffInput } from "./staff.inputs";
import { staffById } from "./staff.loaders";
import { archiveStaff, createStaff, findStaff, restoreStaff, updateStaff } from "./staff.service";

const opt = { nullable: true };

@ArgsType()
export class StaffArgs extends PageArgsType {
  @Field(() => staffFilter.input, opt) filter?: Record<string, unknown>;
  @Field(() => [staffOrder.input], {
    ...opt,
    description: "Sort order; the id breaks ties. Default: fullName ascending.",
  })
  orderBy?: Record<string, string>[];
  @Field(() => Boolean, { ...opt, defaultValue: false, description: "Include archived staff." })
  includeArchived?: boolean;
}

@Resolver(() => Staff)
export class StaffResolver {
  @Authorized("staff:read")
  @Query(() => StaffConnection, { description: "The organization's staff." })
  staffMembers(@Ctx() ctx: Context, @Args(() => StaffArgs) args: StaffArgs) {
    return listConnection(
      StaffConnection,
      ctx.prisma.staff as never,
      { organizationId: ctx.organizationId, ...archiveScope(args.includeArchived) },
      { filter: args.filter, orderBy: args.orderBy, page: pageOf(args), viewer: ctx.viewer },
      staffFilter,
      staffOrder,
      { prisma: ctx.prisma, model: "Staff", scope: organizationSql(ctx, args.includeArchived) },
    );
  }

  @Authorized("staff:read")
  @Query(() => Staff, { nullable: true, description: "A staff member by id." })
  staff(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("includeArchived", () => Boolean, {
      defaultValue: false,
      description: "Also find an archived staff member.",
    })
    includeArchived: boolean,
  ) {
    return findStaff(ctx, id, archiveScope(includeArchived)).catch(() => null);
  }

  @Authorized("staff:read")
  @Query(() => Staff, {
    nullable: true,
    description: "A staff member by sign-in email (any case).",
  })
  staffByEmail(
    @Ctx() ctx: Context,
    @Arg("email", () => String, {
      description: 'Their email, e.g. "priya@example.com" (case-insensitive).',
    })
    address: string,
  ) {
    return ctx.prisma.staff.findFirst({
      where: { organizationId: ctx.organizationId, email: address.trim().toLowerCase() },
    });
  }

  @Query(() => Staff, {
    nullable: true,
    description: "The signed-in staff member (null for an API key).",
  })
  viewer(@Ctx() ctx: Context) {
    return ctx.viewer.kind === "staff" && ctx.viewer.staffId
      ? ctx.loaders.get(staffById).load(ctx.viewer.staffId)
      : null;
  }

  @Query(() => [String], {
    description:
      'What the caller may do: the permissions its role grants (the signed-in person\'s or the API key\'s), sorted, e.g. ["partners:read", "pipeline:review"]. The dashboard shows only what these allow.',
  })
  viewerPermissions(@Ctx() ctx: Context): string[] {
    return [...ctx.viewer.permissions].sort();
  }

  @Authorized("staff:write")
  @Mutation(() => Staff, { description: "Adds a staff member; their email is how they sign in." })
  createStaff(@Ctx() ctx: Context, @Arg("input", () => CreateStaffInput) input: CreateStaffInput) {
    return createStaff(ctx, input);
  }

  @Authorized("staff:write")
  @Mutation(() => Staff, {
    description: "Changes a staff member; writes lineage (source: manual) for each changed field.",
  })
  updateStaff(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateStaffInput) input: UpdateStaffInput,
  ) {
    return updateStaff(ctx, id, input);
  }

  @Authorized("staff:write")
  @Mutation(() => Staff, {
    description: "Archives (soft-deletes) a staff member; their history stays.",
  })
  archiveStaff(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return archiveStaff(ctx, id);
  }

  @Authorized("staff:write")
  @Mutation(() => Staff, { description: "Brings an archived staff member back." })
  restoreStaff(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return restoreStaff(ctx, id);
  }
}
