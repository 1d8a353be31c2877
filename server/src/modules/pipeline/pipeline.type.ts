import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import {
  ChangeType as DbChangeType, DataSourceStatus as DbDataSourceStatus, DataSourceType as DbDataSourceType,
  EntityType as DbEntityType, StagedChangeStatus as DbStagedChangeStatus, SyncMode as DbSyncMode,
  SyncStatus as DbSyncStatus, TransformType as DbTransformType,
} from "../../generated/prisma/enums";
import { gqlEnum } from "../../graphql/enums";
import { DateTimeScalar, JSONScalar } from "../../graphql/scalars";
import { connectionType } from "../../graphql/connection";
import { DateTimeFilter, IDFilter, StringFilter, entityFilter, enumFilter } from "../../graphql/filters";
import { entityOrder } from "../../graphql/ordering";

export const DataSourceType = gqlEnum(DbDataSourceType, "DataSourceType", "Where a data source's records come from.");
export const DataSourceStatus = gqlEnum(DbDataSourceStatus, "DataSourceStatus", "Whether a data source syncs.");
export const SyncMode = gqlEnum(DbSyncMode, "SyncMode", "MANUAL syncs on request; SCHEDULED also on syncSchedule (cron).");
export const TransformType = gqlEnum(DbTransformType, "TransformType", "How a source cell becomes a field value.");
export const EntityType = gqlEnum(DbEntityType, "EntityType", "The kinds of record the pipeline writes.");
export const ChangeType = gqlEnum(DbChangeType, "ChangeType", "What a staged change does to its record.");
export const StagedChangeStatus = gqlEnum(DbStagedChangeStatus, "StagedChangeStatus", "Where a staged change is in review.");
export const SyncStatus = gqlEnum(DbSyncStatus, "SyncStatus", "Where a sync run is.");

const opt = { nullable: true };

@ObjectType({ description: "A configured external source: a Google Sheet, form, API or CSV upload." })
export class DataSource {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => DataSourceType) type!: string;
  @Field(() => JSONScalar, { description: "For sheets { url, sheet_id, credentials_ref }; for APIs { endpoint, auth_type, credentials_ref }." }) connectionConfig!: unknown;
  @Field(() => DataSourceStatus) status!: string;
  @Field(() => DateTimeScalar, opt) lastSyncedAt!: Date | null;
  @Field(() => String, opt) lastSyncError!: string | null;
  @Field(() => SyncMode) syncMode!: string;
  @Field(() => String, { ...opt, description: "Cron expression (UTC) when scheduled." }) syncSchedule!: string | null;
  @Field(() => DateTimeScalar, { ...opt, description: "When a SCHEDULED source next syncs." }) nextSyncAt!: Date | null;
  @Field(() => String, opt) description!: string | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
  createdById!: string | null;
}

@ObjectType({ description: "How one source column maps to a target table's field." })
export class FieldMapping {
  @Field(() => ID) id!: string;
  @Field(() => String, { ...opt, description: "Sheet tab; null for single-tab sources." }) sourceTab!: string | null;
  @Field(() => String, { description: "Column header." }) sourceColumn!: string;
  @Field(() => Int, { ...opt, description: "0-based column position, used when the header is missing." }) sourceColumnIndex!: number | null;
  @Field(() => String, { description: 'Target table, e.g. "partners".' }) targetTable!: string;
  @Field(() => String, { description: 'Target column, e.g. "base_fee".' }) targetField!: string;
  @Field(() => TransformType) transformType!: string;
  @Field(() => JSONScalar, opt) transformConfig!: unknown;
  @Field(() => Boolean, { description: "This source is THE source for the field." }) isAuthoritative!: boolean;
  @Field(() => Int, { description: "Higher wins when several sources map one field." }) priority!: number;
  @Field(() => Boolean) isActive!: boolean;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
  dataSourceId!: string;
}

