// Settings: a key-value store per organization. setSystemSetting creates or replaces.
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { Authorized } from "../../graphql/authChecker";
import type { Context } from "../../graphql/context";
import { DateTimeScalar, JSONScalar } from "../../graphql/scalars";
import { badInput } from "../../lib/errors";
import { Staff } from "../staff/staff.type";
import { staffById } from "../staff/staff.loaders";

const opt = { nullable: true };

@ObjectType({ description: "An application setting of the organization." })
export class SystemSetting {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'The setting\'s key, e.g. "branding.primaryColor".' })
  key!: string;
  @Field(() => JSONScalar, { description: "The value, any JSON." }) value!: unknown;
  @Field(() => String, { ...opt, description: "general, notifications, integrations, …" })
  category!: string | null;
  @Field(() => String, { ...opt, description: "What the setting controls, for people." })
  description!: string | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
  updatedById!: string | null;
}

@InputType({ description: "An application setting to set." })
export class SetSystemSettingInput {
  @Field(() => String, { description: 'Dotted name such as "notifications.digest".' }) key!: string;
  @Field(() => JSONScalar) value!: unknown;
  @Field(() => String, opt) category?: string | null;
  @Field(() => String, opt) description?: string | null;
}

const KEY = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/;

@Resolver(() => SystemSetting)
export class SystemSettingResolver {
  @Authorized("settings:read")
  @Query(() => [SystemSetting], { description: "All settings, by key." })
  systemSettings(
    @Ctx() ctx: Context,
    @Arg("category", () => String, { ...opt, description: "Only this category; all when omitted." })
    category?: string,
  ) {
    return ctx.prisma.systemSetting.findMany({
      where: { organizationId: ctx.organizationId, ...(category ? { category } : {}) },
      orderBy: { key: "asc" },
    });
  }

  @Authorized("settings:read")
  @Query(() => SystemSetting, {
    ...opt,
    description: 'One application setting by key, e.g. "branding.primaryColor".',
  })
  systemSetting(
    @Ctx() ctx: Context,
    @Arg("key", () => String, { description: 'The setting\'s key, e.g. "branding.primaryColor".' })
    key: string,
  ) {
    return ctx.prisma.systemSetting.findFirst({
      where: { organizationId: ctx.organizationId, key },
    });
  }

  @FieldResolver(() => Staff, { ...opt, description: "Who changed it last." })
  updatedBy(@Root() s: SystemSetting, @Ctx() ctx: Context) {
    return s.updatedById ? ctx.loaders.get(staffById).load(s.updatedById) : null;
  }

  @Authorized("settings:write")
  @Mutation(() => SystemSetting, { description: "Creates or replaces a setting." })
  setSystemSetting(
    @Ctx() ctx: Context,
    @Arg("input", () => SetSystemSettingInput) input: SetSystemSettingInput,
  ) {
    if (!KEY.test(input.key))
      throw badInput(
        "input.key",
        `key must be lower-case words joined by dots, like notifications.digest (got "${input.key}").`,
      );
    if (input.value === undefined || input.value === null)
      throw badInput("input.value", "value must not be null.");
    const fields = {
      value: input.value as never,
      category: input.category ?? null,
      description: input.description ?? null,
      updatedById: ctx.viewer.staffId,
    };
    return ctx.prisma.systemSetting.upsert({
      where: { organizationId_key: { organizationId: ctx.organizationId, key: input.key } },
      create: { ...fields, key: input.key, organizationId: ctx.organizationId },
      update: fields,
    });
  }
}
