import { Field, ID, Int, ObjectType } from "type-graphql";
import {
  TaskPriority as DbTaskPriority,
  TaskStatus as DbTaskStatus,
} from "../../generated/prisma/enums";
import { gqlEnum } from "../../graphql/enums";
import { DateScalar, DateTimeScalar, JSONScalar } from "../../graphql/scalars";
import { connectionType } from "../../graphql/connection";
import {
  DateFilter,
  DateTimeFilter,
  IDFilter,
  StringFilter,
  entityFilter,
  enumFilter,
} from "../../graphql/filters";
import { entityOrder } from "../../graphql/ordering";

export const TaskPriority = gqlEnum(DbTaskPriority, "TaskPriority", "How urgent a task is.", {
  low: "Whenever there is time.",
  medium: "This week.",
  high: "Before other work.",
  urgent: "Now: blocks a partner or a deadline.",
});
export const TaskStatus = gqlEnum(
  DbTaskStatus,
  "TaskStatus",
  "Where a task is; ROLLED_OVER tasks carry on as a new task the next week.",
  {
    pending: "Not started.",
    in_progress: "Being worked on.",
    completed: "Done; completedAt says when.",
    cancelled: "Dropped; not to be done.",
    rolled_over: "Not finished in its week; carried on as a new task.",
  },
);

const opt = { nullable: true };

@ObjectType({ description: "A staff member's task, optionally for an opportunity." })
export class Task {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'What to do, in a line, e.g. "Send Q3 report to Acme".' })
  title!: string;
  @Field(() => String, { ...opt, description: "Details of what to do." }) description!:
    string | null;
  @Field(() => TaskPriority, { description: "LOW, MEDIUM, HIGH or URGENT." }) priority!: string;
  @Field(() => TaskStatus, { description: "Where it is, e.g. IN_PROGRESS." }) status!: string;
  @Field(() => DateScalar, { ...opt, description: "When it is due." }) dueDate!: Date | null;
  @Field(() => DateTimeScalar, { ...opt, description: "When it was completed." })
  completedAt!: Date | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
  staffId!: string;
  opportunityId!: string | null;
  rolledOverFromId!: string | null;
}

@ObjectType({ description: "What a rollover did." })
export class RolloverResult {
  @Field(() => DateScalar, { description: "The Sunday of the week rolled over." })
  weekEnding!: Date;
  @Field(() => Int, { description: "Tasks carried into the next week as new tasks." })
  carried!: number;
  @Field(() => Int, {
    description:
      "Tasks cancelled instead, at a fiscal quarter's end (policy at_quarter_end: cancel).",
  })
  cancelled!: number;
}

@ObjectType({ description: "A staff member's weekly status report." })
export class WeeklyReport {
  @Field(() => ID) id!: string;
  @Field(() => DateScalar, { description: "The Sunday that ends the week." }) weekEnding!: Date;
  @Field(() => [String], { description: "What got done, one item per entry." })
  accomplishments!: unknown;
  @Field(() => [String], { description: "What comes next, one item per entry." })
  upcomingTasks!: unknown;
  @Field(() => [String], { description: "What is in the way, one item per entry." })
  blockers!: unknown;
  @Field(() => JSONScalar, { description: 'KPI figures, e.g. { "calls": 12 }.' }) kpiData!: unknown;
  @Field(() => DateTimeScalar, { description: "When it was submitted." }) submittedAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
  staffId!: string;
}

export const TaskConnection = connectionType(Task, "Task");
export const WeeklyReportConnection = connectionType(WeeklyReport, "WeeklyReport");

export const taskFilter = entityFilter("Task", {
  id: { type: IDFilter },
  staffId: { type: IDFilter },
  opportunityId: { type: IDFilter },
  title: { type: StringFilter },
  status: { type: enumFilter(TaskStatus, "TaskStatus") },
  priority: { type: enumFilter(TaskPriority, "TaskPriority") },
  dueDate: { type: DateFilter },
  createdAt: { type: DateTimeFilter },
});
export const taskOrder = entityOrder(
  "Task",
  {
    dueDate: { nullable: true },
    priority: { enum: TaskPriority },
    status: { enum: TaskStatus },
    title: {},
    createdAt: {},
  },
  [{ name: "dueDate", direction: "asc" }],
);

export const weeklyReportFilter = entityFilter("WeeklyReport", {
  id: { type: IDFilter },
  staffId: { type: IDFilter },
  weekEnding: { type: DateFilter },
});
export const weeklyReportOrder = entityOrder("WeeklyReport", { weekEnding: {}, submittedAt: {} }, [
  { name: "weekEnding", direction: "desc" },
]);
