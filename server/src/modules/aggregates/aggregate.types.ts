// The GraphQL types of an entity's aggregates, generated from its filter: enum, boolean and
// foreign-key fields group as they are, date fields group by a bucket (DAY … YEAR), and
// whole-number and decimal fields get sum, avg, min and max.
import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import type { ClassType } from "type-graphql";
import { DateScalar } from "../../graphql/scalars";
import { BUCKETS, type AggregateTable, type Grouping } from "./aggregate.sql";
import { kindOf } from "../../graphql/filterSql";
import { Authorized } from "../../graphql/authChecker";
import { readPermission } from "../../auth/fieldPermissions";

const upperSnake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();

export interface AggregateTypes {
  Group: ClassType;
  GroupBy: object;
  groupings: Map<string, Grouping>;
  numeric: string[];
}

function objectType(
  name: string,
  description: string,
  fields: [string, () => unknown, string?][],
  guardedFor?: string,
): ClassType {
  const T = class {};
  Object.defineProperty(T, "name", { value: name });
  for (const [field, type, about] of fields) {
    Field(type as never, { nullable: true, ...(about ? { description: about } : {}) })(
      T.prototype,
      field,
    );
    // A sum or maximum of a hidden field is the field: it needs the same permission.
    const permission = guardedFor && readPermission(guardedFor, field);
    if (permission) Authorized(permission)(T.prototype, field);
  }
  ObjectType(name, { description })(T);
  return T;
}

export function aggregateTypes(entity: string, t: AggregateTable): AggregateTypes {
  const groupings = new Map<string, Grouping>();
  const keyFields: [string, () => unknown, string?][] = [];
  const numeric: string[] = [];
  for (const field of Object.keys(t.spec.fields)) {
    const kind = kindOf(t.spec, field);
    if (
      kind.type === "enum" ||
      kind.type === "boolean" ||
      (kind.type === "id" && field !== "id") ||
      (kind.type === "string" && t.groupText?.includes(field))
    ) {
      groupings.set(upperSnake(field), { field });
      const type =
        kind.type === "enum"
          ? kind.enumType
          : kind.type === "boolean"
            ? Boolean
            : kind.type === "id"
              ? ID
              : String;
      keyFields.push([field, () => type]);
    } else if (kind.type === "date" || kind.type === "datetime") {
      for (const bucket of BUCKETS)
        groupings.set(`${upperSnake(field)}_${bucket.toUpperCase()}`, { field, bucket });
      keyFields.push([
        field,
        () => DateScalar,
        "The first day of the bucket (UTC) when grouped by this date.",
      ]);
    } else if (kind.type === "int" || kind.type === "decimal") numeric.push(field);
  }
  const GroupBy = Object.fromEntries([...groupings.keys()].map((k) => [k, k]));
  const valuesConfig = Object.fromEntries(
    [...groupings].map(([k, g]) => [
      k,
      {
        description: g.bucket
          ? `Group by ${g.field}, one group per ${g.bucket} (key.${g.field} is its first day).`
          : `Group by ${g.field} (key.${g.field} holds each group's value).`,
      },
    ]),
  );
  registerEnumType(GroupBy, {
    name: `${entity}GroupBy`,
    description: `What ${entity} aggregates group by; dates by DAY, WEEK (from Monday), MONTH, QUARTER or YEAR.`,
    valuesConfig,
  });
  const Key = objectType(
    `${entity}AggregateKey`,
    "The values a group shares (null for the fields not grouped by).",
    keyFields,
  );
  const Numbers = numeric.length
    ? objectType(
        `${entity}AggregateNumbers`,
        "One figure per numeric field (null when no row has a value).",
        numeric.map((f) => [f, () => Float]),
        entity,
      )
    : null;
  const groupFields: [string, () => unknown, string?][] = [
    [
      "key",
      () => Key,
      "The values this group shares; without groupBy there is one group and its key is all null.",
    ],
    ["count", () => Int, "Rows in the group."],
  ];
  const figures = {
    sum: "Totals",
    avg: "Averages (mean)",
    min: "Smallest values",
    max: "Largest values",
  };
  if (Numbers)
    for (const [fn, about] of Object.entries(figures))
      groupFields.push([fn, () => Numbers, `${about} of the group's numeric fields.`]);
  const Group = objectType(
    `${entity}AggregateGroup`,
    `A group of ${entity} rows and its figures.`,
    groupFields,
  );
  return { Group, GroupBy, groupings, numeric };
}
