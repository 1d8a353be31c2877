// Marketing: campaigns and their results; every count is a whole number of 0 or more and
// every amount 0 or more (checked here to name the field, and by the database). Daily
// figures (analytics, channels, attribution) are replaced when recorded again.
import { Prisma } from "../../generated/prisma/client";
import type { Context } from "../../graphql/context";
import { badInput } from "../../lib/errors";
import { requireRecord } from "../../graphql/records";
import { nonBlank } from "../../graphql/validation";
import { utcDay } from "../../lib/dates";
import type {
  AttributionInput,
  CampaignInput,
  ContentPieceInput,
  DigitalChannelInput,
  OfflineEventInput,
  SeoSemInput,
  UpdateCampaignInput,
  WebsiteAnalyticsInput,
} from "./marketing.inputs";
import type { MarketingOverviewRow } from "./marketing.type";

/** The given counts, each checked to be a whole number of 0 or more. */
function counts<K extends string>(
  input: Partial<Record<K, number | null>>,
  fields: K[],
): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  for (const f of fields) {
    const v = input[f];
    if (v === undefined || v === null) continue;
    if (!Number.isInteger(v) || v < 0)
      throw badInput(`input.${f}`, `Give ${f} as a whole number of 0 or more.`);
    out[f] = v;
  }
  return out;
}

function amount(field: string, v: unknown): Prisma.Decimal | undefined {
  if (v === undefined || v === null) return undefined;
  const d = new Prisma.Decimal(v as Prisma.Decimal);
  if (d.isNegative()) throw badInput(field, "Give an amount of 0 or more.");
  return d;
}

function dates(start?: Date, end?: Date) {
  const s = start ? utcDay(start) : undefined;
  const e = end ? utcDay(end) : undefined;
  if (s && e && e < s) throw badInput("input.endDate", "The end comes before the start.");
  return { startDate: s, endDate: e };
}

const campaign = (ctx: Context, id: string) =>
  requireRecord(ctx, ctx.prisma.marketingCampaign, "MarketingCampaign", id);

export async function createCampaign(ctx: Context, input: CampaignInput) {
  return ctx.prisma.marketingCampaign.create({
    data: {
      organizationId: ctx.organizationId,
      name: nonBlank("input.name", input.name)!,
      campaignType: input.campaignType as never,
      budget: amount("input.budget", input.budget),
      status: (input.status ?? "planned") as never,
      ...dates(input.startDate, input.endDate),
    },
  });
}

export async function updateCampaign(ctx: Context, id: string, input: UpdateCampaignInput) {
  const c = await campaign(ctx, id);
  const { startDate, endDate } = dates(
    input.startDate ?? c.startDate ?? undefined,
    input.endDate ?? c.endDate ?? undefined,
  );
  return ctx.prisma.marketingCampaign.update({
    where: { id: c.id },
    data: {
      ...(input.name !== undefined ? { name: nonBlank("input.name", input.name) } : {}),
      budget: amount("input.budget", input.budget),
      status: input.status as never,
      startDate,
      endDate,
    },
  });
}

export async function recordOfflineEvent(ctx: Context, input: OfflineEventInput) {
  const c = await campaign(ctx, input.campaignId);
  return ctx.prisma.offlineEvent.create({
    data: {
      organizationId: ctx.organizationId,
      campaignId: c.id,
      eventName: nonBlank("input.eventName", input.eventName)!,
      location: input.location ?? null,
      eventDate: utcDay(input.eventDate),
      notes: input.notes ?? null,
      cost: amount("input.cost", input.cost),
      ...counts(input, ["attendees", "leadsGenerated"]),
    },
  });
}

