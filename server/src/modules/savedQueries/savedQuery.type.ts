import { Field, ID, InputType, ObjectType } from "type-graphql";
import { DateTimeScalar, JSONScalar } from "../../graphql/scalars";

const opt = { nullable: true };

@ObjectType({
  description:
    "A GraphQL query kept for later: yours, or shared with the organization by its owner.",
})
export class SavedQuery {
  @Field(() => ID) id!: string;
  @Field(() => String, {
    description: 'Name to find it by, e.g. "At-risk partners by pod leader".',
  })
  name!: string;
  @Field(() => String, { ...opt, description: "What the query answers, for people." })
  description!: string | null;
  @Field(() => String, { description: "The GraphQL document." }) query!: string;
  @Field(() => JSONScalar, {
    description: 'Variables to run it with, e.g. { "status": "AT_RISK" }.',
  })
  variables!: unknown;
  @Field(() => Boolean, {
    description: "Everyone in the organization sees it (only its owner changes it).",
  })
  isShared!: boolean;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
  ownerId!: string;
}

@InputType({ description: "A query to keep; with id, changes that saved query (yours only)." })
export class SaveQueryInput {
  @Field(() => ID, {
    ...opt,
    description: "The id of one of your saved queries to change it; omit it to save a new one.",
  })
  id?: string;
  @Field(() => String) name!: string;
  @Field(() => String, opt) description?: string;
  @Field(() => String, { description: "Checked against the schema when saved." }) query!: string;
  @Field(() => JSONScalar, opt) variables?: unknown;
  @Field(() => Boolean, opt) isShared?: boolean;
}
