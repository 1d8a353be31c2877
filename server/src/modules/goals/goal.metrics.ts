// What a goal measures, computed from the data for its quarter: revenue (deal value of
// opportunities won in the quarter), opportunities (opportunities created in it) and
// active partners (partners ACTIVE now). A staff member's goal counts their assigned deals
// and the partners actively assigned to them; an organization's counts everything.
import type { HubPrisma } from "../../db/database";

export const GOAL_TYPES = ["revenue", "opportunities", "active_partners"] as const;
export type GoalType = (typeof GOAL_TYPES)[number];

export interface GoalWindow {
  organizationId: string;
  staffId: string | null;
  start: Date;
  end: Date;
}

export async function currentValue(tx: HubPrisma, type: GoalType, w: GoalWindow): Promise<number> {
  const byStaff = w.staffId ? { assignedStaffId: w.staffId } : {};
  if (type === "revenue") {
    const won = await tx.opportunity.aggregate({
      where: {
        organizationId: w.organizationId,
        ...byStaff,
        status: "won",
        actualCloseDate: { gte: w.start, lt: w.end },
      },
      _sum: { dealValue: true },
    });
    return Number(won._sum.dealValue ?? 0);
  }
  if (type === "opportunities")
    return tx.opportunity.count({
      where: {
        organizationId: w.organizationId,
        ...byStaff,
        createdAt: { gte: w.start, lt: w.end },
      },
    });
  return tx.partner.count({
    where: {
      organizationId: w.organizationId,
      status: "active",
      ...(w.staffId ? { assignments: { some: { staffId: w.staffId, unassignedAt: null } } } : {}),
    },
  });
}
