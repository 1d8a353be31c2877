import { Field, InputType } from "type-graphql";
import { WebhookEntity, WebhookEvent } from "./webhook.type";

const opt = { nullable: true };

@InputType({ description: "A URL to POST events to." })
export class CreateWebhookInput {
  @Field(() => String) url!: string;
  @Field(() => [WebhookEntity]) entities!: string[];
  @Field(() => [WebhookEvent]) events!: string[];
  @Field(() => [String], {
    ...opt,
    description: "Only changes of these fields (API names, e.g. status, baseFee).",
  })
  fields?: string[];
}

@InputType({ description: "Changes to a webhook; omitted fields stay as they are." })
export class UpdateWebhookInput {
  @Field(() => String, opt) url?: string;
  @Field(() => [WebhookEntity], opt) entities?: string[];
  @Field(() => [WebhookEvent], opt) events?: string[];
  @Field(() => [String], opt) fields?: string[];
  @Field(() => Boolean, opt) isActive?: boolean;
}
