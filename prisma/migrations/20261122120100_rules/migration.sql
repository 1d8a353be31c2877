-- The data rules Prisma's schema language cannot express: value CHECKs, the one-primary
-- rule, race-free SO-/ST- codes, updated_at on every table, derived counts kept by the
-- database, ISO week derivation, and soft delete that even a raw DELETE cannot bypass.

-- ───────────── Value checks (bad input fails in the database, not only in code) ─────────────

ALTER TABLE "partners"
  ADD CONSTRAINT "partners_partner_code_format" CHECK ("partner_code" ~ '^SO-[0-9]{4,}$'),
  ADD CONSTRAINT "partners_brand_name_not_blank" CHECK (btrim("brand_name") <> ''),
  ADD CONSTRAINT "partners_base_fee_non_negative" CHECK ("base_fee" >= 0),
  ADD CONSTRAINT "partners_commission_rate_range" CHECK ("commission_rate" BETWEEN 0 AND 1),
  ADD CONSTRAINT "partners_billing_day_range" CHECK ("billing_day" BETWEEN 1 AND 31),
  ADD CONSTRAINT "partners_contract_dates_ordered" CHECK ("contract_end_date" >= "contract_start_date"),
  ADD CONSTRAINT "partners_asin_counts_non_negative" CHECK ("parent_asin_count" >= 0 AND "child_asin_count" >= 0);

ALTER TABLE "staff"
  ADD CONSTRAINT "staff_staff_code_format" CHECK ("staff_code" ~ '^ST-[0-9]{4,}$'),
  ADD CONSTRAINT "staff_full_name_not_blank" CHECK (btrim("full_name") <> ''),
  ADD CONSTRAINT "staff_email_format" CHECK ("email" = lower("email") AND "email" ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
  ADD CONSTRAINT "staff_max_clients_non_negative" CHECK ("max_clients" >= 0),
  ADD CONSTRAINT "staff_services_known" CHECK ("services" <@ ARRAY['ppc', 'cc', 'fam', 'pli', 'tiktok']::text[]);

ALTER TABLE "asins"
  ADD CONSTRAINT "asins_asin_code_format" CHECK ("asin_code" ~ '^[A-Z0-9]{10}$'),
  ADD CONSTRAINT "asins_parent_asin_format" CHECK ("parent_asin" ~ '^[A-Z0-9]{10}$'),
  ADD CONSTRAINT "asins_not_own_parent" CHECK ("parent_asin" <> "asin_code"),
  ADD CONSTRAINT "asins_cogs_non_negative" CHECK ("cogs" >= 0),
  ADD CONSTRAINT "asins_price_non_negative" CHECK ("price" >= 0);

ALTER TABLE "weekly_statuses"
  ADD CONSTRAINT "weekly_statuses_week_starts_monday" CHECK (extract(isodow FROM "week_start_date") = 1);

ALTER TABLE "staff_training"
  ADD CONSTRAINT "staff_training_score_range" CHECK ("score" BETWEEN 0 AND 100),
  ADD CONSTRAINT "staff_training_attempts_non_negative" CHECK ("attempts" >= 0);

ALTER TABLE "pto_records"
  ADD CONSTRAINT "pto_records_dates_ordered" CHECK ("end_date" >= "start_date");

ALTER TABLE "organizations"
  ADD CONSTRAINT "organizations_max_users_positive" CHECK ("max_users" > 0);

ALTER TABLE "field_mappings"
  ADD CONSTRAINT "field_mappings_column_index_non_negative" CHECK ("source_column_index" >= 0);

ALTER TABLE "sync_logs"
  ADD CONSTRAINT "sync_logs_counts_non_negative" CHECK (
    "records_scanned" >= 0 AND "changes_staged" >= 0 AND "changes_approved" >= 0
    AND "changes_applied" >= 0 AND "errors" >= 0);

-- One primary staff member per partner and role among active assignments.
CREATE UNIQUE INDEX "partner_assignments_one_primary_per_role"
  ON "partner_assignments" ("partner_id", "assignment_role")
  WHERE "is_primary" AND "unassigned_at" IS NULL;

-- ───────────── updated_at on every table that has it ─────────────

CREATE FUNCTION "hub_touch_updated_at"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."updated_at" := now();
  RETURN NEW;
END $$;

DO $$
DECLARE t text;
BEGIN
  FOR t IN
    SELECT c.table_name FROM information_schema.columns c
    JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
    WHERE c.table_schema = current_schema() AND c.column_name = 'updated_at' AND tb.table_type = 'BASE TABLE'
  LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION "hub_touch_updated_at"()',
                   'touch_' || t || '_updated_at', t);
  END LOOP;
