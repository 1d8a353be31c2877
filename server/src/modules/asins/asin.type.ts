import { Field, ID, ObjectType } from "type-graphql";
import { AsinStatus as DbAsinStatus } from "../../generated/prisma/enums";
import { gqlEnum } from "../../graphql/enums";
import { DateTimeScalar, DecimalScalar, JSONScalar } from "../../graphql/scalars";
import { connectionType } from "../../graphql/connection";
import { BooleanFilter, DateTimeFilter, DecimalFilter, IDFilter, StringFilter, entityFilter, enumFilter } from "../../graphql/filters";
import { entityOrder } from "../../graphql/ordering";

export const AsinStatus = gqlEnum(DbAsinStatus, "AsinStatus", "Whether a product is sold.");

const opt = { nullable: true };

@ObjectType({ description: "An Amazon product (ASIN) of a partner; parents group child variations." })
export class Asin {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "The Amazon ASIN: 10 upper-case letters or digits." }) asinCode!: string;
  @Field(() => String, { ...opt, description: "The parent's ASIN code when this is a child variation." }) parentAsin!: string | null;
  @Field(() => Boolean) isParent!: boolean;
  @Field(() => String, opt) title!: string | null;
  @Field(() => String, opt) sku!: string | null;
  @Field(() => String, opt) category!: string | null;
  @Field(() => AsinStatus) status!: string;
  @Field(() => DecimalScalar, { ...opt, description: "Cost of goods sold." }) cogs!: unknown;
  @Field(() => DecimalScalar, opt) price!: unknown;
  @Field(() => String, opt) kwResearchSheetUrl!: string | null;
  @Field(() => DateTimeScalar, opt) kwResearchVerifiedAt!: Date | null;
  @Field(() => String, opt) marketAnalysisSheetUrl!: string | null;
  @Field(() => DateTimeScalar, opt) marketAnalysisVerifiedAt!: Date | null;
  @Field(() => String, opt) campaignStructureSheetUrl!: string | null;
  @Field(() => DateTimeScalar, opt) campaignStructureVerifiedAt!: Date | null;
  @Field(() => JSONScalar, { description: "Raw values from every external source." }) sourceData!: unknown;
  @Field(() => DateTimeScalar, { ...opt, description: "When archived; null while live." }) deletedAt!: Date | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
  partnerId!: string;
}

export const AsinConnection = connectionType(Asin, "Asin");

export const asinFilter = entityFilter("Asin", {
  id: { type: IDFilter }, partnerId: { type: IDFilter }, asinCode: { type: StringFilter }, parentAsin: { type: StringFilter },
  isParent: { type: BooleanFilter }, title: { type: StringFilter }, sku: { type: StringFilter }, category: { type: StringFilter },
  status: { type: enumFilter(AsinStatus, "AsinStatus") }, cogs: { type: DecimalFilter }, price: { type: DecimalFilter },
  createdAt: { type: DateTimeFilter },
});

export const asinOrder = entityOrder("Asin", {
  asinCode: {}, title: { nullable: true }, sku: { nullable: true }, category: { nullable: true }, status: { enum: AsinStatus },
  price: { nullable: true }, cogs: { nullable: true }, createdAt: {},
}, [{ name: "asinCode", direction: "asc" }]);
