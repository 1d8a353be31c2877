import { Field, ID, Int, ObjectType } from "type-graphql";
import { DateScalar, DateTimeScalar, JSONScalar } from "../../graphql/scalars";
import { connectionType } from "../../graphql/connection";
import {
  BooleanFilter,
  DateFilter,
  IDFilter,
  IntFilter,
  entityFilter,
  enumFilter,
} from "../../graphql/filters";
import { entityOrder } from "../../graphql/ordering";
import { PartnerStatus } from "../partners/partner.type";

const opt = { nullable: true };

@ObjectType({ description: "A partner's health for one week, as its pod leader reported it." })
export class WeeklyStatus {
  @Field(() => ID) id!: string;
  @Field(() => DateScalar, { description: "The Monday the week starts on." }) weekStartDate!: Date;
  @Field(() => Int, { ...opt, description: "ISO week number (derived)." }) weekNumber!:
    number | null;
  @Field(() => Int, { ...opt, description: "ISO week-numbering year (derived)." }) year!:
    number | null;
  @Field(() => PartnerStatus, { description: "The partner's status that week, e.g. AT_RISK." })
  status!: string;
  @Field(() => DateTimeScalar, { description: "When it was recorded." }) reportedAt!: Date;
  @Field(() => String, { ...opt, description: "The pod leader's notes on the week." }) notes!:
    string | null;
  @Field(() => Boolean, { ...opt, description: "The pod leader's happy-client flag." })
  happyClient!: boolean | null;
  @Field(() => JSONScalar, {
    ...opt,
    description: 'Numbers of the week as JSON, e.g. { "sales": 12000, "acos": 0.21 }.',
  })
  metrics!: unknown;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
  partnerId!: string;
  reportedById!: string | null;
}

export const WeeklyStatusConnection = connectionType(WeeklyStatus, "WeeklyStatus");

export const weeklyStatusFilter = entityFilter("WeeklyStatus", {
  id: { type: IDFilter },
  partnerId: { type: IDFilter },
  reportedById: { type: IDFilter, column: "reported_by" },
  weekStartDate: { type: DateFilter },
  weekNumber: { type: IntFilter },
  year: { type: IntFilter },
  status: { type: enumFilter(PartnerStatus, "PartnerStatus") },
  happyClient: { type: BooleanFilter },
});

export const weeklyStatusOrder = entityOrder(
  "WeeklyStatus",
  {
    weekStartDate: {},
    status: { enum: PartnerStatus },
    reportedAt: {},
  },
  [{ name: "weekStartDate", direction: "desc" }],
);
