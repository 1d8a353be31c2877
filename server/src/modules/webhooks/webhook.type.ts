import { Field, ID, Int, ObjectType } from "type-graphql";
import { WebhookDeliveryStatus as DbStatus } from "../../generated/prisma/enums";
import { gqlEnum } from "../../graphql/enums";
import { DateTimeScalar, JSONScalar } from "../../graphql/scalars";
import { connectionType } from "../../graphql/connection";
import { DateTimeFilter, entityFilter, enumFilter } from "../../graphql/filters";
import { entityOrder } from "../../graphql/ordering";

export const WEBHOOK_ENTITIES = ["partner", "staff", "asin", "assignment", "weekly_status", "partner_sheet", "squad", "opportunity", "task", "goal", "pipeline"] as const;
export const WEBHOOK_EVENTS = ["created", "updated", "deleted", "sync_finished", "batch_applied"] as const;

export const WebhookEntity = gqlEnum(WEBHOOK_ENTITIES, "WebhookEntity", "What a webhook listens to; PIPELINE has SYNC_FINISHED and BATCH_APPLIED, the others CREATED, UPDATED and DELETED.");
export const WebhookEvent = gqlEnum(WEBHOOK_EVENTS, "WebhookEvent", "A kind of event; DELETED includes archiving.");
export const WebhookDeliveryStatus = gqlEnum(DbStatus, "WebhookDeliveryStatus", "PENDING until the receiver answers 2xx (DELIVERED), or FAILED after the last retry.");

const opt = { nullable: true };

@ObjectType({ description: "A URL subscribed to events. Each delivery is a POST of JSON signed with the webhook's secret: header X-Hub-Signature-256: t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<body>\">." })
export class Webhook {
  @Field(() => ID) id!: string;
  @Field(() => String) url!: string;
  @Field(() => [WebhookEntity]) entities!: string[];
  @Field(() => [WebhookEvent]) events!: string[];
  @Field(() => [String], { description: "Only changes of these fields (API names, e.g. status); empty: any change." }) fields!: string[];
  @Field(() => Boolean) isActive!: boolean;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
  secret!: string;
  organizationId!: string;
}

@ObjectType()
export class CreatedWebhook {
  @Field(() => Webhook) webhook!: Webhook;
  @Field(() => String, { description: "The signing secret: store it now, it is not shown again." }) secret!: string;
}

@ObjectType({ description: "One event sent (or to be sent) to one webhook, with the receiver's last answer." })
export class WebhookDelivery {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "created, updated, deleted, sync_finished or batch_applied." }) event!: string;
  @Field(() => String) entity!: string;
  @Field(() => ID, opt) recordId!: string | null;
  @Field(() => JSONScalar, { description: "The JSON body sent." }) payload!: unknown;
  @Field(() => WebhookDeliveryStatus) status!: string;
  @Field(() => Int) attempts!: number;
  @Field(() => DateTimeScalar, { description: "When it is tried next (while PENDING)." }) nextAttemptAt!: Date;
  @Field(() => Int, opt) responseStatus!: number | null;
  @Field(() => String, { ...opt, description: "The start of the receiver's last answer." }) responseBody!: string | null;
  @Field(() => String, opt) lastError!: string | null;
  @Field(() => DateTimeScalar, opt) deliveredAt!: Date | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  webhookId!: string;
}

export const WebhookDeliveryConnection = connectionType(WebhookDelivery, "WebhookDelivery");
export const deliveryFilter = entityFilter("WebhookDelivery", { status: { type: enumFilter(WebhookDeliveryStatus, "WebhookDeliveryStatus") }, createdAt: { type: DateTimeFilter } });
export const deliveryOrder = entityOrder("WebhookDelivery", { createdAt: {} }, [{ name: "createdAt", direction: "desc" }]);
