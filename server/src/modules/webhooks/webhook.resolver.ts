import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { Authorized } from "../../graphql/authChecker";
import type { Context } from "../../graphql/context";
import { PageArgsType, listConnection, pageOf } from "../../graphql/connection";
import {
  CreatedWebhook,
  Webhook,
  WebhookDelivery,
  WebhookDeliveryConnection,
  deliveryFilter,
  deliveryOrder,
} from "./webhook.type";
import { CreateWebhookInput, UpdateWebhookInput } from "./webhook.inputs";
import { redactPayload } from "./webhook.payload";
import { JSONScalar } from "../../graphql/scalars";
import {
  createWebhook,
  deleteWebhook,
  findWebhook,
  replayDelivery,
  updateWebhook,
} from "./webhook.service";

@ArgsType()
export class DeliveriesArgs extends PageArgsType {
  @Field(() => deliveryFilter.input, { nullable: true }) filter?: Record<string, unknown>;
  @Field(() => [deliveryOrder.input], { nullable: true, description: "Default: newest first." })
  orderBy?: Record<string, string>[];
}

@Authorized("webhooks:manage")
@Resolver(() => Webhook)
export class WebhookResolver {
  @Query(() => [Webhook], { description: "The organization's webhooks." })
  webhooks(@Ctx() ctx: Context) {
    return ctx.prisma.webhook.findMany({
      where: { organizationId: ctx.organizationId },
      orderBy: { createdAt: "asc" },
    });
  }

  @Query(() => Webhook, { nullable: true, description: "One webhook by id." })
  webhook(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return findWebhook(ctx, id).catch(() => null);
  }

  @Mutation(() => CreatedWebhook, {
    description:
      'Subscribes a URL, e.g. createWebhook(input: { url: "https://tool.example/hooks", entities: [PARTNER], events: [UPDATED], fields: ["status"] }).',
  })
  createWebhook(
    @Ctx() ctx: Context,
    @Arg("input", () => CreateWebhookInput) input: CreateWebhookInput,
  ) {
    return createWebhook(ctx, input);
  }

  @Mutation(() => Webhook, {
    description: "Changes a subscription; isActive: false pauses it (nothing is queued meanwhile).",
  })
  updateWebhook(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateWebhookInput) input: UpdateWebhookInput,
  ) {
    return updateWebhook(ctx, id, input);
  }

  @Mutation(() => Webhook, { description: "Removes a webhook and its deliveries." })
  deleteWebhook(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return deleteWebhook(ctx, id);
  }

  @Mutation(() => WebhookDelivery, {
    description: "Sends a delivery's event again (as a new delivery).",
  })
  replayWebhookDelivery(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return replayDelivery(ctx, id);
  }

  @FieldResolver(() => WebhookDeliveryConnection, {
    description: "Deliveries, newest first, e.g. deliveries(filter: { status: { eq: FAILED } }).",
  })
  deliveries(
    @Root() w: Webhook,
    @Ctx() ctx: Context,
    @Args(() => DeliveriesArgs) args: DeliveriesArgs,
  ) {
    return listConnection(
      WebhookDeliveryConnection,
      ctx.prisma.webhookDelivery as never,
      { organizationId: ctx.organizationId, webhookId: w.id },
      { filter: args.filter, orderBy: args.orderBy, page: pageOf(args), viewer: ctx.viewer },
      deliveryFilter,
      deliveryOrder,
    );
  }
}

@Authorized("webhooks:manage")
@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @FieldResolver(() => JSONScalar, {
    description:
      'The JSON body sent; a changed field the viewer may not read shows "[redacted]" (as it did to the receiver when the webhook\'s owner may not read it).',
  })
  payload(@Root() d: WebhookDelivery, @Ctx() ctx: Context) {
    return redactPayload(ctx.viewer, d.entity, d.payload);
  }
}
