import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { Authorized } from "../../graphql/authChecker";
import type { Context } from "../../graphql/context";
import { JSONScalar } from "../../graphql/scalars";
import { Staff } from "../staff/staff.type";
import { staffById } from "../staff/staff.loaders";
import { Configuration } from "./configuration.type";
import { DefineConfigurationInput } from "./configuration.inputs";
import {
  defineConfiguration,
  getConfiguration,
  listConfigurations,
  resetConfiguration,
  setConfiguration,
} from "./configuration.service";

const opt = { nullable: true };

@Resolver(() => Configuration)
export class ConfigurationResolver {
  @Authorized("settings:read")
  @Query(() => Configuration, {
    ...opt,
    description:
      'One configuration, e.g. configuration(category: "pipeline", key: "stages"); null when there is none.',
  })
  configuration(
    @Ctx() ctx: Context,
    @Arg("category", () => String, { description: 'The category, e.g. "pipeline".' })
    category: string,
    @Arg("key", () => String, { description: 'The key, e.g. "stages".' }) key: string,
  ) {
    return getConfiguration(ctx, category, key);
  }

  @Authorized("settings:read")
  @Query(() => [Configuration], {
    description:
      "Every configuration (built-in ones with their defaults), optionally of one category.",
  })
  configurations(
    @Ctx() ctx: Context,
    @Arg("category", () => String, { ...opt, description: "Only this category; all when omitted." })
    category?: string,
  ) {
    return listConfigurations(ctx, category);
  }

  @Authorized("settings:write")
  @Mutation(() => Configuration, {
    description: "Sets a configuration's value, checked against its type and rules.",
  })
  setConfiguration(
    @Ctx() ctx: Context,
    @Arg("category", () => String, {
      description: 'The configuration\'s category, e.g. "pipeline".',
    })
    category: string,
    @Arg("key", () => String, { description: 'The configuration\'s key, e.g. "stages".' })
    key: string,
    @Arg("value", () => JSONScalar, {
      description: "The new value; must have the configuration's dataType.",
    })
    value: unknown,
  ) {
    return setConfiguration(ctx, category, key, value);
  }

  @Authorized("settings:write")
  @Mutation(() => Configuration, {
    description: "Adds a configuration of the organization's own, with its type and rules.",
  })
  defineConfiguration(
    @Ctx() ctx: Context,
    @Arg("input", () => DefineConfigurationInput) input: DefineConfigurationInput,
  ) {
    return defineConfiguration(ctx, input);
  }

  @Authorized("settings:write")
  @Mutation(() => Configuration, {
    ...opt,
    description:
      "Puts a built-in configuration back to its default (returned), or removes an optional one of the organization's (null).",
  })
  resetConfiguration(
    @Ctx() ctx: Context,
    @Arg("category", () => String, {
      description: 'The configuration\'s category, e.g. "pipeline".',
    })
    category: string,
    @Arg("key", () => String, { description: 'The configuration\'s key, e.g. "stages".' })
    key: string,
  ) {
    return resetConfiguration(ctx, category, key);
  }

  @FieldResolver(() => Staff, { ...opt, description: "Who set the value last." })
  updatedBy(@Root() c: Configuration, @Ctx() ctx: Context) {
    return c.updatedById ? ctx.loaders.get(staffById).load(c.updatedById) : null;
  }
}
