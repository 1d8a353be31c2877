-- Seed 002: partner interactions (meetings, calls, emails, events), which feed relationship health.
-- CreateEnum
CREATE TYPE "interaction_type" AS ENUM ('meeting', 'call', 'email', 'event');

-- CreateTable
CREATE TABLE "partner_interactions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "partner_id" UUID NOT NULL,
    "staff_id" UUID,
    "interaction_type" "interaction_type" NOT NULL,
    "description" TEXT,
    "interaction_date" TIMESTAMPTZ(6) NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "partner_interactions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_partner_interactions_partner_date" ON "partner_interactions"("partner_id", "interaction_date");

-- AddForeignKey
ALTER TABLE "partner_interactions" ADD CONSTRAINT "partner_interactions_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partner_interactions" ADD CONSTRAINT "partner_interactions_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partner_interactions" ADD CONSTRAINT "partner_interactions_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TRIGGER "touch_partner_interactions_updated_at" BEFORE UPDATE ON "partner_interactions" FOR EACH ROW EXECUTE FUNCTION "hub_touch_updated_at"();
CREATE TRIGGER "audit_partner_interactions" AFTER INSERT OR UPDATE OR DELETE ON "partner_interactions" FOR EACH ROW EXECUTE FUNCTION "hub_audit"();

ALTER TABLE "partner_interactions" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "partner_interactions" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "partner_interactions"
  USING (NOT "hub_is_app"() OR "organization_id" = "hub_org"()) WITH CHECK (NOT "hub_is_app"() OR "organization_id" = "hub_org"());
CREATE POLICY partner_assignment ON "partner_interactions" AS RESTRICTIVE
  USING (NOT "hub_is_app"() OR "hub_may_see_partner"("partner_id")) WITH CHECK (NOT "hub_is_app"() OR "hub_may_see_partner"("partner_id"));

INSERT INTO "permissions" ("name", "description") VALUES
  ('interactions:write', 'Log meetings, calls, emails and events with partners (of the partners one may see)');

CREATE OR REPLACE FUNCTION "hub_install_default_roles"(p_org uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  readers text[] := ARRAY['partners:read', 'staff:read', 'contacts:read'];
  all_reads text[] := ARRAY['partners:read', 'partners:read_all', 'staff:read', 'contacts:read', 'settings:read',
                            'pipeline:read', 'training:read_all', 'pto:read_all', 'opportunities:read'];
  partner_facing text[] := readers || ARRAY['asins:write', 'sheets:write', 'opportunities:read', 'interactions:write'];
  defaults jsonb := jsonb_build_object(
    'admin', (SELECT jsonb_agg("name") FROM "permissions"),
    'operations', (SELECT jsonb_agg("name") FROM "permissions" WHERE "name" NOT IN ('partners:financials', 'access:manage')),
    'finance', to_jsonb(all_reads || ARRAY['partners:financials', 'audit:read']),
    'pod_leader', to_jsonb(partner_facing || ARRAY['statuses:write', 'opportunities:write']),
    'ppc_manager', to_jsonb(partner_facing),
    'brand_manager', to_jsonb(partner_facing),
    'conversion_strategist', to_jsonb(partner_facing),
    'graphic_designer', to_jsonb(partner_facing),
    'sales_executive', to_jsonb(readers || ARRAY['opportunities:read', 'opportunities:write', 'interactions:write']),
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



INSERT INTO "role_permissions" ("organization_id", "role_id", "permission_id")
SELECT ro."organization_id", ro."id", pe."id"
FROM "roles" ro JOIN "permissions" pe ON pe."name" = 'interactions:write'
WHERE ro."is_system" AND ro."name" IN ('admin', 'operations', 'pod_leader', 'ppc_manager', 'brand_manager', 'conversion_strategist',
  'graphic_designer', 'sales_executive')
ON CONFLICT DO NOTHING;
