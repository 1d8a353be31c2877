import { Field, ID, InputType } from "type-graphql";
import { DateScalar, JSONScalar } from "../../graphql/scalars";
import { PartnerStatus } from "../partners/partner.type";

@InputType({
  description: "One partner's status for one week; recording again for the same week replaces it.",
})
export class RecordWeeklyStatusInput {
  @Field(() => ID) partnerId!: string;
  @Field(() => DateScalar, { description: "Any day of the week; stored as that week's Monday." })
  week!: Date;
  @Field(() => PartnerStatus) status!: string;
  @Field(() => String, { nullable: true }) notes?: string | null;
  @Field(() => Boolean, { nullable: true }) happyClient?: boolean | null;
  @Field(() => JSONScalar, { nullable: true }) metrics?: unknown;
}
