import { Field, InputType, Int } from "type-graphql";
import { JSONScalar } from "../../graphql/scalars";
import { DataSourceStatus, DataSourceType, SyncMode, TransformType } from "./pipeline.type";

const opt = { nullable: true };

@InputType({ description: "A new data source." })
export class CreateDataSourceInput {
  @Field(() => String) name!: string;
  @Field(() => DataSourceType) type!: string;
  @Field(() => JSONScalar, { description: "An object; for sheets { url, sheet_id }." })
  connectionConfig!: unknown;
  @Field(() => SyncMode, opt) syncMode?: string;
  @Field(() => String, opt) syncSchedule?: string;
  @Field(() => String, opt) description?: string;
}

@InputType({ description: "Changes to a data source; omitted fields stay." })
export class UpdateDataSourceInput {
  @Field(() => String, opt) name?: string;
  @Field(() => JSONScalar, opt) connectionConfig?: unknown;
  @Field(() => DataSourceStatus, opt) status?: string;
  @Field(() => SyncMode, opt) syncMode?: string;
  @Field(() => String, opt) syncSchedule?: string | null;
  @Field(() => String, opt) description?: string | null;
}

@InputType({ description: "One source column and the target field it fills." })
export class FieldMappingInput {
  @Field(() => String, {
    ...opt,
    description: "Sheet tab; omit for single-tab sources such as CSV.",
  })
  sourceTab?: string | null;
  @Field(() => String, { description: "Column header, matched ignoring case and spacing." })
  sourceColumn!: string;
  @Field(() => Int, {
    ...opt,
    description: "0-based position, used when that column has no header.",
  })
  sourceColumnIndex?: number | null;
  @Field(() => String, { description: 'Seed table name, e.g. "partners".' }) targetTable!: string;
  @Field(() => String, { description: 'Seed column name, e.g. "base_fee".' }) targetField!: string;
  @Field(() => TransformType, {
    ...opt,
    description: "Default NONE: the target field's own parsing.",
  })
  transformType?: string;
  @Field(() => JSONScalar, {
    ...opt,
    description:
      'e.g. { "format": "DD/MM/YYYY" } for DATE, { "decimal": "," } or { "percent": true } for NUMBER/CURRENCY.',
  })
  transformConfig?: unknown;
  @Field(() => Boolean, { ...opt, description: "This source is THE source for the field." })
  isAuthoritative?: boolean;
  @Field(() => Int, { ...opt, description: "Higher wins when several sources map one field." })
  priority?: number;
}
