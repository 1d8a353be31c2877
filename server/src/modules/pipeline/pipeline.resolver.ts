import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { Authorized } from "../../graphql/authChecker";
import type { Context } from "../../graphql/context";
import { PageArgsType, listConnection, pageOf } from "../../graphql/connection";
import { Staff } from "../staff/staff.type";
import { staffById } from "../staff/staff.loaders";
import {
  ApplyResult,
  PipelineTarget,
  SyncProgressInfo,
  DataSource,
  DataSourceConnection,
  FieldLineage,
  FieldMappingSuggestion,
  LineageEntry,
  SourcePreview,
  FieldMapping,
  StagedChange,
  StagedChangeConnection,
  SyncLog,
  SyncLogConnection,
  dataSourceFilter,
  dataSourceOrder,
  stagedChangeFilter,
  stagedChangeOrder,
  syncLogFilter,
  syncLogOrder,
} from "./pipeline.type";
import { CreateDataSourceInput, FieldMappingInput, UpdateDataSourceInput } from "./pipeline.inputs";
import { previewSource, runSync, setFieldMappings, suggestFieldMappings } from "./mapping.service";
import { cancelSync, findSyncLog } from "./syncLog.service";
import { type FileUpload, UploadScalar } from "../../graphql/scalars";
import {
  applyBatch,
  applyChangeIds,
  approveBatch,
  approveChanges,
  editStagedChange,
  rejectChanges,
} from "./review.service";
import { JSONScalar } from "../../graphql/scalars";
import { revertBatch } from "../../enrichment/revert";
import { Partner } from "../partners/partner.type";
import { badInput } from "../../lib/errors";
import { dataSourceById, lineageByEntity, mappingsBySource } from "./pipeline.loaders";
import { Asin } from "../asins/asin.type";
import { Assignment } from "../assignments/assignment.type";
import {
  archiveDataSource,
  createDataSource,
  findDataSource,
  updateDataSource,
} from "./dataSource.service";
import { snake } from "../../lib/names";
import { TARGET_TABLES, targetOfEntity } from "../../enrichment/targets";
import { entityOfTable, redactValues, requireReadable } from "../../auth/fieldPermissions";
import { redactErrorLog } from "./sourceCells";

const opt = { nullable: true };

@ArgsType()
export class DataSourcesArgs extends PageArgsType {
  @Field(() => dataSourceFilter.input, opt) filter?: Record<string, unknown>;
  @Field(() => [dataSourceOrder.input], opt) orderBy?: Record<string, string>[];
}

@ArgsType()
export class StagedChangesArgs extends PageArgsType {
  @Field(() => stagedChangeFilter.input, opt) filter?: Record<string, unknown>;
  @Field(() => [stagedChangeOrder.input], {
    ...opt,
    description: "Default: createdAt ascending (source order).",
  })
  orderBy?: Record<string, string>[];
}

@ArgsType()
export class SyncLogsArgs extends PageArgsType {
  @Field(() => syncLogFilter.input, opt) filter?: Record<string, unknown>;
  @Field(() => [syncLogOrder.input], { ...opt, description: "Default: startedAt descending." })
  orderBy?: Record<string, string>[];
}

const stagedChanges = (ctx: Context, args: StagedChangesArgs, scope: object = {}) =>
  listConnection(
    StagedChangeConnection,
    ctx.prisma.stagedChange as never,
    { organizationId: ctx.organizationId, ...scope },
    { filter: args.filter, orderBy: args.orderBy, page: pageOf(args), viewer: ctx.viewer },
    stagedChangeFilter,
    stagedChangeOrder,
  );

const syncLogs = (ctx: Context, args: SyncLogsArgs, scope: object = {}) =>
  listConnection(
    SyncLogConnection,
    ctx.prisma.syncLog as never,
    { organizationId: ctx.organizationId, ...scope },
    { filter: args.filter, orderBy: args.orderBy, page: pageOf(args), viewer: ctx.viewer },
    syncLogFilter,
    syncLogOrder,
  );

/** The registry's entity of a staged change ("partner" → Partner). */
const entityOfStaged = (c: StagedChange) => entityOfTable(targetOfEntity(c.entityType).table);

const staffOrNull = (ctx: Context, id: string | null) =>
  id ? ctx.loaders.get(staffById).load(id) : null;
