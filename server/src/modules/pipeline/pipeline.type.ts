import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import {
  ChangeType as DbChangeType,
  DataSourceStatus as DbDataSourceStatus,
  DataSourceType as DbDataSourceType,
  EntityType as DbEntityType,
  StagedChangeStatus as DbStagedChangeStatus,
  SyncMode as DbSyncMode,
  SyncStatus as DbSyncStatus,
  TransformType as DbTransformType,
} from "../../generated/prisma/enums";
import { gqlEnum } from "../../graphql/enums";
import { DateTimeScalar, JSONScalar } from "../../graphql/scalars";
import { connectionType } from "../../graphql/connection";
import {
  DateTimeFilter,
  IDFilter,
  StringFilter,
  entityFilter,
  enumFilter,
} from "../../graphql/filters";
import { entityOrder } from "../../graphql/ordering";

export const DataSourceType = gqlEnum(
  DbDataSourceType,
  "DataSourceType",
  "Where a data source's records come from.",
  {
    google_sheet: "A Google Sheet read through the Sheets API.",
    csv: "An uploaded CSV or XLSX file.",
    google_form: "The responses sheet of a Google Form.",
    api: "Another system's API.",
  },
);
export const DataSourceStatus = gqlEnum(
  DbDataSourceStatus,
  "DataSourceStatus",
  "Whether a data source syncs.",
  {
    active: "Syncs on request and on its schedule.",
    paused: "Kept, but does not sync.",
    error: "The last sync failed; lastSyncError says why.",
    archived: "Retired; its lineage stays.",
  },
);
export const SyncMode = gqlEnum(
  DbSyncMode,
  "SyncMode",
  "MANUAL syncs on request; SCHEDULED also on syncSchedule (cron).",
  {
    manual: "Syncs only when someone runs it.",
    scheduled: "Also syncs on its syncSchedule (cron).",
  },
);
export const TransformType = gqlEnum(
  DbTransformType,
  "TransformType",
  "How a source cell becomes a field value.",
  {
    none: "The cell's text, trimmed.",
    date: "A date: formats such as MM/DD/YYYY or DD/MM/YYYY (transformConfig.format) and Sheets serial numbers.",
    currency: 'Money: "$1,200.50", "1.200,50 \u20ac", "(300)" for -300.',
    number: 'A number; "3%" becomes 0.03.',
    boolean: "yes/no, true/false, \u2713/\u2717, 1/0.",
    lookup:
      "A staff member by name or email, or a partner by brand name or code (transformConfig.lookup).",
    custom: "A named transform from transformConfig.name.",
  },
);
export const EntityType = gqlEnum(
  DbEntityType,
  "EntityType",
  "The kinds of record the pipeline writes.",
  {
    partner: "A partner (natural key: partnerCode, else brand name).",
    staff: "A staff member (natural key: email).",
    asin: "An ASIN (natural key: partner + ASIN code).",
    assignment: "An assignment (natural key: partner + staff + role).",
    weekly_status: "A weekly status (natural key: partner + week).",
    partner_sheet: "A linked sheet (natural key: partner + URL).",
    external_contact: "An external contact (natural key: email).",
  },
);
export const ChangeType = gqlEnum(
  DbChangeType,
  "ChangeType",
  "What a staged change does to its record.",
  {
    create: "Creates a new record from the row.",
    update: "Changes some fields of an existing record.",
    delete: "Archives a record the source no longer has.",
  },
);
export const StagedChangeStatus = gqlEnum(
  DbStagedChangeStatus,
  "StagedChangeStatus",
  "Where a staged change is in review.",
  {
    pending: "Waiting for review.",
    approved: "Approved; applied by the next apply.",
    rejected: "Turned down; rejectionReason says why.",
    conflict:
      "Needs a decision: a higher-priority source owns the field, or the record changed since staging.",
    applied: "Written to the record, with lineage.",
    failed: "Apply failed; applyError says why.",
  },
);
export const SyncStatus = gqlEnum(DbSyncStatus, "SyncStatus", "Where a sync run is.", {
  queued: "Waiting for a worker.",
  running: "Reading and staging; progress is live.",
  completed: "Finished; errors lists rows that failed alone.",
  failed: "Stopped by an error for the whole run (e.g. a missing column).",
  cancelled: "Stopped on request.",
});

