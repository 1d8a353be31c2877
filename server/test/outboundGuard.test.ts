// The outbound guard against an SSRF attacker, over HTTP: a tenant aims a webhook at
// loopback, private, link-local, metadata and other internal addresses in every spelling
// (IPv4, IPv6-mapped, decimal, octal, hex, short forms, trailing dots, DNS names resolving
// inward, DNS rebinding); creation refuses what it can see, delivery refuses at connection
// time whatever slipped past, redirects are not followed and only a short answer is kept.
// An operator's allow list lets named internal hosts through, nothing else.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { TARGETS } from "./support/databases";
import { failure, ok, startTestHub, type TestHub } from "./support/hub";
import { KEPT_RESPONSE_BYTES, sendDueWebhooks } from "../src/modules/webhooks/webhook.delivery";
import { OutboundError, outboundGuard, refusedAddress } from "../src/lib/outbound";

/** A local HTTP server recording what reaches it; answer decides each response. */
async function receiver(answer: (req: http.IncomingMessage, res: http.ServerResponse) => void) {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    req.resume();
    req.on("end", () => answer(req, res));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  const close = () =>
    new Promise((r) => {
      server.close(r);
      server.closeAllConnections();
    });
  return { hits, port, close };
}

// Names the fake resolver knows: the tests never depend on real DNS.
const PUBLIC = "93.184.216.34";
let rebindCalls = 0;
const fakeDns = async (host: string): Promise<string[]> => {
  if (host === "inward.example.test") return ["127.0.0.1"];
  if (host === "metadata.example.test") return ["169.254.169.254"];
  if (host === "mixed.example.test") return [PUBLIC, "10.0.0.5"];
  if (host === "mapped.example.test") return ["::ffff:127.0.0.1"];
  if (host === "ula.example.test") return ["fd00:ec2::254"];
  // Public when the webhook is saved, loopback when it is called.
  if (host === "rebind.example.test") return rebindCalls++ === 0 ? [PUBLIC] : ["127.0.0.1"];
  if (host === "allowed.internal") return ["127.0.0.1"];
  throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
};

describe("refusedAddress", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["100.64.0.1", "carrier-grade NAT"],
    ["169.254.169.254", "metadata"],
    ["0.0.0.0", "unspecified"],
    ["224.0.0.1", "multicast"],
    ["255.255.255.255", "broadcast"],
    ["::", "unspecified"],
    ["::1", "loopback"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::ffff:a9fe:a9fe", "metadata"],
    ["64:ff9b::7f00:1", "loopback"],
    ["2002:c0a8:0101::1", "private"],
    ["fd00:ec2::254", "metadata"],
    ["fc00::1", "unique local"],
    ["fe80::1%eth0", "link-local"],
    ["ff02::1", "multicast"],
  ])("refuses %s (%s)", (ip, why) => {
    expect(refusedAddress(ip)).toContain(why);
  });

  it.each(["93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700:4700::1111", "::ffff:8.8.8.8"])(
    "lets public %s through",
    (ip) => {
      expect(refusedAddress(ip)).toBeNull();
    },
  );
});

describe("the guard's own request", () => {
  it("times out a receiver that never answers, and keeps only the first bytes of a long one", async () => {
    const silent = await receiver(() => undefined);
    const chatty = await receiver((_req, res) => res.end("x".repeat(1_000_000)));
    const guard = outboundGuard({ allowHosts: ["127.0.0.1"] });
    try {
      await expect(
        guard.fetch(`http://127.0.0.1:${silent.port}/`, { timeoutMs: 300 }),
      ).rejects.toThrow(/did not answer within 0.3 s/);
      const answered = await guard.fetch(`http://127.0.0.1:${chatty.port}/`, {
        maxBodyBytes: 100,
      });
      expect(answered).toEqual({ status: 200, body: "x".repeat(100) });
    } finally {
      await silent.close();
      await chatty.close();
    }
  });

  it("refuses a name resolving inward at connection time, unless the operator allowed that name", async () => {
    const target = await receiver((_req, res) => res.end("inside"));
    try {
      await expect(
        outboundGuard({ resolve: fakeDns }).fetch(`http://allowed.internal:${target.port}/`),
      ).rejects.toThrow(OutboundError);
      // The system resolver too: localhost (and its fully qualified spelling) is loopback.
      for (const host of ["localhost", "localhost."])
        await expect(outboundGuard().fetch(`http://${host}:${target.port}/`)).rejects.toThrow(
          /loopback address; it cannot be called/,
        );
      expect(target.hits).toEqual([]);
      const allowed = outboundGuard({ resolve: fakeDns, allowHosts: ["allowed.internal"] });
      expect(await allowed.fetch(`http://allowed.internal:${target.port}/`)).toEqual({
        status: 200,
        body: "inside",
      });
      // Allowing a name does not allow the address it resolves to under another name.
      await expect(allowed.fetch(`http://127.0.0.1:${target.port}/`)).rejects.toThrow(/loopback/);
      expect(target.hits).toHaveLength(1);
    } finally {
      await target.close();
    }
  });
});

