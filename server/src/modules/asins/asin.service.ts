// ASIN rules: code formats, one code per partner, parents live under the same partner.
import type { Context } from "../../graphql/context";
import { badInput, conflict } from "../../lib/errors";
import { archiveRecord, requireRecord, restoreRecord } from "../../graphql/records";
import { asinCode, atLeast, defined, url } from "../../graphql/validation";
import { findPartner } from "../partners/partner.service";
import type { CreateAsinInput, UpdateAsinInput } from "./asin.inputs";
import type { Asin } from "./asin.type";

function validate<T extends CreateAsinInput | UpdateAsinInput>(input: T, code: string): T {
  atLeast("input.cogs", input.cogs, 0);
  atLeast("input.price", input.price, 0);
  const parentAsin = asinCode("input.parentAsin", input.parentAsin);
  if (parentAsin && parentAsin === code)
    throw badInput("input.parentAsin", "An ASIN cannot be its own parent.");
  return {
    ...input,
    parentAsin,
    kwResearchSheetUrl: url("input.kwResearchSheetUrl", input.kwResearchSheetUrl),
    marketAnalysisSheetUrl: url("input.marketAnalysisSheetUrl", input.marketAnalysisSheetUrl),
    campaignStructureSheetUrl: url(
      "input.campaignStructureSheetUrl",
      input.campaignStructureSheetUrl,
    ),
  };
}

export const findAsin = (ctx: Context, id: string, where: object = {}) =>
  requireRecord(ctx, ctx.prisma.asin, "ASIN", id, {
    ...ctx.rows.partnerChild,
    ...where,
  }) as Promise<Asin>;

export async function createAsin(ctx: Context, input: CreateAsinInput): Promise<Asin> {
  const code = asinCode("input.asinCode", input.asinCode);
  const partner = await findPartner(ctx, input.partnerId);
  const data = validate(input, code);
  const clash = await ctx.prisma.asin.findFirst({
    where: { partnerId: partner.id, asinCode: code, deletedAt: undefined },
  });
  if (clash)
    throw conflict(
      `${partner.brandName} already has ASIN ${code}${clash.deletedAt ? " (archived: restore it instead)" : ""}.`,
      "input.asinCode",
    );
  return ctx.prisma.asin.create({
    data: { ...defined(data), asinCode: code, organizationId: ctx.organizationId } as never,
  }) as Promise<Asin>;
}

export async function updateAsin(ctx: Context, id: string, input: UpdateAsinInput): Promise<Asin> {
  const stored = await findAsin(ctx, id);
  return ctx.prisma.asin.update({
    where: { id: stored.id },
    data: defined(validate(input, stored.asinCode)) as never,
  }) as Promise<Asin>;
}

export const archiveAsin = (ctx: Context, id: string) =>
  archiveRecord(ctx, ctx.prisma.asin as never, "ASIN", id) as Promise<Asin>;
export const restoreAsin = (ctx: Context, id: string) =>
  restoreRecord(ctx, ctx.prisma.asin as never, "ASIN", id) as Promise<Asin>;
