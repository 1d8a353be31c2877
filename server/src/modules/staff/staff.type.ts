import { Field, ID, Int, ObjectType } from "type-graphql";
import { Department as DbDepartment, StaffRole as DbStaffRole, StaffStatus as DbStaffStatus } from "../../generated/prisma/enums";
import { gqlEnum } from "../../graphql/enums";
import { DateScalar, DateTimeScalar, JSONScalar } from "../../graphql/scalars";
import { connectionType } from "../../graphql/connection";
import { DateFilter, DateTimeFilter, IDFilter, IntFilter, StringFilter, entityFilter, enumFilter } from "../../graphql/filters";
import { entityOrder } from "../../graphql/ordering";

export const StaffRole = gqlEnum(DbStaffRole, "StaffRole", "A staff member's role.");
export const StaffStatus = gqlEnum(DbStaffStatus, "StaffStatus", "Where a staff member is in their time with us.");
export const Department = gqlEnum(DbDepartment, "Department", "The department a staff member belongs to.");
export const SERVICES = ["ppc", "cc", "fam", "pli", "tiktok"] as const;
export const Service = gqlEnum(SERVICES, "Service", "A service a pod leader handles.");

const opt = { nullable: true };

@ObjectType({ description: "A member of the team. The source of truth for staff data." })
export class Staff {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Generated code such as "ST-0001", unique in the organization.' }) staffCode!: string;
  @Field(() => String) fullName!: string;
  @Field(() => String, { description: "Google sign-in email, lower case; unique in the organization." }) email!: string;
  @Field(() => String, opt) phone!: string | null;
  @Field(() => String, opt) slackId!: string | null;
  @Field(() => StaffRole) role!: string;
  @Field(() => Department, opt) department!: string | null;
  @Field(() => String, { ...opt, description: "Official job title." }) title!: string | null;
  @Field(() => StaffStatus) status!: string;
  @Field(() => Int, { ...opt, description: "How many partners this person can carry." }) maxClients!: number | null;
  @Field(() => Int, { description: "Partners with an active assignment to this person (kept by the database)." }) currentClientCount!: number;
  @Field(() => [Service]) services!: string[];
  @Field(() => DateScalar, opt) hireDate!: Date | null;
  @Field(() => DateScalar, opt) probationEndDate!: Date | null;
  @Field(() => DateScalar, opt) departureDate!: Date | null;
  @Field(() => String, opt) dashboardUrl!: string | null;
  @Field(() => String, opt) calendlyUrl!: string | null;
  @Field(() => JSONScalar, { description: "Raw values from every external source." }) sourceData!: unknown;
  @Field(() => DateTimeScalar, { ...opt, description: "When archived; null while live." }) deletedAt!: Date | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
  organizationId!: string;
}

export const StaffConnection = connectionType(Staff, "Staff");

export const staffFilter = entityFilter("Staff", {
  id: { type: IDFilter }, staffCode: { type: StringFilter }, fullName: { type: StringFilter }, email: { type: StringFilter },
  role: { type: enumFilter(StaffRole, "StaffRole") }, status: { type: enumFilter(StaffStatus, "StaffStatus") },
  department: { type: enumFilter(Department, "Department") }, title: { type: StringFilter },
  maxClients: { type: IntFilter }, currentClientCount: { type: IntFilter }, hireDate: { type: DateFilter },
  departureDate: { type: DateFilter }, createdAt: { type: DateTimeFilter }, updatedAt: { type: DateTimeFilter },
});

export const staffOrder = entityOrder("Staff", {
  fullName: {}, staffCode: {}, email: {}, role: { enum: StaffRole }, status: { enum: StaffStatus },
  department: { enum: Department, nullable: true }, maxClients: { nullable: true }, currentClientCount: {},
  hireDate: { nullable: true }, createdAt: {}, updatedAt: {},
}, [{ name: "fullName", direction: "asc" }]);
