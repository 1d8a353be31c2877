// npm run bench [-- --rows N] [--quick]: benchmarks, printed as a table and saved as JSON
// in bench/results/. Runs on the PostgreSQL in BENCH_DATABASE_URL (or TEST_DATABASE_URL),
// each run in a fresh database of its own, and on embedded PGlite.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { benchPipeline, type PipelineFigures } from "./pipeline";

const HELP = `npm run bench [-- --rows <n>] [--quick] [--only postgres|pglite]

Times the enrichment pipeline through the HTTP API on a fresh database: staging a sheet
of <n> rows (default 10000), applying it, an unchanged re-sync, an edited sheet and its
apply, with the peak RSS. PostgreSQL comes from BENCH_DATABASE_URL or TEST_DATABASE_URL
(a database is created and dropped); embedded PGlite always runs too.
  --rows <n>      sheet size (default 10000)
  --quick         1000 rows (CI runs this so the bench never rots)
  --only <db>     just postgres, or just pglite
The server runs as npm start runs it: the bundle, with the node flags of server/package.json's start.
BENCH_SERVER_NODE_ARGS replaces those flags, e.g. "--max-old-space-size=256";
BENCH_SERVER_LOG=1 shows the server's output (with "--trace-gc", its garbage collections).`;

async function main() {
  const { values } = parseArgs({ options: { rows: { type: "string" }, quick: { type: "boolean" }, only: { type: "string" }, help: { type: "boolean" } } });
  if (values.help) return console.log(HELP);
  const rows = values.quick ? 1000 : Number(values.rows ?? 10000);
  if (!Number.isInteger(rows) || rows < 1) throw new Error(`--rows must be a whole number above 0 (got ${values.rows}).`);
  const url = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  const runs: PipelineFigures[] = [];
  if (values.only && !["postgres", "pglite"].includes(values.only)) throw new Error(`--only takes postgres or pglite (got ${values.only}).`);
  if (values.only === "postgres" && !url) throw new Error("--only postgres needs BENCH_DATABASE_URL or TEST_DATABASE_URL, e.g. postgresql://postgres@127.0.0.1:5432/test.");
  const targets = [...(url && values.only !== "pglite" ? [url] : []), ...(values.only !== "postgres" ? [undefined] : [])];
  for (const databaseUrl of targets) {
    console.log(`pipeline on ${databaseUrl ? "PostgreSQL" : "PGlite"}, ${rows} rows:`);
    runs.push(await benchPipeline({ rows, databaseUrl, log: console.log }));
  }
  console.log("\n| database | step | seconds | count | target | server peak RSS after it |\n|---|---|---|---|---|---|");
  for (const r of runs) {
    for (const s of r.steps) console.log(`| ${r.database} | ${s.step} | ${s.seconds.toFixed(2)} | ${s.count} | ${s.target ?? ""} | ${s.peakRssMb} MB |`);
    console.log(`| ${r.database} | server's peak RSS | | ${r.peakRssMb} MB | < 300 MB |`);
  }
  const out = path.join(__dirname, "results", "pipeline.json");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify({ at: new Date().toISOString(), node: process.version, runs }, null, 2));
  console.log(`\nwritten to ${path.relative(process.cwd(), out)}`);
}

main().catch((err) => { console.error(`bench: ${(err as Error).message}`); process.exit(1); });
