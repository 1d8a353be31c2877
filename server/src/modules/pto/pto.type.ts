import { Field, ID, ObjectType } from "type-graphql";
import { PtoStatus as DbPtoStatus, PtoType as DbPtoType } from "../../generated/prisma/enums";
import { gqlEnum } from "../../graphql/enums";
import { DateScalar, DateTimeScalar } from "../../graphql/scalars";
import { connectionType } from "../../graphql/connection";
import { DateFilter, IDFilter, entityFilter, enumFilter } from "../../graphql/filters";
import { entityOrder } from "../../graphql/ordering";

export const PtoType = gqlEnum(DbPtoType, "PtoType", "The kind of time off.");
export const PtoStatus = gqlEnum(DbPtoStatus, "PtoStatus", "Where a time-off request stands.");

@ObjectType({ description: "Paid time off: a request and its decision." })
export class PtoRecord {
  @Field(() => ID) id!: string;
  @Field(() => DateScalar) startDate!: Date;
  @Field(() => DateScalar, { description: "Last day off (inclusive)." }) endDate!: Date;
  @Field(() => PtoType) type!: string;
  @Field(() => PtoStatus) status!: string;
  @Field(() => DateTimeScalar, { nullable: true }) approvedAt!: Date | null;
  @Field(() => String, { nullable: true }) notes!: string | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
  staffId!: string;
  approvedById!: string | null;
}

export const PtoRecordConnection = connectionType(PtoRecord, "PtoRecord");

export const ptoFilter = entityFilter("PtoRecord", {
  id: { type: IDFilter }, staffId: { type: IDFilter }, startDate: { type: DateFilter }, endDate: { type: DateFilter },
  type: { type: enumFilter(PtoType, "PtoType") }, status: { type: enumFilter(PtoStatus, "PtoStatus") },
});

export const ptoOrder = entityOrder("PtoRecord", { startDate: {}, endDate: {}, status: { enum: PtoStatus }, createdAt: {} },
  [{ name: "startDate", direction: "desc" }]);
