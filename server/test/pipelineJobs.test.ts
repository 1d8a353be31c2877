// Sync runs as jobs in the database: a queued run and its progress, cancelling, cron
// schedules enqueued once, two workers (two instances) sharing the queue without running
// a job twice, and a run whose instance died being claimed again.
import { TARGETS } from "./support/databases";
import { failure, ok, startTestHub, type TestHub } from "./support/hub";
import { openDatabase, type Database } from "../src/db/database";
import {
  enqueueSync,
  nextCronRun,
  startSyncWorker,
  type SyncWorker,
} from "../src/enrichment/syncJobs";

const MAPPINGS = [
  { sourceColumn: "Code", targetTable: "partners", targetField: "partner_code" },
  { sourceColumn: "Brand", targetTable: "partners", targetField: "brand_name" },
  { sourceColumn: "Notes", targetTable: "partners", targetField: "notes" },
];
const LOG = `id batchId status changesStaged errors errorLog initiatedBy { email } progress { step done total percent }`;
const csvOf = (n: number, note: string) =>
  [
    "Code,Brand,Notes",
    ...Array.from({ length: n }, (_, i) => `SO-${String(i + 1).padStart(4, "0")},,${note} ${i}`),
  ].join("\n");

describe.each(TARGETS)("sync jobs on %s", (target) => {
  let hub: TestHub;
  let second: { db: Database; worker: SyncWorker; own: boolean };
  beforeAll(async () => {
    // Workers poll rarely here: they run when woken (a queued runSync wakes its instance's; the tests wake the other).
    hub = await startTestHub(target, { syncPollMs: 600_000 });
    // Another instance: its own connection pool on PostgreSQL; PGlite has one connection, so a second worker shares it.
    const db = hub.t.url ? await openDatabase({ url: hub.t.url, poolSize: 4 }) : hub.t.db;
    second = { db, worker: startSyncWorker(db, {}, { pollMs: 600_000 }), own: Boolean(hub.t.url) };
  });
  afterAll(async () => {
    await second.worker.stop();
    if (second.own) await second.db.close();
    await hub.close();
  });

  const source = async (name: string) => {
    const id = ok(
      await hub.gql(
        `mutation($n: String!) { createDataSource(input: { name: $n, type: CSV, connectionConfig: {} }) { id } }`,
        { n: name },
      ),
    ).createDataSource.id;
    ok(
      await hub.gql(
        `mutation($id: ID!, $m: [FieldMappingInput!]!) { setFieldMappings(dataSourceId: $id, mappings: $m) { id } }`,
        { id, m: MAPPINGS },
      ),
    );
    return id;
  };
  const logOf = async (id: string) =>
    ok(await hub.gql(`query($id: ID!) { syncLog(id: $id) { ${LOG} } }`, { id })).syncLog;
  const settled = async (id: string) => {
    for (let i = 0; i < 200; i++) {
      const log = await logOf(id);
      if (!["QUEUED", "RUNNING"].includes(log.status)) return log;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`sync ${id} did not finish`);
  };
  const stagedIn = (batchId: string) => hub.t.db.prisma.stagedChange.count({ where: { batchId } });

  it("queues a run, returns at once, and shows its progress until it completes", async () => {
    const id = await source("Queued Sheet");
    const queued = ok(
      await hub.gql(
        `mutation($id: ID!, $csv: String) { runSync(dataSourceId: $id, csv: $csv, wait: false) { ${LOG} } }`,
        { id, csv: csvOf(30, "queued") },
      ),
    ).runSync;
    expect(queued).toMatchObject({
      status: "QUEUED",
      changesStaged: 0,
      progress: { step: "queued", percent: 0 },
      initiatedBy: { email: "sophie.admin@sophiesociety.com" },
    });
    const done = await settled(queued.id);
    expect(done).toMatchObject({
      status: "COMPLETED",
      changesStaged: 30,
      errors: 0,
      progress: { step: "completed", done: 30, total: 30, percent: 100 },
    });
    expect(await stagedIn(done.batchId)).toBe(30);
    const stored = await hub.t.db.prisma.syncLog.findUniqueOrThrow({ where: { id: queued.id } });
    expect(stored.inputContent).toBeNull(); // the upload is not kept once its rows are staged
  });

  it("cancels a run that is still queued, and only such a run", async () => {
    const id = await source("Cancelled Sheet");
    // Queued straight into the table: no worker is woken, so it is still waiting when cancelled.
    const job = await enqueueSync(hub.t.db.prisma, {
      organizationId: hub.demoOrgId,
      dataSourceId: id,
      initiatedById: null,
      file: { name: "x.csv", content: Buffer.from(csvOf(3, "never")) },
    });
    const cancelled = ok(
      await hub.gql(`mutation($id: ID!) { cancelSync(id: $id) { status progress { step } } }`, {
        id: job.id,
      }),
    ).cancelSync;
    expect(cancelled).toEqual({ status: "CANCELLED", progress: { step: "cancelled" } });
    expect(
      failure(await hub.gql(`mutation($id: ID!) { cancelSync(id: $id) { id } }`, { id: job.id })),
    ).toMatchObject({
      code: "BAD_USER_INPUT",
      message: "That run is cancelled; only a QUEUED run can be cancelled.",
    });
    second.worker.poke();
    await new Promise((r) => setTimeout(r, 300));
    expect((await logOf(job.id)).status).toBe("CANCELLED");
    expect(await stagedIn(job.batchId)).toBe(0);
  });

  it("shares the queue between two instances without running any job twice", async () => {
    const jobs = [];
    for (let i = 0; i < 6; i++) {
      const id = await source(`Shared Sheet ${i}`);
      jobs.push(
        ok(
          await hub.gql(
            `mutation($id: ID!, $csv: String) { runSync(dataSourceId: $id, csv: $csv, wait: false) { id } }`,
            { id, csv: csvOf(10 + i, `shared ${i}`) },
          ),
        ).runSync,
      );
      second.worker.poke(); // both instances now race for the queue
    }
    const logs = await Promise.all(jobs.map((j) => settled(j.id)));
    expect(logs.map((l) => [l.status, l.changesStaged])).toEqual(
      [0, 1, 2, 3, 4, 5].map((i) => ["COMPLETED", 10 + i]),
    );
    for (const l of logs) expect(await stagedIn(l.batchId)).toBe(l.changesStaged);
  });

  it("claims again a run whose instance died mid-run", async () => {
    const id = await source("Orphaned Sheet");
    const job = await enqueueSync(hub.t.db.prisma, {
      organizationId: hub.demoOrgId,
      dataSourceId: id,
      initiatedById: null,
      file: { name: "o.csv", content: Buffer.from(csvOf(4, "orphan")) },
    });
    await hub.t.db.prisma.syncLog.update({
      where: { id: job.id },
      data: {
        status: "running",
        heartbeatAt: new Date(Date.now() - 3_600_000),
        progressStep: "transforming rows",
      },
    });
    second.worker.poke();
    expect(await settled(job.id)).toMatchObject({ status: "COMPLETED", changesStaged: 4 });
  });

  it("enqueues a scheduled source once when it is due, and sets its next run", async () => {
    const create = (type: string, schedule: string) =>
      hub.gql(
        `mutation($t: DataSourceType!, $s: String, $n: String!) { createDataSource(input: { name: $n, type: $t, connectionConfig: { sheet_id: "abc" }, syncMode: SCHEDULED, syncSchedule: $s }) { id nextSyncAt } }`,
        { t: type, s: schedule, n: `Scheduled ${type} ${schedule}` },
      );
    expect(failure(await create("GOOGLE_SHEET", "61 * * * *"))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.syncSchedule",
    });
    expect(failure(await create("CSV", "0 6 * * *"))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.syncMode",
    });
    const created = ok(await create("GOOGLE_SHEET", "0 6 * * *")).createDataSource;
    expect(new Date(created.nextSyncAt).toISOString()).toBe(nextCronRun("0 6 * * *").toISOString());
    expect(new Date(created.nextSyncAt).getUTCHours()).toBe(6);
    ok(
      await hub.gql(
        `mutation($id: ID!, $m: [FieldMappingInput!]!) { setFieldMappings(dataSourceId: $id, mappings: $m) { id } }`,
        { id: created.id, m: MAPPINGS.map((m) => ({ ...m, sourceTab: "Clients" })) },
      ),
    );
    await hub.t.db.prisma.dataSource.update({
      where: { id: created.id },
      data: { nextSyncAt: new Date(Date.now() - 1000) },
    }); // its time has come
    second.worker.poke();
    let runs: { id: string }[] = [];
    for (let i = 0; i < 100 && !runs.length; i++) {
      await new Promise((r) => setTimeout(r, 100));
      runs = await hub.t.db.prisma.syncLog.findMany({ where: { dataSourceId: created.id } });
    }
    const run = await settled(runs[0].id);
    second.worker.poke(); // a second look finds nothing due
    await new Promise((r) => setTimeout(r, 300));
    expect(await hub.t.db.prisma.syncLog.count({ where: { dataSourceId: created.id } })).toBe(1);
    // No service account here: the run fails, saying what to set.
    expect(run).toMatchObject({ status: "FAILED", initiatedBy: null });
    expect(run.errorLog[0].message).toMatch(/Set GOOGLE_APPLICATION_CREDENTIALS/);
    const after = await hub.t.db.prisma.dataSource.findUniqueOrThrow({ where: { id: created.id } });
    expect(after.nextSyncAt!.getTime()).toBeGreaterThan(Date.now());
    expect(after.lastSyncError).toMatch(/GOOGLE_APPLICATION_CREDENTIALS/);
  });

  it("leaves queued runs to the worker instances when this one serves requests only (HUB_WORKER=0)", async () => {
    const api = await startTestHub(target, { worker: false, syncPollMs: 50 });
    try {
      const id = ok(
        await api.gql(
          `mutation { createDataSource(input: { name: "API-only", type: CSV, connectionConfig: {} }) { id } }`,
        ),
      ).createDataSource.id;
      ok(
        await api.gql(
          `mutation($id: ID!, $m: [FieldMappingInput!]!) { setFieldMappings(dataSourceId: $id, mappings: $m) { id } }`,
          { id, m: MAPPINGS },
        ),
      );
      const queued = ok(
        await api.gql(
          `mutation($id: ID!, $csv: String) { runSync(dataSourceId: $id, csv: $csv, wait: false) { id status } }`,
          { id, csv: csvOf(5, "api") },
        ),
      ).runSync;
      await new Promise((r) => setTimeout(r, 500));
      const status = async () =>
        (await api.t.db.prisma.syncLog.findUniqueOrThrow({ where: { id: queued.id } })).status;
      expect(await status()).toBe("queued");
      const worker = startSyncWorker(api.t.db, {}, { pollMs: 50 }); // a worker instance on the same database
      try {
        for (let i = 0; i < 100 && (await status()) !== "completed"; i++)
          await new Promise((r) => setTimeout(r, 100));
        expect(await status()).toBe("completed");
      } finally {
        await worker.stop();
      }
    } finally {
      await api.close();
    }
  });
});
