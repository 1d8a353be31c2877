// One lead: company and contact, owner, value, its stage (move it, with a reason when lost),
// and for a won lead the partner it became, or "Make partner".
import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { Link } from "../../app/router";
import { Badge, formatMoney } from "../../ui/ui";

const ROW = graphql(`
  fragment LeadRow on SalesLead {
    id
    company
    contactName
    stage
    status
    expectedValue
    owner {
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
  mutation MoveLead($id: ID!, $stage: String!, $reasonId: ID) {
    moveLeadStage(id: $id, stage: $stage, reasonId: $reasonId) {
      id
      ...LeadRow
    }
  }
`);
const CONVERT = graphql(`
  mutation ConvertLead($id: ID!) {
    convertLead(id: $id) {
      id
      ...LeadRow
    }
  }
`);

export interface Stage {
  key: string;
  name: string;
  outcome: string | null;
}

export function LeadRow({
  lead,
  stages,
  lostReasons,
  canConvert,
}: {
  lead: FragmentType<typeof ROW>;
  stages: Stage[];
  lostReasons: { id: string; name: string }[];
  canConvert: boolean;
}) {
  const l = getFragmentData(ROW, lead);
  const [move, moving] = useMutation(MOVE, { refetchQueries: ["SalesPage"] });
  const [convert, converting] = useMutation(CONVERT);
  const [target, setTarget] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const go = (stage: string, reasonId?: string) => {
    void move({ variables: { id: l.id, stage, reasonId } })
      .then(() => setTarget(null))
      .catch(() => undefined);
  };
  const pick = (stage: string) => {
    if (stages.find((s) => s.key === stage)?.outcome === "lost") setTarget(stage);
    else go(stage);
  };
  const error = moving.error ?? converting.error;
  return (
    <tr>
      <td>
        {l.company}
        <div className="muted">{l.contactName ?? ""}</div>
      </td>
      <td>{l.owner?.fullName ?? <span className="muted">nobody</span>}</td>
      <td className="num">{l.expectedValue ? formatMoney(l.expectedValue) : "—"}</td>
      <td>
        {l.partner ? (
          <>
            Partner: <Link to={`/partners/${l.partner.id}`}>{l.partner.brandName}</Link>
          </>
        ) : (
          <select
            aria-label={`Stage of ${l.company}`}
            value={l.stage}
            disabled={moving.loading}
            onChange={(e) => pick(e.target.value)}
          >
            {stages.map((s) => (
              <option key={s.key} value={s.key}>
                {s.name}
              </option>
            ))}
          </select>
        )}
        {target && (
          <span className="inline-edit">
            <select
              aria-label={`Why ${l.company} was lost`}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            >
              <option value="">Why was it lost?</option>
              {lostReasons.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="small"
              disabled={!reason}
              onClick={() => go(target, reason)}
            >
              Mark lost
            </button>
            <button type="button" className="small" onClick={() => setTarget(null)}>
              Cancel
            </button>
          </span>
        )}
      </td>
      <td>
        <Badge value={l.status} kind="lead" />{" "}
        {l.status === "WON" && !l.partner && canConvert && (
          <button
            type="button"
            className="small"
            disabled={converting.loading}
            onClick={() => convert({ variables: { id: l.id } }).catch(() => undefined)}
          >
            Make partner
          </button>
        )}
        {error && (
          <span role="alert" className="warn">
            {" "}
            {error.message}
          </span>
        )}
      </td>
    </tr>
  );
}
