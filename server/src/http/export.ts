// GET /export.csv?query=…&variables=…: any connection query as CSV, streamed page by page
// (500 nodes a page, fetched with the connection's own cursors), so memory stays flat
// however many rows there are. Columns are the fields selected under `nodes`, nested ones
// named by their path (e.g. "podLeader.fullName"); lists of values are joined with "; ".
// Signed in like /graphql (Authorization: Bearer <token or API key>), held to the same
// limits (query cost per page, trusted documents), read in one transaction under the
// viewer's access rules.
import type http from "node:http";
import {
  Kind,
  execute,
  getNamedType,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import type { Database } from "../db/database";
import { viewerFromAuthorization, type RequestLimits } from "../auth/viewer";
import { createContext } from "../graphql/context";
import { openRequestTransaction } from "../db/requestTransaction";
import { checkCost, queryLimits } from "../graphql/limits";
import { checkTrusted, type TrustedDocuments } from "../graphql/trustedDocuments";
import { sendJson, type Route } from "./server";

const PAGE = 500;
const AFTER = "__exportAfter";

interface Plan {
  document: DocumentNode;
  root: string;
  columns: string[][];
}

const field = (name: string, selections?: FieldNode[]): FieldNode => ({
  kind: Kind.FIELD,
  name: { kind: Kind.NAME, value: name },
  ...(selections ? { selectionSet: { kind: Kind.SELECTION_SET, selections } } : {}),
});

/** Leaf paths under a selection, in order; __typename (which clients such as Apollo add) is no column. */
function leafPaths(set: SelectionSetNode, prefix: string[] = []): string[][] {
  return set.selections.flatMap((s) => {
    if (s.kind !== Kind.FIELD)
      throw new Error("Fragments are not supported in exports; write the fields out.");
    if (s.name.value === "__typename" && !s.alias) return [];
    const name = s.alias?.value ?? s.name.value;
    return s.selectionSet ? leafPaths(s.selectionSet, [...prefix, name]) : [[...prefix, name]];
  });
}

/** The query with its one connection paged by the export: first/after set, pageInfo asked. */
function plan(schema: GraphQLSchema, query: string): Plan {
  const parsed = parse(query, queryLimits().parseOptions);
  const ops = parsed.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (ops.length !== 1 || ops[0].operation !== "query")
    throw new Error("Send exactly one query operation.");
  const op = ops[0];
  const roots = op.selectionSet.selections.filter(
    (s) => !(s.kind === Kind.FIELD && s.name.value === "__typename"),
  );
  if (roots.length !== 1 || roots[0].kind !== Kind.FIELD)
    throw new Error(
      "Select exactly one connection at the root, e.g. { partners(filter: …) { nodes { partnerCode brandName } } }.",
    );
  const root = roots[0];
  const type = schema.getQueryType()!.getFields()[root.name.value]?.type;
  if (!type || !getNamedType(type).name.endsWith("Connection"))
    throw new Error(`${root.name.value} is not a connection; export one that returns …Connection.`);
  const nodes = root.selectionSet?.selections.find(
    (s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === "nodes",
  );
  if (!nodes?.selectionSet) throw new Error("Select the columns under nodes { … }.");
  const args = (root.arguments ?? []).filter(
    (a) => !["first", "last", "after", "before"].includes(a.name.value),
  );
  const paged: FieldNode = {
    ...root,
    alias: undefined,
    arguments: [
      ...args,
      {
        kind: Kind.ARGUMENT,
        name: { kind: Kind.NAME, value: "first" },
        value: { kind: Kind.INT, value: String(PAGE) },
      },
      {
        kind: Kind.ARGUMENT,
        name: { kind: Kind.NAME, value: "after" },
        value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: AFTER } },
      },
    ],
    selectionSet: {
      kind: Kind.SELECTION_SET,
      selections: [nodes, field("pageInfo", [field("hasNextPage"), field("endCursor")])],
    },
  };
  const document: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        ...op,
        variableDefinitions: [
          ...(op.variableDefinitions ?? []),
          {
            kind: Kind.VARIABLE_DEFINITION,
            variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: AFTER } },
            type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: "String" } },
          },
        ],
        selectionSet: { kind: Kind.SELECTION_SET, selections: [paged] },
      },
    ],
  };
  return { document, root: root.name.value, columns: leafPaths(nodes.selectionSet) };
}

