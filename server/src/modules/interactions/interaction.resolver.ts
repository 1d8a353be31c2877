import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
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
  PartnerInteraction,
  PartnerInteractionConnection,
  RelationshipHealth,
  interactionFilter,
  interactionOrder,
} from "./interaction.type";
import { LogInteractionInput } from "./interaction.inputs";
import { logInteraction } from "./interaction.service";
import { healthByPartner, interactionsByPartner } from "./interaction.loaders";

const opt = { nullable: true };

@ArgsType()
export class InteractionsArgs extends PageArgsType {
  @Field(() => interactionFilter.input, opt) filter?: Record<string, unknown>;
  @Field(() => [interactionOrder.input], {
    ...opt,
    description: "Default: interactionDate descending.",
  })
  orderBy?: Record<string, string>[];
}

@Resolver(() => PartnerInteraction)
export class PartnerInteractionResolver {
  @Authorized("partners:read")
  @Query(() => PartnerInteractionConnection, {
    description: "Touchpoints with the partners you may see, newest first.",
  })
  partnerInteractions(@Ctx() ctx: Context, @Args(() => InteractionsArgs) args: InteractionsArgs) {
    return listConnection(
      PartnerInteractionConnection,
      ctx.prisma.partnerInteraction as never,
      { organizationId: ctx.organizationId, ...ctx.rows.partnerChild },
      { filter: args.filter, orderBy: args.orderBy, page: pageOf(args), viewer: ctx.viewer },
      interactionFilter,
      interactionOrder,
    );
  }

  @Authorized("interactions:write")
  @Mutation(() => PartnerInteraction, {
    description:
      "Logs a meeting, call, email or event with a partner; it counts in the partner's relationship health at once.",
  })
  logPartnerInteraction(
    @Ctx() ctx: Context,
    @Arg("input", () => LogInteractionInput) input: LogInteractionInput,
  ) {
    return logInteraction(ctx, input);
  }

  @FieldResolver(() => Partner, { ...opt, description: "The partner we were in touch with." })
  partner(@Root() i: PartnerInteraction, @Ctx() ctx: Context) {
    return ctx.loaders.get(partnerById).load(i.partnerId);
  }

  @FieldResolver(() => Staff, { ...opt, description: "Who from our side." })
  staff(@Root() i: PartnerInteraction, @Ctx() ctx: Context) {
    return i.staffId ? ctx.loaders.get(staffById).load(i.staffId) : null;
  }
}

@Resolver(() => Partner)
export class PartnerRelationshipResolver {
  @FieldResolver(() => [PartnerInteraction], { description: "Touchpoints, newest first." })
  interactions(@Root() p: Partner, @Ctx() ctx: Context) {
    return ctx.loaders.get(interactionsByPartner).load(p.id);
  }

  @FieldResolver(() => RelationshipHealth, {
    description:
      "0–100 from recency and frequency of interactions, weekly statuses and open opportunities (weights: configuration relationship_health).",
  })
  relationshipHealth(@Root() p: Partner, @Ctx() ctx: Context) {
    return ctx.loaders.get(healthByPartner).load(p.id);
  }
}
