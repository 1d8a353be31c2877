import { Field, ID, Int, ObjectType } from "type-graphql";
import {
  FinanceAccountType as DbAccountType,
  FinanceTransactionType as DbTransactionType,
} from "../../generated/prisma/enums";
import { gqlEnum } from "../../graphql/enums";
import { DateScalar, DateTimeScalar, DecimalScalar } from "../../graphql/scalars";
import { connectionType } from "../../graphql/connection";
import {
  DateFilter,
  DecimalFilter,
  IDFilter,
  StringFilter,
  entityFilter,
  enumFilter,
} from "../../graphql/filters";
import { entityOrder } from "../../graphql/ordering";

const opt = { nullable: true };

export const FinanceAccountType = gqlEnum(
  DbAccountType,
  "FinanceAccountType",
  "What an account holds.",
  {
    asset: "What we own or are owed (bank, receivables).",
    liability: "What we owe.",
    revenue: "Income (fees, commissions).",
    expense: "Costs.",
  },
);
export const FinanceTransactionType = gqlEnum(
  DbTransactionType,
  "FinanceTransactionType",
  "What a transaction is.",
  {
    invoice: "Money a customer owes by its due date.",
    payment: "Money received against an invoice.",
    refund: "Money returned against an invoice (it is owed again).",
  },
);
export const ArBucket = gqlEnum(
  ["current", "days_31_60", "days_61_90", "over_90"] as const,
  "ArBucket",
  "How late an open invoice is, in days past its due date.",
  {
    current: "Not yet due, or up to 30 days late.",
    days_31_60: "31 to 60 days late.",
    days_61_90: "61 to 90 days late.",
    over_90: "More than 90 days late.",
  },
);

@ObjectType({ description: "A ledger account, e.g. 4000 Management fees." })
export class FinanceAccount {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Its code, e.g. "4000".' }) code!: string;
  @Field(() => String, { description: 'Its name, e.g. "Management fees".' }) name!: string;
  @Field(() => FinanceAccountType, { description: "What it holds." }) accountType!: string;
  @Field(() => String, { description: 'ISO 4217 currency, e.g. "USD".' }) currency!: string;
  @Field(() => Boolean, { description: "False when retired." }) isActive!: boolean;
  @Field(() => DateTimeScalar) createdAt!: Date;
}

@ObjectType({ description: "Someone we invoice; a partner is one (Customer.partner)." })
export class Customer {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "Its name on invoices." }) name!: string;
  @Field(() => String, { ...opt, description: "Where invoices go." }) email!: string | null;
  @Field(() => Int, { description: "Days from invoice to due date by default, e.g. 30." })
  paymentTermsDays!: number;
  @Field(() => DateTimeScalar) createdAt!: Date;
  partnerId!: string | null;
}

@ObjectType({ description: "An invoice, or a payment or refund against one." })
export class FinanceTransaction {
  @Field(() => ID) id!: string;
  @Field(() => FinanceTransactionType, { description: "INVOICE, PAYMENT or REFUND." })
  transactionType!: string;
  @Field(() => DecimalScalar, { description: 'The amount, above 0, e.g. "1250.00".' })
  amount!: unknown;
  @Field(() => DateScalar, { description: "When it happened." }) transactionDate!: Date;
  @Field(() => DateScalar, { ...opt, description: "Invoices: when payment is due." })
  dueDate!: Date | null;
  @Field(() => String, { ...opt, description: "What it is for." }) description!: string | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  accountId!: string;
  customerId!: string;
  invoiceId!: string | null;
}

@ObjectType({
  description: "An open invoice as of a date, with what is still due and how late it is.",
})
export class ArAgingRow {
  @Field(() => ID, { description: "The invoice's id." }) invoiceId!: string;
  @Field(() => ID, { description: "The customer's id." }) customerId!: string;
  @Field(() => String, { description: "The customer's name." }) customerName!: string;
  @Field(() => DateScalar, { description: "When it was invoiced." }) invoiceDate!: Date;
  @Field(() => DateScalar, { description: "When it was due." }) dueDate!: Date;
  @Field(() => DecimalScalar, { description: "What was invoiced." }) invoiced!: unknown;
  @Field(() => DecimalScalar, { description: "What is still owed as of the date." })
  amountDue!: unknown;
  @Field(() => Int, { description: "Days past the due date (negative: not yet due)." })
  daysPastDue!: number;
  @Field(() => ArBucket, { description: "Its aging bucket." }) bucket!: string;
}

@ObjectType({ description: "Receivables in one aging bucket." })
export class ArBucketTotal {
  @Field(() => ArBucket, { description: "The bucket." }) bucket!: string;
  @Field(() => Int, { description: "Open invoices in it." }) invoices!: number;
  @Field(() => DecimalScalar, { description: "What they still owe." }) amountDue!: unknown;
}

@ObjectType({ description: "Revenue, cost of goods sold and gross margin for a period." })
export class FinanceMargin {
  @Field(() => ID) id!: string;
  @Field(() => DateScalar, { description: "First day of the period." }) periodStart!: Date;
  @Field(() => DateScalar, { description: "Last day of the period." }) periodEnd!: Date;
  @Field(() => DecimalScalar, { description: "Revenue of the period." }) revenue!: unknown;
  @Field(() => DecimalScalar, { description: "Cost of goods sold in the period." })
  costOfGoodsSold!: unknown;
}

@ObjectType({ description: "A month of money in and out (view v_finance_overview)." })
export class FinanceMonth {
  @Field(() => DateScalar, { description: "The month's first day." }) month!: Date;
  @Field(() => DecimalScalar, { description: "Invoiced in the month." }) invoiced!: unknown;
  @Field(() => DecimalScalar, { description: "Payments received." }) collected!: unknown;
  @Field(() => DecimalScalar, { description: "Refunds paid out." }) refunded!: unknown;
  @Field(() => DecimalScalar, { description: "Collected less refunded." }) netCollected!: unknown;
}

export const FinanceTransactionConnection = connectionType(
  FinanceTransaction,
  "FinanceTransaction",
);

export const financeTransactionFilter = entityFilter("FinanceTransaction", {
  id: { type: IDFilter },
  accountId: { type: IDFilter, description: "The account's id." },
  customerId: { type: IDFilter, description: "The customer's id." },
  invoiceId: { type: IDFilter, description: "The invoice a payment or refund is against." },
  transactionType: { type: enumFilter(FinanceTransactionType, "FinanceTransactionType") },
  amount: { type: DecimalFilter },
  transactionDate: { type: DateFilter },
  dueDate: { type: DateFilter },
  description: { type: StringFilter },
});
export const financeTransactionOrder = entityOrder(
  "FinanceTransaction",
  { transactionDate: {}, amount: {}, dueDate: { nullable: true } },
  [{ name: "transactionDate", direction: "desc" }],
);
