import { Field, ID, ObjectType } from "type-graphql";
import { AssignmentRole as DbAssignmentRole } from "../../generated/prisma/enums";
import { gqlEnum } from "../../graphql/enums";
import { DateTimeScalar } from "../../graphql/scalars";
import { connectionType } from "../../graphql/connection";
import { BooleanFilter, DateTimeFilter, IDFilter, entityFilter, enumFilter } from "../../graphql/filters";
import { entityOrder } from "../../graphql/ordering";

export const AssignmentRole = gqlEnum(DbAssignmentRole, "AssignmentRole", "The role a staff member plays for a partner.");

@ObjectType({ description: "Who works on which partner, in which role. Unassigning keeps the row as history." })
export class Assignment {
  @Field(() => ID) id!: string;
  @Field(() => AssignmentRole) assignmentRole!: string;
  @Field(() => Boolean, { description: "The primary contact for this role (one per partner and role)." }) isPrimary!: boolean;
  @Field(() => DateTimeScalar) assignedAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true, description: "Null while the assignment is active." }) unassignedAt!: Date | null;
  @Field(() => String, { nullable: true }) notes!: string | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
  partnerId!: string;
  staffId!: string;
}

export const AssignmentConnection = connectionType(Assignment, "Assignment");

export const assignmentFilter = entityFilter("Assignment", {
  id: { type: IDFilter }, partnerId: { type: IDFilter }, staffId: { type: IDFilter },
  assignmentRole: { type: enumFilter(AssignmentRole, "AssignmentRole") }, isPrimary: { type: BooleanFilter },
  assignedAt: { type: DateTimeFilter }, unassignedAt: { type: DateTimeFilter },
});

export const assignmentOrder = entityOrder("Assignment", {
  assignedAt: {}, unassignedAt: { nullable: true }, assignmentRole: { enum: AssignmentRole }, createdAt: {},
}, [{ name: "assignedAt", direction: "desc" }]);
