// Sign-in over HTTP: Google ID tokens verified by jose against a JWKS served on loopback
// from a locally generated key pair; sessions with refresh rotation and sign-out; dev sign-in.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { SignJWT, exportJWK, generateKeyPair, type JWK } from "jose";
import { TARGETS } from "./support/databases";
import { failure, ok, startTestHub, type TestHub } from "./support/hub";
import { loadConfig } from "../src/config";
import { signSessionToken } from "../src/auth/sessionToken";

const CLIENT_ID = "sophie-hub-test.apps.googleusercontent.com";

describe.each(TARGETS)("sign-in on %s", (target) => {
  let hub: TestHub;
  let jwks: http.Server;
  let privateKey: CryptoKey;
  let publicJwk: JWK;
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${hub.url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  };
  const idToken = (
    claims: Record<string, unknown> = {},
    opts: {
      alg?: string;
      key?: CryptoKey | Uint8Array;
      exp?: string;
      iss?: string;
      aud?: string;
    } = {},
  ) =>
    new SignJWT({
      email: "priya.natarajan@sophiesociety.com",
      email_verified: true,
      hd: "sophiesociety.com",
      ...claims,
    })
      .setProtectedHeader({ alg: opts.alg ?? "RS256", kid: "test-key" })
      .setIssuer(opts.iss ?? "https://accounts.google.com")
      .setAudience(opts.aud ?? CLIENT_ID)
      .setIssuedAt()
      .setExpirationTime(opts.exp ?? "5m")
      .setSubject("1234567890")
      .sign(opts.key ?? privateKey);

  beforeAll(async () => {
    const pair = await generateKeyPair("RS256", { extractable: true });
    privateKey = pair.privateKey as CryptoKey;
    publicJwk = { ...(await exportJWK(pair.publicKey)), kid: "test-key", alg: "RS256", use: "sig" };
    jwks = http.createServer((_, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ keys: [publicJwk] }));
    });
    await new Promise<void>((r) => jwks.listen(0, "127.0.0.1", r));
    hub = await startTestHub(target, {
      googleClientId: CLIENT_ID,
      googleJwksUrl: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/certs`,
    });
  });
  afterAll(async () => {
    await hub.close();
    await new Promise((r) => jwks.close(r));
  });

  it("exchanges a valid Google ID token for tokens that work, refresh (rotating) and sign out", async () => {
    expect(await (await fetch(`${hub.url}/auth/config`)).json()).toEqual({
      google: { clientId: CLIENT_ID },
      devLogin: true,
    });
    const signedIn = await post("/auth/google", { idToken: await idToken() });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body).toMatchObject({
      tokenType: "Bearer",
      expiresIn: 900,
      staff: { email: "priya.natarajan@sophiesociety.com", role: "pod_leader" },
    });
    expect(ok(await hub.gql("{ viewer { email } }", {}, signedIn.body.accessToken))).toEqual({
      viewer: { email: "priya.natarajan@sophiesociety.com" },
    });

    const refreshed = await post("/auth/refresh", { refreshToken: signedIn.body.refreshToken });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.refreshToken).not.toBe(signedIn.body.refreshToken);
    expect((await post("/auth/refresh", { refreshToken: signedIn.body.refreshToken })).status).toBe(
      401,
    ); // rotated away
    expect(
      ok(await hub.gql("{ viewer { email } }", {}, refreshed.body.accessToken)).viewer.email,
    ).toBe("priya.natarajan@sophiesociety.com");

    expect(
      (await post("/auth/logout", { refreshToken: refreshed.body.refreshToken })).body,
    ).toEqual({ signedOut: true });
    expect(
      (await post("/auth/refresh", { refreshToken: refreshed.body.refreshToken })).status,
    ).toBe(401);
    // Access tokens name their session: signing out stops them at once.
    expect(
      failure(await hub.gql("{ viewer { email } }", {}, refreshed.body.accessToken)).code,
    ).toBe("UNAUTHENTICATED");
    expect(failure(await hub.gql("{ viewer { email } }", {}, signedIn.body.accessToken)).code).toBe(
      "UNAUTHENTICATED",
    );
  });

  it("refuses tampered, expired, foreign, unverified and algorithm-confused ID tokens", async () => {
    const good = await idToken();
    const [h, p, s] = good.split(".");
    const tampered = `${h}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p, "base64url").toString()), email: "sophie.admin@sophiesociety.com" })).toString("base64url")}.${s}`;
    const none = `${Buffer.from(JSON.stringify({ alg: "none", typ: "JWT" })).toString("base64url")}.${p}.`;
    const otherKeys = await generateKeyPair("RS256");
    const hsWithPublicKey = await idToken(
      {},
      { alg: "HS256", key: new TextEncoder().encode(JSON.stringify(publicJwk)) },
    );
    const cases: [string, string][] = [
      ["tampered", tampered],
      ["alg none", none],
      ["HS256 with the public key", hsWithPublicKey],
      ["signed by another key", await idToken({}, { key: otherKeys.privateKey as CryptoKey })],
      ["expired", await idToken({}, { exp: "-1m" })],
      ["wrong audience", await idToken({}, { aud: "someone-else" })],
      ["wrong issuer", await idToken({}, { iss: "https://evil.example" })],
      ["unverified email", await idToken({ email_verified: false })],
      ["garbage", "not.a.jwt"],
    ];
    for (const [name, token] of cases) {
      const r = await post("/auth/google", { idToken: token });
      expect({
        name,
        status: r.status,
        code: r.body.code,
        leaked: "accessToken" in r.body,
      }).toEqual({ name, status: 401, code: "UNAUTHENTICATED", leaked: false });
    }
    expect((await post("/auth/google", {})).status).toBe(400);
  });

  it("signs in only staff of an organization that allows the domain, and never departed staff", async () => {
    const outsider = await post("/auth/google", {
      idToken: await idToken({ email: "someone@gmail.com", hd: undefined }),
    });
    expect([outsider.status, outsider.body.code]).toEqual([403, "FORBIDDEN"]);
    const wrongDomain = await post("/auth/google", {
      idToken: await idToken({ email: "boss@other.example", hd: "other.example" }),
    });
    expect(wrongDomain.status).toBe(403); // Other Agency has no allowed domains
    const departed = await post("/auth/google", {
      idToken: await idToken({ email: "zara.ahmed@sophiesociety.com" }),
    });
    expect([departed.status, departed.body.error]).toEqual([
      403,
      "zara.ahmed@sophiesociety.com has departed and cannot sign in.",
    ]);
  });

  it("offers a dev sign-in listing staff, and refuses unknown ids", async () => {
    const page = await (await fetch(`${hub.url}/auth/dev`)).text();
    expect(page).toContain("Sophie Admin");
    expect(page).not.toContain("Zara Ahmed");
    const staff = await hub.t.db.prisma.staff.findFirstOrThrow({
      where: { email: "owen.price@sophiesociety.com" },
    });
    const signedIn = await post("/auth/dev", { staffId: staff.id });
    expect(
      ok(await hub.gql("{ viewer { email } }", {}, signedIn.body.accessToken)).viewer.email,
    ).toBe("owen.price@sophiesociety.com");
    // The dashboard's sign-in page asks for the same list as JSON.
    const listed = (await (
      await fetch(`${hub.url}/auth/dev`, { headers: { accept: "application/json" } })
    ).json()) as { staff: { id: string; email: string; role: string }[] };
    expect(listed.staff).toContainEqual(
      expect.objectContaining({ id: staff.id, email: "owen.price@sophiesociety.com" }),
    );
    expect(listed.staff.map((s) => s.email)).not.toContain("zara.ahmed@sophiesociety.com");
    expect(
      (await post("/auth/dev", { staffId: "00000000-0000-4000-8000-000000000000" })).status,
    ).toBe(404);
    expect((await post("/auth/dev", { staffId: "not-an-id" })).status).toBe(404); // never "anyone"
  });

  it("refuses our own session tokens when forged, re-signed with another algorithm, or for departed staff", async () => {
    const admin = await hub.t.db.prisma.staff.findFirstOrThrow({
      where: { email: "sophie.admin@sophiesociety.com" },
    });
    const rsSigned = await new SignJWT({ org: admin.organizationId })
      .setProtectedHeader({ alg: "RS256" })
      .setSubject(admin.id)
      .setIssuer("sophie-hub")
      .setAudience("sophie-hub")
      .setExpirationTime("1h")
      .sign(privateKey);
    const wrongAudience = await new SignJWT({ org: admin.organizationId })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(admin.id)
      .setIssuer("sophie-hub")
      .setAudience("elsewhere")
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode("test-secret-".padEnd(48, "x")));
    for (const token of [rsSigned, wrongAudience])
      expect(failure(await hub.gql("{ viewer { id } }", {}, token)).code).toBe("UNAUTHENTICATED");
  });

  it("refuses a session token once it has expired, though it was accepted before", async () => {
    // A verified token's claims are kept until it expires: the keeping must end with it.
    const admin = await hub.t.db.prisma.staff.findFirstOrThrow({
      where: { email: "sophie.admin@sophiesociety.com" },
    });
    const token = await signSessionToken(
      "test-secret-".padEnd(48, "x"),
      { staffId: admin.id, organizationId: admin.organizationId },
      "2s",
    );
    expect(ok(await hub.gql("{ viewer { id } }", {}, token)).viewer.id).toBe(admin.id);
    expect(ok(await hub.gql("{ viewer { id } }", {}, token)).viewer.id).toBe(admin.id);
    await new Promise((r) => setTimeout(r, 3000));
    expect(failure(await hub.gql("{ viewer { id } }", {}, token)).code).toBe("UNAUTHENTICATED");
  });
});

describe("sign-in when not configured", () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub("pglite", { devLogin: false });
  });
  afterAll(() => hub.close());

  it("says Google sign-in is not configured", async () => {
    const res = await fetch(`${hub.url}/auth/google`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ idToken: "x" }),
    });
    expect([res.status, (await res.json()).error]).toEqual([
      404,
      "Google sign-in is not configured on this server (set GOOGLE_CLIENT_ID).",
    ]);
  });

  it("has no dev sign-in when it is off, which it is by default with DATABASE_URL", async () => {
    expect((await fetch(`${hub.url}/auth/dev`)).status).toBe(404);
    const post = await fetch(`${hub.url}/auth/dev`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ staffId: "x" }),
    });
    expect(post.status).toBe(404);
    expect(await (await fetch(`${hub.url}/auth/config`)).json()).toEqual({
      google: null,
      devLogin: false,
    });
    expect(loadConfig({}).devLogin).toBe(true);
    expect(loadConfig({ DATABASE_URL: "postgresql://x@h/db" }).devLogin).toBe(false);
    expect(loadConfig({ DATABASE_URL: "postgresql://x@h/db", HUB_DEV_LOGIN: "1" }).devLogin).toBe(
      true,
    );
  });
});
