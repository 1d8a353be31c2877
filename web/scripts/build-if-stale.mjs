// `npm start` runs this first: builds web/dist when it is missing or older than the sources.
import { execSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const newest = (p) => {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...fs.readdirSync(p).map((f) => newest(path.join(p, f))));
};
const built = path.join(web, "dist", "index.html");
const sources = ["src", "index.html", "playground.html", "vite.config.ts", "package.json"]
  .map((f) => path.join(web, f))
  .filter(fs.existsSync);
if (!fs.existsSync(built) || Math.max(...sources.map(newest)) > fs.statSync(built).mtimeMs) {
  console.log("web: building the dashboard and playground (web/dist)…");
  execSync("npx vite build --logLevel warn", { cwd: web, stdio: "inherit" });
}
