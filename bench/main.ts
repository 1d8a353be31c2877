// npm run bench: the enrichment pipeline's timings and the graph API side by side with
// PostGraphile, printed as tables and saved as JSON in bench/results/. Runs on the PostgreSQL
// in BENCH_DATABASE_URL (or TEST_DATABASE_URL), each run in a fresh database of its own, and
// (the pipeline) on embedded PGlite.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { benchGraph, type GraphFigures } from "./graph/run";
import { benchPipeline, type PipelineFigures } from "./pipeline";

const HELP = `npm run bench [-- --quick] [--skip pipeline|graph] [--rows <n>] [--only postgres|pglite]
                    [--scale <x>] [--seconds <n>] [--rounds <n>] [--connections <n>]

pipeline: times the enrichment pipeline through the HTTP API on a fresh database: staging a
sheet of <n> rows (default 10000), applying it, an unchanged re-sync, an edited sheet and its
apply, with the peak RSS; on PostgreSQL and on embedded PGlite.
graph: generates an organization (at scale 1: 2,000 partners, 300 staff, 8,000 assignments,
40,000 ASINs, 100,000 weekly statuses, 5,000 lineage rows) into a fresh PostgreSQL database,
starts our server and PostGraphile 5 on it with the same row-level security claims, checks
that three queries (partner list, partner detail, staff capacity) give the same data on both,
counts their SQL statements per request, and loads each server alternately with autocannon.
PostgreSQL comes from BENCH_DATABASE_URL or TEST_DATABASE_URL (a database is created and dropped).
  --quick           1000 rows; graph at scale 0.1, 5 s runs, one round (CI runs this so the bench never rots)
  --skip <bench>    leave out the pipeline or the graph bench
  --rows <n>        sheet size (default 10000)
  --only <db>       pipeline on just postgres, or just pglite
  --scale <x>       graph data size multiplier (default 1)
  --seconds <n>     length of each load run (default 10)
  --rounds <n>      load rounds, alternating which server goes first (default 2)
  --connections <n> concurrent connections of each load run (default 10)
The server runs as npm start runs it: server/scripts/start.sh (the bundle, its node flags and memory settings).
BENCH_SERVER_NODE_ARGS replaces those node flags, e.g. "--max-old-space-size=256";
BENCH_SERVER_LOG=1 shows the server's output (with "--trace-gc", its garbage collections).`;

async function main() {
  const { values } = parseArgs({
    options: {
      rows: { type: "string" },
      quick: { type: "boolean" },
      only: { type: "string" },
      skip: { type: "string" },
      help: { type: "boolean" },
      scale: { type: "string" },
      seconds: { type: "string" },
      rounds: { type: "string" },
      connections: { type: "string" },
    },
  });
  if (values.help) return console.log(HELP);
  if (values.skip && !["pipeline", "graph"].includes(values.skip))
    throw new Error(`--skip takes pipeline or graph (got ${values.skip}).`);
  const number = (name: string, given: string | undefined, fallback: number, whole = true) => {
    const n = given === undefined ? fallback : Number(given);
    if (!(n > 0) || (whole && !Number.isInteger(n)))
      throw new Error(`--${name} must be a ${whole ? "whole " : ""}number above 0 (got ${given}).`);
    return n;
  };
  const graph = {
    scale: number("scale", values.scale, values.quick ? 0.1 : 1, false),
    seconds: number("seconds", values.seconds, values.quick ? 5 : 10),
    rounds: number("rounds", values.rounds, values.quick ? 1 : 2),
    connections: number("connections", values.connections, 10),
  };
  const rows = values.quick ? 1000 : Number(values.rows ?? 10000);
  if (!Number.isInteger(rows) || rows < 1)
    throw new Error(`--rows must be a whole number above 0 (got ${values.rows}).`);
  const url = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (values.only && !["postgres", "pglite"].includes(values.only))
    throw new Error(`--only takes postgres or pglite (got ${values.only}).`);
  if (values.only === "postgres" && !url)
    throw new Error(
      "--only postgres needs BENCH_DATABASE_URL or TEST_DATABASE_URL, e.g. postgresql://postgres@127.0.0.1:5432/test.",
    );
  if (values.skip !== "pipeline") await pipelineBench(rows, url, values.only);
  if (values.skip !== "graph") {
    if (!url)
      throw new Error(
        "The graph bench needs PostgreSQL: set BENCH_DATABASE_URL or TEST_DATABASE_URL, e.g. postgresql://postgres@127.0.0.1:5432/test (or --skip graph).",
      );
    await graphBench({ ...graph, adminUrl: url });
  }
}