END $$;

-- ───────────── SO-0001 / ST-0001 codes, per organization, without the MAX()+1 race ─────────────

-- Claims the next number of a per-organization counter. The upsert locks the counter row
-- until the inserting transaction ends: concurrent inserts queue, a rollback returns the
-- number, so codes are unique and gap-free. A code given explicitly (an import) moves the
-- counter past it so later generated codes never collide with it.
CREATE FUNCTION "hub_claim_code"(p_org uuid, p_kind text, p_prefix text, p_given text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE n bigint;
BEGIN
  IF p_given IS NOT NULL THEN
    IF p_given ~ ('^' || p_prefix || '-[0-9]+$') THEN
      n := substring(p_given FROM length(p_prefix) + 2)::bigint;
      INSERT INTO "code_sequences" AS cs ("organization_id", "kind", "last_value") VALUES (p_org, p_kind, n)
      ON CONFLICT ("organization_id", "kind")
      DO UPDATE SET "last_value" = greatest(cs."last_value", EXCLUDED."last_value");
    END IF;
    RETURN p_given;
  END IF;
  INSERT INTO "code_sequences" AS cs ("organization_id", "kind", "last_value") VALUES (p_org, p_kind, 1)
  ON CONFLICT ("organization_id", "kind")
  DO UPDATE SET "last_value" = cs."last_value" + 1
  RETURNING cs."last_value" INTO n;
  RETURN p_prefix || '-' || lpad(n::text, greatest(4, length(n::text)), '0');
END $$;

CREATE FUNCTION "hub_assign_partner_code"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."partner_code" := "hub_claim_code"(NEW."organization_id", 'partner', 'SO', NEW."partner_code");
  RETURN NEW;
END $$;

CREATE FUNCTION "hub_assign_staff_code"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."staff_code" := "hub_claim_code"(NEW."organization_id", 'staff', 'ST', NEW."staff_code");
  RETURN NEW;
END $$;

CREATE TRIGGER "set_partner_code" BEFORE INSERT ON "partners"
  FOR EACH ROW EXECUTE FUNCTION "hub_assign_partner_code"();
CREATE TRIGGER "set_staff_code" BEFORE INSERT ON "staff"
  FOR EACH ROW EXECUTE FUNCTION "hub_assign_staff_code"();

-- ───────────── partners.parent_asin_count / child_asin_count ─────────────

CREATE FUNCTION "hub_refresh_asin_counts"(pid uuid) RETURNS void LANGUAGE sql AS $$
  UPDATE "partners" p SET
    "parent_asin_count" = c.parents,
    "child_asin_count" = c.children
  FROM (
    SELECT count(*) FILTER (WHERE a."is_parent") AS parents,
           count(*) FILTER (WHERE NOT a."is_parent") AS children
    FROM "asins" a WHERE a."partner_id" = pid AND a."deleted_at" IS NULL
  ) c
  WHERE p."id" = pid
    AND (p."parent_asin_count", p."child_asin_count") IS DISTINCT FROM (c.parents::int, c.children::int);
$$;

CREATE FUNCTION "hub_asins_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM "hub_refresh_asin_counts"(OLD."partner_id"); END IF;
  IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW."partner_id" <> OLD."partner_id") THEN
    PERFORM "hub_refresh_asin_counts"(NEW."partner_id");
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "asins_keep_partner_counts"
  AFTER INSERT OR DELETE OR UPDATE OF "partner_id", "is_parent", "deleted_at" ON "asins"
  FOR EACH ROW EXECUTE FUNCTION "hub_asins_changed"();

-- ───────────── staff.current_client_count ─────────────

