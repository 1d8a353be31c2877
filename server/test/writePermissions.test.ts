// Seeing is not writing: every mutation checks a write permission, read-only roles and
// API keys change nothing (not a task they can see, not an alert they can see), and an API
// key acts as itself (its role), never as the staff member who created it.
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLInputType,
} from "graphql";
import { TARGETS } from "./support/databases";
import { DEMO_ADMIN, failure, ok, startTestHub, type TestHub } from "./support/hub";
import { hubSchema } from "../src/graphql/schema";

const PRIYA = "priya.natarajan@sophiesociety.com"; // pod leader
const OWEN = "owen.price@sophiesociety.com"; // analyst: reads everything, writes only their own work
const SOME_ID = "00000000-0000-4000-8000-000000000001";

const SCALARS: Record<string, string> = {
  ID: `"${SOME_ID}"`,
  String: `"x"`,
  Int: "1",
  Float: "1",
  Boolean: "true",
  Date: `"2026-01-05"`,
  DateTime: `"2026-01-05T00:00:00Z"`,
  Decimal: `"1"`,
  JSON: "{}",
};

/** A valid literal of an input type: required fields only, the first enum value. */
function literal(type: GraphQLInputType): string {
  if (isNonNullType(type)) return literal(type.ofType);
  if (isListType(type)) return `[${literal(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return `{ ${required.map((f) => `${f.name}: ${literal(f.type)}`).join(", ")} }`;
  }
  const scalar = SCALARS[type.name];
  if (!scalar) throw new Error(`no literal for the scalar ${type.name}`);
  return scalar;
}

/** Every mutation of the schema, called with valid arguments that name nothing in particular. */
async function everyMutation(): Promise<{ name: string; query: string }[]> {
  const schema = await hubSchema();
  return Object.values(schema.getMutationType()!.getFields()).map((f) => {
    const args = f.args.filter((a) => isNonNullType(a.type));
    const call = args.length
      ? `(${args.map((a) => `${a.name}: ${literal(a.type)}`).join(", ")})`
      : "";
    const selection = isObjectType(getNamedType(f.type)) ? " { __typename }" : "";
    return { name: f.name, query: `mutation { ${f.name}${call}${selection} }` };
  });
}

/** Mutations the analyst's own-work permission (self:write) opens; every other is refused outright. */
const OWN_WORK = [
  "createTask",
  "updateTask",
  "submitWeeklyReport",
  "requestPto",
  "updatePto",
  "cancelPto",
  "createTicket",
  "updateTicket",
  "moveTicket",
  "createLead",
  "updateLead",
  "moveLeadStage",
  "logLeadActivity",
  "convertLead",
  "saveQuery",
  "deleteSavedQuery",
].sort();

describe.each(TARGETS)("write permissions on %s", (target) => {
  let hub: TestHub;
  let readonlyKey: string;
  let analyst: string;
  let podLeader: string;
  let priyaId: string;
  beforeAll(async () => {
    hub = await startTestHub(target);
    readonlyKey = ok(
      await hub.gql(
        `mutation { createApiKey(name: "Dashboards", role: "service_readonly") { key } }`,
      ),
    ).createApiKey.key;
    analyst = await hub.tokenFor(OWEN);
    podLeader = await hub.tokenFor(PRIYA);
    priyaId = ok(await hub.gql(`{ staffByEmail(email: "${PRIYA}") { id } }`)).staffByEmail.id;
  });
  afterAll(() => hub.close());

  it("refuses every mutation of the schema to a read-only API key, before touching anything", async () => {
    const mutations = await everyMutation();
    expect(mutations.length).toBeGreaterThan(90);
    const answers = [];
    for (const m of mutations) {
      const r = await hub.gql(m.query, {}, readonlyKey);
      answers.push([m.name, r.errors?.[0]?.extensions.code ?? "ALLOWED"]);
    }
    expect(answers.filter(([, code]) => code !== "FORBIDDEN")).toEqual([]);
  });

  it("refuses a read-only staff role every mutation but those on its own work", async () => {
    const opened = [];
    for (const m of await everyMutation()) {
      const r = await hub.gql(m.query, {}, analyst);
      const refusedOutright = /^Mutation\.\w+ needs the permission/.test(
        r.errors?.[0]?.message ?? "",
      );
      if (!refusedOutright) opened.push(m.name);
    }
    expect(opened.sort()).toEqual(OWN_WORK);
  });

  it("lets nobody who merely sees a task change it", async () => {
    const task = ok(
      await hub.gql(
        `mutation($s: ID!) { createTask(input: { title: "Prepare QBR deck", staffId: $s }) { id } }`,
        { s: priyaId },
      ),
    ).createTask.id;
    const edit = `mutation($id: ID!) { updateTask(id: $id, input: { status: COMPLETED, title: "done by someone else" }) { title } }`;
    // The key and the analyst both read every task (tasks:read_all)…
    for (const token of [readonlyKey, analyst])
      expect(
        ok(await hub.gql(`query { tasks { nodes { id } } }`, {}, token)).tasks.nodes.map(
          (n: any) => n.id,
        ),
      ).toContain(task);
    // …and neither may change one that is not theirs.
    expect(failure(await hub.gql(edit, { id: task }, readonlyKey)).code).toBe("FORBIDDEN");
    expect(failure(await hub.gql(edit, { id: task }, analyst))).toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/someone else's task needs the permission tasks:manage/),
    });
    expect(
      failure(
        await hub.gql(
          `mutation($s: ID!) { createTask(input: { title: "Yours now", staffId: $s }) { id } }`,
          { s: priyaId },
          analyst,
        ),
      ).code,
    ).toBe("FORBIDDEN");
    const stored = await hub.t.db.prisma.task.findUniqueOrThrow({ where: { id: task } });
    expect([stored.title, stored.status]).toEqual(["Prepare QBR deck", "pending"]);
    // Its owner may.
    expect(ok(await hub.gql(edit, { id: task }, podLeader)).updateTask.title).toBe(
      "done by someone else",
    );
  });

  it("lets only alerts:resolve acknowledge or resolve an alert, not everyone who sees it", async () => {
    // An open alert about one of Priya's partners (a rule the demo has not raised for it).
    const partner = ok(await hub.gql(`{ partners(first: 1) { nodes { id } } }`, {}, podLeader))
      .partners.nodes[0].id;
    const raised = await hub.t.db.prisma.alert.findMany({ where: { subjectId: partner } });
    const rule = ["partner_at_risk", "missing_weekly_status", "health_drop"].find(
      (r) => !raised.some((a) => a.rule === r),
    )!;
    const alert = await hub.t.db.prisma.alert.create({
      data: {
        organizationId: hub.demoOrgId,
        rule,
        subjectType: "partner",
        subjectId: partner,
        partnerId: partner,
        title: "Sales dropped",
        message: "Sales dropped 40% week on week.",
      },
    });
    const seen = (token: string) =>
      hub
        .gql(`{ alerts(first: 500) { nodes { id } } }`, {}, token)
        .then((r) => ok(r).alerts.nodes.map((n: any) => n.id));
    for (const token of [readonlyKey, analyst]) {
      expect(await seen(token)).toContain(alert.id);
      for (const q of [
        `mutation($id: ID!) { acknowledgeAlert(id: $id) { status } }`,
        `mutation($id: ID!) { resolveAlert(id: $id, resolution: "not my call") { status } }`,
      ])
        expect(failure(await hub.gql(q, { id: alert.id }, token))).toMatchObject({
          code: "FORBIDDEN",
          message: expect.stringMatching(/needs the permission alerts:resolve/),
        });
    }
    expect(
      (await hub.t.db.prisma.alert.findUniqueOrThrow({ where: { id: alert.id } })).status,
    ).toBe("open");
    expect(
      ok(
        await hub.gql(
          `mutation($id: ID!) { resolveAlert(id: $id, resolution: "called the client") { status resolvedBy { email } } }`,
          { id: alert.id },
          podLeader,
        ),
      ).resolveAlert,
    ).toEqual({ status: "RESOLVED", resolvedBy: { email: PRIYA } });
  });

  it("makes an API key act as itself, never as the staff member who created it", async () => {
    // An admin creates a key whose role may keep its own work and see staff: the key has no
    // work of its own, and is not the admin.
    ok(
      await hub.gql(
        `mutation { createRole(name: "service_selfish", permissions: ["self:write", "staff:read", "tasks:read_all"]) { name } }`,
      ),
    );
    const key = ok(
      await hub.gql(`mutation { createApiKey(name: "Selfish", role: "service_selfish") { key } }`),
    ).createApiKey.key;
    const adminId = ok(await hub.gql(`{ viewer { id } }`)).viewer.id;
    const adminPto = ok(
      await hub.gql(
        `mutation { requestPto(input: { startDate: "2026-08-03", endDate: "2026-08-07" }) { id staff { email } } }`,
      ),
    ).requestPto;
    expect(adminPto.staff.email).toBe(DEMO_ADMIN);
    expect(ok(await hub.gql(`{ viewer { id } }`, {}, key)).viewer).toBeNull();
    const request = `mutation($s: ID) { requestPto(input: { staffId: $s, startDate: "2026-09-01", endDate: "2026-09-02" }) { id } }`;
    expect(failure(await hub.gql(request, {}, key))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.staffId",
    });
    expect(failure(await hub.gql(request, { s: adminId }, key))).toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/for someone else needs the permission pto:approve/),
    });
    for (const q of [
      `mutation($id: ID!) { cancelPto(id: $id) { status } }`,
      `mutation($id: ID!) { updatePto(id: $id, input: { notes: "moved" }) { id } }`,
    ])
      expect(failure(await hub.gql(q, { id: adminPto.id }, key)).code).toBe("FORBIDDEN");
    expect(failure(await hub.gql(request, {}, readonlyKey)).code).toBe("FORBIDDEN");
    expect(
      (await hub.t.db.prisma.ptoRecord.findUniqueOrThrow({ where: { id: adminPto.id } })).status,
    ).toBe("pending");
    // What a key writes is the key's in the audit log, not its creator's.
    const pipelineKey = ok(
      await hub.gql(
        `mutation { createApiKey(name: "Importer", role: "service_pipeline") { key apiKey { id } } }`,
      ),
    ).createApiKey;
    const source = ok(
      await hub.gql(
        `mutation { createDataSource(input: { name: "Keyed Source", type: CSV, connectionConfig: {} }) { id createdBy { email } } }`,
        {},
        pipelineKey.key,
      ),
    ).createDataSource;
    expect(source.createdBy).toBeNull();
    const audit = ok(
      await hub.gql(
        `query($id: ID!, $k: ID!) { auditLogs(filter: { recordId: { eq: $id }, apiKeyId: { eq: $k } }) { totalCount nodes { actor { email } } } }`,
        { id: source.id, k: pipelineKey.apiKey.id },
      ),
    ).auditLogs;
    expect(audit).toEqual({ totalCount: 1, nodes: [{ actor: null }] });
    // Nor does it keep tasks as its creator.
    const keyed = failure(
      await hub.gql(`mutation { createTask(input: { title: "Mine?" }) { id } }`, {}, key),
    );
    expect(keyed).toMatchObject({ code: "BAD_USER_INPUT", field: "staffId" });
  });
});
