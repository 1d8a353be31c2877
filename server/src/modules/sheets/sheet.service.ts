// Linked sheets: an ASIN link must be the same partner's; verifying records who and when.
import type { Context } from "../../graphql/context";
import { badInput } from "../../lib/errors";
import { archiveRecord, requireRecord, restoreRecord } from "../../graphql/records";
import { defined, url } from "../../graphql/validation";
import { findPartner } from "../partners/partner.service";
import { findAsin } from "../asins/asin.service";
import type { CreatePartnerSheetInput, UpdatePartnerSheetInput } from "./sheet.inputs";
import type { PartnerSheet } from "./sheet.type";

export const findSheet = (ctx: Context, id: string, where: object = {}) =>
  requireRecord(ctx, ctx.prisma.partnerSheet, "Partner sheet", id, {
    ...ctx.rows.partnerChild,
    ...where,
  }) as Promise<PartnerSheet>;

async function checkAsin(ctx: Context, partnerId: string, asinId: string | null | undefined) {
  if (!asinId) return;
  const asin = await findAsin(ctx, asinId);
  if (asin.partnerId !== partnerId)
    throw badInput("input.asinId", "The ASIN belongs to another partner.");
}

export async function createSheet(
  ctx: Context,
  input: CreatePartnerSheetInput,
): Promise<PartnerSheet> {
  const partner = await findPartner(ctx, input.partnerId);
  await checkAsin(ctx, partner.id, input.asinId);
  return ctx.prisma.partnerSheet.create({
    data: {
      ...input,
      sheetType: input.sheetType as never,
      sheetUrl: url("input.sheetUrl", input.sheetUrl),
      organizationId: ctx.organizationId,
    },
  }) as Promise<PartnerSheet>;
}

export async function updateSheet(
  ctx: Context,
  id: string,
  input: UpdatePartnerSheetInput,
): Promise<PartnerSheet> {
  const sheet = await findSheet(ctx, id);
  await checkAsin(ctx, sheet.partnerId, input.asinId);
  const sheetUrl = url("input.sheetUrl", input.sheetUrl);
  const moved = sheetUrl !== undefined && sheetUrl !== sheet.sheetUrl;
  return ctx.prisma.partnerSheet.update({
    where: { id: sheet.id },
    data: defined({
      ...input,
      sheetUrl,
      ...(moved ? { isVerified: false, verifiedAt: null, verifiedById: null } : {}),
    }) as never,
  }) as Promise<PartnerSheet>;
}

export async function verifySheet(ctx: Context, id: string): Promise<PartnerSheet> {
  const sheet = await findSheet(ctx, id);
  return ctx.prisma.partnerSheet.update({
    where: { id: sheet.id },
    data: {
      isVerified: true,
      verifiedAt: new Date(),
      verifiedById: ctx.viewer.staffId,
      status: "active",
    },
  }) as Promise<PartnerSheet>;
}

export const archiveSheet = (ctx: Context, id: string) =>
  archiveRecord(
    ctx,
    ctx.prisma.partnerSheet as never,
    "Partner sheet",
    id,
  ) as Promise<PartnerSheet>;
export const restoreSheet = (ctx: Context, id: string) =>
  restoreRecord(
    ctx,
    ctx.prisma.partnerSheet as never,
    "Partner sheet",
    id,
  ) as Promise<PartnerSheet>;
