import { Field, ID, InputType } from "type-graphql";
import { DateScalar, JSONScalar } from "../../graphql/scalars";
import { TaskPriority, TaskStatus } from "./task.type";

const opt = { nullable: true };

@InputType({
  description: "A new task; it is yours unless staffId names someone else (needs tasks:manage).",
})
export class CreateTaskInput {
  @Field(() => String) title!: string;
  @Field(() => String, opt) description?: string;
  @Field(() => TaskPriority, opt) priority?: string;
  @Field(() => DateScalar, opt) dueDate?: Date;
  @Field(() => ID, opt) opportunityId?: string;
  @Field(() => ID, opt) staffId?: string;
}

@InputType({ description: "Changes to a task; COMPLETED stamps completedAt." })
export class UpdateTaskInput {
  @Field(() => String, opt) title?: string;
  @Field(() => String, opt) description?: string | null;
  @Field(() => TaskPriority, opt) priority?: string;
  @Field(() => TaskStatus, opt) status?: string;
  @Field(() => DateScalar, opt) dueDate?: Date | null;
  @Field(() => ID, opt) opportunityId?: string | null;
}

@InputType({
  description: "Your report for a week (any day of it); editable until the week closes.",
})
export class WeeklyReportInput {
  @Field(() => DateScalar, {
    description: 'Any day of the week reported on, e.g. "2026-11-23" (weeks start on Monday).',
  })
  week!: Date;
  @Field(() => [String], opt) accomplishments?: string[];
  @Field(() => [String], opt) upcomingTasks?: string[];
  @Field(() => [String], opt) blockers?: string[];
  @Field(() => JSONScalar, opt) kpiData?: unknown;
}
