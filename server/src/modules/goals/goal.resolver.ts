import {
  Arg,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { Authorized } from "../../graphql/authChecker";
import type { Context } from "../../graphql/context";
import { Staff } from "../staff/staff.type";
import { staffById } from "../staff/staff.loaders";
import { GoalPace, QuarterlyGoal } from "./goal.type";
import { QuarterlyGoalInput } from "./goal.inputs";
import { standingByGoal } from "./goal.loaders";
import { deleteQuarterlyGoal, findGoal, listGoals, setQuarterlyGoal } from "./goal.service";

const opt = { nullable: true };

@Resolver(() => QuarterlyGoal)
export class QuarterlyGoalResolver {
  @Query(() => [QuarterlyGoal], {
    description:
      "Goals of a fiscal quarter (default: the current one): the organization's first, then each person's. You see the organization's and your own; goals:manage sees everyone's. E.g. quarterlyGoals(year: 2026, quarter: 4) { goalType targetValue currentValue pace { status } }.",
  })
  quarterlyGoals(
    @Ctx() ctx: Context,
    @Arg("year", () => Int, { ...opt, description: "Fiscal year, e.g. 2026." }) year?: number,
    @Arg("quarter", () => Int, { ...opt, description: "Fiscal quarter, 1–4." }) quarter?: number,
    @Arg("staffId", () => ID, { ...opt, description: "Only this person's goals." })
    staffId?: string,
  ) {
    return listGoals(ctx, { year, quarter, staffId });
  }

  @Query(() => QuarterlyGoal, { ...opt, description: "One quarterly goal by id." })
  quarterlyGoal(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return findGoal(ctx, id).catch(() => null);
  }

  @Authorized("goals:manage")
  @Mutation(() => QuarterlyGoal, {
    description:
      "Sets a quarter's goal for the organization or a staff member (goals:manage); replaces the target if one is set.",
  })
  setQuarterlyGoal(
    @Ctx() ctx: Context,
    @Arg("input", () => QuarterlyGoalInput) input: QuarterlyGoalInput,
  ) {
    return setQuarterlyGoal(ctx, input);
  }

  @Authorized("goals:manage")
  @Mutation(() => QuarterlyGoal, {
    description: "Removes a goal (goals:manage); returns it as it was.",
  })
  deleteQuarterlyGoal(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return deleteQuarterlyGoal(ctx, id);
  }

  @FieldResolver(() => Float, {
    description:
      "Computed from the data: won deal value in the quarter (REVENUE), opportunities created in it (OPPORTUNITIES), partners active now (ACTIVE_PARTNERS); a person's goal counts their deals and partners.",
  })
  async currentValue(@Root() g: QuarterlyGoal, @Ctx() ctx: Context) {
    return (await ctx.loaders.get(standingByGoal).load(g)).currentValue;
  }

  @FieldResolver(() => GoalPace, {
    description: "How far the goal is, against how far its quarter is.",
  })
  async pace(@Root() g: QuarterlyGoal, @Ctx() ctx: Context) {
    return (await ctx.loaders.get(standingByGoal).load(g)).pace;
  }

  @FieldResolver(() => Staff, {
    ...opt,
    description: "Whose goal it is; null for the organization's.",
  })
  staff(@Root() g: QuarterlyGoal, @Ctx() ctx: Context) {
    return g.staffId ? ctx.loaders.get(staffById).load(g.staffId) : null;
  }
}
