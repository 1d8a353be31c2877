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
import { Staff } from "../staff/staff.type";
import { staffById } from "../staff/staff.loaders";
import { ptoByApprover, ptoByStaff } from "./pto.loaders";
import { PtoRecord, PtoRecordConnection, ptoFilter, ptoOrder } from "./pto.type";
import { RequestPtoInput, UpdatePtoInput } from "./pto.inputs";
import { decidePto, requestPto, updatePto } from "./pto.service";
import { managesStaff } from "../squads/squad.service";

const opt = { nullable: true };

@ArgsType()
export class PtoArgs extends PageArgsType {
  @Field(() => ptoFilter.input, opt) filter?: Record<string, unknown>;
  @Field(() => [ptoOrder.input], { ...opt, description: "Default: startDate descending." })
  orderBy?: Record<string, string>[];
}

@Resolver(() => PtoRecord)
export class PtoRecordResolver {
  @Authorized("pto:read_all")
  @Query(() => PtoRecordConnection, { description: "Time off across the organization." })
  ptoRecords(@Ctx() ctx: Context, @Args(() => PtoArgs) args: PtoArgs) {
    return listConnection(
      PtoRecordConnection,
      ctx.prisma.ptoRecord as never,
      { organizationId: ctx.organizationId },
      { filter: args.filter, orderBy: args.orderBy, page: pageOf(args), viewer: ctx.viewer },
      ptoFilter,
      ptoOrder,
    );
  }

  @FieldResolver(() => Staff, { description: "Who is away." })
  staff(@Root() p: PtoRecord, @Ctx() ctx: Context) {
    return ctx.loaders.get(staffById).load(p.staffId);
  }

  @FieldResolver(() => Staff, { ...opt, description: "Who approved (or rejected) it." })
  approvedBy(@Root() p: PtoRecord, @Ctx() ctx: Context) {
    return p.approvedById ? ctx.loaders.get(staffById).load(p.approvedById) : null;
  }

  @Authorized(["self:write", "pto:approve"])
  @Mutation(() => PtoRecord, { description: "Requests time off; an admin approves or rejects it." })
  requestPto(@Ctx() ctx: Context, @Arg("input", () => RequestPtoInput) input: RequestPtoInput) {
    return requestPto(ctx, input);
  }

  @Authorized(["self:write", "pto:approve"])
  @Mutation(() => PtoRecord, { description: "Changes a pending time-off request." })
  updatePto(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdatePtoInput) input: UpdatePtoInput,
  ) {
    return updatePto(ctx, id, input);
  }

  @Authorized("pto:approve")
  @Mutation(() => PtoRecord, { description: "Approves a pending request (not your own)." })
  approvePto(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return decidePto(ctx, id, "approved");
  }

  @Authorized("pto:approve")
  @Mutation(() => PtoRecord, { description: "Rejects a pending request (not your own)." })
  rejectPto(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return decidePto(ctx, id, "rejected");
  }

  @Authorized(["self:write", "pto:approve"])
  @Mutation(() => PtoRecord, { description: "Cancels a pending or approved request." })
  cancelPto(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return decidePto(ctx, id, "cancelled");
  }
}

@Resolver(() => Staff)
export class StaffPtoResolver {
  @FieldResolver(() => [PtoRecord], {
    nullable: true,
    description:
      "Time off, latest first: your own, your squad members' if you lead the squad, or anyone's with pto:read_all (else null).",
  })
  async ptoRecords(@Root() s: Staff, @Ctx() ctx: Context) {
    const visible =
      s.id === ctx.viewer.staffId ||
      ctx.viewer.permissions.has("pto:read_all") ||
      (await managesStaff(ctx, s.id));
    return visible ? ctx.loaders.get(ptoByStaff).load(s.id) : null;
  }

  @FieldResolver(() => [PtoRecord], {
    nullable: true,
    description:
      "Requests this person approved: your own approvals, or anyone's with pto:read_all (else null).",
  })
  approvedPto(@Root() s: Staff, @Ctx() ctx: Context) {
    const visible = s.id === ctx.viewer.staffId || ctx.viewer.permissions.has("pto:read_all");
    return visible ? ctx.loaders.get(ptoByApprover).load(s.id) : null;
  }
}
