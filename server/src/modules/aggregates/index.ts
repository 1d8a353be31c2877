// The aggregates of the graph's root connections.
import { partnerFilter } from "../partners/partner.type";
import { staffFilter } from "../staff/staff.type";
import { assignmentFilter } from "../assignments/assignment.type";
import { asinFilter } from "../asins/asin.type";
import { weeklyStatusFilter } from "../weeklyStatuses/weeklyStatus.type";
import { stagedChangeFilter } from "../pipeline/pipeline.type";
import { opportunityFilter } from "../opportunities/opportunity.type";
import { interactionFilter } from "../interactions/interaction.type";
import { ticketFilter } from "../operations/ticket.type";
import { aggregateResolver } from "./aggregate.resolver";

export const AGGREGATE_RESOLVERS = [
  aggregateResolver(
    "partnersAggregate",
    "Partner",
    { table: "partners", spec: partnerFilter, live: true },
    "partners:read",
  ),
  aggregateResolver(
    "staffAggregate",
    "Staff",
    { table: "staff", spec: staffFilter, live: true },
    "staff:read",
  ),
  aggregateResolver(
    "assignmentsAggregate",
    "Assignment",
    { table: "partner_assignments", spec: assignmentFilter },
    "partners:read",
  ),
  aggregateResolver(
    "asinsAggregate",
    "Asin",
    { table: "asins", spec: asinFilter, live: true },
    "partners:read",
  ),
  aggregateResolver(
    "weeklyStatusesAggregate",
    "WeeklyStatus",
    { table: "weekly_statuses", spec: weeklyStatusFilter },
    "partners:read",
  ),
  aggregateResolver(
    "stagedChangesAggregate",
    "StagedChange",
    { table: "staged_changes", spec: stagedChangeFilter },
    "pipeline:read",
  ),
  aggregateResolver(
    "opportunitiesAggregate",
    "Opportunity",
    { table: "opportunities", spec: opportunityFilter, groupText: ["stage"] },
    "opportunities:read",
  ),
  aggregateResolver(
    "ticketsAggregate",
    "Ticket",
    { table: "ops_tickets", spec: ticketFilter },
    "ops:read",
  ),
  aggregateResolver(
    "partnerInteractionsAggregate",
    "PartnerInteraction",
    { table: "partner_interactions", spec: interactionFilter },
    "partners:read",
  ),
];
