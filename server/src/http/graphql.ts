// POST /graphql (and GET for queries): Apollo Server 5 executing our schema, reached
// through our own node:http router. Every request must carry a valid session token.
import { ApolloServer, HeaderMap } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import type { Database } from "../db/database";
import {
  viewerFromAuthorization,
  viewerInTransaction,
  type RequestLimits,
  type Viewer,
} from "../auth/viewer";
import { createContext, type Context } from "../graphql/context";
import { openRequestTransaction, type RequestTransaction } from "../db/requestTransaction";
import type { SheetsAccess } from "../enrichment/sheets";
import type { SyncWorker } from "../enrichment/syncJobs";
import type { OutboundGuard } from "../lib/outbound";
import { isMultipart, readMultipart } from "./multipart";
import { formatError } from "../graphql/errors";
import { hubSchema } from "../graphql/schema";
import { queryLimits } from "../graphql/limits";
import {
  trustedDocumentsPlugin,
  withTrustedText,
  type TrustedDocuments,
} from "../graphql/trustedDocuments";
import { type HttpError, readJson, sendJson, type Route } from "./server";

export interface GraphqlOptions {
  requestLimits: RequestLimits;
  sheets?: SheetsAccess;
  outbound?: OutboundGuard;
  syncWorker?: SyncWorker;
  trustedDocuments?: TrustedDocuments;
}

export async function graphqlRoute(
  db: Database,
  secret: string,
  options: GraphqlOptions,
): Promise<{ route: Route; schema: GraphQLSchema; stop(): Promise<void> }> {
  const limits = queryLimits();
  const schema = await hubSchema();
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // main.ts owns shutdown; Apollo's own signal handlers would race it and hang the exit.
    stopOnTerminationSignals: false,
    plugins: [
      // We set no cache hints; Apollo's default cache-control plugin would still wrap every field's resolver.
      ApolloServerPluginCacheControlDisabled(),
      ...limits.plugins,
      ...(options.trustedDocuments ? [trustedDocumentsPlugin(options.trustedDocuments)] : []),
    ],
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
  });
  await apollo.start();
  const route: Route = async (req, res, url) => {
    if (url.pathname !== "/graphql" || (req.method !== "POST" && req.method !== "GET"))
      return false;
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers))
      if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(", ") : v);
    let body: unknown;
    if (req.method === "POST") {
      try {
        if (isMultipart(req)) {
          body = await readMultipart(req);
          headers.set("content-type", "application/json");
        } else body = withTrustedText(options.trustedDocuments, await readJson(req));
      } catch (err) {
        const e = err as HttpError;
        sendJson(res, e.status ?? 400, {
          errors: [{ message: e.message, extensions: { code: "BAD_REQUEST" } }],
        });
        return true;
      }
    }
    let transaction: RequestTransaction<Viewer> | undefined;
    let context: Context | undefined;
    const response = await apollo
      .executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method, headers, search: url.search, body },
        context: async () => {
          const { authorization } = req.headers;
          const found = await viewerInTransaction(secret, authorization, options.requestLimits);
          transaction = await openRequestTransaction(
            db.prisma,
            found ??
              (await viewerFromAuthorization(db, secret, authorization, options.requestLimits)),
          );
          context = createContext(db, transaction.viewer, transaction.prisma, {
            sheets: options.sheets,
            outbound: options.outbound,
            syncWorker: options.syncWorker,
          });
          return context;
        },
      })
      .finally(() => transaction?.finish());
    for (const hook of context?.afterCommit ?? []) hook();
    const out: Record<string, string> = {};
    for (const [k, v] of response.headers) out[k] = v;
    res.writeHead(response.status ?? 200, out);
    if (response.body.kind === "complete") res.end(response.body.string);
    else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
    return true;
  };
  return { route, schema, stop: () => apollo.stop() };
}
