import { byIds, defineLoader } from "../../graphql/loaders";
import { archiveScope } from "../../graphql/records";
import type { Staff } from "./staff.type";

/** Staff by id, archived included: history (who reported, who approved) must still resolve. */
export const staffById = defineLoader<string, Staff | null>("staffById", ({ prisma, organizationId }) => async (ids) =>
  byIds(ids, await prisma.staff.findMany({ where: { id: { in: [...ids] }, organizationId, ...archiveScope(true) } }) as Staff[]));
