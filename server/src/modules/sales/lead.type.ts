import { Field, ID, Int, ObjectType } from "type-graphql";
import { SalesLeadStatus as DbLeadStatus } from "../../generated/prisma/enums";
import { gqlEnum } from "../../graphql/enums";
import { DateScalar, DateTimeScalar, DecimalScalar } from "../../graphql/scalars";
import { connectionType } from "../../graphql/connection";
import {
  DateTimeFilter,
  DecimalFilter,
  IDFilter,
  StringFilter,
  entityFilter,
  enumFilter,
} from "../../graphql/filters";
import { entityOrder } from "../../graphql/ordering";

const opt = { nullable: true };

export const LeadStatus = gqlEnum(
  DbLeadStatus,
  "LeadStatus",
  "Whether a lead is still being worked.",
  {
    open: "In an open stage.",
    won: "Reached the won stage; convertLead makes it a partner.",
    lost: "Reached the lost stage, with a reason.",
  },
);
export const SalesActivityType = gqlEnum(
  ["call", "email", "meeting", "demo", "note", "stage_change"] as const,
  "SalesActivityType",
  "What kind of touch an activity was.",
  {
    call: "A phone or video call.",
    email: "An email.",
    meeting: "A meeting.",
    demo: "A product demo.",
    note: "A note.",
    stage_change: "The lead moved stage (written by moveLeadStage).",
  },
);
export const SalesReasonCategory = gqlEnum(
  ["lost", "stage_move"] as const,
  "SalesReasonCategory",
  "What a reason explains.",
  {
    lost: "Why a deal was lost.",
    stage_move: "Why a lead moved stage.",
  },
);

@ObjectType({ description: "A prospective brand being worked toward becoming a partner." })
export class SalesLead {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'The brand or company, e.g. "Acme Outdoors".' })
  company!: string;
  @Field(() => String, { ...opt, description: "Who we talk to." }) contactName!: string | null;
  @Field(() => String, { ...opt, description: "Their email." }) contactEmail!: string | null;
  @Field(() => String, {
    description:
      'Its stage key (configuration pipeline.stages, shared with opportunities), e.g. "proposal".',
  })
  stage!: string;
  @Field(() => DecimalScalar, { ...opt, description: "What the deal may be worth a year." })
  expectedValue!: unknown;
  @Field(() => LeadStatus, { description: "OPEN, WON or LOST (from the stage's outcome)." })
  status!: string;
  @Field(() => DateTimeScalar, { ...opt, description: "When it reached won or lost." })
  closedAt!: Date | null;
  @Field(() => DateTimeScalar, { ...opt, description: "When it became a partner." })
  convertedAt!: Date | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
  ownerId!: string | null;
  lostReasonId!: string | null;
  partnerId!: string | null;
  campaignId!: string | null;
}

@ObjectType({ description: "A touch with a lead, or a stage move." })
export class SalesActivity {
  @Field(() => ID) id!: string;
  @Field(() => SalesActivityType, { description: "What kind." }) activityType!: string;
  @Field(() => String, { ...opt, description: "What happened." }) note!: string | null;
  @Field(() => DateScalar, { description: "When." }) activityDate!: Date;
  @Field(() => String, { ...opt, description: "Stage moves: from which stage." }) fromStage!:
    string | null;
  @Field(() => String, { ...opt, description: "Stage moves: to which stage." }) toStage!:
    string | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  leadId!: string;
  staffId!: string | null;
  reasonId!: string | null;
}

@ObjectType({ description: "A reason from the taxonomy: why deals are lost, or why leads move." })
export class SalesReason {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'e.g. "Chose a competitor".' }) name!: string;
  @Field(() => SalesReasonCategory, { description: "LOST or STAGE_MOVE." }) category!: string;
  @Field(() => Boolean, { description: "False when retired." }) isActive!: boolean;
}

@ObjectType({ description: "Open leads in a stage (view v_sales_pipeline_overview)." })
export class SalesPipelineRow {
  @Field(() => String, { description: "The stage's key." }) stage!: string;
  @Field(() => Int, { description: "Open leads in it." }) leads!: number;
  @Field(() => DecimalScalar, { description: "Their expected value." }) expectedValue!: unknown;
}

@ObjectType({ description: "A person's sales activities (view v_sales_activity_summary)." })
export class SalesActivitySummary {
  @Field(() => ID, { description: "The staff member's id." }) staffId!: string;
  @Field(() => Int, { description: "Activities logged (stage moves not counted)." })
  activities!: number;
  @Field(() => Int, { description: "Calls." }) calls!: number;
  @Field(() => Int, { description: "Emails." }) emails!: number;
  @Field(() => Int, { description: "Meetings and demos." }) meetings!: number;
  @Field(() => DateScalar, { ...opt, description: "The latest one's date." })
  lastActivityDate!: Date | null;
}

@ObjectType({
  description: "A stage leads (and opportunities) move through (configuration pipeline.stages).",
})
export class SalesStage {
  @Field(() => String, { description: 'Its key, e.g. "proposal": what moveLeadStage takes.' })
  key!: string;
  @Field(() => String, { description: "Its name for people." }) name!: string;
  @Field(() => Int, { description: "Win probability, 0–100." }) probability!: number;
  @Field(() => String, {
    ...opt,
    description: '"won" or "lost" for the closing stages; null for open ones.',
  })
  outcome!: string | null;
}

export const SalesLeadConnection = connectionType(SalesLead, "SalesLead");

export const salesLeadFilter = entityFilter("SalesLead", {
  id: { type: IDFilter },
  company: { type: StringFilter },
  stage: { type: StringFilter },
  status: { type: enumFilter(LeadStatus, "LeadStatus") },
  ownerId: { type: IDFilter, description: "The owner's id." },
  expectedValue: { type: DecimalFilter },
  createdAt: { type: DateTimeFilter },
});
export const salesLeadOrder = entityOrder(
  "SalesLead",
  { company: {}, createdAt: {}, expectedValue: { nullable: true }, stage: {} },
  [{ name: "createdAt", direction: "desc" }],
);
