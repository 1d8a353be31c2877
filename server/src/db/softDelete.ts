// Partners, staff, ASINs, external contacts and partner sheets are never physically
// deleted. Reads leave rows with deleted_at out unless the query names deletedAt itself
// (e.g. `deletedAt: { not: null }` to list archived rows). Archiving is an update of
// deleted_at (graphql/records.ts archiveRecord), so it stays inside the caller's
// transaction; Prisma's delete is refused with a message that says so. The database
// also turns any raw DELETE into a soft delete (migration "rules").
import type { PrismaClient } from "../generated/prisma/client";

const SOFT_DELETE_MODELS = new Set(["Partner", "Staff", "Asin", "ExternalContact", "PartnerSheet"]);
const READS = new Set([
  "findMany",
  "findFirst",
  "findFirstOrThrow",
  "findUnique",
  "findUniqueOrThrow",
  "count",
  "aggregate",
  "groupBy",
]);

type Where = Record<string, unknown> | undefined;
const liveOnly = (where: Where) =>
  where && "deletedAt" in where ? where : { ...where, deletedAt: null };

export class SoftDeleteError extends Error {}

export function withSoftDelete(prisma: PrismaClient) {
  return prisma.$extends({
    name: "softDelete",
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          if (!SOFT_DELETE_MODELS.has(model)) return query(args);
          if (operation === "delete" || operation === "deleteMany") {
            throw new SoftDeleteError(
              `${model} rows are archived, not deleted: set deletedAt (archiveRecord) instead of ${operation}.`,
            );
          }
          if (!READS.has(operation)) return query(args);
          const a = args as { where?: Record<string, unknown> };
          return query({ ...a, where: liveOnly(a.where) } as typeof args);
        },
      },
    },
  });
}
