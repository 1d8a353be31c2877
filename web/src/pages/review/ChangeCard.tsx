// One staged change in the review queue: the record, old → new per field (edit a new value
// before approving), its status (conflicts highlighted) and where in the source it came from.
import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { Badge, humanize } from "../../ui/ui";

const CHANGE = graphql(`
  fragment ChangeCard on StagedChange {
    id
    batchId
    entityType
    entityKey
    changeType
    status
    changedFields
    oldValues
    newValues
    sourceReference
    rejectionReason
    applyError
  }
`);

const EDIT = graphql(`
  mutation EditStagedChange($id: ID!, $newValues: JSON!) {
    editStagedChange(id: $id, newValues: $newValues) {
      id
      ...ChangeCard
    }
  }
`);

const show = (v: unknown) =>
  v === null || v === undefined || v === ""
    ? "(empty)"
    : typeof v === "object"
      ? JSON.stringify(v)
      : String(v);

function EditableValue({
  changeId,
  field,
  value,
  values,
}: {
  changeId: string;
  field: string;
  value: unknown;
  values: Record<string, unknown>;
}) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(show(value));
  const [edit, { loading, error }] = useMutation(EDIT);
  if (!editing)
    return (
      <>
        {show(value)}{" "}
        <button
          type="button"
          className="small"
          aria-label={`Edit ${field}`}
          onClick={() => setEditing(true)}
        >
          Edit
        </button>
      </>
    );
  const save = async () => {
    const res = await edit({
      variables: { id: changeId, newValues: { ...values, [field]: text } },
    }).catch(() => null);
    if (res?.data) setEditing(false);
  };
  return (
    <span className="inline-edit">
      <input
        aria-label={`New value of ${field}`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") void save();
          if (e.key === "Escape") setEditing(false);
        }}
        autoFocus
      />
      <button type="button" className="small" onClick={save} disabled={loading}>
        Save
      </button>
      <button type="button" className="small" onClick={() => setEditing(false)}>
        Cancel
      </button>
      {error && (
        <span role="alert" className="warn">
          {" "}
          {error.message}
        </span>
      )}
    </span>
  );
}

export function ChangeCard({
  change,
  selected,
  onSelect,
}: {
  change: FragmentType<typeof CHANGE>;
  selected: boolean;
  onSelect: (on: boolean) => void;
}) {
  const c = getFragmentData(CHANGE, change);
  const oldValues = (c.oldValues ?? {}) as Record<string, unknown>;
  const newValues = (c.newValues ?? {}) as Record<string, unknown>;
  const fields = c.changedFields.length ? c.changedFields : Object.keys(newValues);
  const editable = c.status === "PENDING" || c.status === "CONFLICT" || c.status === "APPROVED";
  return (
    <li
      className={`change status-${c.status.toLowerCase()}`}
      aria-label={`${humanize(c.entityType)} ${c.entityKey}`}
    >
      <header>
        {editable && (
          <input
            type="checkbox"
            aria-label={`Select ${c.entityKey}`}
            checked={selected}
            onChange={(e) => onSelect(e.target.checked)}
          />
        )}
        <strong>
          {humanize(c.changeType)} {humanize(c.entityType).toLowerCase()} {c.entityKey}
        </strong>{" "}
        <Badge value={c.status} kind="change" />
        {c.sourceReference && <span className="muted"> · {c.sourceReference}</span>}
      </header>
      <table className="data compact diff">
        <thead>
          <tr>
            <th>Field</th>
            <th>Old</th>
            <th>New</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f}>
              <td>{f}</td>
              <td className="old">{c.changeType === "CREATE" ? "" : show(oldValues[f])}</td>
              <td className="new">
                {editable ? (
                  <EditableValue
                    changeId={c.id}
                    field={f}
                    value={newValues[f]}
                    values={newValues}
                  />
                ) : (
                  show(newValues[f])
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {c.rejectionReason && <p className="muted">Rejected: {c.rejectionReason}</p>}
      {c.applyError && <p className="warn">Not applied: {c.applyError}</p>}
    </li>
  );
}
