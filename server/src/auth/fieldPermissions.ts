// The one field-permission registry: which fields need a permission beyond their entity's
// read permission, to be read and to be changed. Every read path asks it — GraphQL selection
// (schema build refuses an unguarded registered field), filters at any depth, ordering,
// aggregates, lineage, audit diffs, webhook payloads, staged changes, exports, raw source
// cells — so a denied field is a FORBIDDEN error or the REDACTED marker, never a value and
// never something to probe a value with.
//
// The API is small on purpose (the read planner asks it when it compiles a query):
//   canRead(viewer, entity, field)       may this viewer see this field's value?
//   requireReadable(viewer, entity, field, path)   the same, as a FORBIDDEN error
//   protectedFields(entity)              every guarded field of an entity (GraphQL names)
//   hiddenFields(viewer, entity)         the ones this viewer may not read
//   redactValues(viewer, entity, values, naming)  a JSON object of field → value, redacted
// Entities are GraphQL type names ("Partner"); fields are GraphQL names ("baseFee") or, with
// naming "column", the database's ("base_fee") for stored diffs and pipeline values.
import { forbidden } from "../lib/errors";
import { snake } from "../lib/names";
import type { Permission } from "./permissions";

/** Whoever reads: a request's viewer, a webhook's owner, a background job. */
export interface FieldReader {
  permissions: ReadonlySet<string>;
  role: string;
}

interface FieldRule {
  /** Needed to see the value, filter, sort or aggregate by it. */
  read?: Permission;
  /** Needed to change it (on top of the entity's write permission). */
  write?: Permission;
}

interface EntityRules {
  /** The table the entity lives in (audit logs and the pipeline name tables, not types). */
  table: string;
  fields: Record<string, FieldRule>;
}

const FINANCIALS: FieldRule = { read: "partners:financials", write: "partners:financials" };

/** The registry. Add a field here and every read path above guards it. */
const REGISTRY: Record<string, EntityRules> = {
  Partner: {
    table: "partners",
    fields: {
      baseFee: FINANCIALS,
      commissionRate: FINANCIALS,
      billingDay: FINANCIALS,
      commissionStructure: FINANCIALS,
    },
  },
  Opportunity: {
    table: "opportunities",
    // The commission paid on a deal reveals the partner's commission structure.
    fields: { commissionDetails: { read: "partners:financials" } },
  },
  Staff: {
    table: "staff",
    // Everyone who sees staff sees their role and email; changing them is access control.
    fields: { role: { write: "access:manage" }, email: { write: "access:manage" } },
  },
};

/** What a redacted value reads as, wherever a value would have been. */
export const REDACTED = "[redacted]";

const ENTITY_OF_TABLE = new Map(Object.entries(REGISTRY).map(([e, r]) => [r.table, e]));

/** The entity stored in a table ("partners" → "Partner"), if the registry knows it. */
export const entityOfTable = (table: string): string | undefined => ENTITY_OF_TABLE.get(table);

const ruleOf = (entity: string, field: string): FieldRule | undefined =>
  REGISTRY[entity]?.fields[field];

/** The permission reading a field needs (null: the entity's read permission is enough). */
export const readPermission = (entity: string, field: string): Permission | null =>
  ruleOf(entity, field)?.read ?? null;

/** Every field of the entity that needs a permission to be read. */
export const protectedFields = (entity: string): string[] =>
  Object.entries(REGISTRY[entity]?.fields ?? {})
    .filter(([, r]) => r.read)
    .map(([f]) => f);

/** Every (entity, field, permission) that needs a permission to be read. */
export const readRules = (): { entity: string; field: string; permission: Permission }[] =>
  Object.keys(REGISTRY).flatMap((entity) =>
    protectedFields(entity).map((field) => ({
      entity,
      field,
      permission: readPermission(entity, field)!,
    })),
  );

export function canRead(viewer: FieldReader, entity: string, field: string): boolean {
  const needed = readPermission(entity, field);
  return !needed || viewer.permissions.has(needed);
}

/** The entity's fields this viewer may not read. */
export const hiddenFields = (viewer: FieldReader, entity: string): string[] =>
  protectedFields(entity).filter((f) => !canRead(viewer, entity, f));

const denial = (viewer: FieldReader, entity: string, field: string, permission: Permission) =>
  forbidden(
    `${entity}.${field} needs the permission ${permission}, which the role ${viewer.role} does not have.`,
  );

/** Refuses, as FORBIDDEN naming the field, what the viewer may not read (path: where it was named, e.g. "filter.partner.baseFee"). */
export function requireReadable(
  viewer: FieldReader,
  entity: string,
  field: string,
  path?: string,
): void {
  const needed = readPermission(entity, field);
  if (needed && !viewer.permissions.has(needed)) {
    const err = denial(viewer, entity, field, needed);
    if (path) err.extensions.field = path;
    throw err;
  }
}

/** Refuses changing a field the viewer may not change (e.g. Partner.baseFee, Staff.role). */
export function requireWritable(
  viewer: FieldReader,
  entity: string,
  field: string,
  path?: string,
): void {
  const needed = ruleOf(entity, field)?.write;
  if (needed && !viewer.permissions.has(needed)) {
    const err = forbidden(
      `Changing ${entity}.${field} needs the permission ${needed}, which the role ${viewer.role} does not have.`,
    );
    if (path) err.extensions.field = path;
    throw err;
  }
}

/**
 * A copy of a JSON object keyed by the entity's fields (GraphQL names, or database columns
 * with naming "column"), with every value the viewer may not read replaced by REDACTED.
 * Anything that is not a plain object comes back as it is.
 */
export function redactValues<T>(
  viewer: FieldReader,
  entity: string | undefined,
  values: T,
  naming: "field" | "column" = "field",
): T {
  if (!entity || !values || typeof values !== "object" || Array.isArray(values)) return values;
  const hidden = hiddenFields(viewer, entity);
  if (!hidden.length) return values;
  const keys = new Set(naming === "column" ? hidden.map(snake) : hidden);
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, keys.has(k) ? REDACTED : v]),
  ) as T;
}
