// Weekly statuses: one per partner and week, the week normalised to its Monday; the
// database derives week number and year.
import type { Context } from "../../graphql/context";
import { badInput } from "../../lib/errors";
import { mondayOf } from "../../lib/dates";
import { alertInputsChanged } from "../alerts/alert.evaluate";
import { findPartner } from "../partners/partner.service";
import type { RecordWeeklyStatusInput } from "./weeklyStatus.inputs";
import type { WeeklyStatus } from "./weeklyStatus.type";

export async function recordWeeklyStatus(
  ctx: Context,
  input: RecordWeeklyStatusInput,
): Promise<WeeklyStatus> {
  const partner = await findPartner(ctx, input.partnerId);
  const weekStartDate = mondayOf(input.week);
  if (weekStartDate.getTime() > mondayOf(new Date()).getTime()) {
    throw badInput(
      "input.week",
      `Statuses are recorded for this week or earlier weeks (got the week of ${weekStartDate.toISOString().slice(0, 10)}).`,
    );
  }
  const fields = {
    status: input.status as never,
    notes: input.notes ?? null,
    happyClient: input.happyClient ?? null,
    metrics: (input.metrics ?? undefined) as never,
    reportedById: ctx.viewer.staffId,
    reportedAt: new Date(),
  };
  const saved = await ctx.prisma.weeklyStatus.upsert({
    where: { partnerId_weekStartDate: { partnerId: partner.id, weekStartDate } },
    create: { ...fields, organizationId: ctx.organizationId, partnerId: partner.id, weekStartDate },
    update: fields,
  });
  await alertInputsChanged(ctx, [partner.id]);
  return saved;
}
