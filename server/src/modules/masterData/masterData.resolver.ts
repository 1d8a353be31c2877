// Master data (seed 001): the organization's reference lists, readable by anyone signed in;
// settings:write retires or restores entries. Finance accounts take their currency from it.
import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { Authorized } from "../../graphql/authChecker";
import type { Context } from "../../graphql/context";
import { notFound } from "../../lib/errors";
import { Country, Currency, ExpenseCategory, ReferenceList } from "./masterData.type";

const activeArg = {
  defaultValue: true,
  description: "Only entries in use (false: retired ones too).",
};
const where = (ctx: Context, activeOnly: boolean) => ({
  organizationId: ctx.organizationId,
  ...(activeOnly ? { isActive: true } : {}),
});

@Resolver()
export class MasterDataResolver {
  @Query(() => [Country], { description: "Countries, by name." })
  countries(@Ctx() ctx: Context, @Arg("activeOnly", () => Boolean, activeArg) activeOnly: boolean) {
    return ctx.prisma.country.findMany({ where: where(ctx, activeOnly), orderBy: { name: "asc" } });
  }

  @Query(() => [Currency], { description: "Currencies, by code." })
  currencies(
    @Ctx() ctx: Context,
    @Arg("activeOnly", () => Boolean, activeArg) activeOnly: boolean,
  ) {
    return ctx.prisma.currency.findMany({
      where: where(ctx, activeOnly),
      orderBy: { code: "asc" },
    });
  }

  @Query(() => [ExpenseCategory], { description: "Expense categories, by name." })
  expenseCategories(
    @Ctx() ctx: Context,
    @Arg("activeOnly", () => Boolean, activeArg) activeOnly: boolean,
  ) {
    return ctx.prisma.expenseCategory.findMany({
      where: where(ctx, activeOnly),
      orderBy: { name: "asc" },
    });
  }

  @Authorized("settings:write")
  @Mutation(() => Boolean, {
    description:
      'Retires (isActive: false) or restores an entry of a list, e.g. setReferenceActive(list: CURRENCY, code: "TRY", isActive: false). Returns the new state.',
  })
  async setReferenceActive(
    @Ctx() ctx: Context,
    @Arg("list", () => ReferenceList, { description: "Which list." }) list: string,
    @Arg("code", () => String, { description: "The entry's code." }) code: string,
    @Arg("isActive", () => Boolean, { description: "True to use it, false to retire it." })
    isActive: boolean,
  ) {
    const model = {
      country: ctx.prisma.country,
      currency: ctx.prisma.currency,
      expense_category: ctx.prisma.expenseCategory,
    }[list as "country"];
    const key = list === "expense_category" ? code.trim().toLowerCase() : code.trim().toUpperCase();
    const { count } = await (model as typeof ctx.prisma.country).updateMany({
      where: { organizationId: ctx.organizationId, code: key },
      data: { isActive },
    });
    if (!count) throw notFound(list.replace("_", " "), code);
    return isActive;
  }
}
