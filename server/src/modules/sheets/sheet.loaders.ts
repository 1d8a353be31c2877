import { defineLoader, groupedBy } from "../../graphql/loaders";
import type { PartnerSheet } from "./sheet.type";

export const sheetsByPartner = defineLoader<string, PartnerSheet[]>(
  "sheetsByPartner",
  ({ prisma, organizationId, rows }) =>
    async (ids) =>
      groupedBy(
        ids,
        await prisma.partnerSheet.findMany({
          where: { partnerId: { in: [...ids] }, organizationId, ...rows.partnerChild },
          orderBy: [{ sheetType: "asc" }, { createdAt: "asc" }],
        }),
        (s) => s.partnerId,
      ),
);

export const sheetsByAsin = defineLoader<string, PartnerSheet[]>(
  "sheetsByAsin",
  ({ prisma, organizationId, rows }) =>
    async (ids) =>
      groupedBy(
        ids,
        await prisma.partnerSheet.findMany({
          where: { asinId: { in: [...ids] }, organizationId, ...rows.partnerChild },
          orderBy: [{ sheetType: "asc" }, { createdAt: "asc" }],
        }),
        (s) => s.asinId!,
      ),
);

export const sheetsByVerifier = defineLoader<string, PartnerSheet[]>(
  "sheetsByVerifier",
  ({ prisma, organizationId, rows }) =>
    async (ids) =>
      groupedBy(
        ids,
        await prisma.partnerSheet.findMany({
          where: { verifiedById: { in: [...ids] }, organizationId, ...rows.partnerChild },
          orderBy: { verifiedAt: "desc" },
        }),
        (s) => s.verifiedById!,
      ),
);
