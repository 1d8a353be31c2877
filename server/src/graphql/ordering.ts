// Ordering: a list of single-field objects applied in order, the id always last as the
// tie-breaker: orderBy: [{ tier: ASC }, { brandName: DESC }].
import { Field, InputType, registerEnumType } from "type-graphql";
import type { ClassType } from "type-graphql";
import { badInput } from "../lib/errors";
import { requireReadable, type FieldReader } from "../auth/fieldPermissions";
import { enumOrder } from "./enums";

export enum SortDirection {
  ASC = "asc",
  DESC = "desc",
}
registerEnumType(SortDirection, {
  name: "SortDirection",
  description: "ASC puts empty values last, DESC first.",
  valuesConfig: {
    ASC: { description: "Smallest, earliest or A first." },
    DESC: { description: "Largest, latest or Z first." },
  },
});

/** How a sortable field compares: plain values, or an enum in declaration order. */
export interface SortField {
  field: string;
  enumValues?: readonly string[];
  nullable?: boolean;
}
export interface OrderTerm extends SortField {
  name: string;
  direction: "asc" | "desc";
}

export interface OrderSpec {
  /** The entity sorted (for the field-permission registry). */
  entity: string;
  input: ClassType;
  fields: Record<string, SortField>;
  defaultOrder: { name: string; direction: "asc" | "desc" }[];
}

/** Builds `<Entity>OrderBy` from sortable fields: name → Prisma field (enum: the GraphQL enum). */
export function entityOrder(
  entity: string,
  fields: Record<string, { field?: string; enum?: object; nullable?: boolean }>,
  defaultOrder: { name: string; direction: "asc" | "desc" }[],
): OrderSpec {
  const OrderBy = class {};
  Object.defineProperty(OrderBy, "name", { value: `${entity}OrderBy` });
  for (const name of Object.keys(fields))
    Field(() => SortDirection, { nullable: true })(OrderBy.prototype, name);
  InputType(`${entity}OrderBy`, {
    description: `One field to sort ${entity} by; give a list to sort by several.`,
  })(OrderBy);
  const sortFields = Object.fromEntries(
    Object.entries(fields).map(([name, f]) => [
      name,
      {
        field: f.field ?? name,
        nullable: f.nullable ?? false,
        enumValues: f.enum ? enumOrder.get(f.enum) : undefined,
      },
    ]),
  );
  return { entity, input: OrderBy, fields: sortFields, defaultOrder };
}

/** Resolves the orderBy argument into terms, id last; sorting by a field the reader may not read is refused (the order would reveal it). */
export function orderTerms(
  orderBy: Record<string, string | undefined>[] | null | undefined,
  spec: OrderSpec,
  reader: FieldReader,
): OrderTerm[] {
  const given = orderBy?.length
    ? orderBy.map((o, i) => {
        const set = Object.entries(o).filter(([, v]) => v !== undefined && v !== null);
        if (set.length !== 1)
          throw badInput(
            `orderBy[${i}]`,
            `Each orderBy entry names exactly one field (got ${set.length}); use a list for several.`,
          );
        requireReadable(reader, spec.entity, set[0][0], `orderBy[${i}].${set[0][0]}`);
        return { name: set[0][0], direction: set[0][1] as "asc" | "desc" };
      })
    : spec.defaultOrder;
  const terms = given.filter((t) => t.name !== "id").map((t) => ({ ...spec.fields[t.name], ...t }));
  const idDirection = given.find((t) => t.name === "id")?.direction ?? "asc";
  return [...terms, { name: "id", field: "id", direction: idDirection }];
}

export const toPrismaOrderBy = (terms: OrderTerm[]) =>
  terms.map((t) => ({ [t.field]: t.direction }));
