import { defineConfig } from "vite";

// esbuild compiles the TSX (automatic JSX runtime). Two pages: the dashboard (/) and the
// GraphQL playground (GET /graphql in a browser); the server serves dist/.
export default defineConfig({
  esbuild: { jsx: "automatic" },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 3000,
    rollupOptions: {
      input: { main: "index.html", playground: "playground.html" },
      // GraphiQL's dependencies carry "use client" directives meant for server components.
      onwarn(warning, warn) {
        if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
      },
    },
  },
});