const opt = { nullable: true };

@ObjectType({
  description: "A configured external source: a Google Sheet, form, API or CSV upload.",
})
export class DataSource {
  @Field(() => ID) id!: string;
  @Field(() => String, {
    description: 'Name people know the source by, e.g. "Master Client Sheet".',
  })
  name!: string;
  @Field(() => DataSourceType, {
    description: "Where the records come from: GOOGLE_SHEET, CSV, GOOGLE_FORM or API.",
  })
  type!: string;
  @Field(() => JSONScalar, {
    description:
      "For sheets { url, sheet_id, credentials_ref }; for APIs { endpoint, auth_type, credentials_ref }.",
  })
  connectionConfig!: unknown;
  @Field(() => DataSourceStatus, { description: "Whether the source syncs." }) status!: string;
  @Field(() => DateTimeScalar, { ...opt, description: "When the last sync finished." })
  lastSyncedAt!: Date | null;
  @Field(() => String, { ...opt, description: "Why the last sync failed; null when it succeeded." })
  lastSyncError!: string | null;
  @Field(() => SyncMode, { description: "MANUAL, or SCHEDULED on syncSchedule." })
  syncMode!: string;
  @Field(() => String, { ...opt, description: "Cron expression (UTC) when scheduled." })
  syncSchedule!: string | null;
  @Field(() => DateTimeScalar, { ...opt, description: "When a SCHEDULED source next syncs." })
  nextSyncAt!: Date | null;
  @Field(() => String, {
    ...opt,
    description: 'What the source holds, for people, e.g. "Master client sheet kept by ops".',
  })
  description!: string | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
  createdById!: string | null;
}

@ObjectType({ description: "How one source column maps to a target table's field." })
export class FieldMapping {
  @Field(() => ID) id!: string;
  @Field(() => String, { ...opt, description: "Sheet tab; null for single-tab sources." })
  sourceTab!: string | null;
  @Field(() => String, { description: "Column header." }) sourceColumn!: string;
  @Field(() => Int, {
    ...opt,
    description: "0-based column position, used when the header is missing.",
  })
  sourceColumnIndex!: number | null;
  @Field(() => String, { description: 'Target table, e.g. "partners".' }) targetTable!: string;
  @Field(() => String, { description: 'Target column, e.g. "base_fee".' }) targetField!: string;
  @Field(() => TransformType, {
    description: 'How the cell becomes a value, e.g. CURRENCY for "$1,200.50".',
  })
  transformType!: string;
  @Field(() => JSONScalar, {
    ...opt,
    description:
      'Settings of the transform, e.g. { "format": "DD/MM/YYYY" } for DATE or { "lookup": "staff" } for LOOKUP.',
  })
  transformConfig!: unknown;
  @Field(() => Boolean, { description: "This source is THE source for the field." })
  isAuthoritative!: boolean;
  @Field(() => Int, { description: "Higher wins when several sources map one field." })
  priority!: number;
  @Field(() => Boolean, { description: "Inactive mappings are kept but not read by syncs." })
  isActive!: boolean;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
  dataSourceId!: string;
}

