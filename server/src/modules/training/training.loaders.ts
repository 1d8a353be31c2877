import { defineLoader, groupedBy } from "../../graphql/loaders";
import type { StaffTraining } from "./training.type";

export const trainingByStaff = defineLoader<string, StaffTraining[]>(
  "trainingByStaff",
  ({ prisma, organizationId }) =>
    async (ids) =>
      groupedBy(
        ids,
        await prisma.staffTraining.findMany({
          where: { staffId: { in: [...ids] }, organizationId },
          orderBy: { moduleName: "asc" },
        }),
        (t) => t.staffId,
      ),
);
