// The per-request context: the viewer, the database, and this request's loaders.
import type { Database, HubPrisma } from "../db/database";
import type { Viewer } from "../auth/viewer";
import { Loaders } from "./loaders";
import { rowScope, type RowScope } from "./scope";

export interface Context {
  viewer: Viewer;
  /** The viewer's organization: every read and write is scoped to it. */
  organizationId: string;
  prisma: HubPrisma;
  db: Database;
  loaders: Loaders;
  /** Which partner rows the viewer may see. */
  rows: RowScope;
  /** True while a mutation's transaction is open (prisma is then that transaction). */
  inTransaction: boolean;
}

export function createContext(db: Database, viewer: Viewer): Context {
  const rows = rowScope(viewer);
  return {
    viewer, organizationId: viewer.organizationId, prisma: db.prisma, db, rows,
    loaders: new Loaders({ prisma: db.prisma, organizationId: viewer.organizationId, rows }),
    inTransaction: false,
  };
}
