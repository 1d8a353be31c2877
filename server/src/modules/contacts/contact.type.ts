import { Field, ID, ObjectType } from "type-graphql";
import { ContactType as DbContactType } from "../../generated/prisma/enums";
import { gqlEnum } from "../../graphql/enums";
import { DateTimeScalar } from "../../graphql/scalars";
import { connectionType } from "../../graphql/connection";
import {
  DateTimeFilter,
  IDFilter,
  StringFilter,
  entityFilter,
  enumFilter,
} from "../../graphql/filters";
import { entityOrder } from "../../graphql/ordering";

export const ContactType = gqlEnum(
  DbContactType,
  "ContactType",
  "Who an external contact is to us.",
  {
    amazon_rep: "A person at Amazon.",
    vendor: "A supplier or service provider.",
    partner_referral: "Someone who refers brands to us.",
    other: "Anyone else.",
  },
);

const opt = { nullable: true };

@ObjectType({
  description: "Someone outside the organization we work with (Amazon reps, referrers, vendors).",
})
export class ExternalContact {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "Full name." }) name!: string;
  @Field(() => String, { ...opt, description: 'Their company, e.g. "Amazon".' }) company!:
    string | null;
  @Field(() => ContactType, { description: "Who they are to us, e.g. AMAZON_REP." }) type!: string;
  @Field(() => String, {
    ...opt,
    description: "Email address (unique in the organization when given).",
  })
  email!: string | null;
  @Field(() => String, { ...opt, description: 'Phone number as written, e.g. "+1 206 555 0100".' })
  phone!: string | null;
  @Field(() => String, { ...opt, description: "LinkedIn profile link." }) linkedinUrl!:
    string | null;
  @Field(() => String, { ...opt, description: "Free text about the contact." }) notes!:
    string | null;
  @Field(() => [String], {
    description: 'Labels to find contacts by, e.g. ["seller-support", "EU"].',
  })
  tags!: string[];
  @Field(() => DateTimeScalar, { ...opt, description: "When archived; null while live." })
  deletedAt!: Date | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
  addedById!: string | null;
}

export const ExternalContactConnection = connectionType(ExternalContact, "ExternalContact");

export const contactFilter = entityFilter("ExternalContact", {
  id: { type: IDFilter },
  name: { type: StringFilter },
  company: { type: StringFilter },
  email: { type: StringFilter },
  type: { type: enumFilter(ContactType, "ContactType") },
  createdAt: { type: DateTimeFilter },
});

export const contactOrder = entityOrder(
  "ExternalContact",
  { name: {}, company: { nullable: true }, type: { enum: ContactType }, createdAt: {} },
  [{ name: "name", direction: "asc" }],
);
