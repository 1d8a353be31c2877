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
import { present } from "../../graphql/loaders";
import { Partner } from "../partners/partner.type";
import { partnerById } from "../partners/partner.loaders";
import { Staff } from "../staff/staff.type";
import { staffById } from "../staff/staff.loaders";
import { assignmentsByStaff } from "../assignments/assignment.loaders";
import {
  Squad,
  SquadConnection,
  SquadMembership,
  SquadRole,
  squadFilter,
  squadOrder,
} from "./squad.type";
import { CreateSquadInput, UpdateSquadInput } from "./squad.inputs";
import { membershipsBySquad, membershipsByStaff, squadById, squadsByStaff } from "./squad.loaders";
import {
  addSquadMember,
  createSquad,
  findSquad,
  removeSquadMember,
  setSquadActive,
  updateSquad,
} from "./squad.service";

const opt = { nullable: true };

@ArgsType()
export class SquadsArgs extends PageArgsType {
  @Field(() => squadFilter.input, opt) filter?: Record<string, unknown>;
  @Field(() => [squadOrder.input], { ...opt, description: "Default: name ascending." })
  orderBy?: Record<string, string>[];
}

@Resolver(() => Squad)
export class SquadResolver {
  @Authorized("staff:read")
  @Query(() => SquadConnection, {
    description: "The organization's squads (archived ones have isActive false).",
  })
  squads(@Ctx() ctx: Context, @Args(() => SquadsArgs) args: SquadsArgs) {
    return listConnection(
      SquadConnection,
      ctx.prisma.squad as never,
      { organizationId: ctx.organizationId },
      { filter: args.filter, orderBy: args.orderBy, page: pageOf(args), viewer: ctx.viewer },
      squadFilter,
      squadOrder,
    );
  }

  @Authorized("staff:read")
  @Query(() => Squad, { nullable: true, description: "One squad by id." })
  squad(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return findSquad(ctx, id).catch(() => null);
  }

  @FieldResolver(() => [SquadMembership], { description: "Members, longest-standing first." })
  members(
    @Root() squad: Squad,
    @Ctx() ctx: Context,
    @Arg("includeInactive", () => Boolean, {
      defaultValue: false,
      description: "Include members who left.",
    })
    includeInactive: boolean,
  ) {
    return ctx.loaders.get(membershipsBySquad, { includeInactive }).load(squad.id);
  }

  @FieldResolver(() => [Partner], {
    description: "Live partners the squad's active members carry.",
  })
  async partners(@Root() squad: Squad, @Ctx() ctx: Context) {
    const members = await ctx.loaders
      .get(membershipsBySquad, { includeInactive: false })
      .load(squad.id);
    const assignments = (
      await ctx.loaders
        .get(assignmentsByStaff, { activeOnly: true })
        .loadMany(members.map((m) => m.staffId))
    ).flatMap((a) => (Array.isArray(a) ? a : []));
    const partners = present(
      await ctx.loaders
        .get(partnerById)
        .loadMany([...new Set(assignments.map((a) => a.partnerId))]),
    );
    return partners
      .filter((p) => p.deletedAt === null)
      .sort((a, b) => a.brandName.localeCompare(b.brandName));
  }

  @Authorized("squads:write")
  @Mutation(() => Squad, { description: "Creates a squad." })
  createSquad(@Ctx() ctx: Context, @Arg("input", () => CreateSquadInput) input: CreateSquadInput) {
    return createSquad(ctx, input);
  }

  @Authorized("squads:write")
  @Mutation(() => Squad, { description: "Changes a squad." })
  updateSquad(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateSquadInput) input: UpdateSquadInput,
  ) {
    return updateSquad(ctx, id, input);
  }

  @Authorized("squads:write")
  @Mutation(() => Squad, { description: "Archives a squad (isActive false); memberships stay." })
  archiveSquad(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return setSquadActive(ctx, id, false);
  }

  @Authorized("squads:write")
  @Mutation(() => Squad, { description: "Brings back an archived squad." })
  restoreSquad(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return setSquadActive(ctx, id, true);
  }

  @Authorized("squads:write")
  @Mutation(() => SquadMembership, { description: "Adds a member (or brings back one who left)." })
  addSquadMember(
    @Ctx() ctx: Context,
    @Arg("squadId", () => ID, { description: "Id of the squad." }) squadId: string,
    @Arg("staffId", () => ID, { description: "Id of the staff member." }) staffId: string,
    @Arg("role", () => SquadRole, {
      defaultValue: "member",
      description: "Role in the squad; MEMBER when omitted.",
    })
    role: string,
  ) {
    return addSquadMember(ctx, squadId, staffId, role);
  }

  @Authorized("squads:write")
  @Mutation(() => SquadMembership, {
    description: "Ends a membership; the row stays with isActive false.",
  })
  removeSquadMember(
    @Ctx() ctx: Context,
    @Arg("squadId", () => ID, { description: "Id of the squad." }) squadId: string,
    @Arg("staffId", () => ID, { description: "Id of the staff member." }) staffId: string,
  ) {
    return removeSquadMember(ctx, squadId, staffId);
  }
}

@Resolver(() => SquadMembership)
export class SquadMembershipResolver {
  @FieldResolver(() => Staff, { description: "The member." })
  staff(@Root() m: SquadMembership, @Ctx() ctx: Context) {
    return ctx.loaders.get(staffById).load(m.staffId);
  }

  @FieldResolver(() => Squad, { description: "The squad." })
  squad(@Root() m: SquadMembership, @Ctx() ctx: Context) {
    return ctx.loaders.get(squadById).load(m.squadId);
  }
}

@Resolver(() => Staff)
export class StaffSquadsResolver {
  @FieldResolver(() => [Squad], { description: "Squads this person is an active member of." })
  squads(@Root() s: Staff, @Ctx() ctx: Context) {
    return ctx.loaders.get(squadsByStaff).load(s.id);
  }

  @FieldResolver(() => [SquadMembership], {
    description: "Active memberships, with the role in each squad.",
  })
  squadMemberships(@Root() s: Staff, @Ctx() ctx: Context) {
    return ctx.loaders.get(membershipsByStaff).load(s.id);
  }
}
