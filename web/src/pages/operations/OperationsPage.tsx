// Operations: tickets per SLA (open, closed, breached) and time to close per priority for
// those who may read every ticket; the ticket list (open, closed or all) with status moves;
// and a form to report a ticket.
import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import type { TaskPriority, TicketFilter } from "../../gql/graphql";
import { useUrlView, SelectFilter } from "../../app/filters";
import { BarChart, ErrorState, Section, Skeleton, Tabs, humanize } from "../../ui/ui";
import { TicketRow } from "./TicketRow";

const PAGE = graphql(`
  query OperationsPage($filter: TicketFilter, $readsAll: Boolean!) {
    opsOverview @include(if: $readsAll) {
      slaId
      slaName
      resolutionTargetHours
      openTickets
      closedTickets
      breachedTickets
    }
    opsAverageResolutionTime @include(if: $readsAll) {
      priority
      closedTickets
      averageHours
    }
    tickets(first: 200, filter: $filter, orderBy: [{ createdAt: DESC }]) {
      totalCount
      edges {
        node {
          id
          ...TicketRow
        }
      }
    }
  }
`);

const CREATE = graphql(`
  mutation CreateTicket($input: CreateTicketInput!) {
    createTicket(input: $input) {
      id
    }
  }
`);

const PRIORITIES: TaskPriority[] = ["URGENT", "HIGH", "MEDIUM", "LOW"];
const VIEWS: Record<string, { label: string; filter: TicketFilter }> = {
  open: { label: "Open", filter: { closedAt: { isNull: true } } },
  closed: { label: "Closed", filter: { closedAt: { isNull: false } } },
  all: { label: "All", filter: {} },
};

function NewTicket() {
  const [subject, setSubject] = useState("");
  const [priority, setPriority] = useState<TaskPriority>("MEDIUM");
  const [create, { loading, error, data }] = useMutation(CREATE, {
    refetchQueries: ["OperationsPage"],
  });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await create({ variables: { input: { subject, priority } } }).catch(() => null);
    if (done?.data) setSubject("");
  };
  return (
    <form className="filters" onSubmit={submit} aria-label="Report a ticket">
      <label>
        Subject{" "}
        <input
          value={subject}
          required
          onChange={(e) => setSubject(e.target.value)}
          placeholder="What is wrong?"
          aria-label="Subject"
        />
      </label>
      <SelectFilter
        label="Priority"
        value={priority}
        onChange={(v) => setPriority(v as TaskPriority)}
        options={PRIORITIES.map((p) => ({ value: p, label: humanize(p) }))}
      />
      <button type="submit" disabled={loading}>
        Report ticket
      </button>
      {error && (
        <span role="alert" className="warn">
          Not reported: {error.message}
        </span>
      )}
      {data && !loading && <span role="status">Reported.</span>}
    </form>
  );
}

export function OperationsPage({ permissions }: { permissions: string[] }) {
  const { view, setView } = useUrlView("/operations", VIEWS);
  const readsAll = permissions.includes("ops:read");
  const { data, error, refetch } = useQuery(PAGE, {
    variables: { filter: VIEWS[view].filter, readsAll },
  });
  if (error) return <ErrorState error={error} retry={refetch} />;
  if (!data) return <Skeleton rows={10} label="Loading tickets" />;
  return (
    <div className="page">
      <h1>Operations</h1>
      <div className="grid">
        {data.opsOverview && (
          <Section title="Tickets per SLA">
            <table className="data compact">
              <thead>
                <tr>
                  <th>SLA</th>
                  <th className="num">Target</th>
                  <th className="num">Open</th>
                  <th className="num">Closed</th>
                  <th className="num">Breached</th>
                </tr>
              </thead>
              <tbody>
                {data.opsOverview.map((r) => (
                  <tr key={r.slaId}>
                    <td>{r.slaName}</td>
                    <td className="num">{r.resolutionTargetHours} h</td>
                    <td className="num">{r.openTickets}</td>
                    <td className="num">{r.closedTickets}</td>
                    <td className={`num${r.breachedTickets ? " warn" : ""}`}>
                      {r.breachedTickets}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Section>
        )}
        {data.opsAverageResolutionTime && (
          <Section title="Average time to close">
            <BarChart
              title="Hours to close, by priority"
              bars={PRIORITIES.map((p) => ({
                label: humanize(p),
                value:
                  data.opsAverageResolutionTime!.find((r) => r.priority === p)?.averageHours ?? 0,
              }))}
            />
          </Section>
        )}
      </div>
      <Section
        title={`Tickets (${data.tickets.totalCount})`}
        actions={<Tabs label="Which tickets" views={VIEWS} value={view} onChange={setView} />}
      >
        <NewTicket />
        <div className="table-wrap">
          <table className="data">
            <thead>
              <tr>
                <th>Subject</th>
                <th>Priority</th>
                <th>Status</th>
                <th>SLA</th>
                <th>Assignee</th>
                <th>Move to</th>
              </tr>
            </thead>
            <tbody>
              {data.tickets.edges.map((e) => (
                <TicketRow key={e.node.id} ticket={e.node} />
              ))}
            </tbody>
          </table>
        </div>
        {!data.tickets.edges.length && <p>No tickets here.</p>}
      </Section>
    </div>
  );
}
