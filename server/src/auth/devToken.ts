// Embedded (single-machine, dev) mode prefills the playground with a token for the first
// active admin, so `npm start` leads straight to a working playground. Never with PostgreSQL.
import type { Database } from "../db/database";
import { signSessionToken } from "./sessionToken";

export function devTokenIssuer(db: Database, secret: string): () => Promise<string | undefined> {
  return async () => {
    const admin = await db.prisma.staff.findFirst({
      where: { role: "admin", status: "active", organization: { isActive: true } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    return admin
      ? signSessionToken(secret, { staffId: admin.id, organizationId: admin.organizationId }, "8h")
      : undefined;
  };
}
