-- Seed 001, operations: SLAs, ticket statuses and the transitions allowed between them (each
-- organization gets defaults), tickets whose closed_at the database keeps, and the ops views.
-- CreateTable
CREATE TABLE "ops_sla" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "priority_level" "task_priority" NOT NULL,
    "resolution_target_hours" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ops_sla_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ops_ticket_statuses" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "is_closed" BOOLEAN NOT NULL DEFAULT false,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ops_ticket_statuses_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ops_ticket_transitions" (
    "organization_id" UUID NOT NULL,
    "from_status_id" UUID NOT NULL,
    "to_status_id" UUID NOT NULL,

    CONSTRAINT "ops_ticket_transitions_pkey" PRIMARY KEY ("from_status_id","to_status_id")
);

-- CreateTable
CREATE TABLE "ops_tickets" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "reporter_id" UUID,
    "assignee_id" UUID,
    "partner_id" UUID,
    "status_id" UUID NOT NULL,
    "sla_id" UUID,
    "priority" "task_priority" NOT NULL DEFAULT 'medium',
    "subject" TEXT NOT NULL,
    "description" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closed_at" TIMESTAMPTZ(6),

    CONSTRAINT "ops_tickets_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ops_sla_organization_id_name_key" ON "ops_sla"("organization_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "ops_ticket_statuses_organization_id_key_key" ON "ops_ticket_statuses"("organization_id", "key");

-- CreateIndex
CREATE INDEX "idx_ops_tickets_status" ON "ops_tickets"("status_id");

-- CreateIndex
CREATE INDEX "idx_ops_tickets_assignee" ON "ops_tickets"("assignee_id");

-- CreateIndex
CREATE INDEX "idx_ops_tickets_org_created" ON "ops_tickets"("organization_id", "created_at");

-- AddForeignKey
ALTER TABLE "ops_sla" ADD CONSTRAINT "ops_sla_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ops_ticket_statuses" ADD CONSTRAINT "ops_ticket_statuses_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ops_ticket_transitions" ADD CONSTRAINT "ops_ticket_transitions_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ops_ticket_transitions" ADD CONSTRAINT "ops_ticket_transitions_from_status_id_fkey" FOREIGN KEY ("from_status_id") REFERENCES "ops_ticket_statuses"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ops_ticket_transitions" ADD CONSTRAINT "ops_ticket_transitions_to_status_id_fkey" FOREIGN KEY ("to_status_id") REFERENCES "ops_ticket_statuses"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ops_tickets" ADD CONSTRAINT "ops_tickets_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ops_tickets" ADD CONSTRAINT "ops_tickets_reporter_id_fkey" FOREIGN KEY ("reporter_id") REFERENCES "staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ops_tickets" ADD CONSTRAINT "ops_tickets_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ops_tickets" ADD CONSTRAINT "ops_tickets_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ops_tickets" ADD CONSTRAINT "ops_tickets_status_id_fkey" FOREIGN KEY ("status_id") REFERENCES "ops_ticket_statuses"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ops_tickets" ADD CONSTRAINT "ops_tickets_sla_id_fkey" FOREIGN KEY ("sla_id") REFERENCES "ops_sla"("id") ON DELETE SET NULL ON UPDATE CASCADE;


ALTER TABLE "ops_sla" ADD CONSTRAINT "ops_sla_target_check" CHECK ("resolution_target_hours" > 0),
  ADD CONSTRAINT "ops_sla_name_check" CHECK (length(btrim("name")) > 0);
ALTER TABLE "ops_ticket_statuses" ADD CONSTRAINT "ops_ticket_statuses_key_check" CHECK ("key" ~ '^[a-z][a-z0-9_]*$');
ALTER TABLE "ops_ticket_transitions" ADD CONSTRAINT "ops_ticket_transitions_not_self_check" CHECK ("from_status_id" <> "to_status_id");
ALTER TABLE "ops_tickets" ADD CONSTRAINT "ops_tickets_subject_check" CHECK (length(btrim("subject")) > 0);

-- A status change must follow an allowed transition; entering a closed status stamps
-- closed_at, leaving one clears it (closed → closed cannot happen: no self-transitions). (The service checks first, to say which moves are allowed.)
CREATE FUNCTION "hub_ops_ticket_status"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  closing boolean;
BEGIN
  IF TG_OP = 'UPDATE' AND NEW."status_id" IS NOT DISTINCT FROM OLD."status_id" THEN
    NEW."closed_at" := OLD."closed_at";
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' AND NOT EXISTS (SELECT 1 FROM "ops_ticket_transitions" t WHERE t."from_status_id" = OLD."status_id" AND t."to_status_id" = NEW."status_id") THEN
    RAISE EXCEPTION 'ticket % cannot move from status % to status %: no such transition', NEW."id", OLD."status_id", NEW."status_id" USING ERRCODE = 'check_violation';
  END IF;
  SELECT s."is_closed" INTO closing FROM "ops_ticket_statuses" s WHERE s."id" = NEW."status_id" AND s."organization_id" = NEW."organization_id";
  IF closing IS NULL THEN
    RAISE EXCEPTION 'status % is not one of the organization''s ticket statuses', NEW."status_id" USING ERRCODE = 'foreign_key_violation';
  END IF;
  -- A ticket created closed (an import) may carry when it closed; a move to closed is now.
  NEW."closed_at" := CASE WHEN NOT closing THEN NULL WHEN TG_OP = 'INSERT' THEN coalesce(NEW."closed_at", now()) ELSE now() END;
  RETURN NEW;
END $$;
CREATE TRIGGER "ops_tickets_status" BEFORE INSERT OR UPDATE ON "ops_tickets" FOR EACH ROW EXECUTE FUNCTION "hub_ops_ticket_status"();

CREATE TRIGGER "touch_ops_sla_updated_at" BEFORE UPDATE ON "ops_sla" FOR EACH ROW EXECUTE FUNCTION "hub_touch_updated_at"();
CREATE TRIGGER "touch_ops_ticket_statuses_updated_at" BEFORE UPDATE ON "ops_ticket_statuses" FOR EACH ROW EXECUTE FUNCTION "hub_touch_updated_at"();
CREATE TRIGGER "touch_ops_tickets_updated_at" BEFORE UPDATE ON "ops_tickets" FOR EACH ROW EXECUTE FUNCTION "hub_touch_updated_at"();
CREATE TRIGGER "audit_ops_sla" AFTER INSERT OR UPDATE OR DELETE ON "ops_sla" FOR EACH ROW EXECUTE FUNCTION "hub_audit"();
CREATE TRIGGER "audit_ops_tickets" AFTER INSERT OR UPDATE OR DELETE ON "ops_tickets" FOR EACH ROW EXECUTE FUNCTION "hub_audit"();

-- Row-level security that keeps each table to the request's organization, for tables added
-- from here on (earlier migrations wrote the same loop out).
CREATE FUNCTION "hub_tenant_isolation"(VARIADIC p_tables text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY p_tables LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (NOT "hub_is_app"() OR "organization_id" = "hub_org"()) '
                   'WITH CHECK (NOT "hub_is_app"() OR "organization_id" = "hub_org"())', t);
  END LOOP;
END $$;
-- The organization's rows only (who sees which tickets is the resolvers' ops:read rule).
SELECT "hub_tenant_isolation"('ops_sla', 'ops_ticket_statuses', 'ops_ticket_transitions', 'ops_tickets');

