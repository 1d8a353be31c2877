// The mapping editor: preview a file (CSV sources) or the sheet — tabs, header, first rows and
// guessed types — take the suggested mappings or write them by hand (column → table.field,
// transform and its settings, authority), and save them all at once. Errors name the row.
import { useState, type ChangeEvent } from "react";
import { useLazyQuery, useMutation, useQuery } from "@apollo/client/react";
import { graphql, getFragmentData, type FragmentType } from "../../gql";
import type { TransformType } from "../../gql/graphql";
import { ErrorState, humanize } from "../../ui/ui";

const MAPPINGS = graphql(`
  fragment MappingEditor on DataSource {
    id
    type
    fieldMappings {
      id
      sourceTab
      sourceColumn
      sourceColumnIndex
      targetTable
      targetField
      transformType
      transformConfig
      isAuthoritative
      priority
    }
  }
`);

const TARGETS = graphql(`
  query PipelineTargets {
    pipelineTargets {
      table
      required
      fields {
        name
        kind
        lookup
      }
    }
  }
`);

const PREVIEW = graphql(`
  query SourcePreview($id: ID!, $csv: String) {
    previewDataSource(dataSourceId: $id, csv: $csv) {
      name
      header
      rowCount
      rows
      columns {
        index
        name
        guessedType
        dateFormat
      }
    }
    suggestFieldMappings(dataSourceId: $id, csv: $csv) {
      sourceTab
      sourceColumn
      sourceColumnIndex
      targetTable
      targetField
      transformType
      transformConfig
    }
  }
`);

const SAVE = graphql(`
  mutation SetFieldMappings($id: ID!, $mappings: [FieldMappingInput!]!) {
    setFieldMappings(dataSourceId: $id, mappings: $mappings) {
      id
    }
  }
`);

const TRANSFORMS: TransformType[] = [
  "NONE",
  "DATE",
  "CURRENCY",
  "NUMBER",
  "BOOLEAN",
  "LOOKUP",
  "CUSTOM",
];

interface Row {
  sourceTab: string;
  sourceColumn: string;
  sourceColumnIndex: number | null;
  targetTable: string;
  targetField: string;
  transformType: TransformType;
  config: string;
  isAuthoritative: boolean;
  priority: number;
}

const toRow = (m: {
  sourceTab?: string | null;
  sourceColumn: string;
  sourceColumnIndex?: number | null;
  targetTable: string;
  targetField: string;
  transformType: TransformType;
  transformConfig?: unknown;
  isAuthoritative?: boolean;
  priority?: number;
}): Row => ({
  sourceTab: m.sourceTab ?? "",
  sourceColumn: m.sourceColumn,
  sourceColumnIndex: m.sourceColumnIndex ?? null,
  targetTable: m.targetTable,
  targetField: m.targetField,
  transformType: m.transformType,
  config:
    m.transformConfig && Object.keys(m.transformConfig).length
      ? JSON.stringify(m.transformConfig)
      : "",
  isAuthoritative: m.isAuthoritative ?? false,
  priority: m.priority ?? 0,
});

/** The rows as the API's input; a message naming the row when one cannot be sent. */
function toInput(rows: Row[]) {
  return rows.map((r, i) => {
    let transformConfig: unknown = undefined;
    if (r.config.trim()) {
      try {
        transformConfig = JSON.parse(r.config);
      } catch {
        throw new Error(
          `Mapping ${i + 1} (${r.sourceColumn || "no column"}): the transform settings are not JSON, e.g. {"format": "DD/MM/YYYY"}.`,
        );
      }
    }
    if (!r.sourceColumn.trim() || !r.targetField)
      throw new Error(`Mapping ${i + 1}: choose a source column and a target field.`);
    return {
      sourceTab: r.sourceTab || null,
      sourceColumn: r.sourceColumn.trim(),
      sourceColumnIndex: r.sourceColumnIndex,
      targetTable: r.targetTable,
      targetField: r.targetField,
      transformType: r.transformType,
      transformConfig,
      isAuthoritative: r.isAuthoritative,
      priority: r.priority,
    };
  });
}

