import { Field, ID, ObjectType } from "type-graphql";
import { AsinStatus as DbAsinStatus } from "../../generated/prisma/enums";
import { gqlEnum } from "../../graphql/enums";
import { DateTimeScalar, DecimalScalar, JSONScalar } from "../../graphql/scalars";
import { connectionType } from "../../graphql/connection";
import {
  BooleanFilter,
  DateTimeFilter,
  DecimalFilter,
  IDFilter,
  StringFilter,
  entityFilter,
  enumFilter,
} from "../../graphql/filters";
import { entityOrder } from "../../graphql/ordering";

export const AsinStatus = gqlEnum(DbAsinStatus, "AsinStatus", "Whether a product is sold.", {
  active: "On sale.",
  paused: "Temporarily not sold.",
  discontinued: "No longer sold.",
});

const opt = { nullable: true };

@ObjectType({
  description: "An Amazon product (ASIN) of a partner; parents group child variations.",
})
export class Asin {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "The Amazon ASIN: 10 upper-case letters or digits." })
  asinCode!: string;
  @Field(() => String, {
    ...opt,
    description: "The parent's ASIN code when this is a child variation.",
  })
  parentAsin!: string | null;
  @Field(() => Boolean, {
    description: "True for a parent that groups child variations (it is not sold itself).",
  })
  isParent!: boolean;
  @Field(() => String, { ...opt, description: "Product title as listed on Amazon." }) title!:
    string | null;
  @Field(() => String, { ...opt, description: 'The seller\'s own SKU, e.g. "ACME-TENT-2P".' })
  sku!: string | null;
  @Field(() => String, { ...opt, description: 'Amazon category, e.g. "Sports & Outdoors".' })
  category!: string | null;
  @Field(() => AsinStatus, { description: "Whether the product is on sale." }) status!: string;
  @Field(() => DecimalScalar, { ...opt, description: "Cost of goods sold." }) cogs!: unknown;
  @Field(() => DecimalScalar, {
    ...opt,
    description: 'Selling price in the partner\'s currency, e.g. "24.99".',
  })
  price!: unknown;
  @Field(() => String, { ...opt, description: "Link to the keyword research sheet." })
  kwResearchSheetUrl!: string | null;
  @Field(() => DateTimeScalar, {
    ...opt,
    description: "When someone last checked the keyword research sheet.",
  })
  kwResearchVerifiedAt!: Date | null;
  @Field(() => String, { ...opt, description: "Link to the market analysis sheet." })
  marketAnalysisSheetUrl!: string | null;
  @Field(() => DateTimeScalar, {
    ...opt,
    description: "When someone last checked the market analysis sheet.",
  })
  marketAnalysisVerifiedAt!: Date | null;
  @Field(() => String, { ...opt, description: "Link to the advertising campaign structure sheet." })
  campaignStructureSheetUrl!: string | null;
  @Field(() => DateTimeScalar, {
    ...opt,
    description: "When someone last checked that the campaign structure sheet is right.",
  })
  campaignStructureVerifiedAt!: Date | null;
  @Field(() => JSONScalar, { description: "Raw values from every external source." })
  sourceData!: unknown;
  @Field(() => DateTimeScalar, { ...opt, description: "When archived; null while live." })
  deletedAt!: Date | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
  partnerId!: string;
}

export const AsinConnection = connectionType(Asin, "Asin");

export const asinFilter = entityFilter("Asin", {
  id: { type: IDFilter },
  partnerId: { type: IDFilter },
  asinCode: { type: StringFilter },
  parentAsin: { type: StringFilter },
  isParent: { type: BooleanFilter },
  title: { type: StringFilter },
  sku: { type: StringFilter },
  category: { type: StringFilter },
  status: { type: enumFilter(AsinStatus, "AsinStatus") },
  cogs: { type: DecimalFilter },
  price: { type: DecimalFilter },
  createdAt: { type: DateTimeFilter },
});

export const asinOrder = entityOrder(
  "Asin",
  {
    asinCode: {},
    title: { nullable: true },
    sku: { nullable: true },
    category: { nullable: true },
    status: { enum: AsinStatus },
    price: { nullable: true },
    cogs: { nullable: true },
    createdAt: {},
  },
  [{ name: "asinCode", direction: "asc" }],
);
