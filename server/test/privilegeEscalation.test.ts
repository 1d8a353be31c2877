// Nobody climbs above their own permissions: not by changing their own role, not by taking
// over an admin's sign-in email, not by creating staff, keys or roles that hold more than
// they do, not through the pipeline; the last admin stays; every change is audited.
import { TARGETS } from "./support/databases";
import { DEMO_ADMIN, failure, ok, startTestHub, type TestHub } from "./support/hub";

const OLIVIA = "olivia.chen@sophiesociety.com"; // operations: staff:write, no access:manage
const PRIYA = "priya.natarajan@sophiesociety.com"; // pod leader

describe.each(TARGETS)("privilege escalation on %s", (target) => {
  let hub: TestHub;
  let ops: string;
  const id: Record<string, string> = {};
  const UPDATE = `mutation($id: ID!, $i: UpdateStaffInput!) { updateStaff(id: $id, input: $i) { role email } }`;
  const stored = (staffId: string) =>
    hub.t.db.prisma.staff.findUniqueOrThrow({ where: { id: staffId } });

  beforeAll(async () => {
    hub = await startTestHub(target);
    ops = await hub.tokenFor(OLIVIA);
    for (const email of [OLIVIA, PRIYA, DEMO_ADMIN])
      id[email] = ok(await hub.gql(`{ staffByEmail(email: "${email}") { id } }`)).staffByEmail.id;
  });
  afterAll(() => hub.close());

  it("refuses staff:write changing a role (its own or anyone's) without access:manage", async () => {
    for (const [who, role] of [
      [OLIVIA, "ADMIN"],
      [OLIVIA, "FINANCE"],
      [OLIVIA, "POD_LEADER"], // even downwards: roles are access control
      [PRIYA, "OPERATIONS"],
    ])
      expect(failure(await hub.gql(UPDATE, { id: id[who], i: { role } }, ops))).toMatchObject({
        code: "FORBIDDEN",
        field: "input.role",
        message: expect.stringMatching(/Staff\.role needs the permission access:manage/),
      });
    expect((await stored(id[OLIVIA])).role).toBe("operations");
    expect((await stored(id[PRIYA])).role).toBe("pod_leader");
    // Everything else about a colleague stays theirs to change.
    expect(
      ok(await hub.gql(UPDATE, { id: id[PRIYA], i: { title: "Senior Pod Leader" } }, ops))
        .updateStaff.role,
    ).toBe("POD_LEADER");
  });

  it("refuses taking over an account through its sign-in email", async () => {
    // The admin's own email to the attacker's, or the attacker's mailbox onto a colleague.
    expect(
      failure(
        await hub.gql(UPDATE, { id: id[DEMO_ADMIN], i: { email: "mine@attacker.example" } }, ops),
      ).code,
    ).toBe("FORBIDDEN");
    expect(
      failure(
        await hub.gql(UPDATE, { id: id[PRIYA], i: { email: "priya@attacker.example" } }, ops),
      ),
    ).toMatchObject({ code: "FORBIDDEN", field: "input.email" });
    // Nor anything else of an account whose role holds more than theirs.
    expect(
      failure(await hub.gql(UPDATE, { id: id[DEMO_ADMIN], i: { phone: "+1 555 0100" } }, ops))
        .message,
    ).toMatch(/whose role is admin needs every permission it grants/);
    expect(
      failure(
        await hub.gql(
          `mutation($id: ID!) { archiveStaff(id: $id) { id } }`,
          { id: id[DEMO_ADMIN] },
          ops,
        ),
      ).code,
    ).toBe("FORBIDDEN");
    expect((await stored(id[DEMO_ADMIN])).email).toBe(DEMO_ADMIN);
    expect((await stored(id[PRIYA])).email).toBe(PRIYA);
  });

  it("refuses creating staff with a role that holds more than the creator's", async () => {
    const create = (role: string, email: string) =>
      hub.gql(
        `mutation($i: CreateStaffInput!) { createStaff(input: $i) { role } }`,
        { i: { fullName: "New Person", email, role } },
        ops,
      );
    for (const role of ["ADMIN", "FINANCE"])
      expect(failure(await create(role, `${role.toLowerCase()}@new.example`))).toMatchObject({
        code: "FORBIDDEN",
        field: "input.role",
      });
    expect(ok(await create("POD_LEADER", "pod@new.example")).createStaff.role).toBe("POD_LEADER");
  });

  it("refuses keys and roles that hold more than their maker, even to an access manager", async () => {
    ok(
      await hub.gql(
        `mutation { createRole(name: "service_keys", permissions: ["access:manage", "staff:read"]) { name } }`,
      ),
    );
    const manager = ok(
      await hub.gql(`mutation { createApiKey(name: "Key manager", role: "service_keys") { key } }`),
    ).createApiKey.key;
    for (const role of ["admin", "service_readonly"])
      expect(
        failure(
          await hub.gql(
            `mutation($r: String!) { createApiKey(name: "Mine", role: $r) { key } }`,
            { r: role },
            manager,
          ),
        ),
      ).toMatchObject({ code: "FORBIDDEN", field: "role" });
    expect(
      failure(
        await hub.gql(
          `mutation { setRolePermissions(role: "service_keys", permissions: ["access:manage", "staff:read", "partners:financials"]) { name } }`,
          {},
          manager,
        ),
      ).message,
    ).toMatch(/does not have partners:financials/);
    expect(
      failure(
        await hub.gql(
          `mutation { createRole(name: "service_more", permissions: ["staff:read", "staff:write"]) { name } }`,
          {},
          manager,
        ),
      ).code,
    ).toBe("FORBIDDEN");
    // Nor may it strip a stronger role (the admins' or finance's) of what it does not hold.
    for (const role of ["admin", "finance"])
      expect(
        failure(
          await hub.gql(
            `mutation($r: String!) { setRolePermissions(role: $r, permissions: ["access:manage", "staff:read"]) { name } }`,
            { r: role },
            manager,
          ),
        ).code,
      ).toBe("FORBIDDEN");
    // Within its own permissions it works.
    ok(
      await hub.gql(
        `mutation { createRole(name: "service_less", permissions: ["staff:read", "access:manage"]) { name } }`,
        {},
        manager,
      ),
    );
    ok(
      await hub.gql(
        `mutation { setRolePermissions(role: "service_less", permissions: ["staff:read"]) { name } }`,
        {},
        manager,
      ),
    );
    expect(
      ok(
        await hub.gql(
          `mutation { createApiKey(name: "Less", role: "service_less") { apiKey { role } } }`,
          {},
          manager,
        ),
      ).createApiKey.apiKey.role,
    ).toBe("service_less");
  });

  it("refuses becoming admin through the pipeline: a role a sheet sets applies only for someone who may give it", async () => {
    const source = ok(
      await hub.gql(
        `mutation { createDataSource(input: { name: "Team Sheet", type: CSV, connectionConfig: {} }) { id } }`,
        {},
        ops,
      ),
    ).createDataSource.id;
    ok(
      await hub.gql(
        `mutation($id: ID!, $m: [FieldMappingInput!]!) { setFieldMappings(dataSourceId: $id, mappings: $m) { id } }`,
        {
          id: source,
          m: [
            { sourceColumn: "Email", targetTable: "staff", targetField: "email" },
            { sourceColumn: "Name", targetTable: "staff", targetField: "full_name" },
            { sourceColumn: "Role", targetTable: "staff", targetField: "role" },
          ],
        },
        ops,
      ),
    );
    const run = ok(
      await hub.gql(
        `mutation($id: ID!, $csv: String) { runSync(dataSourceId: $id, csv: $csv) { batchId changesStaged } }`,
        {
          id: source,
          csv: [
            "Email,Name,Role",
            `${OLIVIA},Olivia Chen,admin`,
            "sleeper@new.example,Sleeper,admin",
          ].join("\n"),
        },
        ops,
      ),
    ).runSync;
    expect(run.changesStaged).toBe(2);
    ok(await hub.gql(`mutation($b: ID!) { approveBatch(batchId: $b) }`, { b: run.batchId }, ops));
    expect(
      ok(
        await hub.gql(
          `mutation($b: ID!) { applyBatch(batchId: $b) { applied conflicts } }`,
          { b: run.batchId },
          ops,
        ),
      ).applyBatch,
    ).toEqual({ applied: 0, conflicts: 2 });
    const errors = ok(
      await hub.gql(
        `query($b: ID!) { stagedChanges(filter: { batchId: { eq: $b } }) { nodes { entityKey applyError } } }`,
        { b: run.batchId },
      ),
    ).stagedChanges.nodes;
    expect(errors.find((c: any) => c.entityKey === OLIVIA).applyError).toMatch(
      /Changing Staff\.role needs the permission access:manage/,
    );
    expect(errors.find((c: any) => c.entityKey === "sleeper@new.example").applyError).toMatch(
      /role admin needs every permission it grants/,
    );
    expect((await stored(id[OLIVIA])).role).toBe("operations");
    expect(
      await hub.t.db.prisma.staff.findFirst({ where: { email: "sleeper@new.example" } }),
    ).toBeNull();
  });

  it("keeps the last admin, and audits every role and grant change", async () => {
    const second = ok(
      await hub.gql(
        `mutation { createStaff(input: { fullName: "Second Admin", email: "second@admin.example", role: ADMIN }) { id } }`,
      ),
    ).createStaff.id;
    ok(await hub.gql(UPDATE, { id: second, i: { role: "OPERATIONS" } }));
    for (const [i, field] of [
      [{ role: "OPERATIONS" }, "role"],
      [{ status: "DEPARTED" }, "status"],
    ] as const)
      expect(failure(await hub.gql(UPDATE, { id: id[DEMO_ADMIN], i }))).toMatchObject({
        code: "BAD_USER_INPUT",
        field,
        message: expect.stringMatching(/last admin/),
      });
    // With another admin in place, the first may step down; then the other is the last.
    ok(await hub.gql(UPDATE, { id: second, i: { role: "ADMIN" } }));
    const secondToken = await hub.tokenFor("second@admin.example");
    ok(await hub.gql(UPDATE, { id: id[DEMO_ADMIN], i: { role: "OPERATIONS" } }, secondToken));
    expect(
      failure(
        await hub.gql(
          `mutation($id: ID!) { archiveStaff(id: $id) { id } }`,
          { id: second },
          await hub.tokenFor(OLIVIA),
        ),
      ).code,
    ).toBe("FORBIDDEN");
    expect(
      failure(await hub.gql(UPDATE, { id: second, i: { role: "FINANCE" } }, secondToken)).field,
    ).toBe("role");
    ok(await hub.gql(UPDATE, { id: id[DEMO_ADMIN], i: { role: "ADMIN" } }, secondToken));

    const audit = ok(
      await hub.gql(
        `query($id: ID!) { auditLogs(filter: { recordId: { eq: $id } }, first: 3) { nodes { action changes actor { email } } } }`,
        { id: id[DEMO_ADMIN] },
      ),
    ).auditLogs.nodes;
    expect(audit[0]).toEqual({
      action: "updateStaff",
      changes: { role: ["operations", "admin"] },
      actor: { email: "second@admin.example" },
    });
    ok(
      await hub.gql(
        `mutation { setRolePermissions(role: "marketing", permissions: ["partners:read", "staff:read"]) { name } }`,
      ),
    );
    const grants = ok(
      await hub.gql(
        `{ auditLogs(filter: { tableName: { eq: "roles" }, action: { eq: "setRolePermissions" } }, first: 1) { nodes { changes actor { email } } } }`,
      ),
    ).auditLogs.nodes[0];
    expect(grants.actor.email).toBe(DEMO_ADMIN);
    expect(grants.changes.permissions[1]).toEqual(["partners:read", "staff:read"]);
    expect(grants.changes.permissions[0]).toContain("marketing:write");
  });
});
