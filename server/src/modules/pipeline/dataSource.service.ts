// Data sources: configuration checks; archiving sets status ARCHIVED (history stays).
import type { Context } from "../../graphql/context";
import { badInput } from "../../lib/errors";
import { requireRecord } from "../../graphql/records";
import { defined, nonBlank } from "../../graphql/validation";
import type { CreateDataSourceInput, UpdateDataSourceInput } from "./pipeline.inputs";
import type { DataSource } from "./pipeline.type";
import { nextCronRun } from "../../enrichment/syncJobs";

/** The checked input, with when a scheduled source next syncs (null when it is not scheduled). */
function validate<T extends CreateDataSourceInput | UpdateDataSourceInput>(
  input: T,
  stored?: DataSource,
): T & { nextSyncAt: Date | null } {
  if (
    input.connectionConfig !== undefined &&
    (typeof input.connectionConfig !== "object" ||
      input.connectionConfig === null ||
      Array.isArray(input.connectionConfig))
  ) {
    throw badInput(
      "input.connectionConfig",
      'connectionConfig must be a JSON object, e.g. { "url": "https://docs.google.com/spreadsheets/d/…" }.',
    );
  }
  const mode = input.syncMode ?? stored?.syncMode ?? "manual";
  const type = (input as CreateDataSourceInput).type ?? stored?.type;
  const schedule = input.syncSchedule !== undefined ? input.syncSchedule : stored?.syncSchedule;
  let next: Date | null = null;
  if (schedule) {
    if (schedule.trim().split(/\s+/).length !== 5)
      throw badInput(
        "input.syncSchedule",
        `syncSchedule must be a 5-field cron expression (UTC) such as "0 6 * * 1" (got "${schedule}").`,
      );
    try {
      next = nextCronRun(schedule);
    } catch (err) {
      throw badInput(
        "input.syncSchedule",
        `syncSchedule "${schedule}" is not a valid cron expression (${(err as Error).message}); e.g. "0 6 * * 1" is Mondays at 06:00 UTC.`,
      );
    }
  }
  if (mode === "scheduled" && !schedule)
    throw badInput(
      "input.syncSchedule",
      'A SCHEDULED source needs a syncSchedule (cron, UTC), e.g. "0 6 * * *".',
    );
  if (mode === "scheduled" && type !== "google_sheet")
    throw badInput(
      "input.syncMode",
      "Only Google Sheet sources can sync on a schedule; a file source syncs when a file is uploaded (runSync).",
    );
  const checked = { ...input, name: nonBlank("input.name", input.name) } as T;
  return Object.assign(checked, { nextSyncAt: mode === "scheduled" ? next : null });
}

export const findDataSource = (ctx: Context, id: string) =>
  requireRecord(ctx, ctx.prisma.dataSource, "Data source", id) as Promise<DataSource>;

export function createDataSource(ctx: Context, input: CreateDataSourceInput): Promise<DataSource> {
  return ctx.prisma.dataSource.create({
    data: {
      ...defined(validate(input)),
      organizationId: ctx.organizationId,
      createdById: ctx.viewer.staffId,
    } as never,
  });
}

export async function updateDataSource(
  ctx: Context,
  id: string,
  input: UpdateDataSourceInput,
): Promise<DataSource> {
  const stored = await findDataSource(ctx, id);
  return ctx.prisma.dataSource.update({
    where: { id: stored.id },
    data: defined(validate(input, stored)) as never,
  });
}

export async function archiveDataSource(ctx: Context, id: string): Promise<DataSource> {
  const stored = await findDataSource(ctx, id);
  return ctx.prisma.dataSource.update({ where: { id: stored.id }, data: { status: "archived" } });
}
