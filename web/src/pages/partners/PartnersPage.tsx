// Partners: search, filters (status, tier, pod leader, squad), sorting and "load more" over
// the partners connection, all held in the URL; CSV export of exactly the current filter.
import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { PARTNER_STATUSES, PARTNER_TIERS } from "../../app/enums";
import { useLocation } from "../../app/router";
import { SearchFilter, SelectFilter, useUrlFilters } from "../../app/filters";
import { ErrorState, Skeleton, humanize } from "../../ui/ui";
import { partnerQuery, SORTS, type SortKey } from "./partnerFilter";
import { PartnerRow } from "./PartnerRow";
import { ExportButton } from "./ExportButton";

const PAGE = 50;

const PARTNERS = graphql(`
  query PartnersPage(
    $first: Int!
    $after: String
    $filter: PartnerFilter
    $orderBy: [PartnerOrderBy!]
  ) {
    partners(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      edges {
        cursor
        node {
          id
          ...PartnerRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const FILTER_OPTIONS = graphql(`
  query PartnerFilterOptions {
    podLeaders: staffMembers(
      first: 200
      filter: { role: { eq: POD_LEADER } }
      orderBy: [{ fullName: ASC }]
    ) {
      edges {
        node {
          id
          fullName
        }
      }
    }
    squads(first: 200, orderBy: [{ name: ASC }]) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

function Filters() {
  const { params, set } = useUrlFilters("/partners");
  const options = useQuery(FILTER_OPTIONS);
  const nodes = <T,>(conn?: { edges: { node: T }[] }) => conn?.edges.map((e) => e.node) ?? [];
  return (
    <div className="filters">
      <SearchFilter
        value={params.get("q") ?? ""}
        placeholder="Brand, code or client"
        onSearch={(q) => set("q", q)}
      />
      <SelectFilter
        label="Status"
        any="Any"
        value={params.get("status") ?? ""}
        onChange={(v) => set("status", v)}
        options={PARTNER_STATUSES.map((s) => ({ value: s, label: humanize(s) }))}
      />
      <SelectFilter
        label="Tier"
        any="Any"
        value={params.get("tier") ?? ""}
        onChange={(v) => set("tier", v)}
        options={PARTNER_TIERS.map((t) => ({ value: t, label: humanize(t) }))}
      />
      <SelectFilter
        label="Pod leader"
        any="Anyone"
        value={params.get("podLeader") ?? ""}
        onChange={(v) => set("podLeader", v)}
        options={nodes(options.data?.podLeaders).map((s) => ({ value: s.id, label: s.fullName }))}
      />
      <SelectFilter
        label="Squad"
        any="Any"
        value={params.get("squad") ?? ""}
        onChange={(v) => set("squad", v)}
        options={nodes(options.data?.squads).map((s) => ({ value: s.id, label: s.name }))}
      />
      <SelectFilter
        label="Sort"
        value={params.get("sort") ?? "brand"}
        onChange={(v) => set("sort", v)}
        options={(Object.keys(SORTS) as SortKey[]).map((k) => ({
          value: k,
          label: SORTS[k].label,
        }))}
      />
    </div>
  );
}

export function PartnersPage({ permissions }: { permissions: string[] }) {
  const { params } = useLocation();
  const { filter, orderBy } = partnerQuery(params);
  const { data, loading, error, refetch, fetchMore } = useQuery(PARTNERS, {
    variables: { first: PAGE, filter, orderBy },
    notifyOnNetworkStatusChange: true,
  });
  const [more, setMore] = useState(false);
  const conn = data?.partners;
  const loadMore = async () => {
    setMore(true);
    try {
      await fetchMore({ variables: { after: conn?.pageInfo.endCursor } });
    } finally {
      setMore(false);
    }
  };
  return (
    <div className="page">
      <header className="page-header">
        <h1>Partners</h1>
        <ExportButton
          filter={filter}
          orderBy={orderBy}
          showFinancials={permissions.includes("partners:financials")}
        />
      </header>
      <Filters />
      {error && <ErrorState error={error} retry={refetch} />}
      {!conn && loading && <Skeleton rows={10} label="Loading partners" />}
      {conn && (
        <>
          <p className="muted" role="status">
            Showing {conn.edges.length} of {conn.totalCount} partners
          </p>
          <div className="table-wrap">
            <table className="data">
              <thead>
                <tr>
                  <th>Brand</th>
                  <th>Code</th>
                  <th>Status</th>
                  <th>Tier</th>
                  <th>Pod leader</th>
                  <th className="num">Child ASINs</th>
                  <th>Latest weekly status</th>
                </tr>
              </thead>
              <tbody>
                {conn.edges.map((e) => (
                  <PartnerRow key={e.node.id} partner={e.node} />
                ))}
              </tbody>
            </table>
          </div>
          {!conn.edges.length && (
            <p>
              No partner matches these filters. <a href="/partners">Clear them</a>
            </p>
          )}
          {conn.pageInfo.hasNextPage && (
            <button type="button" className="load-more" disabled={more} onClick={loadMore}>
              {more ? "Loading…" : `Load ${PAGE} more`}
            </button>
          )}
        </>
      )}
    </div>
  );
}