function Preview({
  tabs,
}: {
  tabs: {
    name: string;
    header: string[];
    rowCount: number;
    rows: string[][];
    columns: { index: number; guessedType: string; dateFormat?: string | null }[];
  }[];
}) {
  return (
    <>
      {tabs.map((t) => (
        <figure key={t.name} className="preview" aria-label={`Preview of ${t.name}`}>
          <figcaption>
            {t.name} · {t.rowCount} rows
          </figcaption>
          <div className="table-wrap">
            <table className="data compact">
              <thead>
                <tr>
                  {t.header.map((h, i) => (
                    <th key={i}>{h}</th>
                  ))}
                </tr>
                <tr>
                  {t.columns.map((c) => (
                    <th key={c.index} className="muted">
                      {humanize(c.guessedType)}
                      {c.dateFormat ? ` ${c.dateFormat}` : ""}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {t.rows.slice(0, 5).map((r, i) => (
                  <tr key={i}>
                    {r.map((v, j) => (
                      <td key={j}>{v}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </figure>
      ))}
    </>
  );
}

export function MappingEditor({
  source,
  onClose,
}: {
  source: FragmentType<typeof MAPPINGS>;
  onClose: () => void;
}) {
  const s = getFragmentData(MAPPINGS, source);
  const targets = useQuery(TARGETS);
  const [preview, previewed] = useLazyQuery(PREVIEW, { fetchPolicy: "network-only" });
  const [save, saved] = useMutation(SAVE, { refetchQueries: ["ReviewPage"] });
  const [rows, setRows] = useState<Row[]>(() => s.fieldMappings.map(toRow));
  const [problem, setProblem] = useState<string | null>(null);
  const tables = targets.data?.pipelineTargets ?? [];
  const headers = previewed.data?.previewDataSource.flatMap((t) => t.header) ?? [];
  const update = (i: number, change: Partial<Row>) =>
    setRows(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (file)
      await preview({ variables: { id: s.id, csv: await file.text() } }).catch(() => undefined);
  };
  const submit = async () => {
    setProblem(null);
    try {
      await save({ variables: { id: s.id, mappings: toInput(rows) } });
      onClose();
    } catch (e) {
      setProblem((e as Error).message);
    }
  };

  return (
    <div className="mapping-editor" role="group" aria-label="Mapping editor">
      <div className="actions">
        {s.type === "CSV" ? (
          <label className="button">
            Preview a CSV file…{" "}
            <input
              type="file"
              accept=".csv,text/csv"
              className="visually-hidden"
              onChange={onFile}
            />
          </label>
        ) : (
          <button
            type="button"
            onClick={() => preview({ variables: { id: s.id } }).catch(() => undefined)}
          >
            Preview the sheet
          </button>
        )}
        {previewed.data && (
          <button
            type="button"
            onClick={() => setRows(previewed.data!.suggestFieldMappings.map(toRow))}
          >
            Use the {previewed.data.suggestFieldMappings.length} suggested mappings
          </button>
        )}
      </div>
      {previewed.error && <ErrorState error={previewed.error} />}
      {previewed.data && <Preview tabs={previewed.data.previewDataSource} />}
      <datalist id={`columns-${s.id}`}>
        {headers.map((h) => (
          <option key={h} value={h} />
        ))}
      </datalist>
      <div className="table-wrap">
        <table className="data compact">
          <thead>
            <tr>
              <th>Tab</th>
              <th>Column</th>
              <th>Table</th>
              <th>Field</th>
              <th>Transform</th>
              <th>Settings (JSON)</th>
              <th>Authoritative</th>
              <th>Priority</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => {
              const n = `mapping ${i + 1}`;
              const fields = tables.find((t) => t.table === r.targetTable)?.fields ?? [];
              return (
                <tr key={i}>
                  <td>
                    <input
                      aria-label={`Tab of ${n}`}
                      value={r.sourceTab}
                      size={8}
                      onChange={(e) => update(i, { sourceTab: e.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      aria-label={`Column of ${n}`}
                      list={`columns-${s.id}`}
                      value={r.sourceColumn}
                      size={12}
                      onChange={(e) =>
                        update(i, { sourceColumn: e.target.value, sourceColumnIndex: null })
                      }
                    />
                  </td>
                  <td>
                    <select
                      aria-label={`Table of ${n}`}
                      value={r.targetTable}
                      onChange={(e) => update(i, { targetTable: e.target.value, targetField: "" })}
                    >
                      {tables.map((t) => (
                        <option key={t.table} value={t.table}>
                          {t.table}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select
                      aria-label={`Field of ${n}`}
                      value={r.targetField}
                      onChange={(e) => update(i, { targetField: e.target.value })}
                    >
                      <option value="">Choose…</option>
                      {fields.map((f) => (
                        <option key={f.name} value={f.name}>
                          {f.name} ({f.lookup ? `${f.lookup} lookup` : f.kind})
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select
                      aria-label={`Transform of ${n}`}
                      value={r.transformType}
                      onChange={(e) =>
                        update(i, { transformType: e.target.value as TransformType })
                      }
                    >
                      {TRANSFORMS.map((t) => (
                        <option key={t} value={t}>
                          {humanize(t)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input
                      aria-label={`Settings of ${n}`}
                      value={r.config}
                      size={14}
                      placeholder='{"format": "DD/MM/YYYY"}'
                      onChange={(e) => update(i, { config: e.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`${n} is authoritative`}
                      checked={r.isAuthoritative}
                      onChange={(e) => update(i, { isAuthoritative: e.target.checked })}
                    />
                  </td>
                  <td>
                    <input
                      type="number"
                      aria-label={`Priority of ${n}`}
                      value={r.priority}
                      min={0}
                      style={{ width: "4.5rem" }}
                      onChange={(e) => update(i, { priority: Number(e.target.value) || 0 })}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="small"
                      aria-label={`Remove ${n}`}
                      onClick={() => setRows(rows.filter((_, j) => j !== i))}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="actions">
        <button
          type="button"
          onClick={() =>
            setRows([
              ...rows,
              {
                sourceTab: "",
                sourceColumn: "",
                sourceColumnIndex: null,
                targetTable: rows[rows.length - 1]?.targetTable ?? "partners",
                targetField: "",
                transformType: "NONE",
                config: "",
                isAuthoritative: false,
                priority: 0,
              },
            ])
          }
        >
          Add mapping
        </button>
        <button type="button" onClick={submit} disabled={saved.loading}>
          Save mappings
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
      {problem && (
        <p role="alert" className="warn">
          Not saved: {problem}
        </p>
      )}
    </div>
  );
}
