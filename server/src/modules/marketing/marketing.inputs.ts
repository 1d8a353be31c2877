import { Field, Float, ID, InputType, Int } from "type-graphql";
import { DateScalar, DecimalScalar } from "../../graphql/scalars";
import { CampaignStatus, CampaignType, ContentType } from "./marketing.type";

const opt = { nullable: true };

@InputType({ description: "A campaign." })
export class CampaignInput {
  @Field(() => String, { description: "Its name." }) name!: string;
  @Field(() => CampaignType, { description: "OFFLINE or ONLINE." }) campaignType!: string;
  @Field(() => DecimalScalar, { ...opt, description: "Budget." }) budget?: unknown;
  @Field(() => DateScalar, { ...opt, description: "First day." }) startDate?: Date;
  @Field(() => DateScalar, { ...opt, description: "Last day." }) endDate?: Date;
  @Field(() => CampaignStatus, { ...opt, description: "Default PLANNED." }) status?: string;
}

@InputType({ description: "Changes to a campaign." })
export class UpdateCampaignInput {
  @Field(() => String, { ...opt, description: "Its name." }) name?: string;
  @Field(() => DecimalScalar, { ...opt, description: "Budget." }) budget?: unknown;
  @Field(() => DateScalar, { ...opt, description: "First day." }) startDate?: Date;
  @Field(() => DateScalar, { ...opt, description: "Last day." }) endDate?: Date;
  @Field(() => CampaignStatus, { ...opt, description: "Where it is." }) status?: string;
}

@InputType({ description: "An offline event's results." })
export class OfflineEventInput {
  @Field(() => ID, { description: "Its campaign." }) campaignId!: string;
  @Field(() => String, { description: "Its name." }) eventName!: string;
  @Field(() => String, { ...opt, description: "Where." }) location?: string;
  @Field(() => DateScalar, { description: "When." }) eventDate!: Date;
  @Field(() => Int, { ...opt, description: "People who came." }) attendees?: number;
  @Field(() => Int, { ...opt, description: "Leads it produced." }) leadsGenerated?: number;
  @Field(() => DecimalScalar, { ...opt, description: "What it cost." }) cost?: unknown;
  @Field(() => String, { ...opt, description: "Notes." }) notes?: string;
}

@InputType({ description: "A keyword's SEO/SEM results." })
export class SeoSemInput {
  @Field(() => ID, { description: "Its campaign." }) campaignId!: string;
  @Field(() => String, { description: "The keyword." }) keyword!: string;
  @Field(() => Int, { ...opt, description: "Times shown." }) impressions?: number;
  @Field(() => Int, { ...opt, description: "Clicks (at most impressions)." }) clicks?: number;
  @Field(() => Int, { ...opt, description: "Conversions (at most clicks)." }) conversions?: number;
  @Field(() => DecimalScalar, { ...opt, description: "Spend." }) cost?: unknown;
  @Field(() => DateScalar, { ...opt, description: "First day." }) startDate?: Date;
  @Field(() => DateScalar, { ...opt, description: "Last day." }) endDate?: Date;
}

@InputType({ description: "A day of website analytics (replaces that day's figures)." })
export class WebsiteAnalyticsInput {
  @Field(() => DateScalar, { description: "The day." }) date!: Date;
  @Field(() => Int, { description: "Pages viewed." }) pageviews!: number;
  @Field(() => Int, { description: "Sessions." }) sessions!: number;
  @Field(() => Int, { description: "Distinct users." }) users!: number;
  @Field(() => Float, { description: "Bounce rate, 0..1." }) bounceRate!: number;
  @Field(() => Float, { description: "Average session length in seconds." })
  avgSessionDuration!: number;
}

@InputType({
  description: "A channel's results on a day (replaces that channel's figures for the day).",
})
export class DigitalChannelInput {
  @Field(() => String, { description: "The channel." }) channelName!: string;
  @Field(() => DateScalar, { description: "The day." }) reportDate!: Date;
  @Field(() => Int, { ...opt, description: "Visits." }) visits?: number;
  @Field(() => Int, { ...opt, description: "Leads." }) leads?: number;
  @Field(() => Int, { ...opt, description: "Conversions." }) conversions?: number;
  @Field(() => DecimalScalar, { ...opt, description: "Spend." }) cost?: unknown;
}

@InputType({ description: "A content piece." })
export class ContentPieceInput {
  @Field(() => String, { description: "Its title." }) title!: string;
  @Field(() => ContentType, { description: "What it is." }) contentType!: string;
  @Field(() => ID, { ...opt, description: "Its campaign." }) campaignId?: string;
  @Field(() => DateScalar, { ...opt, description: "When it went out." }) publishDate?: Date;
  @Field(() => Int, { ...opt, description: "Times seen." }) impressions?: number;
  @Field(() => Int, { ...opt, description: "Leads it produced." }) leadsGenerated?: number;
}

@InputType({ description: "A channel's attributed conversions on a day (replaces that day's)." })
export class AttributionInput {
  @Field(() => String, { description: "The channel." }) channel!: string;
  @Field(() => DateScalar, { description: "The day." }) reportDate!: Date;
  @Field(() => Int, { ...opt, description: "First-touch conversions." })
  firstTouchConversions?: number;
  @Field(() => Int, { ...opt, description: "Last-touch conversions." })
  lastTouchConversions?: number;
  @Field(() => Int, { ...opt, description: "Assisted conversions." }) assistedConversions?: number;
}
