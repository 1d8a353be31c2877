// What a webhook payload may show: the values of fields its reader may not read are
// redacted (auth/fieldPermissions.ts). A delivery leaves the building with its webhook
// owner's permissions (the staff member who created it, while they are active; a webhook
// created by an API key, or whose owner left, carries no protected value); the API shows a
// delivery's payload with the viewer's.
import { redactValues, type FieldReader } from "../../auth/fieldPermissions";
import { camel } from "../../lib/names";

/** The registry's entity of a webhook entity ("partner" → Partner, "weekly_status" → WeeklyStatus). */
export const entityOf = (entity: string) => {
  const name = camel(entity);
  return name.charAt(0).toUpperCase() + name.slice(1);
};

export function redactPayload(reader: FieldReader, entity: string, payload: unknown): unknown {
  if (!payload || typeof payload !== "object" || !("changes" in payload)) return payload;
  const { changes } = payload as { changes: unknown };
  const redacted = redactValues(reader, entityOf(entity), changes);
  return redacted === changes ? payload : { ...payload, changes: redacted };
}

/** The owner's permissions and role, as columns of a statement that has the webhook as `w`. */
export const OWNER_SQL = `
  coalesce((SELECT array_agg(p."name") FROM "staff" s
    JOIN "roles" r ON r."organization_id" = s."organization_id" AND r."name" = s."role"::text
    JOIN "role_permissions" rp ON rp."role_id" = r."id" JOIN "permissions" p ON p."id" = rp."permission_id"
    WHERE s."id" = w."created_by" AND s."status" <> 'departed' AND s."deleted_at" IS NULL), '{}') AS "ownerPermissions",
  coalesce((SELECT s."role"::text FROM "staff" s WHERE s."id" = w."created_by"), 'none') AS "ownerRole"`;
