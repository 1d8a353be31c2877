// Our own session tokens: HS256 JWTs signed with HUB_SECRET. Verification pins the
// algorithm, issuer and audience, so `alg: none` and algorithm-confusion tokens fail.
import { SignJWT, jwtVerify } from "jose";

const ISSUER = "sophie-hub";
const AUDIENCE = "sophie-hub";

export interface SessionClaims { staffId: string; organizationId: string; sessionId?: string }

const key = (secret: string) => new TextEncoder().encode(secret);

export async function signSessionToken(secret: string, claims: SessionClaims, ttl = "8h"): Promise<string> {
  return new SignJWT({ org: claims.organizationId, ...(claims.sessionId ? { sid: claims.sessionId } : {}) })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(claims.staffId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(key(secret));
}

/** Throws when the token is malformed, forged, expired or not ours. */
export async function verifySessionToken(secret: string, token: string): Promise<SessionClaims> {
  const { payload } = await jwtVerify(token, key(secret), { algorithms: ["HS256"], issuer: ISSUER, audience: AUDIENCE });
  if (typeof payload.sub !== "string" || typeof payload.org !== "string") throw new Error("token lacks subject or organization");
  return { staffId: payload.sub, organizationId: payload.org, sessionId: typeof payload.sid === "string" ? payload.sid : undefined };
}
