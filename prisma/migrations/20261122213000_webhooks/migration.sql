-- Webhooks for internal tools: subscriptions, and deliveries queued by the database in the
-- transaction that made the change (from the audit log, and from sync runs).

-- CreateEnum
CREATE TYPE "webhook_delivery_status" AS ENUM ('pending', 'delivered', 'failed');

-- AlterTable
ALTER TABLE "audit_logs" ADD COLUMN     "operation" TEXT;

-- CreateTable
CREATE TABLE "webhooks" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "entities" TEXT[],
    "events" TEXT[],
    "fields" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_by" UUID,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhooks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_deliveries" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "webhook_id" UUID NOT NULL,
    "event" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "record_id" UUID,
    "payload" JSONB NOT NULL,
    "status" "webhook_delivery_status" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "response_status" INTEGER,
    "response_body" TEXT,
    "last_error" TEXT,
    "delivered_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhook_deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "webhooks_organization_id_is_active_idx" ON "webhooks"("organization_id", "is_active");

-- CreateIndex
CREATE INDEX "idx_webhook_deliveries_due" ON "webhook_deliveries"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "webhook_deliveries_webhook_id_created_at_idx" ON "webhook_deliveries"("webhook_id", "created_at");

-- AddForeignKey
ALTER TABLE "webhooks" ADD CONSTRAINT "webhooks_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhooks" ADD CONSTRAINT "webhooks_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "staff"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_webhook_id_fkey" FOREIGN KEY ("webhook_id") REFERENCES "webhooks"("id") ON DELETE CASCADE ON UPDATE CASCADE;


ALTER TABLE "webhooks"
  ADD CONSTRAINT "webhooks_url_check" CHECK ("url" ~ '^https?://'),
  ADD CONSTRAINT "webhooks_events_check" CHECK (cardinality("events") > 0 AND "events" <@ ARRAY['created', 'updated', 'deleted', 'sync_finished', 'batch_applied']),
  ADD CONSTRAINT "webhooks_entities_check" CHECK (cardinality("entities") > 0);
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_attempts_check" CHECK ("attempts" >= 0);

CREATE TRIGGER "touch_webhooks_updated_at" BEFORE UPDATE ON "webhooks" FOR EACH ROW EXECUTE FUNCTION "hub_touch_updated_at"();
CREATE TRIGGER "touch_webhook_deliveries_updated_at" BEFORE UPDATE ON "webhook_deliveries" FOR EACH ROW EXECUTE FUNCTION "hub_touch_updated_at"();
CREATE TRIGGER "audit_webhooks" AFTER INSERT OR UPDATE OR DELETE ON "webhooks" FOR EACH ROW EXECUTE FUNCTION "hub_audit"();
SELECT "hub_isolate_tenant"(t) FROM unnest(ARRAY['webhooks', 'webhook_deliveries']) AS t;

-- The audit log now says which operation each entry records.
CREATE OR REPLACE FUNCTION "hub_audit"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  action text := current_setting('hub.action', true);
  old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
  new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
  diff jsonb;
BEGIN
  IF action IS NULL OR action = '' OR pg_trigger_depth() > 1 THEN RETURN NULL; END IF;
  SELECT coalesce(jsonb_object_agg(k, jsonb_build_array(old_row -> k, new_row -> k)), '{}'::jsonb) INTO diff
  FROM (SELECT jsonb_object_keys(coalesce(new_row, old_row)) AS k) keys
  WHERE k NOT IN ('updated_at', 'created_at', 'id', 'organization_id', 'key_hash', 'refresh_token_hash', 'secret')
    AND (old_row -> k) IS DISTINCT FROM (new_row -> k)
    AND NOT (TG_OP = 'INSERT' AND new_row -> k = 'null'::jsonb);
  IF TG_OP = 'UPDATE' AND diff = '{}'::jsonb THEN RETURN NULL; END IF;
  INSERT INTO "audit_logs" ("organization_id", "actor_id", "api_key_id", "action", "table_name", "record_id", "operation", "changes")
  VALUES (
    (coalesce(new_row, old_row) ->> CASE WHEN TG_TABLE_NAME = 'organizations' THEN 'id' ELSE 'organization_id' END)::uuid,
    nullif(current_setting('hub.actor_id', true), '')::uuid,
    nullif(current_setting('hub.api_key_id', true), '')::uuid,
    action, TG_TABLE_NAME, (coalesce(new_row, old_row) ->> 'id')::uuid, lower(TG_OP), diff);
  RETURN NULL;
END $$;

