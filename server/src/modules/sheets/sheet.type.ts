import { Field, ID, ObjectType } from "type-graphql";
import {
  SheetStatus as DbSheetStatus,
  SheetType as DbSheetType,
} from "../../generated/prisma/enums";
import { gqlEnum } from "../../graphql/enums";
import { DateTimeScalar } from "../../graphql/scalars";
import { connectionType } from "../../graphql/connection";
import {
  BooleanFilter,
  DateTimeFilter,
  IDFilter,
  StringFilter,
  entityFilter,
  enumFilter,
} from "../../graphql/filters";
import { entityOrder } from "../../graphql/ordering";

export const SheetType = gqlEnum(DbSheetType, "SheetType", "What a linked sheet holds.", {
  brand_info: "The partner's brand information sheet.",
  kw_research: "Keyword research.",
  market_analysis: "Market analysis.",
  campaign_structure: "Advertising campaign structure.",
  internal_brand: "Our internal brand notes.",
  notion: "A Notion page.",
  other: "Anything else.",
});
export const SheetStatus = gqlEnum(
  DbSheetStatus,
  "SheetStatus",
  "Whether a linked sheet is in use and reachable.",
  {
    active: "In use and reachable.",
    broken: "The link no longer opens.",
    archived: "No longer in use.",
  },
);

const opt = { nullable: true };

@ObjectType({
  description:
    "A Google Sheet (or Notion page) linked to a partner, optionally to one of its ASINs.",
})
export class PartnerSheet {
  @Field(() => ID) id!: string;
  @Field(() => SheetType, { description: "What the sheet holds, e.g. KW_RESEARCH." })
  sheetType!: string;
  @Field(() => String, {
    description: 'Link to the sheet, e.g. "https://docs.google.com/spreadsheets/d/…".',
  })
  sheetUrl!: string;
  @Field(() => String, { ...opt, description: "Name people know the sheet by." }) sheetName!:
    string | null;
  @Field(() => Boolean, {
    description: "Someone confirmed the sheet is the right one and up to date.",
  })
  isVerified!: boolean;
  @Field(() => DateTimeScalar, { ...opt, description: "When it was last verified." })
  verifiedAt!: Date | null;
  @Field(() => SheetStatus, {
    description: "ACTIVE, BROKEN (the link no longer opens) or ARCHIVED.",
  })
  status!: string;
  @Field(() => DateTimeScalar, {
    ...opt,
    description: "When the sheet was last opened through the hub.",
  })
  lastAccessedAt!: Date | null;
  @Field(() => String, { ...opt, description: "Free text about the sheet." }) notes!: string | null;
  @Field(() => DateTimeScalar, { ...opt, description: "When archived; null while live." })
  deletedAt!: Date | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
  partnerId!: string;
  asinId!: string | null;
  verifiedById!: string | null;
}

export const PartnerSheetConnection = connectionType(PartnerSheet, "PartnerSheet");

export const sheetFilter = entityFilter("PartnerSheet", {
  id: { type: IDFilter },
  partnerId: { type: IDFilter },
  asinId: { type: IDFilter },
  sheetType: { type: enumFilter(SheetType, "SheetType") },
  status: { type: enumFilter(SheetStatus, "SheetStatus") },
  sheetName: { type: StringFilter },
  isVerified: { type: BooleanFilter },
  verifiedAt: { type: DateTimeFilter },
});

export const sheetOrder = entityOrder(
  "PartnerSheet",
  {
    sheetType: { enum: SheetType },
    sheetName: { nullable: true },
    createdAt: {},
    verifiedAt: { nullable: true },
  },
  [{ name: "sheetType", direction: "asc" }],
);
