// Tasks, rollover and weekly reports over HTTP: own and team visibility, completion stamps,
// rollover of unfinished tasks (idempotent, overdue ones, across a fiscal quarter's end
// under both policies), the automatic weekly rollover claimed once by two instances, and
// weekly reports editable until their week closes.
import { TARGETS } from "./support/databases";
import { failure, ok, startTestHub, type TestHub } from "./support/hub";
import { openDatabase, type Database } from "../src/db/database";
import { startSyncWorker } from "../src/enrichment/syncJobs";
import { rollOverFinishedWeek } from "../src/modules/tasks/rollover";
import { addDays, mondayOf, weekEndingOf } from "../src/lib/dates";

const TASK = `id title status dueDate completedAt staff { email } rolledOverFrom { id } rolledOverTo { id dueDate status }`;
const day = (d: Date) => d.toISOString().slice(0, 10);

describe.each(TARGETS)("tasks on %s", (target) => {
  let hub: TestHub;
  let leader: string;
  beforeAll(async () => {
    hub = await startTestHub(target, { syncPollMs: 600_000 }); // the automatic rollover runs when a test wakes a worker
    leader = await hub.tokenFor("priya.natarajan@sophiesociety.com");
  });
  afterAll(() => hub.close());
  const create = async (input: Record<string, unknown>, token?: string) =>
    ok(
      await hub.gql(
        `mutation($i: CreateTaskInput!) { createTask(input: $i) { ${TASK} } }`,
        { i: input },
        token,
      ),
    ).createTask;
  const rollover = async (week: string) =>
    ok(
      await hub.gql(
        `mutation($w: Date!) { rolloverTasks(week: $w) { weekEnding carried cancelled } }`,
        { w: week },
      ),
    ).rolloverTasks;
  const task = async (id: string) =>
    ok(await hub.gql(`query($id: ID!) { task(id: $id) { ${TASK} } }`, { id })).task;
  const setPolicy = (v: unknown) =>
    hub.gql(
      `mutation($v: JSON!) { setConfiguration(category: "tasks", key: "rollover_policy", value: $v) { key } }`,
      { v },
    );

  it("keeps tasks to their owner unless one may see the team's", async () => {
    const own = await create({ title: "Prepare QBR deck", dueDate: "2026-11-20" }, leader);
    expect(own).toMatchObject({
      status: "PENDING",
      staff: { email: "priya.natarajan@sophiesociety.com" },
    });
    const leaderId = (
      await hub.t.db.prisma.staff.findFirstOrThrow({
        where: { email: "priya.natarajan@sophiesociety.com" },
      })
    ).id;
    const adminId = (
      await hub.t.db.prisma.staff.findFirstOrThrow({
        where: { email: "sophie.admin@sophiesociety.com" },
      })
    ).id;
    expect(
      failure(
        await hub.gql(
          `mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }`,
          { i: { title: "Yours now", staffId: adminId } },
          leader,
        ),
      ).code,
    ).toBe("FORBIDDEN");
    const given = await create({ title: "Call the client back", staffId: leaderId });
    expect(given.staff.email).toBe("priya.natarajan@sophiesociety.com");
    const mine = await create({ title: "Admin's own" });
    const leaderSees = ok(await hub.gql(`{ tasks { nodes { id } } }`, {}, leader)).tasks.nodes.map(
      (t: any) => t.id,
    );
    expect(leaderSees).toEqual(expect.arrayContaining([own.id, given.id]));
    expect(leaderSees).not.toContain(mine.id);
    expect(
      ok(await hub.gql(`query($id: ID!) { task(id: $id) { id } }`, { id: mine.id }, leader)).task,
    ).toBeNull();
    expect(
      failure(
        await hub.gql(`mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }`, {
          i: { title: "  " },
        }),
      ).field,
    ).toBe("input.title");
  });

  it("stamps completion, and refuses to fake a rollover", async () => {
    const t = await create({ title: "Ship it" });
    const done = ok(
      await hub.gql(
        `mutation($id: ID!) { updateTask(id: $id, input: { status: COMPLETED }) { status completedAt } }`,
        { id: t.id },
      ),
    ).updateTask;
    expect(done.completedAt).not.toBeNull();
    const reopened = ok(
      await hub.gql(
        `mutation($id: ID!) { updateTask(id: $id, input: { status: IN_PROGRESS }) { status completedAt } }`,
        { id: t.id },
      ),
    ).updateTask;
    expect(reopened).toEqual({ status: "IN_PROGRESS", completedAt: null });
    expect(
      failure(
        await hub.gql(
          `mutation($id: ID!) { updateTask(id: $id, input: { status: ROLLED_OVER }) { id } }`,
          { id: t.id },
        ),
      ).field,
    ).toBe("input.status");
  });

  it("rolls unfinished tasks into the next week once, keeping the link", async () => {
    const open = await create({ title: "Weekly audit", dueDate: "2026-03-04" }); // a Wednesday; week ends 2026-03-08
    const late = await create({ title: "Overdue", dueDate: "2026-02-12" }); // three weeks late by then
    const done = await create({ title: "Done already", dueDate: "2026-03-05" });
    ok(
      await hub.gql(
        `mutation($id: ID!) { updateTask(id: $id, input: { status: COMPLETED }) { id } }`,
        { id: done.id },
      ),
    );
    const future = await create({ title: "Next week's", dueDate: "2026-03-10" });
    expect(await rollover("2026-03-06")).toMatchObject({ weekEnding: "2026-03-08", cancelled: 0 });
    const carried = await task(open.id);
    expect(carried).toMatchObject({
      status: "ROLLED_OVER",
      rolledOverTo: { dueDate: "2026-03-11", status: "PENDING" },
    });
    expect((await task(carried.rolledOverTo.id)).rolledOverFrom).toEqual({ id: open.id });
    expect((await task(late.id)).rolledOverTo.dueDate).toBe("2026-03-12"); // same weekday, the week after
    expect((await task(done.id)).status).toBe("COMPLETED");
    expect((await task(future.id)).status).toBe("PENDING");
    expect((await rollover("2026-03-08")).carried).toBe(0); // again: nothing twice
  });

  it("crosses a fiscal quarter's end, or stops there, as the policy says", async () => {
    const inside = await create({ title: "Stays in Q4", dueDate: "2026-12-24" }); // next due 2026-12-31
    const across = await create({ title: "Would cross", dueDate: "2026-12-26" }); // next due 2027-01-02
    ok(
      await setPolicy({
        automatic: true,
        carry_statuses: ["pending", "in_progress"],
        at_quarter_end: "cancel",
      }),
    );
    expect(await rollover("2026-12-27")).toMatchObject({ weekEnding: "2026-12-27" }); // (earlier tests' open tasks roll too)
    expect((await task(inside.id)).rolledOverTo.dueDate).toBe("2026-12-31");
    expect(await task(across.id)).toMatchObject({ status: "CANCELLED", rolledOverTo: null });
    // With a fiscal year from February, December and January are one quarter: it carries.
    ok(
      await hub.gql(
        `mutation { setConfiguration(category: "fiscal", key: "quarter_start_month", value: 2) { key } }`,
      ),
    );
    const again = await create({ title: "Same quarter now", dueDate: "2027-01-01" }); // → 2027-01-08, week ends 2027-01-03
    await rollover("2027-01-03");
    expect((await task(again.id)).rolledOverTo.dueDate).toBe("2027-01-08");
    ok(await setPolicy({ automatic: true, carry_statuses: ["pending"], at_quarter_end: "carry" }));
    ok(
      await hub.gql(
        `mutation { resetConfiguration(category: "fiscal", key: "quarter_start_month") { key } }`,
      ),
    );
    const working = await create({ title: "In progress, not carried", dueDate: "2027-02-03" });
    ok(
      await hub.gql(
        `mutation($id: ID!) { updateTask(id: $id, input: { status: IN_PROGRESS }) { id } }`,
        { id: working.id },
      ),
    );
    await rollover("2027-02-07");
    expect(await task(working.id)).toMatchObject({ status: "IN_PROGRESS", rolledOverTo: null });
    expect(
      failure(
        await setPolicy({
          automatic: true,
          carry_statuses: ["completed"],
          at_quarter_end: "carry",
        }),
      ).field,
    ).toBe("value");
    expect(
      failure(
        await hub.gql(`mutation { rolloverTasks(week: "2027-02-07") { carried } }`, {}, leader),
      ).code,
    ).toBe("FORBIDDEN");
  });

  it("rolls the finished week over by itself, once, whichever instance gets there first", async () => {
    ok(
      await setPolicy({
        automatic: true,
        carry_statuses: ["pending", "in_progress"],
        at_quarter_end: "carry",
      }),
    );
    const lastWeekEnding = addDays(mondayOf(new Date()), -1);
    const t = await create({
      title: "Left over from last week",
      dueDate: day(addDays(lastWeekEnding, -3)),
    });
    const db2: Database = hub.t.url
      ? await openDatabase({ url: hub.t.url, poolSize: 3 })
      : hub.t.db;
    const workers = [
      startSyncWorker(hub.t.db, {}, { pollMs: 600_000, periodic: [rollOverFinishedWeek] }),
      startSyncWorker(db2, {}, { pollMs: 600_000, periodic: [rollOverFinishedWeek] }),
    ];
    workers.forEach((w) => w.poke());
    await Promise.all(workers.map((w) => w.stop()));
    if (hub.t.url) await db2.close();
    const after = await task(t.id);
    expect(after).toMatchObject({
      status: "ROLLED_OVER",
      rolledOverTo: { dueDate: day(addDays(lastWeekEnding, 4)) },
    });
    expect(await hub.t.db.prisma.task.count({ where: { rolledOverFromId: t.id } })).toBe(1);
    const runs = await hub.t.db.prisma.scheduledRun.findMany({
      where: { organizationId: hub.demoOrgId, job: "task_rollover" },
    });
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({
      periodKey: day(lastWeekEnding),
      result: { carried: 1, cancelled: 0 },
    });
  });

  it("keeps weekly reports editable until their week closes", async () => {
    const submit = (input: Record<string, unknown>, token?: string) =>
      hub.gql(
        `mutation($i: WeeklyReportInput!) { submitWeeklyReport(input: $i) { id weekEnding accomplishments blockers kpiData staff { email } } }`,
        { i: input },
        token,
      );
    const thisWeek = day(weekEndingOf(new Date()));
    const first = ok(
      await submit(
        {
          week: day(new Date()),
          accomplishments: ["Closed Acme"],
          blockers: [],
          kpiData: { calls: 12 },
        },
        leader,
      ),
    ).submitWeeklyReport;
    expect(first).toMatchObject({
      weekEnding: thisWeek,
      accomplishments: ["Closed Acme"],
      kpiData: { calls: 12 },
      staff: { email: "priya.natarajan@sophiesociety.com" },
    });
    const second = ok(
      await submit({ week: thisWeek, blockers: ["Waiting on legal"] }, leader),
    ).submitWeeklyReport;
    expect(second).toMatchObject({
      id: first.id,
      accomplishments: ["Closed Acme"],
      blockers: ["Waiting on legal"],
    }); // one per person and week
    const old = day(addDays(weekEndingOf(new Date()), -21));
    expect(failure(await submit({ week: old, accomplishments: ["late"] }, leader)).message).toMatch(
      new RegExp(`The week ending ${old} closed on`),
    );
    expect(failure(await submit({ week: day(addDays(new Date(), 30)) }, leader)).field).toBe(
      "input.week",
    );
    expect(failure(await submit({ week: thisWeek, kpiData: [1] }, leader)).field).toBe(
      "input.kpiData",
    );
    ok(await submit({ week: thisWeek, accomplishments: ["Admin things"] }));
    const leaderSees = ok(
      await hub.gql(`{ weeklyReports { nodes { staff { email } } } }`, {}, leader),
    ).weeklyReports.nodes;
    expect(leaderSees).toEqual([{ staff: { email: "priya.natarajan@sophiesociety.com" } }]);
    expect(ok(await hub.gql(`{ weeklyReports { totalCount } }`)).weeklyReports.totalCount).toBe(2);
  });
});
