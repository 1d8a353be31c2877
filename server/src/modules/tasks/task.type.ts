import { Field, ID, Int, ObjectType } from "type-graphql";
import { TaskPriority as DbTaskPriority, TaskStatus as DbTaskStatus } from "../../generated/prisma/enums";
import { gqlEnum } from "../../graphql/enums";
import { DateScalar, DateTimeScalar, JSONScalar } from "../../graphql/scalars";
import { connectionType } from "../../graphql/connection";
import { DateFilter, DateTimeFilter, IDFilter, StringFilter, entityFilter, enumFilter } from "../../graphql/filters";
import { entityOrder } from "../../graphql/ordering";

export const TaskPriority = gqlEnum(DbTaskPriority, "TaskPriority", "How urgent a task is.");
export const TaskStatus = gqlEnum(DbTaskStatus, "TaskStatus", "Where a task is; ROLLED_OVER tasks carry on as a new task the next week.");

const opt = { nullable: true };

@ObjectType({ description: "A staff member's task, optionally for an opportunity." })
export class Task {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, opt) description!: string | null;
  @Field(() => TaskPriority) priority!: string;
  @Field(() => TaskStatus) status!: string;
  @Field(() => DateScalar, opt) dueDate!: Date | null;
  @Field(() => DateTimeScalar, opt) completedAt!: Date | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
  staffId!: string;
  opportunityId!: string | null;
  rolledOverFromId!: string | null;
}

@ObjectType({ description: "What a rollover did." })
export class RolloverResult {
  @Field(() => DateScalar, { description: "The Sunday of the week rolled over." }) weekEnding!: Date;
  @Field(() => Int, { description: "Tasks carried into the next week as new tasks." }) carried!: number;
  @Field(() => Int, { description: "Tasks cancelled instead, at a fiscal quarter's end (policy at_quarter_end: cancel)." }) cancelled!: number;
}

@ObjectType({ description: "A staff member's weekly status report." })
export class WeeklyReport {
  @Field(() => ID) id!: string;
  @Field(() => DateScalar, { description: "The Sunday that ends the week." }) weekEnding!: Date;
  @Field(() => [String]) accomplishments!: unknown;
  @Field(() => [String]) upcomingTasks!: unknown;
  @Field(() => [String]) blockers!: unknown;
  @Field(() => JSONScalar, { description: "KPI figures, e.g. { \"calls\": 12 }." }) kpiData!: unknown;
  @Field(() => DateTimeScalar) submittedAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
  staffId!: string;
}

export const TaskConnection = connectionType(Task, "Task");
export const WeeklyReportConnection = connectionType(WeeklyReport, "WeeklyReport");

export const taskFilter = entityFilter("Task", {
  id: { type: IDFilter }, staffId: { type: IDFilter }, opportunityId: { type: IDFilter }, title: { type: StringFilter },
  status: { type: enumFilter(TaskStatus, "TaskStatus") }, priority: { type: enumFilter(TaskPriority, "TaskPriority") },
  dueDate: { type: DateFilter }, createdAt: { type: DateTimeFilter },
});
export const taskOrder = entityOrder("Task", { dueDate: { nullable: true }, priority: { enum: TaskPriority }, status: { enum: TaskStatus }, title: {}, createdAt: {} },
  [{ name: "dueDate", direction: "asc" }]);

export const weeklyReportFilter = entityFilter("WeeklyReport", { id: { type: IDFilter }, staffId: { type: IDFilter }, weekEnding: { type: DateFilter } });
export const weeklyReportOrder = entityOrder("WeeklyReport", { weekEnding: {}, submittedAt: {} }, [{ name: "weekEnding", direction: "desc" }]);
