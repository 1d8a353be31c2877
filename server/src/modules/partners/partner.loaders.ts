import { Prisma } from "../../generated/prisma/client";
import { rawRows } from "../../db/rawRows";
import { byIds, defineLoader } from "../../graphql/loaders";
import type { Partner } from "./partner.type";

/** Partners by id, archived included: relations and history must still resolve. */
export const partnerById = defineLoader<string, Partner | null>(
  "partnerById",
  ({ prisma, organizationId, rows }) =>
    async (ids) =>
      byIds(
        ids,
        await rawRows<Partner>(
          prisma,
          "Partner",
          Prisma.sql`
    WHERE r."id" = ANY(${[...ids]}::uuid[]) AND r."organization_id" = ${organizationId}::uuid ${rows.partnerSql('r."id"')}`,
        ),
      ),
);