const sourceOrNull = (ctx: Context, id: string | null) =>
  id ? ctx.loaders.get(dataSourceById).load(id) : null;

@Resolver(() => DataSource)
export class DataSourceResolver {
  @Authorized("pipeline:read")
  @Query(() => DataSourceConnection, { description: "The organization's data sources." })
  dataSources(@Ctx() ctx: Context, @Args(() => DataSourcesArgs) args: DataSourcesArgs) {
    return listConnection(
      DataSourceConnection,
      ctx.prisma.dataSource as never,
      { organizationId: ctx.organizationId },
      { filter: args.filter, orderBy: args.orderBy, page: pageOf(args), viewer: ctx.viewer },
      dataSourceFilter,
      dataSourceOrder,
    );
  }

  @Authorized("pipeline:read")
  @Query(() => DataSource, {
    ...opt,
    description: "One data source by id; null when it does not exist or you may not see it.",
  })
  dataSource(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return findDataSource(ctx, id).catch(() => null);
  }

  @Authorized("pipeline:read")
  @Query(() => [PipelineTarget], {
    description:
      "What mappings may write: every target table with its fields, natural key and required fields (the mapping editor's choices).",
  })
  pipelineTargets(): PipelineTarget[] {
    return Object.values(TARGET_TABLES).map((t) => ({
      table: t.table,
      keyFields: t.keyFields,
      required: t.required,
      fields: Object.entries(t.fields).map(([name, kind]) => ({
        name,
        kind: kind.type,
        values: kind.type === "enum" ? kind.values : undefined,
        lookup: kind.type === "ref" ? kind.entity : undefined,
      })),
    }));
  }

  @FieldResolver(() => [FieldMapping], {
    description: "How the source's columns map to fields (active and inactive).",
  })
  fieldMappings(@Root() s: DataSource, @Ctx() ctx: Context) {
    return ctx.loaders.get(mappingsBySource).load(s.id);
  }

  @FieldResolver(() => SyncLogConnection, { description: "Sync runs, newest first." })
  syncLogs(
    @Root() s: DataSource,
    @Ctx() ctx: Context,
    @Args(() => SyncLogsArgs) args: SyncLogsArgs,
  ) {
    return syncLogs(ctx, args, { dataSourceId: s.id });
  }

  @FieldResolver(() => StagedChangeConnection, {
    description: "Changes this source staged, newest first.",
  })
  stagedChanges(
    @Root() s: DataSource,
    @Ctx() ctx: Context,
    @Args(() => StagedChangesArgs) args: StagedChangesArgs,
  ) {
    return stagedChanges(ctx, args, { dataSourceId: s.id });
  }

  @FieldResolver(() => Staff, { ...opt, description: "Who added the source." })
  createdBy(@Root() s: DataSource, @Ctx() ctx: Context) {
    return staffOrNull(ctx, s.createdById);
  }

  @Authorized("pipeline:manage")
  @Mutation(() => DataSource, {
    description: "Adds a data source; map its columns with setFieldMappings, then runSync.",
  })
  createDataSource(
    @Ctx() ctx: Context,
    @Arg("input", () => CreateDataSourceInput) input: CreateDataSourceInput,
  ) {
    return createDataSource(ctx, input);
  }

