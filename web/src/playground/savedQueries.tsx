// The "Saved queries" pane: your queries and the ones shared with your organization, opened
// into the editors with one click; the current editors saved under a name (optionally shared);
// and "Copy as curl" for the operation in the editors. Talks to /graphql as the viewer.
import { useCallback, useEffect, useState, type FormEvent } from "react";
import { StarIcon, useEditorContext, type GraphiQLPlugin } from "@graphiql/react";
import { print } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { graphql } from "../gql";
import type { PlaygroundSavedQueriesQuery } from "../gql/graphql";
import { authorizationOf, curlCommand } from "./curl";

// The pane's operations go through codegen: typed, and listed in the trusted-documents manifest.
const LIST = graphql(`
  query PlaygroundSavedQueries {
    viewer {
      id
    }
    savedQueries {
      id
      name
      description
      query
      variables
      isShared
      owner {
        id
        fullName
      }
    }
  }
`);
const SAVE = graphql(`
  mutation PlaygroundSaveQuery($input: SaveQueryInput!) {
    saveQuery(input: $input) {
      id
    }
  }
`);
const DELETE = graphql(`
  mutation PlaygroundDeleteQuery($id: ID!) {
    deleteSavedQuery(id: $id) {
      id
    }
  }
`);

type SavedQuery = PlaygroundSavedQueriesQuery["savedQueries"][number] & { mine: boolean };

/** POST /graphql with the playground's current credentials; GraphQL errors become thrown messages. */
async function hubRequest<T, V extends Record<string, unknown>>(
  headers: string,
  document: TypedDocumentNode<T, V>,
  variables?: V,
): Promise<T> {
  const query = print(document);
  const auth =
    authorizationOf(headers) ??
    (window.__HUB_PLAYGROUND__?.token ? `Bearer ${window.__HUB_PLAYGROUND__.token}` : undefined);
  const res = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...(auth ? { authorization: auth } : {}) },
    body: JSON.stringify({ query, variables: variables ?? {} }),
  });
  const json = (await res.json()) as {
    data?: T;
    errors?: { message: string; extensions?: { field?: string } }[];
  };
  if (json.errors?.length) {
    throw new Error(
      json.errors
        .map((e) => (e.extensions?.field ? `${e.extensions.field}: ${e.message}` : e.message))
        .join("\n"),
    );
  }
  return json.data as T;
}

