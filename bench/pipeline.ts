// The enrichment pipeline at 10,000 rows, through the real HTTP API of a server running as
// its own process (`npm start`'s entry) on a fresh database: the first import (10,000
// creates), applying them, an unchanged re-sync (0 changes), an edited sheet (10,000
// updates) and applying those; with the server process's peak RSS (VmHWM). Figures are
// printed and written to bench/results/pipeline.json, never asserted.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "../server/src/db/database";
import { migrate } from "../server/src/db/migrate";
import { seedDemo } from "../server/src/seed/demo";
import { signSessionToken } from "../server/src/auth/sessionToken";
import { createPostgresDatabase } from "./databases";
import { SECRET, startHub } from "./server";
const TIERS = ["tier_1", "tier_2", "tier_3"];

/** A deterministic client sheet: row i is the same on every run. */
function sheet(rows: number, feeBump = 0): string {
  const lines = ["Brand,Client,Email,Status,Tier,Fee,Commission,Start,Notes"];
  for (let i = 1; i <= rows; i++) {
    const month = String((i % 12) + 1).padStart(2, "0");
    lines.push(
      `Bench Brand ${i},Client ${i},client${i}@bench.example,active,${TIERS[i % 3]},"$${(1000 + (i % 500) + feeBump).toFixed(2)}",${(i % 9) + 1}%,${month}/15/2025,row ${i}`,
    );
  }
  return lines.join("\n");
}

const MAPPINGS = [
  { sourceColumn: "Brand", targetTable: "partners", targetField: "brand_name" },
  { sourceColumn: "Client", targetTable: "partners", targetField: "client_name" },
  { sourceColumn: "Email", targetTable: "partners", targetField: "client_email" },
  { sourceColumn: "Status", targetTable: "partners", targetField: "status" },
  { sourceColumn: "Tier", targetTable: "partners", targetField: "tier" },
  {
    sourceColumn: "Fee",
    targetTable: "partners",
    targetField: "base_fee",
    transformType: "CURRENCY",
  },
  {
    sourceColumn: "Commission",
    targetTable: "partners",
    targetField: "commission_rate",
    transformType: "NUMBER",
  },
  {
    sourceColumn: "Start",
    targetTable: "partners",
    targetField: "contract_start_date",
    transformType: "DATE",
    transformConfig: { format: "MM/DD/YYYY" },
  },
  { sourceColumn: "Notes", targetTable: "partners", targetField: "notes" },
];

export interface PipelineFigures {
  database: string;
  rows: number;
  startRssMb: number;
  steps: { step: string; seconds: number; count: number; target?: string; peakRssMb: number }[];
  peakRssMb: number;
}

