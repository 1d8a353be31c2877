import { ArgsType, Field, ID, InputType } from "type-graphql";
import { AssignmentRole } from "./assignment.type";

@ArgsType()
export class AssignStaffArgs {
  @Field(() => ID, { description: "Id of the partner." }) partnerId!: string;
  @Field(() => ID, { description: "Id of the staff member." }) staffId!: string;
  @Field(() => AssignmentRole, {
    description: "The role to play for the partner, e.g. POD_LEADER.",
  })
  role!: string;
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: "Make this the primary for the role; the previous primary is demoted.",
  })
  isPrimary?: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'Free text about the assignment, e.g. "covering during PTO".',
  })
  notes?: string;
}

@InputType({ description: "Changes to an active assignment." })
export class UpdateAssignmentInput {
  @Field(() => Boolean, { nullable: true }) isPrimary?: boolean;
  @Field(() => String, { nullable: true }) notes?: string | null;
}