@ObjectType({ description: "One difference a sync found, waiting for review." })
export class StagedChange {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: "The sync run (batch) that staged it." }) batchId!: string;
  @Field(() => EntityType) entityType!: string;
  @Field(() => String, { description: "Natural key used for matching (partner code, email, …)." }) entityKey!: string;
  @Field(() => ID, { ...opt, description: "The matched record; null for creates." }) entityId!: string | null;
  @Field(() => ChangeType) changeType!: string;
  @Field(() => JSONScalar, opt) oldValues!: unknown;
  @Field(() => JSONScalar) newValues!: unknown;
  @Field(() => [String]) changedFields!: string[];
  @Field(() => StagedChangeStatus) status!: string;
  @Field(() => DateTimeScalar, opt) reviewedAt!: Date | null;
  @Field(() => String, opt) rejectionReason!: string | null;
  @Field(() => DateTimeScalar, opt) appliedAt!: Date | null;
  @Field(() => String, opt) applyError!: string | null;
  @Field(() => String, { ...opt, description: "Where in the source it came from, e.g. \"Row 42 of Tab 'Master Client Sheet'\"." }) sourceReference!: string | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  dataSourceId!: string | null;
  reviewedById!: string | null;
}

@ObjectType({ description: "Where a record's field value came from, with its history." })
export class FieldLineage {
  @Field(() => ID) id!: string;
  @Field(() => EntityType) entityType!: string;
  @Field(() => ID) entityId!: string;
  @Field(() => String) fieldName!: string;
  @Field(() => String, opt) currentValue!: string | null;
  @Field(() => DateTimeScalar) lastUpdatedAt!: Date;
  /** Stored as JSON; exposed as typed entries by FieldLineageResolver.history. */
  history!: unknown;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
  authoritativeSourceId!: string | null;
}

@ObjectType({ description: "One sync run of a data source." })
export class SyncLog {
  @Field(() => ID) id!: string;
  @Field(() => ID) batchId!: string;
  @Field(() => DateTimeScalar) startedAt!: Date;
  @Field(() => DateTimeScalar, opt) completedAt!: Date | null;
  @Field(() => SyncStatus) status!: string;
  @Field(() => Int) recordsScanned!: number;
  @Field(() => Int) changesStaged!: number;
  @Field(() => Int) changesApproved!: number;
  @Field(() => Int) changesApplied!: number;
  @Field(() => Int) errors!: number;
  @Field(() => JSONScalar, { ...opt, description: "Per-row errors: [{ row, tab, column, field, value, message }]." }) errorLog!: unknown;
  @Field(() => String, { ...opt, description: "The uploaded file's name, for runs of a file." }) inputName!: string | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  dataSourceId!: string | null;
  initiatedById!: string | null;
  progressStep!: string | null;
  progressDone!: number;
  progressTotal!: number;
}

@ObjectType("SyncProgress", { description: "Where a sync run is, for a progress bar." })
export class SyncProgressInfo {
  @Field(() => String, { description: 'e.g. "queued", "reading the source", "transforming rows", "staging changes", "completed".' }) step!: string;
  @Field(() => Int) done!: number;
  @Field(() => Int) total!: number;
  @Field(() => Int, { description: "0–100." }) percent!: number;
}

export const DataSourceConnection = connectionType(DataSource, "DataSource");
export const StagedChangeConnection = connectionType(StagedChange, "StagedChange");
export const SyncLogConnection = connectionType(SyncLog, "SyncLog");

export const dataSourceFilter = entityFilter("DataSource", {
  id: { type: IDFilter }, name: { type: StringFilter }, type: { type: enumFilter(DataSourceType, "DataSourceType") },
  status: { type: enumFilter(DataSourceStatus, "DataSourceStatus") }, syncMode: { type: enumFilter(SyncMode, "SyncMode") },
  lastSyncedAt: { type: DateTimeFilter },
});
export const dataSourceOrder = entityOrder("DataSource", { name: {}, type: { enum: DataSourceType }, lastSyncedAt: { nullable: true }, createdAt: {} },
  [{ name: "name", direction: "asc" }]);

