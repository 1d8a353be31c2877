import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar, DecimalScalar } from "../../graphql/scalars";
import { FinanceAccountType, FinanceTransactionType } from "./finance.type";

const opt = { nullable: true };

@InputType({ description: "A new ledger account." })
export class FinanceAccountInput {
  @Field(() => String, { description: 'Unique code, e.g. "4000".' }) code!: string;
  @Field(() => String, { description: "Its name." }) name!: string;
  @Field(() => FinanceAccountType, { description: "What it holds." }) accountType!: string;
  @Field(() => String, { ...opt, description: 'ISO 4217 code, default "USD".' }) currency?: string;
}

@InputType({
  description:
    "A new customer: name one, or give partnerId to make a partner a customer (its brand name by default).",
})
export class CustomerInput {
  @Field(() => String, { ...opt, description: "Its name (default: the partner's brand name)." })
  name?: string;
  @Field(() => ID, { ...opt, description: "The partner it is." }) partnerId?: string;
  @Field(() => String, {
    ...opt,
    description: "Where invoices go (default: the partner's client email).",
  })
  email?: string;
  @Field(() => Int, { ...opt, description: "Default days to pay, 0–365 (default 30)." })
  paymentTermsDays?: number;
}

@InputType({
  description:
    "An invoice (dueDate defaults to the customer's terms), or a payment or refund against an invoice (invoiceId).",
})
export class FinanceTransactionInput {
  @Field(() => FinanceTransactionType, { description: "INVOICE, PAYMENT or REFUND." })
  transactionType!: string;
  @Field(() => ID, { description: "The account it posts to." }) accountId!: string;
  @Field(() => ID, {
    ...opt,
    description: "The customer (payments and refunds: default the invoice's).",
  })
  customerId?: string;
  @Field(() => DecimalScalar, { description: 'The amount, above 0, e.g. "1250.00".' })
  amount!: unknown;
  @Field(() => DateScalar, { description: "When it happened." }) transactionDate!: Date;
  @Field(() => DateScalar, { ...opt, description: "Invoices only: when it is due." })
  dueDate?: Date;
  @Field(() => ID, { ...opt, description: "Payments and refunds: the invoice." })
  invoiceId?: string;
  @Field(() => String, { ...opt, description: "What it is for." }) description?: string;
}

@InputType({
  description: "Revenue and cost of goods sold for a period (replaces the period's figures).",
})
export class FinanceMarginInput {
  @Field(() => DateScalar, { description: "First day." }) periodStart!: Date;
  @Field(() => DateScalar, { description: "Last day." }) periodEnd!: Date;
  @Field(() => DecimalScalar, { description: "Revenue, 0 or more." }) revenue!: unknown;
  @Field(() => DecimalScalar, { description: "Cost of goods sold, 0 or more." })
  costOfGoodsSold!: unknown;
}
