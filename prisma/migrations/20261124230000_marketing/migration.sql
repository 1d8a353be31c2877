-- Seed 001, marketing: campaigns and what they produced (offline events, SEO/SEM keywords,
-- content pieces), website analytics, channel reports and first/last/assisted attribution.
-- Sales leads name the campaign they came from, which gives campaigns a return.
-- CreateEnum
CREATE TYPE "campaign_type" AS ENUM ('offline', 'online');

-- CreateEnum
CREATE TYPE "campaign_status" AS ENUM ('planned', 'active', 'completed', 'cancelled');

-- AlterTable
ALTER TABLE "sales_leads" ADD COLUMN     "campaign_id" UUID;

-- CreateTable
CREATE TABLE "marketing_campaigns" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "campaign_type" "campaign_type" NOT NULL,
    "budget" DECIMAL(14,2),
    "start_date" DATE,
    "end_date" DATE,
    "status" "campaign_status" NOT NULL DEFAULT 'planned',
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "marketing_campaigns_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "offline_events" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "event_name" TEXT NOT NULL,
    "location" TEXT,
    "event_date" DATE NOT NULL,
    "attendees" INTEGER NOT NULL DEFAULT 0,
    "leads_generated" INTEGER NOT NULL DEFAULT 0,
    "cost" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "notes" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "offline_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "seo_sem_campaigns" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "keyword" TEXT NOT NULL,
    "impressions" INTEGER NOT NULL DEFAULT 0,
    "clicks" INTEGER NOT NULL DEFAULT 0,
    "conversions" INTEGER NOT NULL DEFAULT 0,
    "cost" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "start_date" DATE,
    "end_date" DATE,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "seo_sem_campaigns_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "website_analytics" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "pageviews" INTEGER NOT NULL DEFAULT 0,
    "sessions" INTEGER NOT NULL DEFAULT 0,
    "users" INTEGER NOT NULL DEFAULT 0,
    "bounce_rate" DECIMAL(5,4) NOT NULL DEFAULT 0,
    "avg_session_duration" DECIMAL(10,2) NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "website_analytics_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "digital_channels" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "channel_name" TEXT NOT NULL,
    "visits" INTEGER NOT NULL DEFAULT 0,
    "leads" INTEGER NOT NULL DEFAULT 0,
    "conversions" INTEGER NOT NULL DEFAULT 0,
    "cost" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "report_date" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "digital_channels_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "content_pieces" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "campaign_id" UUID,
    "title" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "publish_date" DATE,
    "impressions" INTEGER NOT NULL DEFAULT 0,
    "leads_generated" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "content_pieces_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "marketing_attribution" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "channel" TEXT NOT NULL,
    "first_touch_conversions" INTEGER NOT NULL DEFAULT 0,
    "last_touch_conversions" INTEGER NOT NULL DEFAULT 0,
    "assisted_conversions" INTEGER NOT NULL DEFAULT 0,
    "report_date" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "marketing_attribution_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "marketing_campaigns_organization_id_name_key" ON "marketing_campaigns"("organization_id", "name");

-- CreateIndex
CREATE INDEX "idx_offline_events_campaign" ON "offline_events"("campaign_id");

-- CreateIndex
CREATE INDEX "idx_seo_sem_campaigns_campaign" ON "seo_sem_campaigns"("campaign_id");

-- CreateIndex
CREATE UNIQUE INDEX "website_analytics_organization_id_date_key" ON "website_analytics"("organization_id", "date");

-- CreateIndex
CREATE UNIQUE INDEX "digital_channels_organization_id_channel_name_report_date_key" ON "digital_channels"("organization_id", "channel_name", "report_date");

-- CreateIndex
CREATE UNIQUE INDEX "marketing_attribution_organization_id_channel_report_date_key" ON "marketing_attribution"("organization_id", "channel", "report_date");

-- AddForeignKey
ALTER TABLE "sales_leads" ADD CONSTRAINT "sales_leads_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "marketing_campaigns"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "marketing_campaigns" ADD CONSTRAINT "marketing_campaigns_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "offline_events" ADD CONSTRAINT "offline_events_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "offline_events" ADD CONSTRAINT "offline_events_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "marketing_campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "seo_sem_campaigns" ADD CONSTRAINT "seo_sem_campaigns_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "seo_sem_campaigns" ADD CONSTRAINT "seo_sem_campaigns_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "marketing_campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "website_analytics" ADD CONSTRAINT "website_analytics_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "digital_channels" ADD CONSTRAINT "digital_channels_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "content_pieces" ADD CONSTRAINT "content_pieces_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "content_pieces" ADD CONSTRAINT "content_pieces_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "marketing_campaigns"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "marketing_attribution" ADD CONSTRAINT "marketing_attribution_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;


ALTER TABLE "marketing_campaigns" ADD CONSTRAINT "marketing_campaigns_name_check" CHECK (length(btrim("name")) > 0),
  ADD CONSTRAINT "marketing_campaigns_budget_check" CHECK ("budget" IS NULL OR "budget" >= 0),
  ADD CONSTRAINT "marketing_campaigns_dates_check" CHECK ("end_date" IS NULL OR "start_date" IS NULL OR "end_date" >= "start_date");
