-- Seed 001, sales: leads moving through the organization's pipeline stages (the same
-- configuration, pipeline.stages, as opportunities), their activities (stage moves among
-- them), and the reasons taxonomy; converting a won lead creates its partner.
-- CreateEnum
CREATE TYPE "sales_lead_status" AS ENUM ('open', 'won', 'lost');

-- CreateTable
CREATE TABLE "sales_reasons" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sales_reasons_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sales_leads" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "owner_id" UUID,
    "company" TEXT NOT NULL,
    "contact_name" TEXT,
    "contact_email" TEXT,
    "stage" TEXT NOT NULL,
    "expected_value" DECIMAL(14,2),
    "status" "sales_lead_status" NOT NULL DEFAULT 'open',
    "lost_reason_id" UUID,
    "partner_id" UUID,
    "converted_at" TIMESTAMPTZ(6),
    "closed_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sales_leads_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sales_activities" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "lead_id" UUID NOT NULL,
    "staff_id" UUID,
    "activity_type" TEXT NOT NULL,
    "note" TEXT,
    "activity_date" DATE NOT NULL,
    "from_stage" TEXT,
    "to_stage" TEXT,
    "reason_id" UUID,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sales_activities_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "sales_reasons_organization_id_category_name_key" ON "sales_reasons"("organization_id", "category", "name");

-- CreateIndex
CREATE UNIQUE INDEX "sales_leads_partner_id_key" ON "sales_leads"("partner_id");

-- CreateIndex
CREATE INDEX "idx_sales_leads_owner" ON "sales_leads"("owner_id");

-- CreateIndex
CREATE INDEX "idx_sales_leads_org_stage" ON "sales_leads"("organization_id", "stage");

-- CreateIndex
CREATE INDEX "idx_sales_activities_lead" ON "sales_activities"("lead_id");

-- CreateIndex
CREATE INDEX "idx_sales_activities_staff_date" ON "sales_activities"("staff_id", "activity_date");

-- AddForeignKey
ALTER TABLE "sales_reasons" ADD CONSTRAINT "sales_reasons_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sales_leads" ADD CONSTRAINT "sales_leads_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sales_leads" ADD CONSTRAINT "sales_leads_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sales_leads" ADD CONSTRAINT "sales_leads_lost_reason_id_fkey" FOREIGN KEY ("lost_reason_id") REFERENCES "sales_reasons"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sales_leads" ADD CONSTRAINT "sales_leads_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sales_activities" ADD CONSTRAINT "sales_activities_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sales_activities" ADD CONSTRAINT "sales_activities_lead_id_fkey" FOREIGN KEY ("lead_id") REFERENCES "sales_leads"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sales_activities" ADD CONSTRAINT "sales_activities_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sales_activities" ADD CONSTRAINT "sales_activities_reason_id_fkey" FOREIGN KEY ("reason_id") REFERENCES "sales_reasons"("id") ON DELETE SET NULL ON UPDATE CASCADE;


ALTER TABLE "sales_leads" ADD CONSTRAINT "sales_leads_company_check" CHECK (length(btrim("company")) > 0),
  ADD CONSTRAINT "sales_leads_value_check" CHECK ("expected_value" IS NULL OR "expected_value" >= 0),
  ADD CONSTRAINT "sales_leads_closed_check" CHECK (("status" = 'open') = ("closed_at" IS NULL)),
  ADD CONSTRAINT "sales_leads_converted_check" CHECK (("partner_id" IS NULL) OR ("status" = 'won' AND "converted_at" IS NOT NULL));
ALTER TABLE "sales_reasons" ADD CONSTRAINT "sales_reasons_category_check" CHECK ("category" IN ('lost', 'stage_move')),
  ADD CONSTRAINT "sales_reasons_name_check" CHECK (length(btrim("name")) > 0);
