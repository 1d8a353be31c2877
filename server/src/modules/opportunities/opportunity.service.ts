// Opportunity rules: stages come from configuration (pipeline.stages); every move writes
// its stage history in the same transaction (the mutation's savepoint); reaching a won or
// lost stage closes the deal and dates it; commission is computed by commission.ts.
import type { Context } from "../../graphql/context";
import { badInput } from "../../lib/errors";
import { requireRecord } from "../../graphql/records";
import { atLeast, currencyCode, inRange, nonBlank } from "../../graphql/validation";
import { utcDay } from "../../lib/dates";
import { readConfiguration } from "../configurations/configuration.service";
import type { PipelineStage } from "../configurations/configuration.registry";
import { alertInputsChanged } from "../alerts/alert.evaluate";
import { findPartner } from "../partners/partner.service";
import { findStaff } from "../staff/staff.service";
import { computeCommission, type CommissionStructure } from "./commission";
import type { CreateOpportunityInput, UpdateOpportunityInput } from "./opportunity.inputs";
import type { Opportunity, PipelineStageSummary } from "./opportunity.type";

export const pipelineStages = (ctx: Context) =>
  readConfiguration<PipelineStage[]>(ctx.prisma, ctx.organizationId, "pipeline", "stages");

/** A configured stage by key, or BAD_USER_INPUT listing them (opportunities and sales leads share the stages). */
export function stageNamed(stages: PipelineStage[], key: string, field: string): PipelineStage {
  const stage = stages.find((s) => s.key === key);
  if (!stage)
    throw badInput(
      field,
      `"${key}" is not a pipeline stage; the stages are ${stages.map((s) => s.key).join(", ")} (configuration pipeline.stages).`,
    );
  return stage;
}

/** Opportunities of partners the viewer may see. */
export const opportunityScope = (ctx: Context) => ctx.rows.partnerChild;

export const findOpportunity = (ctx: Context, id: string) =>
  requireRecord(
    ctx,
    ctx.prisma.opportunity,
    "Opportunity",
    id,
    opportunityScope(ctx),
  ) as Promise<Opportunity>;

async function commissionFor(
  ctx: Context,
  partner: { commissionStructure: unknown; domain: string | null },
  dealValue: number,
  currency: string,
) {
  const own = partner.commissionStructure as Partial<CommissionStructure>;
  const structure =
    own && "type" in own
      ? (own as CommissionStructure)
      : await readConfiguration<CommissionStructure>(
          ctx.prisma,
          ctx.organizationId,
          "commission",
          "default_structure",
        );
  return {
    ...computeCommission(structure, dealValue, currency, partner.domain),
    computedAt: new Date().toISOString(),
  };
}

export async function createOpportunity(
  ctx: Context,
  input: CreateOpportunityInput,
): Promise<Opportunity> {
  const partner = await findPartner(ctx, input.partnerId);
  const customerName = nonBlank("input.customerName", input.customerName)!;
  atLeast("input.dealValue", input.dealValue, 0);
  const currency = currencyCode("input.currency", input.currency) ?? "USD";
  if (input.assignedStaffId) await findStaff(ctx, input.assignedStaffId);
  const stages = await pipelineStages(ctx);
  const stage = input.stage
    ? stageNamed(stages, input.stage, "input.stage")
    : stages.find((s) => !s.outcome)!;
  if (stage.outcome)
    throw badInput(
      "input.stage",
      `A new opportunity starts in an open stage; create it, then move it to ${stage.key}.`,
    );
  const dealValue = input.dealValue.toNumber();
  const created = await ctx.prisma.opportunity.create({
    data: {
      organizationId: ctx.organizationId,
      partnerId: partner.id,
      assignedStaffId: input.assignedStaffId ?? null,
      customerName,
      customerContact: (input.customerContact ?? {}) as never,
      dealValue,
      currency,
      stage: stage.key,
      probability: stage.probability,
      expectedCloseDate: input.expectedCloseDate,
      notes: input.notes ?? null,
      commissionDetails: (await commissionFor(ctx, partner, dealValue, currency)) as never,
    },
  });
  await ctx.prisma.opportunityStageHistory.create({
    data: {
      organizationId: ctx.organizationId,
      opportunityId: created.id,
      fromStage: null,
      toStage: stage.key,
      changedById: ctx.viewer.staffId,
      changeReason: "created",
    },
  });
  await alertInputsChanged(ctx, [partner.id], true);
  return created as Opportunity;
}

