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
import { DateScalar } from "../../graphql/scalars";
import { Staff } from "../staff/staff.type";
import { staffById } from "../staff/staff.loaders";
import { Opportunity } from "../opportunities/opportunity.type";
import { findOpportunity } from "../opportunities/opportunity.service";
import {
  RolloverResult,
  Task,
  TaskConnection,
  WeeklyReport,
  WeeklyReportConnection,
  taskFilter,
  taskOrder,
  weeklyReportFilter,
  weeklyReportOrder,
} from "./task.type";
import { CreateTaskInput, UpdateTaskInput, WeeklyReportInput } from "./task.inputs";
import { createTask, findTask, ownScope, submitWeeklyReport, updateTask } from "./task.service";
import { rolloverTasks } from "./rollover";

const opt = { nullable: true };

@ArgsType()
export class TasksArgs extends PageArgsType {
  @Field(() => taskFilter.input, opt) filter?: Record<string, unknown>;
  @Field(() => [taskOrder.input], { ...opt, description: "Default: dueDate ascending." })
  orderBy?: Record<string, string>[];
}

@ArgsType()
export class WeeklyReportsArgs extends PageArgsType {
  @Field(() => weeklyReportFilter.input, opt) filter?: Record<string, unknown>;
  @Field(() => [weeklyReportOrder.input], {
    ...opt,
    description: "Default: weekEnding descending.",
  })
  orderBy?: Record<string, string>[];
}

@Resolver(() => Task)
export class TaskResolver {
  @Query(() => TaskConnection, {
    description:
      "Your tasks (everyone's with tasks:read_all), e.g. tasks(filter: { status: { in: [PENDING, IN_PROGRESS] } }).",
  })
  tasks(@Ctx() ctx: Context, @Args(() => TasksArgs) args: TasksArgs) {
    return listConnection(
      TaskConnection,
      ctx.prisma.task as never,
      { organizationId: ctx.organizationId, ...ownScope(ctx) },
      { filter: args.filter, orderBy: args.orderBy, page: pageOf(args), viewer: ctx.viewer },
      taskFilter,
      taskOrder,
    );
  }

  @Query(() => Task, { ...opt, description: "One task by id." })
  task(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return findTask(ctx, id).catch(() => null);
  }

  @Authorized(["self:write", "tasks:manage"])
  @Mutation(() => Task, { description: "Creates a task for a staff member." })
  createTask(@Ctx() ctx: Context, @Arg("input", () => CreateTaskInput) input: CreateTaskInput) {
    return createTask(ctx, input);
  }

  @Authorized(["self:write", "tasks:manage"])
  @Mutation(() => Task, {
    description: "Changes a task; setting status COMPLETED stamps completedAt.",
  })
  updateTask(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateTaskInput) input: UpdateTaskInput,
  ) {
    return updateTask(ctx, id, input);
  }

  @Authorized("tasks:manage")
  @Mutation(() => RolloverResult, {
    description:
      "Carries every unfinished task due by that week's end into the next week (configuration tasks.rollover_policy); also runs by itself each Monday when the policy is automatic.",
  })
  rolloverTasks(
    @Ctx() ctx: Context,
    @Arg("week", () => DateScalar, { description: "Any day of the week to roll over." }) week: Date,
  ) {
    return rolloverTasks(ctx.prisma, ctx.organizationId, week);
  }

  @FieldResolver(() => Staff, { ...opt, description: "Who it is for." })
  staff(@Root() t: Task, @Ctx() ctx: Context) {
    return ctx.loaders.get(staffById).load(t.staffId);
  }

  @FieldResolver(() => Opportunity, {
    ...opt,
    description: "Null when there is none, or it belongs to a partner you may not see.",
  })
  opportunity(@Root() t: Task, @Ctx() ctx: Context) {
    return t.opportunityId ? findOpportunity(ctx, t.opportunityId).catch(() => null) : null;
  }

  @FieldResolver(() => Task, { ...opt, description: "The unfinished task this one carries on." })
  rolledOverFrom(@Root() t: Task, @Ctx() ctx: Context) {
    return t.rolledOverFromId ? findTask(ctx, t.rolledOverFromId).catch(() => null) : null;
  }

  @FieldResolver(() => Task, {
    ...opt,
    description: "The task that carries this one on, once rolled over.",
  })
  rolledOverTo(@Root() t: Task, @Ctx() ctx: Context) {
    return ctx.prisma.task.findFirst({
      where: { rolledOverFromId: t.id, organizationId: ctx.organizationId },
    });
  }
}

@Resolver(() => WeeklyReport)
export class WeeklyReportResolver {
  @Query(() => WeeklyReportConnection, {
    description: "Your weekly reports (everyone's with tasks:read_all).",
  })
  weeklyReports(@Ctx() ctx: Context, @Args(() => WeeklyReportsArgs) args: WeeklyReportsArgs) {
    return listConnection(
      WeeklyReportConnection,
      ctx.prisma.weeklyReport as never,
      { organizationId: ctx.organizationId, ...ownScope(ctx) },
      { filter: args.filter, orderBy: args.orderBy, page: pageOf(args), viewer: ctx.viewer },
      weeklyReportFilter,
      weeklyReportOrder,
    );
  }

  @Authorized("self:write")
  @Mutation(() => WeeklyReport, {
    description:
      "Writes (or rewrites) your report for a week while the week is open (configuration weekly_report.close_after_days).",
  })
  submitWeeklyReport(
    @Ctx() ctx: Context,
    @Arg("input", () => WeeklyReportInput) input: WeeklyReportInput,
  ) {
    return submitWeeklyReport(ctx, input);
  }

  @FieldResolver(() => Staff, { ...opt, description: "Who wrote it." })
  staff(@Root() r: WeeklyReport, @Ctx() ctx: Context) {
    return ctx.loaders.get(staffById).load(r.staffId);
  }
}
