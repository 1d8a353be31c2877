import { Field, ID, InputType } from "type-graphql";
import { SheetStatus, SheetType } from "./sheet.type";

const opt = { nullable: true };

@InputType({ description: "A sheet to link to a partner." })
export class CreatePartnerSheetInput {
  @Field(() => ID) partnerId!: string;
  @Field(() => ID, { ...opt, description: "Tie the sheet to one of the partner's ASINs." })
  asinId?: string;
  @Field(() => SheetType) sheetType!: string;
  @Field(() => String) sheetUrl!: string;
  @Field(() => String, opt) sheetName?: string;
  @Field(() => String, opt) notes?: string;
}

@InputType({ description: "Changes to a linked sheet; a new URL clears its verification." })
export class UpdatePartnerSheetInput {
  @Field(() => ID, opt) asinId?: string | null;
  @Field(() => SheetType, opt) sheetType?: string;
  @Field(() => String, opt) sheetUrl?: string;
  @Field(() => String, opt) sheetName?: string | null;
  @Field(() => SheetStatus, opt) status?: string;
  @Field(() => String, opt) notes?: string | null;
}
