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
import { Partner } from "../partners/partner.type";
import { partnerById } from "../partners/partner.loaders";
import {
  SalesActivity,
  SalesActivitySummary,
  SalesLead,
  SalesStage,
  SalesLeadConnection,
  SalesPipelineRow,
  SalesReason,
  salesLeadFilter,
  salesLeadOrder,
} from "./lead.type";
import { activitiesByLead, salesReasonById } from "./lead.loaders";
import { campaignById } from "../marketing/marketing.loaders";
import { MarketingCampaign } from "../marketing/marketing.type";
import { pipelineStages } from "../opportunities/opportunity.service";
import {
  CreateLeadInput,
  LogLeadActivityInput,
  SalesReasonInput,
  UpdateLeadInput,
} from "./lead.inputs";
import {
  convertLead,
  createLead,
  createSalesReason,
  findLead,
  leadScope,
  logLeadActivity,
  moveLeadStage,
  salesActivitySummary,
  salesPipelineOverview,
  salesReasons,
  updateLead,
} from "./lead.service";

const opt = { nullable: true };

@ArgsType()
export class SalesLeadsArgs extends PageArgsType {
  @Field(() => salesLeadFilter.input, opt) filter?: Record<string, unknown>;
  @Field(() => [salesLeadOrder.input], { ...opt, description: "Default: newest first." })
  orderBy?: Record<string, string>[];
}

@Resolver(() => SalesLead)
export class SalesLeadResolver {
  @Query(() => SalesLeadConnection, {
    description:
      "Leads you own (all with leads:read), e.g. salesLeads(filter: { status: { eq: OPEN } }).",
  })
  salesLeads(@Ctx() ctx: Context, @Args(() => SalesLeadsArgs) args: SalesLeadsArgs) {
    return listConnection(
      SalesLeadConnection,
      ctx.prisma.salesLead as never,
      { organizationId: ctx.organizationId, ...leadScope(ctx) },
      { filter: args.filter, orderBy: args.orderBy, page: pageOf(args), viewer: ctx.viewer },
      salesLeadFilter,
      salesLeadOrder,
    );
  }

  @Query(() => SalesLead, {
    ...opt,
    description: "One lead by id; null when it does not exist or you may not see it.",
  })
  salesLead(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return findLead(ctx, id).catch(() => null);
  }

  @Query(() => [SalesStage], {
    description: "The stages leads move through, in order (shared with opportunities).",
  })
  async salesStages(@Ctx() ctx: Context) {
    return (await pipelineStages(ctx)).map((s) => ({ ...s, outcome: s.outcome ?? null }));
  }

  @Query(() => [SalesReason], {
    description: "The reasons taxonomy: why deals are lost and why leads move.",
  })
  salesReasons(@Ctx() ctx: Context) {
    return salesReasons(ctx);
  }

  @Authorized("leads:read")
  @Query(() => [SalesPipelineRow], {
    description: "Open leads and their expected value per open stage, in pipeline order.",
  })
  salesPipelineOverview(@Ctx() ctx: Context) {
    return salesPipelineOverview(ctx);
  }

  @Authorized("leads:read")
  @Query(() => [SalesActivitySummary], { description: "Activities per person, most active first." })
  salesActivitySummary(@Ctx() ctx: Context) {
    return salesActivitySummary(ctx);
  }

  @Authorized(["self:write", "leads:write"])
  @Mutation(() => SalesLead, { description: "Adds a lead in an open stage." })
  createLead(@Ctx() ctx: Context, @Arg("input", () => CreateLeadInput) input: CreateLeadInput) {
    return createLead(ctx, input);
  }

