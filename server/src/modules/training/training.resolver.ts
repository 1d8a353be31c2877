import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { Authorized } from "../../graphql/authChecker";
import type { Context } from "../../graphql/context";
import { PageArgsType, listConnection, pageOf } from "../../graphql/connection";
import { Staff } from "../staff/staff.type";
import { staffById } from "../staff/staff.loaders";
import { trainingByStaff } from "./training.loaders";
import {
  StaffTraining,
  StaffTrainingConnection,
  trainingFilter,
  trainingOrder,
} from "./training.type";
import { CreateStaffTrainingInput, UpdateStaffTrainingInput } from "./training.inputs";
import { createTraining, updateTraining } from "./training.service";
import { managesStaff } from "../squads/squad.service";

const opt = { nullable: true };

@ArgsType()
export class TrainingArgs extends PageArgsType {
  @Field(() => trainingFilter.input, opt) filter?: Record<string, unknown>;
  @Field(() => [trainingOrder.input], { ...opt, description: "Default: moduleName ascending." })
  orderBy?: Record<string, string>[];
}

@Resolver(() => StaffTraining)
export class StaffTrainingResolver {
  @Authorized("training:read_all")
  @Query(() => StaffTrainingConnection, {
    description: "Training progress across the organization.",
  })
  staffTraining(@Ctx() ctx: Context, @Args(() => TrainingArgs) args: TrainingArgs) {
    return listConnection(
      StaffTrainingConnection,
      ctx.prisma.staffTraining as never,
      { organizationId: ctx.organizationId },
      { filter: args.filter, orderBy: args.orderBy, page: pageOf(args), viewer: ctx.viewer },
      trainingFilter,
      trainingOrder,
    );
  }

  @FieldResolver(() => Staff, { description: "Who is taking it." })
  staff(@Root() t: StaffTraining, @Ctx() ctx: Context) {
    return ctx.loaders.get(staffById).load(t.staffId);
  }

  @Authorized("training:write")
  @Mutation(() => StaffTraining, { description: "Assigns a training module to a staff member." })
  createStaffTraining(
    @Ctx() ctx: Context,
    @Arg("input", () => CreateStaffTrainingInput) input: CreateStaffTrainingInput,
  ) {
    return createTraining(ctx, input);
  }

  @Authorized("training:write")
  @Mutation(() => StaffTraining, { description: "Records progress in a training module." })
  updateStaffTraining(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateStaffTrainingInput) input: UpdateStaffTrainingInput,
  ) {
    return updateTraining(ctx, id, input);
  }
}

@Resolver(() => Staff)
export class StaffTrainingFieldResolver {
  @FieldResolver(() => [StaffTraining], {
    nullable: true,
    description:
      "Training modules and progress: your own, your squad members' if you lead the squad, or anyone's with training:read_all (else null).",
  })
  async training(@Root() s: Staff, @Ctx() ctx: Context) {
    const visible =
      s.id === ctx.viewer.staffId ||
      ctx.viewer.permissions.has("training:read_all") ||
      (await managesStaff(ctx, s.id));
    return visible ? ctx.loaders.get(trainingByStaff).load(s.id) : null;
  }
}
