import { Prisma } from "../../generated/prisma/client";
import { rawRows } from "../../db/rawRows";
import { byIds, defineLoader } from "../../graphql/loaders";
import type { Staff } from "./staff.type";

/** Staff by id, archived included: history (who reported, who approved) must still resolve. */
export const staffById = defineLoader<string, Staff | null>(
  "staffById",
  ({ prisma, organizationId }) =>
    async (ids) =>
      byIds(
        ids,
        await rawRows<Staff>(
          prisma,
          "Staff",
          Prisma.sql`WHERE r."id" = ANY(${[...ids]}::uuid[]) AND r."organization_id" = ${organizationId}::uuid`,
        ),
      ),
);
