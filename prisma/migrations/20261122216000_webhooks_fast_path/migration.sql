-- Audit entries build a webhook payload only when some active webhook wants the event:
-- building it for every audited row (a 10,000-row pipeline apply) cost seconds for nothing.
CREATE OR REPLACE FUNCTION "hub_audit_webhooks"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  entity text := CASE NEW."table_name" WHEN 'partners' THEN 'partner' WHEN 'staff' THEN 'staff' WHEN 'asins' THEN 'asin'
    WHEN 'partner_assignments' THEN 'assignment' WHEN 'weekly_statuses' THEN 'weekly_status' WHEN 'partner_sheets' THEN 'partner_sheet'
    WHEN 'squads' THEN 'squad' WHEN 'opportunities' THEN 'opportunity' WHEN 'tasks' THEN 'task' WHEN 'quarterly_goals' THEN 'goal' END;
  event text := CASE WHEN NEW."operation" = 'insert' THEN 'created'
    WHEN NEW."operation" = 'delete' OR (NEW."changes" -> 'deleted_at' ->> 1) IS NOT NULL THEN 'deleted' ELSE 'updated' END;
  changes jsonb;
BEGIN
  IF entity IS NULL OR NEW."operation" IS NULL OR NOT EXISTS (
    SELECT 1 FROM "webhooks" w WHERE w."organization_id" = NEW."organization_id" AND w."is_active" AND entity = ANY(w."entities") AND event = ANY(w."events")
  ) THEN RETURN NULL; END IF;
  SELECT coalesce(jsonb_object_agg("hub_camel"(k), jsonb_build_object('from', v -> 0, 'to', v -> 1)), '{}'::jsonb) INTO changes FROM jsonb_each(NEW."changes") AS c(k, v);
  PERFORM "hub_queue_webhook"(NEW."organization_id", entity, event, NEW."record_id",
    ARRAY(SELECT "hub_camel"(k) FROM jsonb_object_keys(NEW."changes") AS k),
    jsonb_build_object('event', entity || '.' || event, 'id', NEW."record_id", 'action', NEW."action", 'actorId', NEW."actor_id",
                       'apiKeyId', NEW."api_key_id", 'changes', changes, 'occurredAt', NEW."created_at"));
  RETURN NULL;
END $$;
