import { Field, ID, Int, ObjectType } from "type-graphql";
import { TrainingModuleType as DbModuleType, TrainingStatus as DbTrainingStatus } from "../../generated/prisma/enums";
import { gqlEnum } from "../../graphql/enums";
import { DateScalar, DateTimeScalar, DecimalScalar } from "../../graphql/scalars";
import { connectionType } from "../../graphql/connection";
import { DateFilter, IDFilter, StringFilter, entityFilter, enumFilter } from "../../graphql/filters";
import { entityOrder } from "../../graphql/ordering";

export const TrainingStatus = gqlEnum(DbTrainingStatus, "TrainingStatus", "Progress through a training module.");
export const TrainingModuleType = gqlEnum(DbModuleType, "TrainingModuleType", "Whether a module is required, optional or a refresher.");

const opt = { nullable: true };

@ObjectType({ description: "A staff member's progress in one training module." })
export class StaffTraining {
  @Field(() => ID) id!: string;
  @Field(() => String) moduleName!: string;
  @Field(() => TrainingModuleType, opt) moduleType!: string | null;
  @Field(() => TrainingStatus) status!: string;
  @Field(() => DateTimeScalar, opt) startedAt!: Date | null;
  @Field(() => DateTimeScalar, opt) completedAt!: Date | null;
  @Field(() => DateScalar, opt) dueDate!: Date | null;
  @Field(() => DecimalScalar, { ...opt, description: "Assessment score, 0-100." }) score!: unknown;
  @Field(() => Int) attempts!: number;
  @Field(() => String, opt) notes!: string | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
  staffId!: string;
}

export const StaffTrainingConnection = connectionType(StaffTraining, "StaffTraining");

export const trainingFilter = entityFilter("StaffTraining", {
  id: { type: IDFilter }, staffId: { type: IDFilter }, moduleName: { type: StringFilter },
  moduleType: { type: enumFilter(TrainingModuleType, "TrainingModuleType") }, status: { type: enumFilter(TrainingStatus, "TrainingStatus") },
  dueDate: { type: DateFilter },
});

export const trainingOrder = entityOrder("StaffTraining", {
  moduleName: {}, status: { enum: TrainingStatus }, dueDate: { nullable: true }, completedAt: { nullable: true },
}, [{ name: "moduleName", direction: "asc" }]);
