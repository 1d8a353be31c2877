// A source's recent runs: counts, and each rejected row with its column, raw value and reason;
// an applied batch can be reverted (which stages the restoring changes for review).
import { useMutation } from "@apollo/client/react";
import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { Badge, formatDate } from "../../ui/ui";

const LOG = graphql(`
  fragment SyncLogEntry on SyncLog {
    id
    batchId
    status
    startedAt
    recordsScanned
    changesStaged
    changesApplied
    errors
    errorLog
    inputName
    initiatedBy {
      id
      fullName
    }
  }
`);

const REVERT = graphql(`
  mutation RevertBatch($batchId: ID!) {
    revertBatch(batchId: $batchId)
  }
`);

interface RowError {
  row: number;
  tab?: string;
  column: string | null;
  field: string | null;
  value: string | null;
  message: string;
}

export function SyncLogList({ logs }: { logs: FragmentType<typeof LOG>[] }) {
  const entries = getFragmentData(LOG, logs);
  const [revert, { data: reverted, error }] = useMutation(REVERT, {
    refetchQueries: ["ReviewPage"],
  });
  if (!entries.length) return <p className="muted">No runs yet.</p>;
  return (
    <ul className="plain sync-logs" aria-label="Recent runs">
      {entries.map((l) => {
        const rows = (Array.isArray(l.errorLog) ? l.errorLog : []) as RowError[];
        return (
          <li key={l.id}>
            <Badge value={l.status} kind="sync" /> {formatDate(l.startedAt)} · {l.recordsScanned}{" "}
            rows, {l.changesStaged} staged, {l.changesApplied} applied, {l.errors} errors
            {l.initiatedBy && <span className="muted"> · by {l.initiatedBy.fullName}</span>}
            {l.changesApplied > 0 && (
              <button
                type="button"
                className="small"
                onClick={() => revert({ variables: { batchId: l.batchId } }).catch(() => undefined)}
              >
                Revert batch
              </button>
            )}
            {rows.length > 0 && (
              <details>
                <summary>{rows.length} row errors</summary>
                <table className="data compact">
                  <thead>
                    <tr>
                      <th>Row</th>
                      <th>Column</th>
                      <th>Field</th>
                      <th>Value</th>
                      <th>Reason</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r, i) => (
                      <tr key={i}>
                        <td>
                          {r.tab ? `${r.tab} · ` : ""}
                          {r.row}
                        </td>
                        <td>{r.column ?? "—"}</td>
                        <td>{r.field ?? "—"}</td>
                        <td>{r.value ?? ""}</td>
                        <td>{r.message}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
            )}
          </li>
        );
      })}
      {reverted && (
        <li role="status">
          Revert staged as batch {reverted.revertBatch.slice(0, 8)}: review it below.
        </li>
      )}
      {error && (
        <li role="alert" className="warn">
          Could not revert: {error.message}
        </li>
      )}
    </ul>
  );
}
