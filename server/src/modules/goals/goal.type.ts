import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { gqlEnum } from "../../graphql/enums";
import { DateScalar, DateTimeScalar, DecimalScalar } from "../../graphql/scalars";
import { GOAL_TYPES } from "./goal.metrics";

export const GoalType = gqlEnum(
  GOAL_TYPES,
  "GoalType",
  "What a quarterly goal measures: REVENUE (won deal value), OPPORTUNITIES (created), ACTIVE_PARTNERS.",
  {
    revenue: "Value of the deals won in the quarter.",
    opportunities: "Opportunities created in the quarter.",
    active_partners: "Partners with status ACTIVE at the quarter's end (or now, while it runs).",
  },
);
export const PaceStatus = gqlEnum(
  ["not_started", "on_track", "behind", "achieved", "missed"] as const,
  "PaceStatus",
  "How a goal is doing against the time gone in its quarter.",
  {
    not_started: "The quarter has not begun.",
    on_track: "The value is at or above the share of the target the time gone calls for.",
    behind: "The value is below where the time gone says it should be.",
    achieved: "The target is met.",
    missed: "The quarter ended below the target.",
  },
);

@ObjectType({ description: "How far a goal is, against how far its quarter is." })
export class GoalPace {
  @Field(() => Float, { description: "Share of the target reached (1 = 100%)." }) progress!: number;
  @Field(() => Float, { description: "Share of the quarter gone (what on-track progress is now)." })
  expected!: number;
  @Field(() => PaceStatus, { description: "ON_TRACK, BEHIND, ACHIEVED, MISSED or NOT_STARTED." })
  status!: string;
}

@ObjectType({
  description: "A target for a fiscal quarter, for the organization or one staff member.",
})
export class QuarterlyGoal {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: "Fiscal year (named for the calendar year it ends in)." })
  year!: number;
  @Field(() => Int, {
    description: "1–4, of the fiscal year (configuration fiscal.quarter_start_month).",
  })
  quarter!: number;
  @Field(() => GoalType, {
    description: "What the goal measures: REVENUE, OPPORTUNITIES or ACTIVE_PARTNERS.",
  })
  goalType!: string;
  @Field(() => DecimalScalar, {
    description: 'The target, e.g. "250000" for revenue or "40" for opportunities.',
  })
  targetValue!: unknown;
  @Field(() => String, { description: 'ISO currency code of a revenue target, e.g. "USD".' })
  currency!: string;
  @Field(() => DateScalar, { description: "First day of the quarter." }) startsOn!: Date;
  @Field(() => DateScalar, { description: "Last day of the quarter." }) endsOn!: Date;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
  staffId!: string | null;
  organizationId!: string;
}
