// The per-request context: the viewer, the database, and this request's loaders.
import type { Database, HubPrisma } from "../db/database";
import type { Viewer } from "../auth/viewer";
import { Loaders } from "./loaders";

export interface Context {
  viewer: Viewer;
  /** The viewer's organization: every read and write is scoped to it. */
  organizationId: string;
  prisma: HubPrisma;
  db: Database;
  loaders: Loaders;
  /** True while a mutation's transaction is open (prisma is then that transaction). */
  inTransaction: boolean;
}

export function createContext(db: Database, viewer: Viewer): Context {
  return {
    viewer, organizationId: viewer.organizationId, prisma: db.prisma, db,
    loaders: new Loaders({ prisma: db.prisma, organizationId: viewer.organizationId }),
    inTransaction: false,
  };
}