@ObjectType({ description: "One difference a sync found, waiting for review." })
export class StagedChange {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: "The sync run (batch) that staged it." }) batchId!: string;
  @Field(() => EntityType, { description: "The kind of record it writes, e.g. PARTNER." })
  entityType!: string;
  @Field(() => String, { description: "Natural key used for matching (partner code, email, …)." })
  entityKey!: string;
  @Field(() => ID, { ...opt, description: "The matched record; null for creates." }) entityId!:
    string | null;
  @Field(() => ChangeType, { description: "CREATE, UPDATE or DELETE." }) changeType!: string;
  /** Exposed, redacted for the viewer, by StagedChangeResolver.oldValues and newValues. */
  oldValues!: unknown;
  newValues!: unknown;
  @Field(() => [String], {
    description: 'The fields the change writes, e.g. ["tier", "clientEmail"].',
  })
  changedFields!: string[];
  @Field(() => StagedChangeStatus, {
    description: "Where it is in review, e.g. PENDING or CONFLICT.",
  })
  status!: string;
  @Field(() => DateTimeScalar, { ...opt, description: "When it was approved or rejected." })
  reviewedAt!: Date | null;
  @Field(() => String, { ...opt, description: "Why it was rejected." }) rejectionReason!:
    string | null;
  @Field(() => DateTimeScalar, { ...opt, description: "When it was written to the record." })
  appliedAt!: Date | null;
  @Field(() => String, { ...opt, description: "Why applying failed; null unless FAILED." })
  applyError!: string | null;
  @Field(() => String, {
    ...opt,
    description: "Where in the source it came from, e.g. \"Row 42 of Tab 'Master Client Sheet'\".",
  })
  sourceReference!: string | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  dataSourceId!: string | null;
  reviewedById!: string | null;
}

@ObjectType({ description: "Where a record's field value came from, with its history." })
export class FieldLineage {
  @Field(() => ID) id!: string;
  @Field(() => EntityType, { description: "The kind of record, e.g. PARTNER." })
  entityType!: string;
  @Field(() => ID, { description: "Id of the record." }) entityId!: string;
  @Field(() => String, { description: 'The field, by its GraphQL name, e.g. "brandName".' })
  fieldName!: string;
  @Field(() => String, { ...opt, description: "The field's value as last written, as text." })
  currentValue!: string | null;
  @Field(() => DateTimeScalar, { description: "When the field last changed." })
  lastUpdatedAt!: Date;
  /** Stored as JSON; exposed as typed entries by FieldLineageResolver.history. */
  history!: unknown;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
  authoritativeSourceId!: string | null;
}

@ObjectType({ description: "One sync run of a data source." })
export class SyncLog {
  @Field(() => ID) id!: string;
  @Field(() => ID, {
    description: "The batch its staged changes share (pass to approveBatch / applyBatch).",
  })
  batchId!: string;
  @Field(() => DateTimeScalar, { description: "When the run started." }) startedAt!: Date;
  @Field(() => DateTimeScalar, { ...opt, description: "When the run ended; null while it runs." })
  completedAt!: Date | null;
  @Field(() => SyncStatus, { description: "QUEUED, RUNNING, COMPLETED, FAILED or CANCELLED." })
  status!: string;
  @Field(() => Int, { description: "Rows read from the source." }) recordsScanned!: number;
  @Field(() => Int, { description: "Changes the run staged." }) changesStaged!: number;
  @Field(() => Int, { description: "Changes of the batch approved so far." })
  changesApproved!: number;
  @Field(() => Int, { description: "Changes of the batch applied so far." })
  changesApplied!: number;
  @Field(() => Int, { description: "Rows that failed alone (errorLog lists them)." })
  errors!: number;
  /** Exposed, redacted for the viewer, by SyncLogResolver.errorLog. */
  errorLog!: unknown;
  @Field(() => String, { ...opt, description: "The uploaded file's name, for runs of a file." })
  inputName!: string | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  dataSourceId!: string | null;
  initiatedById!: string | null;
  progressStep!: string | null;
  progressDone!: number;
  progressTotal!: number;
}

@ObjectType("SyncProgress", { description: "Where a sync run is, for a progress bar." })
export class SyncProgressInfo {
  @Field(() => String, {
    description:
      'e.g. "queued", "reading the source", "transforming rows", "staging changes", "completed".',
  })
  step!: string;
  @Field(() => Int, { description: "Rows processed so far in this step." }) done!: number;
  @Field(() => Int, { description: "Rows to process in this step (0 until the source is read)." })
  total!: number;
  @Field(() => Int, { description: "0–100." }) percent!: number;
}

