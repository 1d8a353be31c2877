import { Field, InputType } from "type-graphql";
import { JSONScalar } from "../../graphql/scalars";
import { DataSourceStatus, DataSourceType, SyncMode } from "./pipeline.type";

const opt = { nullable: true };

@InputType()
export class CreateDataSourceInput {
  @Field(() => String) name!: string;
  @Field(() => DataSourceType) type!: string;
  @Field(() => JSONScalar, { description: "An object; for sheets { url, sheet_id }." }) connectionConfig!: unknown;
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
