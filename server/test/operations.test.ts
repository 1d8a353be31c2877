// Operations tickets over HTTP (seed 001): the default workflow and SLAs, who sees and changes
// which tickets, allowed and illegal status moves (the database refuses them too), closedAt
// kept by the database, SLA due dates and breaches, and the ops views checked against numbers
// worked out by hand on a small fixture in a second organization.
import { TARGETS } from "./support/databases";
import { OTHER_ADMIN, failure, ok, startTestHub, type TestHub } from "./support/hub";

const POD_LEADER = "priya.natarajan@sophiesociety.com";
const OPS = "olivia.chen@sophiesociety.com";
const HOUR = 3_600_000;

describe.each(TARGETS)("operations tickets on %s", (target) => {
  let hub: TestHub;
  let podLeader: string;
  beforeAll(async () => {
    hub = await startTestHub(target);
    podLeader = await hub.tokenFor(POD_LEADER);
  });
  afterAll(() => hub.close());

  const create = async (input: Record<string, unknown>, token?: string) =>
    ok(
      await hub.gql(
        `mutation($i: CreateTicketInput!) { createTicket(input: $i) { id priority createdAt closedAt slaDueAt slaBreached status { key } sla { name } reporter { email } } }`,
        { i: input },
        token,
      ),
    ).createTicket;
  const move = (id: string, status: string, token?: string) =>
    hub.gql(
      `mutation($id: ID!, $s: String!) { moveTicket(id: $id, status: $s) { status { key } closedAt resolutionHours } }`,
      { id, s: status },
      token,
    );

  it("gives every organization a workflow and an SLA per priority", async () => {
    const { ticketStatuses, slas } = ok(
      await hub.gql(
        `{ ticketStatuses { key isClosed next { key } } slas { name priorityLevel resolutionTargetHours } }`,
      ),
    );
    expect(ticketStatuses.map((s: any) => s.key)).toEqual([
      "open",
      "in_progress",
      "waiting",
      "resolved",
      "closed",
    ]);
    expect(ticketStatuses.find((s: any) => s.key === "open").next.map((s: any) => s.key)).toEqual([
      "in_progress",
      "closed",
    ]);
    expect(ticketStatuses.filter((s: any) => s.isClosed).map((s: any) => s.key)).toEqual([
      "closed",
    ]);
    expect(slas).toEqual([
      { name: "Urgent", priorityLevel: "URGENT", resolutionTargetHours: 4 },
      { name: "High", priorityLevel: "HIGH", resolutionTargetHours: 24 },
      { name: "Standard", priorityLevel: "MEDIUM", resolutionTargetHours: 72 },
      { name: "Low", priorityLevel: "LOW", resolutionTargetHours: 168 },
    ]);
  });

  it("lets anyone report a ticket, starting open with its priority's SLA, and shows people their own", async () => {
    const t = await create({ subject: "  Coupon not showing  ", priority: "HIGH" }, podLeader);
    expect(t).toMatchObject({
      priority: "HIGH",
      closedAt: null,
      slaBreached: false,
      status: { key: "open" },
      sla: { name: "High" },
      reporter: { email: POD_LEADER },
    });
    expect(new Date(t.slaDueAt).getTime() - new Date(t.createdAt).getTime()).toBe(24 * HOUR);
    const mine = ok(
      await hub.gql(`{ tickets { totalCount nodes { id } } }`, {}, podLeader),
    ).tickets;
    expect(mine.nodes.map((n: any) => n.id)).toEqual([t.id]); // demo tickets are other people's
    const all = ok(await hub.gql(`{ tickets { totalCount } }`, {}, await hub.tokenFor(OPS))).tickets
      .totalCount;
    expect(all).toBe(
      await hub.t.db.prisma.opsTicket.count({ where: { organizationId: hub.demoOrgId } }),
    );
    expect(
      failure(await hub.gql(`mutation { createTicket(input: { subject: "   " }) { id } }`)),
    ).toMatchObject({ code: "BAD_USER_INPUT", field: "input.subject" });
    const someone = await hub.t.db.prisma.staff.findFirstOrThrow({ where: { email: OPS } });
    expect(
      failure(
        await hub.gql(
          `mutation($a: ID!) { createTicket(input: { subject: "For Olivia", assigneeId: $a }) { id } }`,
          { a: someone.id },
          podLeader,
        ),
      ),
    ).toMatchObject({ code: "FORBIDDEN" });
  });

  it("moves tickets along allowed transitions only; the database stamps and clears closedAt", async () => {
    const t = await create({ subject: "Buy Box lost" });
    expect(failure(await move(t.id, "resolved"))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "status",
      message:
        "A ticket cannot move from open to resolved; from open it may move to in_progress, closed.",
    });
    expect(failure(await move(t.id, "archived")).message).toBe(
      '"archived" is not a ticket status; the statuses are open, in_progress, waiting, resolved, closed.',
    );
    for (const s of ["in_progress", "waiting", "in_progress", "resolved"])
      expect(ok(await move(t.id, s)).moveTicket).toMatchObject({
        status: { key: s },
        closedAt: null,
        resolutionHours: null,
      });
    const before = Date.now();
    const closed = ok(await move(t.id, "closed")).moveTicket;
    expect(new Date(closed.closedAt).getTime()).toBeGreaterThanOrEqual(before - 5000);
    expect(closed.resolutionHours).toBeGreaterThanOrEqual(0);
    expect(failure(await move(t.id, "resolved")).message).toContain(
      "from closed it may move to open.",
    );
    expect(ok(await move(t.id, "open")).moveTicket).toMatchObject({
      status: { key: "open" },
      closedAt: null,
    });

    // The database holds the same rules, whoever writes.
    const statuses = await hub.t.db.prisma.opsTicketStatus.findMany({
      where: { organizationId: hub.demoOrgId },
    });
    const resolved = statuses.find((s) => s.key === "resolved")!.id;
    await expect(
      hub.t.db.prisma.opsTicket.update({ where: { id: t.id }, data: { statusId: resolved } }),
    ).rejects.toThrow(/cannot move from status/);
    await hub.t.db.prisma.opsTicket.update({
      where: { id: t.id },
      data: { closedAt: new Date(0), subject: "Buy Box lost (edited)" },
    });
    expect(
      (await hub.t.db.prisma.opsTicket.findUniqueOrThrow({ where: { id: t.id } })).closedAt,
    ).toBeNull(); // only a status change sets it
  });

  it("lets the reporter or assignee change a ticket, others only with ops:write", async () => {
    const other = await create({ subject: "Hazmat review" });
    expect(failure(await move(other.id, "in_progress", podLeader)).code).toBe("NOT_FOUND"); // not hers: she cannot even see it
    const priya = await hub.t.db.prisma.staff.findFirstOrThrow({ where: { email: POD_LEADER } });
    ok(
      await hub.gql(
        `mutation($id: ID!, $a: ID!) { updateTicket(id: $id, input: { assigneeId: $a, priority: URGENT }) { id } }`,
        { id: other.id, a: priya.id },
      ),
    );
    expect(ok(await move(other.id, "in_progress", podLeader)).moveTicket.status.key).toBe(
      "in_progress",
    );
    const olivia = await hub.t.db.prisma.staff.findFirstOrThrow({ where: { email: OPS } });
    expect(
      failure(
        await hub.gql(
          `mutation($id: ID!, $a: ID!) { updateTicket(id: $id, input: { assigneeId: $a }) { id } }`,
          { id: other.id, a: olivia.id },
          podLeader,
        ),
      ),
    ).toMatchObject({
      code: "FORBIDDEN",
      message:
        "Assigning a ticket to someone else needs the permission ops:write, which the role pod_leader does not have.",
    });
    expect(failure(await hub.gql(`{ opsOverview { slaName } }`, {}, podLeader)).code).toBe(
      "FORBIDDEN",
    );
  });

  it("adds SLAs with ops:write and lets a ticket take one, moving its due time", async () => {
    const t = await create({ subject: "Hazmat review again", priority: "LOW" });
    const sla = ok(
      await hub.gql(
        `mutation { createSla(input: { name: "Critical", priorityLevel: URGENT, resolutionTargetHours: 2 }) { id resolutionTargetHours } }`,
      ),
    ).createSla;
    expect(
      failure(
        await hub.gql(
          `mutation { createSla(input: { name: "Bad", priorityLevel: LOW, resolutionTargetHours: 0 }) { id } }`,
        ),
      ).field,
    ).toBe("input.resolutionTargetHours");
    expect(
      failure(
        await hub.gql(
          `mutation { createSla(input: { name: "Mine", priorityLevel: LOW, resolutionTargetHours: 5 }) { id } }`,
          {},
          podLeader,
        ),
      ).code,
    ).toBe("FORBIDDEN");
    const moved = ok(
      await hub.gql(
        `mutation($id: ID!, $s: ID!) { updateTicket(id: $id, input: { slaId: $s, subject: "Hazmat review (urgent)" }) { subject createdAt slaDueAt sla { name } } }`,
        { id: t.id, s: sla.id },
      ),
    ).updateTicket;
    expect(moved).toMatchObject({ subject: "Hazmat review (urgent)", sla: { name: "Critical" } });
    expect(new Date(moved.slaDueAt).getTime() - new Date(moved.createdAt).getTime()).toBe(2 * HOUR);
    expect(
      ok(await hub.gql(`query($id: ID!) { ticket(id: $id) { subject } }`, { id: t.id })).ticket
        .subject,
    ).toBe("Hazmat review (urgent)");
  });

  it("computes SLA breaches and the ops views, matching a hand-worked fixture", async () => {
    const org = hub.otherOrgId;
    const statuses = new Map(
      (await hub.t.db.prisma.opsTicketStatus.findMany({ where: { organizationId: org } })).map(
        (s) => [s.key, s.id],
      ),
    );
    const slas = new Map(
      (await hub.t.db.prisma.opsSla.findMany({ where: { organizationId: org } })).map((s) => [
        s.name,
        s.id,
      ]),
    );
    const now = Date.now();
    const at = (hoursAgo: number) => new Date(now - hoursAgo * HOUR);
    // High (24 h): A open for 30 h → breached; B closed after 5 h; C closed after 30 h → breached. Urgent (4 h): D closed after 2 h.
    await hub.t.db.prisma.opsTicket.createMany({
      data: [
        {
          organizationId: org,
          subject: "A",
          priority: "high",
          slaId: slas.get("High")!,
          statusId: statuses.get("open")!,
          createdAt: at(30),
        },
        {
          organizationId: org,
          subject: "B",
          priority: "high",
          slaId: slas.get("High")!,
          statusId: statuses.get("closed")!,
          createdAt: at(10),
          closedAt: at(5),
        },
        {
          organizationId: org,
          subject: "C",
          priority: "high",
          slaId: slas.get("High")!,
          statusId: statuses.get("closed")!,
          createdAt: at(50),
          closedAt: at(20),
        },
        {
          organizationId: org,
          subject: "D",
          priority: "urgent",
          slaId: slas.get("Urgent")!,
          statusId: statuses.get("closed")!,
          createdAt: at(3),
          closedAt: at(1),
        },
      ],
    });
    const token = await hub.tokenFor(OTHER_ADMIN);
    const { tickets, opsOverview, opsAverageResolutionTime, ticketsAggregate } = ok(
      await hub.gql(
        `{
      tickets(orderBy: [{ subject: ASC }]) { nodes { subject slaBreached resolutionHours } }
      opsOverview { slaName resolutionTargetHours openTickets closedTickets breachedTickets }
      opsAverageResolutionTime { priority closedTickets averageHours }
      ticketsAggregate(groupBy: [PRIORITY]) { key { priority } count }
    }`,
        {},
        token,
      ),
    );
    expect(tickets.nodes).toEqual([
      { subject: "A", slaBreached: true, resolutionHours: null },
      { subject: "B", slaBreached: false, resolutionHours: 5 },
      { subject: "C", slaBreached: true, resolutionHours: 30 },
      { subject: "D", slaBreached: false, resolutionHours: 2 },
    ]);
    expect(opsOverview).toEqual([
      {
        slaName: "Urgent",
        resolutionTargetHours: 4,
        openTickets: 0,
        closedTickets: 1,
        breachedTickets: 0,
      },
      {
        slaName: "High",
        resolutionTargetHours: 24,
        openTickets: 1,
        closedTickets: 2,
        breachedTickets: 2,
      },
      {
        slaName: "Standard",
        resolutionTargetHours: 72,
        openTickets: 0,
        closedTickets: 0,
        breachedTickets: 0,
      },
      {
        slaName: "Low",
        resolutionTargetHours: 168,
        openTickets: 0,
        closedTickets: 0,
        breachedTickets: 0,
      },
    ]);
    expect(opsAverageResolutionTime).toEqual(
      expect.arrayContaining([
        { priority: "HIGH", closedTickets: 2, averageHours: 17.5 },
        { priority: "URGENT", closedTickets: 1, averageHours: 2 },
      ]),
    );
    expect(opsAverageResolutionTime).toHaveLength(2);
    expect(ticketsAggregate.map((g: any) => [g.key.priority, g.count]).sort()).toEqual([
      ["HIGH", 3],
      ["URGENT", 1],
    ]);
    // The demo organization's views never count these.
    const demo = ok(
      await hub.gql(`{ opsOverview { slaName openTickets closedTickets } }`),
    ).opsOverview;
    const demoTotal = demo.reduce((n: number, r: any) => n + r.openTickets + r.closedTickets, 0);
    expect(demoTotal).toBe(
      await hub.t.db.prisma.opsTicket.count({ where: { organizationId: hub.demoOrgId } }),
    );
  });
});
