-- Seed 002: configurations, opportunities and their stage history; partners' domain and
-- commission structure.
-- CreateEnum
CREATE TYPE "configuration_data_type" AS ENUM ('string', 'number', 'boolean', 'object', 'array');

-- CreateEnum
CREATE TYPE "opportunity_status" AS ENUM ('open', 'won', 'lost');

-- AlterTable
ALTER TABLE "partners" ADD COLUMN     "commission_structure" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "domain" TEXT;

-- CreateTable
CREATE TABLE "configurations" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "category" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "default_value" JSONB,
    "data_type" "configuration_data_type" NOT NULL,
    "is_required" BOOLEAN NOT NULL DEFAULT false,
    "validation_rules" JSONB,
    "description" TEXT,
    "updated_by" UUID,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "configurations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "opportunities" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "partner_id" UUID NOT NULL,
    "assigned_staff_id" UUID,
    "customer_name" TEXT NOT NULL,
    "customer_contact" JSONB NOT NULL DEFAULT '{}',
    "deal_value" DECIMAL(15,2) NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "stage" TEXT NOT NULL,
    "probability" INTEGER NOT NULL DEFAULT 10,
    "expected_close_date" DATE NOT NULL,
    "actual_close_date" DATE,
    "commission_details" JSONB NOT NULL DEFAULT '{}',
    "notes" TEXT,
    "attachments" JSONB NOT NULL DEFAULT '[]',
    "status" "opportunity_status" NOT NULL DEFAULT 'open',
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "opportunities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "opportunity_stage_history" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "opportunity_id" UUID NOT NULL,
    "from_stage" TEXT,
    "to_stage" TEXT NOT NULL,
    "changed_by" UUID,
    "change_reason" TEXT,
    "changed_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "opportunity_stage_history_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_configurations_org_category" ON "configurations"("organization_id", "category");

-- CreateIndex
CREATE UNIQUE INDEX "configurations_organization_id_category_key_key" ON "configurations"("organization_id", "category", "key");

-- CreateIndex
CREATE INDEX "idx_opportunities_org_stage" ON "opportunities"("organization_id", "stage");

-- CreateIndex
CREATE INDEX "idx_opportunities_partner" ON "opportunities"("partner_id");

-- CreateIndex
CREATE INDEX "idx_opportunities_assigned_staff" ON "opportunities"("assigned_staff_id");

-- CreateIndex
CREATE INDEX "idx_opportunity_history_opportunity" ON "opportunity_stage_history"("opportunity_id");

-- AddForeignKey
ALTER TABLE "configurations" ADD CONSTRAINT "configurations_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "configurations" ADD CONSTRAINT "configurations_updated_by_fkey" FOREIGN KEY ("updated_by") REFERENCES "staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_assigned_staff_id_fkey" FOREIGN KEY ("assigned_staff_id") REFERENCES "staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "opportunity_stage_history" ADD CONSTRAINT "opportunity_stage_history_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "opportunity_stage_history" ADD CONSTRAINT "opportunity_stage_history_opportunity_id_fkey" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "opportunity_stage_history" ADD CONSTRAINT "opportunity_stage_history_changed_by_fkey" FOREIGN KEY ("changed_by") REFERENCES "staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ───────────── Rules the database keeps ─────────────

ALTER TABLE "opportunities"
  ADD CONSTRAINT "opportunities_deal_value_check" CHECK ("deal_value" >= 0),
  ADD CONSTRAINT "opportunities_probability_check" CHECK ("probability" BETWEEN 0 AND 100),
  ADD CONSTRAINT "opportunities_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
  ADD CONSTRAINT "opportunities_customer_name_check" CHECK (length(btrim("customer_name")) > 0),
  ADD CONSTRAINT "opportunities_close_after_create_check" CHECK ("actual_close_date" IS NULL OR "status" <> 'open');
ALTER TABLE "configurations"
  ADD CONSTRAINT "configurations_category_check" CHECK ("category" ~ '^[a-z][a-z0-9_]*$'),
  ADD CONSTRAINT "configurations_key_check" CHECK ("key" ~ '^[a-z][a-z0-9_]*$');

CREATE TRIGGER "touch_configurations_updated_at" BEFORE UPDATE ON "configurations" FOR EACH ROW EXECUTE FUNCTION "hub_touch_updated_at"();
CREATE TRIGGER "touch_opportunities_updated_at" BEFORE UPDATE ON "opportunities" FOR EACH ROW EXECUTE FUNCTION "hub_touch_updated_at"();
CREATE TRIGGER "audit_configurations" AFTER INSERT OR UPDATE OR DELETE ON "configurations" FOR EACH ROW EXECUTE FUNCTION "hub_audit"();
CREATE TRIGGER "audit_opportunities" AFTER INSERT OR UPDATE OR DELETE ON "opportunities" FOR EACH ROW EXECUTE FUNCTION "hub_audit"();

