// The graph API side by side with PostGraphile 5 on one generated database: both servers get
// the same row-level security claims (the bench admin's), each query is first checked to give
// the same data on both and its SQL statements per request are counted (through a counting
// proxy), then autocannon loads the servers alternately, same connections and duration.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { openDatabase } from "../../server/src/db/database";
import { migrate } from "../../server/src/db/migrate";
import { signSessionToken } from "../../server/src/auth/sessionToken";
import { createPostgresDatabase } from "../databases";
import { SECRET, startHub, startServer, type RunningServer } from "../server";
import { generateGraph, type GraphData } from "./data";
import { QUERIES, depthOf, type BenchQuery } from "./queries";
import { startStatementCounter, type StatementCounts } from "./statements";

export interface GraphOptions {
  adminUrl: string;
  scale: number;
  seconds: number;
  rounds: number;
  connections: number;
  log: (line: string) => void;
}

type Side = "ours" | "theirs";
export interface LoadFigures {
  query: string;
  server: Side;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  statements: StatementCounts & { total: number };
  depth: number;
}
export interface GraphFigures {
  scale: number;
  seconds: number;
  rounds: number;
  connections: number;
  data: Omit<GraphData, "organizationId" | "adminId" | "samplePartnerId">;
  loads: LoadFigures[];
  peakRssMb: Record<Side, number>;
}

const POOL_SIZE = "10"; // our server's default pool; PostGraphile gets the same
const COUNT_REQUESTS = 10;
const SETTLE_MS = 60_000;
const IDLE_MS = 30; // a trivial query this fast means nothing else is being served

interface Endpoint {
  server: RunningServer;
  headers: Record<string, string>;
  request(q: BenchQuery): { query: string; variables: Record<string, unknown> };
}