  @Authorized("pipeline:manage")
  @Mutation(() => DataSource, {
    description: "Changes a data source's name, connection, status or schedule.",
  })
  updateDataSource(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateDataSourceInput) input: UpdateDataSourceInput,
  ) {
    return updateDataSource(ctx, id, input);
  }

  @Authorized("pipeline:manage")
  @Query(() => [SourcePreview], {
    description:
      "A source's tabs as they would be read, before mapping: a Google Sheet's tabs, or a file's (upload it as file: CSV or XLSX, or send CSV content as csv).",
  })
  previewDataSource(
    @Ctx() ctx: Context,
    @Arg("dataSourceId", () => ID, { description: "Id of the data source." }) dataSourceId: string,
    @Arg("csv", () => String, {
      ...opt,
      description: "CSV text to preview instead of the stored file.",
    })
    csv?: string,
    @Arg("file", () => UploadScalar, { ...opt, description: "A CSV or XLSX upload to preview." })
    file?: FileUpload,
  ) {
    return previewSource(ctx, dataSourceId, csv, file);
  }

  @Authorized("pipeline:manage")
  @Query(() => [FieldMappingSuggestion], {
    description:
      "Mappings suggested from the headers and the values' types, per tab; pass the ones you keep to setFieldMappings.",
  })
  suggestFieldMappings(
    @Ctx() ctx: Context,
    @Arg("dataSourceId", () => ID, { description: "Id of the data source." }) dataSourceId: string,
    @Arg("csv", () => String, { ...opt, description: "CSV text to read the headers from." })
    csv?: string,
    @Arg("file", () => UploadScalar, {
      ...opt,
      description: "A CSV or XLSX upload to read the headers from.",
    })
    file?: FileUpload,
  ) {
    return suggestFieldMappings(ctx, dataSourceId, csv, file);
  }

  @Authorized("pipeline:manage")
  @Mutation(() => [FieldMapping], { description: "Replaces a source's field mappings with these." })
  setFieldMappings(
    @Ctx() ctx: Context,
    @Arg("dataSourceId", () => ID, { description: "Id of the data source." }) dataSourceId: string,
    @Arg("mappings", () => [FieldMappingInput], {
      description: "The full new list of mappings (it replaces the old one).",
    })
    mappings: FieldMappingInput[],
  ) {
    return setFieldMappings(ctx, dataSourceId, mappings);
  }

  @Authorized("pipeline:manage")
  @Mutation(() => SyncLog, {
    description:
      "Reads the source (a Google Sheet; for CSV sources the uploaded file, CSV or XLSX, or CSV content in csv), stages one change per record that differs, " +
      "and returns the run's log. With wait: false the run is queued for a worker and the QUEUED log returns at once: poll syncLog(id) { status progress { percent } }.",
  })
  runSync(
    @Ctx() ctx: Context,
    @Arg("dataSourceId", () => ID, { description: "Id of the data source." }) dataSourceId: string,
    @Arg("csv", () => String, {
      ...opt,
      description: "CSV text to sync instead of the stored file (CSV sources).",
    })
    csv?: string,
    @Arg("file", () => UploadScalar, {
      ...opt,
      description: "A CSV or XLSX upload to sync (CSV sources).",
    })
    file?: FileUpload,
    @Arg("wait", () => Boolean, {
      defaultValue: true,
      description:
        "true: return after the run ends; false: return at once and poll SyncLog.progress.",
    })
    wait?: boolean,
  ) {
    return runSync(ctx, dataSourceId, { csv, file, wait });
  }

  @Authorized("pipeline:manage")
  @Mutation(() => DataSource, {
    description: "Stops a source from syncing (status ARCHIVED); its history stays.",
  })
  archiveDataSource(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return archiveDataSource(ctx, id);
  }
}

@Resolver(() => FieldMapping)
export class FieldMappingResolver {
  @FieldResolver(() => DataSource, { description: "The source the column belongs to." })
  dataSource(@Root() m: FieldMapping, @Ctx() ctx: Context) {
    return ctx.loaders.get(dataSourceById).load(m.dataSourceId);
  }
}

@Resolver(() => StagedChange)
export class StagedChangeResolver {
  @Authorized("pipeline:review")
  @Mutation(() => Int, {
    description: "Approves pending (or conflicting) changes; returns how many.",
  })
  approveStagedChanges(
    @Ctx() ctx: Context,
    @Arg("ids", () => [ID], { description: "Ids of pending (or conflicting) staged changes." })
    ids: string[],
  ) {
    return approveChanges(ctx, ids);
  }

  @Authorized("pipeline:review")
  @Mutation(() => Int, { description: "Rejects changes with a reason; returns how many." })
  rejectStagedChanges(
    @Ctx() ctx: Context,
    @Arg("ids", () => [ID], { description: "Ids of pending (or conflicting) staged changes." })
    ids: string[],
    @Arg("reason", () => String, {
      description: 'Why, for the record, e.g. "sheet is out of date".',
    })
    reason: string,
  ) {
    return rejectChanges(ctx, ids, reason);
  }

  @Authorized("pipeline:review")
  @Mutation(() => Int, {
    description: "Approves every pending change of a sync run; returns how many.",
  })
  approveBatch(
    @Ctx() ctx: Context,
    @Arg("batchId", () => ID, {
      description: "The batch (SyncLog.batchId) whose pending changes to approve.",
    })
    batchId: string,
  ) {
    return approveBatch(ctx, batchId);
  }

