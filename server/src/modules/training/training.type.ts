import { Field, ID, Int, ObjectType } from "type-graphql";
import {
  TrainingModuleType as DbModuleType,
  TrainingStatus as DbTrainingStatus,
} from "../../generated/prisma/enums";
import { gqlEnum } from "../../graphql/enums";
import { DateScalar, DateTimeScalar, DecimalScalar } from "../../graphql/scalars";
import { connectionType } from "../../graphql/connection";
import {
  DateFilter,
  IDFilter,
  StringFilter,
  entityFilter,
  enumFilter,
} from "../../graphql/filters";
import { entityOrder } from "../../graphql/ordering";

export const TrainingStatus = gqlEnum(
  DbTrainingStatus,
  "TrainingStatus",
  "Progress through a training module.",
  {
    not_started: "Assigned but not begun.",
    in_progress: "Begun, not yet passed.",
    completed: "Passed; completedAt says when.",
    needs_refresher: "Completed once, but due to be taken again.",
  },
);
export const TrainingModuleType = gqlEnum(
  DbModuleType,
  "TrainingModuleType",
  "Whether a module is required, optional or a refresher.",
  {
    required: "Everyone in the role must complete it.",
    optional: "Taken by choice.",
    refresher: "A repeat of a completed module, on a schedule.",
  },
);

const opt = { nullable: true };

@ObjectType({ description: "A staff member's progress in one training module." })
export class StaffTraining {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'The module, e.g. "Amazon PPC fundamentals".' })
  moduleName!: string;
  @Field(() => TrainingModuleType, { ...opt, description: "REQUIRED, OPTIONAL or REFRESHER." })
  moduleType!: string | null;
  @Field(() => TrainingStatus, { description: "Progress, e.g. IN_PROGRESS." }) status!: string;
  @Field(() => DateTimeScalar, { ...opt, description: "When it was started." })
  startedAt!: Date | null;
  @Field(() => DateTimeScalar, { ...opt, description: "When it was passed." })
  completedAt!: Date | null;
  @Field(() => DateScalar, { ...opt, description: "When it must be done by." })
  dueDate!: Date | null;
  @Field(() => DecimalScalar, { ...opt, description: "Assessment score, 0-100." }) score!: unknown;
  @Field(() => Int, { description: "How many times the module was taken." }) attempts!: number;
  @Field(() => String, { ...opt, description: "Free text, e.g. the score." }) notes!: string | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
  staffId!: string;
}

export const StaffTrainingConnection = connectionType(StaffTraining, "StaffTraining");

export const trainingFilter = entityFilter("StaffTraining", {
  id: { type: IDFilter },
  staffId: { type: IDFilter },
  moduleName: { type: StringFilter },
  moduleType: { type: enumFilter(TrainingModuleType, "TrainingModuleType") },
  status: { type: enumFilter(TrainingStatus, "TrainingStatus") },
  dueDate: { type: DateFilter },
});

export const trainingOrder = entityOrder(
  "StaffTraining",
  {
    moduleName: {},
    status: { enum: TrainingStatus },
    dueDate: { nullable: true },
    completedAt: { nullable: true },
  },
  [{ name: "moduleName", direction: "asc" }],
);
