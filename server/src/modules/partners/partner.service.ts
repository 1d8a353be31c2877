// Partner rules: validation, tenant scoping, archive (soft delete) and restore.
import type { Context } from "../../graphql/context";
import { badInput } from "../../graphql/errors";
import { requireRecord } from "../../graphql/records";
import { atLeast, dateOrder, defined, email, inRange, nonBlank } from "../../graphql/validation";
import type { CreatePartnerInput, UpdatePartnerInput } from "./partner.inputs";
import type { Partner } from "./partner.type";

type PartnerFields = CreatePartnerInput | UpdatePartnerInput;

function validate(input: PartnerFields, stored?: Partner) {
  const code = "partnerCode" in input ? input.partnerCode : undefined;
  if (code !== undefined && code !== null && !/^SO-\d{4,}$/.test(code)) {
    throw badInput("input.partnerCode", `partnerCode must look like SO-0001 (got "${code}").`);
  }
  inRange("input.commissionRate", input.commissionRate, 0, 1);
  atLeast("input.baseFee", input.baseFee, 0);
  inRange("input.billingDay", input.billingDay, 1, 31);
  const start = input.contractStartDate !== undefined ? input.contractStartDate : stored?.contractStartDate;
  const end = input.contractEndDate !== undefined ? input.contractEndDate : stored?.contractEndDate;
  dateOrder("input.contractStartDate", start, "input.contractEndDate", end);
  return {
    ...input,
    brandName: nonBlank("input.brandName", input.brandName),
    clientEmail: email("input.clientEmail", input.clientEmail),
  };
}

export const findPartner = (ctx: Context, id: string, where: object = {}) =>
  requireRecord(ctx, ctx.prisma.partner, "Partner", id, where) as Promise<Partner>;

export async function createPartner(ctx: Context, input: CreatePartnerInput): Promise<Partner> {
  const data = validate(input);
  return ctx.prisma.partner.create({
    data: { ...defined(data), brandName: data.brandName!, organizationId: ctx.organizationId } as never,
  }) as Promise<Partner>;
}

export async function updatePartner(ctx: Context, id: string, input: UpdatePartnerInput): Promise<Partner> {
  const stored = await findPartner(ctx, id);
  const data = validate(input, stored);
  return ctx.prisma.partner.update({ where: { id: stored.id }, data: defined(data) as never }) as Promise<Partner>;
}

export async function archivePartner(ctx: Context, id: string): Promise<Partner> {
  const stored = await findPartner(ctx, id);
  return ctx.prisma.partner.delete({ where: { id: stored.id } }) as Promise<Partner>;
}

export async function restorePartner(ctx: Context, id: string): Promise<Partner> {
  const stored = await findPartner(ctx, id, { deletedAt: { not: null } });
  return ctx.prisma.partner.update({ where: { id: stored.id }, data: { deletedAt: null } }) as Promise<Partner>;
}
