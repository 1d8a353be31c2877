import { Field, ID, InputType, Int } from "type-graphql";
import { TaskPriority } from "../tasks/task.type";

const opt = { nullable: true };

@InputType({
  description: "A new ticket, reported by you; it starts in the first status of the workflow.",
})
export class CreateTicketInput {
  @Field(() => String, { description: "What it is about, in a line." }) subject!: string;
  @Field(() => String, { ...opt, description: "The details." }) description?: string;
  @Field(() => TaskPriority, { ...opt, description: "Default MEDIUM." }) priority?: string;
  @Field(() => ID, {
    ...opt,
    description: "Who should work it (needs ops:write unless it is you).",
  })
  assigneeId?: string;
  @Field(() => ID, { ...opt, description: "The partner it concerns." }) partnerId?: string;
  @Field(() => ID, { ...opt, description: "Its SLA; default: the SLA for its priority." })
  slaId?: string;
}

@InputType({ description: "Changes to a ticket; its status moves with moveTicket." })
export class UpdateTicketInput {
  @Field(() => String, { ...opt, description: "What it is about." }) subject?: string;
  @Field(() => String, { ...opt, description: "The details." }) description?: string | null;
  @Field(() => TaskPriority, {
    ...opt,
    description: "How urgent it is (the SLA stays unless slaId changes it).",
  })
  priority?: string;
  @Field(() => ID, { ...opt, description: "Who works it; null unassigns." }) assigneeId?:
    string | null;
  @Field(() => ID, { ...opt, description: "The partner it concerns; null for none." }) partnerId?:
    string | null;
  @Field(() => ID, { ...opt, description: "Its SLA." }) slaId?: string;
}

@InputType({ description: "A new SLA." })
export class SlaInput {
  @Field(() => String, { description: 'Its name, e.g. "Critical".' }) name!: string;
  @Field(() => TaskPriority, { description: "The priority it is the default for." })
  priorityLevel!: string;
  @Field(() => Int, { description: "Hours within which tickets must close, e.g. 8." })
  resolutionTargetHours!: number;
}
