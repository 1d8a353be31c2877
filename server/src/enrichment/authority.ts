// Which source owns a field: a mapping marked authoritative wins; otherwise the higher
// priority wins. A change from a weaker source than the field's current one is a
// conflict, both when it is staged and when it is applied.
import type { HubPrisma } from "../db/database";
import type { TargetTable } from "./targets";

export interface Authority {
  /** The fields of `fields` that a stronger source than `sourceId` set last on the record. */
  ownedElsewhere(sourceId: string | null, entityId: string, fields: string[]): string[];
}

/**
 * Mappings of the organization and the current owners of the given records' fields, for
 * changes from `sourceIds`. Only owners that could outrank one of those sources are read: a
 * source with a mapping on the table, other than the asking source. A re-sync of the only
 * source of a table (the common case) reads no lineage at all, where it would read a row per
 * record and field.
 */
export async function loadAuthority(
  tx: HubPrisma,
  organizationId: string,
  target: TargetTable,
  entityIds: string[],
  sourceIds: (string | null)[],
): Promise<Authority> {
  const mappings = await tx.fieldMapping.findMany({
    where: { organizationId, targetTable: target.table },
    select: { dataSourceId: true, targetField: true, isAuthoritative: true, priority: true },
  });
  const asking = new Set(sourceIds.filter((id): id is string => Boolean(id)));
  const rivals = [...new Set(mappings.map((m) => m.dataSourceId))].filter(
    (id) => !(asking.size === 1 && asking.has(id)),
  );
  const lineage =
    entityIds.length && asking.size && rivals.length
      ? await tx.fieldLineage.findMany({
          where: {
            organizationId,
            entityType: target.entityType,
            entityId: { in: entityIds },
            authoritativeSourceId: { in: rivals },
          },
          select: { entityId: true, fieldName: true, authoritativeSourceId: true },
        })
      : [];
  const mapping = new Map(mappings.map((m) => [`${m.dataSourceId}|${m.targetField}`, m]));
  const owner = new Map(
    lineage.map((l) => [`${l.entityId}|${l.fieldName}`, l.authoritativeSourceId!]),
  );
  return {
    ownedElsewhere(sourceId, entityId, fields) {
      if (!sourceId) return []; // a revert or a reviewer's change: no source to rank
      return fields.filter((f) => {
        const current = owner.get(`${entityId}|${f}`);
        if (!current || current === sourceId) return false;
        const theirs = mapping.get(`${current}|${f}`);
        const mine = mapping.get(`${sourceId}|${f}`);
        if (!theirs || mine?.isAuthoritative) return false;
        return theirs.isAuthoritative || theirs.priority > (mine?.priority ?? 0);
      });
    },
  };
}
