import { Field, ID, ObjectType } from "type-graphql";
import { ContactType as DbContactType } from "../../generated/prisma/enums";
import { gqlEnum } from "../../graphql/enums";
import { DateTimeScalar } from "../../graphql/scalars";
import { connectionType } from "../../graphql/connection";
import { DateTimeFilter, IDFilter, StringFilter, entityFilter, enumFilter } from "../../graphql/filters";
import { entityOrder } from "../../graphql/ordering";

export const ContactType = gqlEnum(DbContactType, "ContactType", "Who an external contact is to us.");

const opt = { nullable: true };

@ObjectType({ description: "Someone outside the organization we work with (Amazon reps, referrers, vendors)." })
export class ExternalContact {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, opt) company!: string | null;
  @Field(() => ContactType) type!: string;
  @Field(() => String, opt) email!: string | null;
  @Field(() => String, opt) phone!: string | null;
  @Field(() => String, opt) linkedinUrl!: string | null;
  @Field(() => String, opt) notes!: string | null;
  @Field(() => [String]) tags!: string[];
  @Field(() => DateTimeScalar, { ...opt, description: "When archived; null while live." }) deletedAt!: Date | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
  addedById!: string | null;
}

export const ExternalContactConnection = connectionType(ExternalContact, "ExternalContact");

export const contactFilter = entityFilter("ExternalContact", {
  id: { type: IDFilter }, name: { type: StringFilter }, company: { type: StringFilter }, email: { type: StringFilter },
  type: { type: enumFilter(ContactType, "ContactType") }, createdAt: { type: DateTimeFilter },
});

export const contactOrder = entityOrder("ExternalContact", { name: {}, company: { nullable: true }, type: { enum: ContactType }, createdAt: {} },
  [{ name: "name", direction: "asc" }]);
