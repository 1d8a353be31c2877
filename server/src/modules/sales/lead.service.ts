// Sales leads: owners see and work their own, leads:read sees all, leads:write works any.
// Stages are the organization's pipeline stages (shared with opportunities); moving writes a
// stage_change activity, a won or lost stage closes the lead (lost needs a reason from the
// taxonomy), and a won lead converts into its partner (partners:write), keeping the link.
import { Prisma } from "../../generated/prisma/client";
import type { Context } from "../../graphql/context";
import { NOBODY } from "../../graphql/scope";
import { badInput, conflict, forbidden } from "../../lib/errors";
import { requireRecord } from "../../graphql/records";
import { requirePermission } from "../../graphql/authChecker";
import { nonBlank } from "../../graphql/validation";
import { utcDay } from "../../lib/dates";
import { findStaff } from "../staff/staff.service";
import { createPartner } from "../partners/partner.service";
import { pipelineStages, stageNamed } from "../opportunities/opportunity.service";
import type {
  CreateLeadInput,
  LogLeadActivityInput,
  SalesReasonInput,
  UpdateLeadInput,
} from "./lead.inputs";
import type {
  SalesActivity,
  SalesActivitySummary,
  SalesLead,
  SalesPipelineRow,
  SalesReason,
} from "./lead.type";

const me = (ctx: Context) => ctx.viewer.staffId;

export const leadScope = (ctx: Context) =>
  ctx.viewer.permissions.has("leads:read") ? {} : { ownerId: me(ctx) ?? NOBODY };

export const findLead = (ctx: Context, id: string) =>
  requireRecord(ctx, ctx.prisma.salesLead, "SalesLead", id, leadScope(ctx)) as Promise<SalesLead>;

function requireWork(ctx: Context, lead: SalesLead) {
  const mine = me(ctx) !== null && lead.ownerId === me(ctx);
  if (!mine && !ctx.viewer.permissions.has("leads:write"))
    throw forbidden("Working a lead someone else owns needs the permission leads:write.");
}

async function owner(ctx: Context, id: string | undefined): Promise<string | null> {
  if (!id || id === me(ctx)) return me(ctx);
  requirePermission(ctx, "leads:write", "Giving a lead to someone else");
  return (await findStaff(ctx, id)).id;
}

const value = (field: string, v: unknown) => {
  if (v === undefined || v === null) return v as null | undefined;
  const d = new Prisma.Decimal(v as Prisma.Decimal);
  if (d.isNegative()) throw badInput(field, "Give an expected value of 0 or more.");
  return d;
};

export async function createLead(ctx: Context, input: CreateLeadInput): Promise<SalesLead> {
  const stages = await pipelineStages(ctx);
  const stage = input.stage
    ? stageNamed(stages, input.stage, "input.stage")
    : stages.find((s) => !s.outcome)!;
  if (stage.outcome)
    throw badInput(
      "input.stage",
      `A new lead starts in an open stage; create it, then move it to ${stage.key}.`,
    );
  const lead = await ctx.prisma.salesLead.create({
    data: {
      organizationId: ctx.organizationId,
      company: nonBlank("input.company", input.company)!,
      contactName: input.contactName ?? null,
      contactEmail: input.contactEmail ?? null,
      expectedValue: value("input.expectedValue", input.expectedValue) ?? null,
      ownerId: await owner(ctx, input.ownerId),
      stage: stage.key,
      campaignId: input.campaignId
        ? (
            await requireRecord(
              ctx,
              ctx.prisma.marketingCampaign,
              "MarketingCampaign",
              input.campaignId,
            )
          ).id
        : null,
    },
  });
  return lead as SalesLead;
}

export async function updateLead(
  ctx: Context,
  id: string,
  input: UpdateLeadInput,
): Promise<SalesLead> {
  const lead = await findLead(ctx, id);
  requireWork(ctx, lead);
  const data: Prisma.SalesLeadUncheckedUpdateInput = {};
  if (input.company !== undefined) data.company = nonBlank("input.company", input.company);
  if (input.contactName !== undefined) data.contactName = input.contactName;
  if (input.contactEmail !== undefined) data.contactEmail = input.contactEmail;
  if (input.expectedValue !== undefined)
    data.expectedValue = value("input.expectedValue", input.expectedValue);
  if (input.ownerId !== undefined) data.ownerId = await owner(ctx, input.ownerId);
  return ctx.prisma.salesLead.update({ where: { id: lead.id }, data }) as Promise<SalesLead>;
}

