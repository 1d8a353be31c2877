// GraphiQL served from our own bundle (works offline). In embedded dev mode the server
// injects a session token so the Authorization header is prefilled.
import { createRoot } from "react-dom/client";
import { GraphiQL } from "graphiql";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import "graphiql/style.css";
import "./savedQueries.css";
import { EXAMPLE_QUERY } from "./examples";
import { savedQueriesPlugin } from "./savedQueries";

declare global {
  interface Window {
    __HUB_PLAYGROUND__?: { token?: string };
  }
}

const token = window.__HUB_PLAYGROUND__?.token;
const headers = JSON.stringify(
  { Authorization: `Bearer ${token ?? "<paste a session token or API key>"}` },
  null,
  2,
);
// The fetcher carries the dev token too: GraphiQL's first introspection may run before the
// headers editor is read. Headers typed in the editor still override it.
const fetcher = createGraphiQLFetcher({
  url: "/graphql",
  headers: token ? { Authorization: `Bearer ${token}` } : undefined,
});

createRoot(document.getElementById("playground")!).render(
  <GraphiQL
    fetcher={fetcher}
    plugins={[savedQueriesPlugin]}
    defaultQuery={EXAMPLE_QUERY}
    defaultHeaders={headers}
    shouldPersistHeaders
    isHeadersEditorEnabled
  />,
);