export async function updateOpportunity(
  ctx: Context,
  id: string,
  input: UpdateOpportunityInput,
): Promise<Opportunity> {
  const stored = await findOpportunity(ctx, id);
  atLeast("input.dealValue", input.dealValue, 0);
  inRange("input.probability", input.probability, 0, 100);
  if (input.assignedStaffId) await findStaff(ctx, input.assignedStaffId);
  if (input.attachments !== undefined && !Array.isArray(input.attachments))
    throw badInput(
      "input.attachments",
      'attachments is a list, e.g. [{ "name": "Proposal", "url": "https://…" }].',
    );
  const currency = currencyCode("input.currency", input.currency);
  const data: Record<string, unknown> = {
    customerName: nonBlank("input.customerName", input.customerName),
    dealValue: input.dealValue?.toNumber(),
    currency,
    expectedCloseDate: input.expectedCloseDate,
    assignedStaffId: input.assignedStaffId,
    customerContact: input.customerContact,
    probability: input.probability,
    notes: input.notes,
    attachments: input.attachments,
  };
  if (data.dealValue !== undefined || currency !== undefined) {
    const partner = await findPartner(ctx, stored.partnerId);
    data.commissionDetails = await commissionFor(
      ctx,
      partner,
      (data.dealValue as number | undefined) ?? Number(stored.dealValue),
      currency ?? stored.currency,
    );
  }
  const defined = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
  const updated = await ctx.prisma.opportunity.update({
    where: { id: stored.id },
    data: defined as never,
  });
  await alertInputsChanged(ctx, [stored.partnerId], true);
  return updated as Opportunity;
}

/** Moves a deal to another stage, recording who moved it and why, in the same transaction. */
export async function moveOpportunityStage(
  ctx: Context,
  id: string,
  stageKey: string,
  reason: string | null | undefined,
): Promise<Opportunity> {
  const stored = await findOpportunity(ctx, id);
  const stages = await pipelineStages(ctx);
  const to = stageNamed(stages, stageKey, "stage");
  if (to.key === stored.stage) throw badInput("stage", `The opportunity is in ${to.name} already.`);
  const moved = await ctx.prisma.opportunity.update({
    where: { id: stored.id },
    data: {
      stage: to.key,
      probability: to.probability,
      status: to.outcome ?? "open",
      actualCloseDate: to.outcome ? utcDay(new Date()) : null,
    },
  });
  await ctx.prisma.opportunityStageHistory.create({
    data: {
      organizationId: ctx.organizationId,
      opportunityId: stored.id,
      fromStage: stored.stage,
      toStage: to.key,
      changedById: ctx.viewer.staffId,
      changeReason: reason?.trim() || null,
    },
  });
  await alertInputsChanged(ctx, [stored.partnerId], true);
  return moved as Opportunity;
}

/** Count, value and weighted value per configured stage (stages no longer configured come last). */
export async function pipelineSummary(
  ctx: Context,
  partnerId?: string | null,
): Promise<PipelineStageSummary[]> {
  const stages = await pipelineStages(ctx);
  const rows = await ctx.prisma.opportunity.findMany({
    where: {
      organizationId: ctx.organizationId,
      ...opportunityScope(ctx),
      ...(partnerId ? { partnerId } : {}),
    },
    select: { stage: true, dealValue: true, probability: true },
  });
  const summary = new Map<string, PipelineStageSummary>(
    stages.map((s) => [
      s.key,
      {
        stage: s.key,
        name: s.name,
        probability: s.probability,
        outcome: s.outcome ?? null,
        count: 0,
        value: 0,
        weightedValue: 0,
      },
    ]),
  );
  for (const r of rows) {
    const s =
      summary.get(r.stage) ??
      summary
        .set(r.stage, {
          stage: r.stage,
          name: r.stage,
          probability: r.probability,
          outcome: null,
          count: 0,
          value: 0,
          weightedValue: 0,
        })
        .get(r.stage)!;
    const value = Number(r.dealValue);
    s.count++;
    s.value += value;
    s.weightedValue += (value * r.probability) / 100;
  }
  return [...summary.values()].map((s) => ({
    ...s,
    value: Math.round(s.value * 100) / 100,
    weightedValue: Math.round(s.weightedValue * 100) / 100,
  }));
}