export async function moveLeadStage(
  ctx: Context,
  id: string,
  stageKey: string,
  reasonId: string | undefined,
  note: string | undefined,
): Promise<SalesLead> {
  const lead = await findLead(ctx, id);
  requireWork(ctx, lead);
  if (lead.partnerId)
    throw badInput(
      "id",
      "This lead became a partner; work the partner (and its opportunities) instead.",
    );
  const to = stageNamed(await pipelineStages(ctx), stageKey, "stage");
  if (to.key === lead.stage) throw badInput("stage", `The lead is in ${to.name} already.`);
  const reason = reasonId
    ? await requireRecord(ctx, ctx.prisma.salesReason, "SalesReason", reasonId)
    : null;
  if (to.outcome === "lost" && reason?.category !== "lost")
    throw badInput(
      "reasonId",
      "Say why the deal was lost: give a reason of category LOST (salesReasons lists them).",
    );
  const moved = await ctx.prisma.salesLead.update({
    where: { id: lead.id },
    data: {
      stage: to.key,
      status: to.outcome ?? "open",
      closedAt: to.outcome ? new Date() : null,
      lostReasonId: to.outcome === "lost" ? reason!.id : null,
    },
  });
  await ctx.prisma.salesActivity.create({
    data: {
      organizationId: ctx.organizationId,
      leadId: lead.id,
      staffId: me(ctx),
      activityType: "stage_change",
      fromStage: lead.stage,
      toStage: to.key,
      reasonId: reason?.id ?? null,
      note: note ?? null,
      activityDate: utcDay(new Date()),
    },
  });
  return moved as SalesLead;
}

export async function logLeadActivity(
  ctx: Context,
  input: LogLeadActivityInput,
): Promise<SalesActivity> {
  const lead = await findLead(ctx, input.leadId);
  requireWork(ctx, lead);
  if (input.activityType === "stage_change")
    throw badInput(
      "input.activityType",
      "Stage changes are logged by moveLeadStage; log a CALL, EMAIL, MEETING, DEMO or NOTE.",
    );
  return ctx.prisma.salesActivity.create({
    data: {
      organizationId: ctx.organizationId,
      leadId: lead.id,
      staffId: me(ctx),
      activityType: input.activityType,
      note: input.note ?? null,
      activityDate: utcDay(input.activityDate ?? new Date()),
    },
  }) as Promise<SalesActivity>;
}

/** A won lead becomes a partner (onboarding), from its company and contact; the lead keeps the link. */
export async function convertLead(ctx: Context, id: string): Promise<SalesLead> {
  requirePermission(ctx, "partners:write", "Converting a lead into a partner");
  const lead = await findLead(ctx, id);
  if (lead.partnerId) throw conflict("This lead is a partner already (SalesLead.partner).", "id");
  if (lead.status !== "won")
    throw badInput(
      "id",
      `Only a won lead becomes a partner; this one is ${lead.status} (in ${lead.stage}). Move it to the won stage first.`,
    );
  const taken = await ctx.prisma.partner.findFirst({
    where: {
      organizationId: ctx.organizationId,
      brandName: { equals: lead.company.trim(), mode: "insensitive" },
    },
  });
  if (taken)
    throw conflict(
      `A partner named ${taken.brandName} exists (${taken.partnerCode}); rename the lead's company, or link the deal to that partner as an opportunity.`,
      "id",
    );
  const partner = await createPartner(ctx, {
    brandName: lead.company,
    clientName: lead.contactName ?? undefined,
    clientEmail: lead.contactEmail ?? undefined,
    status: "onboarding",
    onboardingDate: utcDay(new Date()),
  } as never);
  return ctx.prisma.salesLead.update({
    where: { id: lead.id },
    data: { partnerId: partner.id, convertedAt: new Date() },
  }) as Promise<SalesLead>;
}

export async function createSalesReason(
  ctx: Context,
  input: SalesReasonInput,
): Promise<SalesReason> {
  return ctx.prisma.salesReason.create({
    data: {
      organizationId: ctx.organizationId,
      name: nonBlank("input.name", input.name)!,
      category: input.category,
    },
  }) as Promise<SalesReason>;
}

export const salesReasons = (ctx: Context) =>
  ctx.prisma.salesReason.findMany({
    where: { organizationId: ctx.organizationId, isActive: true },
    orderBy: [{ category: "asc" }, { name: "asc" }],
  }) as Promise<SalesReason[]>;

/** Every configured stage in order (empty ones too), then stages no longer configured. */
export async function salesPipelineOverview(ctx: Context): Promise<SalesPipelineRow[]> {
  const stages = await pipelineStages(ctx);
  const rows = await ctx.prisma.$queryRaw<SalesPipelineRow[]>`
    SELECT "stage", "leads", "expected_value" AS "expectedValue" FROM "v_sales_pipeline_overview" WHERE "organization_id" = ${ctx.organizationId}::uuid`;
  const open = stages
    .filter((s) => !s.outcome)
    .map(
      (s) =>
        rows.find((r) => r.stage === s.key) ?? {
          stage: s.key,
          leads: 0,
          expectedValue: new Prisma.Decimal(0),
        },
    );
  return [...open, ...rows.filter((r) => !stages.some((s) => s.key === r.stage))];
}

export const salesActivitySummary = (ctx: Context) => ctx.prisma.$queryRaw<SalesActivitySummary[]>`
  SELECT "staff_id" AS "staffId", "activities", "calls", "emails", "meetings", "last_activity_date" AS "lastActivityDate"
  FROM "v_sales_activity_summary" WHERE "organization_id" = ${ctx.organizationId}::uuid ORDER BY "activities" DESC`;
