import { defineLoader, groupedBy } from "../../graphql/loaders";
import type { ExternalContact } from "./contact.type";

export const contactsByAdder = defineLoader<string, ExternalContact[]>(
  "contactsByAdder",
  ({ prisma, organizationId }) =>
    async (ids) =>
      groupedBy(
        ids,
        (await prisma.externalContact.findMany({
          where: { addedById: { in: [...ids] }, organizationId },
          orderBy: { name: "asc" },
        })) as ExternalContact[],
        (c) => c.addedById!,
      ),
);
