import { byIds, defineLoader } from "../../graphql/loaders";
import { archiveScope } from "../../graphql/records";
import type { Partner } from "./partner.type";

/** Partners by id, archived included: relations and history must still resolve. */
export const partnerById = defineLoader<string, Partner | null>("partnerById", ({ prisma, organizationId, rows }) => async (ids) =>
  byIds(ids, await prisma.partner.findMany({ where: { id: { in: [...ids] }, organizationId, ...archiveScope(true), ...rows.partner } }) as Partner[]));
