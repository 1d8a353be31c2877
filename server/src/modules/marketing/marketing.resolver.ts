import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Authorized } from "../../graphql/authChecker";
import type { Context } from "../../graphql/context";
import { DateScalar } from "../../graphql/scalars";
import {
  ContentPiece,
  DigitalChannelReport,
  MarketingAttribution,
  MarketingCampaign,
  MarketingOverviewRow,
  OfflineEvent,
  SeoSemCampaign,
  WebsiteAnalyticsDay,
} from "./marketing.type";
import {
  AttributionInput,
  CampaignInput,
  ContentPieceInput,
  DigitalChannelInput,
  OfflineEventInput,
  SeoSemInput,
  UpdateCampaignInput,
  WebsiteAnalyticsInput,
} from "./marketing.inputs";
import {
  createCampaign,
  createContentPiece,
  marketingOverview,
  recordAttribution,
  recordDigitalChannel,
  recordOfflineEvent,
  recordSeoSem,
  recordWebsiteAnalytics,
  updateCampaign,
  within,
} from "./marketing.service";
import { offlineEventsByCampaign, seoSemByCampaign } from "./marketing.loaders";

const fromArg = { nullable: true, description: 'First day, e.g. "2026-10-01".' };
const toArg = { nullable: true, description: 'Last day, e.g. "2026-10-31".' };
const num = <T extends { bounceRate: unknown; avgSessionDuration: unknown }>(d: T) => ({
  ...d,
  bounceRate: Number(d.bounceRate),
  avgSessionDuration: Number(d.avgSessionDuration),
});

@Resolver(() => MarketingCampaign)
export class MarketingResolver {
  @Authorized("marketing:read")
  @Query(() => [MarketingCampaign], { description: "Campaigns, newest start first." })
  marketingCampaigns(@Ctx() ctx: Context) {
    return ctx.prisma.marketingCampaign.findMany({
      where: { organizationId: ctx.organizationId },
      orderBy: [{ startDate: { sort: "desc", nulls: "last" } }, { name: "asc" }],
    });
  }

  @Authorized("marketing:read")
  @Query(() => [MarketingOverviewRow], {
    description: "Per campaign: leads, cost, cost per lead, revenue from won leads and ROI.",
  })
  marketingOverview(@Ctx() ctx: Context) {
    return marketingOverview(ctx);
  }

  @Authorized("marketing:read")
  @Query(() => [WebsiteAnalyticsDay], { description: "Website analytics per day within from..to." })
  async websiteAnalytics(
    @Ctx() ctx: Context,
    @Arg("from", () => DateScalar, fromArg) from?: Date,
    @Arg("to", () => DateScalar, toArg) to?: Date,
  ) {
    return (
      await ctx.prisma.websiteAnalytics.findMany({
        where: { organizationId: ctx.organizationId, date: within(from, to) },
        orderBy: { date: "asc" },
      })
    ).map(num);
  }

  @Authorized("marketing:read")
  @Query(() => [DigitalChannelReport], { description: "Channel reports within from..to." })
  digitalChannels(
    @Ctx() ctx: Context,
    @Arg("from", () => DateScalar, fromArg) from?: Date,
    @Arg("to", () => DateScalar, toArg) to?: Date,
  ) {
    return ctx.prisma.digitalChannelReport.findMany({
      where: { organizationId: ctx.organizationId, reportDate: within(from, to) },
      orderBy: [{ reportDate: "asc" }, { channelName: "asc" }],
    });
  }

  @Authorized("marketing:read")
  @Query(() => [MarketingAttribution], {
    description: "Attributed conversions per channel and day within from..to.",
  })
  marketingAttribution(
    @Ctx() ctx: Context,
    @Arg("from", () => DateScalar, fromArg) from?: Date,
    @Arg("to", () => DateScalar, toArg) to?: Date,
  ) {
    return ctx.prisma.marketingAttribution.findMany({
      where: { organizationId: ctx.organizationId, reportDate: within(from, to) },
      orderBy: [{ reportDate: "asc" }, { channel: "asc" }],
    });
  }

  @Authorized("marketing:read")
  @Query(() => [ContentPiece], { description: "Content pieces, newest first." })
  contentPieces(@Ctx() ctx: Context) {
    return ctx.prisma.contentPiece.findMany({
      where: { organizationId: ctx.organizationId },
      orderBy: [{ publishDate: { sort: "desc", nulls: "last" } }, { title: "asc" }],
    });
  }

  @Authorized("marketing:write")
  @Mutation(() => MarketingCampaign, { description: "Adds a campaign." })
  createMarketingCampaign(
    @Ctx() ctx: Context,
    @Arg("input", () => CampaignInput) input: CampaignInput,
  ) {
    return createCampaign(ctx, input);
  }

  @Authorized("marketing:write")
  @Mutation(() => MarketingCampaign, { description: "Changes a campaign." })
  updateMarketingCampaign(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateCampaignInput) input: UpdateCampaignInput,
  ) {
    return updateCampaign(ctx, id, input);
  }

  @Authorized("marketing:write")
  @Mutation(() => OfflineEvent, { description: "Records an offline event's results." })
  recordOfflineEvent(
    @Ctx() ctx: Context,
    @Arg("input", () => OfflineEventInput) input: OfflineEventInput,
  ) {
    return recordOfflineEvent(ctx, input);
  }

  @Authorized("marketing:write")
  @Mutation(() => SeoSemCampaign, { description: "Records a keyword's SEO/SEM results." })
  recordSeoSem(@Ctx() ctx: Context, @Arg("input", () => SeoSemInput) input: SeoSemInput) {
    return recordSeoSem(ctx, input);
  }

  @Authorized("marketing:write")
  @Mutation(() => WebsiteAnalyticsDay, {
    description: "Records (or replaces) a day of website analytics.",
  })
  async recordWebsiteAnalytics(
    @Ctx() ctx: Context,
    @Arg("input", () => WebsiteAnalyticsInput) input: WebsiteAnalyticsInput,
  ) {
    return num(await recordWebsiteAnalytics(ctx, input));
  }

  @Authorized("marketing:write")
  @Mutation(() => DigitalChannelReport, { description: "Records (or replaces) a channel's day." })
  recordDigitalChannel(
    @Ctx() ctx: Context,
    @Arg("input", () => DigitalChannelInput) input: DigitalChannelInput,
  ) {
    return recordDigitalChannel(ctx, input);
  }

  @Authorized("marketing:write")
  @Mutation(() => ContentPiece, { description: "Adds a content piece." })
  createContentPiece(
    @Ctx() ctx: Context,
    @Arg("input", () => ContentPieceInput) input: ContentPieceInput,
  ) {
    return createContentPiece(ctx, input);
  }

  @Authorized("marketing:write")
  @Mutation(() => MarketingAttribution, {
    description: "Records (or replaces) a channel's attributed conversions for a day.",
  })
  recordMarketingAttribution(
    @Ctx() ctx: Context,
    @Arg("input", () => AttributionInput) input: AttributionInput,
  ) {
    return recordAttribution(ctx, input);
  }

  @FieldResolver(() => [OfflineEvent], { description: "Its offline events." })
  offlineEvents(@Root() c: MarketingCampaign, @Ctx() ctx: Context) {
    return ctx.loaders.get(offlineEventsByCampaign).load(c.id);
  }

  @FieldResolver(() => [SeoSemCampaign], { description: "Its SEO/SEM keywords." })
  seoSem(@Root() c: MarketingCampaign, @Ctx() ctx: Context) {
    return ctx.loaders.get(seoSemByCampaign).load(c.id);
  }
}
