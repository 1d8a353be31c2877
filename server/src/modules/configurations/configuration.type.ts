import { Field, ObjectType } from "type-graphql";
import { ConfigurationDataType as DbDataType } from "../../generated/prisma/enums";
import { gqlEnum } from "../../graphql/enums";
import { DateTimeScalar, JSONScalar } from "../../graphql/scalars";

export const ConfigurationDataType = gqlEnum(
  DbDataType,
  "ConfigurationDataType",
  "The JSON type a configuration's value has.",
  {
    string: "Text.",
    number: "A number.",
    boolean: "true or false.",
    object: "A JSON object.",
    array: "A JSON array.",
  },
);

const opt = { nullable: true };

@ObjectType({
  description:
    "A tunable of the organization (pipeline stages, commission rules, …): its value, or its default when none is set.",
})
export class Configuration {
  @Field(() => String, { description: 'e.g. "pipeline".' }) category!: string;
  @Field(() => String, { description: 'e.g. "stages".' }) key!: string;
  @Field(() => JSONScalar, { description: "The value in force." }) value!: unknown;
  @Field(() => JSONScalar, {
    ...opt,
    description: "The value used when none is set for the organization.",
  })
  defaultValue!: unknown;
  @Field(() => ConfigurationDataType, { description: "The JSON type the value must have." })
  dataType!: string;
  @Field(() => Boolean, {
    description:
      "Whether the configuration must always have a value (it cannot be reset to nothing).",
  })
  isRequired!: boolean;
  @Field(() => JSONScalar, { ...opt, description: "JSON Schema every value must satisfy." })
  validationRules!: unknown;
  @Field(() => String, { ...opt, description: "What the configuration controls, for people." })
  description!: string | null;
  @Field(() => Boolean, {
    description: "True while the organization has not set a value of its own.",
  })
  isDefault!: boolean;
  @Field(() => DateTimeScalar, opt) updatedAt!: Date | null;
  updatedById!: string | null;
}