export async function recordSeoSem(ctx: Context, input: SeoSemInput) {
  const c = await campaign(ctx, input.campaignId);
  const n = counts(input, ["impressions", "clicks", "conversions"]);
  if ((n.clicks ?? 0) > (n.impressions ?? 0))
    throw badInput("input.clicks", "There cannot be more clicks than impressions.");
  if ((n.conversions ?? 0) > (n.clicks ?? 0))
    throw badInput("input.conversions", "There cannot be more conversions than clicks.");
  return ctx.prisma.seoSemCampaign.create({
    data: {
      organizationId: ctx.organizationId,
      campaignId: c.id,
      keyword: nonBlank("input.keyword", input.keyword)!,
      cost: amount("input.cost", input.cost),
      ...n,
      ...dates(input.startDate, input.endDate),
    },
  });
}

export async function recordWebsiteAnalytics(ctx: Context, input: WebsiteAnalyticsInput) {
  if (!(input.bounceRate >= 0 && input.bounceRate <= 1))
    throw badInput("input.bounceRate", "Give the bounce rate as a share from 0 to 1, e.g. 0.42.");
  if (!(input.avgSessionDuration >= 0))
    throw badInput(
      "input.avgSessionDuration",
      "Give the average session length in seconds, 0 or more.",
    );
  const figures = {
    ...counts(input, ["pageviews", "sessions", "users"]),
    bounceRate: input.bounceRate,
    avgSessionDuration: input.avgSessionDuration,
  };
  const date = utcDay(input.date);
  return ctx.prisma.websiteAnalytics.upsert({
    where: { organizationId_date: { organizationId: ctx.organizationId, date } },
    create: { organizationId: ctx.organizationId, date, ...figures },
    update: figures,
  });
}

export async function recordDigitalChannel(ctx: Context, input: DigitalChannelInput) {
  const channelName = nonBlank("input.channelName", input.channelName)!;
  const reportDate = utcDay(input.reportDate);
  const figures = {
    ...counts(input, ["visits", "leads", "conversions"]),
    cost: amount("input.cost", input.cost),
  };
  return ctx.prisma.digitalChannelReport.upsert({
    where: {
      organizationId_channelName_reportDate: {
        organizationId: ctx.organizationId,
        channelName,
        reportDate,
      },
    },
    create: { organizationId: ctx.organizationId, channelName, reportDate, ...figures },
    update: figures,
  });
}

export async function createContentPiece(ctx: Context, input: ContentPieceInput) {
  const c = input.campaignId ? await campaign(ctx, input.campaignId) : null;
  return ctx.prisma.contentPiece.create({
    data: {
      organizationId: ctx.organizationId,
      campaignId: c?.id ?? null,
      title: nonBlank("input.title", input.title)!,
      contentType: input.contentType,
      publishDate: input.publishDate ? utcDay(input.publishDate) : null,
      ...counts(input, ["impressions", "leadsGenerated"]),
    },
  });
}

export async function recordAttribution(ctx: Context, input: AttributionInput) {
  const channel = nonBlank("input.channel", input.channel)!;
  const reportDate = utcDay(input.reportDate);
  const figures = counts(input, [
    "firstTouchConversions",
    "lastTouchConversions",
    "assistedConversions",
  ]);
  return ctx.prisma.marketingAttribution.upsert({
    where: {
      organizationId_channel_reportDate: {
        organizationId: ctx.organizationId,
        channel,
        reportDate,
      },
    },
    create: { organizationId: ctx.organizationId, channel, reportDate, ...figures },
    update: figures,
  });
}

/** A date range as a Prisma condition on one column. */
export const within = (from?: Date, to?: Date) => ({
  ...(from ? { gte: utcDay(from) } : {}),
  ...(to ? { lte: utcDay(to) } : {}),
});

export const marketingOverview = async (ctx: Context) =>
  (
    await ctx.prisma.$queryRaw<
      (Omit<MarketingOverviewRow, "roi"> & { roi: Prisma.Decimal | null })[]
    >`
  SELECT "campaign_id" AS "campaignId", "name", "leads"::int AS "leads", "cost", "cost_per_lead" AS "costPerLead", "revenue", "roi"
  FROM "v_marketing_overview" WHERE "organization_id" = ${ctx.organizationId}::uuid ORDER BY "name"`
  ).map((r) => ({ ...r, roi: r.roi === null ? null : Number(r.roi) }));
