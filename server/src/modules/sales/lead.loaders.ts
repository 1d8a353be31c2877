import { byIds, defineLoader, groupedBy } from "../../graphql/loaders";
import type { SalesActivity, SalesReason } from "./lead.type";

export const salesReasonById = defineLoader<string, SalesReason | null>(
  "salesReasonById",
  ({ prisma, organizationId }) =>
    async (ids) =>
      byIds(
        ids,
        (await prisma.salesReason.findMany({
          where: { id: { in: [...ids] }, organizationId },
        })) as SalesReason[],
      ),
);

/** Each lead's activities and stage moves, newest first. */
export const activitiesByLead = defineLoader<string, SalesActivity[]>(
  "activitiesByLead",
  ({ prisma, organizationId }) =>
    async (ids) =>
      groupedBy(
        ids,
        (await prisma.salesActivity.findMany({
          where: { leadId: { in: [...ids] }, organizationId },
          orderBy: [{ activityDate: "desc" }, { createdAt: "desc" }],
        })) as SalesActivity[],
        (a) => a.leadId,
      ),
);
