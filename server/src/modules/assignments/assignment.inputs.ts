import { ArgsType, Field, ID, InputType } from "type-graphql";
import { AssignmentRole } from "./assignment.type";

@ArgsType()
export class AssignStaffArgs {
  @Field(() => ID) partnerId!: string;
  @Field(() => ID) staffId!: string;
  @Field(() => AssignmentRole) role!: string;
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: "Make this the primary for the role; the previous primary is demoted." }) isPrimary?: boolean;
  @Field(() => String, { nullable: true }) notes?: string;
}

@InputType({ description: "Changes to an active assignment." })
export class UpdateAssignmentInput {
  @Field(() => Boolean, { nullable: true }) isPrimary?: boolean;
  @Field(() => String, { nullable: true }) notes?: string | null;
}