export async function benchPipeline(options: {
  rows: number;
  databaseUrl?: string;
  log: (line: string) => void;
}): Promise<PipelineFigures> {
  const { rows, log } = options;
  // The database is made, migrated and seeded here; the server process only serves it.
  const fresh = options.databaseUrl ? await createPostgresDatabase(options.databaseUrl) : null;
  const dataDir = fresh ? null : fs.mkdtempSync(path.join(os.tmpdir(), "hub-bench-"));
  const db = await openDatabase(
    fresh ? { url: fresh.url } : { dataDir: path.join(dataDir!, "pglite") },
  );
  await migrate(db);
  const { organizationId } = await seedDemo(db);
  const admin = await db.prisma.staff.findFirstOrThrow({
    where: { organizationId, role: "admin" },
  });
  const token = await signSessionToken(SECRET, { staffId: admin.id, organizationId }, "2h");
  await db.close();
  const server = await startHub(fresh ? { DATABASE_URL: fresh.url } : { HUB_DATA_DIR: dataDir! });
  // What the process holds before any work (on PGlite: the database engine too).
  const startRssMb = server.peakRssMb();
  log(`  server started: peak RSS ${startRssMb} MB`);
  try {
    const gql = async (query: string, variables: Record<string, unknown>, file?: string) => {
      const init: RequestInit = { method: "POST", headers: { authorization: `Bearer ${token}` } };
      if (file === undefined) {
        init.headers = { ...init.headers, "content-type": "application/json" };
        init.body = JSON.stringify({ query, variables });
      } else {
        const form = new FormData();
        form.append(
          "operations",
          JSON.stringify({ query, variables: { ...variables, file: null } }),
        );
        form.append("map", JSON.stringify({ 0: ["variables.file"] }));
        form.append("0", new Blob([file]), "bench.csv");
        init.body = form;
      }
      const body = (await (await fetch(`${server.url}/graphql`, init)).json()) as {
        data?: any;
        errors?: { message: string }[];
      };
      if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
      return body.data;
    };
    const steps: PipelineFigures["steps"] = [];
    const timed = async <T>(
      step: string,
      fn: () => Promise<T>,
      count: (r: T) => number,
      target?: string,
    ) => {
      const start = performance.now();
      const result = await fn();
      steps.push({
        step,
        seconds: (performance.now() - start) / 1000,
        count: count(result),
        target,
        peakRssMb: server.peakRssMb(),
      });
      log(
        `  ${step}: ${steps[steps.length - 1].seconds.toFixed(2)} s (${count(result)}), server peak RSS so far ${server.peakRssMb()} MB`,
      );
      return result;
    };
    const { id } = (
      await gql(
        `mutation { createDataSource(input: { name: "Bench Sheet", type: CSV, connectionConfig: {} }) { id } }`,
        {},
      )
    ).createDataSource;
    await gql(
      `mutation($id: ID!, $m: [FieldMappingInput!]!) { setFieldMappings(dataSourceId: $id, mappings: $m) { id } }`,
      { id, m: MAPPINGS },
    );
    const SYNC = `mutation($id: ID!, $file: Upload) { runSync(dataSourceId: $id, file: $file) { batchId status changesStaged errors } }`;
    const apply = async (batchId: string) => {
      await gql(`mutation($b: ID!) { approveBatch(batchId: $b) }`, { b: batchId });
      return (
        await gql(`mutation($b: ID!) { applyBatch(batchId: $b) { applied failed conflicts } }`, {
          b: batchId,
        })
      ).applyBatch;
    };
    const first = await timed(
      `stage ${rows} new rows`,
      async () => (await gql(SYNC, { id }, sheet(rows))).runSync,
      (r) => r.changesStaged,
      "≤ 5 s",
    );
    await timed(
      `apply ${rows} creates`,
      () => apply(first.batchId),
      (r) => r.applied,
      "≤ 10 s",
    );
    // The export streams page by page: its peak should not rise above what the sync needed.
    await timed(
      `export ${rows} partners as CSV`,
      async () => {
        const query = `{ partners { nodes { partnerCode brandName status tier baseFee contractStartDate } } }`;
        const res = await fetch(`${server.url}/export.csv?${new URLSearchParams({ query })}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        if (!res.ok || !res.body)
          throw new Error(`export failed: ${res.status} ${await res.text()}`);
        let lines = 0;
        for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>)
          for (const byte of chunk) if (byte === 10) lines++;
        return lines - 1; // the header
      },
      (n) => n,
      "flat memory",
    );
    await timed(
      "re-sync unchanged sheet",
      async () => (await gql(SYNC, { id }, sheet(rows))).runSync,
      (r) => r.changesStaged,
      "0 changes",
    );
    const edited = await timed(
      `stage ${rows} edited rows`,
      async () => (await gql(SYNC, { id }, sheet(rows, 7))).runSync,
      (r) => r.changesStaged,
      "≤ 5 s",
    );
    await timed(
      `apply ${rows} updates`,
      () => apply(edited.batchId),
      (r) => r.applied,
      "≤ 10 s",
    );
    return { database: db.kind, rows, startRssMb, steps, peakRssMb: server.peakRssMb() };
  } finally {
    await server.stop();
    if (fresh) await fresh.drop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
