// ESLint flat config: typescript-eslint's recommended rules, import cycles, React hooks, and
// the layers (CONTRIBUTING.md): data flows one way, db ← enrichment ← graphql/modules ← http,
// and web/src/ui never imports the pages that use it. `npm run lint` allows no warning.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import { createNodeResolver, flatConfigs as importX } from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

/** A layer may not import from the folders above it (type-only imports included). */
function layer(files, folders, why) {
  // Relative paths only: "graphql" the package is not "../graphql" the layer.
  const regex = `^(\\.\\.?/)+(${folders.join("|")})(/|$)`;
  return {
    files,
    rules: { "no-restricted-imports": ["error", { patterns: [{ regex, message: why }] }] },
  };
}

const above = (...folders) => folders;

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "server/src/generated/**",
      "web/src/gql/**",
      "bench/results/**",
      "coverage/**",
      ".hub-data/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "import-x": importX.recommended.plugins["import-x"] },
    settings: {
      "import-x/resolver-next": [
        createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] }),
      ],
    },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": [
        "error",
        { fixStyle: "inline-type-imports", disallowTypeAnnotations: false },
      ],
      eqeqeq: ["error", "always", { null: "ignore" }],
      "no-console": "off",
    },
  },
  {
    files: ["web/src/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Tests and the bench read GraphQL responses as untyped JSON.
    files: ["server/test/**", "web/e2e/**", "bench/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["**/*.cjs", "server/jest.config.js", "server/test/support/summaryReporter.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  // The layers, bottom up.
  layer(
    ["server/src/lib/**"],
    above("db", "auth", "enrichment", "graphql", "modules", "http", "jobs", "cli", "seed"),
    "lib/ holds plain helpers: it imports no layer of the server.",
  ),
  layer(
    ["server/src/db/**"],
    above("auth", "enrichment", "graphql", "modules", "http", "jobs", "cli", "seed"),
    "db/ is the bottom layer: it knows SQL and transactions, nothing above.",
  ),
  layer(
    ["server/src/auth/**"],
    above("enrichment", "graphql", "modules", "http", "jobs", "cli", "seed"),
    "auth/ sits on db/: who is asking, never how the answer is served.",
  ),
  layer(
    ["server/src/enrichment/**"],
    above("graphql", "modules", "http", "jobs", "cli", "seed"),
    "The enrichment engine takes { db, organizationId, viewer }, never the GraphQL context.",
  ),
  layer(
    ["server/src/graphql/**", "server/src/modules/**"],
    above("http", "cli", "seed"),
    "graphql/ and modules/ are served by http/, they never import it.",
  ),
  layer(
    ["web/src/ui/**"],
    ["pages", "app"],
    "web/src/ui holds shared components: it never imports the pages or the app that use it.",
  ),
);
