import { Field, InputType, Int } from "type-graphql";
import { DateScalar, DecimalScalar, JSONScalar } from "../../graphql/scalars";
import { PartnerStatus, PartnerTier } from "./partner.type";

const opt = { nullable: true };

@InputType({ description: "A new partner. partnerCode is generated (SO-0001…) unless given." })
export class CreatePartnerInput {
  @Field(() => String) brandName!: string;
  @Field(() => String, opt) partnerCode?: string;
  @Field(() => String, opt) clientName?: string;
  @Field(() => String, opt) clientEmail?: string;
  @Field(() => String, opt) clientPhone?: string;
  @Field(() => PartnerStatus, opt) status?: string;
  @Field(() => PartnerTier, opt) tier?: string;
  @Field(() => DecimalScalar, opt) baseFee?: { toNumber(): number };
  @Field(() => DecimalScalar, opt) commissionRate?: { toNumber(): number };
  @Field(() => Int, opt) billingDay?: number;
  @Field(() => DateScalar, opt) onboardingDate?: Date;
  @Field(() => DateScalar, opt) contractStartDate?: Date;
  @Field(() => DateScalar, opt) contractEndDate?: Date;
  @Field(() => DateScalar, opt) churnedDate?: Date;
  @Field(() => String, opt) notes?: string;
  @Field(() => String, opt) domain?: string;
  @Field(() => JSONScalar, {
    ...opt,
    description:
      'e.g. { "type": "tiered", "mode": "marginal", "tiers": [{ "upTo": 10000, "rate": 0.1 }, { "upTo": null, "rate": 0.05 }] }.',
  })
  commissionStructure?: unknown;
}

@InputType({
  description: "Changes to a partner; omitted fields stay as they are, null clears a field.",
})
export class UpdatePartnerInput {
  @Field(() => String, opt) brandName?: string;
  @Field(() => String, opt) clientName?: string | null;
  @Field(() => String, opt) clientEmail?: string | null;
  @Field(() => String, opt) clientPhone?: string | null;
  @Field(() => PartnerStatus, opt) status?: string;
  @Field(() => PartnerTier, opt) tier?: string;
  @Field(() => DecimalScalar, opt) baseFee?: { toNumber(): number } | null;
  @Field(() => DecimalScalar, opt) commissionRate?: { toNumber(): number } | null;
  @Field(() => Int, opt) billingDay?: number | null;
  @Field(() => DateScalar, opt) onboardingDate?: Date | null;
  @Field(() => DateScalar, opt) contractStartDate?: Date | null;
  @Field(() => DateScalar, opt) contractEndDate?: Date | null;
  @Field(() => DateScalar, opt) churnedDate?: Date | null;
  @Field(() => String, opt) notes?: string | null;
  @Field(() => String, opt) domain?: string | null;
  @Field(() => JSONScalar, {
    ...opt,
    description: "{} goes back to the organization's default structure.",
  })
  commissionStructure?: unknown;
}
