// Reading and writing configurations. Known ones (the registry) always have a value: the
// organization's, else the default. Organizations can define their own with a type and
// rules. Every write is checked; the rest of the system reads through readConfiguration.
import type { Context } from "../../graphql/context";
import type { HubPrisma } from "../../db/database";
import { badInput, notFound } from "../../lib/errors";
import {
  KNOWN_CONFIGURATIONS,
  knownConfiguration,
  type DataType,
  type KnownConfiguration,
} from "./configuration.registry";
import { checkValue, compileRules, type JsonSchema } from "./configuration.validation";
import type { Configuration } from "./configuration.type";
import type { DefineConfigurationInput } from "./configuration.inputs";

type Stored = Awaited<ReturnType<HubPrisma["configuration"]["findFirstOrThrow"]>>;

function view(known: KnownConfiguration | undefined, stored: Stored | null): Configuration {
  return {
    category: known?.category ?? stored!.category,
    key: known?.key ?? stored!.key,
    value: stored ? stored.value : known!.defaultValue,
    defaultValue: known ? known.defaultValue : stored!.defaultValue,
    dataType: known?.dataType ?? stored!.dataType,
    isRequired: known ? true : stored!.isRequired,
    validationRules: known?.validationRules ?? stored!.validationRules,
    description: known?.description ?? stored!.description,
    isDefault: !stored,
    updatedAt: stored?.updatedAt ?? null,
    updatedById: stored?.updatedById ?? null,
  };
}

const find = (tx: HubPrisma, organizationId: string, category: string, key: string) =>
  tx.configuration.findUnique({
    where: { organizationId_category_key: { organizationId, category, key } },
  });

/** The value in force, for the code that runs on it (typed by the caller). */
export async function readConfiguration<T>(
  tx: HubPrisma,
  organizationId: string,
  category: string,
  key: string,
): Promise<T> {
  const stored = await find(tx, organizationId, category, key);
  const known = knownConfiguration(category, key);
  if (!stored && !known) throw new Error(`configuration ${category}.${key} is not known`);
  return (stored ? stored.value : known!.defaultValue) as T;
}

export async function getConfiguration(
  ctx: Context,
  category: string,
  key: string,
): Promise<Configuration | null> {
  const known = knownConfiguration(category, key);
  const stored = await find(ctx.prisma, ctx.organizationId, category, key);
  return known || stored ? view(known, stored) : null;
}

export async function listConfigurations(
  ctx: Context,
  category?: string | null,
): Promise<Configuration[]> {
  const stored = await ctx.prisma.configuration.findMany({
    where: { organizationId: ctx.organizationId, ...(category ? { category } : {}) },
  });
  const byName = new Map(stored.map((s) => [`${s.category}.${s.key}`, s]));
  const known = KNOWN_CONFIGURATIONS.filter((k) => !category || k.category === category).map((k) =>
    view(k, byName.get(`${k.category}.${k.key}`) ?? null),
  );
  const own = stored
    .filter((s) => !knownConfiguration(s.category, s.key))
    .map((s) => view(undefined, s));
  return [...known, ...own].sort((a, b) =>
    `${a.category}.${a.key}`.localeCompare(`${b.category}.${b.key}`),
  );
}

export async function setConfiguration(
  ctx: Context,
  category: string,
  key: string,
  value: unknown,
): Promise<Configuration> {
  const known = knownConfiguration(category, key);
  const stored = await find(ctx.prisma, ctx.organizationId, category, key);
  if (!known && !stored) throw notFound("Configuration", `${category}.${key}`);
  const dataType = (known?.dataType ?? stored!.dataType) as DataType;
  checkValue(
    "value",
    dataType,
    (known?.validationRules ?? stored!.validationRules) as JsonSchema | null,
    value,
    known?.check,
  );
  const saved = await ctx.prisma.configuration.upsert({
    where: { organizationId_category_key: { organizationId: ctx.organizationId, category, key } },
    create: {
      organizationId: ctx.organizationId,
      category,
      key,
      value: value as never,
      dataType,
      defaultValue: (known?.defaultValue ?? undefined) as never,
      validationRules: (known?.validationRules ?? undefined) as never,
      isRequired: true,
      description: known?.description,
      updatedById: ctx.viewer.staffId,
    },
    update: { value: value as never, updatedById: ctx.viewer.staffId },
  });
  return view(known, saved);
}

const NAME = /^[a-z][a-z0-9_]*$/;

export async function defineConfiguration(
  ctx: Context,
  input: DefineConfigurationInput,
): Promise<Configuration> {
  for (const f of ["category", "key"] as const) {
    if (!NAME.test(input[f]))
      throw badInput(
        `input.${f}`,
        `${f} is lower-case letters, digits and _ starting with a letter, e.g. "alerts" (got "${input[f]}").`,
      );
  }
  if (knownConfiguration(input.category, input.key))
    throw badInput(
      "input.key",
      `${input.category}.${input.key} is built in; change its value with setConfiguration.`,
    );
  if (await find(ctx.prisma, ctx.organizationId, input.category, input.key))
    throw badInput(
      "input.key",
      `${input.category}.${input.key} exists already; change it with setConfiguration.`,
    );
  const rules = (input.validationRules ?? null) as JsonSchema | null;
  if (rules !== null) {
    if (typeof rules !== "object" || Array.isArray(rules))
      throw badInput(
        "input.validationRules",
        'validationRules is a JSON Schema object, e.g. { "minimum": 0 }.',
      );
    compileRules("input.validationRules", rules);
  }
  const dataType = input.dataType as DataType;
  checkValue("input.value", dataType, rules, input.value);
  if (input.defaultValue !== undefined && input.defaultValue !== null)
    checkValue("input.defaultValue", dataType, rules, input.defaultValue);
  const saved = await ctx.prisma.configuration.create({
    data: {
      organizationId: ctx.organizationId,
      category: input.category,
      key: input.key,
      value: input.value as never,
      dataType: input.dataType as never,
      defaultValue: (input.defaultValue ?? undefined) as never,
      validationRules: (rules ?? undefined) as never,
      isRequired: input.isRequired ?? false,
      description: input.description ?? null,
      updatedById: ctx.viewer.staffId,
    },
  });
  return view(undefined, saved);
}

/** A built-in configuration goes back to its default; an optional one of the organization's is removed. */
export async function resetConfiguration(
  ctx: Context,
  category: string,
  key: string,
): Promise<Configuration | null> {
  const known = knownConfiguration(category, key);
  const stored = await find(ctx.prisma, ctx.organizationId, category, key);
  if (!known && !stored) throw notFound("Configuration", `${category}.${key}`);
  if (!known && stored!.isRequired)
    throw badInput(
      "key",
      `${category}.${key} is required; change its value instead of removing it.`,
    );
  if (stored) await ctx.prisma.configuration.delete({ where: { id: stored.id } });
  return known ? view(known, null) : null;
}
