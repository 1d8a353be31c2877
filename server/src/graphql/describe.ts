// Derived types say what their source says: a filter, sort, input or aggregate field takes the
// description of the entity field it stands for (PartnerFilter.status ← Partner.status), so a
// field is described once, where it is declared. The few fields and arguments every entity has
// (id, createdAt, input, filter, …) are worded once here. Runs once on the built schema.
import {
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLSchema,
} from "graphql";

const DERIVED = [
  /^(.+)Filter$/,
  /^(.+)OrderBy$/,
  /^Create(.+)Input$/,
  /^Update(.+)Input$/,
  /^(.+)AggregateKey$/,
  /^(.+)AggregateNumbers$/,
];
/** Inputs not named after the entity they write. */
const SOURCES: Record<string, string> = {
  AuditLogFilter: "AuditLogEntry",
  AuditLogOrderBy: "AuditLogEntry",
  RecordWeeklyStatusInput: "WeeklyStatus",
  RequestPtoInput: "PtoRecord",
  UpdatePtoInput: "PtoRecord",
  PtoRecordFilter: "PtoRecord",
  LogInteractionInput: "PartnerInteraction",
  WeeklyReportInput: "WeeklyReport",
  QuarterlyGoalInput: "QuarterlyGoal",
  SaveQueryInput: "SavedQuery",
  DefineConfigurationInput: "Configuration",
  SetSystemSettingInput: "SystemSetting",
};

/** The root types, which code-first schemas cannot describe where they are declared. */
const ROOTS: Record<string, string> = {
  Query:
    "Reads. Every list is a connection (first/after, filter, orderBy), and most have an aggregate, e.g. partnersAggregate(groupBy: [STATUS]).",
  Mutation:
    "Writes. Each runs in one transaction, checks permissions and is recorded in the audit log.",
};

const COMMON_FIELDS: Record<string, string> = {
  id: "Unique id (a UUID), stable for the record's life; pass it to the single-record query and to mutations.",
  createdAt: "When the record was created (UTC).",
  updatedAt: "When the record last changed (UTC, set by the database on every write).",
};

const COMMON_ARGS: Record<
  string,
  (arg: GraphQLArgument, field: GraphQLField<unknown, unknown>) => string
> = {
  id: (_, f) => `Id of the ${getNamedType(f.type).name}.`,
  input: (a) => `The values to write; each is described on ${getNamedType(a.type).name}.`,
  filter: () =>
    'Only items matching all these conditions, e.g. { status: { eq: ACTIVE }, createdAt: { gte: "2026-01-01T00:00:00Z" } }.',
  orderBy: (_, f) =>
    `Sort order, e.g. [{ createdAt: DESC }]; ${getNamedType(f.type).name} lists end with id as the tie-breaker.`,
  groupBy: () =>
    "Fields to group by, e.g. [STATUS, CREATED_AT_MONTH]; none gives one group of everything.",
};

type Described = { name: string; description?: string | null };
const fieldsOf = (schema: GraphQLSchema, name: string): Record<string, Described> | undefined => {
  const t = schema.getType(name);
  return t && (isObjectType(t) || isInterfaceType(t) || isInputObjectType(t))
    ? t.getFields()
    : undefined;
};

/** The entity field a derived field stands for: same name, or `partnerId` → `partner`. */
function sourceDescription(entity: Record<string, Described>, field: string): string | undefined {
  const same = entity[field]?.description;
  if (same) return same;
  const related = field.endsWith("Id") ? entity[field.slice(0, -2)]?.description : undefined;
  return related ? `Id of: ${related}` : undefined;
}

export function describeDerived(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (
      type.name.startsWith("__") ||
      !(isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))
    )
      continue;
    type.description ??= ROOTS[type.name];
    const entityName =
      SOURCES[type.name] ??
      DERIVED.map((re) => re.exec(type.name)?.[1]).find((n) => n && fieldsOf(schema, n));
    const entity = entityName ? fieldsOf(schema, entityName) : undefined;
    for (const field of Object.values(type.getFields())) {
      field.description ??=
        (entity && sourceDescription(entity, field.name)) ?? COMMON_FIELDS[field.name];
      if (!("args" in field)) continue;
      for (const arg of field.args)
        arg.description ??= COMMON_ARGS[arg.name]?.(arg, field as GraphQLField<unknown, unknown>);
    }
  }
  return schema;
}