export const DataSourceConnection = connectionType(DataSource, "DataSource");
export const StagedChangeConnection = connectionType(StagedChange, "StagedChange");
export const SyncLogConnection = connectionType(SyncLog, "SyncLog");

export const dataSourceFilter = entityFilter("DataSource", {
  id: { type: IDFilter },
  name: { type: StringFilter },
  type: { type: enumFilter(DataSourceType, "DataSourceType") },
  status: { type: enumFilter(DataSourceStatus, "DataSourceStatus") },
  syncMode: { type: enumFilter(SyncMode, "SyncMode") },
  lastSyncedAt: { type: DateTimeFilter },
});
export const dataSourceOrder = entityOrder(
  "DataSource",
  { name: {}, type: { enum: DataSourceType }, lastSyncedAt: { nullable: true }, createdAt: {} },
  [{ name: "name", direction: "asc" }],
);

export const stagedChangeFilter = entityFilter("StagedChange", {
  id: { type: IDFilter },
  batchId: { type: IDFilter },
  dataSourceId: { type: IDFilter },
  entityId: { type: IDFilter },
  entityType: { type: enumFilter(EntityType, "EntityType") },
  entityKey: { type: StringFilter },
  changeType: { type: enumFilter(ChangeType, "ChangeType") },
  status: { type: enumFilter(StagedChangeStatus, "StagedChangeStatus") },
  createdAt: { type: DateTimeFilter },
});
export const stagedChangeOrder = entityOrder(
  "StagedChange",
  {
    createdAt: {},
    entityKey: {},
    entityType: { enum: EntityType },
    status: { enum: StagedChangeStatus },
    sourceReference: { nullable: true },
  },
  [{ name: "createdAt", direction: "asc" }],
);

export const syncLogFilter = entityFilter("SyncLog", {
  id: { type: IDFilter },
  batchId: { type: IDFilter },
  dataSourceId: { type: IDFilter },
  status: { type: enumFilter(SyncStatus, "SyncStatus") },
  startedAt: { type: DateTimeFilter },
});
export const syncLogOrder = entityOrder(
  "SyncLog",
  { startedAt: {}, status: { enum: SyncStatus } },
  [{ name: "startedAt", direction: "desc" }],
);

@ObjectType({ description: "What applying approved changes did." })
export class ApplyResult {
  @Field(() => Int, {
    description:
      "Changes written to their records (the others are counted in conflicts and failed).",
  })
  applied!: number;
  @Field(() => Int, { description: "Changes the database refused (see their applyError)." })
  failed!: number;
  @Field(() => Int, {
    description:
      "Changes that became conflicts (the record moved on, or a stronger source owns the field).",
  })
  conflicts!: number;
}

@ObjectType({ description: "One value a field had, where it came from and who let it in." })
export class LineageEntry {
  @Field(() => JSONScalar, { ...opt, description: "The value written (null when it was cleared)." })
  value!: unknown;
  @Field(() => String, { description: 'The source\'s name, or "manual".' }) sourceName!: string;
  @Field(() => ID, {
    ...opt,
    description: "The sync batch the value came in; null for manual edits.",
  })
  batchId!: string | null;
  @Field(() => String, {
    ...opt,
    description: "Where in the source, e.g. \"Row 42 of tab 'Master Client Sheet'\".",
  })
  sourceReference!: string | null;
  @Field(() => DateTimeScalar, { description: "When the value was written." }) timestamp!: Date;
  changedById!: string | null;
  approvedById!: string | null;
}

