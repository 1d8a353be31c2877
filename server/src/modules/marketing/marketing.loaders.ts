import { byIds, defineLoader, groupedBy } from "../../graphql/loaders";
import type { MarketingCampaign, OfflineEvent, SeoSemCampaign } from "./marketing.type";

export const campaignById = defineLoader<string, MarketingCampaign | null>(
  "campaignById",
  ({ prisma, organizationId }) =>
    async (ids) =>
      byIds(
        ids,
        (await prisma.marketingCampaign.findMany({
          where: { id: { in: [...ids] }, organizationId },
        })) as MarketingCampaign[],
      ),
);

export const offlineEventsByCampaign = defineLoader<string, OfflineEvent[]>(
  "offlineEventsByCampaign",
  ({ prisma, organizationId }) =>
    async (ids) =>
      groupedBy(
        ids,
        (await prisma.offlineEvent.findMany({
          where: { campaignId: { in: [...ids] }, organizationId },
          orderBy: { eventDate: "asc" },
        })) as OfflineEvent[],
        (e) => e.campaignId,
      ),
);

export const seoSemByCampaign = defineLoader<string, SeoSemCampaign[]>(
  "seoSemByCampaign",
  ({ prisma, organizationId }) =>
    async (ids) =>
      groupedBy(
        ids,
        (await prisma.seoSemCampaign.findMany({
          where: { campaignId: { in: [...ids] }, organizationId },
          orderBy: { keyword: "asc" },
        })) as SeoSemCampaign[],
        (s) => s.campaignId,
      ),
);
