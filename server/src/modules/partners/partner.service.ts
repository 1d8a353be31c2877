// Partner rules: validation, tenant scoping, archive (soft delete) and restore.
import type { Context } from "../../graphql/context";
import { archiveRecord, requireRecord, restoreRecord } from "../../graphql/records";
import {
  atLeast,
  dateOrder,
  defined,
  email,
  generatedCode,
  inRange,
  nonBlank,
} from "../../graphql/validation";
import type { CreatePartnerInput, UpdatePartnerInput } from "./partner.inputs";
import type { Partner } from "./partner.type";
import { requireWritableInput } from "../../auth/fieldPermissions";
import { recordManualLineage } from "../../enrichment/lineage";
import { alertInputsChanged } from "../alerts/alert.evaluate";
import { checkValue } from "../configurations/configuration.validation";
import { COMMISSION_STRUCTURE_SCHEMA, checkTiers } from "../opportunities/commission";

type PartnerFields = CreatePartnerInput | UpdatePartnerInput;

function validate(input: PartnerFields, stored?: Partner) {
  generatedCode("input.partnerCode", "partnerCode" in input ? input.partnerCode : undefined, "SO");
  inRange("input.commissionRate", input.commissionRate, 0, 1);
  atLeast("input.baseFee", input.baseFee, 0);
  inRange("input.billingDay", input.billingDay, 1, 31);
  const start =
    input.contractStartDate !== undefined ? input.contractStartDate : stored?.contractStartDate;
  const end = input.contractEndDate !== undefined ? input.contractEndDate : stored?.contractEndDate;
  dateOrder("input.contractStartDate", start, "input.contractEndDate", end);
  // {} (or null) means "the organization's default structure".
  const structure = input.commissionStructure === null ? {} : input.commissionStructure;
  const isEmpty =
    typeof structure === "object" &&
    structure !== null &&
    !Array.isArray(structure) &&
    !Object.keys(structure).length;
  if (structure !== undefined && !isEmpty)
    checkValue(
      "input.commissionStructure",
      "object",
      COMMISSION_STRUCTURE_SCHEMA,
      structure,
      checkTiers,
    );
  return {
    ...input,
    brandName: nonBlank("input.brandName", input.brandName),
    commissionStructure: structure,
    clientEmail: email("input.clientEmail", input.clientEmail),
  };
}

export const findPartner = (ctx: Context, id: string, where: object = {}) =>
  requireRecord(ctx, ctx.prisma.partner, "Partner", id, {
    ...ctx.rows.partner,
    ...where,
  }) as Promise<Partner>;

export async function createPartner(ctx: Context, input: CreatePartnerInput): Promise<Partner> {
  requireWritableInput(ctx.viewer, "Partner", input);
  const data = validate(input);
  const created = (await ctx.prisma.partner.create({
    data: {
      ...defined(data),
      brandName: data.brandName!,
      organizationId: ctx.organizationId,
    } as never,
  })) as Partner;
  await recordManualLineage(ctx, "partner", null, created);
  return created;
}

export async function updatePartner(
  ctx: Context,
  id: string,
  input: UpdatePartnerInput,
): Promise<Partner> {
  requireWritableInput(ctx.viewer, "Partner", input);
  const stored = await findPartner(ctx, id);
  const data = validate(input, stored);
  const updated = (await ctx.prisma.partner.update({
    where: { id: stored.id },
    data: defined(data) as never,
  })) as Partner;
  await recordManualLineage(ctx, "partner", stored, updated);
  if (updated.status !== stored.status) await alertInputsChanged(ctx, [updated.id]);
  return updated;
}

export const archivePartner = (ctx: Context, id: string) =>
  archiveRecord(ctx, ctx.prisma.partner as never, "Partner", id) as Promise<Partner>;
export const restorePartner = (ctx: Context, id: string) =>
  restoreRecord(ctx, ctx.prisma.partner as never, "Partner", id) as Promise<Partner>;
