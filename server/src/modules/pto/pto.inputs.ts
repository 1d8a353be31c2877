import { Field, ID, InputType } from "type-graphql";
import { DateScalar } from "../../graphql/scalars";
import { PtoType } from "./pto.type";

const opt = { nullable: true };

@InputType({ description: "A time-off request; staffId defaults to the signed-in staff member." })
export class RequestPtoInput {
  @Field(() => ID, opt) staffId?: string;
  @Field(() => DateScalar) startDate!: Date;
  @Field(() => DateScalar) endDate!: Date;
  @Field(() => PtoType, opt) type?: string;
  @Field(() => String, opt) notes?: string;
}

@InputType({ description: "Changes to a pending request." })
export class UpdatePtoInput {
  @Field(() => DateScalar, opt) startDate?: Date;
  @Field(() => DateScalar, opt) endDate?: Date;
  @Field(() => PtoType, opt) type?: string;
  @Field(() => String, opt) notes?: string | null;
}
