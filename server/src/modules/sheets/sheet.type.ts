import { Field, ID, ObjectType } from "type-graphql";
import { SheetStatus as DbSheetStatus, SheetType as DbSheetType } from "../../generated/prisma/enums";
import { gqlEnum } from "../../graphql/enums";
import { DateTimeScalar } from "../../graphql/scalars";
import { connectionType } from "../../graphql/connection";
import { BooleanFilter, DateTimeFilter, IDFilter, StringFilter, entityFilter, enumFilter } from "../../graphql/filters";
import { entityOrder } from "../../graphql/ordering";

export const SheetType = gqlEnum(DbSheetType, "SheetType", "What a linked sheet holds.");
export const SheetStatus = gqlEnum(DbSheetStatus, "SheetStatus", "Whether a linked sheet is in use and reachable.");

const opt = { nullable: true };

@ObjectType({ description: "A Google Sheet (or Notion page) linked to a partner, optionally to one of its ASINs." })
export class PartnerSheet {
  @Field(() => ID) id!: string;
  @Field(() => SheetType) sheetType!: string;
  @Field(() => String) sheetUrl!: string;
  @Field(() => String, opt) sheetName!: string | null;
  @Field(() => Boolean) isVerified!: boolean;
  @Field(() => DateTimeScalar, opt) verifiedAt!: Date | null;
  @Field(() => SheetStatus) status!: string;
  @Field(() => DateTimeScalar, opt) lastAccessedAt!: Date | null;
  @Field(() => String, opt) notes!: string | null;
  @Field(() => DateTimeScalar, { ...opt, description: "When archived; null while live." }) deletedAt!: Date | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
  partnerId!: string;
  asinId!: string | null;
  verifiedById!: string | null;
}

export const PartnerSheetConnection = connectionType(PartnerSheet, "PartnerSheet");

export const sheetFilter = entityFilter("PartnerSheet", {
  id: { type: IDFilter }, partnerId: { type: IDFilter }, asinId: { type: IDFilter },
  sheetType: { type: enumFilter(SheetType, "SheetType") }, status: { type: enumFilter(SheetStatus, "SheetStatus") },
  sheetName: { type: StringFilter }, isVerified: { type: BooleanFilter }, verifiedAt: { type: DateTimeFilter },
});

export const sheetOrder = entityOrder("PartnerSheet", {
  sheetType: { enum: SheetType }, sheetName: { nullable: true }, createdAt: {}, verifiedAt: { nullable: true },
}, [{ name: "sheetType", direction: "asc" }]);
