import { Field, Float, ID, ObjectType } from "type-graphql";
import { KpiDomain as DbKpiDomain } from "../../generated/prisma/enums";
import { gqlEnum } from "../../graphql/enums";
import { DateScalar } from "../../graphql/scalars";

const opt = { nullable: true };

export const KpiDomain = gqlEnum(
  DbKpiDomain,
  "KpiDomain",
  "The part of the business a KPI measures; reading it needs that domain's read permission.",
  {
    partners: "Partner health (partners:read).",
    sales: "Deals (opportunities:read).",
    marketing: "Campaigns and channels (marketing:read).",
    operations: "Tickets (ops:read).",
    finance: "Money (finance:read).",
  },
);
export const KpiStatus = gqlEnum(
  ["on_track", "at_risk", "off_track", "no_target", "no_data"] as const,
  "KpiStatus",
  "How a KPI's value compares with its target.",
  {
    on_track: "At or better than target.",
    at_risk: "Within 10% of target on the wrong side.",
    off_track: "More than 10% worse than target.",
    no_target: "No target set.",
    no_data: "Nothing to measure in the period (e.g. no tickets closed).",
  },
);
export const KpiInterval = gqlEnum(
  ["week", "month"] as const,
  "KpiInterval",
  "The buckets of a KPI's time series.",
  {
    week: "Weeks starting on Monday.",
    month: "Calendar months.",
  },
);

@ObjectType({ description: "A KPI definition: a named calculation with a target." })
export class KpiMetric {
  @Field(() => ID) id!: string;
  @Field(() => KpiDomain, { description: "What it measures." }) domain!: string;
  @Field(() => String, { description: 'Its name, e.g. "SLA breach rate".' }) name!: string;
  @Field(() => String, { ...opt, description: "What it means, for people." }) description!:
    string | null;
  @Field(() => String, {
    description: 'Its calculation, one of kpiCalculations, e.g. "operations.sla_breach_rate".',
  })
  calculation!: string;
  @Field(() => Float, {
    ...opt,
    description: "The target (shares are 0..1, money in the organization's currency).",
  })
  targetValue!: number | null;
  @Field(() => Boolean, { description: "True when lower is better (e.g. resolution hours)." })
  lowerIsBetter!: boolean;
  @Field(() => String, { description: "How to read the value: count, share, money or hours." })
  unit!: string;
  @Field(() => Boolean, { description: "False when retired." }) isActive!: boolean;
}

@ObjectType({ description: "A KPI's value over one bucket of the period." })
export class KpiPoint {
  @Field(() => DateScalar, { description: "The bucket's first day (clipped to the period)." })
  start!: Date;
  @Field(() => DateScalar, { description: "The bucket's last day (clipped to the period)." })
  end!: Date;
  @Field(() => Float, {
    ...opt,
    description: "The value over the bucket (null: nothing to measure).",
  })
  value!: number | null;
}

@ObjectType({ description: "A KPI measured over a period: value, target, status and time series." })
export class KpiResult {
  @Field(() => KpiMetric, { description: "Its definition." }) kpi!: KpiMetric;
  @Field(() => Float, {
    ...opt,
    description: "The value over the whole period (null: nothing to measure).",
  })
  value!: number | null;
  @Field(() => Float, { ...opt, description: "The target." }) target!: number | null;
  @Field(() => KpiStatus, { description: "How the value compares with the target." })
  status!: string;
  @Field(() => [KpiPoint], { description: "The value per week or month of the period." })
  series!: KpiPoint[];
}
