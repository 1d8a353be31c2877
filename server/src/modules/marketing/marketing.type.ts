import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import {
  CampaignStatus as DbCampaignStatus,
  CampaignType as DbCampaignType,
} from "../../generated/prisma/enums";
import { gqlEnum } from "../../graphql/enums";
import { DateScalar, DecimalScalar } from "../../graphql/scalars";

const opt = { nullable: true };

export const CampaignType = gqlEnum(DbCampaignType, "CampaignType", "Where a campaign runs.", {
  offline: "Events, print, trade shows.",
  online: "Search, social, email, content.",
});
export const CampaignStatus = gqlEnum(DbCampaignStatus, "CampaignStatus", "Where a campaign is.", {
  planned: "Not started.",
  active: "Running.",
  completed: "Finished.",
  cancelled: "Stopped before it finished.",
});
export const ContentType = gqlEnum(
  ["blog", "video", "infographic", "email", "social", "podcast", "other"] as const,
  "ContentType",
  "What a content piece is.",
  {
    blog: "A blog post.",
    video: "A video.",
    infographic: "An infographic.",
    email: "An email or newsletter.",
    social: "A social post.",
    podcast: "A podcast episode.",
    other: "Anything else.",
  },
);

@ObjectType({ description: "A marketing campaign." })
export class MarketingCampaign {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "Its name, unique in the organization." }) name!: string;
  @Field(() => CampaignType, { description: "OFFLINE or ONLINE." }) campaignType!: string;
  @Field(() => DecimalScalar, { ...opt, description: "Its budget." }) budget!: unknown;
  @Field(() => DateScalar, { ...opt, description: "First day." }) startDate!: Date | null;
  @Field(() => DateScalar, { ...opt, description: "Last day." }) endDate!: Date | null;
  @Field(() => CampaignStatus, { description: "Where it is." }) status!: string;
}

@ObjectType({ description: "An offline event of a campaign." })
export class OfflineEvent {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "Its name." }) eventName!: string;
  @Field(() => String, { ...opt, description: "Where." }) location!: string | null;
  @Field(() => DateScalar, { description: "When." }) eventDate!: Date;
  @Field(() => Int, { description: "People who came." }) attendees!: number;
  @Field(() => Int, { description: "Leads it produced." }) leadsGenerated!: number;
  @Field(() => DecimalScalar, { description: "What it cost." }) cost!: unknown;
  @Field(() => String, { ...opt, description: "Notes." }) notes!: string | null;
  campaignId!: string;
}

@ObjectType({ description: "A keyword's SEO/SEM results in a campaign." })
export class SeoSemCampaign {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "The keyword." }) keyword!: string;
  @Field(() => Int, { description: "Times shown." }) impressions!: number;
  @Field(() => Int, { description: "Clicks." }) clicks!: number;
  @Field(() => Int, { description: "Conversions (counted as leads)." }) conversions!: number;
  @Field(() => DecimalScalar, { description: "Spend." }) cost!: unknown;
  @Field(() => DateScalar, { ...opt, description: "First day." }) startDate!: Date | null;
  @Field(() => DateScalar, { ...opt, description: "Last day." }) endDate!: Date | null;
  campaignId!: string;
}

@ObjectType({ description: "A day of website analytics." })
export class WebsiteAnalyticsDay {
  @Field(() => DateScalar, { description: "The day." }) date!: Date;
  @Field(() => Int, { description: "Pages viewed." }) pageviews!: number;
  @Field(() => Int, { description: "Sessions." }) sessions!: number;
  @Field(() => Int, { description: "Distinct users." }) users!: number;
  @Field(() => Float, { description: "Share of single-page sessions, 0..1." }) bounceRate!: number;
  @Field(() => Float, { description: "Average session length in seconds." })
  avgSessionDuration!: number;
}

@ObjectType({ description: "A channel's results on a day (e.g. Instagram)." })
export class DigitalChannelReport {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'The channel, e.g. "LinkedIn".' }) channelName!: string;
  @Field(() => Int, { description: "Visits." }) visits!: number;
  @Field(() => Int, { description: "Leads." }) leads!: number;
  @Field(() => Int, { description: "Conversions." }) conversions!: number;
  @Field(() => DecimalScalar, { description: "Spend." }) cost!: unknown;
  @Field(() => DateScalar, { description: "The day reported." }) reportDate!: Date;
}

@ObjectType({ description: "A content piece and what it drew." })
export class ContentPiece {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "Its title." }) title!: string;
  @Field(() => ContentType, { description: "What it is." }) contentType!: string;
  @Field(() => DateScalar, { ...opt, description: "When it went out." }) publishDate!: Date | null;
  @Field(() => Int, { description: "Times seen." }) impressions!: number;
  @Field(() => Int, { description: "Leads it produced." }) leadsGenerated!: number;
  campaignId!: string | null;
}

@ObjectType({
  description: "Conversions credited to a channel on a day: first touch, last touch, assisted.",
})
export class MarketingAttribution {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "The channel." }) channel!: string;
  @Field(() => Int, { description: "Conversions whose first touch was this channel." })
  firstTouchConversions!: number;
  @Field(() => Int, { description: "Conversions whose last touch was this channel." })
  lastTouchConversions!: number;
  @Field(() => Int, { description: "Conversions it assisted in between." })
  assistedConversions!: number;
  @Field(() => DateScalar, { description: "The day reported." }) reportDate!: Date;
}

@ObjectType({
  description:
    "A campaign's leads, cost, cost per lead, revenue and ROI (view v_marketing_overview).",
})
export class MarketingOverviewRow {
  @Field(() => ID, { description: "The campaign's id." }) campaignId!: string;
  @Field(() => String, { description: "The campaign's name." }) name!: string;
  @Field(() => Int, { description: "Event leads + SEO/SEM conversions + content leads." })
  leads!: number;
  @Field(() => DecimalScalar, { description: "Event and SEO/SEM spend." }) cost!: unknown;
  @Field(() => DecimalScalar, { ...opt, description: "Cost per lead (null without leads)." })
  costPerLead!: unknown;
  @Field(() => DecimalScalar, { description: "Expected value of the won sales leads it brought." })
  revenue!: unknown;
  @Field(() => Float, { ...opt, description: "(revenue − cost) / cost (null without cost)." })
  roi!: number | null;
}
