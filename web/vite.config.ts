import { defineConfig } from "vite";

// esbuild compiles the TSX (automatic JSX runtime); the server serves dist/ at /.
export default defineConfig({
  esbuild: { jsx: "automatic" },
  build: { outDir: "dist", emptyOutDir: true },
});
