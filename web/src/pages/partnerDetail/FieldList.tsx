// A definition list of a partner's fields, each with its lineage popover.
import type { ReactNode } from "react";
import { LineageButton } from "./LineageButton";

export interface FieldRow {
  field: string;
  label: string;
  value: ReactNode;
}

export function FieldList({ partnerId, rows }: { partnerId: string; rows: FieldRow[] }) {
  return (
    <dl className="fields">
      {rows.map((r) => (
        <div key={r.field}>
          <dt>{r.label}</dt>
          <dd>
            {r.value ?? <span className="muted">—</span>}{" "}
            <LineageButton partnerId={partnerId} field={r.field} label={r.label} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
