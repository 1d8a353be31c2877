import { byIds, defineLoader, groupedBy } from "../../graphql/loaders";
import type { DataSource, FieldMapping } from "./pipeline.type";

export const dataSourceById = defineLoader<string, DataSource | null>("dataSourceById", ({ prisma, organizationId }) => async (ids) =>
  byIds(ids, await prisma.dataSource.findMany({ where: { id: { in: [...ids] }, organizationId } })));

export const mappingsBySource = defineLoader<string, FieldMapping[]>("mappingsBySource", ({ prisma, organizationId }) => async (ids) =>
  groupedBy(ids, await prisma.fieldMapping.findMany({
    where: { dataSourceId: { in: [...ids] }, organizationId }, orderBy: [{ sourceTab: "asc" }, { sourceColumnIndex: "asc" }, { sourceColumn: "asc" }],
  }), (m) => m.dataSourceId));
