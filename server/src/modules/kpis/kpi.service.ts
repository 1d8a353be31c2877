// KPIs: definitions are named calculations (kpi.calculations.ts) with targets; kpis() measures
// the viewer's readable domains over a period, with a weekly or monthly series, in one SQL
// statement (hub_kpi_value per KPI and per bucket).
import { type Prisma } from "../../generated/prisma/client";
import type { Context } from "../../graphql/context";
import { badInput, forbidden } from "../../lib/errors";
import { requireRecord } from "../../graphql/records";
import { nonBlank } from "../../graphql/validation";
import { utcDay } from "../../lib/dates";
import { DOMAIN_PERMISSION, KPI_CALCULATIONS } from "./kpi.calculations";
import type { KpiInput, UpdateKpiInput } from "./kpi.inputs";
import type { KpiMetric, KpiPoint, KpiResult } from "./kpi.type";

const MAX_DAYS = 731;

type Row = Omit<KpiMetric, "targetValue"> & {
  targetValue: Prisma.Decimal | null;
  value: Prisma.Decimal | null;
  series: { start: string; end: string; value: number | null }[];
};

const num = (d: Prisma.Decimal | number | null) => (d === null ? null : Number(d));

/** on_track at or beyond target; at_risk within 10% of it on the wrong side; else off_track. */
export function kpiStatus(
  value: number | null,
  target: number | null,
  lowerIsBetter: boolean,
): string {
  if (value === null) return "no_data";
  if (target === null) return "no_target";
  const gap = lowerIsBetter ? value - target : target - value;
  if (gap <= 0) return "on_track";
  return gap <= Math.abs(target) * 0.1 ? "at_risk" : "off_track";
}

export async function kpis(
  ctx: Context,
  domain: string | undefined,
  from: Date,
  to: Date,
  interval: string,
): Promise<KpiResult[]> {
  const start = utcDay(from);
  const end = utcDay(to);
  if (end < start)
    throw badInput("to", "The period ends before it starts; give to on or after from.");
  if ((end.getTime() - start.getTime()) / 86_400_000 > MAX_DAYS)
    throw badInput("to", `Measure at most ${MAX_DAYS} days at a time (two years).`);
  const readable = Object.entries(DOMAIN_PERMISSION)
    .filter(([, p]) => ctx.viewer.permissions.has(p))
    .map(([d]) => d);
  if (domain && !readable.includes(domain))
    throw forbidden(
      `Reading ${domain} KPIs needs the permission ${DOMAIN_PERMISSION[domain as keyof typeof DOMAIN_PERMISSION]}, which the role ${ctx.viewer.role} does not have.`,
    );
  const domains = domain ? [domain] : readable;
  const step = interval === "month" ? "1 month" : "1 week";
  const rows = await ctx.prisma.$queryRaw<Row[]>`
    SELECT m."id", m."domain"::text AS "domain", m."name", m."description", m."calculation", m."target_value" AS "targetValue",
           m."lower_is_better" AS "lowerIsBetter", m."unit", m."is_active" AS "isActive",
           "hub_kpi_value"(m."organization_id", m."calculation", ${start}::date, ${end}::date) AS "value",
           (SELECT coalesce(json_agg(json_build_object('start', b."s", 'end', b."e", 'value', "hub_kpi_value"(m."organization_id", m."calculation", b."s", b."e")) ORDER BY b."s"), '[]')
            FROM (SELECT greatest(g::date, ${start}::date) AS "s", least((g + ${step}::interval)::date - 1, ${end}::date) AS "e"
                  FROM generate_series(date_trunc(${interval}, ${start}::date::timestamp), ${end}::date::timestamp, ${step}::interval) g) b) AS "series"
    FROM "kpi_metrics" m
    WHERE m."organization_id" = ${ctx.organizationId}::uuid AND m."is_active" AND m."domain"::text = ANY(${domains}::text[])
    ORDER BY m."domain", m."name"`;
  return rows.map((r) => {
    const value = num(r.value);
    const target = num(r.targetValue);
    const series: KpiPoint[] = r.series.map((p) => ({
      start: new Date(`${p.start}T00:00:00Z`),
      end: new Date(`${p.end}T00:00:00Z`),
      value: p.value === null ? null : Number(p.value),
    }));
    return {
      kpi: { ...r, targetValue: target },
      value,
      target,
      status: kpiStatus(value, target, r.lowerIsBetter),
      series,
    };
  });
}

function calculation(name: string) {
  const calc = KPI_CALCULATIONS.find((c) => c.name === name);
  if (!calc)
    throw badInput(
      "input.calculation",
      `"${name}" is not a KPI calculation; use one of ${KPI_CALCULATIONS.map((c) => c.name).join(", ")}.`,
    );
  return calc;
}

const toMetric = (
  m: { targetValue: Prisma.Decimal | null } & Omit<KpiMetric, "targetValue">,
): KpiMetric => ({ ...m, targetValue: num(m.targetValue) });

export async function defineKpi(ctx: Context, input: KpiInput): Promise<KpiMetric> {
  const calc = calculation(input.calculation);
  return toMetric(
    (await ctx.prisma.kpiMetric.create({
      data: {
        organizationId: ctx.organizationId,
        name: nonBlank("input.name", input.name)!,
        description: input.description ?? calc.description,
        calculation: calc.name,
        domain: calc.domain,
        unit: calc.unit,
        targetValue: input.targetValue ?? null,
        lowerIsBetter: input.lowerIsBetter ?? calc.lowerIsBetter,
      },
    })) as never,
  );
}

export async function updateKpi(
  ctx: Context,
  id: string,
  input: UpdateKpiInput,
): Promise<KpiMetric> {
  const kpi = await requireRecord(ctx, ctx.prisma.kpiMetric, "Kpi", id);
  const data = Object.fromEntries(
    Object.entries({
      name: input.name === undefined ? undefined : nonBlank("input.name", input.name),
      description: input.description,
      targetValue: input.targetValue,
      lowerIsBetter: input.lowerIsBetter,
      isActive: input.isActive,
    }).filter(([, v]) => v !== undefined),
  );
  return toMetric((await ctx.prisma.kpiMetric.update({ where: { id: kpi.id }, data })) as never);
}
