import { Field, InputType } from "type-graphql";
import { SquadType } from "./squad.type";

@InputType({ description: "A new squad." })
export class CreateSquadInput {
  @Field(() => String) name!: string;
  @Field(() => SquadType) type!: string;
  @Field(() => String, { nullable: true }) description?: string;
}

@InputType({ description: "Changes to a squad; omitted fields stay." })
export class UpdateSquadInput {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => SquadType, { nullable: true }) type?: string;
  @Field(() => String, { nullable: true }) description?: string | null;
}
