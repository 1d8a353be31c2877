// GraphQL Code Generator: typed documents for the dashboard from the committed server
// schema. The client preset and its packages are added with the dashboard (#6).
const config = {
  schema: "server/schema.graphql",
  documents: ["web/src/**/*.tsx", "web/src/**/*.ts", "!web/src/gql/**"],
  generates: {
    "web/src/gql/": { preset: "client", presetConfig: { fragmentMasking: { unmaskFunctionName: "getFragmentData" }, persistedDocuments: true } }, // persisted-documents.json: HUB_TRUSTED_DOCUMENTS
  },
};

export default config;
