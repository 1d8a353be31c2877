import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  Float,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { Authorized } from "../../graphql/authChecker";
import type { Context } from "../../graphql/context";
import { PageArgsType, listConnection, pageOf } from "../../graphql/connection";
import { DateScalar, DecimalScalar } from "../../graphql/scalars";
import { Prisma } from "../../generated/prisma/client";
import { Partner } from "../partners/partner.type";
import { partnerById } from "../partners/partner.loaders";
import {
  ArAgingRow,
  ArBucketTotal,
  Customer,
  FinanceAccount,
  FinanceMargin,
  FinanceMonth,
  FinanceTransaction,
  FinanceTransactionConnection,
  financeTransactionFilter,
  financeTransactionOrder,
} from "./finance.type";
import { customerById, financeAccountById, financeTransactionById } from "./finance.loaders";
import {
  CustomerInput,
  FinanceAccountInput,
  FinanceMarginInput,
  FinanceTransactionInput,
} from "./finance.inputs";
import {
  arAging,
  arSummary,
  createCustomer,
  createFinanceAccount,
  customers,
  financeAccounts,
  financeMargins,
  financeOverview,
  recordMargin,
  recordTransaction,
} from "./finance.service";

const opt = { nullable: true };
const asOfArg = {
  nullable: true,
  description: 'The day to age receivables at, e.g. "2026-11-30" (default today).',
};
const today = () => new Date();
const fromArg = {
  nullable: true,
  description: 'First day, e.g. "2026-01-01" (default: the beginning).',
};
const toArg = { nullable: true, description: 'Last day, e.g. "2026-12-31" (default: no end).' };

@ArgsType()
export class FinanceTransactionsArgs extends PageArgsType {
  @Field(() => financeTransactionFilter.input, opt) filter?: Record<string, unknown>;
  @Field(() => [financeTransactionOrder.input], { ...opt, description: "Default: newest first." })
  orderBy?: Record<string, string>[];
}

@Resolver(() => FinanceTransaction)
export class FinanceResolver {
  @Authorized("finance:read")
  @Query(() => [FinanceAccount], { description: "The ledger accounts, by code." })
  financeAccounts(@Ctx() ctx: Context) {
    return financeAccounts(ctx);
  }

  @Authorized("finance:read")
  @Query(() => [Customer], { description: "Customers, by name." })
  customers(@Ctx() ctx: Context) {
    return customers(ctx);
  }

  @Authorized("finance:read")
  @Query(() => FinanceTransactionConnection, {
    description:
      "Invoices, payments and refunds, e.g. financeTransactions(filter: { transactionType: { eq: INVOICE } }).",
  })
  financeTransactions(
    @Ctx() ctx: Context,
    @Args(() => FinanceTransactionsArgs) args: FinanceTransactionsArgs,
  ) {
    return listConnection(
      FinanceTransactionConnection,
      ctx.prisma.financeTransaction as never,
      { organizationId: ctx.organizationId },
      { filter: args.filter, orderBy: args.orderBy, page: pageOf(args), viewer: ctx.viewer },
      financeTransactionFilter,
      financeTransactionOrder,
    );
  }

  @Authorized("finance:read")
  @Query(() => [ArAgingRow], {
    description:
      "Open invoices as of a date, latest first: what each still owes and its aging bucket.",
  })
  arAging(@Ctx() ctx: Context, @Arg("asOf", () => DateScalar, asOfArg) asOf?: Date) {
    return arAging(ctx, asOf ?? today());
  }

  @Authorized("finance:read")
  @Query(() => [ArBucketTotal], {
    description: "Receivables per aging bucket as of a date (every bucket, empty ones too).",
  })
  arSummary(@Ctx() ctx: Context, @Arg("asOf", () => DateScalar, asOfArg) asOf?: Date) {
    return arSummary(ctx, asOf ?? today());
  }

  @Authorized("finance:read")
  @Query(() => [FinanceMargin], {
    description: "Margins of the periods overlapping from..to, oldest first.",
  })
  financeMargins(
    @Ctx() ctx: Context,
    @Arg("from", () => DateScalar, fromArg) from?: Date,
    @Arg("to", () => DateScalar, toArg) to?: Date,
  ) {
    return financeMargins(ctx, from, to);
  }

