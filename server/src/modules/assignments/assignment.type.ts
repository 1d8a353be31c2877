import { Field, ID, ObjectType } from "type-graphql";
import { AssignmentRole as DbAssignmentRole } from "../../generated/prisma/enums";
import { gqlEnum } from "../../graphql/enums";
import { DateTimeScalar } from "../../graphql/scalars";
import { connectionType } from "../../graphql/connection";
import {
  BooleanFilter,
  DateTimeFilter,
  IDFilter,
  entityFilter,
  enumFilter,
} from "../../graphql/filters";
import { entityOrder } from "../../graphql/ordering";

export const AssignmentRole = gqlEnum(
  DbAssignmentRole,
  "AssignmentRole",
  "The role a staff member plays for a partner.",
  {
    pod_leader: "Owns the relationship; the partner appears in their scope.",
    brand_manager: "Manages the brand day to day.",
    ppc_manager: "Runs the partner's advertising.",
    conversion_strategist: "Improves the partner's listings.",
    graphic_designer: "Designs the partner's images.",
    sales_rep: "Won the partner, or sells more to it.",
  },
);

@ObjectType({
  description: "Who works on which partner, in which role. Unassigning keeps the row as history.",
})
export class Assignment {
  @Field(() => ID) id!: string;
  @Field(() => AssignmentRole, { description: "The role played for the partner, e.g. POD_LEADER." })
  assignmentRole!: string;
  @Field(() => Boolean, {
    description: "The primary contact for this role (one per partner and role).",
  })
  isPrimary!: boolean;
  @Field(() => DateTimeScalar, { description: "When the staff member started on the partner." })
  assignedAt!: Date;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "Null while the assignment is active.",
  })
  unassignedAt!: Date | null;
  @Field(() => String, {
    nullable: true,
    description: 'Free text about the assignment, e.g. "covering during PTO".',
  })
  notes!: string | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
  partnerId!: string;
  staffId!: string;
}

export const AssignmentConnection = connectionType(Assignment, "Assignment");

export const assignmentFilter = entityFilter("Assignment", {
  id: { type: IDFilter },
  partnerId: { type: IDFilter },
  staffId: { type: IDFilter },
  assignmentRole: { type: enumFilter(AssignmentRole, "AssignmentRole") },
  isPrimary: { type: BooleanFilter },
  assignedAt: { type: DateTimeFilter },
  unassignedAt: { type: DateTimeFilter },
});

export const assignmentOrder = entityOrder(
  "Assignment",
  {
    assignedAt: {},
    unassignedAt: { nullable: true },
    assignmentRole: { enum: AssignmentRole },
    createdAt: {},
  },
  [{ name: "assignedAt", direction: "desc" }],
);
