-- An organization never loses its last admin (issue #21): demoting, archiving, marking as
-- departed or deleting the only active admin fails, whoever tries (the API, the pipeline,
-- the CLI). Locking the organization's row serializes two demotions of the last two admins.
-- An organization being deleted takes its staff with it: that is not a demotion.
CREATE FUNCTION "hub_keep_last_admin"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  field text;
BEGIN
  IF OLD."role" <> 'admin' OR OLD."status" = 'departed' OR OLD."deleted_at" IS NOT NULL THEN RETURN NULL; END IF;
  IF TG_OP = 'UPDATE' AND NEW."role" = 'admin' AND NEW."status" <> 'departed' AND NEW."deleted_at" IS NULL THEN RETURN NULL; END IF;
  PERFORM 1 FROM "organizations" WHERE "id" = OLD."organization_id" FOR UPDATE;
  IF NOT FOUND THEN RETURN NULL; END IF;
  IF EXISTS (SELECT 1 FROM "staff" WHERE "organization_id" = OLD."organization_id" AND "role" = 'admin'
             AND "status" <> 'departed' AND "deleted_at" IS NULL AND "id" <> OLD."id") THEN RETURN NULL; END IF;
  field := CASE WHEN TG_OP = 'DELETE' OR NEW."deleted_at" IS NOT NULL THEN 'id'
                WHEN NEW."status" = 'departed' THEN 'status' ELSE 'role' END;
  RAISE EXCEPTION USING ERRCODE = 'HU001', MESSAGE = format(
    'hub: %s: %s is the organization''s last admin, so they must stay an active admin; make someone else admin first.',
    field, OLD."email");
END $$;
CREATE TRIGGER "staff_keep_last_admin" AFTER UPDATE OF "role", "status", "deleted_at" OR DELETE ON "staff"
  FOR EACH ROW EXECUTE FUNCTION "hub_keep_last_admin"();
