// What a source may write: target tables, their fields with kinds, and how a row finds
// its record (the natural key). Names are the seed's tables and columns, so the apply
// step can write them with set-based SQL.
import {
  AsinStatus,
  AssignmentRole,
  Department,
  PartnerStatus,
  PartnerTier,
  StaffRole,
  StaffStatus,
} from "../generated/prisma/enums";

export type RefEntity = "partner" | "staff";

export type FieldKind =
  | { type: "text" }
  | { type: "email" }
  | { type: "asin" }
  | { type: "int" }
  | { type: "decimal" }
  | { type: "date" }
  | { type: "boolean" }
  | { type: "enum"; values: string[]; dbType: string }
  /** A reference to another record, found by a lookup (partner by code or brand, staff by email or name). */
  | { type: "ref"; entity: RefEntity };

export type PipelineEntity = "partner" | "staff" | "asin" | "assignment";

/** Partner codes and staff emails by id, so keys of records that point at others read well. */
export interface KeyNames {
  partnerCode(id: string): string;
  staffEmail(id: string): string;
}

type Values = Record<string, unknown>;

export interface TargetTable {
  table: string;
  entityType: PipelineEntity;
  /** The Prisma delegate of the table. */
  model: "partner" | "staff" | "asin" | "partnerAssignment";
  fields: Record<string, FieldKind>;
  /** A mapping of the table must fill one field of each group, so rows can be matched. */
  keyFields: string[][];
  /** What a new record needs. */
  required: string[];
  /** The row's natural key, from its transformed values (null when it has none). */
  keyOf(values: Values, names: KeyNames): string | null;
  /** Every key a stored record answers to (partners: code and brand). */
  keysOf(record: Values, names: KeyNames): string[];
  /** How a delete (a reverted create) ends the record: soft delete, or an assignment's end. */
  endColumn: "deleted_at" | "unassigned_at";
  /** A code the database generates when a new record has none (code_sequences kind and prefix). */
  generatedCode?: { field: string; kind: string; prefix: string };
}

const text = { type: "text" } as const;
const date = { type: "date" } as const;
const decimal = { type: "decimal" } as const;
const int = { type: "int" } as const;
const bool = { type: "boolean" } as const;
const email = { type: "email" } as const;
const asin = { type: "asin" } as const;
const enumOf = (values: Record<string, string>, dbType: string) => ({
  type: "enum" as const,
  values: Object.values(values),
  dbType,
});

/** Brand names match case- and space-insensitively. */
export const brandKey = (brand: string) => brand.trim().toLowerCase().replace(/\s+/g, " ");

const str = (v: unknown) => (typeof v === "string" && v ? v : null);

export const TARGET_TABLES: Record<string, TargetTable> = {
  partners: {
    table: "partners",
    entityType: "partner",
    model: "partner",
    endColumn: "deleted_at",
    generatedCode: { field: "partner_code", kind: "partner", prefix: "SO" },
    fields: {
      partner_code: text,
      brand_name: text,
      client_name: text,
      client_email: email,
      client_phone: text,
      status: enumOf(PartnerStatus, "partner_status"),
      tier: enumOf(PartnerTier, "partner_tier"),
      base_fee: decimal,
      commission_rate: decimal,
      billing_day: int,
      onboarding_date: date,
      contract_start_date: date,
      contract_end_date: date,
      churned_date: date,
      notes: text,
    },
    keyFields: [["partner_code", "brand_name"]],
    required: ["brand_name"],
    keyOf: (v) =>
      str(v.partner_code)?.toUpperCase() ??
      (str(v.brand_name) ? brandKey(str(v.brand_name)!) : null),
    keysOf: (r) => [String(r.partnerCode), brandKey(String(r.brandName))],
  },
  staff: {
    table: "staff",
    entityType: "staff",
    model: "staff",
    endColumn: "deleted_at",
    generatedCode: { field: "staff_code", kind: "staff", prefix: "ST" },
    fields: {
      email,
      full_name: text,
      phone: text,
      slack_id: text,
      role: enumOf(StaffRole, "staff_role"),
      department: enumOf(Department, "department"),
      title: text,
      status: enumOf(StaffStatus, "staff_status"),
      max_clients: int,
      hire_date: date,
      probation_end_date: date,
      departure_date: date,
      dashboard_url: text,
      calendly_url: text,
    },
    keyFields: [["email"]],
    required: ["email", "full_name", "role"],
    keyOf: (v) => str(v.email),
    keysOf: (r) => [String(r.email)],
  },
  asins: {
    table: "asins",
    entityType: "asin",
    model: "asin",
    endColumn: "deleted_at",
    fields: {
      partner_id: { type: "ref", entity: "partner" },
      asin_code: asin,
      parent_asin: asin,
      is_parent: bool,
      title: text,
      sku: text,
      category: text,
      status: enumOf(AsinStatus, "asin_status"),
      cogs: decimal,
      price: decimal,
    },
    keyFields: [["partner_id"], ["asin_code"]],
    required: ["partner_id", "asin_code"],
    keyOf: (v, n) =>
      str(v.partner_id) && str(v.asin_code)
        ? `${n.partnerCode(String(v.partner_id))}/${String(v.asin_code).toUpperCase()}`
        : null,
    keysOf: (r, n) => [`${n.partnerCode(String(r.partnerId))}/${String(r.asinCode)}`],
  },
  partner_assignments: {
    table: "partner_assignments",
    entityType: "assignment",
    model: "partnerAssignment",
    endColumn: "unassigned_at",
    fields: {
      partner_id: { type: "ref", entity: "partner" },
      staff_id: { type: "ref", entity: "staff" },
      assignment_role: enumOf(AssignmentRole, "assignment_role"),
      is_primary: bool,
      notes: text,
    },
    keyFields: [["partner_id"], ["staff_id"], ["assignment_role"]],
    required: ["partner_id", "staff_id", "assignment_role"],
    keyOf: (v, n) =>
      str(v.partner_id) && str(v.staff_id) && str(v.assignment_role)
        ? `${n.partnerCode(String(v.partner_id))}/${n.staffEmail(String(v.staff_id))}/${String(v.assignment_role)}`
        : null,
    keysOf: (r, n) => [
      `${n.partnerCode(String(r.partnerId))}/${n.staffEmail(String(r.staffId))}/${String(r.assignmentRole)}`,
    ],
  },
};

export const targetOfEntity = (entityType: string): TargetTable => {
  const found = Object.values(TARGET_TABLES).find((t) => t.entityType === entityType);
  if (!found) throw new Error(`no pipeline target for entity ${entityType}`);
  return found;
};

/** Values a row must carry to be matched, in words for an error message. */
export const keyDescription = (t: TargetTable) =>
  t.keyFields.map((g) => g.join(" or ")).join(" and ");
