// "Where did this come from?": a popover with a field's lineage — its current source and
// every value it had, from which source, row and batch, who changed and who approved it.
// Fetched when opened; Escape or the close button dismisses it and returns focus.
import { useEffect, useId, useRef, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { graphql } from "../../gql";
import { ErrorState, Skeleton, formatDate } from "../../ui/ui";

const LINEAGE = graphql(`
  query FieldLineage($id: ID!, $field: String!) {
    partner(id: $id) {
      id
      lineage(field: $field) {
        id
        currentValue
        lastUpdatedAt
        authoritativeSource {
          id
          name
        }
        history {
          value
          sourceName
          sourceReference
          batchId
          timestamp
          changedBy {
            id
            fullName
          }
          approvedBy {
            id
            fullName
          }
        }
      }
    }
  }
`);

const show = (v: unknown) =>
  v === null || v === undefined || v === ""
    ? "(empty)"
    : typeof v === "object"
      ? JSON.stringify(v)
      : String(v);

function LineagePanel({
  partnerId,
  field,
  label,
}: {
  partnerId: string;
  field: string;
  label: string;
}) {
  const { data, error, refetch } = useQuery(LINEAGE, {
    variables: { id: partnerId, field },
    fetchPolicy: "network-only",
  });
  if (error) return <ErrorState error={error} retry={refetch} />;
  if (!data) return <Skeleton rows={3} label="Loading lineage" />;
  const lineage = data.partner?.lineage;
  if (!lineage)
    return (
      <p>
        No data source or person has set {label} through Sophie Hub yet: it came with the record.
      </p>
    );
  return (
    <>
      <p>
        Current value <strong>{show(lineage.currentValue)}</strong>, from{" "}
        <strong>{lineage.authoritativeSource?.name ?? "a manual edit"}</strong>.
      </p>
      <ol className="lineage-history">
        {[...lineage.history].reverse().map((h, i) => (
          <li key={i}>
            <strong>{show(h.value)}</strong> from {h.sourceName}
            {h.sourceReference ? ` (${h.sourceReference})` : ""}
            <div className="muted">
              {formatDate(h.timestamp)}
              {h.changedBy && ` · changed by ${h.changedBy.fullName}`}
              {h.approvedBy && ` · approved by ${h.approvedBy.fullName}`}
              {h.batchId && ` · batch ${h.batchId.slice(0, 8)}`}
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}

export function LineageButton({
  partnerId,
  field,
  label,
}: {
  partnerId: string;
  field: string;
  label: string;
}) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        setOpen(false);
        button.current?.focus();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);
  return (
    <span className="lineage">
      <button
        ref={button}
        type="button"
        className="icon-button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={`Where did ${label} come from?`}
        onClick={() => setOpen((o) => !o)}
      >
        i
      </button>
      {open && (
        <div id={id} className="popover" role="dialog" aria-label={`Lineage of ${label}`}>
          <header>
            <h3>{label}: where it came from</h3>
            <button
              type="button"
              aria-label="Close"
              onClick={() => {
                setOpen(false);
                button.current?.focus();
              }}
            >
              ×
            </button>
          </header>
          <LineagePanel partnerId={partnerId} field={field} label={label} />
        </div>
      )}
    </span>
  );
}
