// Sync runs as their logs: finding one (to poll its progress) and cancelling a queued one.
import type { Context } from "../../graphql/context";
import { badInput } from "../../lib/errors";
import { requireRecord } from "../../graphql/records";
import type { SyncLog } from "./pipeline.type";

export const findSyncLog = (ctx: Context, id: string) =>
  requireRecord(ctx, ctx.prisma.syncLog, "Sync log", id) as Promise<SyncLog>;

export async function cancelSync(ctx: Context, id: string): Promise<SyncLog> {
  const log = await findSyncLog(ctx, id);
  const { count } = await ctx.prisma.syncLog.updateMany({
    where: { id: log.id, status: "queued" },
    data: {
      status: "cancelled",
      completedAt: new Date(),
      progressStep: "cancelled",
      inputContent: null,
    },
  });
  if (!count)
    throw badInput("id", `That run is ${log.status}; only a QUEUED run can be cancelled.`);
  return findSyncLog(ctx, id);
}
