// KPIs: every KPI of the domains the viewer may read, over a chosen period, grouped by domain,
// each with its status against target and a trend line.
import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import type { KpiDomain } from "../../gql/graphql";
import { SelectFilter, useUrlFilters } from "../../app/filters";
import { ErrorState, Skeleton, addWeeks, humanize, mondayOf } from "../../ui/ui";
import { KpiCard } from "./KpiCard";

const KPIS = graphql(`
  query KpiPage($from: Date!, $to: Date!, $interval: KpiInterval!) {
    kpis(from: $from, to: $to, interval: $interval) {
      kpi {
        id
        domain
      }
      ...KpiCard
    }
  }
`);

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The periods people ask about, ending today. */
function period(key: string): {
  from: string;
  to: string;
  interval: "WEEK" | "MONTH";
  label: string;
} {
  const today = new Date();
  const to = iso(today);
  if (key === "quarter")
    return {
      from: iso(
        new Date(Date.UTC(today.getUTCFullYear(), Math.floor(today.getUTCMonth() / 3) * 3, 1)),
      ),
      to,
      interval: "WEEK",
      label: "Quarter to date",
    };
  if (key === "6m")
    return {
      from: iso(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 5, 1))),
      to,
      interval: "MONTH",
      label: "Last 6 months",
    };
  return { from: addWeeks(mondayOf(today), -11), to, interval: "WEEK", label: "Last 12 weeks" };
}

const DOMAINS: KpiDomain[] = ["PARTNERS", "SALES", "MARKETING", "OPERATIONS", "FINANCE"];

export function KpiPage() {
  const { params, set } = useUrlFilters("/kpis");
  const key = params.get("period") ?? "12w";
  const p = period(key);
  const { data, error, refetch } = useQuery(KPIS, {
    variables: { from: p.from, to: p.to, interval: p.interval },
  });
  return (
    <div className="page">
      <header className="page-header">
        <h1>KPIs</h1>
        <div className="filters">
          <SelectFilter
            label="Period"
            value={key}
            onChange={(v) => set("period", v === "12w" ? "" : v)}
            options={["12w", "quarter", "6m"].map((k) => ({ value: k, label: period(k).label }))}
          />
        </div>
      </header>
      {error && <ErrorState error={error} retry={refetch} />}
      {!data && !error && <Skeleton rows={8} label="Measuring KPIs" />}
      {data &&
        DOMAINS.map((d) => {
          const results = data.kpis.filter((k) => k.kpi.domain === d);
          return results.length ? (
            <section key={d} aria-label={`${humanize(d)} KPIs`}>
              <h2>{humanize(d)}</h2>
              <div className="grid kpi-grid">
                {results.map((r) => (
                  <KpiCard key={r.kpi.id} result={r} />
                ))}
              </div>
            </section>
          ) : null;
        })}
      {data && !data.kpis.length && (
        <p>Your role reads no KPI domain; ask an admin for a domain's read permission.</p>
      )}
    </div>
  );
}
