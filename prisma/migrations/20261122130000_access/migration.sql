-- CreateTable
CREATE TABLE "roles" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "is_system" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "roles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "permissions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "permissions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "role_permissions" (
    "organization_id" UUID NOT NULL,
    "role_id" UUID NOT NULL,
    "permission_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "role_permissions_pkey" PRIMARY KEY ("role_id","permission_id")
);

-- CreateTable
CREATE TABLE "api_keys" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "key_hash" TEXT NOT NULL,
    "role_id" UUID NOT NULL,
    "created_by" UUID,
    "expires_at" TIMESTAMPTZ(6),
    "revoked_at" TIMESTAMPTZ(6),
    "last_used_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "api_keys_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "staff_id" UUID NOT NULL,
    "refresh_token_hash" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "user_agent" TEXT,
    "expires_at" TIMESTAMPTZ(6) NOT NULL,
    "revoked_at" TIMESTAMPTZ(6),
    "last_used_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_logs" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "actor_id" UUID,
    "api_key_id" UUID,
    "action" TEXT NOT NULL,
    "table_name" TEXT NOT NULL,
    "record_id" UUID NOT NULL,
    "changes" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_logs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "roles_organization_id_name_key" ON "roles"("organization_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "permissions_name_key" ON "permissions"("name");

-- CreateIndex
CREATE UNIQUE INDEX "api_keys_key_hash_key" ON "api_keys"("key_hash");

-- CreateIndex
CREATE INDEX "api_keys_organization_id_idx" ON "api_keys"("organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "sessions_refresh_token_hash_key" ON "sessions"("refresh_token_hash");

-- CreateIndex
CREATE INDEX "sessions_staff_id_idx" ON "sessions"("staff_id");

-- CreateIndex
CREATE INDEX "audit_logs_organization_id_table_name_record_id_idx" ON "audit_logs"("organization_id", "table_name", "record_id");

-- CreateIndex
CREATE INDEX "audit_logs_organization_id_created_at_idx" ON "audit_logs"("organization_id", "created_at");

-- AddForeignKey
ALTER TABLE "roles" ADD CONSTRAINT "roles_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "role_permissions" ADD CONSTRAINT "role_permissions_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "role_permissions" ADD CONSTRAINT "role_permissions_role_id_fkey" FOREIGN KEY ("role_id") REFERENCES "roles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "role_permissions" ADD CONSTRAINT "role_permissions_permission_id_fkey" FOREIGN KEY ("permission_id") REFERENCES "permissions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_role_id_fkey" FOREIGN KEY ("role_id") REFERENCES "roles"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "staff"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_logs" ADD CONSTRAINT "audit_logs_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- ───────────── Hand-written: checks, updated_at, the permission catalogue, default roles, audit ─────────────

ALTER TABLE "roles" ADD CONSTRAINT "roles_name_format" CHECK ("name" ~ '^[a-z][a-z0-9_]*$');
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_prefix_format" CHECK ("prefix" ~ '^hub_[A-Za-z0-9]{8}$');
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_name_not_blank" CHECK (btrim("name") <> '');
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_method_known" CHECK ("method" IN ('google', 'dev', 'cli'));

CREATE TRIGGER "touch_roles_updated_at" BEFORE UPDATE ON "roles" FOR EACH ROW EXECUTE FUNCTION "hub_touch_updated_at"();
CREATE TRIGGER "touch_api_keys_updated_at" BEFORE UPDATE ON "api_keys" FOR EACH ROW EXECUTE FUNCTION "hub_touch_updated_at"();
CREATE TRIGGER "touch_sessions_updated_at" BEFORE UPDATE ON "sessions" FOR EACH ROW EXECUTE FUNCTION "hub_touch_updated_at"();
CREATE TRIGGER "touch_audit_logs_updated_at" BEFORE UPDATE ON "audit_logs" FOR EACH ROW EXECUTE FUNCTION "hub_touch_updated_at"();

INSERT INTO "permissions" ("name", "description") VALUES
  ('partners:read', 'See partners (assigned ones only, unless partners:read_all) and their ASINs, statuses and sheets'),
  ('partners:read_all', 'See every partner of the organization, not only assigned ones'),
  ('partners:write', 'Create, change, archive and restore partners'),
  ('partners:financials', 'See and change base fee, commission rate and billing day'),
  ('staff:read', 'See staff members'),
  ('staff:write', 'Create, change, archive and restore staff members'),
  ('squads:write', 'Create and change squads and their members'),
  ('assignments:write', 'Assign and unassign staff to partners'),
  ('asins:write', 'Create, change, archive and restore ASINs'),
  ('statuses:write', 'Record weekly partner statuses'),
  ('sheets:write', 'Link, change, verify and archive partner sheets'),
  ('training:read_all', 'See everyone''s training (everyone sees their own)'),
  ('training:write', 'Enrol staff in training and record progress'),
  ('pto:read_all', 'See everyone''s time off (everyone sees their own)'),
  ('pto:approve', 'Approve and reject time-off requests'),
  ('contacts:read', 'See external contacts'),
  ('contacts:write', 'Create, change and archive external contacts'),
  ('settings:read', 'See system settings'),
  ('settings:write', 'Change system settings'),
  ('pipeline:read', 'See data sources, mappings, sync logs, staged changes and lineage'),
  ('pipeline:manage', 'Configure data sources and mappings, run syncs'),
  ('pipeline:review', 'Approve, reject, edit, apply and revert staged changes'),
  ('access:manage', 'Manage roles, permissions and API keys'),
  ('audit:read', 'Read the audit log');

-- The default roles and what each may do. Runs for every new organization (trigger below)
-- and never overwrites grants an admin has changed (ON CONFLICT DO NOTHING).
CREATE FUNCTION "hub_install_default_roles"(p_org uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  readers text[] := ARRAY['partners:read', 'staff:read', 'contacts:read'];
  all_reads text[] := ARRAY['partners:read', 'partners:read_all', 'staff:read', 'contacts:read', 'settings:read',
                            'pipeline:read', 'training:read_all', 'pto:read_all'];
  partner_facing text[] := readers || ARRAY['asins:write', 'sheets:write'];
  defaults jsonb := jsonb_build_object(
    'admin', (SELECT jsonb_agg("name") FROM "permissions"),
    'operations', (SELECT jsonb_agg("name") FROM "permissions" WHERE "name" NOT IN ('partners:financials', 'access:manage')),
    'finance', to_jsonb(all_reads || ARRAY['partners:financials', 'audit:read']),
    'pod_leader', to_jsonb(partner_facing || ARRAY['statuses:write']),
    'ppc_manager', to_jsonb(partner_facing),
    'brand_manager', to_jsonb(partner_facing),
    'conversion_strategist', to_jsonb(partner_facing),
    'graphic_designer', to_jsonb(partner_facing),
    'sales_executive', to_jsonb(readers),
    'marketing', to_jsonb(readers || ARRAY['partners:read_all', 'contacts:write']),
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

CREATE FUNCTION "hub_organization_created"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "hub_install_default_roles"(NEW."id");
  RETURN NULL;
END $$;

CREATE TRIGGER "organizations_install_roles" AFTER INSERT ON "organizations"
  FOR EACH ROW EXECUTE FUNCTION "hub_organization_created"();

SELECT "hub_install_default_roles"("id") FROM "organizations";

-- ───────────── Audit: one row per record a mutation changes, with the field-level diff ─────────────

-- Active only when the application names the action (SET LOCAL hub.action) for a
-- mutation's transaction; changes made by other triggers (depth > 1) are their effects,
-- not actions, and are not logged again.
CREATE FUNCTION "hub_audit"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  action text := current_setting('hub.action', true);
  old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
  new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
  diff jsonb;
BEGIN
  IF action IS NULL OR action = '' OR pg_trigger_depth() > 1 THEN RETURN NULL; END IF;
  SELECT coalesce(jsonb_object_agg(k, jsonb_build_array(old_row -> k, new_row -> k)), '{}'::jsonb) INTO diff
  FROM (SELECT jsonb_object_keys(coalesce(new_row, old_row)) AS k) keys
  WHERE k NOT IN ('updated_at', 'created_at', 'id', 'organization_id', 'key_hash', 'refresh_token_hash')
    AND (old_row -> k) IS DISTINCT FROM (new_row -> k)
    AND NOT (TG_OP = 'INSERT' AND new_row -> k = 'null'::jsonb);
  IF TG_OP = 'UPDATE' AND diff = '{}'::jsonb THEN RETURN NULL; END IF;
  INSERT INTO "audit_logs" ("organization_id", "actor_id", "api_key_id", "action", "table_name", "record_id", "changes")
  VALUES (
    (coalesce(new_row, old_row) ->> CASE WHEN TG_TABLE_NAME = 'organizations' THEN 'id' ELSE 'organization_id' END)::uuid,
    nullif(current_setting('hub.actor_id', true), '')::uuid,
    nullif(current_setting('hub.api_key_id', true), '')::uuid,
    action, TG_TABLE_NAME, (coalesce(new_row, old_row) ->> 'id')::uuid, diff);
  RETURN NULL;
END $$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['organizations', 'partners', 'staff', 'squads', 'staff_squads', 'partner_assignments', 'asins',
    'weekly_statuses', 'partner_sheets', 'staff_training', 'pto_records', 'external_contacts', 'system_settings',
    'data_sources', 'field_mappings', 'roles', 'api_keys'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION "hub_audit"()',
                   'audit_' || t, t);
  END LOOP;
END $$;
