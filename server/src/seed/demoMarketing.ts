// Demo marketing (seed 001): a few campaigns with events, keywords and content, eight weeks of
// site analytics, channel reports and attribution, and some demo leads tied to campaigns.
import type { HubPrisma } from "../db/database";
import { addDays } from "../lib/dates";

interface Rnd {
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
}

const CHANNELS = ["Google Ads", "LinkedIn", "Instagram", "Email", "Organic search"];

type SeedTx = Pick<
  HubPrisma,
  | "marketingCampaign"
  | "offlineEvent"
  | "seoSemCampaign"
  | "contentPiece"
  | "websiteAnalytics"
  | "digitalChannelReport"
  | "marketingAttribution"
  | "salesLead"
>;

export async function seedMarketing(
  tx: SeedTx,
  organizationId: string,
  today: Date,
  rnd: Rnd,
): Promise<void> {
  const [show, search, content] = await tx.marketingCampaign.createManyAndReturn({
    data: [
      {
        organizationId,
        name: "Prosper Show booth",
        campaignType: "offline",
        budget: 18000,
        startDate: addDays(today, -70),
        endDate: addDays(today, -66),
        status: "completed",
      },
      {
        organizationId,
        name: "Search: Amazon agency",
        campaignType: "online",
        budget: 12000,
        startDate: addDays(today, -60),
        status: "active",
      },
      {
        organizationId,
        name: "Brand growth guides",
        campaignType: "online",
        budget: 6000,
        startDate: addDays(today, -45),
        status: "active",
      },
    ],
  });
  await tx.offlineEvent.create({
    data: {
      organizationId,
      campaignId: show.id,
      eventName: "Prosper Show, Las Vegas",
      location: "Las Vegas, NV",
      eventDate: addDays(today, -68),
      attendees: 420,
      leadsGenerated: 38,
      cost: 16500,
    },
  });
  await tx.seoSemCampaign.createMany({
    data: ["amazon agency", "amazon ppc management", "amazon brand store design"].map((keyword) => {
      const impressions = rnd.int(8000, 30000);
      const clicks = rnd.int(200, 900);
      return {
        organizationId,
        campaignId: search.id,
        keyword,
        impressions,
        clicks,
        conversions: rnd.int(5, 30),
        cost: rnd.int(1500, 4500),
        startDate: addDays(today, -60),
      };
    }),
  });
  await tx.contentPiece.createMany({
    data: [
      ["How we cut ACoS by 30%", "blog"],
      ["Listing teardown", "video"],
      ["Q4 playbook", "email"],
      ["A+ content checklist", "infographic"],
    ].map(([title, contentType], i) => ({
      organizationId,
      campaignId: content.id,
      title,
      contentType,
      publishDate: addDays(today, -40 + i * 9),
      impressions: rnd.int(1500, 9000),
      leadsGenerated: rnd.int(2, 14),
    })),
  });
  const days = Array.from({ length: 56 }, (_, i) => addDays(today, -55 + i));
  await tx.websiteAnalytics.createMany({
    data: days.map((date) => {
      const sessions = rnd.int(300, 900);
      return {
        organizationId,
        date,
        sessions,
        users: Math.round(sessions * 0.8),
        pageviews: sessions * rnd.int(2, 4),
        bounceRate: rnd.int(35, 60) / 100,
        avgSessionDuration: rnd.int(60, 240),
      };
    }),
  });
  const weeks = days.filter((_, i) => i % 7 === 0);
  await tx.digitalChannelReport.createMany({
    data: weeks.flatMap((reportDate) =>
      CHANNELS.map((channelName) => ({
        organizationId,
        channelName,
        reportDate,
        visits: rnd.int(200, 2000),
        leads: rnd.int(1, 25),
        conversions: rnd.int(0, 6),
        cost: channelName === "Organic search" ? 0 : rnd.int(200, 1500),
      })),
    ),
  });
  await tx.marketingAttribution.createMany({
    data: weeks.flatMap((reportDate) =>
      CHANNELS.map((channel) => ({
        organizationId,
        channel,
        reportDate,
        firstTouchConversions: rnd.int(0, 6),
        lastTouchConversions: rnd.int(0, 6),
        assistedConversions: rnd.int(0, 10),
      })),
    ),
  });
  // The demo's leads came from somewhere: tie most to a campaign.
  const leads = await tx.salesLead.findMany({ where: { organizationId }, select: { id: true } });
  for (const [i, lead] of leads.entries()) {
    if (i % 4 !== 3)
      await tx.salesLead.update({
        where: { id: lead.id },
        data: { campaignId: rnd.pick([show, search, content]).id },
      });
  }
}