  @Authorized("finance:read")
  @Query(() => [FinanceMonth], {
    description:
      "Invoiced, collected and refunded per month within from..to (view v_finance_overview).",
  })
  financeOverview(
    @Ctx() ctx: Context,
    @Arg("from", () => DateScalar, fromArg) from?: Date,
    @Arg("to", () => DateScalar, toArg) to?: Date,
  ) {
    return financeOverview(ctx, from, to);
  }

  @Authorized("finance:write")
  @Mutation(() => FinanceAccount, { description: "Adds a ledger account." })
  createFinanceAccount(
    @Ctx() ctx: Context,
    @Arg("input", () => FinanceAccountInput) input: FinanceAccountInput,
  ) {
    return createFinanceAccount(ctx, input);
  }

  @Authorized("finance:write")
  @Mutation(() => Customer, { description: "Adds a customer, or makes a partner one." })
  createCustomer(@Ctx() ctx: Context, @Arg("input", () => CustomerInput) input: CustomerInput) {
    return createCustomer(ctx, input);
  }

  @Authorized("finance:write")
  @Mutation(() => FinanceTransaction, {
    description: "Records an invoice, or a payment or refund against one.",
  })
  recordTransaction(
    @Ctx() ctx: Context,
    @Arg("input", () => FinanceTransactionInput) input: FinanceTransactionInput,
  ) {
    return recordTransaction(ctx, input);
  }

  @Authorized("finance:write")
  @Mutation(() => FinanceMargin, {
    description: "Records (or replaces) a period's revenue and cost of goods sold.",
  })
  recordFinanceMargin(
    @Ctx() ctx: Context,
    @Arg("input", () => FinanceMarginInput) input: FinanceMarginInput,
  ) {
    return recordMargin(ctx, input);
  }

  @FieldResolver(() => FinanceAccount, { description: "The account it posts to." })
  account(@Root() t: FinanceTransaction, @Ctx() ctx: Context) {
    return ctx.loaders.get(financeAccountById).load(t.accountId);
  }

  @FieldResolver(() => Customer, { description: "Who it is with." })
  customer(@Root() t: FinanceTransaction, @Ctx() ctx: Context) {
    return ctx.loaders.get(customerById).load(t.customerId);
  }

  @FieldResolver(() => FinanceTransaction, {
    ...opt,
    description: "Payments and refunds: the invoice.",
  })
  invoice(@Root() t: FinanceTransaction, @Ctx() ctx: Context) {
    return t.invoiceId ? ctx.loaders.get(financeTransactionById).load(t.invoiceId) : null;
  }
}

@Resolver(() => Customer)
export class CustomerResolver {
  @FieldResolver(() => Partner, {
    ...opt,
    description: "The partner this customer is (null when none, or one you may not see).",
  })
  partner(@Root() c: Customer, @Ctx() ctx: Context) {
    return c.partnerId ? ctx.loaders.get(partnerById).load(c.partnerId) : null;
  }
}

@Resolver(() => FinanceMargin)
export class FinanceMarginResolver {
  @FieldResolver(() => DecimalScalar, { description: "Revenue less cost of goods sold." })
  grossMargin(@Root() m: FinanceMargin) {
    return new Prisma.Decimal(m.revenue as Prisma.Decimal).minus(
      m.costOfGoodsSold as Prisma.Decimal,
    );
  }

  @FieldResolver(() => Float, {
    ...opt,
    description: "Gross margin as a share of revenue, e.g. 0.42 (null without revenue).",
  })
  marginRate(@Root() m: FinanceMargin) {
    const revenue = new Prisma.Decimal(m.revenue as Prisma.Decimal);
    return revenue.isZero()
      ? null
      : Number(
          revenue
            .minus(m.costOfGoodsSold as Prisma.Decimal)
            .div(revenue)
            .toDecimalPlaces(4),
        );
  }
}
