-- Seed 002: an organization's max_users is enforced for every writer (the API, imports,
-- the pipeline); staff who are archived or departed do not count. Locking the
-- organization's row serializes concurrent additions, so two can never both take the last
-- seat.
--
-- SQLSTATE HU001 marks a business rule whose message is written for the user (the API
-- passes it on as BAD_USER_INPUT); the message starts with the input field it is about.
CREATE FUNCTION "hub_enforce_max_users"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  seats int;
  taken int;
BEGIN
  IF NEW."deleted_at" IS NOT NULL OR NEW."status" = 'departed' THEN RETURN NEW; END IF;
  IF TG_OP = 'UPDATE' AND OLD."deleted_at" IS NULL AND OLD."status" <> 'departed' THEN RETURN NEW; END IF;
  SELECT "max_users" INTO seats FROM "organizations" WHERE "id" = NEW."organization_id" FOR UPDATE;
  SELECT count(*) INTO taken FROM "staff"
  WHERE "organization_id" = NEW."organization_id" AND "deleted_at" IS NULL AND "status" <> 'departed' AND "id" <> NEW."id";
  IF taken >= seats THEN
    RAISE EXCEPTION USING ERRCODE = 'HU001', MESSAGE = format(
      'hub: email: The organization has all %s of its users (max_users) already, so %s cannot be added. Archive or mark as departed someone who has left, or raise the organization''s max_users (subscription).',
      seats, NEW."email");
  END IF;
  RETURN NEW;
END $$;
ALTER FUNCTION "hub_enforce_max_users"() SECURITY DEFINER SET search_path FROM CURRENT;
CREATE TRIGGER "enforce_staff_max_users" BEFORE INSERT OR UPDATE OF "deleted_at", "status" ON "staff"
  FOR EACH ROW EXECUTE FUNCTION "hub_enforce_max_users"();

-- Each tier caps max_users (basic 10, professional 100, enterprise as agreed); organizations
-- already past their tier's cap move up to the tier that covers them.
UPDATE "organizations" SET "subscription_tier" = CASE WHEN "max_users" <= 100 THEN 'professional' ELSE 'enterprise' END
WHERE "subscription_tier" NOT IN ('basic', 'professional', 'enterprise')
   OR ("subscription_tier" = 'basic' AND "max_users" > 10) OR ("subscription_tier" = 'professional' AND "max_users" > 100);
ALTER TABLE "organizations"
  ADD CONSTRAINT "organizations_subscription_tier_check" CHECK ("subscription_tier" IN ('basic', 'professional', 'enterprise')),
  ADD CONSTRAINT "organizations_tier_max_users_check" CHECK (
    "subscription_tier" = 'enterprise' OR "max_users" <= CASE "subscription_tier" WHEN 'basic' THEN 10 ELSE 100 END);
