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
import { archiveScope, organizationSql } from "../../graphql/records";
import { DateTimeScalar, JSONScalar } from "../../graphql/scalars";
import { redactSourceData } from "../pipeline/sourceCells";
import { partnerAsOf } from "./partner.asOf";
import { Partner, PartnerConnection, partnerFilter, partnerOrder } from "./partner.type";
import { CreatePartnerInput, UpdatePartnerInput } from "./partner.inputs";
import { archivePartner, createPartner, restorePartner, updatePartner } from "./partner.service";
import { partnerById } from "./partner.loaders";
import { isUuid } from "../../lib/ids";

const opt = { nullable: true };

@ArgsType()
export class PartnersArgs extends PageArgsType {
  @Field(() => partnerFilter.input, opt) filter?: Record<string, unknown>;
  @Field(() => [partnerOrder.input], {
    ...opt,
    description: "Sort order; the id breaks ties. Default: brandName ascending.",
  })
  orderBy?: Record<string, string>[];
  @Field(() => Boolean, { ...opt, defaultValue: false, description: "Include archived partners." })
  includeArchived?: boolean;
}

@Resolver(() => Partner)
export class PartnerResolver {
  @Authorized("partners:read")
  @Query(() => PartnerConnection, { description: "The organization's partners." })
  partners(@Ctx() ctx: Context, @Args(() => PartnersArgs) args: PartnersArgs) {
    return listConnection(
      PartnerConnection,
      ctx.prisma.partner as never,
      {
        organizationId: ctx.organizationId,
        ...archiveScope(args.includeArchived),
        ...ctx.rows.partner,
      },
      { filter: args.filter, orderBy: args.orderBy, page: pageOf(args), viewer: ctx.viewer },
      partnerFilter,
      partnerOrder,
      {
        prisma: ctx.prisma,
        model: "Partner",
        scope: organizationSql(ctx, args.includeArchived, ctx.rows.partnerSql('r."id"')),
      },
    );
  }

  @Authorized("partners:read")
  @Query(() => Partner, {
    nullable: true,
    description: "A partner by id (archived ones only with includeArchived).",
  })
  async partner(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("includeArchived", () => Boolean, {
      defaultValue: false,
      description: "Also find an archived partner.",
    })
    includeArchived: boolean,
    @Arg("asOf", () => DateTimeScalar, {
      nullable: true,
      description:
        "The partner's fields as they were at this moment, from the audit log (null if it did not exist yet). Its relations are today's.",
    })
    asOf?: Date,
  ) {
    if (asOf) return partnerAsOf(ctx, id, asOf);
    if (!isUuid(id)) return null;
    // Through the loader (one raw statement, shared with the query's other partner lookups).
    const partner = await ctx.loaders.get(partnerById).load(id);
    return partner && (includeArchived || !partner.deletedAt) ? partner : null;
  }

  @Authorized("partners:read")
  @Query(() => Partner, {
    nullable: true,
    description: 'A partner by its code, e.g. partnerByCode(code: "SO-0001").',
  })
  partnerByCode(
    @Ctx() ctx: Context,
    @Arg("code", () => String, { description: 'The partner code, e.g. "SO-0042".' }) code: string,
  ) {
    return ctx.prisma.partner.findFirst({
      where: {
        organizationId: ctx.organizationId,
        partnerCode: code.trim().toUpperCase(),
        ...ctx.rows.partner,
      },
    });
  }

  @Authorized("partners:write")
  @Mutation(() => Partner, {
    description:
      'Adds a partner, e.g. input { brandName: "Acme Outdoors", tier: TIER_2 }; its partnerCode is generated.',
  })
  createPartner(
    @Ctx() ctx: Context,
    @Arg("input", () => CreatePartnerInput) input: CreatePartnerInput,
  ) {
    return createPartner(ctx, input);
  }

  @Authorized("partners:write")
  @Mutation(() => Partner, {
    description: "Changes a partner; writes lineage (source: manual) for each changed field.",
  })
  updatePartner(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdatePartnerInput) input: UpdatePartnerInput,
  ) {
    return updatePartner(ctx, id, input);
  }

  @Authorized("partners:write")
  @Mutation(() => Partner, { description: "Archives (soft-deletes) a partner; its history stays." })
  archivePartner(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return archivePartner(ctx, id);
  }

  @Authorized("partners:write")
  @Mutation(() => Partner, { description: "Brings an archived partner back." })
  restorePartner(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return restorePartner(ctx, id);
  }

  @FieldResolver(() => JSONScalar, {
    description:
      'Raw values from every external source, kept so nothing is lost: { <source>: { row, tab, values } }. Cells mapped to a field the viewer may not read show "[redacted]".',
  })
  sourceData(@Root() p: Partner, @Ctx() ctx: Context) {
    return redactSourceData(ctx, "partners", p.sourceData);
  }
}