export const stagedChangeFilter = entityFilter("StagedChange", {
  id: { type: IDFilter }, batchId: { type: IDFilter }, dataSourceId: { type: IDFilter }, entityId: { type: IDFilter },
  entityType: { type: enumFilter(EntityType, "EntityType") }, entityKey: { type: StringFilter },
  changeType: { type: enumFilter(ChangeType, "ChangeType") }, status: { type: enumFilter(StagedChangeStatus, "StagedChangeStatus") },
  createdAt: { type: DateTimeFilter },
});
export const stagedChangeOrder = entityOrder("StagedChange", {
  createdAt: {}, entityKey: {}, entityType: { enum: EntityType }, status: { enum: StagedChangeStatus }, sourceReference: { nullable: true },
}, [{ name: "createdAt", direction: "asc" }]);

export const syncLogFilter = entityFilter("SyncLog", {
  id: { type: IDFilter }, batchId: { type: IDFilter }, dataSourceId: { type: IDFilter },
  status: { type: enumFilter(SyncStatus, "SyncStatus") }, startedAt: { type: DateTimeFilter },
});
export const syncLogOrder = entityOrder("SyncLog", { startedAt: {}, status: { enum: SyncStatus } }, [{ name: "startedAt", direction: "desc" }]);

@ObjectType({ description: "What applying approved changes did." })
export class ApplyResult {
  @Field(() => Int) applied!: number;
  @Field(() => Int, { description: "Changes the database refused (see their applyError)." }) failed!: number;
  @Field(() => Int, { description: "Changes that became conflicts (the record moved on, or a stronger source owns the field)." }) conflicts!: number;
}

@ObjectType({ description: "One value a field had, where it came from and who let it in." })
export class LineageEntry {
  @Field(() => JSONScalar, opt) value!: unknown;
  @Field(() => String, { description: 'The source\'s name, or "manual".' }) sourceName!: string;
  @Field(() => ID, opt) batchId!: string | null;
  @Field(() => String, opt) sourceReference!: string | null;
  @Field(() => DateTimeScalar) timestamp!: Date;
  changedById!: string | null;
  approvedById!: string | null;
}

export const GuessedType = gqlEnum(["empty", "number", "currency", "percent", "date", "boolean", "email", "text"] as const, "GuessedType", "What a column's values look like.");

@ObjectType({ description: "A column of a previewed source." })
export class PreviewColumn {
  @Field(() => String) name!: string;
  @Field(() => Int, { description: "0-based position." }) index!: number;
  @Field(() => GuessedType) guessedType!: string;
  @Field(() => String, { ...opt, description: "For dates: MM/DD/YYYY, DD/MM/YYYY or YYYY-MM-DD." }) dateFormat!: string | null;
  @Field(() => [String], { description: "Up to three non-empty values." }) samples!: string[];
}

@ObjectType({ description: "A tab of a source as it would be read: header, first rows, guessed column types." })
export class SourcePreview {
  @Field(() => String, { description: "The tab (for CSV, the source's name)." }) name!: string;
  @Field(() => [String]) header!: string[];
  @Field(() => [[String]], { description: "The first rows after the header." }) rows!: string[][];
  @Field(() => Int, { description: "Data rows in all (blank rows not counted)." }) rowCount!: number;
  @Field(() => [PreviewColumn]) columns!: PreviewColumn[];
}

@ObjectType({ description: "A suggested mapping; pass the ones you want to setFieldMappings." })
export class FieldMappingSuggestion {
  @Field(() => String, { ...opt, description: "The tab, for sheets and workbooks." }) sourceTab!: string | null;
  @Field(() => String) sourceColumn!: string;
  @Field(() => Int) sourceColumnIndex!: number;
  @Field(() => String) targetTable!: string;
  @Field(() => String) targetField!: string;
  @Field(() => TransformType) transformType!: string;
  @Field(() => JSONScalar, opt) transformConfig!: unknown;
  @Field(() => Float, { description: "1 for a known header name, lower for a partial match." }) confidence!: number;
}
