import { Field, Float, InputType } from "type-graphql";

const opt = { nullable: true };

@InputType({ description: "A KPI: a name, one of kpiCalculations, and a target." })
export class KpiInput {
  @Field(() => String, { description: "Its name, unique in the organization." }) name!: string;
  @Field(() => String, {
    description:
      'One of kpiCalculations, e.g. "finance.collection_rate"; its domain comes from it.',
  })
  calculation!: string;
  @Field(() => String, { ...opt, description: "What it means." }) description?: string;
  @Field(() => Float, { ...opt, description: "The target; null for none." }) targetValue?:
    number | null;
  @Field(() => Boolean, {
    ...opt,
    description: "True when lower is better (default: the calculation's usual sense).",
  })
  lowerIsBetter?: boolean;
}

@InputType({ description: "Changes to a KPI." })
export class UpdateKpiInput {
  @Field(() => String, { ...opt, description: "Its name." }) name?: string;
  @Field(() => String, { ...opt, description: "What it means." }) description?: string | null;
  @Field(() => Float, { ...opt, description: "The target; null removes it." }) targetValue?:
    number | null;
  @Field(() => Boolean, { ...opt, description: "True when lower is better." })
  lowerIsBetter?: boolean;
  @Field(() => Boolean, { ...opt, description: "False retires it." }) isActive?: boolean;
}
