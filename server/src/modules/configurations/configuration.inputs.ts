import { Field, InputType } from "type-graphql";
import { JSONScalar } from "../../graphql/scalars";
import { ConfigurationDataType } from "./configuration.type";

const opt = { nullable: true };

@InputType({
  description:
    'A configuration of the organization\'s own, e.g. { category: "alerts", key: "quiet_hours", dataType: ARRAY, value: [22, 7] }.',
})
export class DefineConfigurationInput {
  @Field(() => String) category!: string;
  @Field(() => String) key!: string;
  @Field(() => ConfigurationDataType) dataType!: string;
  @Field(() => JSONScalar) value!: unknown;
  @Field(() => JSONScalar, opt) defaultValue?: unknown;
  @Field(() => JSONScalar, { ...opt, description: "A JSON Schema every value must satisfy." })
  validationRules?: unknown;
  @Field(() => Boolean, { ...opt, description: "Required configurations cannot be removed." })
  isRequired?: boolean;
  @Field(() => String, opt) description?: string;
}