ALTER TABLE "offline_events" ADD CONSTRAINT "offline_events_counts_check" CHECK ("attendees" >= 0 AND "leads_generated" >= 0 AND "cost" >= 0);
ALTER TABLE "seo_sem_campaigns" ADD CONSTRAINT "seo_sem_campaigns_counts_check" CHECK ("impressions" >= 0 AND "clicks" >= 0 AND "conversions" >= 0 AND "cost" >= 0
  AND "clicks" <= "impressions" AND "conversions" <= "clicks");
ALTER TABLE "website_analytics" ADD CONSTRAINT "website_analytics_counts_check" CHECK ("pageviews" >= 0 AND "sessions" >= 0 AND "users" >= 0
  AND "bounce_rate" BETWEEN 0 AND 1 AND "avg_session_duration" >= 0);
ALTER TABLE "digital_channels" ADD CONSTRAINT "digital_channels_counts_check" CHECK ("visits" >= 0 AND "leads" >= 0 AND "conversions" >= 0 AND "cost" >= 0);
ALTER TABLE "content_pieces" ADD CONSTRAINT "content_pieces_type_check" CHECK ("content_type" IN ('blog', 'video', 'infographic', 'email', 'social', 'podcast', 'other')),
  ADD CONSTRAINT "content_pieces_counts_check" CHECK ("impressions" >= 0 AND "leads_generated" >= 0);
ALTER TABLE "marketing_attribution" ADD CONSTRAINT "marketing_attribution_counts_check" CHECK ("first_touch_conversions" >= 0 AND "last_touch_conversions" >= 0 AND "assisted_conversions" >= 0);

CREATE TRIGGER "touch_marketing_campaigns_updated_at" BEFORE UPDATE ON "marketing_campaigns" FOR EACH ROW EXECUTE FUNCTION "hub_touch_updated_at"();
CREATE TRIGGER "touch_offline_events_updated_at" BEFORE UPDATE ON "offline_events" FOR EACH ROW EXECUTE FUNCTION "hub_touch_updated_at"();
CREATE TRIGGER "audit_marketing_campaigns" AFTER INSERT OR UPDATE OR DELETE ON "marketing_campaigns" FOR EACH ROW EXECUTE FUNCTION "hub_audit"();
SELECT "hub_tenant_isolation"('marketing_campaigns', 'offline_events', 'seo_sem_campaigns', 'website_analytics', 'digital_channels', 'content_pieces', 'marketing_attribution');

-- Per campaign: leads (event leads + SEO/SEM conversions + content leads), cost (event and
-- SEO/SEM spend), cost per lead, revenue (expected value of the won sales leads it brought)
-- and ROI = (revenue - cost) / cost.
CREATE VIEW "v_marketing_overview" WITH (security_invoker = true) AS
SELECT c."organization_id", c."id" AS "campaign_id", c."name", c."campaign_type", c."status", c."budget",
       x."leads", x."cost",
       round(x."cost" / nullif(x."leads", 0), 2) AS "cost_per_lead",
       x."revenue",
       round((x."revenue" - x."cost") / nullif(x."cost", 0), 4) AS "roi"
FROM "marketing_campaigns" c
CROSS JOIN LATERAL (
  SELECT coalesce((SELECT sum(e."leads_generated") FROM "offline_events" e WHERE e."campaign_id" = c."id"), 0)
       + coalesce((SELECT sum(s."conversions") FROM "seo_sem_campaigns" s WHERE s."campaign_id" = c."id"), 0)
       + coalesce((SELECT sum(p."leads_generated") FROM "content_pieces" p WHERE p."campaign_id" = c."id"), 0) AS "leads",
         coalesce((SELECT sum(e."cost") FROM "offline_events" e WHERE e."campaign_id" = c."id"), 0)
       + coalesce((SELECT sum(s."cost") FROM "seo_sem_campaigns" s WHERE s."campaign_id" = c."id"), 0) AS "cost",
         coalesce((SELECT sum(l."expected_value") FROM "sales_leads" l WHERE l."campaign_id" = c."id" AND l."status" = 'won'), 0) AS "revenue"
) x;

INSERT INTO "permissions" ("name", "description") VALUES
  ('marketing:read', 'See campaigns, events, SEO/SEM, content, analytics, channels and attribution'),
  ('marketing:write', 'Record campaigns and their results');
INSERT INTO "default_role_permissions" ("role", "permission") VALUES
  ('marketing', 'marketing:read'), ('marketing', 'marketing:write'), ('operations', 'marketing:read'), ('operations', 'marketing:write'),
  ('sales_executive', 'marketing:read'), ('finance', 'marketing:read'), ('analyst', 'marketing:read'), ('service_readonly', 'marketing:read');
SELECT "hub_grant_to_existing"('marketing:read', 'marketing:write');
