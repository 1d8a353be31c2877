import { Field, InputType, Int } from "type-graphql";
import { DateScalar } from "../../graphql/scalars";
import { Department, Service, StaffRole, StaffStatus } from "./staff.type";

const opt = { nullable: true };

@InputType({ description: "A new staff member. staffCode is generated (ST-0001…) unless given." })
export class CreateStaffInput {
  @Field(() => String) fullName!: string;
  @Field(() => String) email!: string;
  @Field(() => StaffRole) role!: string;
  @Field(() => String, opt) staffCode?: string;
  @Field(() => String, opt) phone?: string;
  @Field(() => String, opt) slackId?: string;
  @Field(() => Department, opt) department?: string;
  @Field(() => String, opt) title?: string;
  @Field(() => StaffStatus, opt) status?: string;
  @Field(() => Int, opt) maxClients?: number;
  @Field(() => [Service], opt) services?: string[];
  @Field(() => DateScalar, opt) hireDate?: Date;
  @Field(() => DateScalar, opt) probationEndDate?: Date;
  @Field(() => DateScalar, opt) departureDate?: Date;
  @Field(() => String, opt) dashboardUrl?: string;
  @Field(() => String, opt) calendlyUrl?: string;
}

@InputType({ description: "Changes to a staff member; omitted fields stay, null clears." })
export class UpdateStaffInput {
  @Field(() => String, opt) fullName?: string;
  @Field(() => String, opt) email?: string;
  @Field(() => StaffRole, opt) role?: string;
  @Field(() => String, opt) phone?: string | null;
  @Field(() => String, opt) slackId?: string | null;
  @Field(() => Department, opt) department?: string | null;
  @Field(() => String, opt) title?: string | null;
  @Field(() => StaffStatus, opt) status?: string;
  @Field(() => Int, opt) maxClients?: number | null;
  @Field(() => [Service], opt) services?: string[];
  @Field(() => DateScalar, opt) hireDate?: Date | null;
  @Field(() => DateScalar, opt) probationEndDate?: Date | null;
  @Field(() => DateScalar, opt) departureDate?: Date | null;
  @Field(() => String, opt) dashboardUrl?: string | null;
  @Field(() => String, opt) calendlyUrl?: string | null;
}
