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
import {
  Opportunity,
  OpportunityConnection,
  OpportunityStageChange,
  PipelineStageSummary,
  opportunityFilter,
  opportunityOrder,
} from "./opportunity.type";
import { CreateOpportunityInput, UpdateOpportunityInput } from "./opportunity.inputs";
import {
  createOpportunity,
  findOpportunity,
  moveOpportunityStage,
  opportunityScope,
  pipelineSummary,
  updateOpportunity,
} from "./opportunity.service";
import { opportunitiesByPartner, stageHistoryByOpportunity } from "./opportunity.loaders";

const opt = { nullable: true };

@ArgsType()
export class OpportunitiesArgs extends PageArgsType {
  @Field(() => opportunityFilter.input, opt) filter?: Record<string, unknown>;
  @Field(() => [opportunityOrder.input], {
    ...opt,
    description: "Default: expectedCloseDate ascending.",
  })
  orderBy?: Record<string, string>[];
}

@Resolver(() => Opportunity)
export class OpportunityResolver {
  @Authorized("opportunities:read")
  @Query(() => OpportunityConnection, {
    description:
      "Opportunities of the partners you may see, e.g. opportunities(filter: { status: { eq: OPEN } }, orderBy: [{ dealValue: DESC }]).",
  })
  opportunities(@Ctx() ctx: Context, @Args(() => OpportunitiesArgs) args: OpportunitiesArgs) {
    return listConnection(
      OpportunityConnection,
      ctx.prisma.opportunity as never,
      { organizationId: ctx.organizationId, ...opportunityScope(ctx) },
      { filter: args.filter, orderBy: args.orderBy, page: pageOf(args), viewer: ctx.viewer },
      opportunityFilter,
      opportunityOrder,
    );
  }

  @Authorized("opportunities:read")
  @Query(() => Opportunity, {
    ...opt,
    description: "One opportunity by id; null when it does not exist or you may not see it.",
  })
  opportunity(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return findOpportunity(ctx, id).catch(() => null);
  }

  @Authorized("opportunities:read")
  @Query(() => [PipelineStageSummary], {
    description:
      "The pipeline: per configured stage, the count, value and weighted value of deals (optionally of one partner).",
  })
  pipelineSummary(
    @Ctx() ctx: Context,
    @Arg("partnerId", () => ID, { ...opt, description: "Only this partner's opportunities." })
    partnerId?: string,
  ) {
    return pipelineSummary(ctx, partnerId);
  }

  @Authorized("opportunities:write")
  @Mutation(() => Opportunity, {
    description: "Opens a sales opportunity in the pipeline's first stage.",
  })
  createOpportunity(
    @Ctx() ctx: Context,
    @Arg("input", () => CreateOpportunityInput) input: CreateOpportunityInput,
  ) {
    return createOpportunity(ctx, input);
  }

  @Authorized("opportunities:write")
  @Mutation(() => Opportunity, {
    description: "Changes an opportunity's details; use moveOpportunityStage to change its stage.",
  })
  updateOpportunity(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateOpportunityInput) input: UpdateOpportunityInput,
  ) {
    return updateOpportunity(ctx, id, input);
  }

  @Authorized("opportunities:write")
  @Mutation(() => Opportunity, {
    description:
      "Moves an opportunity to another stage and records the move (from, to, who, why); a won or lost stage closes it.",
  })
  moveOpportunityStage(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("stage", () => String, {
      description: 'The stage\'s key, e.g. "negotiation" (see pipelineSummary).',
    })
    stage: string,
    @Arg("reason", () => String, { ...opt, description: 'Why it moves, e.g. "budget approved".' })
    reason?: string,
  ) {
    return moveOpportunityStage(ctx, id, stage, reason);
  }

  @FieldResolver(() => Partner, {
    ...opt,
    description: "The partner the deal is with, when it is an existing one.",
  })
  partner(@Root() o: Opportunity, @Ctx() ctx: Context) {
    return ctx.loaders.get(partnerById).load(o.partnerId);
  }

  @FieldResolver(() => Staff, { ...opt, description: "The staff member working the deal." })
  assignedStaff(@Root() o: Opportunity, @Ctx() ctx: Context) {
    return o.assignedStaffId ? ctx.loaders.get(staffById).load(o.assignedStaffId) : null;
  }

  @FieldResolver(() => [OpportunityStageChange], {
    description: "Every stage move, oldest first (the first is its creation).",
  })
  stageHistory(@Root() o: Opportunity, @Ctx() ctx: Context) {
    return ctx.loaders.get(stageHistoryByOpportunity).load(o.id);
  }
}

@Resolver(() => OpportunityStageChange)
export class OpportunityStageChangeResolver {
  @FieldResolver(() => Staff, { ...opt, description: "Who moved it." })
  changedBy(@Root() h: OpportunityStageChange, @Ctx() ctx: Context) {
    return h.changedById ? ctx.loaders.get(staffById).load(h.changedById) : null;
  }
}

@Resolver(() => Partner)
export class PartnerOpportunitiesResolver {
  @Authorized("opportunities:read")
  @FieldResolver(() => [Opportunity], {
    description: "The partner's opportunities, by expected close date.",
  })
  opportunities(@Root() p: Partner, @Ctx() ctx: Context) {
    return ctx.loaders.get(opportunitiesByPartner).load(p.id);
  }
}