async function pipelineBench(rows: number, url: string | undefined, only: string | undefined) {
  const runs: PipelineFigures[] = [];
  const targets = [
    ...(url && only !== "pglite" ? [url] : []),
    ...(only !== "postgres" ? [undefined] : []),
  ];
  for (const databaseUrl of targets) {
    console.log(`pipeline on ${databaseUrl ? "PostgreSQL" : "PGlite"}, ${rows} rows:`);
    runs.push(await benchPipeline({ rows, databaseUrl, log: console.log }));
  }
  console.log(
    "\n| database | step | seconds | count | target | server peak RSS after it |\n|---|---|---|---|---|---|",
  );
  for (const r of runs) {
    console.log(`| ${r.database} | server started | | | | ${r.startRssMb} MB |`);
    for (const s of r.steps)
      console.log(
        `| ${r.database} | ${s.step} | ${s.seconds.toFixed(2)} | ${s.count} | ${s.target ?? ""} | ${s.peakRssMb} MB |`,
      );
    console.log(`| ${r.database} | server's peak RSS | | ${r.peakRssMb} MB | < 300 MB |`);
  }
  save("pipeline.json", { runs });
}

async function graphBench(options: Omit<Parameters<typeof benchGraph>[0], "log">) {
  console.log(
    `\ngraph API vs PostGraphile 5 on PostgreSQL, scale ${options.scale}, ${options.connections} connections, ${options.rounds} × ${options.seconds} s per query and server:`,
  );
  const figures: GraphFigures = await benchGraph({ ...options, log: console.log });
  const name = { ours: "Sophie Hub", theirs: "PostGraphile" };
  console.log(
    "\n| query | server | req/s | p50 ms | p99 ms | SQL statements / request (data + settings + control) | depth + 1 | failed | server peak RSS |\n|---|---|---|---|---|---|---|---|---|",
  );
  for (const l of figures.loads) {
    const s = l.statements;
    console.log(
      `| ${l.query} | ${name[l.server]} | ${l.requestsPerSecond} | ${l.p50Ms.toFixed(1)} | ${l.p99Ms.toFixed(1)} | ${s.total} (${s.data} + ${s.settings} + ${s.control}) | ${l.depth + 1} | ${l.errors} | ${figures.peakRssMb[l.server]} MB |`,
    );
  }
  console.log(
    "\n| query | throughput ours / theirs (target ≥ 1.0) | p99 ours / theirs (target ≤ 1.0) | our data statements ≤ depth + 1 |\n|---|---|---|---|",
  );
  for (const [ours, theirs] of pairs(figures.loads)) {
    console.log(
      `| ${ours.query} | ${(ours.requestsPerSecond / theirs.requestsPerSecond).toFixed(2)} | ${(ours.p99Ms / theirs.p99Ms).toFixed(2)} | ${ours.statements.data + ours.statements.settings} ≤ ${ours.depth + 1}: ${ours.statements.data + ours.statements.settings <= ours.depth + 1 ? "yes" : "no"} |`,
    );
  }
  save("graph.json", figures);
}

const pairs = (loads: GraphFigures["loads"]) =>
  [...new Set(loads.map((l) => l.query))].map(
    (q) =>
      [
        loads.find((l) => l.query === q && l.server === "ours")!,
        loads.find((l) => l.query === q && l.server === "theirs")!,
      ] as const,
  );

function save(file: string, figures: object) {
  const out = path.join(__dirname, "results", file);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(
    out,
    JSON.stringify({ at: new Date().toISOString(), node: process.version, ...figures }, null, 2),
  );
  console.log(`\nwritten to ${path.relative(process.cwd(), out)}`);
}

main().catch((err) => {
  console.error(`bench: ${(err as Error).message}`);
  process.exit(1);
});
