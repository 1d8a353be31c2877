import { Field, ID, Int, ObjectType } from "type-graphql";
import { WebhookDeliveryStatus as DbStatus } from "../../generated/prisma/enums";
import { gqlEnum } from "../../graphql/enums";
import { DateTimeScalar } from "../../graphql/scalars";
import { connectionType } from "../../graphql/connection";
import { DateTimeFilter, entityFilter, enumFilter } from "../../graphql/filters";
import { entityOrder } from "../../graphql/ordering";

export const WEBHOOK_ENTITIES = [
  "partner",
  "staff",
  "asin",
  "assignment",
  "weekly_status",
  "partner_sheet",
  "squad",
  "opportunity",
  "task",
  "goal",
  "pipeline",
] as const;
export const WEBHOOK_EVENTS = [
  "created",
  "updated",
  "deleted",
  "sync_finished",
  "batch_applied",
] as const;

export const WebhookEntity = gqlEnum(
  WEBHOOK_ENTITIES,
  "WebhookEntity",
  "What a webhook listens to; PIPELINE has SYNC_FINISHED and BATCH_APPLIED, the others CREATED, UPDATED and DELETED.",
  {
    partner: "Partners.",
    staff: "Staff members.",
    asin: "ASINs.",
    assignment: "Assignments of staff to partners.",
    weekly_status: "Weekly partner statuses.",
    partner_sheet: "Linked sheets.",
    squad: "Squads.",
    opportunity: "Sales opportunities.",
    task: "Tasks.",
    goal: "Quarterly goals.",
    pipeline: "The enrichment pipeline: SYNC_FINISHED and BATCH_APPLIED.",
  },
);
export const WebhookEvent = gqlEnum(
  WEBHOOK_EVENTS,
  "WebhookEvent",
  "A kind of event; DELETED includes archiving.",
  {
    created: "A record was created.",
    updated: "A record changed (filter by field with fields).",
    deleted: "A record was archived or deleted.",
    sync_finished: "A sync run ended (completed, failed or cancelled).",
    batch_applied: "An apply finished writing a batch's approved changes.",
  },
);
export const WebhookDeliveryStatus = gqlEnum(
  DbStatus,
  "WebhookDeliveryStatus",
  "PENDING until the receiver answers 2xx (DELIVERED), or FAILED after the last retry.",
  {
    pending: "Not yet accepted; retried with backoff.",
    delivered: "The receiver answered 2xx.",
    failed: "Every retry failed; replay it once the receiver is fixed.",
  },
);

const opt = { nullable: true };

@ObjectType({
  description:
    'A URL subscribed to events. Each delivery is a POST of JSON signed with the webhook\'s secret: header X-Hub-Signature-256: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">.',
})
export class Webhook {
  @Field(() => ID) id!: string;
  @Field(() => String, {
    description: 'Where deliveries are POSTed, e.g. "https://tools.example.com/hooks/hub".',
  })
  url!: string;
  @Field(() => [WebhookEntity], {
    description: "Entities it listens to, e.g. [PARTNER, PIPELINE].",
  })
  entities!: string[];
  @Field(() => [WebhookEvent], {
    description: "Events it listens to, e.g. [UPDATED, BATCH_APPLIED].",
  })
  events!: string[];
  @Field(() => [String], {
    description: "Only changes of these fields (API names, e.g. status); empty: any change.",
  })
  fields!: string[];
  @Field(() => Boolean, { description: "Inactive webhooks receive nothing." }) isActive!: boolean;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
  secret!: string;
  organizationId!: string;
}

@ObjectType({ description: "A new webhook, with its signing secret shown this once." })
export class CreatedWebhook {
  @Field(() => Webhook, { description: "The stored webhook." }) webhook!: Webhook;
  @Field(() => String, { description: "The signing secret: store it now, it is not shown again." })
  secret!: string;
}

@ObjectType({
  description: "One event sent (or to be sent) to one webhook, with the receiver's last answer.",
})
export class WebhookDelivery {
  @Field(() => ID) id!: string;
  @Field(() => String, {
    description: "created, updated, deleted, sync_finished or batch_applied.",
  })
  event!: string;
  @Field(() => String, { description: 'The entity the event is about, e.g. "partner".' })
  entity!: string;
  @Field(() => ID, { ...opt, description: "Id of the record the event is about." }) recordId!:
    string | null;
  /** Exposed, redacted for the viewer, by WebhookDeliveryResolver.payload. */
  payload!: unknown;
  @Field(() => WebhookDeliveryStatus, { description: "PENDING, DELIVERED or FAILED." })
  status!: string;
  @Field(() => Int, { description: "How many times it was sent." }) attempts!: number;
  @Field(() => DateTimeScalar, { description: "When it is tried next (while PENDING)." })
  nextAttemptAt!: Date;
  @Field(() => Int, { ...opt, description: "The receiver's last HTTP status." }) responseStatus!:
    number | null;
  @Field(() => String, { ...opt, description: "The start of the receiver's last answer." })
  responseBody!: string | null;
  @Field(() => String, { ...opt, description: 'The last failure, e.g. "HTTP 503" or "timeout".' })
  lastError!: string | null;
  @Field(() => DateTimeScalar, { ...opt, description: "When the receiver accepted it." })
  deliveredAt!: Date | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  webhookId!: string;
}

export const WebhookDeliveryConnection = connectionType(WebhookDelivery, "WebhookDelivery");
export const deliveryFilter = entityFilter("WebhookDelivery", {
  status: { type: enumFilter(WebhookDeliveryStatus, "WebhookDeliveryStatus") },
  createdAt: { type: DateTimeFilter },
});
export const deliveryOrder = entityOrder("WebhookDelivery", { createdAt: {} }, [
  { name: "createdAt", direction: "desc" },
]);
