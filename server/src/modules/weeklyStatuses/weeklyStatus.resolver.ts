import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  Info,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { Authorized } from "../../graphql/authChecker";
import type { GraphQLResolveInfo } from "graphql";
import { selects } from "../../graphql/lookahead";
import type { Context } from "../../graphql/context";
import { PageArgsType, listConnection, pageOf, rowsConnection } from "../../graphql/connection";
import { DateScalar } from "../../graphql/scalars";
import { Partner } from "../partners/partner.type";
import { partnerById } from "../partners/partner.loaders";
import { Staff } from "../staff/staff.type";
import { staffById } from "../staff/staff.loaders";
import {
  WeeklyStatus,
  WeeklyStatusConnection,
  weeklyStatusFilter,
  weeklyStatusOrder,
} from "./weeklyStatus.type";
import { RecordWeeklyStatusInput } from "./weeklyStatus.inputs";
import {
  latestStatusByPartner,
  statusesByPartner,
  statusesByReporter,
} from "./weeklyStatus.loaders";
import { recordWeeklyStatus } from "./weeklyStatus.service";

const opt = { nullable: true };

@ArgsType()
export class WeeklyStatusesArgs extends PageArgsType {
  @Field(() => weeklyStatusFilter.input, opt) filter?: Record<string, unknown>;
  @Field(() => [weeklyStatusOrder.input], {
    ...opt,
    description: "Default: weekStartDate descending.",
  })
  orderBy?: Record<string, string>[];
}

@ArgsType()
export class PartnerStatusesArgs extends PageArgsType {
  @Field(() => DateScalar, { ...opt, description: "Weeks starting on or after this day." })
  from?: Date;
  @Field(() => DateScalar, { ...opt, description: "Weeks starting on or before this day." })
  to?: Date;
  @Field(() => [weeklyStatusOrder.input], {
    ...opt,
    description: "Default: weekStartDate descending.",
  })
  orderBy?: Record<string, string>[];
}

const day = (d?: Date) => (d ? d.toISOString().slice(0, 10) : null);

@Resolver(() => WeeklyStatus)
export class WeeklyStatusResolver {
  @Authorized("partners:read")
  @Query(() => WeeklyStatusConnection, { description: "Weekly statuses of all partners." })
  weeklyStatuses(@Ctx() ctx: Context, @Args(() => WeeklyStatusesArgs) args: WeeklyStatusesArgs) {
    return listConnection(
      WeeklyStatusConnection,
      ctx.prisma.weeklyStatus as never,
      { organizationId: ctx.organizationId, ...ctx.rows.partnerChild },
      { filter: args.filter, orderBy: args.orderBy, page: pageOf(args), viewer: ctx.viewer },
      weeklyStatusFilter,
      weeklyStatusOrder,
    );
  }

  @FieldResolver(() => Partner, { description: "The partner reported on." })
  partner(@Root() s: WeeklyStatus, @Ctx() ctx: Context) {
    return ctx.loaders.get(partnerById).load(s.partnerId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: "Who recorded it." })
  reportedBy(@Root() s: WeeklyStatus, @Ctx() ctx: Context) {
    return s.reportedById ? ctx.loaders.get(staffById).load(s.reportedById) : null;
  }

  @Authorized("statuses:write")
  @Mutation(() => WeeklyStatus, {
    description:
      "Records (or replaces) a partner's status for a week, as the signed-in staff member.",
  })
  recordWeeklyStatus(
    @Ctx() ctx: Context,
    @Arg("input", () => RecordWeeklyStatusInput) input: RecordWeeklyStatusInput,
  ) {
    return recordWeeklyStatus(ctx, input);
  }
}

@Resolver(() => Partner)
export class PartnerWeeklyStatusesResolver {
  @FieldResolver(() => WeeklyStatusConnection, {
    description: "The partner's weekly statuses, newest first, optionally within from..to.",
  })
  async weeklyStatuses(
    @Root() p: Partner,
    @Ctx() ctx: Context,
    @Args(() => PartnerStatusesArgs) args: PartnerStatusesArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    const reporters =
      selects(info, ["nodes", "reportedBy"]) || selects(info, ["edges", "node", "reportedBy"]);
    const rows = await ctx.loaders
      .get(statusesByPartner, { from: day(args.from), to: day(args.to), reporters })
      .load(p.id);
    return rowsConnection(
      WeeklyStatusConnection,
      rows,
      { orderBy: args.orderBy, page: pageOf(args), viewer: ctx.viewer },
      weeklyStatusOrder,
    );
  }

  @FieldResolver(() => WeeklyStatus, {
    nullable: true,
    description: "The most recent weekly status.",
  })
  latestWeeklyStatus(@Root() p: Partner, @Ctx() ctx: Context) {
    return ctx.loaders.get(latestStatusByPartner).load(p.id);
  }
}

@Resolver(() => Staff)
export class StaffWeeklyStatusesResolver {
  @FieldResolver(() => WeeklyStatusConnection, {
    description: "Weekly statuses this person recorded, newest first.",
  })
  async reportedStatuses(
    @Root() s: Staff,
    @Ctx() ctx: Context,
    @Args(() => PageArgsType) page: PageArgsType,
  ) {
    return rowsConnection(
      WeeklyStatusConnection,
      await ctx.loaders.get(statusesByReporter).load(s.id),
      { page: pageOf(page), viewer: ctx.viewer },
      weeklyStatusOrder,
    );
  }
}
