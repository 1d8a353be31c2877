// Logging touchpoints with partners (of the partners the viewer may see).
import type { Context } from "../../graphql/context";
import { badInput } from "../../lib/errors";
import { alertInputsChanged } from "../alerts/alert.evaluate";
import { findPartner } from "../partners/partner.service";
import { findStaff } from "../staff/staff.service";
import type { LogInteractionInput } from "./interaction.inputs";

export async function logInteraction(ctx: Context, input: LogInteractionInput) {
  const partner = await findPartner(ctx, input.partnerId);
  const staffId = input.staffId ? (await findStaff(ctx, input.staffId)).id : ctx.viewer.staffId;
  const when = input.interactionDate ?? new Date();
  if (when.getTime() > Date.now() + 5 * 60_000)
    throw badInput(
      "input.interactionDate",
      "interactionDate is in the future; log a touchpoint once it has happened.",
    );
  const logged = await ctx.prisma.partnerInteraction.create({
    data: {
      organizationId: ctx.organizationId,
      partnerId: partner.id,
      staffId,
      interactionType: input.interactionType as never,
      description: input.description?.trim() || null,
      interactionDate: when,
    },
  });
  await alertInputsChanged(ctx, [partner.id]);
  return logged;
}
