// One data source: its state, "Run sync" (a CSV file for CSV sources) with live progress
// polled from the run's SyncLog, and its recent runs with their per-row errors.
import { useEffect, useRef, useState, type ChangeEvent } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { Badge, Section, formatDate } from "../../ui/ui";
import { SyncLogList } from "./SyncLogList";
import { MappingEditor } from "./MappingEditor";

const SOURCE = graphql(`
  fragment DataSourceCard on DataSource {
    id
    name
    type
    status
    description
    lastSyncedAt
    lastSyncError
    fieldMappings {
      id
      sourceTab
      sourceColumn
      targetTable
      targetField
      transformType
      isAuthoritative
      priority
    }
    ...MappingEditor
    syncLogs(first: 5, orderBy: [{ startedAt: DESC }]) {
      edges {
        node {
          id
          ...SyncLogEntry
        }
      }
    }
  }
`);

const RUN = graphql(`
  mutation RunSync($id: ID!, $csv: String) {
    runSync(dataSourceId: $id, csv: $csv, wait: false) {
      id
      status
      progress {
        step
        percent
      }
    }
  }
`);

const PROGRESS = graphql(`
  query SyncProgress($id: ID!) {
    syncLog(id: $id) {
      id
      status
      changesStaged
      errors
      progress {
        step
        done
        total
        percent
      }
    }
  }
`);

/** Polls the run until it ends, then reports how it ended. */
function Progress({ logId, onDone }: { logId: string; onDone: (summary: string) => void }) {
  const { data, stopPolling } = useQuery(PROGRESS, {
    variables: { id: logId },
    pollInterval: 500,
    fetchPolicy: "network-only",
  });
  const log = data?.syncLog;
  const finished = !!log && !["QUEUED", "RUNNING"].includes(log.status);
  const reported = useRef(false); // report the end once, however often the card re-renders meanwhile
  useEffect(() => {
    if (!finished || !log || reported.current) return;
    reported.current = true;
    stopPolling();
    onDone(
      `Sync ${log.status.toLowerCase()}: ${log.changesStaged} changes staged, ${log.errors} row errors.`,
    );
  }, [finished, log, stopPolling, onDone]);
  const pct = log?.progress.percent ?? 0;
  return (
    <div role="status" className="sync-progress">
      <div
        className="meter"
        role="progressbar"
        aria-label="Sync progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
      >
        <span style={{ width: `${pct}%` }} />
      </div>
      {log ? `${log.progress.step}… ${log.progress.done}/${log.progress.total}` : "Starting…"}
    </div>
  );
}

export function DataSourceCard({
  source,
  onSynced,
}: {
  source: FragmentType<typeof SOURCE>;
  onSynced: () => void;
}) {
  const s = getFragmentData(SOURCE, source);
  const [run, { error }] = useMutation(RUN);
  const [running, setRunning] = useState<string | null>(null);
  const [summary, setSummary] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const start = async (csv?: string) => {
    setSummary(null);
    const res = await run({ variables: { id: s.id, csv } }).catch(() => null);
    if (res?.data) setRunning(res.data.runSync.id);
  };
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (file) await start(await file.text());
  };
  return (
    <Section title={s.name} actions={<Badge value={s.status} kind="source" />}>
      <p className="muted">
        {s.type === "CSV" ? "CSV file" : s.type.replace(/_/g, " ").toLowerCase()} · last synced{" "}
        {s.lastSyncedAt ? formatDate(s.lastSyncedAt) : "never"}
        {s.description ? ` · ${s.description}` : ""}
      </p>
      {s.lastSyncError && <p className="warn">Last sync failed: {s.lastSyncError}</p>}
      <details>
        <summary>{s.fieldMappings.length} field mappings</summary>
        <table className="data compact">
          <thead>
            <tr>
              <th>Column</th>
              <th>Target</th>
              <th>Transform</th>
              <th>Authority</th>
            </tr>
          </thead>
          <tbody>
            {s.fieldMappings.map((m) => (
              <tr key={m.id}>
                <td>
                  {m.sourceTab ? `${m.sourceTab} · ` : ""}
                  {m.sourceColumn}
                </td>
                <td>
                  {m.targetTable}.{m.targetField}
                </td>
                <td>{m.transformType.toLowerCase()}</td>
                <td>{m.isAuthoritative ? "authoritative" : `priority ${m.priority}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      {editing && <MappingEditor source={s} onClose={() => setEditing(false)} />}
      <div className="actions">
        {!editing && (
          <button type="button" onClick={() => setEditing(true)}>
            Edit mappings
          </button>
        )}
        {s.type === "CSV" ? (
          <label className="button">
            Run sync from a CSV file…{" "}
            <input
              type="file"
              accept=".csv,text/csv"
              className="visually-hidden"
              onChange={onFile}
              disabled={!!running}
            />
          </label>
        ) : (
          <button type="button" onClick={() => start()} disabled={!!running}>
            Run sync
          </button>
        )}
      </div>
      {error && (
        <p role="alert" className="warn">
          Could not start the sync: {error.message}
        </p>
      )}
      {running && (
        <Progress
          logId={running}
          onDone={(text) => {
            setRunning(null);
            setSummary(text);
            onSynced();
          }}
        />
      )}
      {summary && <p role="status">{summary}</p>}
      <SyncLogList logs={s.syncLogs.edges.map((e) => e.node)} />
    </Section>
  );
}
