import { Field, ID, InputType } from "type-graphql";
import { DecimalScalar } from "../../graphql/scalars";
import { AsinStatus } from "./asin.type";

const opt = { nullable: true };

@InputType({ description: "A new ASIN of a partner." })
export class CreateAsinInput {
  @Field(() => ID) partnerId!: string;
  @Field(() => String) asinCode!: string;
  @Field(() => String, opt) parentAsin?: string;
  @Field(() => Boolean, opt) isParent?: boolean;
  @Field(() => String, opt) title?: string;
  @Field(() => String, opt) sku?: string;
  @Field(() => String, opt) category?: string;
  @Field(() => AsinStatus, opt) status?: string;
  @Field(() => DecimalScalar, opt) cogs?: { toNumber(): number };
  @Field(() => DecimalScalar, opt) price?: { toNumber(): number };
  @Field(() => String, opt) kwResearchSheetUrl?: string;
  @Field(() => String, opt) marketAnalysisSheetUrl?: string;
  @Field(() => String, opt) campaignStructureSheetUrl?: string;
}

@InputType({ description: "Changes to an ASIN; omitted fields stay, null clears." })
export class UpdateAsinInput {
  @Field(() => String, opt) parentAsin?: string | null;
  @Field(() => Boolean, opt) isParent?: boolean;
  @Field(() => String, opt) title?: string | null;
  @Field(() => String, opt) sku?: string | null;
  @Field(() => String, opt) category?: string | null;
  @Field(() => AsinStatus, opt) status?: string;
  @Field(() => DecimalScalar, opt) cogs?: { toNumber(): number } | null;
  @Field(() => DecimalScalar, opt) price?: { toNumber(): number } | null;
  @Field(() => String, opt) kwResearchSheetUrl?: string | null;
  @Field(() => String, opt) marketAnalysisSheetUrl?: string | null;
  @Field(() => String, opt) campaignStructureSheetUrl?: string | null;
}
