// One KPI: its value in its unit, target, status and a sparkline of the series.
import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { Badge, formatDate } from "../../ui/ui";

const CARD = graphql(`
  fragment KpiCard on KpiResult {
    value
    target
    status
    kpi {
      id
      name
      description
      unit
      lowerIsBetter
      domain
    }
    series {
      start
      end
      value
    }
  }
`);

/** A value as people read it: shares as %, money in dollars, hours with "h". */
export function formatKpi(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined) return "—";
  if (unit === "share") return `${(value * 100).toFixed(1)}%`;
  if (unit === "money")
    return value.toLocaleString(undefined, {
      style: "currency",
      currency: "USD",
      maximumFractionDigits: 0,
    });
  if (unit === "hours") return `${value.toFixed(1)} h`;
  return value.toLocaleString();
}

function Sparkline({ points, label }: { points: { value: number | null }[]; label: string }) {
  const values = points.map((p) => p.value ?? 0);
  const max = Math.max(...values, 0) || 1;
  const step = 100 / Math.max(points.length - 1, 1);
  const line = values
    .map((v, i) => `${(i * step).toFixed(1)},${(28 - (v / max) * 26).toFixed(1)}`)
    .join(" ");
  return (
    <svg
      className="sparkline"
      viewBox="0 0 100 30"
      preserveAspectRatio="none"
      role="img"
      aria-label={label}
    >
      <polyline
        points={line}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        vectorEffect="non-scaling-stroke"
      />
    </svg>
  );
}

export function KpiCard({ result }: { result: FragmentType<typeof CARD> }) {
  const r = getFragmentData(CARD, result);
  const trend = r.series
    .map((p) => `${formatDate(p.start)}: ${formatKpi(p.value, r.kpi.unit)}`)
    .join("; ");
  return (
    <section className={`card kpi status-${r.status.toLowerCase()}`} aria-label={r.kpi.name}>
      <header className="card-header">
        <h2>{r.kpi.name}</h2>
        <Badge value={r.status} kind="kpi" />
      </header>
      <div className="big-number">{formatKpi(r.value, r.kpi.unit)}</div>
      <p className="muted">
        {r.target === null
          ? "No target"
          : `Target ${r.kpi.lowerIsBetter ? "at most" : "at least"} ${formatKpi(r.target, r.kpi.unit)}`}
      </p>
      <Sparkline points={r.series} label={`${r.kpi.name} per period: ${trend}`} />
      {r.kpi.description && <p className="muted small">{r.kpi.description}</p>}
    </section>
  );
}
