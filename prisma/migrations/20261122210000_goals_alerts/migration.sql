-- Seed 002: quarterly goals, alerts raised by rules, and daily partner health scores (for drops).

-- CreateEnum
CREATE TYPE "alert_status" AS ENUM ('open', 'acknowledged', 'resolved');

-- CreateEnum
CREATE TYPE "alert_severity" AS ENUM ('info', 'warning', 'critical');

-- CreateTable
CREATE TABLE "quarterly_goals" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "staff_id" UUID,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "goal_type" TEXT NOT NULL,
    "target_value" DECIMAL(15,2) NOT NULL,
    "currency" CHAR(3) NOT NULL DEFAULT 'USD',
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "quarterly_goals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "alerts" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "rule" TEXT NOT NULL,
    "severity" "alert_severity" NOT NULL DEFAULT 'warning',
    "subject_type" TEXT NOT NULL,
    "subject_id" UUID NOT NULL,
    "partner_id" UUID,
    "staff_id" UUID,
    "title" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "details" JSONB NOT NULL DEFAULT '{}',
    "status" "alert_status" NOT NULL DEFAULT 'open',
    "acknowledged_by" UUID,
    "acknowledged_at" TIMESTAMPTZ(6),
    "resolved_by" UUID,
    "resolved_at" TIMESTAMPTZ(6),
    "resolution" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "alerts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "partner_health_scores" (
    "partner_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "organization_id" UUID NOT NULL,
    "score" INTEGER NOT NULL,

    CONSTRAINT "partner_health_scores_pkey" PRIMARY KEY ("partner_id","day")
);

-- CreateIndex
CREATE INDEX "idx_quarterly_goals_period" ON "quarterly_goals"("organization_id", "year", "quarter");

-- CreateIndex
CREATE INDEX "idx_alerts_org_status" ON "alerts"("organization_id", "status", "created_at");

-- CreateIndex
CREATE INDEX "idx_alerts_partner" ON "alerts"("partner_id");

-- AddForeignKey
ALTER TABLE "quarterly_goals" ADD CONSTRAINT "quarterly_goals_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quarterly_goals" ADD CONSTRAINT "quarterly_goals_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partner_health_scores" ADD CONSTRAINT "partner_health_scores_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partner_health_scores" ADD CONSTRAINT "partner_health_scores_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- One goal per owner (the organization when staff_id is null), quarter and type.
CREATE UNIQUE INDEX "quarterly_goals_staff_period_type_key" ON "quarterly_goals"("organization_id", "staff_id", "year", "quarter", "goal_type") WHERE "staff_id" IS NOT NULL;
CREATE UNIQUE INDEX "quarterly_goals_org_period_type_key" ON "quarterly_goals"("organization_id", "year", "quarter", "goal_type") WHERE "staff_id" IS NULL;
ALTER TABLE "quarterly_goals"
  ADD CONSTRAINT "quarterly_goals_quarter_check" CHECK ("quarter" BETWEEN 1 AND 4),
  ADD CONSTRAINT "quarterly_goals_year_check" CHECK ("year" BETWEEN 2000 AND 2200),
  ADD CONSTRAINT "quarterly_goals_type_check" CHECK ("goal_type" IN ('revenue', 'opportunities', 'active_partners')),
  ADD CONSTRAINT "quarterly_goals_target_check" CHECK ("target_value" > 0),
  ADD CONSTRAINT "quarterly_goals_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$');

-- No duplicates while one is open: one alert per rule and subject until it is resolved.
CREATE UNIQUE INDEX "alerts_unresolved_key" ON "alerts"("organization_id", "rule", "subject_id") WHERE "status" <> 'resolved';
ALTER TABLE "alerts"
  ADD CONSTRAINT "alerts_rule_check" CHECK ("rule" IN ('partner_at_risk', 'missing_weekly_status', 'opportunity_overdue', 'goal_behind', 'health_drop')),
  ADD CONSTRAINT "alerts_subject_type_check" CHECK ("subject_type" IN ('partner', 'opportunity', 'goal')),
  ADD CONSTRAINT "alerts_acknowledged_check" CHECK (("status" = 'open') = ("acknowledged_at" IS NULL) OR "status" = 'resolved'),
  ADD CONSTRAINT "alerts_resolved_check" CHECK (("status" = 'resolved') = ("resolved_at" IS NOT NULL));
ALTER TABLE "partner_health_scores" ADD CONSTRAINT "partner_health_scores_score_check" CHECK ("score" BETWEEN 0 AND 100);

CREATE TRIGGER "touch_quarterly_goals_updated_at" BEFORE UPDATE ON "quarterly_goals" FOR EACH ROW EXECUTE FUNCTION "hub_touch_updated_at"();
CREATE TRIGGER "touch_alerts_updated_at" BEFORE UPDATE ON "alerts" FOR EACH ROW EXECUTE FUNCTION "hub_touch_updated_at"();
CREATE TRIGGER "audit_quarterly_goals" AFTER INSERT OR UPDATE OR DELETE ON "quarterly_goals" FOR EACH ROW EXECUTE FUNCTION "hub_audit"();
CREATE TRIGGER "audit_alerts" AFTER INSERT OR UPDATE OR DELETE ON "alerts" FOR EACH ROW EXECUTE FUNCTION "hub_audit"();

-- One way to put a new table under tenant isolation, for this and later migrations.
CREATE FUNCTION "hub_isolate_tenant"(p_table text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', p_table);
  EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', p_table);
  EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (NOT "hub_is_app"() OR "organization_id" = "hub_org"()) '
                 'WITH CHECK (NOT "hub_is_app"() OR "organization_id" = "hub_org"())', p_table);
END $$;
SELECT "hub_isolate_tenant"(t) FROM unnest(ARRAY['quarterly_goals', 'alerts', 'partner_health_scores']) AS t;

-- Alerts and scores about a partner are seen by those who may see the partner.
CREATE POLICY partner_assignment ON "alerts" AS RESTRICTIVE
  USING (NOT "hub_is_app"() OR "partner_id" IS NULL OR "hub_may_see_partner"("partner_id"))
  WITH CHECK (NOT "hub_is_app"() OR "partner_id" IS NULL OR "hub_may_see_partner"("partner_id"));
CREATE POLICY partner_assignment ON "partner_health_scores" AS RESTRICTIVE
  USING (NOT "hub_is_app"() OR "hub_may_see_partner"("partner_id"))
  WITH CHECK (NOT "hub_is_app"() OR "hub_may_see_partner"("partner_id"));

-- admin and operations take every new permission by default (hub_install_default_roles).
INSERT INTO "permissions" ("name", "description") VALUES
  ('goals:manage', 'Set and remove quarterly goals (everyone sees the organization''s goals and their own)'),
  ('alerts:manage', 'Run the alert rules now, and see alerts about everyone''s goals');
INSERT INTO "role_permissions" ("organization_id", "role_id", "permission_id")
SELECT ro."organization_id", ro."id", pe."id"
FROM "roles" ro JOIN "permissions" pe ON pe."name" IN ('goals:manage', 'alerts:manage')
WHERE ro."is_system" AND ro."name" IN ('admin', 'operations')
ON CONFLICT DO NOTHING;
