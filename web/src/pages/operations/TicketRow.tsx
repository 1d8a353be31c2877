// One ticket: subject, priority, status with the moves allowed from it, SLA due time (late
// ones flagged), assignee and partner.
import { useMutation } from "@apollo/client/react";
import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { Link } from "../../app/router";
import { Badge, formatDate, humanize } from "../../ui/ui";

const ROW = graphql(`
  fragment TicketRow on Ticket {
    id
    subject
    priority
    createdAt
    closedAt
    slaDueAt
    slaBreached
    resolutionHours
    status {
      id
      key
      name
      next {
        id
        key
        name
      }
    }
    assignee {
      id
      fullName
    }
    partner {
      id
      brandName
    }
  }
`);

const MOVE = graphql(`
  mutation MoveTicket($id: ID!, $status: String!) {
    moveTicket(id: $id, status: $status) {
      id
      ...TicketRow
    }
  }
`);

export function TicketRow({ ticket }: { ticket: FragmentType<typeof ROW> }) {
  const t = getFragmentData(ROW, ticket);
  const [move, { loading, error }] = useMutation(MOVE, { refetchQueries: ["OperationsPage"] });
  return (
    <tr className={t.slaBreached ? "breached" : undefined}>
      <td>
        {t.subject}
        <div className="muted">
          opened {formatDate(t.createdAt)}
          {t.partner && (
            <>
              {" "}
              · <Link to={`/partners/${t.partner.id}`}>{t.partner.brandName}</Link>
            </>
          )}
        </div>
      </td>
      <td>
        <Badge value={t.priority} kind="priority" />
      </td>
      <td>{t.status.name}</td>
      <td>
        {t.closedAt
          ? `closed in ${t.resolutionHours} h`
          : t.slaDueAt
            ? `due ${new Date(t.slaDueAt).toLocaleString()}`
            : "—"}
        {t.slaBreached && <strong className="warn"> · SLA breached</strong>}
      </td>
      <td>{t.assignee?.fullName ?? <span className="muted">unassigned</span>}</td>
      <td>
        <span className="actions">
          {t.status.next.map((n) => (
            <button
              key={n.id}
              type="button"
              className="small"
              disabled={loading}
              aria-label={`Move "${t.subject}" to ${n.name}`}
              onClick={() =>
                move({ variables: { id: t.id, status: n.key } }).catch(() => undefined)
              }
            >
              {humanize(n.key.toUpperCase())}
            </button>
          ))}
        </span>
        {error && (
          <span role="alert" className="warn">
            {error.message}
          </span>
        )}
      </td>
    </tr>
  );
}
