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
import { PageArgsType, listConnection, pageOf, rowsConnection } from "../../graphql/connection";
import { present } from "../../graphql/loaders";
import { Partner } from "../partners/partner.type";
import { partnerById } from "../partners/partner.loaders";
import { Staff } from "../staff/staff.type";
import { staffById } from "../staff/staff.loaders";
import {
  Assignment,
  AssignmentConnection,
  assignmentFilter,
  assignmentOrder,
} from "./assignment.type";
import { AssignStaffArgs, UpdateAssignmentInput } from "./assignment.inputs";
import { assignmentsByPartner, assignmentsByStaff, podLeaderByPartner } from "./assignment.loaders";
import { assignStaff, unassignStaff, updateAssignment } from "./assignment.service";

const opt = { nullable: true };

@ArgsType()
export class AssignmentsArgs extends PageArgsType {
  @Field(() => assignmentFilter.input, opt) filter?: Record<string, unknown>;
  @Field(() => [assignmentOrder.input], { ...opt, description: "Default: assignedAt descending." })
  orderBy?: Record<string, string>[];
}

@ArgsType()
export class AssignmentHistoryArgs extends PageArgsType {
  @Field(() => [assignmentOrder.input], { ...opt, description: "Default: assignedAt descending." })
  orderBy?: Record<string, string>[];
  @Field(() => Boolean, { defaultValue: true, description: "Include ended assignments (history)." })
  includeInactive!: boolean;
}

@Resolver(() => Assignment)
export class AssignmentResolver {
  @Authorized("partners:read")
  @Query(() => AssignmentConnection, {
    description: "Assignments of the organization, active and ended.",
  })
  assignments(@Ctx() ctx: Context, @Args(() => AssignmentsArgs) args: AssignmentsArgs) {
    return listConnection(
      AssignmentConnection,
      ctx.prisma.partnerAssignment as never,
      { organizationId: ctx.organizationId, ...ctx.rows.partnerChild },
      { filter: args.filter, orderBy: args.orderBy, page: pageOf(args), viewer: ctx.viewer },
      assignmentFilter,
      assignmentOrder,
    );
  }

  @FieldResolver(() => Boolean, { description: "True until the assignment is ended." })
  isActive(@Root() a: Assignment) {
    return a.unassignedAt === null;
  }

  @FieldResolver(() => Partner, { description: "The partner worked on." })
  partner(@Root() a: Assignment, @Ctx() ctx: Context) {
    return ctx.loaders.get(partnerById).load(a.partnerId);
  }

  @FieldResolver(() => Staff, { description: "The staff member assigned." })
  staff(@Root() a: Assignment, @Ctx() ctx: Context) {
    return ctx.loaders.get(staffById).load(a.staffId);
  }

  @Authorized("assignments:write")
  @Mutation(() => Assignment, {
    description:
      "Assigns a staff member to a partner in a role (reopens an ended assignment of the same role).",
  })
  assignStaff(@Ctx() ctx: Context, @Args(() => AssignStaffArgs) args: AssignStaffArgs) {
    return assignStaff(ctx, args);
  }

  @Authorized("assignments:write")
  @Mutation(() => Assignment, { description: "Changes an assignment's notes or primary flag." })
  updateAssignment(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateAssignmentInput) input: UpdateAssignmentInput,
  ) {
    return updateAssignment(ctx, id, input);
  }

  @Authorized("assignments:write")
  @Mutation(() => Assignment, { description: "Ends an assignment; the row stays as history." })
  unassignStaff(
    @Ctx() ctx: Context,
    @Arg("assignmentId", () => ID, { description: "Id of the active assignment to end." })
    assignmentId: string,
  ) {
    return unassignStaff(ctx, assignmentId);
  }
}

@Resolver(() => Partner)
export class PartnerAssignmentsResolver {
  @FieldResolver(() => AssignmentConnection, {
    description: "Everyone who works or worked on this partner.",
  })
  async assignments(
    @Root() p: Partner,
    @Ctx() ctx: Context,
    @Args(() => AssignmentHistoryArgs) args: AssignmentHistoryArgs,
  ) {
    const rows = await ctx.loaders
      .get(assignmentsByPartner, { activeOnly: !args.includeInactive })
      .load(p.id);
    return rowsConnection(
      AssignmentConnection,
      rows,
      { orderBy: args.orderBy, page: pageOf(args), viewer: ctx.viewer },
      assignmentOrder,
    );
  }

  @FieldResolver(() => [Assignment], { description: "Current assignments, oldest first." })
  activeAssignments(@Root() p: Partner, @Ctx() ctx: Context) {
    return ctx.loaders.get(assignmentsByPartner, { activeOnly: true }).load(p.id);
  }

  @FieldResolver(() => Staff, {
    nullable: true,
    description: "The primary pod leader (else the longest-serving active one).",
  })
  podLeader(@Root() p: Partner, @Ctx() ctx: Context) {
    return ctx.loaders.get(podLeaderByPartner).load(p.id);
  }

  @FieldResolver(() => [Staff], { description: "Everyone actively assigned, once each." })
  async staff(@Root() p: Partner, @Ctx() ctx: Context) {
    const ids = [
      ...new Set(
        (await ctx.loaders.get(assignmentsByPartner, { activeOnly: true }).load(p.id)).map(
          (a) => a.staffId,
        ),
      ),
    ];
    return present(await ctx.loaders.get(staffById).loadMany(ids));
  }
}

@Resolver(() => Staff)
export class StaffAssignmentsResolver {
  @FieldResolver(() => AssignmentConnection, {
    description: "Partners this person works or worked on.",
  })
  async assignments(
    @Root() s: Staff,
    @Ctx() ctx: Context,
    @Args(() => AssignmentHistoryArgs) args: AssignmentHistoryArgs,
  ) {
    const rows = await ctx.loaders
      .get(assignmentsByStaff, { activeOnly: !args.includeInactive })
      .load(s.id);
    return rowsConnection(
      AssignmentConnection,
      rows,
      { orderBy: args.orderBy, page: pageOf(args), viewer: ctx.viewer },
      assignmentOrder,
    );
  }

  @FieldResolver(() => [Partner], {
    description: "Live partners with an active assignment to this person.",
  })
  async partners(@Root() s: Staff, @Ctx() ctx: Context) {
    const ids = [
      ...new Set(
        (await ctx.loaders.get(assignmentsByStaff, { activeOnly: true }).load(s.id)).map(
          (a) => a.partnerId,
        ),
      ),
    ];
    return present(await ctx.loaders.get(partnerById).loadMany(ids)).filter(
      (p) => p.deletedAt === null,
    );
  }
}
