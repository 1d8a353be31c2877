// Who is asking: every GraphQL request carries a session token that resolves to a live
// staff member of an organization. Anything else is UNAUTHENTICATED, with no detail leaked.
import type { Database } from "../db/database";
import type { StaffRole } from "../generated/prisma/enums";
import { unauthenticated } from "../graphql/errors";
import { verifySessionToken } from "./sessionToken";

export interface Viewer { staffId: string; organizationId: string; role: StaffRole; email: string; fullName: string }

const SIGN_IN_HINT = "Send Authorization: Bearer <token>; get a token by signing in (or `npm run -s hub -- token <email>`).";

export async function viewerFromAuthorization(db: Database, secret: string, authorization: string | undefined): Promise<Viewer> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? "");
  if (!match) throw unauthenticated(`Sign-in required. ${SIGN_IN_HINT}`);
  let claims;
  try {
    claims = await verifySessionToken(secret, match[1]);
  } catch {
    throw unauthenticated(`The token is invalid or expired. ${SIGN_IN_HINT}`);
  }
  // One statement: the organization check is a relation filter, not a second select.
  const staff = await db.prisma.staff.findFirst({
    where: { id: claims.staffId, organizationId: claims.organizationId, status: { not: "departed" }, organization: { isActive: true } },
    select: { id: true, organizationId: true, role: true, email: true, fullName: true },
  }).catch(() => null);
  if (!staff) throw unauthenticated(`The token's staff member can no longer sign in. ${SIGN_IN_HINT}`);
  return { staffId: staff.id, organizationId: staff.organizationId, role: staff.role, email: staff.email, fullName: staff.fullName };
}