ALTER TABLE "sales_activities" ADD CONSTRAINT "sales_activities_type_check" CHECK ("activity_type" IN ('call', 'email', 'meeting', 'demo', 'note', 'stage_change')),
  ADD CONSTRAINT "sales_activities_stage_change_check" CHECK (("activity_type" = 'stage_change') = ("to_stage" IS NOT NULL));

CREATE TRIGGER "touch_sales_leads_updated_at" BEFORE UPDATE ON "sales_leads" FOR EACH ROW EXECUTE FUNCTION "hub_touch_updated_at"();
CREATE TRIGGER "touch_sales_reasons_updated_at" BEFORE UPDATE ON "sales_reasons" FOR EACH ROW EXECUTE FUNCTION "hub_touch_updated_at"();
CREATE TRIGGER "audit_sales_leads" AFTER INSERT OR UPDATE OR DELETE ON "sales_leads" FOR EACH ROW EXECUTE FUNCTION "hub_audit"();
CREATE TRIGGER "audit_sales_activities" AFTER INSERT OR UPDATE OR DELETE ON "sales_activities" FOR EACH ROW EXECUTE FUNCTION "hub_audit"();
SELECT "hub_tenant_isolation"('sales_leads', 'sales_reasons', 'sales_activities');

-- Open leads per stage: how many, and their expected value.
CREATE VIEW "v_sales_pipeline_overview" WITH (security_invoker = true) AS
SELECT "organization_id", "stage", count(*)::int AS "leads", coalesce(sum("expected_value"), 0) AS "expected_value"
FROM "sales_leads" WHERE "status" = 'open' GROUP BY "organization_id", "stage";

-- Activities per lead owner (stage changes excluded): how many of each kind and the latest.
CREATE VIEW "v_sales_activity_summary" WITH (security_invoker = true) AS
SELECT a."organization_id", a."staff_id", count(*)::int AS "activities",
       count(*) FILTER (WHERE a."activity_type" = 'call')::int AS "calls",
       count(*) FILTER (WHERE a."activity_type" = 'email')::int AS "emails",
       count(*) FILTER (WHERE a."activity_type" IN ('meeting', 'demo'))::int AS "meetings",
       max(a."activity_date") AS "last_activity_date"
FROM "sales_activities" a WHERE a."activity_type" <> 'stage_change' AND a."staff_id" IS NOT NULL
GROUP BY a."organization_id", a."staff_id";

-- Every organization starts with a reasons taxonomy to edit.
CREATE FUNCTION "hub_install_sales_defaults"(p_org uuid) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "sales_reasons" ("organization_id", "category", "name") VALUES
    (p_org, 'lost', 'Price'), (p_org, 'lost', 'Chose a competitor'), (p_org, 'lost', 'Went in-house'), (p_org, 'lost', 'No budget'), (p_org, 'lost', 'No response'),
    (p_org, 'stage_move', 'Budget confirmed'), (p_org, 'stage_move', 'Decision maker engaged'), (p_org, 'stage_move', 'Proposal requested'), (p_org, 'stage_move', 'Stalled')
  ON CONFLICT DO NOTHING
$$;
CREATE TRIGGER "organizations_install_sales" AFTER INSERT ON "organizations" FOR EACH ROW EXECUTE FUNCTION "hub_organizations_install"('hub_install_sales_defaults');
SELECT "hub_install_sales_defaults"("id") FROM "organizations";

INSERT INTO "permissions" ("name", "description") VALUES
  ('leads:read', 'See every sales lead and its activities (owners see their own)'),
  ('leads:write', 'Create leads, log activities and move any lead');
INSERT INTO "default_role_permissions" ("role", "permission") VALUES
  ('operations', 'leads:read'), ('operations', 'leads:write'), ('sales_executive', 'leads:read'), ('sales_executive', 'leads:write'), ('marketing', 'leads:read'),
  ('finance', 'leads:read'), ('analyst', 'leads:read'), ('service_readonly', 'leads:read');
SELECT "hub_grant_to_existing"('leads:read', 'leads:write');
