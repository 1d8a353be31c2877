import { Arg, Ctx, ID, Mutation, ObjectType, Field, Query, Resolver } from "type-graphql";
import { Authorized } from "../../graphql/authChecker";
import type { Context } from "../../graphql/context";
import { DateScalar } from "../../graphql/scalars";
import { KpiDomain, KpiInterval, KpiMetric, KpiResult } from "./kpi.type";
import { KpiInput, UpdateKpiInput } from "./kpi.inputs";
import { KPI_CALCULATIONS } from "./kpi.calculations";
import { defineKpi, kpis, updateKpi } from "./kpi.service";

@ObjectType({ description: "A calculation a KPI can use." })
export class KpiCalculationInfo {
  @Field(() => String, { description: 'Its name, e.g. "finance.collection_rate".' }) name!: string;
  @Field(() => KpiDomain, { description: "Its domain." }) domain!: string;
  @Field(() => String, { description: "count, share (0..1), money or hours." }) unit!: string;
  @Field(() => Boolean, { description: "True when lower is usually better." })
  lowerIsBetter!: boolean;
  @Field(() => String, { description: "What it measures." }) description!: string;
}

@Resolver(() => KpiResult)
export class KpiResolver {
  @Query(() => [KpiResult], {
    description:
      'The KPIs of the domains you may read (or of one), measured over from..to with a weekly or monthly series, e.g. kpis(domain: OPERATIONS, from: "2026-10-01", to: "2026-12-31", interval: MONTH).',
  })
  kpis(
    @Ctx() ctx: Context,
    @Arg("from", () => DateScalar, { description: "First day of the period." }) from: Date,
    @Arg("to", () => DateScalar, {
      description: "Last day of the period (at most two years after from).",
    })
    to: Date,
    @Arg("domain", () => KpiDomain, { nullable: true, description: "Only this domain." })
    domain?: string,
    @Arg("interval", () => KpiInterval, {
      defaultValue: "week",
      description: "The series' buckets.",
    })
    interval?: string,
  ) {
    return kpis(ctx, domain, from, to, interval ?? "week");
  }

  @Query(() => [KpiCalculationInfo], {
    description: "The calculations a KPI can use (KPIs never run SQL from users).",
  })
  kpiCalculations() {
    return KPI_CALCULATIONS;
  }

  @Authorized("kpis:manage")
  @Mutation(() => KpiMetric, { description: "Defines a KPI from a calculation and a target." })
  defineKpi(@Ctx() ctx: Context, @Arg("input", () => KpiInput) input: KpiInput) {
    return defineKpi(ctx, input);
  }

  @Authorized("kpis:manage")
  @Mutation(() => KpiMetric, {
    description: "Changes a KPI's name, description, target or direction, or retires it.",
  })
  updateKpi(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateKpiInput) input: UpdateKpiInput,
  ) {
    return updateKpi(ctx, id, input);
  }
}