CREATE FUNCTION "hub_refresh_client_count"(sid uuid) RETURNS void LANGUAGE sql AS $$
  UPDATE "staff" s SET "current_client_count" = c.n
  FROM (
    SELECT count(DISTINCT pa."partner_id")::int AS n
    FROM "partner_assignments" pa JOIN "partners" p ON p."id" = pa."partner_id"
    WHERE pa."staff_id" = sid AND pa."unassigned_at" IS NULL AND p."deleted_at" IS NULL
  ) c
  WHERE s."id" = sid AND s."current_client_count" IS DISTINCT FROM c.n;
$$;

CREATE FUNCTION "hub_assignments_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM "hub_refresh_client_count"(OLD."staff_id"); END IF;
  IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW."staff_id" <> OLD."staff_id") THEN
    PERFORM "hub_refresh_client_count"(NEW."staff_id");
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "partner_assignments_keep_client_counts"
  AFTER INSERT OR DELETE OR UPDATE OF "staff_id", "partner_id", "unassigned_at" ON "partner_assignments"
  FOR EACH ROW EXECUTE FUNCTION "hub_assignments_changed"();

-- A partner leaving (soft delete) or coming back changes its staff's client counts.
CREATE FUNCTION "hub_partner_presence_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE sid uuid;
BEGIN
  FOR sid IN SELECT DISTINCT "staff_id" FROM "partner_assignments"
             WHERE "partner_id" = NEW."id" AND "unassigned_at" IS NULL LOOP
    PERFORM "hub_refresh_client_count"(sid);
  END LOOP;
  RETURN NULL;
END $$;

CREATE TRIGGER "partners_keep_client_counts"
  AFTER UPDATE OF "deleted_at" ON "partners"
  FOR EACH ROW WHEN ((OLD."deleted_at" IS NULL) <> (NEW."deleted_at" IS NULL))
  EXECUTE FUNCTION "hub_partner_presence_changed"();

-- ───────────── weekly_statuses: ISO week number and year derived from the Monday ─────────────

CREATE FUNCTION "hub_derive_status_week"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."week_number" := extract(week FROM NEW."week_start_date")::int;
  NEW."year" := extract(isoyear FROM NEW."week_start_date")::int;
  RETURN NEW;
END $$;

CREATE TRIGGER "weekly_statuses_derive_week"
  BEFORE INSERT OR UPDATE OF "week_start_date", "week_number", "year" ON "weekly_statuses"
  FOR EACH ROW EXECUTE FUNCTION "hub_derive_status_week"();

-- ───────────── Soft delete: a DELETE marks the row deleted instead ─────────────

-- Rows are only removed when a whole organization is deleted (the cascade runs inside the
-- foreign key's own trigger, so pg_trigger_depth() > 1) or when an operator purges with
-- SET LOCAL hub.allow_hard_delete = 'on'.
CREATE FUNCTION "hub_soft_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF pg_trigger_depth() > 1 OR current_setting('hub.allow_hard_delete', true) = 'on' THEN
    RETURN OLD;
  END IF;
  EXECUTE format('UPDATE %I.%I SET "deleted_at" = now() WHERE "id" = $1 AND "deleted_at" IS NULL',
                 TG_TABLE_SCHEMA, TG_TABLE_NAME) USING OLD."id";
  RETURN NULL;
END $$;

CREATE TRIGGER "partners_soft_delete" BEFORE DELETE ON "partners"
  FOR EACH ROW EXECUTE FUNCTION "hub_soft_delete"();
CREATE TRIGGER "staff_soft_delete" BEFORE DELETE ON "staff"
  FOR EACH ROW EXECUTE FUNCTION "hub_soft_delete"();
CREATE TRIGGER "asins_soft_delete" BEFORE DELETE ON "asins"
  FOR EACH ROW EXECUTE FUNCTION "hub_soft_delete"();
CREATE TRIGGER "external_contacts_soft_delete" BEFORE DELETE ON "external_contacts"
  FOR EACH ROW EXECUTE FUNCTION "hub_soft_delete"();
CREATE TRIGGER "partner_sheets_soft_delete" BEFORE DELETE ON "partner_sheets"
  FOR EACH ROW EXECUTE FUNCTION "hub_soft_delete"();