  @Authorized("pipeline:review")
  @Mutation(() => StagedChange, {
    description: 'Replaces the values a change will write, e.g. newValues: { "base_fee": 1500 }.',
  })
  editStagedChange(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("newValues", () => JSONScalar, {
      description: 'The values to write instead, by field, e.g. { "tier": "TIER_1" }.',
    })
    newValues: Record<string, unknown>,
  ) {
    return editStagedChange(ctx, id, newValues);
  }

  @Authorized("pipeline:review")
  @Mutation(() => ApplyResult, {
    description: "Applies the approved changes of a batch, each all-or-nothing, writing lineage.",
  })
  applyBatch(
    @Ctx() ctx: Context,
    @Arg("batchId", () => ID, {
      description: "The batch (SyncLog.batchId) whose approved changes to apply.",
    })
    batchId: string,
  ) {
    return applyBatch(ctx, batchId);
  }

  @Authorized("pipeline:review")
  @Mutation(() => ID, {
    description:
      "Stages, as a new batch (returned), the changes that restore what this batch's applied changes replaced; review and apply it like any other.",
  })
  revertBatch(
    @Ctx() ctx: Context,
    @Arg("batchId", () => ID, { description: "The applied batch to undo." }) batchId: string,
  ) {
    return revertBatch(ctx, batchId);
  }

  @Authorized("pipeline:review")
  @Mutation(() => ApplyResult, {
    description: "Applies these approved changes, each all-or-nothing, writing lineage.",
  })
  applyChanges(
    @Ctx() ctx: Context,
    @Arg("ids", () => [ID], { description: "Ids of approved staged changes." }) ids: string[],
  ) {
    return applyChangeIds(ctx, ids);
  }

  @Authorized("pipeline:read")
  @Query(() => StagedChangeConnection, {
    description:
      "Staged changes, e.g. stagedChanges(filter: { batchId: { eq: … }, status: { eq: PENDING } }).",
  })
  stagedChanges(@Ctx() ctx: Context, @Args(() => StagedChangesArgs) args: StagedChangesArgs) {
    return stagedChanges(ctx, args);
  }

  @FieldResolver(() => JSONScalar, {
    ...opt,
    description:
      'The record\'s values when it was staged (null for a create); applying checks they still hold. A field the viewer may not read shows "[redacted]".',
  })
  oldValues(@Root() c: StagedChange, @Ctx() ctx: Context) {
    return redactValues(ctx.viewer, entityOfStaged(c), c.oldValues, "column");
  }

  @FieldResolver(() => JSONScalar, {
    description:
      'The values it writes, by field, e.g. { "tier": "tier_1" }. A field the viewer may not read shows "[redacted]".',
  })
  newValues(@Root() c: StagedChange, @Ctx() ctx: Context) {
    return redactValues(ctx.viewer, entityOfStaged(c), c.newValues, "column");
  }

  @FieldResolver(() => DataSource, {
    ...opt,
    description: "The source that staged it; null for a revert batch.",
  })
  dataSource(@Root() c: StagedChange, @Ctx() ctx: Context) {
    return sourceOrNull(ctx, c.dataSourceId);
  }

  @FieldResolver(() => Staff, { ...opt, description: "Who approved or rejected it." })
  reviewedBy(@Root() c: StagedChange, @Ctx() ctx: Context) {
    return staffOrNull(ctx, c.reviewedById);
  }
}

@Resolver(() => SyncLog)
export class SyncLogResolver {
  @Authorized("pipeline:read")
  @Query(() => SyncLogConnection, { description: "Sync runs of every source, newest first." })
  syncLogs(@Ctx() ctx: Context, @Args(() => SyncLogsArgs) args: SyncLogsArgs) {
    return syncLogs(ctx, args);
  }

  @Authorized("pipeline:read")
  @Query(() => SyncLog, {
    ...opt,
    description: "One sync run; poll it for progress while it is QUEUED or RUNNING.",
  })
  syncLog(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return findSyncLog(ctx, id).catch(() => null);
  }

  @Authorized("pipeline:manage")
  @Mutation(() => SyncLog, {
    description: "Cancels a run that is still QUEUED (a running one finishes).",
  })
  cancelSync(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return cancelSync(ctx, id);
  }

