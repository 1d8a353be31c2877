// Marketing: each campaign's leads, cost, cost per lead, revenue and ROI; site sessions per
// week; leads per channel; and attribution (first touch, last touch, assisted) per channel,
// over the last eight weeks. Needs marketing:read.
import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import {
  BarChart,
  ErrorState,
  Section,
  Skeleton,
  addWeeks,
  formatDate,
  formatMoney,
  mondayOf,
} from "../../ui/ui";

const MARKETING = graphql(`
  query MarketingPage($from: Date!) {
    marketingOverview {
      campaignId
      name
      leads
      cost
      costPerLead
      revenue
      roi
    }
    websiteAnalytics(from: $from) {
      date
      sessions
    }
    digitalChannels(from: $from) {
      id
      channelName
      leads
      cost
    }
    marketingAttribution(from: $from) {
      id
      channel
      firstTouchConversions
      lastTouchConversions
      assistedConversions
    }
  }
`);

/** Sums a number per key. */
function totals<T>(rows: T[], key: (r: T) => string, value: (r: T) => number): [string, number][] {
  const m = new Map<string, number>();
  for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + value(r));
  return [...m];
}

export function MarketingPage({ permissions }: { permissions: string[] }) {
  const from = addWeeks(mondayOf(new Date()), -7);
  const allowed = permissions.includes("marketing:read");
  const { data, error, refetch } = useQuery(MARKETING, { variables: { from }, skip: !allowed });
  if (!allowed)
    return (
      <div className="page">
        <h1>Marketing</h1>
        <p>Your role cannot see marketing; ask an admin for marketing:read.</p>
      </div>
    );
  if (error) return <ErrorState error={error} retry={refetch} />;
  if (!data) return <Skeleton rows={10} label="Loading marketing" />;
  const weekly = totals(
    data.websiteAnalytics,
    (d) => mondayOf(new Date(`${d.date}T00:00:00Z`)),
    (d) => d.sessions,
  );
  const attribution = new Map<string, [number, number, number]>();
  for (const a of data.marketingAttribution) {
    const t = attribution.get(a.channel) ?? [0, 0, 0];
    attribution.set(a.channel, [
      t[0] + a.firstTouchConversions,
      t[1] + a.lastTouchConversions,
      t[2] + a.assistedConversions,
    ]);
  }
  return (
    <div className="page">
      <h1>Marketing</h1>
      <Section title="Campaigns">
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th>Campaign</th>
                <th className="num">Leads</th>
                <th className="num">Cost</th>
                <th className="num">Cost per lead</th>
                <th className="num">Revenue</th>
                <th className="num">ROI</th>
              </tr>
            </thead>
            <tbody>
              {data.marketingOverview.map((c) => (
                <tr key={c.campaignId}>
                  <td>{c.name}</td>
                  <td className="num">{c.leads}</td>
                  <td className="num">{formatMoney(c.cost)}</td>
                  <td className="num">{c.costPerLead ? formatMoney(c.costPerLead) : "—"}</td>
                  <td className="num">{formatMoney(c.revenue)}</td>
                  <td className={`num${(c.roi ?? 0) < 0 ? " warn" : ""}`}>
                    {c.roi === null || c.roi === undefined ? "—" : `${Math.round(c.roi * 100)}%`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>
      <div className="grid">
        <Section title="Website sessions">
          <BarChart
            title="Sessions per week"
            bars={weekly.map(([week, n]) => ({ label: formatDate(week), value: n }))}
          />
        </Section>
        <Section title="Leads per channel">
          <BarChart
            title="Leads per channel, last 8 weeks"
            bars={totals(
              data.digitalChannels,
              (c) => c.channelName,
              (c) => c.leads,
            ).map(([label, value]) => ({ label, value }))}
          />
        </Section>
        <Section title="Attribution">
          <table className="data compact">
            <thead>
              <tr>
                <th>Channel</th>
                <th className="num">First touch</th>
                <th className="num">Last touch</th>
                <th className="num">Assisted</th>
              </tr>
            </thead>
            <tbody>
              {[...attribution].map(([channel, [f, l, a]]) => (
                <tr key={channel}>
                  <td>{channel}</td>
                  <td className="num">{f}</td>
                  <td className="num">{l}</td>
                  <td className="num">{a}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      </div>
    </div>
  );
}
