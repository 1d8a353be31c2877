// `npm start` runs the server as one bundled CommonJS file (dist/app/main.cjs): it starts
// faster and holds less memory than compiling TypeScript on the fly. Builds it when it is
// missing or older than the sources; `--force` always builds. (Two levels deep, like
// src/<folder>/, so paths relative to a module's folder hold in both.)
import { build } from "esbuild";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const server = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const BUNDLE = path.join(server, "dist", "app", "main.cjs");
const newest = (p) => {
  const st = fs.statSync(p);
  return st.isDirectory()
    ? Math.max(st.mtimeMs, ...fs.readdirSync(p).map((f) => newest(path.join(p, f))))
    : st.mtimeMs;
};
const sources = ["src", "package.json", "tsconfig.json", "../tsconfig.base.json"].map((f) =>
  path.join(server, f),
);

if (process.argv.includes("--help")) {
  console.log(
    "node server/scripts/build-if-stale.mjs [--force]: bundles the server into server/dist/app/main.cjs when its sources changed.",
  );
} else if (
  process.argv.includes("--force") ||
  !fs.existsSync(BUNDLE) ||
  Math.max(...sources.map(newest)) > fs.statSync(BUNDLE).mtimeMs
) {
  console.log("server: bundling (server/dist/app/main.cjs)…");
  await build({
    entryPoints: [path.join(server, "src", "main.ts")],
    outfile: BUNDLE,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    sourcemap: "linked",
    tsconfig: path.join(server, "tsconfig.json"),
    logLevel: "warning",
  });
}
