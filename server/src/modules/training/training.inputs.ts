import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar, DecimalScalar } from "../../graphql/scalars";
import { TrainingModuleType, TrainingStatus } from "./training.type";

const opt = { nullable: true };

@InputType({ description: "Enrols a staff member in a training module." })
export class CreateStaffTrainingInput {
  @Field(() => ID) staffId!: string;
  @Field(() => String) moduleName!: string;
  @Field(() => TrainingModuleType, opt) moduleType?: string;
  @Field(() => DateScalar, opt) dueDate?: Date;
  @Field(() => String, opt) notes?: string;
}

@InputType({
  description:
    "Progress in a module. Moving to IN_PROGRESS or COMPLETED stamps startedAt/completedAt.",
})
export class UpdateStaffTrainingInput {
  @Field(() => TrainingStatus, opt) status?: string;
  @Field(() => TrainingModuleType, opt) moduleType?: string | null;
  @Field(() => DateScalar, opt) dueDate?: Date | null;
  @Field(() => DecimalScalar, opt) score?: { toNumber(): number } | null;
  @Field(() => Int, opt) attempts?: number;
  @Field(() => String, opt) notes?: string | null;
}
