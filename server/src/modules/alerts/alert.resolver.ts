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
import { Partner } from "../partners/partner.type";
import { partnerById } from "../partners/partner.loaders";
import { Staff } from "../staff/staff.type";
import { staffById } from "../staff/staff.loaders";
import { Alert, AlertConnection, AlertEvaluation, alertFilter, alertOrder } from "./alert.type";
import { acknowledgeAlert, alertScope, resolveAlert, staffAlertScope } from "./alert.service";
import { evaluateAlerts } from "./alert.evaluate";

const opt = { nullable: true };

@ArgsType()
export class AlertsArgs extends PageArgsType {
  @Field(() => alertFilter.input, opt) filter?: Record<string, unknown>;
  @Field(() => [alertOrder.input], { ...opt, description: "Default: newest first." })
  orderBy?: Record<string, string>[];
}

const alertConnection = (ctx: Context, scope: Record<string, unknown>, args: AlertsArgs) =>
  listConnection(
    AlertConnection,
    ctx.prisma.alert as never,
    { organizationId: ctx.organizationId, ...scope },
    { filter: args.filter, orderBy: args.orderBy, page: pageOf(args), viewer: ctx.viewer },
    alertFilter,
    alertOrder,
  );

@Resolver(() => Alert)
export class AlertResolver {
  @Query(() => AlertConnection, {
    description:
      "Every alert you may see, e.g. alerts(filter: { status: { in: [OPEN, ACKNOWLEDGED] } }, orderBy: [{ severity: DESC }]).",
  })
  alerts(@Ctx() ctx: Context, @Args(() => AlertsArgs) args: AlertsArgs) {
    return alertConnection(ctx, alertScope(ctx), args);
  }

  @Authorized("alerts:resolve")
  @Mutation(() => Alert, { description: "Says someone is on it: OPEN → ACKNOWLEDGED." })
  acknowledgeAlert(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return acknowledgeAlert(ctx, id);
  }

  @Authorized("alerts:resolve")
  @Mutation(() => Alert, {
    description:
      "Closes an alert, with what was done. If its condition still holds, the rules raise a new one.",
  })
  resolveAlert(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("resolution", () => String, {
      ...opt,
      description: 'What was done, e.g. "called the client".',
    })
    resolution?: string,
  ) {
    return resolveAlert(ctx, id, resolution);
  }

  @Authorized("alerts:manage")
  @Mutation(() => AlertEvaluation, {
    description:
      "Runs every alert rule now (they also run hourly, and after the writes that feed them).",
  })
  evaluateAlerts(@Ctx() ctx: Context) {
    return evaluateAlerts(ctx.prisma, ctx.organizationId);
  }

  @FieldResolver(() => Partner, {
    ...opt,
    description: "The partner it is about (for opportunity alerts, the deal's partner).",
  })
  partner(@Root() a: Alert, @Ctx() ctx: Context) {
    return a.partnerId ? ctx.loaders.get(partnerById).load(a.partnerId) : null;
  }

  @FieldResolver(() => Staff, {
    ...opt,
    description: "The person it concerns: a goal's owner, a deal's owner.",
  })
  staff(@Root() a: Alert, @Ctx() ctx: Context) {
    return a.staffId ? ctx.loaders.get(staffById).load(a.staffId) : null;
  }

  @FieldResolver(() => Staff, { ...opt, description: "Who acknowledged the alert." })
  acknowledgedBy(@Root() a: Alert, @Ctx() ctx: Context) {
    return a.acknowledgedById ? ctx.loaders.get(staffById).load(a.acknowledgedById) : null;
  }

  @FieldResolver(() => Staff, {
    ...opt,
    description:
      "Who resolved the alert; null when the rules resolved it because its condition cleared.",
  })
  resolvedBy(@Root() a: Alert, @Ctx() ctx: Context) {
    return a.resolvedById ? ctx.loaders.get(staffById).load(a.resolvedById) : null;
  }
}

@Resolver(() => Staff)
export class StaffAlertsResolver {
  @FieldResolver(() => AlertConnection, {
    description:
      "On viewer: every alert you may see (your inbox). On someone else: alerts about their partners, deals and goals, of those you may see.",
  })
  alerts(@Root() s: Staff, @Ctx() ctx: Context, @Args(() => AlertsArgs) args: AlertsArgs) {
    return alertConnection(
      ctx,
      s.id === ctx.viewer.staffId ? alertScope(ctx) : staffAlertScope(ctx, s.id),
      args,
    );
  }
}