  @FieldResolver(() => JSONScalar, {
    ...opt,
    description:
      'Per-row errors: [{ row, tab, column, field, value, message }]; the cells of fields the viewer may not read show "[redacted]".',
  })
  errorLog(@Root() l: SyncLog, @Ctx() ctx: Context) {
    return redactErrorLog(ctx, l.errorLog);
  }

  @FieldResolver(() => SyncProgressInfo, {
    description: "Where the run is: its step and rows done of total.",
  })
  progress(@Root() l: SyncLog): SyncProgressInfo {
    const percent =
      l.status === "completed"
        ? 100
        : l.progressTotal > 0
          ? Math.floor((100 * l.progressDone) / l.progressTotal)
          : 0;
    return {
      step: l.progressStep ?? l.status,
      done: l.progressDone,
      total: l.progressTotal,
      percent,
    };
  }

  @FieldResolver(() => DataSource, { ...opt, description: "The source synced." })
  dataSource(@Root() l: SyncLog, @Ctx() ctx: Context) {
    return sourceOrNull(ctx, l.dataSourceId);
  }

  @FieldResolver(() => Staff, {
    ...opt,
    description: "Who started the run; null for scheduled runs.",
  })
  initiatedBy(@Root() l: SyncLog, @Ctx() ctx: Context) {
    return staffOrNull(ctx, l.initiatedById);
  }
}

@Resolver(() => FieldLineage)
export class FieldLineageResolver {
  @FieldResolver(() => [LineageEntry], { description: "Every value the field had, oldest first." })
  history(@Root() l: FieldLineage) {
    return ((l.history as Record<string, unknown>[]) ?? []).map((h) => ({
      value: h.value,
      sourceName: h.source_name,
      batchId: h.batch_id ?? null,
      sourceReference: h.source_reference ?? null,
      timestamp: new Date(String(h.timestamp)),
      changedById: h.changed_by ?? null,
      approvedById: h.approved_by ?? null,
    }));
  }

  @FieldResolver(() => DataSource, { ...opt, description: "The source that owns this field." })
  authoritativeSource(@Root() l: FieldLineage, @Ctx() ctx: Context) {
    return sourceOrNull(ctx, l.authoritativeSourceId);
  }
}

@Resolver(() => LineageEntry)
export class LineageEntryResolver {
  @FieldResolver(() => Staff, {
    ...opt,
    description: "Who ran the sync (or made the manual change).",
  })
  changedBy(@Root() e: LineageEntry, @Ctx() ctx: Context) {
    return staffOrNull(ctx, e.changedById);
  }

  @FieldResolver(() => Staff, { ...opt, description: "Who approved the change." })
  approvedBy(@Root() e: LineageEntry, @Ctx() ctx: Context) {
    return staffOrNull(ctx, e.approvedById);
  }
}

/** lineage(field:) on every entity the pipeline writes: "why is this value here". */
function lineageResolver<T extends { id: string }>(
  of: new () => T,
  entityType: string,
  example: string,
) {
  @Resolver(() => of)
  class LineageOf {
    @FieldResolver(() => FieldLineage, {
      nullable: true,
      description: `Where a field's value came from, e.g. lineage(field: "${example}"). Null when no source or person ever set it.`,
    })
    lineage(
      @Root() r: T,
      @Ctx() ctx: Context,
      @Arg("field", () => String, {
        description: `The field, by its GraphQL name, e.g. "${example}".`,
      })
      field: string,
    ) {
      if (!/^[a-zA-Z]+$/.test(field))
        throw badInput(
          "field",
          `field is a ${of.name} field name such as "${example}" (got "${field}").`,
        );
      // A field's history is its values: it needs the field's own permission.
      requireReadable(ctx.viewer, of.name, field, "field");
      return ctx.loaders.get(lineageByEntity, { entityType, field: snake(field) }).load(r.id);
    }
  }
  Object.defineProperty(LineageOf, "name", { value: `${of.name}LineageResolver` });
  return LineageOf;
}

export const PartnerLineageResolver = lineageResolver(Partner, "partner", "baseFee");
export const StaffLineageResolver = lineageResolver(Staff, "staff", "maxClients");
export const AsinLineageResolver = lineageResolver(Asin, "asin", "price");
export const AssignmentLineageResolver = lineageResolver(Assignment, "assignment", "isPrimary");
