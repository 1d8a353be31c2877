-- Trusted documents (HUB_TRUSTED_DOCUMENTS) limit signed-in sessions to the dashboard's
-- operations; graphql:ad_hoc keeps ad-hoc queries for the people who write them: admins and
-- operations (every new permission), and the read-everything roles (finance, analysts).
INSERT INTO "permissions" ("name", "description") VALUES
  ('graphql:ad_hoc', 'Run any GraphQL query when the server accepts only trusted documents from signed-in sessions');

CREATE OR REPLACE FUNCTION "hub_install_default_roles"(p_org uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  readers text[] := ARRAY['partners:read', 'staff:read', 'contacts:read'];
  all_reads text[] := ARRAY['partners:read', 'partners:read_all', 'staff:read', 'contacts:read', 'settings:read',
                            'pipeline:read', 'training:read_all', 'pto:read_all', 'opportunities:read', 'tasks:read_all',
                            'graphql:ad_hoc'];
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

-- Existing organizations get the new grant only.
INSERT INTO "role_permissions" ("organization_id", "role_id", "permission_id")
SELECT ro."organization_id", ro."id", pe."id"
FROM "roles" ro JOIN "permissions" pe ON pe."name" = 'graphql:ad_hoc'
WHERE ro."is_system" AND ro."name" IN ('admin', 'operations', 'finance', 'analyst', 'service_readonly')
ON CONFLICT DO NOTHING;