function SavedQueriesPanel() {
  const editors = useEditorContext({ nonNull: true });
  const headers = () => editors.headerEditor?.getValue() ?? "";
  const [list, setList] = useState<SavedQuery[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [curl, setCurl] = useState<string | null>(null);
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [shared, setShared] = useState(false);

  const load = useCallback(async () => {
    setError(null);
    try {
      const data = await hubRequest(headers(), LIST);
      setList(data.savedQueries.map((q) => ({ ...q, mine: q.owner?.id === data.viewer?.id })));
    } catch (e) {
      setError(
        `Could not load saved queries: ${(e as Error).message}. Check the Authorization header in the Headers tab, then reload.`,
      );
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editors.headerEditor]);
  useEffect(() => {
    void load();
  }, [load]);

  const open = (q: SavedQuery) => {
    editors.queryEditor?.setValue(q.query);
    editors.variableEditor?.setValue(JSON.stringify(q.variables ?? {}, null, 2));
    setName(q.mine ? q.name : "");
    setDescription(q.mine ? (q.description ?? "") : "");
    setShared(q.mine && q.isShared);
    setNotice(`Opened "${q.name}".`);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    let variables: unknown;
    const text = editors.variableEditor?.getValue() ?? "";
    try {
      variables = text.trim() ? JSON.parse(text) : {};
    } catch {
      setError("The Variables tab is not valid JSON; fix it, then save again.");
      return;
    }
    const existing = list?.find((q) => q.mine && q.name === name.trim());
    try {
      await hubRequest(headers(), SAVE, {
        input: {
          id: existing?.id,
          name: name.trim(),
          description: description.trim() || null,
          query: editors.queryEditor?.getValue() ?? "",
          variables,
          isShared: shared,
        },
      });
      setNotice(existing ? `Updated "${name.trim()}".` : `Saved "${name.trim()}".`);
      await load();
    } catch (e) {
      setError(`Not saved: ${(e as Error).message}`);
    }
  };

  const remove = async (q: SavedQuery) => {
    if (!window.confirm(`Delete the saved query "${q.name}"?`)) return;
    try {
      await hubRequest(headers(), DELETE, { id: q.id });
      setNotice(`Deleted "${q.name}".`);
      await load();
    } catch (e) {
      setError(`Not deleted: ${(e as Error).message}`);
    }
  };

  const copyCurl = async () => {
    setError(null);
    try {
      const command = curlCommand({
        endpoint: `${window.location.origin}/graphql`,
        query: editors.queryEditor?.getValue() ?? "",
        variables: editors.variableEditor?.getValue() ?? "",
        headers: headers(),
      });
      setCurl(command);
      const keyNote = command.includes("$HUB_API_KEY")
        ? " It reads your API key from $HUB_API_KEY (create one with createApiKey), as the Headers tab holds none."
        : "";
      await navigator.clipboard?.writeText(command).then(
        () => setNotice(`Copied the curl command.${keyNote}`),
        () => setNotice(`Select the command below and copy it.${keyNote}`),
      );
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const section = (title: string, items: SavedQuery[]) => (
    <section aria-label={title}>
      <h3 className="hub-saved-title">{title}</h3>
      {items.length === 0 ? (
        <p className="hub-saved-empty">None yet.</p>
      ) : (
        <ul className="hub-saved-list">
          {items.map((q) => (
            <li key={q.id}>
              <button
                type="button"
                className="hub-saved-open"
                onClick={() => open(q)}
                title={q.description ?? undefined}
              >
                {q.name}
              </button>
              {q.mine ? (
                <button
                  type="button"
                  className="hub-saved-delete"
                  aria-label={`Delete ${q.name}`}
                  onClick={() => void remove(q)}
                >
                  ×
                </button>
              ) : (
                <span className="hub-saved-owner">{q.owner?.fullName}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );

  return (
    <div className="hub-saved">
      <div className="graphiql-doc-explorer-title">Saved queries</div>
      {error && (
        <p role="alert" className="hub-saved-error">
          {error}
        </p>
      )}
      {notice && (
        <p role="status" className="hub-saved-notice">
          {notice}
        </p>
      )}
      <button type="button" className="hub-saved-action" onClick={() => void copyCurl()}>
        Copy as curl
      </button>
      {curl && (
        <textarea
          aria-label="curl command"
          className="hub-saved-curl"
          readOnly
          value={curl}
          rows={5}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
      <form
        onSubmit={(e) => void save(e)}
        className="hub-saved-form"
        aria-label="Save the current query"
      >
        <label>
          Name{" "}
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
            placeholder="At-risk partners by tier"
          />
        </label>
        <label>
          Description{" "}
          <input
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            placeholder="What it answers"
          />
        </label>
        <label className="hub-saved-check">
          <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} />{" "}
          Share with my organization
        </label>
        <button type="submit" className="hub-saved-action">
          Save current query
        </button>
      </form>
      {list === null ? (
        !error && <p>Loading…</p>
      ) : (
        <>
          {section(
            "Mine",
            list.filter((q) => q.mine),
          )}
          {section(
            "Shared with the organization",
            list.filter((q) => !q.mine && q.isShared),
          )}
        </>
      )}
      <button type="button" className="hub-saved-link" onClick={() => void load()}>
        Reload
      </button>
    </div>
  );
}

export const savedQueriesPlugin: GraphiQLPlugin = {
  title: "Saved queries",
  icon: StarIcon,
  content: SavedQueriesPanel,
};
