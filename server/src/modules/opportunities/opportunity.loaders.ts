import { defineLoader, groupedBy } from "../../graphql/loaders";
import type { Opportunity, OpportunityStageChange } from "./opportunity.type";

export const opportunitiesByPartner = defineLoader<string, Opportunity[]>(
  "opportunitiesByPartner",
  ({ prisma, organizationId }) =>
    async (ids) =>
      groupedBy(
        ids,
        (await prisma.opportunity.findMany({
          where: { organizationId, partnerId: { in: [...ids] } },
          orderBy: [{ expectedCloseDate: "asc" }, { id: "asc" }],
        })) as Opportunity[],
        (o) => o.partnerId,
      ),
);

export const stageHistoryByOpportunity = defineLoader<string, OpportunityStageChange[]>(
  "stageHistoryByOpportunity",
  ({ prisma, organizationId }) =>
    async (ids) =>
      groupedBy(
        ids,
        await prisma.opportunityStageHistory.findMany({
          where: { organizationId, opportunityId: { in: [...ids] } },
          orderBy: [{ changedAt: "asc" }, { id: "asc" }],
        }),
        (h) => h.opportunityId,
      ),
);
