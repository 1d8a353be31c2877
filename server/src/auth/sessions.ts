// Sessions: a sign-in creates one, holding a hashed refresh token (30 days, rotated on
// each use); access tokens (15 minutes) name their session, so signing out or revoking
// the session stops them too.
import crypto from "node:crypto";
import type { Database } from "../db/database";
import { signSessionToken } from "./sessionToken";

export const ACCESS_TTL_SECONDS = 15 * 60;
const REFRESH_TTL_MS = 30 * 86_400_000;

const hash = (token: string) => crypto.createHash("sha256").update(token).digest("hex");
const newRefreshToken = () => `hubr_${crypto.randomBytes(32).toString("base64url")}`;

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  tokenType: "Bearer";
  expiresIn: number;
}

async function accessToken(
  secret: string,
  s: { id: string; staffId: string; organizationId: string },
) {
  return signSessionToken(
    secret,
    { staffId: s.staffId, organizationId: s.organizationId, sessionId: s.id },
    `${ACCESS_TTL_SECONDS}s`,
  );
}

export async function startSession(
  db: Database,
  secret: string,
  staff: { id: string; organizationId: string },
  method: "google" | "dev",
  userAgent?: string,
): Promise<IssuedTokens> {
  const refreshToken = newRefreshToken();
  const session = await db.prisma.session.create({
    data: {
      organizationId: staff.organizationId,
      staffId: staff.id,
      refreshTokenHash: hash(refreshToken),
      method,
      userAgent: userAgent?.slice(0, 300),
      expiresAt: new Date(Date.now() + REFRESH_TTL_MS),
    },
  });
  return {
    accessToken: await accessToken(secret, session),
    refreshToken,
    tokenType: "Bearer",
    expiresIn: ACCESS_TTL_SECONDS,
  };
}

/** A new access token and a new refresh token (the old one stops working); null when refused. */
export async function refreshSession(
  db: Database,
  secret: string,
  refreshToken: string,
): Promise<IssuedTokens | null> {
  const next = newRefreshToken();
  const updated = await db.prisma.session.updateMany({
    where: {
      refreshTokenHash: hash(refreshToken),
      revokedAt: null,
      expiresAt: { gt: new Date() },
      staff: { deletedAt: null, status: { not: "departed" } },
    },
    data: { refreshTokenHash: hash(next), lastUsedAt: new Date() },
  });
  if (updated.count !== 1) return null;
  const session = await db.prisma.session.findUniqueOrThrow({
    where: { refreshTokenHash: hash(next) },
  });
  return {
    accessToken: await accessToken(secret, session),
    refreshToken: next,
    tokenType: "Bearer",
    expiresIn: ACCESS_TTL_SECONDS,
  };
}

export async function endSession(db: Database, refreshToken: string): Promise<boolean> {
  const { count } = await db.prisma.session.updateMany({
    where: { refreshTokenHash: hash(refreshToken), revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count === 1;
}
