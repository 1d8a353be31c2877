// Requests are limited per user and per API key, in PostgreSQL so every server instance
// shares the count; the refusal is a 429 that says when to retry.
import { TARGETS } from "./support/databases";
import { DEMO_ADMIN, failure, ok, startTestHub, type TestHub } from "./support/hub";

describe.each(TARGETS)("rate limits on %s", (target) => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub(target, { rateLimitPerMinute: 5 });
  });
  afterAll(() => hub.close());

  it("refuses the request past the limit with 429 and Retry-After, per user and per key", async () => {
    // Stay inside one minute window so the count is deterministic.
    const seconds = new Date().getSeconds();
    if (seconds > 50) await new Promise((r) => setTimeout(r, (61 - seconds) * 1000));
    const admin = await hub.tokenFor(DEMO_ADMIN);
    const other = await hub.tokenFor("olivia.chen@sophiesociety.com");
    const key = ok(
      await hub.gql(
        `mutation { createApiKey(name: "Burst", role: "service_readonly") { key } }`,
        {},
        admin,
      ),
    ).createApiKey.key;
    for (let i = 0; i < 4; i++) ok(await hub.gql("{ organization { name } }", {}, admin));
    const res = await fetch(`${hub.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${admin}` },
      body: JSON.stringify({ query: "{ organization { name } }" }),
    });
    expect(res.status).toBe(429);
    const retryAfter = Number(res.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await res.json()) as {
      errors: { message: string; extensions: Record<string, unknown> }[];
    };
    expect(body.errors[0].extensions).toMatchObject({
      code: "RATE_LIMITED",
      retryAfterSeconds: retryAfter,
    });
    expect(body.errors[0].message).toMatch(
      /Rate limit of 5 requests per minute exceeded for this user/,
    );
    // Another user has their own budget; the count lives in the database.
    ok(await hub.gql("{ organization { name } }", {}, other));
    const rows = await hub.t.db.prisma.rateLimit.findMany({
      where: { bucket: { startsWith: "staff:" } },
    });
    expect(rows.map((r) => r.count).sort((a, b) => b - a)[0]).toBe(6);

    for (let i = 0; i < 5; i++) ok(await hub.gql("{ organization { name } }", {}, key));
    expect(failure(await hub.gql("{ organization { name } }", {}, key)).message).toMatch(
      /for this API key/,
    );
  });
});
