-- Seed 001's KPI framework: kpi_metrics define KPIs whose calculation is one of the named
-- calculations below (the list is the whitelist: a CHECK refuses anything else, and the
-- calculations are SQL written here, never text from users). hub_kpi_value computes one over
-- a period; v_all_kpis lists every domain's KPIs with their value over the last 30 days.
-- CreateEnum
CREATE TYPE "kpi_domain" AS ENUM ('partners', 'sales', 'marketing', 'operations', 'finance');

-- CreateTable
CREATE TABLE "kpi_metrics" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "domain" "kpi_domain" NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "calculation" TEXT NOT NULL,
    "target_value" DECIMAL(14,4),
    "lower_is_better" BOOLEAN NOT NULL DEFAULT false,
    "unit" TEXT NOT NULL DEFAULT 'count',
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "kpi_metrics_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "kpi_metrics_organization_id_name_key" ON "kpi_metrics"("organization_id", "name");

-- AddForeignKey
ALTER TABLE "kpi_metrics" ADD CONSTRAINT "kpi_metrics_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;


ALTER TABLE "kpi_metrics" ADD CONSTRAINT "kpi_metrics_calculation_check" CHECK ("calculation" IN ('partners.at_risk_share', 'partners.weekly_status_coverage', 'sales.won_value', 'sales.win_rate', 'marketing.leads_generated', 'marketing.cost_per_lead', 'marketing.website_sessions', 'operations.tickets_closed', 'operations.avg_resolution_hours', 'operations.sla_breach_rate', 'finance.invoiced', 'finance.collected', 'finance.collection_rate', 'finance.overdue_receivables')),
  ADD CONSTRAINT "kpi_metrics_domain_check" CHECK (split_part("calculation", '.', 1) = "domain"::text),
  ADD CONSTRAINT "kpi_metrics_name_check" CHECK (length(btrim("name")) > 0);
CREATE TRIGGER "touch_kpi_metrics_updated_at" BEFORE UPDATE ON "kpi_metrics" FOR EACH ROW EXECUTE FUNCTION "hub_touch_updated_at"();
CREATE TRIGGER "audit_kpi_metrics" AFTER INSERT OR UPDATE OR DELETE ON "kpi_metrics" FOR EACH ROW EXECUTE FUNCTION "hub_audit"();
SELECT "hub_tenant_isolation"('kpi_metrics');

-- One calculation for one organization over p_from..p_to (days, inclusive). Shares are 0..1;
-- null when there is nothing to measure (no tickets closed, nothing invoiced).
CREATE FUNCTION "hub_kpi_value"(p_org uuid, p_calc text, p_from date, p_to date) RETURNS numeric LANGUAGE plpgsql STABLE AS $$
DECLARE
  v numeric;
  t_from timestamptz := p_from::timestamptz;
  t_to timestamptz := (p_to + 1)::timestamptz;
