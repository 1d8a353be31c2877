// Finance: receivables by aging bucket as of a chosen day (with the open invoices behind
// them), money in and out per month, and margins per period. Needs finance:read.
import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { useUrlFilters } from "../../app/filters";
import { BarChart, ErrorState, Section, Skeleton, formatDate, formatMoney } from "../../ui/ui";

const FINANCE = graphql(`
  query FinancePage($asOf: Date!, $from: Date!) {
    arSummary(asOf: $asOf) {
      bucket
      invoices
      amountDue
    }
    arAging(asOf: $asOf) {
      invoiceId
      customerName
      dueDate
      amountDue
      daysPastDue
      bucket
    }
    financeOverview(from: $from) {
      month
      invoiced
      collected
      refunded
      netCollected
    }
    financeMargins(from: $from) {
      id
      periodStart
      periodEnd
      revenue
      costOfGoodsSold
      grossMargin
      marginRate
    }
  }
`);

const BUCKET_LABELS: Record<string, string> = {
  CURRENT: "Current",
  DAYS_31_60: "31–60 days",
  DAYS_61_90: "61–90 days",
  OVER_90: "Over 90 days",
};
const TONES: Record<string, string> = {
  CURRENT: "tone-good",
  DAYS_31_60: "tone-warn",
  DAYS_61_90: "tone-bad",
  OVER_90: "tone-bad",
};

export function FinancePage({ permissions }: { permissions: string[] }) {
  const { params, set } = useUrlFilters("/finance");
  const asOf = params.get("asOf") ?? new Date().toISOString().slice(0, 10);
  const from = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 5, 1))
    .toISOString()
    .slice(0, 10);
  const allowed = permissions.includes("finance:read");
  const { data, error, refetch } = useQuery(FINANCE, { variables: { asOf, from }, skip: !allowed });
  if (!allowed)
    return (
      <div className="page">
        <h1>Finance</h1>
        <p>Your role cannot see finance; ask an admin for finance:read.</p>
      </div>
    );
  if (error) return <ErrorState error={error} retry={refetch} />;
  if (!data) return <Skeleton rows={10} label="Loading finance" />;
  const total = data.arSummary.reduce((n, b) => n + Number(b.amountDue), 0);
  return (
    <div className="page">
      <header className="page-header">
        <h1>Finance</h1>
        <label className="filters">
          Receivables as of{" "}
          <input
            type="date"
            aria-label="As of"
            value={asOf}
            onChange={(e) => e.target.value && set("asOf", e.target.value)}
          />
        </label>
      </header>
      <div className="grid">
        <Section title="Receivables by age">
          <div className="big-number">{formatMoney(total)}</div>
          <BarChart
            title={`Owed as of ${formatDate(asOf)}`}
            bars={data.arSummary.map((b) => ({
              label: BUCKET_LABELS[b.bucket],
              value: Math.round(Number(b.amountDue)),
              tone: TONES[b.bucket],
            }))}
          />
        </Section>
        <Section title="Money in and out per month">
          <div className="table-wrap">
            <table className="data compact">
              <thead>
                <tr>
                  <th>Month</th>
                  <th className="num">Invoiced</th>
                  <th className="num">Collected</th>
                  <th className="num">Refunded</th>
                  <th className="num">Net</th>
                </tr>
              </thead>
              <tbody>
                {data.financeOverview.map((m) => (
                  <tr key={m.month}>
                    <td>{m.month.slice(0, 7)}</td>
                    <td className="num">{formatMoney(m.invoiced)}</td>
                    <td className="num">{formatMoney(m.collected)}</td>
                    <td className="num">{formatMoney(m.refunded)}</td>
                    <td className="num">{formatMoney(m.netCollected)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Section>
        <Section title="Margins">
          <div className="table-wrap">
            <table className="data compact">
              <thead>
                <tr>
                  <th>Period</th>
                  <th className="num">Revenue</th>
                  <th className="num">COGS</th>
                  <th className="num">Gross margin</th>
                  <th className="num">Rate</th>
                </tr>
              </thead>
              <tbody>
                {data.financeMargins.map((m) => (
                  <tr key={m.id}>
                    <td>
                      {formatDate(m.periodStart)} – {formatDate(m.periodEnd)}
                    </td>
                    <td className="num">{formatMoney(m.revenue)}</td>
                    <td className="num">{formatMoney(m.costOfGoodsSold)}</td>
                    <td className="num">{formatMoney(m.grossMargin)}</td>
                    <td className="num">
                      {m.marginRate === null || m.marginRate === undefined
                        ? "—"
                        : `${(m.marginRate * 100).toFixed(1)}%`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Section>
      </div>
      <Section title={`Open invoices (${data.arAging.length})`}>
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th>Customer</th>
                <th>Due</th>
                <th className="num">Days late</th>
                <th>Bucket</th>
                <th className="num">Owed</th>
              </tr>
            </thead>
            <tbody>
              {data.arAging.map((r) => (
                <tr key={r.invoiceId}>
                  <td>{r.customerName}</td>
                  <td>{formatDate(r.dueDate)}</td>
                  <td className="num">{Math.max(r.daysPastDue, 0)}</td>
                  <td>{BUCKET_LABELS[r.bucket]}</td>
                  <td className="num">{formatMoney(r.amountDue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>
    </div>
  );
}