  @Authorized(["self:write", "leads:write"])
  @Mutation(() => SalesLead, { description: "Changes a lead's company, contact, value or owner." })
  updateLead(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateLeadInput) input: UpdateLeadInput,
  ) {
    return updateLead(ctx, id, input);
  }

  @Authorized(["self:write", "leads:write"])
  @Mutation(() => SalesLead, {
    description:
      'Moves a lead to a stage (e.g. "closed_won"), logging the move; the lost stage needs a reason of category LOST.',
  })
  moveLeadStage(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("stage", () => String, { description: "The stage's key (configuration pipeline.stages)." })
    stage: string,
    @Arg("reasonId", () => ID, {
      nullable: true,
      description: "Why (salesReasons); required for the lost stage.",
    })
    reasonId?: string,
    @Arg("note", () => String, { nullable: true, description: "A note on the move." })
    note?: string,
  ) {
    return moveLeadStage(ctx, id, stage, reasonId, note);
  }

  @Authorized(["self:write", "leads:write"])
  @Mutation(() => SalesActivity, {
    description: "Logs a call, email, meeting, demo or note with a lead.",
  })
  logLeadActivity(
    @Ctx() ctx: Context,
    @Arg("input", () => LogLeadActivityInput) input: LogLeadActivityInput,
  ) {
    return logLeadActivity(ctx, input);
  }

  @Authorized(["self:write", "leads:write"])
  @Mutation(() => SalesLead, {
    description:
      "Makes a won lead a partner (onboarding, from its company and contact); the lead keeps the link (needs partners:write).",
  })
  convertLead(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return convertLead(ctx, id);
  }

  @Authorized("leads:write")
  @Mutation(() => SalesReason, { description: "Adds a reason to the taxonomy." })
  createSalesReason(
    @Ctx() ctx: Context,
    @Arg("input", () => SalesReasonInput) input: SalesReasonInput,
  ) {
    return createSalesReason(ctx, input);
  }

  @FieldResolver(() => Staff, { ...opt, description: "Who works it." })
  owner(@Root() l: SalesLead, @Ctx() ctx: Context) {
    return l.ownerId ? ctx.loaders.get(staffById).load(l.ownerId) : null;
  }

  @FieldResolver(() => Partner, {
    ...opt,
    description: "The partner it became (null until converted, or when you may not see it).",
  })
  partner(@Root() l: SalesLead, @Ctx() ctx: Context) {
    return l.partnerId ? ctx.loaders.get(partnerById).load(l.partnerId) : null;
  }

  @FieldResolver(() => SalesReason, { ...opt, description: "Why it was lost." })
  lostReason(@Root() l: SalesLead, @Ctx() ctx: Context) {
    return l.lostReasonId ? ctx.loaders.get(salesReasonById).load(l.lostReasonId) : null;
  }

  @FieldResolver(() => MarketingCampaign, { ...opt, description: "The campaign it came from." })
  campaign(@Root() l: SalesLead, @Ctx() ctx: Context) {
    return l.campaignId ? ctx.loaders.get(campaignById).load(l.campaignId) : null;
  }

  @FieldResolver(() => [SalesActivity], {
    description: "Its activities and stage moves, newest first.",
  })
  activities(@Root() l: SalesLead, @Ctx() ctx: Context) {
    return ctx.loaders.get(activitiesByLead).load(l.id);
  }
}

@Resolver(() => SalesActivity)
export class SalesActivityResolver {
  @FieldResolver(() => Staff, { ...opt, description: "Who logged it." })
  staff(@Root() a: SalesActivity, @Ctx() ctx: Context) {
    return a.staffId ? ctx.loaders.get(staffById).load(a.staffId) : null;
  }

  @FieldResolver(() => SalesReason, { ...opt, description: "Stage moves: why." })
  reason(@Root() a: SalesActivity, @Ctx() ctx: Context) {
    return a.reasonId ? ctx.loaders.get(salesReasonById).load(a.reasonId) : null;
  }
}

@Resolver(() => SalesActivitySummary)
export class SalesActivitySummaryResolver {
  @FieldResolver(() => Staff, { ...opt, description: "The person." })
  staff(@Root() s: SalesActivitySummary, @Ctx() ctx: Context) {
    return ctx.loaders.get(staffById).load(s.staffId);
  }
}
