// Our own session tokens: HS256 JWTs signed with HUB_SECRET. Verification pins the
// algorithm, issuer and audience, so `alg: none` and algorithm-confusion tokens fail.
import { SignJWT, jwtVerify } from "jose";

const ISSUER = "sophie-hub";
const AUDIENCE = "sophie-hub";

export interface SessionClaims {
  staffId: string;
  organizationId: string;
  sessionId?: string;
}

const key = (secret: string) => new TextEncoder().encode(secret);

export async function signSessionToken(
  secret: string,
  claims: SessionClaims,
  ttl = "8h",
): Promise<string> {
  return new SignJWT({
    org: claims.organizationId,
    ...(claims.sessionId ? { sid: claims.sessionId } : {}),
  })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(claims.staffId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(key(secret));
}

// Checking a token's signature cost ~5% of a small request's CPU (the graph bench's profile of
// the partner list), repeated for every request a client sends with the same token. A token
// verified once carries the same claims until it expires, so the answer is kept for it (per
// secret, the oldest dropped past the cap). Signing out is a database check (auth/viewer.ts),
// unaffected.
const MAX_VERIFIED = 10_000;
const verified = new Map<string, { claims: SessionClaims; expiresAt: number }>();

/** Throws when the token is malformed, forged, expired or not ours. */
export async function verifySessionToken(secret: string, token: string): Promise<SessionClaims> {
  const known = `${secret}\u0000${token}`;
  const hit = verified.get(known);
  if (hit && Date.now() < hit.expiresAt) return hit.claims;
  verified.delete(known);
  const { payload } = await jwtVerify(token, key(secret), {
    algorithms: ["HS256"],
    issuer: ISSUER,
    audience: AUDIENCE,
  });
  if (typeof payload.sub !== "string" || typeof payload.org !== "string")
    throw new Error("token lacks subject or organization");
  const claims = {
    staffId: payload.sub,
    organizationId: payload.org,
    sessionId: typeof payload.sid === "string" ? payload.sid : undefined,
  };
  if (typeof payload.exp === "number") {
    if (verified.size >= MAX_VERIFIED) verified.delete(verified.keys().next().value!);
    verified.set(known, { claims, expiresAt: payload.exp * 1000 });
  }
  return claims;
}
