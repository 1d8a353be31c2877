// `hub sync <source> [--file path.csv|.xlsx]`: the same sync as the runSync mutation, run
// by an operator on this machine, as a staff member of the source's organization (under
// the same row-level security as the API).
import fs from "node:fs";
import path from "node:path";
import type { Database } from "../db/database";
import { createContext } from "../graphql/context";
import { runSync } from "../modules/pipeline/mapping.service";
import type { Viewer } from "../auth/viewer";
import { isPermission } from "../auth/permissions";
import { progressBar } from "./progress";
import { isUuid } from "../lib/ids";
import { FileUpload } from "../graphql/scalars";
import { inViewerTransaction } from "../db/requestTransaction";
import type { SheetsAccess } from "../enrichment/sheets";

export class SyncCommandError extends Error {}

async function operator(db: Database, organizationId: string, email?: string): Promise<Viewer> {
  const staff = await db.prisma.staff.findFirst({
    where: {
      organizationId,
      status: { not: "departed" },
      ...(email ? { email: email.toLowerCase() } : { role: "admin" }),
    },
    orderBy: { createdAt: "asc" },
  });
  if (!staff)
    throw new SyncCommandError(
      email
        ? `${email} is not a staff member of the source's organization.`
        : "The source's organization has no admin to run the sync as; pass --as <email>.",
    );
  const grants = await db.prisma.rolePermission.findMany({
    where: { organizationId, role: { name: staff.role } },
    include: { permission: true },
  });
  return {
    kind: "staff",
    organizationId,
    staffId: staff.id,
    apiKeyId: null,
    role: staff.role,
    permissions: new Set(grants.map((g) => g.permission.name).filter(isPermission)),
  };
}

/** Syncs a source now: a Google Sheet from Google, a file source from `file` (CSV or XLSX). */
export async function syncFromFile(
  db: Database,
  sourceArg: string,
  file: string | undefined,
  asEmail?: string,
  sheets: SheetsAccess = {},
) {
  const full = file ? path.resolve(process.env.INIT_CWD || process.cwd(), file) : undefined;
  if (full && !fs.existsSync(full)) throw new SyncCommandError(`No file at ${full}.`);
  const isId = isUuid(sourceArg);
  const sources = await db.prisma.dataSource.findMany({
    where: isId ? { id: sourceArg } : { name: sourceArg },
  });
  if (!sources.length)
    throw new SyncCommandError(
      `No data source ${isId ? "with id" : "named"} "${sourceArg}". Create it (createDataSource) and map its columns (setFieldMappings) first.`,
    );
  if (sources.length > 1)
    throw new SyncCommandError(
      `Several organizations have a source named "${sourceArg}"; pass its id instead.`,
    );
  const [source] = sources;
  if (!full && source.type !== "google_sheet")
    throw new SyncCommandError(
      `${source.name} is a ${source.type.toUpperCase()} source: sync needs --file <path.csv or path.xlsx>.`,
    );
  const viewer = await operator(db, source.organizationId, asEmail);
  if (!viewer.permissions.has("pipeline:manage"))
    throw new SyncCommandError(
      `The role ${viewer.role} may not run syncs (pipeline:manage); pass --as <email> of someone who may.`,
    );
  const bar = progressBar(`syncing ${source.name}`);
  const upload = full ? new FileUpload(path.basename(full), "", fs.readFileSync(full)) : null;
  const log = await inViewerTransaction(db.prisma, viewer, (tx) =>
    runSync(createContext(db, viewer, tx, { sheets }), source.id, { file: upload }, bar.update),
  );
  bar.done();
  return { source, log };
}