-- snake_case → camelCase, for payloads in the API's field names.
CREATE FUNCTION "hub_camel"(p text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT string_agg(CASE WHEN i = 1 THEN part ELSE initcap(part) END, '' ORDER BY i) FROM unnest(string_to_array(p, '_')) WITH ORDINALITY AS t(part, i)
$$;

CREATE FUNCTION "hub_queue_webhook"(p_org uuid, p_entity text, p_event text, p_record uuid, p_changed text[], p_payload jsonb) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT AS $$
  INSERT INTO "webhook_deliveries" ("organization_id", "webhook_id", "event", "entity", "record_id", "payload")
  SELECT w."organization_id", w."id", p_event, p_entity, p_record, p_payload || jsonb_build_object('webhookId', w."id")
  FROM "webhooks" w
  WHERE w."organization_id" = p_org AND w."is_active" AND p_entity = ANY(w."entities") AND p_event = ANY(w."events")
    AND (cardinality(w."fields") = 0 OR w."fields" && p_changed)
$$;

-- Entity events: every audited change of the tables the API exposes as entities.
CREATE FUNCTION "hub_audit_webhooks"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  entity text := CASE NEW."table_name" WHEN 'partners' THEN 'partner' WHEN 'staff' THEN 'staff' WHEN 'asins' THEN 'asin'
    WHEN 'partner_assignments' THEN 'assignment' WHEN 'weekly_statuses' THEN 'weekly_status' WHEN 'partner_sheets' THEN 'partner_sheet'
    WHEN 'squads' THEN 'squad' WHEN 'opportunities' THEN 'opportunity' WHEN 'tasks' THEN 'task' WHEN 'quarterly_goals' THEN 'goal' END;
  event text := CASE WHEN NEW."operation" = 'insert' THEN 'created'
    WHEN NEW."operation" = 'delete' OR (NEW."changes" -> 'deleted_at' ->> 1) IS NOT NULL THEN 'deleted' ELSE 'updated' END;
  changes jsonb;
BEGIN
  IF entity IS NULL OR NEW."operation" IS NULL THEN RETURN NULL; END IF;
  SELECT coalesce(jsonb_object_agg("hub_camel"(k), jsonb_build_object('from', v -> 0, 'to', v -> 1)), '{}'::jsonb) INTO changes FROM jsonb_each(NEW."changes") AS c(k, v);
  PERFORM "hub_queue_webhook"(NEW."organization_id", entity, event, NEW."record_id",
    ARRAY(SELECT "hub_camel"(k) FROM jsonb_object_keys(NEW."changes") AS k),
    jsonb_build_object('event', entity || '.' || event, 'id', NEW."record_id", 'action', NEW."action", 'actorId', NEW."actor_id",
                       'apiKeyId', NEW."api_key_id", 'changes', changes, 'occurredAt', NEW."created_at"));
  RETURN NULL;
END $$;
CREATE TRIGGER "queue_webhooks" AFTER INSERT ON "audit_logs" FOR EACH ROW EXECUTE FUNCTION "hub_audit_webhooks"();

-- Pipeline events: a run that finished (completed or failed), a batch that was applied.
CREATE FUNCTION "hub_sync_webhooks"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  body jsonb := jsonb_build_object('syncLogId', NEW."id", 'batchId', NEW."batch_id", 'dataSourceId', NEW."data_source_id", 'status', NEW."status",
    'changesStaged', NEW."changes_staged", 'changesApplied', NEW."changes_applied", 'errors', NEW."errors", 'occurredAt', now());
BEGIN
  IF NEW."status" IN ('completed', 'failed') AND OLD."status" IS DISTINCT FROM NEW."status" THEN
    PERFORM "hub_queue_webhook"(NEW."organization_id", 'pipeline', 'sync_finished', NEW."id", '{}', body || jsonb_build_object('event', 'pipeline.sync_finished'));
  END IF;
  IF NEW."changes_applied" > OLD."changes_applied" THEN
    PERFORM "hub_queue_webhook"(NEW."organization_id", 'pipeline', 'batch_applied', NEW."id", '{}', body || jsonb_build_object('event', 'pipeline.batch_applied'));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "queue_sync_webhooks" AFTER UPDATE ON "sync_logs" FOR EACH ROW EXECUTE FUNCTION "hub_sync_webhooks"();

INSERT INTO "permissions" ("name", "description") VALUES
  ('webhooks:manage', 'Subscribe URLs to events, see and replay their deliveries');
INSERT INTO "role_permissions" ("organization_id", "role_id", "permission_id")
SELECT ro."organization_id", ro."id", pe."id"
FROM "roles" ro JOIN "permissions" pe ON pe."name" = 'webhooks:manage'
WHERE ro."is_system" AND ro."name" IN ('admin', 'operations')
ON CONFLICT DO NOTHING;
