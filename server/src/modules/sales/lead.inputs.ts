import { Field, ID, InputType } from "type-graphql";
import { DateScalar, DecimalScalar } from "../../graphql/scalars";
import { SalesActivityType, SalesReasonCategory } from "./lead.type";

const opt = { nullable: true };

@InputType({
  description: "A new lead; it is yours unless ownerId names someone else (leads:write).",
})
export class CreateLeadInput {
  @Field(() => String, { description: "The brand or company." }) company!: string;
  @Field(() => String, { ...opt, description: "Who we talk to." }) contactName?: string;
  @Field(() => String, { ...opt, description: "Their email." }) contactEmail?: string;
  @Field(() => DecimalScalar, { ...opt, description: "What it may be worth a year." })
  expectedValue?: unknown;
  @Field(() => ID, { ...opt, description: "Who works it." }) ownerId?: string;
  @Field(() => String, { ...opt, description: "An open stage to start in (default: the first)." })
  stage?: string;
  @Field(() => ID, { ...opt, description: "The marketing campaign it came from." })
  campaignId?: string;
}

@InputType({ description: "Changes to a lead; its stage moves with moveLeadStage." })
export class UpdateLeadInput {
  @Field(() => String, { ...opt, description: "The brand or company." }) company?: string;
  @Field(() => String, { ...opt, description: "Who we talk to." }) contactName?: string | null;
  @Field(() => String, { ...opt, description: "Their email." }) contactEmail?: string | null;
  @Field(() => DecimalScalar, { ...opt, description: "What it may be worth." })
  expectedValue?: unknown;
  @Field(() => ID, { ...opt, description: "Who works it (leads:write)." }) ownerId?: string;
}

@InputType({ description: "A touch with a lead." })
export class LogLeadActivityInput {
  @Field(() => ID, { description: "The lead." }) leadId!: string;
  @Field(() => SalesActivityType, { description: "CALL, EMAIL, MEETING, DEMO or NOTE." })
  activityType!: string;
  @Field(() => String, { ...opt, description: "What happened." }) note?: string;
  @Field(() => DateScalar, { ...opt, description: "When (default today)." }) activityDate?: Date;
}

@InputType({ description: "A reason for the taxonomy." })
export class SalesReasonInput {
  @Field(() => String, { description: "Its name." }) name!: string;
  @Field(() => SalesReasonCategory, { description: "LOST or STAGE_MOVE." }) category!: string;
}
