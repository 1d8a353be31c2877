import { byIds, defineLoader, groupedBy } from "../../graphql/loaders";
import type { Sla, TicketStatus } from "./ticket.type";

export const slaById = defineLoader<string, Sla | null>(
  "slaById",
  ({ prisma, organizationId }) =>
    async (ids) =>
      byIds(
        ids,
        (await prisma.opsSla.findMany({
          where: { id: { in: [...ids] }, organizationId },
        })) as Sla[],
      ),
);

export const ticketStatusById = defineLoader<string, TicketStatus | null>(
  "ticketStatusById",
  ({ prisma, organizationId }) =>
    async (ids) =>
      byIds(
        ids,
        (await prisma.opsTicketStatus.findMany({
          where: { id: { in: [...ids] }, organizationId },
        })) as TicketStatus[],
      ),
);

/** The statuses a ticket may move to from each status, in workflow order. */
export const nextStatuses = defineLoader<string, TicketStatus[]>(
  "nextStatuses",
  ({ prisma, organizationId }) =>
    async (ids) => {
      const rows = await prisma.opsTicketTransition.findMany({
        where: { fromStatusId: { in: [...ids] }, organizationId },
        include: { toStatus: true },
        orderBy: { toStatus: { sequence: "asc" } },
      });
      return groupedBy(ids, rows, (r) => r.fromStatusId).map((list) =>
        list.map((r) => r.toStatus as TicketStatus),
      );
    },
);