export const GuessedType = gqlEnum(
  ["empty", "number", "currency", "percent", "date", "boolean", "email", "text"] as const,
  "GuessedType",
  "What a column's values look like.",
  {
    empty: "No values.",
    number: 'Plain numbers, e.g. "42" or "3.5".',
    currency: 'Money, e.g. "$1,200.50".',
    percent: 'Percentages, e.g. "3%".',
    date: 'Dates, e.g. "03/14/2026" or "2026-03-14".',
    boolean: "Yes/no values.",
    email: "Email addresses.",
    text: "Anything else.",
  },
);

@ObjectType({ description: "A column of a previewed source." })
export class PreviewColumn {
  @Field(() => String, { description: "The header text." }) name!: string;
  @Field(() => Int, { description: "0-based position." }) index!: number;
  @Field(() => GuessedType, {
    description: "What the column's values look like, to pick a transform.",
  })
  guessedType!: string;
  @Field(() => String, { ...opt, description: "For dates: MM/DD/YYYY, DD/MM/YYYY or YYYY-MM-DD." })
  dateFormat!: string | null;
  @Field(() => [String], { description: "Up to three non-empty values." }) samples!: string[];
}

@ObjectType({
  description: "A tab of a source as it would be read: header, first rows, guessed column types.",
})
export class SourcePreview {
  @Field(() => String, { description: "The tab (for CSV, the source's name)." }) name!: string;
  @Field(() => [String], { description: "The header row as written." }) header!: string[];
  @Field(() => [[String]], { description: "The first rows after the header." }) rows!: string[][];
  @Field(() => Int, { description: "Data rows in all (blank rows not counted)." })
  rowCount!: number;
  @Field(() => [PreviewColumn], { description: "The header's columns with their guessed types." })
  columns!: PreviewColumn[];
}

@ObjectType({ description: "A suggested mapping; pass the ones you want to setFieldMappings." })
export class FieldMappingSuggestion {
  @Field(() => String, { ...opt, description: "The tab, for sheets and workbooks." }) sourceTab!:
    string | null;
  @Field(() => String, { description: "The header the suggestion is for." }) sourceColumn!: string;
  @Field(() => Int, { description: "The column's position (0 = A), used when the header moves." })
  sourceColumnIndex!: number;
  @Field(() => String, { description: 'The suggested table, e.g. "partners".' })
  targetTable!: string;
  @Field(() => String, { description: 'The suggested field, e.g. "brandName".' })
  targetField!: string;
  @Field(() => TransformType, { description: "The suggested transform, guessed from the values." })
  transformType!: string;
  @Field(() => JSONScalar, { ...opt, description: "Settings for the suggested transform." })
  transformConfig!: unknown;
  @Field(() => Float, { description: "1 for a known header name, lower for a partial match." })
  confidence!: number;
}

@ObjectType({ description: "A field a mapping may write." })
export class PipelineTargetField {
  @Field(() => String, { description: 'The column, e.g. "base_fee".' }) name!: string;
  @Field(() => String, {
    description:
      "What it holds: text, email, asin, int, decimal, date, boolean, enum, or ref (another record found by a LOOKUP transform).",
  })
  kind!: string;
  @Field(() => [String], {
    nullable: true,
    description: "For enums, the values it accepts (the seed's lower-case values).",
  })
  values?: string[];
  @Field(() => String, {
    nullable: true,
    description:
      'For refs, what the lookup finds: "partner" (by code or brand) or "staff" (by email or name).',
  })
  lookup?: string;
}

@ObjectType({
  description: "A table a data source may write, with its fields and how rows find their records.",
})
export class PipelineTarget {
  @Field(() => String, {
    description: 'The seed\'s table name, e.g. "partners": the targetTable of a mapping.',
  })
  table!: string;
  @Field(() => [PipelineTargetField], {
    description: "Every field a mapping may name as targetField on this table.",
  })
  fields!: PipelineTargetField[];
  @Field(() => [[String]], {
    description:
      'The natural key: one field of each group must be mapped, e.g. [["partner_code", "brand_name"]].',
  })
  keyFields!: string[][];
  @Field(() => [String], { description: "Fields a new record needs." }) required!: string[];
}
