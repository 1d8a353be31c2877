import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import {
  DateTimeFilter,
  IDFilter,
  StringFilter,
  entityFilter,
  enumFilter,
} from "../../graphql/filters";
import { entityOrder } from "../../graphql/ordering";
import { DateTimeScalar } from "../../graphql/scalars";
import { connectionType } from "../../graphql/connection";
import { TaskPriority } from "../tasks/task.type";

const opt = { nullable: true };

@ObjectType({
  description: 'A resolution target for tickets, e.g. "High": resolved within 24 hours.',
})
export class Sla {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Its name, e.g. "Urgent".' }) name!: string;
  @Field(() => TaskPriority, {
    description: "The ticket priority it applies to when a ticket names no SLA.",
  })
  priorityLevel!: string;
  @Field(() => Int, { description: "Hours from a ticket's creation within which it must close." })
  resolutionTargetHours!: number;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
}

@ObjectType({ description: "A step of the ticket workflow, e.g. open, in_progress, closed." })
export class TicketStatus {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Its key, e.g. "in_progress": what moveTicket takes.' })
  key!: string;
  @Field(() => String, { description: 'Its name for people, e.g. "In progress".' }) name!: string;
  @Field(() => Int, { description: "Its place in the workflow (1 first)." }) sequence!: number;
  @Field(() => Boolean, {
    description: "True when a ticket in it is closed (the database stamps closedAt).",
  })
  isClosed!: boolean;
}

@ObjectType({
  description: "An operations ticket: a problem or request, worked to closure within its SLA.",
})
export class Ticket {
  @Field(() => ID) id!: string;
  @Field(() => String, {
    description: 'What it is about, in a line, e.g. "Listing suppressed for B0…".',
  })
  subject!: string;
  @Field(() => String, { ...opt, description: "The details." }) description!: string | null;
  @Field(() => TaskPriority, { description: "How urgent it is; picks the default SLA." })
  priority!: string;
  @Field(() => DateTimeScalar, { description: "When it was reported; the SLA clock starts here." })
  createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
  @Field(() => DateTimeScalar, {
    ...opt,
    description: "When it entered a closed status (set by the database; null while open).",
  })
  closedAt!: Date | null;
  reporterId!: string | null;
  assigneeId!: string | null;
  partnerId!: string | null;
  statusId!: string;
  slaId!: string | null;
}

@ObjectType({ description: "Open, closed and breached tickets per SLA (view v_ops_overview)." })
export class OpsOverviewRow {
  @Field(() => ID, { description: "The SLA's id." }) slaId!: string;
  @Field(() => String, { description: "The SLA's name." }) slaName!: string;
  @Field(() => Int, { description: "Its resolution target in hours." })
  resolutionTargetHours!: number;
  @Field(() => Int, { description: "Tickets under it not yet closed." }) openTickets!: number;
  @Field(() => Int, { description: "Tickets under it closed." }) closedTickets!: number;
  @Field(() => Int, { description: "Tickets that closed, or are still open, after their target." })
  breachedTickets!: number;
}

@ObjectType({
  description: "Average time to close, per priority (view v_ops_average_resolution_time).",
})
export class OpsResolutionTime {
  @Field(() => TaskPriority, { description: "The tickets' priority." }) priority!: string;
  @Field(() => Int, { description: "Closed tickets of that priority." }) closedTickets!: number;
  @Field(() => Float, { description: "Average hours from creation to close, to 2 decimals." })
  averageHours!: number;
}

export const TicketConnection = connectionType(Ticket, "Ticket");

export const ticketFilter = entityFilter("Ticket", {
  id: { type: IDFilter },
  subject: { type: StringFilter },
  priority: { type: enumFilter(TaskPriority, "TaskPriority") },
  statusId: { type: IDFilter, description: "The status's id (ticketStatuses lists them)." },
  assigneeId: { type: IDFilter, description: "Who works it." },
  reporterId: { type: IDFilter, description: "Who reported it." },
  partnerId: { type: IDFilter, description: "The partner it concerns." },
  slaId: { type: IDFilter, description: "Its SLA." },
  createdAt: { type: DateTimeFilter },
  closedAt: { type: DateTimeFilter },
});
export const ticketOrder = entityOrder(
  "Ticket",
  { createdAt: {}, closedAt: { nullable: true }, priority: { enum: TaskPriority }, subject: {} },
  [{ name: "createdAt", direction: "desc" }],
);