describe.each(TARGETS)("webhooks and the outbound guard on %s", (target) => {
  let hub: TestHub;
  let inside: Awaited<ReturnType<typeof receiver>>;
  beforeAll(async () => {
    // No allow list: the default a production operator gets.
    hub = await startTestHub(target, {
      syncPollMs: 600_000,
      outbound: outboundGuard({ resolve: fakeDns }),
    });
    inside = await receiver((_req, res) => res.end("internal secrets"));
  });
  afterAll(async () => {
    await hub.close();
    await inside.close();
  });

  const createHook = (url: string) =>
    hub.gql(
      `mutation($i: CreateWebhookInput!) { createWebhook(input: $i) { webhook { id url } } }`,
      { i: { url, entities: ["SQUAD"], events: ["CREATED"] } },
    );
  const deliveriesOf = async (id: string) =>
    ok(
      await hub.gql(
        `query($id: ID!) { webhook(id: $id) { deliveries { nodes { status responseStatus responseBody lastError } } } }`,
        { id },
      ),
    ).webhook.deliveries.nodes;
  let squads = 0;
  const touchSquad = async () =>
    ok(
      await hub.gql(
        `mutation($n: String!) { createSquad(input: { name: $n, type: PPC }) { id } }`,
        {
          n: `Guarded squad ${++squads}`,
        },
      ),
    );

  it.each([
    "http://127.0.0.1:PORT/",
    "http://127.1:PORT/",
    "http://2130706433:PORT/",
    "http://0x7f.1:PORT/",
    "http://0177.0.0.1:PORT/",
    "http://0x7f000001:PORT/",
    "http://[::1]:PORT/",
    "http://[::ffff:127.0.0.1]:PORT/",
    "http://[::ffff:7f00:1]:PORT/",
    "http://[0:0:0:0:0:ffff:127.0.0.1]:PORT/",
    "http://0.0.0.0:PORT/",
    "http://[::]:PORT/",
    "http://10.0.0.1/",
    "http://172.20.1.1/",
    "http://192.168.0.10/",
    "http://100.100.100.200/latest/meta-data/",
    "http://169.254.169.254/latest/meta-data/iam/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://[::ffff:169.254.169.254]/",
    "http://[fe80::1]/",
    "http://224.0.0.1/",
    "http://255.255.255.255/",
    "http://inward.example.test/",
    "http://metadata.example.test/",
    "http://mixed.example.test/",
    "http://mapped.example.test/",
    "http://ula.example.test/",
  ])("refuses a webhook at %s when it is created", async (url) => {
    const refused = failure(await createHook(url.replace("PORT", String(inside.port))));
    expect(refused).toMatchObject({ code: "BAD_USER_INPUT", field: "input.url" });
    expect(refused.message).toMatch(/cannot be called.*HUB_OUTBOUND_ALLOW_HOSTS/);
  });

  it("refuses at connection time what was stored before (or resolves inward later), sending nothing", async () => {
    // Rows written as an old version (or another path) would have: the guard in front of the socket still holds.
    const urls = [
      `http://127.0.0.1:${inside.port}/`,
      `http://2130706433:${inside.port}/`,
      `http://[::ffff:127.0.0.1]:${inside.port}/`,
      `http://inward.example.test:${inside.port}/`,
    ];
    const ids: string[] = [];
    for (const url of urls) {
      const hook = await hub.t.db.prisma.webhook.create({
        data: {
          organizationId: hub.demoOrgId,
          url,
          secret: "whsec_test",
          entities: ["squad"],
          events: ["created"],
          fields: [],
        },
      });
      ids.push(hook.id);
    }
    await touchSquad();
    expect(await sendDueWebhooks(hub.t.db, hub.outbound)).toBe(urls.length);
    expect(inside.hits).toEqual([]);
    for (const id of ids) {
      const [d] = await deliveriesOf(id);
      expect(d).toMatchObject({ status: "PENDING", responseStatus: null, responseBody: null });
      expect(d.lastError).toMatch(/^Could not deliver: .*(loopback|resolves to 127\.0\.0\.1)/);
    }
    await hub.t.db.prisma.webhook.deleteMany({ where: { id: { in: ids } } });
  });

  it("refuses a DNS rebinding: public when saved, loopback when called", async () => {
    rebindCalls = 0;
    const created = ok(await createHook(`http://rebind.example.test:${inside.port}/hook`));
    await touchSquad();
    expect(await sendDueWebhooks(hub.t.db, hub.outbound)).toBe(1);
    const [d] = await deliveriesOf(created.createWebhook.webhook.id);
    expect(d.lastError).toMatch(
      /rebind\.example\.test resolves to 127\.0\.0\.1, which is a loopback/,
    );
    expect(inside.hits).toEqual([]);
    ok(
      await hub.gql(`mutation($id: ID!) { deleteWebhook(id: $id) { id } }`, {
        id: created.createWebhook.webhook.id,
      }),
    );
  });
});

