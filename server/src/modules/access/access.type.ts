import { Field, ID, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../graphql/scalars";
import { connectionType } from "../../graphql/connection";
import { DateTimeFilter, IDFilter, StringFilter, entityFilter } from "../../graphql/filters";
import { entityOrder } from "../../graphql/ordering";

const opt = { nullable: true };

@ObjectType({ description: "A permission name and what it allows." })
export class Permission {
  @Field(() => String, {
    description: 'The permission, as "area:action", e.g. "partners:financials".',
  })
  name!: string;
  @Field(() => String, { description: "What the permission allows, for people." })
  description!: string;
}

@ObjectType({
  description:
    "A role and the permissions it grants. Staff roles follow StaffRole; service_* roles are for API keys.",
})
export class Role {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'The role\'s name, e.g. "pod_leader" or "service_finance".' })
  name!: string;
  @Field(() => String, { ...opt, description: "What the role is for, for people." }) description!:
    string | null;
  @Field(() => Boolean, { description: "Installed by default (cannot be deleted)." })
  isSystem!: boolean;
  @Field(() => [String], { description: "Permission names, sorted." }) permissions!: string[];
}

@ObjectType({
  description: "An API key for an internal tool. The key itself is shown only once, at creation.",
})
export class ApiKey {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'What the key is for, e.g. "Finance export job".' })
  name!: string;
  @Field(() => String, { description: 'The key\'s first characters, e.g. "hub_Ab12Cd34".' })
  prefix!: string;
  @Field(() => String, { description: "The role whose permissions the key has." }) role!: string;
  @Field(() => DateTimeScalar, {
    ...opt,
    description: "When the key stops working; null for never.",
  })
  expiresAt!: Date | null;
  @Field(() => DateTimeScalar, {
    ...opt,
    description: "When the key was revoked; null while it works.",
  })
  revokedAt!: Date | null;
  @Field(() => DateTimeScalar, { ...opt, description: "Updated at most once a minute." })
  lastUsedAt!: Date | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => Boolean, { description: "Neither revoked nor expired." }) isActive!: boolean;
  createdById!: string | null;
}

@ObjectType({ description: "A new API key, with its secret shown this once." })
export class CreatedApiKey {
  @Field(() => ApiKey, {
    description: "The stored key (its name, role and expiry; never the secret).",
  })
  apiKey!: ApiKey;
  @Field(() => String, {
    description:
      "The key: store it now, it cannot be shown again. Send it as Authorization: Bearer <key>.",
  })
  key!: string;
}

@ObjectType({
  description: "One change to one record, written in the same transaction as the change.",
})
export class AuditLogEntry {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "The mutation that made the change, e.g. updatePartner." })
  action!: string;
  @Field(() => String, { description: "The table changed (seed names, e.g. partners)." })
  tableName!: string;
  @Field(() => ID, { description: "Id of the record that changed (in tableName)." })
  recordId!: string;
  /** Exposed, redacted for the viewer, by AuditLogResolver.changes. */
  changes!: unknown;
  @Field(() => DateTimeScalar) createdAt!: Date;
  actorId!: string | null;
  apiKeyId!: string | null;
}

export const AuditLogConnection = connectionType(AuditLogEntry, "AuditLog");

export const auditFilter = entityFilter("AuditLog", {
  id: { type: IDFilter },
  action: { type: StringFilter },
  tableName: { type: StringFilter },
  recordId: { type: IDFilter },
  actorId: { type: IDFilter },
  apiKeyId: {
    type: IDFilter,
    description: "Id of the API key that made the change (see apiKeys).",
  },
  createdAt: { type: DateTimeFilter },
});

export const auditOrder = entityOrder("AuditLog", { createdAt: {}, tableName: {}, action: {} }, [
  { name: "createdAt", direction: "desc" },
]);
