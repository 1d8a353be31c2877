import { byIds, defineLoader } from "../../graphql/loaders";
import type { SalesReason } from "./lead.type";

export const salesReasonById = defineLoader<string, SalesReason | null>("salesReasonById", ({ prisma, organizationId }) => async (ids) =>
  byIds(ids, await prisma.salesReason.findMany({ where: { id: { in: [...ids] }, organizationId } }) as SalesReason[]));
