// Small pieces every page uses: loading skeletons, error states with retry, status badges,
// bar charts and the lineage-aware field row.
import type { ReactNode } from "react";

export function Skeleton({ rows = 5, label = "Loading" }: { rows?: number; label?: string }) {
  return (
    <div className="skeleton" role="status" aria-label={label} aria-busy="true">
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="skeleton-line" />
      ))}
    </div>
  );
}

/** An error with what to do next, and a retry button that refetches. */
export function ErrorState({
  error,
  retry,
}: {
  error: { message: string };
  retry?: () => unknown;
}) {
  return (
    <div className="error-state" role="alert">
      <p>
        <strong>Could not load this.</strong> {error.message}
      </p>
      <p className="muted">
        Check your connection and try again; if it keeps failing, sign out and in again.
      </p>
      {retry && (
        <button type="button" onClick={() => retry()}>
          Retry
        </button>
      )}
    </div>
  );
}

/** "AT_RISK" → "At risk", "TIER_1" → "Tier 1". */
export const humanize = (value: string | null | undefined): string =>
  value ? value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, " ") : "—";

export function Badge({
  value,
  kind = "status",
}: {
  value: string | null | undefined;
  kind?: string;
}) {
  return (
    <span className={`badge ${kind}-${(value ?? "none").toLowerCase()}`}>{humanize(value)}</span>
  );
}

export interface Bar {
  label: string;
  value: number;
  href?: string;
  tone?: string;
}

/** Horizontal bars, labelled with their values (readable without colour). */
export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <figure className="bar-chart" aria-label={title}>
      <figcaption>{title}</figcaption>
      {bars.map((b) => (
        <div key={b.label} className="bar-row">
          <span className="bar-label">{b.href ? <a href={b.href}>{b.label}</a> : b.label}</span>
          <span className="bar-track">
            <span
              className={`bar-fill ${b.tone ?? ""}`}
              style={{ width: `${(b.value / max) * 100}%` }}
            />
          </span>
          <span className="bar-value">{b.value}</span>
        </div>
      ))}
    </figure>
  );
}

/** Buttons that switch between a page's views of a list (e.g. open / closed / all). */
export function Tabs({
  label,
  views,
  value,
  onChange,
}: {
  label: string;
  views: Record<string, { label: string }>;
  value: string;
  onChange: (key: string) => void;
}) {
  return (
    <div role="tablist" aria-label={label}>
      {Object.entries(views).map(([k, v]) => (
        <button
          key={k}
          type="button"
          role="tab"
          aria-selected={value === k}
          onClick={() => onChange(k)}
        >
          {v.label}
        </button>
      ))}
    </div>
  );
}

export function Section({
  title,
  children,
  actions,
}: {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <section className="card" aria-label={title}>
      <header className="card-header">
        <h2>{title}</h2>
        {actions}
      </header>
      {children}
    </section>
  );
}

export const formatDate = (value: string | null | undefined): string =>
  value
    ? new Date(value.length === 10 ? `${value}T00:00:00Z` : value).toLocaleDateString(undefined, {
        year: "numeric",
        month: "short",
        day: "numeric",
        timeZone: "UTC",
      })
    : "—";

export const formatMoney = (value: string | number | null | undefined): string =>
  value === null || value === undefined
    ? "—"
    : Number(value).toLocaleString(undefined, { style: "currency", currency: "USD" });

/** The Monday (UTC) of the week holding a date, as YYYY-MM-DD. */
export function mondayOf(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

export function addWeeks(monday: string, weeks: number): string {
  const d = new Date(`${monday}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + weeks * 7);
  return d.toISOString().slice(0, 10);
}