describe.each(TARGETS)("an operator's allow list on %s", (target) => {
  let hub: TestHub;
  let inside: Awaited<ReturnType<typeof receiver>>;
  let redirecting: Awaited<ReturnType<typeof receiver>>;
  beforeAll(async () => {
    inside = await receiver((_req, res) => res.end("internal secrets"));
    redirecting = await receiver((req, res) => {
      if (req.url === "/long") return res.end("y".repeat(200_000));
      const to =
        req.url === "/to-metadata"
          ? "http://169.254.169.254/latest/meta-data/"
          : `http://localhost:${inside.port}/`;
      res.writeHead(req.url === "/permanent" ? 308 : 302, { location: to });
      res.end("moved");
    });
    hub = await startTestHub(target, {
      syncPollMs: 600_000,
      outbound: outboundGuard({ allowHosts: ["127.0.0.1"] }),
    });
  });
  afterAll(async () => {
    await hub.close();
    await inside.close();
    await redirecting.close();
  });

  it("reaches the allowed host but follows no redirect, and keeps a short answer only", async () => {
    const hooks: Record<string, string> = {};
    for (const path of ["/to-metadata", "/to-localhost", "/permanent", "/long"]) {
      hooks[path] = ok(
        await hub.gql(
          `mutation($i: CreateWebhookInput!) { createWebhook(input: $i) { webhook { id } } }`,
          {
            i: {
              url: `http://127.0.0.1:${redirecting.port}${path}`,
              entities: ["SQUAD"],
              events: ["CREATED"],
            },
          },
        ),
      ).createWebhook.webhook.id;
    }
    // Another loopback spelling is not the allowed host.
    expect(
      failure(
        await hub.gql(
          `mutation { createWebhook(input: { url: "http://localhost:${inside.port}/", entities: [SQUAD], events: [CREATED] }) { secret } }`,
        ),
      ).field,
    ).toBe("input.url");
    ok(await hub.gql(`mutation { createSquad(input: { name: "Redirected", type: PPC }) { id } }`));
    expect(await sendDueWebhooks(hub.t.db, hub.outbound)).toBe(4);
    expect(redirecting.hits.sort()).toEqual([
      "POST /long",
      "POST /permanent",
      "POST /to-localhost",
      "POST /to-metadata",
    ]);
    expect(inside.hits).toEqual([]); // no redirect was followed
    const delivery = async (path: string) =>
      ok(
        await hub.gql(
          `query($id: ID!) { webhook(id: $id) { deliveries { nodes { status responseStatus responseBody lastError } } } }`,
          { id: hooks[path] },
        ),
      ).webhook.deliveries.nodes[0];
    expect(await delivery("/to-metadata")).toMatchObject({
      status: "PENDING",
      responseStatus: 302,
      lastError: expect.stringMatching(/redirect to http:\/\/169\.254\.169\.254.*not followed/),
    });
    expect(await delivery("/permanent")).toMatchObject({ status: "PENDING", responseStatus: 308 });
    const long = await delivery("/long");
    expect(long).toMatchObject({ status: "DELIVERED", responseStatus: 200 });
    expect(long.responseBody).toBe("y".repeat(KEPT_RESPONSE_BYTES));
  });
});