async function post(
  e: Endpoint,
  body: { query: string; variables: Record<string, unknown> },
): Promise<any> {
  const res = await fetch(`${e.server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...e.headers },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
  if (!res.ok || json.errors?.length)
    throw new Error(`HTTP ${res.status}: ${json.errors?.map((x) => x.message).join("; ") ?? ""}`);
  return json.data;
}

export async function benchGraph(options: GraphOptions): Promise<GraphFigures> {
  const { log } = options;
  const fresh = await createPostgresDatabase(options.adminUrl);
  const running: RunningServer[] = [];
  try {
    const db = await openDatabase({ url: fresh.url });
    await migrate(db);
    await db.close();
    const data = await generateGraph(fresh.url, options.scale);
    log(
      `  generated ${Object.entries(data.counts)
        .map(([t, n]) => `${n} ${t}`)
        .join(", ")} in ${data.seconds.toFixed(1)} s`,
    );
    const admin = new pg.Client({ connectionString: fresh.url });
    await admin.connect();
    await admin.query(fs.readFileSync(path.join(__dirname, "postgraphile.sql"), "utf8"));
    await admin.end();

    const token = await signSessionToken(
      SECRET,
      { staffId: data.adminId, organizationId: data.organizationId },
      "4h",
    );
    const start = async (side: Side, url: string): Promise<Endpoint> => {
      if (side === "ours") {
        // Requests only, like PostGraphile: the background worker's first pass (alert rules over
        // every partner) would otherwise land in the first load run.
        const server = await startHub({ DATABASE_URL: url, HUB_WORKER: "0" });
        running.push(server);
        return {
          server,
          headers: { authorization: `Bearer ${token}` },
          request: (q) => ({ query: q.ours.query, variables: q.ours.variables(data) }),
        };
      }
      const server = await startServer(
        "PostGraphile",
        [process.execPath, path.join(__dirname, "postgraphileServer.mjs")],
        {
          DATABASE_URL: url,
          HUB_ORGANIZATION_ID: data.organizationId,
          HUB_STAFF_ID: data.adminId,
          POOL_SIZE,
          GRAPHILE_ENV: "production",
        },
      );
      running.push(server);
      return {
        server,
        headers: {},
        request: (q) => ({ query: q.theirs.query, variables: q.theirs.variables(data) }),
      };
    };
    const stopAll = async () => {
      await Promise.all(running.splice(0).map((s) => s.stop()));
    };

    // 1. Same answers, and statements per request, through the counting proxy.
    const counter = await startStatementCounter(fresh.url);
    const statements = new Map<string, StatementCounts & { total: number }>();
    const counted = {
      ours: await start("ours", counter.url),
      theirs: await start("theirs", counter.url),
    };
    for (const q of QUERIES) {
      const ours = q.normal.ours(await post(counted.ours, counted.ours.request(q)));
      const theirs = q.normal.theirs(await post(counted.theirs, counted.theirs.request(q)));
      assert.deepEqual(ours, theirs, `"${q.name}" gives different data on the two servers`);
      for (const side of ["ours", "theirs"] as const) {
        counter.reset();
        for (let i = 0; i < COUNT_REQUESTS; i++)
          await post(counted[side], counted[side].request(q));
        const c = counter.counts();
        const per = (n: number) => n / COUNT_REQUESTS;
        statements.set(`${q.name}/${side}`, {
          control: per(c.control),
          settings: per(c.settings),
          data: per(c.data),
          total: per(c.control + c.settings + c.data),
        });
      }
      log(
        `  ${q.name}: same data on both; statements per request ours ${statements.get(`${q.name}/ours`)!.total}, PostGraphile ${statements.get(`${q.name}/theirs`)!.total}`,
      );
    }
    await stopAll();
    await counter.close();

    // 2. Load, alternating servers, straight to the database.
    const direct = {
      ours: await start("ours", fresh.url),
      theirs: await start("theirs", fresh.url),
    };
    const load = (e: Endpoint, q: BenchQuery, seconds: number) =>
      autocannon({
        url: `${e.server.url}/graphql`,
        method: "POST",
        connections: options.connections,
        duration: seconds,
        headers: { "content-type": "application/json", ...e.headers },
        body: JSON.stringify(e.request(q)),
      });
    // A run ends with requests still being served (a staff-capacity request takes seconds, and
    // neither server stops one whose client left): the next run waits until both are idle.
    const settle = async () => {
      for (const side of ["ours", "theirs"] as const) {
        for (let waited = 0; waited < SETTLE_MS; waited += 250) {
          const started = performance.now();
          await post(direct[side], { query: "{ __typename }", variables: {} });
          if (performance.now() - started < IDLE_MS) break;
          await new Promise((r) => setTimeout(r, 250));
        }
      }
    };
    for (const side of ["ours", "theirs"] as const)
      for (const q of QUERIES) {
        await load(direct[side], q, 1);
        await settle();
      } // warm both up
    const runs = new Map<string, autocannon.Result[]>();
    for (let round = 0; round < options.rounds; round++) {
      for (const q of QUERIES) {
        for (const side of (round % 2 ? ["theirs", "ours"] : ["ours", "theirs"]) as Side[]) {
          const result = await load(direct[side], q, options.seconds);
          await settle();
          runs.set(`${q.name}/${side}`, [...(runs.get(`${q.name}/${side}`) ?? []), result]);
          log(
            `  round ${round + 1}, ${q.name}, ${side === "ours" ? "ours" : "PostGraphile"}: ${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms${result.errors + result.non2xx ? `, ${result.errors + result.non2xx} failed` : ""}`,
          );
        }
      }
    }
    const mean = (list: number[]) => list.reduce((a, b) => a + b, 0) / list.length;
    const loads: LoadFigures[] = QUERIES.flatMap((q) =>
      (["ours", "theirs"] as const).map((side) => {
        const rs = runs.get(`${q.name}/${side}`)!;
        return {
          query: q.name,
          server: side,
          depth: depthOf(q.ours.query),
          requestsPerSecond: Math.round(mean(rs.map((r) => r.requests.average))),
          p50Ms: mean(rs.map((r) => r.latency.p50)),
          p99Ms: mean(rs.map((r) => r.latency.p99)),
          errors: rs.reduce((n, r) => n + r.errors + r.non2xx, 0),
          statements: statements.get(`${q.name}/${side}`)!,
        };
      }),
    );
    const peakRssMb = {
      ours: direct.ours.server.peakRssMb(),
      theirs: direct.theirs.server.peakRssMb(),
    };
    const { organizationId: _o, adminId: _a, samplePartnerId: _s, ...summary } = data;
    return {
      scale: options.scale,
      seconds: options.seconds,
      rounds: options.rounds,
      connections: options.connections,
      data: summary,
      loads,
      peakRssMb,
    };
  } finally {
    await Promise.all(running.map((s) => s.stop()));
    await fresh.drop();
  }
}
