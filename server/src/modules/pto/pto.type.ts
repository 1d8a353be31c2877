import { Field, ID, ObjectType } from "type-graphql";
import { PtoStatus as DbPtoStatus, PtoType as DbPtoType } from "../../generated/prisma/enums";
import { gqlEnum } from "../../graphql/enums";
import { DateScalar, DateTimeScalar } from "../../graphql/scalars";
import { connectionType } from "../../graphql/connection";
import { DateFilter, IDFilter, entityFilter, enumFilter } from "../../graphql/filters";
import { entityOrder } from "../../graphql/ordering";

export const PtoType = gqlEnum(DbPtoType, "PtoType", "The kind of time off.", {
  vacation: "Planned holiday leave.",
  sick: "Sick leave.",
  personal: "Personal leave.",
  holiday: "A public holiday.",
});
export const PtoStatus = gqlEnum(DbPtoStatus, "PtoStatus", "Where a time-off request stands.", {
  pending: "Requested, awaiting approval.",
  approved: "Approved; the staff member is away on those days.",
  rejected: "Turned down.",
  cancelled: "Withdrawn by the requester or an admin.",
});

@ObjectType({ description: "Paid time off: a request and its decision." })
export class PtoRecord {
  @Field(() => ID) id!: string;
  @Field(() => DateScalar, { description: "First day away." }) startDate!: Date;
  @Field(() => DateScalar, { description: "Last day off (inclusive)." }) endDate!: Date;
  @Field(() => PtoType, { description: "VACATION, SICK, PERSONAL or HOLIDAY." }) type!: string;
  @Field(() => PtoStatus, { description: "PENDING, APPROVED, REJECTED or CANCELLED." })
  status!: string;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "When it was approved (or rejected).",
  })
  approvedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Free text, e.g. "back on Monday".' })
  notes!: string | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
  staffId!: string;
  approvedById!: string | null;
}

export const PtoRecordConnection = connectionType(PtoRecord, "PtoRecord");

export const ptoFilter = entityFilter("PtoRecord", {
  id: { type: IDFilter },
  staffId: { type: IDFilter },
  startDate: { type: DateFilter },
  endDate: { type: DateFilter },
  type: { type: enumFilter(PtoType, "PtoType") },
  status: { type: enumFilter(PtoStatus, "PtoStatus") },
});

export const ptoOrder = entityOrder(
  "PtoRecord",
  { startDate: {}, endDate: {}, status: { enum: PtoStatus }, createdAt: {} },
  [{ name: "startDate", direction: "desc" }],
);
