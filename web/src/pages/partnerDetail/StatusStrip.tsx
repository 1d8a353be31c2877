// A heat-strip of the partner's weekly statuses, oldest to newest, one cell per week
// (empty when nothing was recorded), with the latest notes below.
import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { Section, addWeeks, formatDate, humanize } from "../../ui/ui";

const STRIP = graphql(`
  fragment PartnerStatusStrip on Partner {
    id
    weeklyStatuses(from: $from, first: 60) {
      edges {
        node {
          id
          weekStartDate
          status
          happyClient
          notes
          reportedBy {
            id
            fullName
          }
        }
      }
    }
  }
`);

export function StatusStrip({
  partner,
  from,
  weeks,
}: {
  partner: FragmentType<typeof STRIP>;
  from: string;
  weeks: number;
}) {
  const p = getFragmentData(STRIP, partner);
  const byWeek = new Map(p.weeklyStatuses.edges.map((e) => [e.node.weekStartDate, e.node]));
  const cells = Array.from({ length: weeks }, (_, i) => addWeeks(from, i));
  const latest = p.weeklyStatuses.edges[0]?.node;
  return (
    <Section title={`Weekly status, last ${weeks} weeks`}>
      <ol className="heat-strip" aria-label="Weekly statuses">
        {cells.map((week) => {
          const s = byWeek.get(week);
          const label = `Week of ${formatDate(week)}: ${s ? `${humanize(s.status)}${s.happyClient === false ? ", client unhappy" : ""}${s.reportedBy ? ` (by ${s.reportedBy.fullName})` : ""}` : "not recorded"}`;
          return (
            <li
              key={week}
              className={`cell status-${s?.status.toLowerCase() ?? "none"}`}
              title={label}
              aria-label={label}
            />
          );
        })}
      </ol>
      {latest?.notes && (
        <p className="note">
          “{latest.notes}”{" "}
          <span className="muted">
            — {latest.reportedBy?.fullName ?? "unknown"}, week of {formatDate(latest.weekStartDate)}
          </span>
        </p>
      )}
    </Section>
  );
}
