import { Field, InputType } from "type-graphql";
import { ContactType } from "./contact.type";

const opt = { nullable: true };

@InputType({ description: "A new external contact." })
export class CreateExternalContactInput {
  @Field(() => String) name!: string;
  @Field(() => ContactType) type!: string;
  @Field(() => String, opt) company?: string;
  @Field(() => String, opt) email?: string;
  @Field(() => String, opt) phone?: string;
  @Field(() => String, opt) linkedinUrl?: string;
  @Field(() => String, opt) notes?: string;
  @Field(() => [String], opt) tags?: string[];
}

@InputType({ description: "Changes to a contact; omitted fields stay, null clears." })
export class UpdateExternalContactInput {
  @Field(() => String, opt) name?: string;
  @Field(() => ContactType, opt) type?: string;
  @Field(() => String, opt) company?: string | null;
  @Field(() => String, opt) email?: string | null;
  @Field(() => String, opt) phone?: string | null;
  @Field(() => String, opt) linkedinUrl?: string | null;
  @Field(() => String, opt) notes?: string | null;
  @Field(() => [String], opt) tags?: string[];
}
