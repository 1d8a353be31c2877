import { Field, ID, InputType, Int } from "type-graphql";
import { DecimalScalar } from "../../graphql/scalars";
import { GoalType } from "./goal.type";

const opt = { nullable: true };

@InputType({
  description:
    "A quarter's target; setting it again for the same owner, quarter and type replaces it.",
})
export class QuarterlyGoalInput {
  @Field(() => Int, { description: "Fiscal year, named for the calendar year it ends in." })
  year!: number;
  @Field(() => Int, { description: "1–4." }) quarter!: number;
  @Field(() => GoalType) goalType!: string;
  @Field(() => DecimalScalar, { description: "Above 0: an amount for REVENUE, a count otherwise." })
  targetValue!: { toNumber(): number };
  @Field(() => String, { ...opt, description: "ISO 4217, for REVENUE goals; default USD." })
  currency?: string;
  @Field(() => ID, {
    ...opt,
    description: "The staff member the goal is for; leave out for the organization's goal.",
  })
  staffId?: string;
}
