// Partners, staff, ASINs, external contacts and partner sheets are never physically
// deleted: reads leave rows with deleted_at out unless the query names deletedAt itself
// (e.g. `deletedAt: { not: null }` to list archived rows), and delete becomes an update.
// The database enforces the same with a BEFORE DELETE trigger (migration "rules").
import type { PrismaClient } from "../generated/prisma/client";

const SOFT_DELETE_MODELS = new Set(["Partner", "Staff", "Asin", "ExternalContact", "PartnerSheet"]);
const READS = new Set([
  "findMany", "findFirst", "findFirstOrThrow", "findUnique", "findUniqueOrThrow", "count", "aggregate", "groupBy",
]);

type Where = Record<string, unknown> | undefined;
const liveOnly = (where: Where) => (where && "deletedAt" in where ? where : { ...where, deletedAt: null });

export function withSoftDelete(prisma: PrismaClient) {
  return prisma.$extends({
    name: "softDelete",
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          if (!SOFT_DELETE_MODELS.has(model)) return query(args);
          const a = args as { where?: Record<string, unknown> };
          if (READS.has(operation)) return query({ ...a, where: liveOnly(a.where) } as typeof args);
          if (operation === "delete" || operation === "deleteMany") {
            // Prisma's delegates are not indexable by a model name string in its types.
            const delegate = (prisma as unknown as Record<string, { update: Function; updateMany: Function }>)[
              model.charAt(0).toLowerCase() + model.slice(1)
            ];
            const data = { deletedAt: new Date() };
            return operation === "delete"
              ? delegate.update({ where: liveOnly(a.where), data })
              : delegate.updateMany({ where: liveOnly(a.where), data });
          }
          return query(args);
        },
      },
    },
  });
}
