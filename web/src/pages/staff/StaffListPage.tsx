// Staff: everyone with their role, squads and capacity; search and role filter in the URL.
import { useQuery } from "@apollo/client/react";
import { graphql, getFragmentData, type FragmentType } from "../../gql";
import type { StaffFilter, StaffRole } from "../../gql/graphql";
import { Link } from "../../app/router";
import { SearchFilter, SelectFilter, useUrlFilters } from "../../app/filters";
import { ErrorState, Skeleton, humanize } from "../../ui/ui";
import { CapacityBar } from "./CapacityBar";

const STAFF_ROW = graphql(`
  fragment StaffRow on Staff {
    id
    fullName
    email
    role
    title
    status
    currentClientCount
    maxClients
    squads {
      id
      name
    }
  }
`);

const STAFF = graphql(`
  query StaffListPage($filter: StaffFilter, $after: String) {
    staffMembers(first: 100, after: $after, filter: $filter, orderBy: [{ fullName: ASC }]) {
      totalCount
      edges {
        cursor
        node {
          id
          ...StaffRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const ROLES: StaffRole[] = [
  "ADMIN",
  "POD_LEADER",
  "BRAND_MANAGER",
  "CONVERSION_STRATEGIST",
  "GRAPHIC_DESIGNER",
  "OPERATIONS",
  "ANALYST",
  "FINANCE",
  "MARKETING",
];

function StaffRow({ person }: { person: FragmentType<typeof STAFF_ROW> }) {
  const s = getFragmentData(STAFF_ROW, person);
  return (
    <tr>
      <td>
        <Link to={`/staff/${s.id}`}>{s.fullName}</Link>
        <div className="muted">{s.title}</div>
      </td>
      <td>{humanize(s.role)}</td>
      <td>{s.squads.map((q) => q.name).join(", ") || <span className="muted">none</span>}</td>
      <td>
        <CapacityBar current={s.currentClientCount} max={s.maxClients} />
      </td>
      <td>{humanize(s.status)}</td>
    </tr>
  );
}

export function StaffListPage() {
  const { params, set } = useUrlFilters("/staff");
  const and: StaffFilter[] = [];
  if (params.get("q"))
    and.push({
      or: [{ fullName: { contains: params.get("q")! } }, { email: { contains: params.get("q")! } }],
    });
  if (params.get("role")) and.push({ role: { eq: params.get("role") as StaffRole } });
  const { data, loading, error, refetch, fetchMore } = useQuery(STAFF, {
    variables: { filter: { and } },
  });
  return (
    <div className="page">
      <h1>Staff</h1>
      <div className="filters">
        <SearchFilter
          value={params.get("q") ?? ""}
          placeholder="Name or email"
          onSearch={(q) => set("q", q)}
        />
        <SelectFilter
          label="Role"
          any="Any"
          value={params.get("role") ?? ""}
          onChange={(v) => set("role", v)}
          options={ROLES.map((r) => ({ value: r, label: humanize(r) }))}
        />
      </div>
      {error && <ErrorState error={error} retry={refetch} />}
      {!data && loading && <Skeleton rows={10} label="Loading staff" />}
      {data && (
        <>
          <p className="muted" role="status">
            {data.staffMembers.totalCount} people
          </p>
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th>Name</th>
                  <th>Role</th>
                  <th>Squads</th>
                  <th>Capacity</th>
                  <th>Status</th>
                </tr>
              </thead>
              <tbody>
                {data.staffMembers.edges.map((e) => (
                  <StaffRow key={e.node.id} person={e.node} />
                ))}
              </tbody>
            </table>
          </div>
          {data.staffMembers.pageInfo.hasNextPage && (
            <button
              type="button"
              className="load-more"
              onClick={() =>
                fetchMore({ variables: { after: data.staffMembers.pageInfo.endCursor } })
              }
            >
              Load more
            </button>
          )}
        </>
      )}
    </div>
  );
}
