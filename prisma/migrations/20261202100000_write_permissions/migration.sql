-- Writing is never implied by seeing (issue #21): the mutations that used to be open to
-- anyone who could see the record now need a write permission. self:write keeps one's own
-- work (tasks, weekly reports, time off, tickets, leads, saved queries): every staff role has
-- it, the service roles of API keys do not (a key has no work of its own). alerts:resolve
-- acknowledges and resolves alerts: the roles that act on them, not the read-only ones.
-- server/src/auth/permissions.ts declares the same; test/permissions.test.ts compares them.
INSERT INTO "permissions" ("name", "description") VALUES
  ('self:write', 'Keep one''s own work: tasks and weekly reports, time-off requests, tickets one reported or works, leads one owns, saved queries'),
  ('alerts:resolve', 'Acknowledge and resolve the alerts one sees');

INSERT INTO "default_role_permissions" ("role", "permission")
SELECT r, 'self:write' FROM unnest(ARRAY['operations', 'finance', 'analyst', 'pod_leader', 'ppc_manager', 'brand_manager',
  'conversion_strategist', 'graphic_designer', 'sales_executive', 'marketing']) AS r
UNION ALL
SELECT r, 'alerts:resolve' FROM unnest(ARRAY['operations', 'finance', 'pod_leader', 'ppc_manager', 'brand_manager',
  'conversion_strategist', 'graphic_designer', 'sales_executive', 'marketing']) AS r;

-- Existing organizations: their system roles (and admins) get the same.
SELECT "hub_grant_to_existing"('self:write', 'alerts:resolve');
