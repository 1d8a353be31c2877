// `hub sync <source> --file path.csv`: the same sync as the runSync mutation, run by an
// operator on this machine, as a staff member of the source's organization.
import fs from "node:fs";
import path from "node:path";
import type { Database } from "../db/database";
import { createContext } from "../graphql/context";
import { runSync } from "../modules/pipeline/mapping.service";
import type { Viewer } from "../auth/viewer";
import { progressBar } from "./progress";
import { isUuid } from "../lib/ids";

export class SyncCommandError extends Error {}

async function operator(db: Database, organizationId: string, email?: string): Promise<Viewer> {
  const staff = await db.prisma.staff.findFirst({
    where: { organizationId, status: { not: "departed" }, ...(email ? { email: email.toLowerCase() } : { role: "admin" }) },
    orderBy: { createdAt: "asc" },
  });
  if (!staff) throw new SyncCommandError(email ? `${email} is not a staff member of the source's organization.` : "The source's organization has no admin to run the sync as; pass --as <email>.");
  const grants = await db.prisma.rolePermission.findMany({ where: { organizationId, role: { name: staff.role } }, include: { permission: true } });
  return { kind: "staff", organizationId, staffId: staff.id, apiKeyId: null, role: staff.role, permissions: new Set(grants.map((g) => g.permission.name)) };
}

export async function syncFromFile(db: Database, sourceArg: string, file: string, asEmail?: string) {
  const full = path.resolve(process.env.INIT_CWD || process.cwd(), file);
  if (!fs.existsSync(full)) throw new SyncCommandError(`No file at ${full}.`);
  const isId = isUuid(sourceArg);
  const sources = await db.prisma.dataSource.findMany({ where: isId ? { id: sourceArg } : { name: sourceArg } });
  if (!sources.length) throw new SyncCommandError(`No data source ${isId ? "with id" : "named"} "${sourceArg}". Create it (createDataSource) and map its columns (setFieldMappings) first.`);
  if (sources.length > 1) throw new SyncCommandError(`Several organizations have a source named "${sourceArg}"; pass its id instead.`);
  const [source] = sources;
  const viewer = await operator(db, source.organizationId, asEmail);
  if (!viewer.permissions.has("pipeline:manage")) throw new SyncCommandError(`The role ${viewer.role} may not run syncs (pipeline:manage); pass --as <email> of someone who may.`);
  const bar = progressBar(`syncing ${source.name}`);
  const log = await db.prisma.$transaction(
    (tx) => runSync(createContext(db, viewer, tx as never), source.id, fs.readFileSync(full, "utf8"), bar.update),
    { timeout: 600_000, maxWait: 30_000 },
  );
  bar.done();
  return { source, log };
}
