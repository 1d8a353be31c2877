// Finance: accounts, customers (a partner becomes one), invoices with payments and refunds
// against them, margins per period; receivables aged as of any date (hub_ar_aging in SQL).
// Reads need finance:read, writes finance:write (the resolvers' @Authorized).
import { Prisma } from "../../generated/prisma/client";
import type { Context } from "../../graphql/context";
import { badInput } from "../../lib/errors";
import { requireRecord } from "../../graphql/records";
import { nonBlank } from "../../graphql/validation";
import { addDays, utcDay } from "../../lib/dates";
import { findPartner } from "../partners/partner.service";
import type {
  CustomerInput,
  FinanceAccountInput,
  FinanceMarginInput,
  FinanceTransactionInput,
} from "./finance.inputs";
import type {
  ArAgingRow,
  ArBucketTotal,
  Customer,
  FinanceAccount,
  FinanceMargin,
  FinanceMonth,
  FinanceTransaction,
} from "./finance.type";

const positive = (field: string, value: unknown, orZero = false) => {
  const d = new Prisma.Decimal(value as Prisma.Decimal);
  if (orZero ? d.isNegative() : d.lte(0))
    throw badInput(field, `Give an amount ${orZero ? "of 0 or more" : "above 0"}, e.g. "1250.00".`);
  return d;
};

export async function createFinanceAccount(
  ctx: Context,
  input: FinanceAccountInput,
): Promise<FinanceAccount> {
  const currency = (input.currency ?? "USD").trim().toUpperCase();
  const known =
    /^[A-Z]{3}$/.test(currency) &&
    (await ctx.prisma.currency.findFirst({
      where: { organizationId: ctx.organizationId, code: currency, isActive: true },
    }));
  if (!known)
    throw badInput(
      "input.currency",
      `"${input.currency}" is not one of the organization's currencies; use an ISO 4217 code from currencies, e.g. "USD" or "EUR".`,
    );
  return ctx.prisma.financeAccount.create({
    data: {
      organizationId: ctx.organizationId,
      code: nonBlank("input.code", input.code)!,
      name: nonBlank("input.name", input.name)!,
      accountType: input.accountType as never,
      currency,
    },
  }) as Promise<FinanceAccount>;
}

export async function createCustomer(ctx: Context, input: CustomerInput): Promise<Customer> {
  const partner = input.partnerId ? await findPartner(ctx, input.partnerId) : null;
  const name = nonBlank("input.name", input.name ?? partner?.brandName);
  if (!name)
    throw badInput("input.name", "Name the customer, or give partnerId to make a partner one.");
  const terms = input.paymentTermsDays ?? 30;
  if (!Number.isInteger(terms) || terms < 0 || terms > 365)
    throw badInput("input.paymentTermsDays", "Give payment terms of 0 to 365 days.");
  return ctx.prisma.customer.create({
    data: {
      organizationId: ctx.organizationId,
      partnerId: partner?.id ?? null,
      name,
      email: input.email ?? partner?.clientEmail ?? null,
      paymentTermsDays: terms,
    },
  }) as Promise<Customer>;
}

export async function recordTransaction(
  ctx: Context,
  input: FinanceTransactionInput,
): Promise<FinanceTransaction> {
  const account = await requireRecord(
    ctx,
    ctx.prisma.financeAccount,
    "FinanceAccount",
    input.accountId,
  );
  const amount = positive("input.amount", input.amount);
  const date = utcDay(input.transactionDate);
  if (input.transactionType === "invoice") {
    if (input.invoiceId)
      throw badInput(
        "input.invoiceId",
        "An invoice settles no other invoice; leave invoiceId out.",
      );
    if (!input.customerId)
      throw badInput("input.customerId", "Name the customer the invoice is for.");
    const customer = await requireRecord(ctx, ctx.prisma.customer, "Customer", input.customerId);
    const due = input.dueDate ? utcDay(input.dueDate) : addDays(date, customer.paymentTermsDays);
    if (due < date)
      throw badInput(
        "input.dueDate",
        "The due date comes before the invoice date; give one on or after it.",
      );
    return ctx.prisma.financeTransaction.create({
      data: {
        organizationId: ctx.organizationId,
        accountId: account.id,
        customerId: customer.id,
        transactionType: "invoice",
        amount,
        transactionDate: date,
        dueDate: due,
        description: input.description ?? null,
      },
    }) as Promise<FinanceTransaction>;
  }
  if (input.dueDate) throw badInput("input.dueDate", "Only invoices have a due date.");
  if (!input.invoiceId)
    throw badInput(
      "input.invoiceId",
      `A ${input.transactionType} is against an invoice; give its invoiceId.`,
    );
  const invoice = await requireRecord(
    ctx,
    ctx.prisma.financeTransaction,
    "Invoice",
    input.invoiceId,
    { transactionType: "invoice" },
  );
  if (input.customerId && input.customerId !== invoice.customerId)
    throw badInput(
      "input.customerId",
      "The invoice belongs to another customer; leave customerId out to use the invoice's.",
    );
  if (date < invoice.transactionDate)
    throw badInput(
      "input.transactionDate",
      "It is dated before the invoice; date it on or after the invoice date.",
    );
  return ctx.prisma.financeTransaction.create({
    data: {
      organizationId: ctx.organizationId,
      accountId: account.id,
      customerId: invoice.customerId,
      transactionType: input.transactionType as never,
      amount,
      transactionDate: date,
      invoiceId: invoice.id,
      description: input.description ?? null,
    },
  }) as Promise<FinanceTransaction>;
}

