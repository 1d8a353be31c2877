// Subscriptions (webhooks:manage). Deliveries are queued by the database itself, in the
// transaction of the change (see the webhooks migration); webhook.delivery.ts sends them.
import crypto from "node:crypto";
import type { Context } from "../../graphql/context";
import { badInput } from "../../lib/errors";
import { requireRecord } from "../../graphql/records";
import { url as checkUrl } from "../../graphql/validation";
import { OutboundError } from "../../lib/outbound";
import type { CreateWebhookInput, UpdateWebhookInput } from "./webhook.inputs";
import type { Webhook, WebhookDelivery } from "./webhook.type";
import { requireReadable } from "../../auth/fieldPermissions";
import { entityOf } from "./webhook.payload";

export const findWebhook = (ctx: Context, id: string) =>
  requireRecord(ctx, ctx.prisma.webhook, "Webhook", id) as Promise<Webhook>;

function checkSubscription(
  entities: string[] | undefined,
  events: string[] | undefined,
  fields: string[] | undefined,
) {
  if (entities && !entities.length) throw badInput("input.entities", "Name at least one entity.");
  if (events && !events.length) throw badInput("input.events", "Name at least one event.");
  const pipeline = entities?.includes("pipeline");
  if (pipeline && entities!.length > 1)
    throw badInput(
      "input.entities",
      "PIPELINE takes its own webhook (its events are SYNC_FINISHED and BATCH_APPLIED).",
    );
  const wrong = events?.find((e) =>
    pipeline
      ? !["sync_finished", "batch_applied"].includes(e)
      : ["sync_finished", "batch_applied"].includes(e),
  );
  if (entities && wrong)
    throw badInput(
      "input.events",
      `${wrong.toUpperCase()} is not an event of ${pipeline ? "PIPELINE" : "records"}; records have CREATED, UPDATED and DELETED, PIPELINE has SYNC_FINISHED and BATCH_APPLIED.`,
    );
  const bad = fields?.find((f) => !/^[a-z][A-Za-z0-9]*$/.test(f));
  if (bad !== undefined)
    throw badInput(
      "input.fields",
      `"${bad}" is not a field name; use the API's names, e.g. status or baseFee.`,
    );
}

/** Firing only when a hidden field changes would tell when it changed: the fields must be readable. */
function requireReadableFields(ctx: Context, entities: string[], fields: string[] | undefined) {
  for (const entity of entities)
    for (const field of fields ?? [])
      requireReadable(ctx.viewer, entityOf(entity), field, "input.fields");
}

/** The URL as given, refused early when it names an internal address (delivery checks again, at connection time). */
async function receiverUrl<T extends string | undefined>(ctx: Context, url: T): Promise<T> {
  const checked = checkUrl("input.url", url);
  if (checked === undefined) return checked;
  try {
    await ctx.outbound.check(checked);
  } catch (err) {
    if (err instanceof OutboundError)
      throw badInput(
        "input.url",
        `${err.message} Webhooks reach public addresses only; an operator can allow an internal host with HUB_OUTBOUND_ALLOW_HOSTS.`,
      );
    throw err;
  }
  return checked;
}

export async function createWebhook(
  ctx: Context,
  input: CreateWebhookInput,
): Promise<{ webhook: Webhook; secret: string }> {
  checkSubscription(input.entities, input.events, input.fields);
  requireReadableFields(ctx, input.entities, input.fields);
  const secret = `whsec_${crypto.randomBytes(24).toString("hex")}`;
  const webhook = (await ctx.prisma.webhook.create({
    data: {
      organizationId: ctx.organizationId,
      url: await receiverUrl(ctx, input.url),
      secret,
      entities: input.entities,
      events: input.events,
      fields: input.fields ?? [],
      createdById: ctx.viewer.staffId,
    },
  })) as Webhook;
  return { webhook, secret };
}

export async function updateWebhook(
  ctx: Context,
  id: string,
  input: UpdateWebhookInput,
): Promise<Webhook> {
  const stored = await findWebhook(ctx, id);
  checkSubscription(
    input.entities ?? (input.events ? stored.entities : undefined),
    input.events ?? (input.entities ? stored.events : undefined),
    input.fields,
  );
  requireReadableFields(ctx, input.entities ?? stored.entities, input.fields ?? stored.fields);
  const data = Object.fromEntries(
    Object.entries({ ...input, url: await receiverUrl(ctx, input.url ?? undefined) }).filter(
      ([, v]) => v !== undefined && v !== null,
    ),
  );
  return ctx.prisma.webhook.update({ where: { id: stored.id }, data }) as Promise<Webhook>;
}

export async function deleteWebhook(ctx: Context, id: string): Promise<Webhook> {
  const stored = await findWebhook(ctx, id);
  await ctx.prisma.webhook.delete({ where: { id: stored.id } });
  return stored;
}

/** Sends a delivery's event again, as a new delivery (the original keeps its history). */
export async function replayDelivery(ctx: Context, id: string): Promise<WebhookDelivery> {
  const original = await requireRecord(ctx, ctx.prisma.webhookDelivery, "WebhookDelivery", id);
  return ctx.prisma.webhookDelivery.create({
    data: {
      organizationId: ctx.organizationId,
      webhookId: original.webhookId,
      event: original.event,
      entity: original.entity,
      recordId: original.recordId,
      payload: original.payload as never,
    },
  }) as Promise<WebhookDelivery>;
}
