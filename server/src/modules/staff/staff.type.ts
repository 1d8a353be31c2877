import { Field, ID, Int, ObjectType } from "type-graphql";
import {
  Department as DbDepartment,
  StaffRole as DbStaffRole,
  StaffStatus as DbStaffStatus,
} from "../../generated/prisma/enums";
import { gqlEnum } from "../../graphql/enums";
import { DateScalar, DateTimeScalar, JSONScalar } from "../../graphql/scalars";
import { connectionType } from "../../graphql/connection";
import {
  DateFilter,
  DateTimeFilter,
  IDFilter,
  IntFilter,
  StringFilter,
  entityFilter,
  enumFilter,
} from "../../graphql/filters";
import { entityOrder } from "../../graphql/ordering";

export const StaffRole = gqlEnum(DbStaffRole, "StaffRole", "A staff member's role.", {
  admin: "Administers the hub; sees everything.",
  pod_leader: "Leads a pod; sees the partners they are assigned to.",
  brand_manager: "Manages brands day to day.",
  ppc_manager: "Runs advertising.",
  conversion_strategist: "Improves listings and conversion.",
  graphic_designer: "Designs listing and brand images.",
  sales_executive: "Wins new partners.",
  operations: "Runs agency operations.",
  finance: "Billing and finance.",
  marketing: "Markets the agency.",
  analyst: "Reads and analyzes the data.",
});
export const StaffStatus = gqlEnum(
  DbStaffStatus,
  "StaffStatus",
  "Where a staff member is in their time with us.",
  {
    onboarding: "Joining; not yet at full capacity.",
    active: "Working normally.",
    on_leave: "Away for a long period.",
    offboarding: "Leaving; handing over partners.",
    departed: "Has left; history stays.",
  },
);
export const Department = gqlEnum(
  DbDepartment,
  "Department",
  "The department a staff member belongs to.",
  {
    ppc: "Advertising.",
    content_conversion: "Content and conversion.",
    sales: "Sales.",
    operations: "Operations.",
    finance: "Finance.",
    marketing: "Marketing.",
  },
);
export const SERVICES = ["ppc", "cc", "fam", "pli", "tiktok"] as const;
export const Service = gqlEnum(SERVICES, "Service", "A service a pod leader handles.", {
  ppc: "Pay-per-click advertising.",
  cc: "Content and conversion.",
  fam: "Full account management.",
  pli: "Product listing improvements.",
  tiktok: "TikTok Shop.",
});

const opt = { nullable: true };

@ObjectType({ description: "A member of the team. The source of truth for staff data." })
export class Staff {
  @Field(() => ID) id!: string;
  @Field(() => String, {
    description: 'Generated code such as "ST-0001", unique in the organization.',
  })
  staffCode!: string;
  @Field(() => String, { description: 'Full name, e.g. "Priya Natarajan".' }) fullName!: string;
  @Field(() => String, {
    description: "Google sign-in email, lower case; unique in the organization.",
  })
  email!: string;
  @Field(() => String, { ...opt, description: "Phone number as written." }) phone!: string | null;
  @Field(() => String, { ...opt, description: 'Slack member id, e.g. "U024BE7LH".' }) slackId!:
    string | null;
  @Field(() => StaffRole, { description: "Their role, which decides what they may see and do." })
  role!: string;
  @Field(() => Department, { ...opt, description: "The department they belong to." }) department!:
    string | null;
  @Field(() => String, { ...opt, description: "Official job title." }) title!: string | null;
  @Field(() => StaffStatus, { description: "Where they are in their time with us, e.g. ACTIVE." })
  status!: string;
  @Field(() => Int, { ...opt, description: "How many partners this person can carry." })
  maxClients!: number | null;
  @Field(() => Int, {
    description: "Partners with an active assignment to this person (kept by the database).",
  })
  currentClientCount!: number;
  @Field(() => [Service], { description: "The services they handle, e.g. [PPC, CC]." })
  services!: string[];
  @Field(() => DateScalar, { ...opt, description: "First day with us." }) hireDate!: Date | null;
  @Field(() => DateScalar, { ...opt, description: "When probation ends." })
  probationEndDate!: Date | null;
  @Field(() => DateScalar, { ...opt, description: "Their last day; set when they depart." })
  departureDate!: Date | null;
  @Field(() => String, { ...opt, description: "Link to their personal dashboard." }) dashboardUrl!:
    string | null;
  @Field(() => String, { ...opt, description: "Link to book time with them." }) calendlyUrl!:
    string | null;
  @Field(() => JSONScalar, { description: "Raw values from every external source." })
  sourceData!: unknown;
  @Field(() => DateTimeScalar, { ...opt, description: "When archived; null while live." })
  deletedAt!: Date | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
  organizationId!: string;
}

export const StaffConnection = connectionType(Staff, "Staff");

export const staffFilter = entityFilter("Staff", {
  id: { type: IDFilter },
  staffCode: { type: StringFilter },
  fullName: { type: StringFilter },
  email: { type: StringFilter },
  role: { type: enumFilter(StaffRole, "StaffRole") },
  status: { type: enumFilter(StaffStatus, "StaffStatus") },
  department: { type: enumFilter(Department, "Department") },
  title: { type: StringFilter },
  maxClients: { type: IntFilter },
  currentClientCount: { type: IntFilter },
  hireDate: { type: DateFilter },
  departureDate: { type: DateFilter },
  createdAt: { type: DateTimeFilter },
  updatedAt: { type: DateTimeFilter },
});

export const staffOrder = entityOrder(
  "Staff",
  {
    fullName: {},
    staffCode: {},
    email: {},
    role: { enum: StaffRole },
    status: { enum: StaffStatus },
    department: { enum: Department, nullable: true },
    maxClients: { nullable: true },
    currentClientCount: {},
    hireDate: { nullable: true },
    createdAt: {},
    updatedAt: {},
  },
  [{ name: "fullName", direction: "asc" }],
);
