// One filter shape everywhere: per field { eq ne in notIn lt lte gt gte contains startsWith
// isNull } as the type allows, combined with and / or / not. Entity filters are generated
// from a field list by entityFilter(), and translated to Prisma by toPrismaWhere().
import { Field, ID, InputType, Int } from "type-graphql";
import type { ClassType } from "type-graphql";
import type { ReturnTypeFuncValue } from "type-graphql/build/typings/decorators/types";
import { DateScalar, DateTimeScalar, DecimalScalar } from "./scalars";
import { badInput } from "../lib/errors";
import { requireReadable, type FieldReader } from "../auth/fieldPermissions";

/** Each operator's options (nullable, and what it means), shared by every filter type. */
const op = (description: string) => ({ nullable: true, description });
const OP = {
  eq: op("Equal to this value; null matches empty fields."),
  ne: op("Not equal to this value; null matches filled fields."),
  in: op('Equal to one of these values, e.g. ["a", "b"].'),
  notIn: op("Equal to none of these values."),
  lt: op("Less than this value."),
  lte: op("Less than or equal to this value."),
  gt: op("Greater than this value."),
  gte: op("Greater than or equal to this value."),
  contains: op('Contains this text, ignoring case: "acme" matches "ACME Corp".'),
  startsWith: op('Starts with this text, ignoring case: "so-" matches "SO-0042".'),
  isNull: op("true: the field is empty; false: it has a value."),
};

/** What a filter type says about its field, for SQL built outside Prisma (aggregates). */
export type FilterKind =
  | { type: "string" | "id" | "boolean" | "int" | "decimal" | "date" | "datetime" }
  | { type: "enum"; enumType: object; name: string };
export const filterKinds = new Map<ClassType, FilterKind>();

@InputType({ description: "Conditions on a text field; contains and startsWith ignore case." })
export class StringFilter {
  @Field(() => String, OP.eq) eq?: string;
  @Field(() => String, OP.ne) ne?: string;
  @Field(() => [String], OP.in) in?: string[];
  @Field(() => [String], OP.notIn) notIn?: string[];
  @Field(() => String, OP.lt) lt?: string;
  @Field(() => String, OP.lte) lte?: string;
  @Field(() => String, OP.gt) gt?: string;
  @Field(() => String, OP.gte) gte?: string;
  @Field(() => String, OP.contains) contains?: string;
  @Field(() => String, OP.startsWith) startsWith?: string;
  @Field(() => Boolean, OP.isNull) isNull?: boolean;
}

@InputType({ description: "Conditions on an ID field." })
export class IDFilter {
  @Field(() => ID, OP.eq) eq?: string;
  @Field(() => ID, OP.ne) ne?: string;
  @Field(() => [ID], OP.in) in?: string[];
  @Field(() => [ID], OP.notIn) notIn?: string[];
  @Field(() => Boolean, OP.isNull) isNull?: boolean;
}

@InputType({ description: "Conditions on a true/false field." })
export class BooleanFilter {
  @Field(() => Boolean, OP.eq) eq?: boolean;
  @Field(() => Boolean, OP.ne) ne?: boolean;
  @Field(() => Boolean, OP.isNull) isNull?: boolean;
}

function rangeFilter<T>(
  name: string,
  type: () => ReturnTypeFuncValue,
  description: string,
): ClassType {
  @InputType(name, { description })
  class RangeFilter {
    @Field(type, OP.eq) eq?: T;
    @Field(type, OP.ne) ne?: T;
    @Field(() => [type()] as ReturnTypeFuncValue, OP.in) in?: T[];
    @Field(() => [type()] as ReturnTypeFuncValue, OP.notIn) notIn?: T[];
    @Field(type, OP.lt) lt?: T;
    @Field(type, OP.lte) lte?: T;
    @Field(type, OP.gt) gt?: T;
    @Field(type, OP.gte) gte?: T;
    @Field(() => Boolean, OP.isNull) isNull?: boolean;
  }
  return RangeFilter;
}

