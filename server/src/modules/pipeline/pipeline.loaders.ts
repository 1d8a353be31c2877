import { byIds, defineLoader, groupedBy } from "../../graphql/loaders";
import type { DataSource, FieldLineage, FieldMapping } from "./pipeline.type";

export const dataSourceById = defineLoader<string, DataSource | null>(
  "dataSourceById",
  ({ prisma, organizationId }) =>
    async (ids) =>
      byIds(
        ids,
        await prisma.dataSource.findMany({ where: { id: { in: [...ids] }, organizationId } }),
      ),
);

export const mappingsBySource = defineLoader<string, FieldMapping[]>(
  "mappingsBySource",
  ({ prisma, organizationId }) =>
    async (ids) =>
      groupedBy(
        ids,
        await prisma.fieldMapping.findMany({
          where: { dataSourceId: { in: [...ids] }, organizationId },
          orderBy: [{ sourceTab: "asc" }, { sourceColumnIndex: "asc" }, { sourceColumn: "asc" }],
        }),
        (m) => m.dataSourceId,
      ),
);

/** One field's lineage for many records of a type (entity ids → lineage or null). */
export const lineageByEntity = defineLoader<
  string,
  FieldLineage | null,
  { entityType: string; field: string }
>("lineageByEntity", ({ prisma, organizationId }, { entityType, field }) => async (ids) => {
  const rows = await prisma.fieldLineage.findMany({
    where: {
      organizationId,
      entityType: entityType as never,
      fieldName: field,
      entityId: { in: [...ids] },
    },
  });
  const byEntity = new Map(rows.map((r) => [r.entityId, r]));
  return ids.map((id) => byEntity.get(id) ?? null);
});
