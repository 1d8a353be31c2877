// What a source may write: target tables, their fields with kinds, and how a row finds
// its record (the natural key). Names are the seed's tables and columns.
import { PartnerStatus, PartnerTier } from "../generated/prisma/enums";

export type FieldKind =
  | { type: "text" } | { type: "email" } | { type: "int" } | { type: "decimal" } | { type: "date" }
  | { type: "enum"; values: string[] };

const text = { type: "text" } as const;
const date = { type: "date" } as const;
const decimal = { type: "decimal" } as const;

export interface TargetTable { entityType: "partner"; fields: Record<string, FieldKind> }

export const TARGET_TABLES: Record<string, TargetTable> = {
  partners: {
    entityType: "partner",
    fields: {
      partner_code: text, brand_name: text, client_name: text, client_email: { type: "email" }, client_phone: text,
      status: { type: "enum", values: Object.values(PartnerStatus) }, tier: { type: "enum", values: Object.values(PartnerTier) },
      base_fee: decimal, commission_rate: decimal, billing_day: { type: "int" },
      onboarding_date: date, contract_start_date: date, contract_end_date: date, churned_date: date, notes: text,
    },
  },
};

/** Brand names match case- and space-insensitively. */
export const brandKey = (brand: string) => brand.trim().toLowerCase().replace(/\s+/g, " ");
