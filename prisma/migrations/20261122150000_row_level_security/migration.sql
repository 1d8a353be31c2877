-- Row-level security, defense in depth beneath the resolvers' own scoping.
--
-- Requests run as the non-owner role hub_app (SET LOCAL ROLE) with the request's
-- settings: hub.organization_id, hub.staff_id and hub.partner_scope ('all' for roles
-- with partners:read_all, else 'assigned'). Under hub_app every tenant table shows only
-- the organization's rows, and partner data only the partners the staff member is
-- actively assigned to unless the scope is 'all'. Without settings hub_app sees nothing.
-- Other roles (the owner running migrations, seeding and operator commands) are not
-- restricted by these policies.

DO $$
BEGIN
  CREATE ROLE hub_app NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL; -- roles are cluster-wide: another database (or a concurrent migration) made it
END $$;

DO $$
BEGIN
  EXECUTE format('GRANT hub_app TO %I', current_user);
EXCEPTION WHEN insufficient_privilege OR duplicate_object OR invalid_grant_operation THEN
  RAISE NOTICE 'could not grant hub_app to %: grant it so the application can SET ROLE hub_app', current_user;
END $$;

DO $$
BEGIN
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO hub_app', current_schema());
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO hub_app', current_schema());
  IF to_regclass('_prisma_migrations') IS NOT NULL THEN -- absent in Prisma's shadow database
    EXECUTE format('REVOKE ALL ON TABLE %I."_prisma_migrations" FROM hub_app', current_schema());
  END IF;
  EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON TABLE %I."permissions" FROM hub_app', current_schema());
  EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO hub_app', current_schema());
END $$;

CREATE FUNCTION "hub_is_app"() RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT current_user = 'hub_app' $$;
CREATE FUNCTION "hub_org"() RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('hub.organization_id', true), '')::uuid $$;
CREATE FUNCTION "hub_staff"() RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('hub.staff_id', true), '')::uuid $$;
CREATE FUNCTION "hub_sees_all_partners"() RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT coalesce(current_setting('hub.partner_scope', true), '') = 'all' $$;

-- Runs as the owner so the partners policy can look at assignments without recursing
-- into the assignments policy (which looks at partners).
CREATE FUNCTION "hub_assigned"(p_partner uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT EXISTS (SELECT 1 FROM "partner_assignments" pa
                 WHERE pa."partner_id" = p_partner AND pa."staff_id" = "hub_staff"() AND pa."unassigned_at" IS NULL)
$$;

CREATE FUNCTION "hub_may_see_partner"(p_partner uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT "hub_sees_all_partners"() OR "hub_assigned"(p_partner)
$$;

-- Derived data, codes and the audit log are maintained by the database for every writer:
-- those trigger functions run as the owner, whatever the request may see.
ALTER FUNCTION "hub_claim_code"(uuid, text, text, text) SECURITY DEFINER SET search_path FROM CURRENT;
ALTER FUNCTION "hub_refresh_asin_counts"(uuid) SECURITY DEFINER SET search_path FROM CURRENT;
ALTER FUNCTION "hub_refresh_client_count"(uuid) SECURITY DEFINER SET search_path FROM CURRENT;
ALTER FUNCTION "hub_partner_presence_changed"() SECURITY DEFINER SET search_path FROM CURRENT;
ALTER FUNCTION "hub_audit"() SECURITY DEFINER SET search_path FROM CURRENT;

DO $$
DECLARE t text;
BEGIN
  -- Tenant isolation on every table that belongs to an organization.
  FOREACH t IN ARRAY ARRAY['code_sequences', 'partners', 'staff', 'squads', 'staff_squads', 'partner_assignments', 'asins',
    'weekly_statuses', 'partner_sheets', 'staff_training', 'pto_records', 'external_contacts', 'system_settings',
    'data_sources', 'field_mappings', 'staged_changes', 'field_lineage', 'sync_logs', 'roles', 'role_permissions',
    'api_keys', 'sessions', 'audit_logs'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (NOT "hub_is_app"() OR "organization_id" = "hub_org"()) '
                   'WITH CHECK (NOT "hub_is_app"() OR "organization_id" = "hub_org"())', t);
  END LOOP;

  -- Partner data: the assigned partners only, unless the scope is 'all'. Policies of one
  -- table combine with AND when restrictive.
  CREATE POLICY partner_assignment ON "partners" AS RESTRICTIVE
    USING (NOT "hub_is_app"() OR "hub_may_see_partner"("id")) WITH CHECK (NOT "hub_is_app"() OR "hub_sees_all_partners"());
  FOREACH t IN ARRAY ARRAY['partner_assignments', 'asins', 'weekly_statuses', 'partner_sheets'] LOOP
    EXECUTE format('CREATE POLICY partner_assignment ON %I AS RESTRICTIVE '
                   'USING (NOT "hub_is_app"() OR "hub_may_see_partner"("partner_id")) '
                   'WITH CHECK (NOT "hub_is_app"() OR "hub_may_see_partner"("partner_id"))', t);
  END LOOP;
  CREATE POLICY partner_assignment ON "field_lineage" AS RESTRICTIVE
    USING (NOT "hub_is_app"() OR "entity_type" <> 'partner' OR "hub_may_see_partner"("entity_id"))
    WITH CHECK (NOT "hub_is_app"() OR "entity_type" <> 'partner' OR "hub_may_see_partner"("entity_id"));
END $$;

ALTER TABLE "organizations" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "organizations" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "organizations"
  USING (NOT "hub_is_app"() OR "id" = "hub_org"()) WITH CHECK (NOT "hub_is_app"() OR "id" = "hub_org"());
