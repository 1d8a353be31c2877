import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar, DecimalScalar, JSONScalar } from "../../graphql/scalars";

const opt = { nullable: true };

@InputType({
  description: "A new opportunity; it starts in the first pipeline stage unless stage is given.",
})
export class CreateOpportunityInput {
  @Field(() => ID) partnerId!: string;
  @Field(() => String) customerName!: string;
  @Field(() => DecimalScalar) dealValue!: { toNumber(): number };
  @Field(() => DateScalar) expectedCloseDate!: Date;
  @Field(() => ID, opt) assignedStaffId?: string;
  @Field(() => JSONScalar, opt) customerContact?: unknown;
  @Field(() => String, { ...opt, description: "ISO 4217 code; default USD." }) currency?: string;
  @Field(() => String, { ...opt, description: "An open stage key; default the first open stage." })
  stage?: string;
  @Field(() => String, opt) notes?: string;
}

@InputType({ description: "Changes to an opportunity; stages move with moveOpportunityStage." })
export class UpdateOpportunityInput {
  @Field(() => String, opt) customerName?: string;
  @Field(() => DecimalScalar, opt) dealValue?: { toNumber(): number };
  @Field(() => DateScalar, opt) expectedCloseDate?: Date;
  @Field(() => ID, opt) assignedStaffId?: string | null;
  @Field(() => JSONScalar, opt) customerContact?: unknown;
  @Field(() => String, opt) currency?: string;
  @Field(() => Int, {
    ...opt,
    description: "Overrides the stage's probability until the next move.",
  })
  probability?: number;
  @Field(() => String, opt) notes?: string | null;
  @Field(() => JSONScalar, { ...opt, description: "A list of { name, url }." })
  attachments?: unknown;
}
