// Trusted documents: with HUB_TRUSTED_DOCUMENTS set (a JSON manifest { "sha256:<hex>":
// "<operation text>" }, what GraphQL Code Generator's client preset writes with
// persistedDocuments: web/src/gql/persisted-documents.json), signed-in sessions may run only
// those operations, sent whole (in any formatting: the manifest holds each operation
// normalized, so the text sent is normalized the same way before it is looked up) or by hash
// alone (extensions.persistedQuery.sha256Hash). API keys and people with the graphql:ad_hoc
// permission (admins, analysts) keep ad-hoc access.
import crypto from "node:crypto";
import fs from "node:fs";
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, parse } from "graphql";
import { printExecutableGraphQLDocument } from "@graphql-tools/documents";
import type { Context } from "./context";
import type { Viewer } from "../auth/viewer";
import { ConfigError } from "../config";

export type TrustedDocuments = Map<string, string>;

const sha256 = (text: string) => crypto.createHash("sha256").update(text).digest("hex");
const hashKey = (hash: string) => hash.toLowerCase().replace(/^sha256:/, "");

/** The hash of an operation as codegen normalizes it (sorted selections, one line); null when it does not parse. */
function normalizedHash(source: string): string | null {
  try {
    return sha256(printExecutableGraphQLDocument(parse(source)));
  } catch {
    return null;
  }
}

export function loadTrustedDocuments(file: string): TrustedDocuments {
  let manifest: unknown;
  try {
    manifest = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (err) {
    throw new ConfigError(
      `HUB_TRUSTED_DOCUMENTS: could not read ${file} as JSON (${(err as Error).message}); point it at the manifest codegen writes, or unset it.`,
    );
  }
  if (!manifest || typeof manifest !== "object" || Array.isArray(manifest))
    throw new ConfigError(
      `HUB_TRUSTED_DOCUMENTS: ${file} must hold an object of "<sha256>": "<operation>".`,
    );
  const docs: TrustedDocuments = new Map();
  for (const [hash, text] of Object.entries(manifest)) {
    if (typeof text !== "string" || sha256(text) !== hashKey(hash))
      throw new ConfigError(
        `HUB_TRUSTED_DOCUMENTS: the entry ${hash} of ${file} is not the sha256 of its operation; regenerate the manifest (npm run codegen).`,
      );
    docs.set(hashKey(hash), text);
  }
  return docs;
}

/** A request that names a trusted document by hash alone gets its text. */
export function withTrustedText(docs: TrustedDocuments | undefined, body: unknown): unknown {
  const b = body as
    { query?: string; extensions?: { persistedQuery?: { sha256Hash?: string } } } | undefined;
  const given = b?.extensions?.persistedQuery?.sha256Hash;
  const hash = given ? hashKey(given) : undefined;
  if (!docs || !b || b.query || !hash) return body;
  const text = docs.get(hash);
  // Apollo checks the hash against the text: give it the bare hex the manifest's "sha256:" key stands for.
  return text
    ? {
        ...b,
        query: text,
        extensions: {
          ...b.extensions,
          persistedQuery: { ...b.extensions!.persistedQuery, sha256Hash: hash },
        },
      }
    : body;
}

/** Refuses an operation a signed-in session may not run (every way in: /graphql, /export.csv). */
export function checkTrusted(
  docs: TrustedDocuments | undefined,
  viewer: Viewer,
  source: string,
): void {
  if (
    !docs ||
    viewer.kind !== "staff" ||
    viewer.permissions.has("graphql:ad_hoc") ||
    docs.has(sha256(source))
  )
    return;
  const normalized = normalizedHash(source);
  if (normalized && docs.has(normalized)) return;
  throw new GraphQLError(
    "Signed-in sessions may run only the dashboard's operations (trusted documents). Run your own queries with an API key, or ask an admin for the graphql:ad_hoc permission.",
    { extensions: { code: "FORBIDDEN", http: { status: 403 } } },
  );
}

export function trustedDocumentsPlugin(docs: TrustedDocuments): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, source }) {
          checkTrusted(docs, contextValue.viewer, source);
        },
      };
    },
  };
}
