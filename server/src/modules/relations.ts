// Filters on related records, both directions and to-many (some / every / none), e.g.
// partners whose active pod leader is in a squad, partners with an AT_RISK week lately,
// staff with no active assignment. Wired here, once every entity's filter exists.
import { addRelationFilters, type EntityFilterSpec, type RelationFilter } from "../graphql/filters";
import { partnerFilter } from "./partners/partner.type";
import { staffFilter } from "./staff/staff.type";
import { assignmentFilter } from "./assignments/assignment.type";
import { asinFilter } from "./asins/asin.type";
import { weeklyStatusFilter } from "./weeklyStatuses/weeklyStatus.type";
import { opportunityFilter } from "./opportunities/opportunity.type";
import { squadFilter, squadMembershipFilter } from "./squads/squad.type";

const many = (
  target: EntityFilterSpec,
  prisma: string,
  table: string,
  on: [string, string],
  description: string,
  live = false,
): RelationFilter => ({ many: true, target, prisma, table, on, live, description });
const one = (
  target: EntityFilterSpec,
  prisma: string,
  table: string,
  column: string,
  description: string,
): RelationFilter => ({
  many: false,
  target,
  prisma,
  table,
  on: [column, "id"],
  live: true,
  description,
});

addRelationFilters(partnerFilter, {
  assignments: many(
    assignmentFilter,
    "assignments",
    "partner_assignments",
    ["id", "partner_id"],
    "Its assignments, active and ended (active ones have no unassignedAt).",
  ),
  weeklyStatuses: many(
    weeklyStatusFilter,
    "weeklyStatuses",
    "weekly_statuses",
    ["id", "partner_id"],
    "Its weekly statuses.",
  ),
  asins: many(asinFilter, "asins", "asins", ["id", "partner_id"], "Its ASINs.", true),
  opportunities: many(
    opportunityFilter,
    "opportunities",
    "opportunities",
    ["id", "partner_id"],
    "Its opportunities.",
  ),
});
addRelationFilters(staffFilter, {
  assignments: many(
    assignmentFilter,
    "assignments",
    "partner_assignments",
    ["id", "staff_id"],
    "Their assignments, active and ended.",
  ),
  squads: many(
    squadMembershipFilter,
    "squadMemberships",
    "staff_squads",
    ["id", "staff_id"],
    "Their squad memberships.",
  ),
});
addRelationFilters(squadFilter, {
  members: many(
    squadMembershipFilter,
    "members",
    "staff_squads",
    ["id", "squad_id"],
    "Its memberships.",
  ),
});
addRelationFilters(squadMembershipFilter, {
  staff: one(staffFilter, "staff", "staff", "staff_id", "The member."),
  squad: one(squadFilter, "squad", "squads", "squad_id", "The squad."),
});
addRelationFilters(assignmentFilter, {
  partner: one(partnerFilter, "partner", "partners", "partner_id", "The partner."),
  staff: one(staffFilter, "staff", "staff", "staff_id", "The staff member."),
});
for (const spec of [weeklyStatusFilter, asinFilter, opportunityFilter]) {
  addRelationFilters(spec, {
    partner: one(partnerFilter, "partner", "partners", "partner_id", "The partner."),
  });
}