export const IntFilter = rangeFilter<number>(
  "IntFilter",
  () => Int,
  "Conditions on a whole-number field.",
);
export const DecimalFilter = rangeFilter<string>(
  "DecimalFilter",
  () => DecimalScalar,
  "Conditions on a decimal field.",
);
export const DateFilter = rangeFilter<Date>(
  "DateFilter",
  () => DateScalar,
  'Conditions on a calendar-day field ("YYYY-MM-DD").',
);
export const DateTimeFilter = rangeFilter<Date>(
  "DateTimeFilter",
  () => DateTimeScalar,
  "Conditions on a timestamp field.",
);
for (const [filter, type] of [
  [StringFilter, "string"],
  [IDFilter, "id"],
  [BooleanFilter, "boolean"],
  [IntFilter, "int"],
  [DecimalFilter, "decimal"],
  [DateFilter, "date"],
  [DateTimeFilter, "datetime"],
] as const) {
  filterKinds.set(filter, { type });
}

const enumFilters = new Map<object, ClassType>();

/** An enum's filter, `<Enum>Filter`: eq ne in notIn isNull (one type per enum). */
export function enumFilter(enumType: object, name: string): ClassType {
  const known = enumFilters.get(enumType);
  if (known) return known;
  @InputType(`${name}Filter`, { description: `Conditions on a ${name} field.` })
  class EnumFilter {
    @Field(() => enumType, OP.eq) eq?: string;
    @Field(() => enumType, OP.ne) ne?: string;
    @Field(() => [enumType], OP.in) in?: string[];
    @Field(() => [enumType], OP.notIn) notIn?: string[];
    @Field(() => Boolean, OP.isNull) isNull?: boolean;
  }
  enumFilters.set(enumType, EnumFilter);
  filterKinds.set(EnumFilter, { type: "enum", enumType, name });
  return EnumFilter;
}

/**
 * Filterable fields of an entity: GraphQL field → its filter type, and its Prisma field and
 * SQL column when they are not named after it (camelCase / snake_case). A description is
 * needed only for a field the entity type does not show (others take the entity field's).
 */
export type FilterFields = Record<
  string,
  { type: ClassType; field?: string; column?: string; description?: string }
>;

/** A filter on related records: to-many (some / every / none) or to-one. */
export interface RelationFilter {
  many: boolean;
  target: EntityFilterSpec;
  /** The Prisma relation field. */
  prisma: string;
  /** For SQL: the related table, and the columns that join it (this row's, the related row's). */
  table: string;
  on: [string, string];
  /** The related rows are soft-deleted: archived ones never match. */
  live?: boolean;
  description: string;
}

export interface EntityFilterSpec {
  entity: string;
  fields: FilterFields;
  input: ClassType;
  relations: Record<string, RelationFilter>;
}

/** Filter specs by their input type's name (the cost limit weighs their relation filters). */
export const filterSpecs = new Map<string, EntityFilterSpec>();

/** Builds `<Entity>Filter` with the given fields plus and / or / not. */
export function entityFilter(entity: string, fields: FilterFields): EntityFilterSpec {
  const Filter = class {};
  Object.defineProperty(Filter, "name", { value: `${entity}Filter` });
  for (const [name, spec] of Object.entries(fields))
    Field(() => spec.type, { nullable: true, description: spec.description })(
      Filter.prototype,
      name,
    );
  Field(() => [Filter], { nullable: true, description: "All of these conditions." })(
    Filter.prototype,
    "and",
  );
  Field(() => [Filter], { nullable: true, description: "Any of these conditions." })(
    Filter.prototype,
    "or",
  );
  Field(() => Filter, { nullable: true, description: "Not this condition." })(
    Filter.prototype,
    "not",
  );
  InputType(`${entity}Filter`, {
    description: `Conditions on ${entity} fields; several fields and operators all apply (AND).`,
  })(Filter);
  const spec: EntityFilterSpec = { entity, fields, input: Filter, relations: {} };
  filterSpecs.set(`${entity}Filter`, spec);
  return spec;
}

const listFilters = new Map<EntityFilterSpec, ClassType>();

/** `<Entity>ListFilter`: some / every / none of the related records match. */
function listFilterOf(target: EntityFilterSpec): ClassType {
  let List = listFilters.get(target);
  if (!List) {
    List = class {};
    Object.defineProperty(List, "name", { value: `${target.entity}ListFilter` });
    Field(() => target.input, {
      nullable: true,
      description: "At least one related record matches.",
    })(List.prototype, "some");
    Field(() => target.input, {
      nullable: true,
      description: "Every related record matches (true when there are none).",
    })(List.prototype, "every");
    Field(() => target.input, { nullable: true, description: "No related record matches." })(
      List.prototype,
      "none",
    );
    InputType(`${target.entity}ListFilter`, {
      description: `Conditions on related ${target.entity} records.`,
    })(List);
    listFilters.set(target, List);
  }
  return List;
}

