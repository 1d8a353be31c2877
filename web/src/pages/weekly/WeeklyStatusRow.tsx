// One partner in the weekly grid: the past weeks as cells, and this week's status, happy-client
// flag and notes recorded in place. The save shows at once (optimistic) and rolls back on error.
import { useState, type FormEvent } from "react";
import { useMutation } from "@apollo/client/react";
import { graphql, getFragmentData, type FragmentType } from "../../gql";
import type { PartnerStatus } from "../../gql/graphql";
import { Link } from "../../app/router";
import { PARTNER_STATUSES } from "../../app/enums";
import { formatDate, humanize } from "../../ui/ui";

export const ROW = graphql(`
  fragment WeeklyStatusRow on Partner {
    id
    brandName
    partnerCode
    status
    weeklyStatuses(from: $from, first: 12) {
      edges {
        node {
          id
          weekStartDate
          status
          happyClient
          notes
        }
      }
    }
  }
`);

const RECORD = graphql(`
  mutation RecordWeeklyStatus($input: RecordWeeklyStatusInput!, $from: Date!) {
    recordWeeklyStatus(input: $input) {
      id
      weekStartDate
      status
      happyClient
      notes
      partner {
        id
        ...WeeklyStatusRow
      }
    }
  }
`);

export function WeeklyStatusRow({
  partner,
  weeks,
  from,
}: {
  partner: FragmentType<typeof ROW>;
  weeks: string[];
  from: string;
}) {
  const p = getFragmentData(ROW, partner);
  const thisWeek = weeks[weeks.length - 1];
  const byWeek = new Map(p.weeklyStatuses.edges.map((e) => [e.node.weekStartDate, e.node]));
  const current = byWeek.get(thisWeek);
  const last = p.weeklyStatuses.edges[0]?.node;
  const [status, setStatus] = useState<PartnerStatus>(current?.status ?? last?.status ?? p.status);
  const [happy, setHappy] = useState(current?.happyClient ?? true);
  const [notes, setNotes] = useState(current?.notes ?? "");
  const [record, { loading, error }] = useMutation(RECORD);

  const save = (e: FormEvent) => {
    e.preventDefault();
    const saved = {
      __typename: "WeeklyStatus" as const,
      id: current?.id ?? `optimistic-${p.id}`,
      weekStartDate: thisWeek,
      status,
      happyClient: happy,
      notes: notes || null,
    };
    const others = p.weeklyStatuses.edges.filter((x) => x.node.weekStartDate !== thisWeek);
    void record({
      variables: {
        input: {
          partnerId: p.id,
          week: thisWeek,
          status,
          happyClient: happy,
          notes: notes || null,
        },
        from,
      },
      optimisticResponse: {
        recordWeeklyStatus: {
          ...saved,
          partner: {
            ...p,
            __typename: "Partner",
            weeklyStatuses: {
              __typename: "WeeklyStatusConnection",
              edges: [{ __typename: "WeeklyStatusEdge", node: saved }, ...others],
            },
          },
        },
      } as never,
    }).catch(() => undefined); // the error renders below
  };

  const label = `${p.brandName}, week of ${formatDate(thisWeek)}`;
  return (
    <tr>
      <th scope="row">
        <Link to={`/partners/${p.id}`}>{p.brandName}</Link>{" "}
        <div className="muted">{p.partnerCode}</div>
      </th>
      {weeks.slice(0, -1).map((w) => {
        const s = byWeek.get(w);
        return (
          <td
            key={w}
            className={`cell status-${s?.status.toLowerCase() ?? "none"}`}
            title={s ? humanize(s.status) : "not recorded"}
          >
            <span className="visually-hidden">{s ? humanize(s.status) : "not recorded"}</span>
          </td>
        );
      })}
      <td className="this-week">
        <form onSubmit={save} aria-label={label}>
          <select
            aria-label={`Status for ${label}`}
            value={status}
            onChange={(e) => setStatus(e.target.value as PartnerStatus)}
          >
            {PARTNER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {humanize(s)}
              </option>
            ))}
          </select>
          <label className="inline">
            <input type="checkbox" checked={happy} onChange={(e) => setHappy(e.target.checked)} />{" "}
            Happy client
          </label>
          <input
            aria-label={`Notes for ${label}`}
            value={notes}
            placeholder="Notes"
            onChange={(e) => setNotes(e.target.value)}
          />
          <button type="submit" disabled={loading}>
            {current ? "Update" : "Record"}
          </button>
          {current && !loading && !error && (
            <span className="ok" aria-label="Recorded">
              {" "}
              ✓
            </span>
          )}
          {error && (
            <span role="alert" className="warn">
              {" "}
              Not saved: {error.message}
            </span>
          )}
        </form>
      </td>
    </tr>
  );
}