export async function recordMargin(
  ctx: Context,
  input: FinanceMarginInput,
): Promise<FinanceMargin> {
  const periodStart = utcDay(input.periodStart);
  const periodEnd = utcDay(input.periodEnd);
  if (periodEnd < periodStart)
    throw badInput("input.periodEnd", "The period ends before it starts.");
  const figures = {
    revenue: positive("input.revenue", input.revenue, true),
    costOfGoodsSold: positive("input.costOfGoodsSold", input.costOfGoodsSold, true),
  };
  return ctx.prisma.financeMargin.upsert({
    where: {
      organizationId_periodStart_periodEnd: {
        organizationId: ctx.organizationId,
        periodStart,
        periodEnd,
      },
    },
    create: { organizationId: ctx.organizationId, periodStart, periodEnd, ...figures },
    update: figures,
  }) as Promise<FinanceMargin>;
}

export const financeAccounts = (ctx: Context) =>
  ctx.prisma.financeAccount.findMany({
    where: { organizationId: ctx.organizationId },
    orderBy: { code: "asc" },
  }) as Promise<FinanceAccount[]>;

export const customers = (ctx: Context) =>
  ctx.prisma.customer.findMany({
    where: { organizationId: ctx.organizationId },
    orderBy: { name: "asc" },
  }) as Promise<Customer[]>;

export const financeMargins = (ctx: Context, from?: Date, to?: Date) =>
  ctx.prisma.financeMargin.findMany({
    where: {
      organizationId: ctx.organizationId,
      ...(from ? { periodEnd: { gte: utcDay(from) } } : {}),
      ...(to ? { periodStart: { lte: utcDay(to) } } : {}),
    },
    orderBy: { periodStart: "asc" },
  }) as Promise<FinanceMargin[]>;

export const arAging = (ctx: Context, asOf: Date) => ctx.prisma.$queryRaw<ArAgingRow[]>`
  SELECT a."invoice_id" AS "invoiceId", a."customer_id" AS "customerId", c."name" AS "customerName", a."invoice_date" AS "invoiceDate",
         a."due_date" AS "dueDate", a."invoiced", a."amount_due" AS "amountDue", a."days_past_due" AS "daysPastDue", a."bucket"
  FROM "hub_ar_aging"(${utcDay(asOf)}::date) a JOIN "customers" c ON c."id" = a."customer_id"
  WHERE a."organization_id" = ${ctx.organizationId}::uuid ORDER BY a."days_past_due" DESC, c."name"`;

const BUCKETS = ["current", "days_31_60", "days_61_90", "over_90"];

/** Every bucket, empty ones too, so charts keep their axis. */
export async function arSummary(ctx: Context, asOf: Date): Promise<ArBucketTotal[]> {
  const rows = await ctx.prisma.$queryRaw<
    { bucket: string; invoices: number; amountDue: Prisma.Decimal }[]
  >`
    SELECT "bucket", count(*)::int AS "invoices", sum("amount_due") AS "amountDue"
    FROM "hub_ar_aging"(${utcDay(asOf)}::date) WHERE "organization_id" = ${ctx.organizationId}::uuid GROUP BY "bucket"`;
  return BUCKETS.map(
    (bucket) =>
      rows.find((r) => r.bucket === bucket) ?? {
        bucket,
        invoices: 0,
        amountDue: new Prisma.Decimal(0),
      },
  );
}

export const financeOverview = (ctx: Context, from?: Date, to?: Date) => ctx.prisma.$queryRaw<
  FinanceMonth[]
>`
  SELECT "month", "invoiced", "collected", "refunded", "net_collected" AS "netCollected" FROM "v_finance_overview"
  WHERE "organization_id" = ${ctx.organizationId}::uuid
    AND (${from ? utcDay(from) : null}::date IS NULL OR "month" >= date_trunc('month', ${from ? utcDay(from) : null}::date))
    AND (${to ? utcDay(to) : null}::date IS NULL OR "month" <= ${to ? utcDay(to) : null}::date)
  ORDER BY "month"`;