/** Adds filters on related records to an entity's filter (after every spec exists, so they may refer to each other). */
export function addRelationFilters(
  spec: EntityFilterSpec,
  relations: Record<string, RelationFilter>,
): void {
  for (const [name, r] of Object.entries(relations)) {
    const type = r.many ? listFilterOf(r.target) : r.target.input; // registered now: type thunks run after input types are collected
    Field(() => type, { nullable: true, description: r.description })(spec.input.prototype, name);
    spec.relations[name] = r;
  }
}

export const RELATION_OPS = ["some", "every", "none"] as const;

type Where = Record<string, unknown>;
const OPS: Record<string, (v: unknown) => unknown> = {
  eq: (v) => (v === null ? null : { equals: v }),
  ne: (v) => (v === null ? { not: null } : { not: v }),
  in: (v) => ({ in: v }),
  notIn: (v) => ({ notIn: v }),
  lt: (v) => ({ lt: v }),
  lte: (v) => ({ lte: v }),
  gt: (v) => ({ gt: v }),
  gte: (v) => ({ gte: v }),
  contains: (v) => ({ contains: v, mode: "insensitive" }),
  startsWith: (v) => ({ startsWith: v, mode: "insensitive" }),
  isNull: (v) => (v ? null : { not: null }),
};
const MAX_DEPTH = 8;

/**
 * Translates a GraphQL filter into a Prisma where; every condition becomes one AND term. A
 * field the reader may not read (auth/fieldPermissions.ts) is refused at any depth, related
 * records' fields included: a filter must not be a way to probe a hidden value.
 */
export function toPrismaWhere(
  filter: Where | null | undefined,
  spec: EntityFilterSpec,
  reader: FieldReader,
  path = "filter",
  depth = 0,
): Where {
  if (!filter) return {};
  if (depth > MAX_DEPTH)
    throw badInput(path, `Filters may nest and/or/not at most ${MAX_DEPTH} levels deep.`);
  const and: Where[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null) continue;
    if (key === "and" || key === "or") {
      const parts = (value as Where[]).map((f, i) =>
        toPrismaWhere(f, spec, reader, `${path}.${key}[${i}]`, depth + 1),
      );
      and.push({ [key.toUpperCase()]: parts });
      continue;
    }
    if (key === "not") {
      and.push({ NOT: toPrismaWhere(value as Where, spec, reader, `${path}.not`, depth + 1) });
      continue;
    }
    const relation = spec.relations[key];
    if (relation) {
      and.push(...relationWhere(relation, value as Where, reader, `${path}.${key}`, depth));
      continue;
    }
    requireReadable(reader, spec.entity, key, `${path}.${key}`);
    const field = spec.fields[key]?.field ?? key;
    for (const [op, operand] of Object.entries(value as Where)) {
      if (operand === undefined) continue;
      if ((op === "in" || op === "notIn") && !Array.isArray(operand))
        throw badInput(`${path}.${key}.${op}`, `${op} takes a list.`);
      and.push({ [field]: OPS[op](operand) });
    }
  }
  return and.length ? { AND: and } : {};
}

/** A relation filter in Prisma's terms; archived related records never match. */
function relationWhere(
  r: RelationFilter,
  value: Where,
  reader: FieldReader,
  path: string,
  depth: number,
): Where[] {
  const live = r.live ? { deletedAt: null } : {};
  if (!r.many)
    return [
      {
        [r.prisma]: { is: { ...toPrismaWhere(value, r.target, reader, path, depth + 1), ...live } },
      },
    ];
  return RELATION_OPS.filter((op) => value[op]).map((op) => {
    const inner = toPrismaWhere(value[op] as Where, r.target, reader, `${path}.${op}`, depth + 1);
    // every: each live record matches (archived ones are not asked).
    const where =
      op === "every" && r.live
        ? { OR: [{ deletedAt: { not: null } }, inner] }
        : { ...inner, ...live };
    return { [r.prisma]: { [op]: where } };
  });
}
