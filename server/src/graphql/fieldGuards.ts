// The schema builds only when every field the field-permission registry protects is guarded
// wherever the schema serves it: on its entity's type and on the entity's aggregate figures.
// A new type or field cannot quietly serve a protected value without its permission.
import { getMetadataStorage } from "type-graphql";
import { isObjectType, type GraphQLSchema } from "graphql";
import { fieldRules } from "../auth/fieldPermissions";

export function assertFieldsGuarded(schema: GraphQLSchema): GraphQLSchema {
  const guards = getMetadataStorage().authorizedFields;
  for (const { entity, field, read: permission } of fieldRules()) {
    if (!permission) continue;
    for (const typeName of [entity, `${entity}AggregateNumbers`]) {
      const type = schema.getType(typeName);
      if (!isObjectType(type) || !type.getFields()[field]) continue;
      const guarded = guards.some(
        (g) => g.target.name === typeName && g.fieldName === field && g.roles.includes(permission),
      );
      if (!guarded)
        throw new Error(
          `${typeName}.${field} needs ${permission} (auth/fieldPermissions.ts) but the schema serves it unguarded: decorate it with @Guarded.`,
        );
    }
  }
  return schema;
}