function cell(value: unknown): string {
  const text =
    value === null || value === undefined
      ? ""
      : Array.isArray(value)
        ? value.map((v) => (typeof v === "object" ? JSON.stringify(v) : String(v))).join("; ")
        : typeof value === "object"
          ? JSON.stringify(value)
          : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function valueAt(node: unknown, path: string[]): unknown {
  let v = node;
  for (const key of path) {
    if (Array.isArray(v)) v = v.map((x) => (x as Record<string, unknown>)?.[key]);
    else v = (v as Record<string, unknown> | null)?.[key];
  }
  return v;
}

/** Writes a chunk, waiting when the client reads slower than we write. */
const write = (res: http.ServerResponse, chunk: string) =>
  new Promise<void>((resolve) => (res.write(chunk) ? resolve() : res.once("drain", resolve)));

export function exportRoute(
  db: Database,
  secret: string,
  schema: GraphQLSchema,
  requestLimits: RequestLimits,
  trusted?: TrustedDocuments,
): Route {
  const rules = [...specifiedRules, ...queryLimits().validationRules];
  return async (req, res, url) => {
    if (url.pathname !== "/export.csv" || req.method !== "GET") return false;
    const fail = (status: number, message: string, code: string) =>
      sendJson(res, status, { errors: [{ message, extensions: { code } }] });
    let viewer;
    try {
      viewer = await viewerFromAuthorization(db, secret, req.headers.authorization, requestLimits);
    } catch (err) {
      return (fail(401, (err as Error).message, "UNAUTHENTICATED"), true);
    }
    const s = schema;
    let p: Plan;
    let variables: Record<string, unknown>;
    const query = url.searchParams.get("query") ?? "";
    try {
      checkTrusted(trusted, viewer, query);
    } catch (err) {
      return (fail(403, (err as Error).message, "FORBIDDEN"), true);
    }
    try {
      p = plan(s, query);
      variables = JSON.parse(url.searchParams.get("variables") || "{}");
      const invalid = validate(s, p.document, rules);
      if (invalid.length) throw new Error(invalid.map((e) => e.message).join(" "));
      checkCost(s, p.document, { ...variables, [AFTER]: null }); // one page's cost
    } catch (err) {
      return (
        fail(
          400,
          `${(err as Error).message} (GET /export.csv?query=<a connection query>&variables=<JSON>)`,
          "BAD_USER_INPUT",
        ),
        true
      );
    }
    const transaction = await openRequestTransaction(db.prisma, viewer);
    try {
      let after: string | null = null;
      for (let page = 0; ; page++) {
        // A fresh context each page: its loaders' caches go with the page.
        const context = createContext(db, viewer, transaction.prisma);
        const result = await execute({
          schema: s,
          document: p.document,
          contextValue: context,
          variableValues: { ...variables, [AFTER]: after },
        });
        const conn = (
          result.data as Record<
            string,
            { nodes: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }
          > | null
        )?.[p.root];
        if (result.errors?.length || !conn) {
          const message =
            result.errors?.map((e) => e.message).join(" ") ?? "The query returned nothing.";
          if (page === 0)
            return (
              fail(400, message, String(result.errors?.[0]?.extensions?.code ?? "BAD_USER_INPUT")),
              true
            );
          await write(res, `# export stopped after ${page * PAGE} rows: ${message}\n`);
          break;
        }
        if (page === 0) {
          res.writeHead(200, {
            "content-type": "text/csv; charset=utf-8",
            "content-disposition": `attachment; filename="${p.root}.csv"`,
          });
          await write(res, `${p.columns.map((c) => cell(c.join("."))).join(",")}\n`);
        }
        if (conn.nodes.length)
          await write(
            res,
            conn.nodes
              .map((n) => `${p.columns.map((c) => cell(valueAt(n, c))).join(",")}\n`)
              .join(""),
          );
        if (!conn.pageInfo.hasNextPage) break;
        after = conn.pageInfo.endCursor;
      }
      res.end();
    } finally {
      await transaction.finish();
    }
    return true;
  };
}
