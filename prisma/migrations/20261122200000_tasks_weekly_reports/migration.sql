-- Seed 002: tasks with rollover, staff weekly reports, and once-per-period scheduled runs.
-- CreateEnum
CREATE TYPE "task_priority" AS ENUM ('low', 'medium', 'high', 'urgent');

-- CreateEnum
CREATE TYPE "task_status" AS ENUM ('pending', 'in_progress', 'completed', 'cancelled', 'rolled_over');

-- CreateTable
CREATE TABLE "tasks" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "staff_id" UUID NOT NULL,
    "opportunity_id" UUID,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "priority" "task_priority" NOT NULL DEFAULT 'medium',
    "status" "task_status" NOT NULL DEFAULT 'pending',
    "due_date" DATE,
    "completed_at" TIMESTAMPTZ(6),
    "rolled_over_from_id" UUID,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tasks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "weekly_reports" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "staff_id" UUID NOT NULL,
    "week_ending" DATE NOT NULL,
    "accomplishments" JSONB NOT NULL DEFAULT '[]',
    "upcoming_tasks" JSONB NOT NULL DEFAULT '[]',
    "blockers" JSONB NOT NULL DEFAULT '[]',
    "kpi_data" JSONB NOT NULL DEFAULT '{}',
    "submitted_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "weekly_reports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "scheduled_runs" (
    "organization_id" UUID NOT NULL,
    "job" TEXT NOT NULL,
    "period_key" TEXT NOT NULL,
    "ran_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "result" JSONB,

    CONSTRAINT "scheduled_runs_pkey" PRIMARY KEY ("organization_id","job","period_key")
);

-- CreateIndex
CREATE UNIQUE INDEX "tasks_rolled_over_from_id_key" ON "tasks"("rolled_over_from_id");

-- CreateIndex
CREATE INDEX "idx_tasks_staff_status" ON "tasks"("staff_id", "status");

-- CreateIndex
CREATE INDEX "idx_tasks_org_due" ON "tasks"("organization_id", "due_date");

-- CreateIndex
CREATE UNIQUE INDEX "weekly_reports_organization_id_staff_id_week_ending_key" ON "weekly_reports"("organization_id", "staff_id", "week_ending");

-- AddForeignKey
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_opportunity_id_fkey" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_rolled_over_from_id_fkey" FOREIGN KEY ("rolled_over_from_id") REFERENCES "tasks"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "weekly_reports" ADD CONSTRAINT "weekly_reports_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "weekly_reports" ADD CONSTRAINT "weekly_reports_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "scheduled_runs" ADD CONSTRAINT "scheduled_runs_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "tasks"
  ADD CONSTRAINT "tasks_title_check" CHECK (length(btrim("title")) > 0),
  ADD CONSTRAINT "tasks_not_own_rollover_check" CHECK ("rolled_over_from_id" IS DISTINCT FROM "id"),
  ADD CONSTRAINT "tasks_completed_at_check" CHECK (("status" = 'completed') = ("completed_at" IS NOT NULL));
ALTER TABLE "weekly_reports"
  ADD CONSTRAINT "weekly_reports_lists_check" CHECK (jsonb_typeof("accomplishments") = 'array' AND jsonb_typeof("upcoming_tasks") = 'array'
    AND jsonb_typeof("blockers") = 'array' AND jsonb_typeof("kpi_data") = 'object');

CREATE TRIGGER "touch_tasks_updated_at" BEFORE UPDATE ON "tasks" FOR EACH ROW EXECUTE FUNCTION "hub_touch_updated_at"();
CREATE TRIGGER "touch_weekly_reports_updated_at" BEFORE UPDATE ON "weekly_reports" FOR EACH ROW EXECUTE FUNCTION "hub_touch_updated_at"();
CREATE TRIGGER "audit_tasks" AFTER INSERT OR UPDATE OR DELETE ON "tasks" FOR EACH ROW EXECUTE FUNCTION "hub_audit"();
CREATE TRIGGER "audit_weekly_reports" AFTER INSERT OR UPDATE OR DELETE ON "weekly_reports" FOR EACH ROW EXECUTE FUNCTION "hub_audit"();

-- Tasks and weekly reports belong to a staff member: the organization's rows, and a person
-- without the team-wide permission (resolvers: tasks:read_all) sees their own.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['tasks', 'weekly_reports', 'scheduled_runs'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (NOT "hub_is_app"() OR "organization_id" = "hub_org"()) '
                   'WITH CHECK (NOT "hub_is_app"() OR "organization_id" = "hub_org"())', t);
  END LOOP;
END $$;

INSERT INTO "permissions" ("name", "description") VALUES
  ('tasks:read_all', 'See everyone''s tasks and weekly reports (everyone sees their own)'),
  ('tasks:manage', 'Create tasks for others, and roll unfinished tasks over');
CREATE OR REPLACE FUNCTION "hub_install_default_roles"(p_org uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  readers text[] := ARRAY['partners:read', 'staff:read', 'contacts:read'];
  all_reads text[] := ARRAY['partners:read', 'partners:read_all', 'staff:read', 'contacts:read', 'settings:read',
                            'pipeline:read', 'training:read_all', 'pto:read_all', 'opportunities:read', 'tasks:read_all'];
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

-- Existing organizations get the new grants only.
INSERT INTO "role_permissions" ("organization_id", "role_id", "permission_id")
SELECT ro."organization_id", ro."id", pe."id"
FROM "roles" ro JOIN "permissions" pe ON pe."name" IN ('tasks:read_all', 'tasks:manage')
WHERE ro."is_system" AND ro."name" IN ('admin', 'operations')
ON CONFLICT DO NOTHING;
INSERT INTO "role_permissions" ("organization_id", "role_id", "permission_id")
SELECT ro."organization_id", ro."id", pe."id"
FROM "roles" ro JOIN "permissions" pe ON pe."name" = 'tasks:read_all'
WHERE ro."is_system" AND ro."name" IN ('finance', 'analyst', 'service_readonly')
ON CONFLICT DO NOTHING;