-- ───────────── Row-level security: the organization's rows; opportunities of visible partners ─────────────

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['configurations', 'opportunities', 'opportunity_stage_history'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (NOT "hub_is_app"() OR "organization_id" = "hub_org"()) '
                   'WITH CHECK (NOT "hub_is_app"() OR "organization_id" = "hub_org"())', t);
  END LOOP;
END $$;
CREATE POLICY partner_assignment ON "opportunities" AS RESTRICTIVE
  USING (NOT "hub_is_app"() OR "hub_may_see_partner"("partner_id"))
  WITH CHECK (NOT "hub_is_app"() OR "hub_may_see_partner"("partner_id"));
CREATE POLICY partner_assignment ON "opportunity_stage_history" AS RESTRICTIVE
  USING (NOT "hub_is_app"() OR EXISTS (SELECT 1 FROM "opportunities" o WHERE o."id" = "opportunity_id"))
  WITH CHECK (NOT "hub_is_app"() OR EXISTS (SELECT 1 FROM "opportunities" o WHERE o."id" = "opportunity_id"));

-- ───────────── Permissions for opportunities (configurations use settings:read / settings:write) ─────────────

INSERT INTO "permissions" ("name", "description") VALUES
  ('opportunities:read', 'See sales opportunities and their stage history (of the partners one may see)'),
  ('opportunities:write', 'Create, change and move opportunities through the pipeline');

CREATE OR REPLACE FUNCTION "hub_install_default_roles"(p_org uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  readers text[] := ARRAY['partners:read', 'staff:read', 'contacts:read'];
  all_reads text[] := ARRAY['partners:read', 'partners:read_all', 'staff:read', 'contacts:read', 'settings:read',
                            'pipeline:read', 'training:read_all', 'pto:read_all', 'opportunities:read'];
  partner_facing text[] := readers || ARRAY['asins:write', 'sheets:write', 'opportunities:read'];
  defaults jsonb := jsonb_build_object(
    'admin', (SELECT jsonb_agg("name") FROM "permissions"),
    'operations', (SELECT jsonb_agg("name") FROM "permissions" WHERE "name" NOT IN ('partners:financials', 'access:manage')),
    'finance', to_jsonb(all_reads || ARRAY['partners:financials', 'audit:read']),
    'pod_leader', to_jsonb(partner_facing || ARRAY['statuses:write', 'opportunities:write']),
    'ppc_manager', to_jsonb(partner_facing),
    'brand_manager', to_jsonb(partner_facing),
    'conversion_strategist', to_jsonb(partner_facing),
    'graphic_designer', to_jsonb(partner_facing),
    'sales_executive', to_jsonb(readers || ARRAY['opportunities:read', 'opportunities:write']),
    'marketing', to_jsonb(readers || ARRAY['partners:read_all', 'contacts:write', 'opportunities:read']),
    'analyst', to_jsonb(all_reads),
    'service_readonly', to_jsonb(all_reads),
    'service_pipeline', to_jsonb(ARRAY['partners:read', 'partners:read_all', 'staff:read', 'pipeline:read', 'pipeline:manage'])
  );
  r text;
BEGIN
  FOR r IN SELECT jsonb_object_keys(defaults) LOOP
    INSERT INTO "roles" ("organization_id", "name", "description", "is_system")
    VALUES (p_org, r, CASE WHEN r LIKE 'service_%' THEN 'Service role for API keys' ELSE 'Staff role' END, true)
    ON CONFLICT ("organization_id", "name") DO NOTHING;
    INSERT INTO "role_permissions" ("organization_id", "role_id", "permission_id")
    SELECT p_org, ro."id", pe."id"
    FROM "roles" ro JOIN "permissions" pe ON pe."name" IN (SELECT jsonb_array_elements_text(defaults -> r))
    WHERE ro."organization_id" = p_org AND ro."name" = r
    ON CONFLICT DO NOTHING;
  END LOOP;
END $$;


-- Existing organizations get the new grants only (grants an admin changed stay as they are).
INSERT INTO "role_permissions" ("organization_id", "role_id", "permission_id")
SELECT ro."organization_id", ro."id", pe."id"
FROM "roles" ro JOIN "permissions" pe ON pe."name" = 'opportunities:read'
WHERE ro."is_system" AND ro."name" IN ('admin', 'operations', 'finance', 'pod_leader', 'ppc_manager', 'brand_manager', 'conversion_strategist',
  'graphic_designer', 'sales_executive', 'marketing', 'analyst', 'service_readonly')
ON CONFLICT DO NOTHING;
INSERT INTO "role_permissions" ("organization_id", "role_id", "permission_id")
SELECT ro."organization_id", ro."id", pe."id"
FROM "roles" ro JOIN "permissions" pe ON pe."name" = 'opportunities:write'
WHERE ro."is_system" AND ro."name" IN ('admin', 'operations', 'pod_leader', 'sales_executive')
ON CONFLICT DO NOTHING;
