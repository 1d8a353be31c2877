import { Guarded } from "../../graphql/authChecker";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { OpportunityStatus as DbOpportunityStatus } from "../../generated/prisma/enums";
import { gqlEnum } from "../../graphql/enums";
import { DateScalar, DateTimeScalar, DecimalScalar, JSONScalar } from "../../graphql/scalars";
import { connectionType } from "../../graphql/connection";
import {
  DateFilter,
  DateTimeFilter,
  DecimalFilter,
  IDFilter,
  StringFilter,
  entityFilter,
  enumFilter,
} from "../../graphql/filters";
import { entityOrder } from "../../graphql/ordering";

export const OpportunityStatus = gqlEnum(
  DbOpportunityStatus,
  "OpportunityStatus",
  "OPEN until the deal reaches a won or lost stage.",
  {
    open: "Still in the pipeline.",
    won: "Reached a won stage; counts toward revenue goals.",
    lost: "Reached a lost stage.",
  },
);

const opt = { nullable: true };

@ObjectType({
  description:
    "A sales opportunity (a deal) of a partner, moving through the organization's configured pipeline stages.",
})
export class Opportunity {
  @Field(() => ID) id!: string;
  @Field(() => String, {
    description: 'The prospective or existing customer, e.g. "Acme Outdoors".',
  })
  customerName!: string;
  @Field(() => JSONScalar, { description: "e.g. { name, email, phone }." })
  customerContact!: unknown;
  @Field(() => DecimalScalar, { description: 'Expected value of the deal, e.g. "12000.00".' })
  dealValue!: unknown;
  @Field(() => String, { description: "ISO 4217, e.g. USD." }) currency!: string;
  @Field(() => String, { description: "The stage key (configuration pipeline.stages)." })
  stage!: string;
  @Field(() => Int, { description: "Win probability 0–100; set from the stage on every move." })
  probability!: number;
  @Field(() => DateScalar, { description: "When the deal is expected to close." })
  expectedCloseDate!: Date;
  @Field(() => DateScalar, { ...opt, description: "Set when the deal is won or lost." })
  actualCloseDate!: Date | null;
  @Guarded
  @Field(() => JSONScalar, {
    ...opt,
    description:
      "Commission on the deal: { type, mode, rate, amount, currency, domainOverride } (needs partners:financials).",
  })
  commissionDetails!: unknown;
  @Field(() => String, { ...opt, description: "Free text about the deal." }) notes!: string | null;
  @Field(() => JSONScalar, {
    description:
      'Links and files about the deal, as a JSON list, e.g. [{ "name": "proposal.pdf", "url": "…" }].',
  })
  attachments!: unknown;
  @Field(() => OpportunityStatus, { description: "OPEN, WON or LOST (follows the stage)." })
  status!: string;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
  partnerId!: string;
  assignedStaffId!: string | null;
  organizationId!: string;
}

@ObjectType({ description: "One move of an opportunity between stages." })
export class OpportunityStageChange {
  @Field(() => ID) id!: string;
  @Field(() => String, {
    ...opt,
    description: "Null for the stage the opportunity was created in.",
  })
  fromStage!: string | null;
  @Field(() => String, { description: 'The stage it moved to, e.g. "negotiation".' })
  toStage!: string;
  @Field(() => String, { ...opt, description: 'Why it moved, e.g. "budget approved".' })
  changeReason!: string | null;
  @Field(() => DateTimeScalar, { description: "When it moved." }) changedAt!: Date;
  changedById!: string | null;
  opportunityId!: string;
}

@ObjectType({ description: "One stage of the pipeline with the open deals in it." })
export class PipelineStageSummary {
  @Field(() => String, { description: 'The stage\'s key, e.g. "negotiation".' }) stage!: string;
  @Field(() => String, { description: 'The stage\'s display name, e.g. "Negotiation".' })
  name!: string;
  @Field(() => Int, { description: "Chance of winning a deal in this stage, in percent." })
  probability!: number;
  @Field(() => String, { ...opt, description: '"won", "lost", or null for an open stage.' })
  outcome!: string | null;
  @Field(() => Int, { description: "Open opportunities in the stage." }) count!: number;
  @Field(() => Float, { description: "Sum of deal values." }) value!: number;
  @Field(() => Float, { description: "Sum of deal value × probability / 100." })
  weightedValue!: number;
}

export const OpportunityConnection = connectionType(Opportunity, "Opportunity");

export const opportunityFilter = entityFilter("Opportunity", {
  id: { type: IDFilter },
  partnerId: { type: IDFilter },
  assignedStaffId: { type: IDFilter },
  customerName: { type: StringFilter },
  stage: { type: StringFilter },
  status: { type: enumFilter(OpportunityStatus, "OpportunityStatus") },
  dealValue: { type: DecimalFilter },
  expectedCloseDate: { type: DateFilter },
  actualCloseDate: { type: DateFilter },
  createdAt: { type: DateTimeFilter },
});

export const opportunityOrder = entityOrder(
  "Opportunity",
  {
    expectedCloseDate: {},
    dealValue: {},
    customerName: {},
    stage: {},
    status: { enum: OpportunityStatus },
    createdAt: {},
    actualCloseDate: { nullable: true },
  },
  [{ name: "expectedCloseDate", direction: "asc" }],
);