BEGIN
  CASE p_calc
  WHEN 'partners.at_risk_share' THEN
    SELECT avg(CASE WHEN w."status" = 'at_risk' THEN 1 ELSE 0 END) INTO v FROM "weekly_statuses" w
    WHERE w."organization_id" = p_org AND w."week_start_date" BETWEEN p_from AND p_to;
  WHEN 'partners.weekly_status_coverage' THEN
    SELECT count(w."id")::numeric / nullif((SELECT count(*) FROM "partners" p WHERE p."organization_id" = p_org AND p."deleted_at" IS NULL AND p."status" <> 'churned')
             * (SELECT count(*) FROM generate_series(date_trunc('week', p_from::timestamp), p_to::timestamp, interval '1 week') g WHERE g::date >= p_from), 0)
    INTO v FROM "weekly_statuses" w JOIN "partners" p ON p."id" = w."partner_id" AND p."status" <> 'churned' AND p."deleted_at" IS NULL
    WHERE w."organization_id" = p_org AND w."week_start_date" BETWEEN p_from AND p_to;
  WHEN 'sales.won_value' THEN
    SELECT coalesce(sum(o."deal_value"), 0) INTO v FROM "opportunities" o
    WHERE o."organization_id" = p_org AND o."status" = 'won' AND o."actual_close_date" BETWEEN p_from AND p_to;
  WHEN 'sales.win_rate' THEN
    SELECT avg(CASE WHEN o."status" = 'won' THEN 1 ELSE 0 END) INTO v FROM "opportunities" o
    WHERE o."organization_id" = p_org AND o."status" IN ('won', 'lost') AND o."actual_close_date" BETWEEN p_from AND p_to;
  -- Marketing (its tables come in a later migration; PL/pgSQL resolves them when run).
  WHEN 'marketing.leads_generated' THEN
    SELECT coalesce((SELECT sum(e."leads_generated") FROM "offline_events" e WHERE e."organization_id" = p_org AND e."event_date" BETWEEN p_from AND p_to), 0)
         + coalesce((SELECT sum(c."leads_generated") FROM "content_pieces" c WHERE c."organization_id" = p_org AND c."publish_date" BETWEEN p_from AND p_to), 0)
         + coalesce((SELECT sum(s."conversions") FROM "seo_sem_campaigns" s WHERE s."organization_id" = p_org AND s."start_date" BETWEEN p_from AND p_to), 0)
         + coalesce((SELECT sum(d."leads") FROM "digital_channels" d WHERE d."organization_id" = p_org AND d."report_date" BETWEEN p_from AND p_to), 0) INTO v;
  WHEN 'marketing.cost_per_lead' THEN
    SELECT (coalesce((SELECT sum(e."cost") FROM "offline_events" e WHERE e."organization_id" = p_org AND e."event_date" BETWEEN p_from AND p_to), 0)
          + coalesce((SELECT sum(s."cost") FROM "seo_sem_campaigns" s WHERE s."organization_id" = p_org AND s."start_date" BETWEEN p_from AND p_to), 0)
          + coalesce((SELECT sum(d."cost") FROM "digital_channels" d WHERE d."organization_id" = p_org AND d."report_date" BETWEEN p_from AND p_to), 0))
         / nullif("hub_kpi_value"(p_org, 'marketing.leads_generated', p_from, p_to), 0) INTO v;
  WHEN 'marketing.website_sessions' THEN
    SELECT coalesce(sum(w."sessions"), 0) INTO v FROM "website_analytics" w WHERE w."organization_id" = p_org AND w."date" BETWEEN p_from AND p_to;
  WHEN 'operations.tickets_closed' THEN
    SELECT count(*) INTO v FROM "ops_tickets" t WHERE t."organization_id" = p_org AND t."closed_at" >= t_from AND t."closed_at" < t_to;
  WHEN 'operations.avg_resolution_hours' THEN
    SELECT round((avg(extract(epoch FROM t."closed_at" - t."created_at")) / 3600)::numeric, 2) INTO v FROM "ops_tickets" t
    WHERE t."organization_id" = p_org AND t."closed_at" >= t_from AND t."closed_at" < t_to;
  WHEN 'operations.sla_breach_rate' THEN
    SELECT avg(CASE WHEN t."closed_at" > t."created_at" + make_interval(hours => s."resolution_target_hours") THEN 1 ELSE 0 END) INTO v
    FROM "ops_tickets" t JOIN "ops_sla" s ON s."id" = t."sla_id"
    WHERE t."organization_id" = p_org AND t."closed_at" >= t_from AND t."closed_at" < t_to;
  WHEN 'finance.invoiced' THEN
    SELECT coalesce(sum(f."amount"), 0) INTO v FROM "finance_transactions" f
    WHERE f."organization_id" = p_org AND f."transaction_type" = 'invoice' AND f."transaction_date" BETWEEN p_from AND p_to;
  WHEN 'finance.collected' THEN
    SELECT coalesce(sum(f."amount"), 0) INTO v FROM "finance_transactions" f
    WHERE f."organization_id" = p_org AND f."transaction_type" = 'payment' AND f."transaction_date" BETWEEN p_from AND p_to;
  WHEN 'finance.collection_rate' THEN
    v := "hub_kpi_value"(p_org, 'finance.collected', p_from, p_to) / nullif("hub_kpi_value"(p_org, 'finance.invoiced', p_from, p_to), 0);
  WHEN 'finance.overdue_receivables' THEN
    SELECT coalesce(sum(a."amount_due"), 0) INTO v FROM "hub_ar_aging"(p_to) a WHERE a."organization_id" = p_org AND a."days_past_due" > 30;
  ELSE
    RAISE EXCEPTION 'unknown KPI calculation %', p_calc USING ERRCODE = 'invalid_parameter_value';
  END CASE;
  RETURN CASE WHEN v IS NULL THEN NULL ELSE round(v, 4) END;
