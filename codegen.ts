// GraphQL Code Generator (`npm run codegen`): typed documents for the web app from the
// committed server schema, and web/src/gql/persisted-documents.json, the manifest of every
// operation the web app sends (HUB_TRUSTED_DOCUMENTS). A test fails when these are stale.
const config = {
  schema: "server/schema.graphql",
  documents: ["web/src/**/*.tsx", "web/src/**/*.ts", "!web/src/gql/**"],
  generates: {
    "web/src/gql/": { preset: "client", presetConfig: { fragmentMasking: { unmaskFunctionName: "getFragmentData" }, persistedDocuments: true } }, // persisted-documents.json: HUB_TRUSTED_DOCUMENTS
  },
};

export default config;