-- Views (security_invoker: they read under the caller's row-level security).
-- Open, closed and breached tickets per SLA; a ticket is breached when it closed, or is still
-- open, later than created_at + the SLA's resolution target.
CREATE VIEW "v_ops_overview" WITH (security_invoker = true) AS
SELECT s."organization_id", s."id" AS "sla_id", s."name" AS "sla_name", s."resolution_target_hours",
       count(t."id") FILTER (WHERE t."closed_at" IS NULL)::int AS "open_tickets",
       count(t."id") FILTER (WHERE t."closed_at" IS NOT NULL)::int AS "closed_tickets",
       count(t."id") FILTER (WHERE coalesce(t."closed_at", now()) > t."created_at" + make_interval(hours => s."resolution_target_hours"))::int AS "breached_tickets"
FROM "ops_sla" s LEFT JOIN "ops_tickets" t ON t."sla_id" = s."id"
GROUP BY s."organization_id", s."id", s."name", s."resolution_target_hours";

-- Average hours from creation to close of closed tickets, per priority.
CREATE VIEW "v_ops_average_resolution_time" WITH (security_invoker = true) AS
SELECT t."organization_id", t."priority", count(*)::int AS "closed_tickets",
       round((avg(extract(epoch FROM t."closed_at" - t."created_at")) / 3600)::numeric, 2) AS "average_hours"
FROM "ops_tickets" t WHERE t."closed_at" IS NOT NULL
GROUP BY t."organization_id", t."priority";

-- Every organization starts with an SLA per priority and a ticket workflow:
-- open → in_progress ⇄ waiting → resolved → closed, resolved → in_progress (reopen), and
-- closed → open (reopen); any open status may close directly (a duplicate, say).
CREATE FUNCTION "hub_install_ops_defaults"(p_org uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ops_sla" ("organization_id", "name", "priority_level", "resolution_target_hours") VALUES
    (p_org, 'Urgent', 'urgent', 4), (p_org, 'High', 'high', 24), (p_org, 'Standard', 'medium', 72), (p_org, 'Low', 'low', 168)
  ON CONFLICT DO NOTHING;
  INSERT INTO "ops_ticket_statuses" ("organization_id", "key", "name", "sequence", "is_closed") VALUES
    (p_org, 'open', 'Open', 1, false), (p_org, 'in_progress', 'In progress', 2, false), (p_org, 'waiting', 'Waiting', 3, false),
    (p_org, 'resolved', 'Resolved', 4, false), (p_org, 'closed', 'Closed', 5, true)
  ON CONFLICT DO NOTHING;
  INSERT INTO "ops_ticket_transitions" ("organization_id", "from_status_id", "to_status_id")
  SELECT p_org, f."id", t."id"
  FROM (VALUES ('open', 'in_progress'), ('open', 'closed'), ('in_progress', 'waiting'), ('in_progress', 'resolved'), ('in_progress', 'closed'),
               ('waiting', 'in_progress'), ('waiting', 'closed'), ('resolved', 'closed'), ('resolved', 'in_progress'), ('closed', 'open')) AS m("f", "t")
  JOIN "ops_ticket_statuses" f ON f."organization_id" = p_org AND f."key" = m."f"
  JOIN "ops_ticket_statuses" t ON t."organization_id" = p_org AND t."key" = m."t"
  ON CONFLICT DO NOTHING;
END $$;
-- A new organization gets a domain's defaults from the installer the trigger names.
CREATE FUNCTION "hub_organizations_install"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('SELECT %I($1)', TG_ARGV[0]) USING NEW."id";
  RETURN NEW;
END $$;
CREATE TRIGGER "organizations_install_ops" AFTER INSERT ON "organizations" FOR EACH ROW EXECUTE FUNCTION "hub_organizations_install"('hub_install_ops_defaults');
SELECT "hub_install_ops_defaults"("id") FROM "organizations";

INSERT INTO "permissions" ("name", "description") VALUES
  ('ops:read', 'See every ticket (everyone sees the tickets they reported or are assigned)'),
  ('ops:write', 'Change, assign and move any ticket, and define SLAs');
-- Role defaults become data: default_role_permissions lists what each system role gets in a
-- new organization (admin gets every permission), so later migrations add rows instead of
-- rewriting hub_install_default_roles. Filled here with the defaults as they stood, plus
-- tickets: operations reads and writes them, the read-everything roles read them.
CREATE TABLE "default_role_permissions" (
    "role" TEXT NOT NULL,
    "permission" TEXT NOT NULL,

    CONSTRAINT "default_role_permissions_pkey" PRIMARY KEY ("role","permission")
);
INSERT INTO "default_role_permissions" ("role", "permission")
SELECT 'operations', "name" FROM "permissions" WHERE "name" NOT IN ('partners:financials', 'access:manage')
UNION ALL
SELECT d."role", unnest(d."permissions") FROM (VALUES
  ('finance', ARRAY['partners:read', 'partners:read_all', 'staff:read', 'contacts:read', 'settings:read', 'pipeline:read', 'training:read_all', 'pto:read_all',
                    'opportunities:read', 'tasks:read_all', 'graphql:ad_hoc', 'ops:read', 'partners:financials', 'audit:read']),
  ('analyst', ARRAY['partners:read', 'partners:read_all', 'staff:read', 'contacts:read', 'settings:read', 'pipeline:read', 'training:read_all', 'pto:read_all',
                    'opportunities:read', 'tasks:read_all', 'graphql:ad_hoc', 'ops:read']),
  ('service_readonly', ARRAY['partners:read', 'partners:read_all', 'staff:read', 'contacts:read', 'settings:read', 'pipeline:read', 'training:read_all', 'pto:read_all',
                    'opportunities:read', 'tasks:read_all', 'graphql:ad_hoc', 'ops:read']),
  ('pod_leader', ARRAY['partners:read', 'staff:read', 'contacts:read', 'asins:write', 'sheets:write', 'opportunities:read', 'interactions:write', 'statuses:write', 'opportunities:write']),
  ('ppc_manager', ARRAY['partners:read', 'staff:read', 'contacts:read', 'asins:write', 'sheets:write', 'opportunities:read', 'interactions:write']),
  ('brand_manager', ARRAY['partners:read', 'staff:read', 'contacts:read', 'asins:write', 'sheets:write', 'opportunities:read', 'interactions:write']),
  ('conversion_strategist', ARRAY['partners:read', 'staff:read', 'contacts:read', 'asins:write', 'sheets:write', 'opportunities:read', 'interactions:write']),
  ('graphic_designer', ARRAY['partners:read', 'staff:read', 'contacts:read', 'asins:write', 'sheets:write', 'opportunities:read', 'interactions:write']),
  ('sales_executive', ARRAY['partners:read', 'staff:read', 'contacts:read', 'opportunities:read', 'opportunities:write', 'interactions:write']),
  ('marketing', ARRAY['partners:read', 'staff:read', 'contacts:read', 'partners:read_all', 'contacts:write', 'opportunities:read']),
  ('service_pipeline', ARRAY['partners:read', 'partners:read_all', 'staff:read', 'pipeline:read', 'pipeline:manage'])
) AS d("role", "permissions");

CREATE OR REPLACE FUNCTION "hub_install_default_roles"(p_org uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "roles" ("organization_id", "name", "description", "is_system")
  SELECT p_org, r, CASE WHEN r LIKE 'service_%' THEN 'Service role for API keys' ELSE 'Staff role' END, true
  FROM (SELECT 'admin' AS r UNION SELECT DISTINCT "role" FROM "default_role_permissions") roles
  ON CONFLICT ("organization_id", "name") DO NOTHING;
  INSERT INTO "role_permissions" ("organization_id", "role_id", "permission_id")
  SELECT p_org, ro."id", pe."id"
  FROM "roles" ro JOIN "permissions" pe
    ON ro."name" = 'admin' OR EXISTS (SELECT 1 FROM "default_role_permissions" d WHERE d."role" = ro."name" AND d."permission" = pe."name")
  WHERE ro."organization_id" = p_org AND ro."is_system"
  ON CONFLICT DO NOTHING;
END $$;

-- Grants permissions a migration adds to the system roles of existing organizations, as
-- default_role_permissions (and admin, who gets every one) give them to new ones.
CREATE FUNCTION "hub_grant_to_existing"(VARIADIC p_permissions text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "role_permissions" ("organization_id", "role_id", "permission_id")
  SELECT ro."organization_id", ro."id", pe."id"
  FROM "roles" ro JOIN "permissions" pe ON pe."name" = ANY(p_permissions)
  WHERE ro."is_system" AND (ro."name" = 'admin' OR EXISTS (SELECT 1 FROM "default_role_permissions" d WHERE d."role" = ro."name" AND d."permission" = pe."name"))
  ON CONFLICT DO NOTHING
$$;

-- Existing organizations get the ticket grants.
SELECT "hub_grant_to_existing"('ops:read', 'ops:write');
