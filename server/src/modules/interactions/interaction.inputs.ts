import { Field, ID, InputType } from "type-graphql";
import { DateTimeScalar } from "../../graphql/scalars";
import { InteractionType } from "./interaction.type";

const opt = { nullable: true };

@InputType({ description: "A touchpoint to log; staffId defaults to you, interactionDate to now." })
export class LogInteractionInput {
  @Field(() => ID) partnerId!: string;
  @Field(() => InteractionType) interactionType!: string;
  @Field(() => String, opt) description?: string;
  @Field(() => DateTimeScalar, opt) interactionDate?: Date;
  @Field(() => ID, opt) staffId?: string;
}