END $$;

-- Every domain's KPIs with their value over the last 30 days (today included).
CREATE VIEW "v_all_kpis" WITH (security_invoker = true) AS
SELECT m."organization_id", m."id", m."domain", m."name", m."calculation", m."unit", m."target_value", m."lower_is_better",
       "hub_kpi_value"(m."organization_id", m."calculation", current_date - 29, current_date) AS "value"
FROM "kpi_metrics" m WHERE m."is_active";

-- Every organization starts with a KPI per calculation, with targets to edit.
CREATE FUNCTION "hub_install_kpi_defaults"(p_org uuid) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "kpi_metrics" ("organization_id", "domain", "name", "description", "calculation", "target_value", "lower_is_better", "unit") VALUES
    (p_org, 'partners', 'At-risk share', 'Share of weekly statuses that were at risk.', 'partners.at_risk_share', 0.10, true, 'share'),
    (p_org, 'partners', 'Weekly status coverage', 'Statuses recorded per live partner and week.', 'partners.weekly_status_coverage', 0.95, false, 'share'),
    (p_org, 'sales', 'Won deal value', 'Value of deals won.', 'sales.won_value', 50000, false, 'money'),
    (p_org, 'sales', 'Win rate', 'Won deals among those won or lost.', 'sales.win_rate', 0.30, false, 'share'),
    (p_org, 'marketing', 'Leads generated', 'Leads from events, content, search and channels.', 'marketing.leads_generated', NULL, false, 'count'),
    (p_org, 'marketing', 'Cost per lead', 'Event, search and channel spend per lead.', 'marketing.cost_per_lead', 150, true, 'money'),
    (p_org, 'marketing', 'Website sessions', 'Sessions on the website.', 'marketing.website_sessions', NULL, false, 'count'),
    (p_org, 'operations', 'Tickets closed', 'Tickets that reached a closed status.', 'operations.tickets_closed', NULL, false, 'count'),
    (p_org, 'operations', 'Average resolution time', 'Hours from report to close, over tickets closed.', 'operations.avg_resolution_hours', 48, true, 'hours'),
    (p_org, 'operations', 'SLA breach rate', 'Closed tickets that missed their SLA.', 'operations.sla_breach_rate', 0.10, true, 'share'),
    (p_org, 'finance', 'Invoiced', 'Invoices issued.', 'finance.invoiced', NULL, false, 'money'),
    (p_org, 'finance', 'Collected', 'Payments received.', 'finance.collected', NULL, false, 'money'),
    (p_org, 'finance', 'Collection rate', 'Payments received per amount invoiced.', 'finance.collection_rate', 0.90, false, 'share'),
    (p_org, 'finance', 'Overdue receivables', 'Owed more than 30 days past due, at the period''s end.', 'finance.overdue_receivables', 5000, true, 'money')
  ON CONFLICT DO NOTHING
$$;
CREATE TRIGGER "organizations_install_kpis" AFTER INSERT ON "organizations" FOR EACH ROW EXECUTE FUNCTION "hub_organizations_install"('hub_install_kpi_defaults');
SELECT "hub_install_kpi_defaults"("id") FROM "organizations";

-- Defining KPIs; reading one needs its domain's read permission (the resolvers).
INSERT INTO "permissions" ("name", "description") VALUES ('kpis:manage', 'Define KPIs and their targets');
INSERT INTO "default_role_permissions" ("role", "permission") VALUES ('operations', 'kpis:manage');
SELECT "hub_grant_to_existing"('kpis:manage');
