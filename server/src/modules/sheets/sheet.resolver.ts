import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { Authorized } from "../../graphql/authChecker";
import type { Context } from "../../graphql/context";
import { PageArgsType, listConnection, pageOf } from "../../graphql/connection";
import { archiveScope } from "../../graphql/records";
import { Partner } from "../partners/partner.type";
import { partnerById } from "../partners/partner.loaders";
import { Staff } from "../staff/staff.type";
import { staffById } from "../staff/staff.loaders";
import { Asin } from "../asins/asin.type";
import { asinById } from "../asins/asin.loaders";
import { PartnerSheet, PartnerSheetConnection, sheetFilter, sheetOrder } from "./sheet.type";
import { CreatePartnerSheetInput, UpdatePartnerSheetInput } from "./sheet.inputs";
import { sheetsByAsin, sheetsByPartner, sheetsByVerifier } from "./sheet.loaders";
import { archiveSheet, createSheet, restoreSheet, updateSheet, verifySheet } from "./sheet.service";

const opt = { nullable: true };

@ArgsType()
export class SheetsArgs extends PageArgsType {
  @Field(() => sheetFilter.input, opt) filter?: Record<string, unknown>;
  @Field(() => [sheetOrder.input], { ...opt, description: "Default: sheetType ascending." })
  orderBy?: Record<string, string>[];
  @Field(() => Boolean, { ...opt, defaultValue: false, description: "Include archived sheets." })
  includeArchived?: boolean;
}

@Resolver(() => PartnerSheet)
export class PartnerSheetResolver {
  @Authorized("partners:read")
  @Query(() => PartnerSheetConnection, {
    description: "Sheets linked to the organization's partners.",
  })
  partnerSheets(@Ctx() ctx: Context, @Args(() => SheetsArgs) args: SheetsArgs) {
    return listConnection(
      PartnerSheetConnection,
      ctx.prisma.partnerSheet as never,
      {
        organizationId: ctx.organizationId,
        ...archiveScope(args.includeArchived),
        ...ctx.rows.partnerChild,
      },
      { filter: args.filter, orderBy: args.orderBy, page: pageOf(args), viewer: ctx.viewer },
      sheetFilter,
      sheetOrder,
    );
  }

  @FieldResolver(() => Partner, { description: "The partner the sheet belongs to." })
  partner(@Root() s: PartnerSheet, @Ctx() ctx: Context) {
    return ctx.loaders.get(partnerById).load(s.partnerId);
  }

  @FieldResolver(() => Asin, {
    ...opt,
    description: "The ASIN the sheet is for, when it is about one product.",
  })
  asin(@Root() s: PartnerSheet, @Ctx() ctx: Context) {
    return s.asinId ? ctx.loaders.get(asinById).load(s.asinId) : null;
  }

  @FieldResolver(() => Staff, { ...opt, description: "Who verified the link." })
  verifiedBy(@Root() s: PartnerSheet, @Ctx() ctx: Context) {
    return s.verifiedById ? ctx.loaders.get(staffById).load(s.verifiedById) : null;
  }

  @Authorized("sheets:write")
  @Mutation(() => PartnerSheet, {
    description: "Links a sheet to a partner (or one of its ASINs).",
  })
  createPartnerSheet(
    @Ctx() ctx: Context,
    @Arg("input", () => CreatePartnerSheetInput) input: CreatePartnerSheetInput,
  ) {
    return createSheet(ctx, input);
  }

  @Authorized("sheets:write")
  @Mutation(() => PartnerSheet, { description: "Changes a linked sheet." })
  updatePartnerSheet(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdatePartnerSheetInput) input: UpdatePartnerSheetInput,
  ) {
    return updateSheet(ctx, id, input);
  }

  @Authorized("sheets:write")
  @Mutation(() => PartnerSheet, {
    description: "Marks the link as checked by the signed-in staff member.",
  })
  verifyPartnerSheet(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return verifySheet(ctx, id);
  }

  @Authorized("sheets:write")
  @Mutation(() => PartnerSheet, {
    description: "Archives (soft-deletes) a linked sheet; restorePartnerSheet brings it back.",
  })
  archivePartnerSheet(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return archiveSheet(ctx, id);
  }

  @Authorized("sheets:write")
  @Mutation(() => PartnerSheet, { description: "Brings back an archived linked sheet." })
  restorePartnerSheet(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return restoreSheet(ctx, id);
  }
}

@Resolver(() => Partner)
export class PartnerSheetsResolver {
  @FieldResolver(() => [PartnerSheet], { description: "Live sheets linked to the partner." })
  sheets(@Root() p: Partner, @Ctx() ctx: Context) {
    return ctx.loaders.get(sheetsByPartner).load(p.id);
  }
}

@Resolver(() => Asin)
export class AsinSheetsResolver {
  @FieldResolver(() => [PartnerSheet], { description: "Live sheets linked to this ASIN." })
  sheets(@Root() a: Asin, @Ctx() ctx: Context) {
    return ctx.loaders.get(sheetsByAsin).load(a.id);
  }
}

@Resolver(() => Staff)
export class StaffSheetsResolver {
  @FieldResolver(() => [PartnerSheet], {
    description: "Live sheets this person verified, latest first.",
  })
  verifiedSheets(@Root() s: Staff, @Ctx() ctx: Context) {
    return ctx.loaders.get(sheetsByVerifier).load(s.id);
  }
}
