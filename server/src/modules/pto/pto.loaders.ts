import { defineLoader, groupedBy } from "../../graphql/loaders";
import type { PtoRecord } from "./pto.type";

export const ptoByStaff = defineLoader<string, PtoRecord[]>(
  "ptoByStaff",
  ({ prisma, organizationId }) =>
    async (ids) =>
      groupedBy(
        ids,
        (await prisma.ptoRecord.findMany({
          where: { staffId: { in: [...ids] }, organizationId },
          orderBy: { startDate: "desc" },
        })) as PtoRecord[],
        (p) => p.staffId,
      ),
);

export const ptoByApprover = defineLoader<string, PtoRecord[]>(
  "ptoByApprover",
  ({ prisma, organizationId }) =>
    async (ids) =>
      groupedBy(
        ids,
        (await prisma.ptoRecord.findMany({
          where: { approvedById: { in: [...ids] }, organizationId },
          orderBy: { startDate: "desc" },
        })) as PtoRecord[],
        (p) => p.approvedById!,
      ),
);
