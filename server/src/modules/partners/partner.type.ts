import { Field, ID, Int, ObjectType } from "type-graphql";
import { Guarded } from "../../graphql/authChecker";
import {
  PartnerStatus as DbPartnerStatus,
  PartnerTier as DbPartnerTier,
} from "../../generated/prisma/enums";
import { gqlEnum } from "../../graphql/enums";
import { DateScalar, DateTimeScalar, DecimalScalar, JSONScalar } from "../../graphql/scalars";
import { connectionType } from "../../graphql/connection";
import {
  DateFilter,
  DateTimeFilter,
  DecimalFilter,
  IDFilter,
  IntFilter,
  StringFilter,
  entityFilter,
  enumFilter,
} from "../../graphql/filters";
import { entityOrder } from "../../graphql/ordering";

export const PartnerStatus = gqlEnum(
  DbPartnerStatus,
  "PartnerStatus",
  "Where a partner is in its life with us.",
  {
    onboarding: "Signed; being set up.",
    active: "Live client.",
    at_risk: "Live, but may churn; watch closely.",
    paused: "Services on hold.",
    offboarding: "Leaving; handing back.",
    churned: "Gone; churnedDate says when.",
  },
);
export const PartnerTier = gqlEnum(
  DbPartnerTier,
  "PartnerTier",
  "TIER_0 is the highest tier, TIER_4 the lowest.",
  {
    tier_0: "Highest tier: our largest partners.",
    tier_1: "Tier 1.",
    tier_2: "Tier 2.",
    tier_3: "Tier 3.",
    tier_4: "Lowest tier.",
  },
);

const opt = { nullable: true };

@ObjectType({ description: "A brand we manage (a client). The source of truth for partner data." })
export class Partner {
  @Field(() => ID) id!: string;
  @Field(() => String, {
    description: 'Generated code such as "SO-0001", unique in the organization.',
  })
  partnerCode!: string;
  @Field(() => String, {
    description:
      'The brand\'s name, e.g. "Acme Outdoors"; unique in the organization ignoring case and spaces.',
  })
  brandName!: string;
  @Field(() => String, { ...opt, description: "Primary contact's name." }) clientName!:
    string | null;
  @Field(() => String, { ...opt, description: "Primary contact's email." }) clientEmail!:
    string | null;
  @Field(() => String, { ...opt, description: "Primary contact's phone." }) clientPhone!:
    string | null;
  @Field(() => PartnerStatus, {
    description: "Where the partner is in its life with us, e.g. ACTIVE or AT_RISK.",
  })
  status!: string;
  @Field(() => PartnerTier, { description: "The partner's tier, TIER_0 (highest) to TIER_4." })
  tier!: string;
  @Guarded
  @Field(() => DecimalScalar, {
    ...opt,
    description: "Monthly base fee (needs partners:financials).",
  })
  baseFee!: unknown;
  @Guarded
  @Field(() => DecimalScalar, {
    ...opt,
    description: 'Commission as a fraction: "0.0300" is 3% (needs partners:financials).',
  })
  commissionRate!: unknown;
  @Guarded
  @Field(() => Int, {
    ...opt,
    description: "Day of the month we bill, 1-31 (needs partners:financials).",
  })
  billingDay!: number | null;
  @Field(() => DateScalar, { ...opt, description: "When onboarding started." })
  onboardingDate!: Date | null;
  @Field(() => DateScalar, { ...opt, description: "When the current contract started." })
  contractStartDate!: Date | null;
  @Field(() => DateScalar, { ...opt, description: "When the current contract ends." })
  contractEndDate!: Date | null;
  @Field(() => DateScalar, { ...opt, description: "When the partner left us (churned)." })
  churnedDate!: Date | null;
  @Field(() => Int, { description: "Live parent ASINs (kept by the database)." })
  parentAsinCount!: number;
  @Field(() => Int, {
    description: "Live non-parent ASINs: children and standalones (kept by the database).",
  })
  childAsinCount!: number;
  @Field(() => String, { ...opt, description: "Free text about the partner." }) notes!:
    string | null;
  @Field(() => String, {
    ...opt,
    description:
      "The partner's business domain (a label), which commission structures may override per.",
  })
  domain!: string | null;
  @Guarded
  @Field(() => JSONScalar, {
    ...opt,
    description:
      'How commission on its deals is computed, e.g. { "type": "flat", "rate": 0.1 }; {} uses the organization\'s default (needs partners:financials).',
  })
  commissionStructure!: unknown;
  /** Exposed, redacted for the viewer, by PartnerResolver.sourceData. */
  sourceData!: unknown;
  @Field(() => DateTimeScalar, {
    ...opt,
    description: "When the partner was archived; null while live.",
  })
  deletedAt!: Date | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
  organizationId!: string;
}

export const PartnerConnection = connectionType(Partner, "Partner");

export const partnerFilter = entityFilter("Partner", {
  id: { type: IDFilter },
  partnerCode: { type: StringFilter },
  brandName: { type: StringFilter },
  clientName: { type: StringFilter },
  clientEmail: { type: StringFilter },
  status: { type: enumFilter(PartnerStatus, "PartnerStatus") },
  tier: { type: enumFilter(PartnerTier, "PartnerTier") },
  baseFee: { type: DecimalFilter },
  commissionRate: { type: DecimalFilter },
  billingDay: { type: IntFilter },
  onboardingDate: { type: DateFilter },
  contractStartDate: { type: DateFilter },
  contractEndDate: { type: DateFilter },
  churnedDate: { type: DateFilter },
  parentAsinCount: { type: IntFilter },
  childAsinCount: { type: IntFilter },
  notes: { type: StringFilter },
  createdAt: { type: DateTimeFilter },
  updatedAt: { type: DateTimeFilter },
});

export const partnerOrder = entityOrder(
  "Partner",
  {
    brandName: {},
    partnerCode: {},
    status: { enum: PartnerStatus },
    tier: { enum: PartnerTier },
    baseFee: { nullable: true },
    commissionRate: { nullable: true },
    billingDay: { nullable: true },
    onboardingDate: { nullable: true },
    contractStartDate: { nullable: true },
    contractEndDate: { nullable: true },
    parentAsinCount: {},
    childAsinCount: {},
    createdAt: {},
    updatedAt: {},
  },
  [{ name: "brandName", direction: "asc" }],
);
