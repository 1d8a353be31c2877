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
import { PageArgsType, listConnection, pageOf, rowsConnection } from "../../graphql/connection";
import { archiveScope } from "../../graphql/records";
import { Partner } from "../partners/partner.type";
import { partnerById } from "../partners/partner.loaders";
import { Asin, AsinConnection, asinFilter, asinOrder } from "./asin.type";
import { CreateAsinInput, UpdateAsinInput } from "./asin.inputs";
import { asinByPartnerCode, asinChildren, asinsByPartner } from "./asin.loaders";
import { archiveAsin, createAsin, findAsin, restoreAsin, updateAsin } from "./asin.service";

const opt = { nullable: true };

@ArgsType()
export class AsinsArgs extends PageArgsType {
  @Field(() => asinFilter.input, opt) filter?: Record<string, unknown>;
  @Field(() => [asinOrder.input], { ...opt, description: "Default: asinCode ascending." })
  orderBy?: Record<string, string>[];
  @Field(() => Boolean, { ...opt, defaultValue: false, description: "Include archived ASINs." })
  includeArchived?: boolean;
}

@ArgsType()
export class PartnerAsinsArgs extends PageArgsType {
  @Field(() => [asinOrder.input], { ...opt, description: "Default: asinCode ascending." })
  orderBy?: Record<string, string>[];
}

@Resolver(() => Asin)
export class AsinResolver {
  @Authorized("partners:read")
  @Query(() => AsinConnection, { description: "ASINs of all the organization's partners." })
  asins(@Ctx() ctx: Context, @Args(() => AsinsArgs) args: AsinsArgs) {
    return listConnection(
      AsinConnection,
      ctx.prisma.asin as never,
      {
        organizationId: ctx.organizationId,
        ...archiveScope(args.includeArchived),
        ...ctx.rows.partnerChild,
      },
      { filter: args.filter, orderBy: args.orderBy, page: pageOf(args), viewer: ctx.viewer },
      asinFilter,
      asinOrder,
    );
  }

  @Authorized("partners:read")
  @Query(() => Asin, {
    nullable: true,
    description: "One ASIN by id; null when it does not exist or you may not see it.",
  })
  asin(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return findAsin(ctx, id).catch(() => null);
  }

  @Authorized("partners:read")
  @Query(() => Asin, {
    nullable: true,
    description: "A live ASIN by its Amazon code; give partnerId when several partners sell it.",
  })
  asinByCode(
    @Ctx() ctx: Context,
    @Arg("code", () => String, { description: 'The Amazon ASIN, e.g. "B0C1234567".' }) code: string,
    @Arg("partnerId", () => ID, { ...opt, description: "Only this partner's ASIN." })
    partnerId?: string,
  ) {
    return ctx.prisma.asin.findFirst({
      where: {
        organizationId: ctx.organizationId,
        asinCode: code.trim().toUpperCase(),
        ...(partnerId ? { partnerId } : {}),
        ...ctx.rows.partnerChild,
      },
      orderBy: { createdAt: "asc" },
    });
  }

  @FieldResolver(() => Partner, { description: "The partner that sells this product." })
  partner(@Root() a: Asin, @Ctx() ctx: Context) {
    return ctx.loaders.get(partnerById).load(a.partnerId);
  }

  @FieldResolver(() => Asin, {
    nullable: true,
    description: "The parent variation, when this is a child.",
  })
  parent(@Root() a: Asin, @Ctx() ctx: Context) {
    return a.parentAsin
      ? ctx.loaders.get(asinByPartnerCode).load(`${a.partnerId}/${a.parentAsin}`)
      : null;
  }

  @FieldResolver(() => [Asin], { description: "Child variations (empty unless this is a parent)." })
  children(@Root() a: Asin, @Ctx() ctx: Context) {
    return ctx.loaders.get(asinChildren).load(`${a.partnerId}/${a.asinCode}`);
  }

  @Authorized("asins:write")
  @Mutation(() => Asin, {
    description:
      'Adds an ASIN to a partner, e.g. input { partnerId: "…", asinCode: "B0C1234567" }.',
  })
  createAsin(@Ctx() ctx: Context, @Arg("input", () => CreateAsinInput) input: CreateAsinInput) {
    return createAsin(ctx, input);
  }

  @Authorized("asins:write")
  @Mutation(() => Asin, { description: "Changes an ASIN; omitted fields stay as they are." })
  updateAsin(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateAsinInput) input: UpdateAsinInput,
  ) {
    return updateAsin(ctx, id, input);
  }

  @Authorized("asins:write")
  @Mutation(() => Asin, { description: "Archives (soft-deletes) an ASIN." })
  archiveAsin(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return archiveAsin(ctx, id);
  }

  @Authorized("asins:write")
  @Mutation(() => Asin, { description: "Brings back an archived ASIN." })
  restoreAsin(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return restoreAsin(ctx, id);
  }
}

@Resolver(() => Partner)
export class PartnerAsinsResolver {
  @FieldResolver(() => AsinConnection, { description: "The partner's live ASINs." })
  async asins(
    @Root() p: Partner,
    @Ctx() ctx: Context,
    @Args(() => PartnerAsinsArgs) args: PartnerAsinsArgs,
  ) {
    return rowsConnection(
      AsinConnection,
      await ctx.loaders.get(asinsByPartner).load(p.id),
      { orderBy: args.orderBy, page: pageOf(args), viewer: ctx.viewer },
      asinOrder,
    );
  }

  @FieldResolver(() => [Asin], {
    description: "Parent ASINs (follow children for the variations).",
  })
  async parentAsins(@Root() p: Partner, @Ctx() ctx: Context) {
    return (await ctx.loaders.get(asinsByPartner).load(p.id))
      .filter((a) => a.isParent)
      .sort((a, b) => a.asinCode.localeCompare(b.asinCode));
  }
}
