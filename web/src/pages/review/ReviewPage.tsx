// Data sources and the review queue: run a sync, then review what it staged — changes grouped
// by batch, old → new per field, approve / reject with a reason / edit, in bulk or per batch,
// conflicts highlighted — and apply. Needs pipeline:read (review actions need pipeline:review).
import { useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import type { StagedChangeStatus } from "../../gql/graphql";
import { ErrorState, Section, Skeleton, Tabs } from "../../ui/ui";
import { DataSourceCard } from "./DataSourceCard";
import { ChangeCard } from "./ChangeCard";

const REVIEW = graphql(`
  query ReviewPage($statuses: [StagedChangeStatus!]!) {
    dataSources(first: 100) {
      edges {
        node {
          id
          ...DataSourceCard
        }
      }
    }
    stagedChanges(
      first: 300
      filter: { status: { in: $statuses } }
      orderBy: [{ createdAt: DESC }, { entityKey: ASC }]
    ) {
      totalCount
      edges {
        node {
          id
          batchId
          status
          dataSource {
            id
            name
          }
          ...ChangeCard
        }
      }
    }
  }
`);

const APPROVE = graphql(`
  mutation ApproveChanges($ids: [ID!]!) {
    approveStagedChanges(ids: $ids)
  }
`);
const REJECT = graphql(`
  mutation RejectChanges($ids: [ID!]!, $reason: String!) {
    rejectStagedChanges(ids: $ids, reason: $reason)
  }
`);
const APPROVE_BATCH = graphql(`
  mutation ApproveBatch($batchId: ID!) {
    approveBatch(batchId: $batchId)
  }
`);
const APPLY_BATCH = graphql(`
  mutation ApplyBatch($batchId: ID!) {
    applyBatch(batchId: $batchId) {
      applied
      failed
      conflicts
    }
  }
`);

const VIEWS: Record<string, { label: string; statuses: StagedChangeStatus[] }> = {
  open: { label: "To review", statuses: ["PENDING", "CONFLICT", "APPROVED"] },
  done: { label: "Applied and rejected", statuses: ["APPLIED", "REJECTED", "FAILED"] },
};

export function ReviewPage({ permissions }: { permissions: string[] }) {
  const [view, setView] = useState<keyof typeof VIEWS>("open");
  const { data, error, refetch } = useQuery(REVIEW, {
    variables: { statuses: VIEWS[view].statuses },
  });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const refetchQueries = ["ReviewPage"];
  const [approve] = useMutation(APPROVE, { refetchQueries });
  const [reject] = useMutation(REJECT, { refetchQueries });
  const [approveBatch] = useMutation(APPROVE_BATCH, { refetchQueries });
  const [applyBatch] = useMutation(APPLY_BATCH, { refetchQueries });
  const canReview = permissions.includes("pipeline:review");

  if (!permissions.includes("pipeline:read"))
    return (
      <div className="page">
        <h1>Data sources & review</h1>
        <p>Your role cannot see the pipeline; ask an admin for pipeline:read.</p>
      </div>
    );
  if (error) return <ErrorState error={error} retry={refetch} />;
  if (!data) return <Skeleton rows={10} label="Loading data sources" />;

  /** Runs a review action and says what it did (or why not). */
  const act = async (what: string, run: () => Promise<string>) => {
    setMessage(null);
    try {
      setMessage(await run());
      setSelected(new Set());
    } catch (e) {
      setMessage(`Could not ${what}: ${(e as Error).message}`);
    }
  };
  const ids = [...selected];
  const batches = new Map<string, typeof data.stagedChanges.edges>();
  for (const e of data.stagedChanges.edges)
    batches.set(e.node.batchId, [...(batches.get(e.node.batchId) ?? []), e]);

  return (
    <div className="page">
      <h1>Data sources & review</h1>
      <div className="grid">
        {data.dataSources.edges.map((e) => (
          <DataSourceCard key={e.node.id} source={e.node} onSynced={() => void refetch()} />
        ))}
      </div>
      <Section
        title={`Review queue (${data.stagedChanges.totalCount})`}
        actions={
          <Tabs
            label="Which changes"
            views={VIEWS}
            value={view}
            onChange={(k) => {
              setView(k);
              setSelected(new Set());
            }}
          />
        }
      >
        {canReview && view === "open" && (
          <div className="bulk-actions" aria-label="Selected changes">
            <span>{ids.length} selected</span>
            <button
              type="button"
              disabled={!ids.length}
              onClick={() =>
                act(
                  "approve",
                  async () =>
                    `${(await approve({ variables: { ids } })).data?.approveStagedChanges} changes approved.`,
                )
              }
            >
              Approve selected
            </button>
            <input
              aria-label="Rejection reason"
              placeholder="Reason for rejecting"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
            <button
              type="button"
              disabled={!ids.length || !reason.trim()}
              onClick={() =>
                act(
                  "reject",
                  async () =>
                    `${(await reject({ variables: { ids, reason } })).data?.rejectStagedChanges} changes rejected.`,
                )
              }
            >
              Reject selected
            </button>
          </div>
        )}
        {message && <p role="status">{message}</p>}
        {!batches.size && (
          <p>
            Nothing here{view === "open" ? ": run a sync to stage changes from a source." : "."}
          </p>
        )}
        {[...batches].map(([batchId, changes]) => {
          const counts = changes.reduce<Record<string, number>>(
            (m, e) => ({ ...m, [e.node.status]: (m[e.node.status] ?? 0) + 1 }),
            {},
          );
          return (
            <section key={batchId} className="batch" aria-label={`Batch ${batchId.slice(0, 8)}`}>
              <header className="card-header">
                <h3>
                  Batch {batchId.slice(0, 8)}{" "}
                  <span className="muted">
                    · {changes[0].node.dataSource?.name ?? "manual"} ·{" "}
                    {Object.entries(counts)
                      .map(([s, n]) => `${n} ${s.toLowerCase()}`)
                      .join(", ")}
                  </span>
                </h3>
                {canReview && view === "open" && (
                  <span className="actions">
                    <button
                      type="button"
                      onClick={() =>
                        setSelected(new Set([...selected, ...changes.map((e) => e.node.id)]))
                      }
                    >
                      Select all
                    </button>
                    <button
                      type="button"
                      onClick={() =>
                        act(
                          "approve the batch",
                          async () =>
                            `${(await approveBatch({ variables: { batchId } })).data?.approveBatch} changes approved.`,
                        )
                      }
                    >
                      Approve batch
                    </button>
                    <button
                      type="button"
                      disabled={!counts.APPROVED}
                      onClick={() =>
                        act("apply the batch", async () => {
                          const r = (await applyBatch({ variables: { batchId } })).data?.applyBatch;
                          return `Applied ${r?.applied ?? 0} changes; ${r?.conflicts ?? 0} conflicts, ${r?.failed ?? 0} failed.`;
                        })
                      }
                    >
                      Apply approved
                    </button>
                  </span>
                )}
              </header>
              <ul className="plain changes">
                {changes.map((e) => (
                  <ChangeCard
                    key={e.node.id}
                    change={e.node}
                    selected={selected.has(e.node.id)}
                    onSelect={(on) => {
                      const next = new Set(selected);
                      if (on) next.add(e.node.id);
                      else next.delete(e.node.id);
                      setSelected(next);
                    }}
                  />
                ))}
              </ul>
            </section>
          );
        })}
      </Section>
    </div>
  );
}
