// GraphQL Code Generator (`npm run codegen`): typed documents for the web app from the
// committed server schema, and web/src/gql/persisted-documents.json, the manifest of every
// operation the web app sends (HUB_TRUSTED_DOCUMENTS). A test fails when these are stale.
import { addTypenameSelectionDocumentTransform } from "@graphql-codegen/client-preset";

const config = {
  schema: "server/schema.graphql",
  documents: ["web/src/**/*.tsx", "web/src/**/*.ts", "!web/src/gql/**"],
  generates: {
    "web/src/gql/": {
      preset: "client",
      presetConfig: {
        fragmentMasking: { unmaskFunctionName: "getFragmentData" },
        persistedDocuments: true,
      }, // persisted-documents.json: HUB_TRUSTED_DOCUMENTS
      // Apollo Client asks for __typename everywhere; the documents (and so the manifest) carry it already.
      documentTransforms: [addTypenameSelectionDocumentTransform],
      // Scalars as they travel in JSON: dates, times and decimals are strings (decimals keep their precision).
      config: {
        scalars: { Date: "string", DateTime: "string", Decimal: "string", JSON: "unknown" },
      },
    },
  },
};

export default config;
