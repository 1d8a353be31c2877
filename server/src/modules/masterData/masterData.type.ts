import { Field, ID, Int, ObjectType } from "type-graphql";
import { gqlEnum } from "../../graphql/enums";

const opt = { nullable: true };

export const ReferenceList = gqlEnum(
  ["country", "currency", "expense_category"] as const,
  "ReferenceList",
  "A master-data list.",
  {
    country: "Countries (ISO 3166-1 alpha-2 codes).",
    currency: "Currencies (ISO 4217 codes).",
    expense_category: "Expense categories.",
  },
);

@ObjectType({ description: "A country (ISO 3166-1)." })
export class Country {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Alpha-2 code, e.g. "DE".' }) code!: string;
  @Field(() => String, { description: 'Its name, e.g. "Germany".' }) name!: string;
  @Field(() => Boolean, { description: "False when the organization retired it." })
  isActive!: boolean;
}

@ObjectType({ description: "A currency (ISO 4217)." })
export class Currency {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Its code, e.g. "EUR".' }) code!: string;
  @Field(() => String, { description: 'Its name, e.g. "Euro".' }) name!: string;
  @Field(() => String, { ...opt, description: 'Its symbol, e.g. "€".' }) symbol!: string | null;
  @Field(() => Int, { description: "Digits after the decimal point (JPY 0, KWD 3)." })
  minorUnits!: number;
  @Field(() => Boolean, { description: "False when the organization retired it." })
  isActive!: boolean;
}

@ObjectType({ description: "A category to file expenses under." })
export class ExpenseCategory {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Its code, e.g. "advertising".' }) code!: string;
  @Field(() => String, { description: "Its name." }) name!: string;
  @Field(() => Boolean, { description: "False when retired." }) isActive!: boolean;
}
