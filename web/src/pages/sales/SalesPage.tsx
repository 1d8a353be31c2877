// Sales: open leads and their value per stage, who is most active, and the leads themselves
// (open, won or lost) with stage moves, lost reasons and conversion into partners.
import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import type { LeadStatus } from "../../gql/graphql";
import { useUrlView } from "../../app/filters";
import {
  BarChart,
  ErrorState,
  Section,
  Skeleton,
  Tabs,
  formatDate,
  formatMoney,
} from "../../ui/ui";
import { LeadRow } from "./LeadRow";

const PAGE = graphql(`
  query SalesPage($status: LeadStatus!, $readsAll: Boolean!) {
    salesStages {
      key
      name
      outcome
    }
    salesReasons {
      id
      name
      category
    }
    salesPipelineOverview @include(if: $readsAll) {
      stage
      leads
      expectedValue
    }
    salesActivitySummary @include(if: $readsAll) {
      staff {
        id
        fullName
      }
      activities
      calls
      emails
      meetings
      lastActivityDate
    }
    salesLeads(first: 200, filter: { status: { eq: $status } }, orderBy: [{ createdAt: DESC }]) {
      totalCount
      edges {
        node {
          id
          ...LeadRow
        }
      }
    }
  }
`);

const CREATE = graphql(`
  mutation CreateLead($input: CreateLeadInput!) {
    createLead(input: $input) {
      id
    }
  }
`);

const VIEWS: Record<string, { label: string; status: LeadStatus }> = {
  open: { label: "Open", status: "OPEN" },
  won: { label: "Won", status: "WON" },
  lost: { label: "Lost", status: "LOST" },
};

function NewLead() {
  const [company, setCompany] = useState("");
  const [value, setValue] = useState("");
  const [create, { loading, error }] = useMutation(CREATE, { refetchQueries: ["SalesPage"] });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await create({
      variables: { input: { company, expectedValue: value || null } },
    }).catch(() => null);
    if (done?.data) {
      setCompany("");
      setValue("");
    }
  };
  return (
    <form className="filters" onSubmit={submit} aria-label="Add a lead">
      <label>
        Company{" "}
        <input
          aria-label="Company"
          required
          value={company}
          onChange={(e) => setCompany(e.target.value)}
        />
      </label>
      <label>
        Expected value{" "}
        <input
          aria-label="Expected value"
          inputMode="decimal"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          placeholder="24000"
        />
      </label>
      <button type="submit" disabled={loading}>
        Add lead
      </button>
      {error && (
        <span role="alert" className="warn">
          Not added: {error.message}
        </span>
      )}
    </form>
  );
}

export function SalesPage({ permissions }: { permissions: string[] }) {
  const { view, setView } = useUrlView("/sales", VIEWS);
  const readsAll = permissions.includes("leads:read");
  const { data, error, refetch } = useQuery(PAGE, {
    variables: { status: VIEWS[view].status, readsAll },
  });
  if (error) return <ErrorState error={error} retry={refetch} />;
  if (!data) return <Skeleton rows={10} label="Loading leads" />;
  const stages = data.salesStages;
  const lostReasons = data.salesReasons.filter((r) => r.category === "LOST");
  const stageName = (key: string) => stages.find((s) => s.key === key)?.name ?? key;
  return (
    <div className="page">
      <h1>Sales</h1>
      <div className="grid">
        {data.salesPipelineOverview && (
          <Section title="Open pipeline">
            <BarChart
              title="Expected value per stage"
              bars={data.salesPipelineOverview.map((r) => ({
                label: `${stageName(r.stage)} (${r.leads})`,
                value: Math.round(Number(r.expectedValue)),
              }))}
            />
          </Section>
        )}
        {data.salesActivitySummary && (
          <Section title="Activity per person">
            <table className="data compact">
              <thead>
                <tr>
                  <th>Person</th>
                  <th className="num">Calls</th>
                  <th className="num">Emails</th>
                  <th className="num">Meetings</th>
                  <th>Latest</th>
                </tr>
              </thead>
              <tbody>
                {data.salesActivitySummary.map((a) => (
                  <tr key={a.staff?.id}>
                    <td>{a.staff?.fullName}</td>
                    <td className="num">{a.calls}</td>
                    <td className="num">{a.emails}</td>
                    <td className="num">{a.meetings}</td>
                    <td>{formatDate(a.lastActivityDate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Section>
        )}
      </div>
      <Section
        title={`Leads (${data.salesLeads.totalCount})`}
        actions={<Tabs label="Which leads" views={VIEWS} value={view} onChange={setView} />}
      >
        <NewLead />
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th>Company</th>
                <th>Owner</th>
                <th className="num">Value</th>
                <th>Stage</th>
                <th>Status</th>
              </tr>
            </thead>
            <tbody>
              {data.salesLeads.edges.map((e) => (
                <LeadRow
                  key={e.node.id}
                  lead={e.node}
                  stages={stages}
                  lostReasons={lostReasons}
                  canConvert={permissions.includes("partners:write")}
                />
              ))}
            </tbody>
          </table>
        </div>
        {!data.salesLeads.edges.length && <p>No leads here.</p>}
      </Section>
      <p className="muted">
        Total open value:{" "}
        {formatMoney(
          (data.salesPipelineOverview ?? []).reduce((n, r) => n + Number(r.expectedValue), 0),
        )}
      </p>
    </div>
  );
}
