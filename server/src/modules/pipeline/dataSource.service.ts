// Data sources: configuration checks; archiving sets status ARCHIVED (history stays).
import type { Context } from "../../graphql/context";
import { badInput } from "../../graphql/errors";
import { requireRecord } from "../../graphql/records";
import { defined, nonBlank } from "../../graphql/validation";
import type { CreateDataSourceInput, UpdateDataSourceInput } from "./pipeline.inputs";
import type { DataSource } from "./pipeline.type";

const CRON = /^(\S+\s+){4}\S+$/;

function validate<T extends CreateDataSourceInput | UpdateDataSourceInput>(input: T, stored?: DataSource): T {
  if (input.connectionConfig !== undefined && (typeof input.connectionConfig !== "object" || input.connectionConfig === null || Array.isArray(input.connectionConfig))) {
    throw badInput("input.connectionConfig", "connectionConfig must be a JSON object, e.g. { \"url\": \"https://docs.google.com/spreadsheets/d/…\" }.");
  }
  const mode = input.syncMode ?? stored?.syncMode ?? "manual";
  const schedule = input.syncSchedule !== undefined ? input.syncSchedule : stored?.syncSchedule;
  if (schedule && !CRON.test(schedule.trim())) throw badInput("input.syncSchedule", `syncSchedule must be a 5-field cron expression such as "0 6 * * 1" (got "${schedule}").`);
  if (mode === "scheduled" && !schedule) throw badInput("input.syncSchedule", "A SCHEDULED source needs a syncSchedule (cron), e.g. \"0 6 * * *\".");
  return { ...input, name: nonBlank("input.name", input.name) };
}

export const findDataSource = (ctx: Context, id: string) => requireRecord(ctx, ctx.prisma.dataSource, "Data source", id) as Promise<DataSource>;

export function createDataSource(ctx: Context, input: CreateDataSourceInput): Promise<DataSource> {
  return ctx.prisma.dataSource.create({
    data: { ...defined(validate(input)), organizationId: ctx.organizationId, createdById: ctx.viewer.staffId } as never,
  });
}

export async function updateDataSource(ctx: Context, id: string, input: UpdateDataSourceInput): Promise<DataSource> {
  const stored = await findDataSource(ctx, id);
  return ctx.prisma.dataSource.update({ where: { id: stored.id }, data: defined(validate(input, stored)) as never });
}

export async function archiveDataSource(ctx: Context, id: string): Promise<DataSource> {
  const stored = await findDataSource(ctx, id);
  return ctx.prisma.dataSource.update({ where: { id: stored.id }, data: { status: "archived" } });
}
