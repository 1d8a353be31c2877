import { Field, ID, Int, ObjectType } from "type-graphql";
import { InteractionType as DbInteractionType } from "../../generated/prisma/enums";
import { gqlEnum } from "../../graphql/enums";
import { DateTimeScalar } from "../../graphql/scalars";
import { connectionType } from "../../graphql/connection";
import { DateTimeFilter, IDFilter, entityFilter, enumFilter } from "../../graphql/filters";
import { entityOrder } from "../../graphql/ordering";

export const InteractionType = gqlEnum(
  DbInteractionType,
  "InteractionType",
  "How we were in touch with a partner.",
  {
    call: "A phone or video call.",
    email: "An email exchange.",
    meeting: "A meeting in person.",
    event: "An event both attended.",
  },
);

const opt = { nullable: true };

@ObjectType({ description: "A meeting, call, email or event with a partner." })
export class PartnerInteraction {
  @Field(() => ID) id!: string;
  @Field(() => InteractionType, { description: "MEETING, CALL, EMAIL or EVENT." })
  interactionType!: string;
  @Field(() => String, { ...opt, description: "What was discussed." }) description!: string | null;
  @Field(() => DateTimeScalar, { description: "When it happened." }) interactionDate!: Date;
  @Field(() => DateTimeScalar) createdAt!: Date;
  partnerId!: string;
  staffId!: string | null;
}

@ObjectType({ description: "One part of a relationship health score." })
export class HealthFactor {
  @Field(() => String, { description: "recency, frequency, statuses or opportunities." })
  name!: string;
  @Field(() => Int, { description: "This factor's own score, 0–100." }) score!: number;
  @Field(() => Number, { description: "Its share of the total (weights normalized to 1)." })
  weight!: number;
  @Field(() => String, { description: "What it was computed from, in words." }) detail!: string;
}

@ObjectType({
  description:
    "How healthy the relationship with a partner is, 0–100, with the factors it comes from.",
})
export class RelationshipHealth {
  @Field(() => Int, { description: "0 (broken) to 100 (excellent)." }) score!: number;
  @Field(() => [HealthFactor], {
    description: "The signals the score is made of, each with its weight.",
  })
  factors!: HealthFactor[];
}

export const PartnerInteractionConnection = connectionType(
  PartnerInteraction,
  "PartnerInteraction",
);

export const interactionFilter = entityFilter("PartnerInteraction", {
  id: { type: IDFilter },
  partnerId: { type: IDFilter },
  staffId: { type: IDFilter },
  interactionType: { type: enumFilter(InteractionType, "InteractionType") },
  interactionDate: { type: DateTimeFilter },
});

export const interactionOrder = entityOrder(
  "PartnerInteraction",
  { interactionDate: {}, interactionType: { enum: InteractionType } },
  [{ name: "interactionDate", direction: "desc" }],
);
