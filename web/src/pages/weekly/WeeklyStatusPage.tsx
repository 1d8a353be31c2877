// Weekly status: a grid of partners × the last weeks, where this week's status is recorded in
// place. Pod leaders see their partners (the API scopes them), admins everyone's.
import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { ErrorState, Skeleton, addWeeks, formatDate, mondayOf } from "../../ui/ui";
import { WeeklyStatusRow } from "./WeeklyStatusRow";

const WEEKS = 6;
const PAGE = 50;

const GRID = graphql(`
  query WeeklyStatusPage($from: Date!, $first: Int!, $after: String) {
    partners(
      first: $first
      after: $after
      filter: { status: { notIn: [CHURNED] } }
      orderBy: [{ brandName: ASC }]
    ) {
      totalCount
      edges {
        cursor
        node {
          id
          ...WeeklyStatusRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export function WeeklyStatusPage() {
  const thisWeek = mondayOf(new Date());
  const from = addWeeks(thisWeek, -(WEEKS - 1));
  const weeks = Array.from({ length: WEEKS }, (_, i) => addWeeks(from, i));
  const { data, error, refetch, fetchMore } = useQuery(GRID, { variables: { from, first: PAGE } });
  const [more, setMore] = useState(false);
  if (error) return <ErrorState error={error} retry={refetch} />;
  if (!data) return <Skeleton rows={10} label="Loading weekly statuses" />;
  const conn = data.partners;
  const recorded = conn.edges.length;
  return (
    <div className="page">
      <h1>Weekly status</h1>
      <p className="muted">
        Record each partner's status for the week of {formatDate(thisWeek)}. {conn.totalCount}{" "}
        partners{recorded < conn.totalCount ? `, ${recorded} shown` : ""}.
      </p>
      <div className="table-wrap">
        <table className="data weekly-grid">
          <thead>
            <tr>
              <th scope="col">Partner</th>
              {weeks.slice(0, -1).map((w) => (
                <th key={w} scope="col" className="week">
                  {formatDate(w)}
                </th>
              ))}
              <th scope="col">This week</th>
            </tr>
          </thead>
          <tbody>
            {conn.edges.map((e) => (
              <WeeklyStatusRow key={e.node.id} partner={e.node} weeks={weeks} from={from} />
            ))}
          </tbody>
        </table>
      </div>
      {conn.pageInfo.hasNextPage && (
        <button
          type="button"
          className="load-more"
          disabled={more}
          onClick={() => {
            setMore(true);
            void fetchMore({ variables: { after: conn.pageInfo.endCursor } }).finally(() =>
              setMore(false),
            );
          }}
        >
          {more ? "Loading…" : `Load ${PAGE} more`}
        </button>
      )}
    </div>
  );
}
