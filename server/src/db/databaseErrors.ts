// Database and Prisma failures that are the client's doing (a duplicate key, a CHECK, a
// database rule's own message) become the error they mean; anything else stays unknown.
import type { GraphQLError } from "graphql";
import { camel } from "../lib/names";
import { badInput, conflict, hubError } from "../lib/errors";

// CHECK constraint → the input field it guards (GraphQL names).
const CHECK_FIELDS: Record<string, string> = {
  partners_commission_rate_range: "commissionRate",
  partners_base_fee_non_negative: "baseFee",
  partners_billing_day_range: "billingDay",
  partners_contract_dates_ordered: "contractEndDate",
  partners_brand_name_not_blank: "brandName",
  partners_partner_code_format: "partnerCode",
  staff_email_format: "email",
  staff_max_clients_non_negative: "maxClients",
  staff_services_known: "services",
  staff_full_name_not_blank: "fullName",
  asins_asin_code_format: "asinCode",
  asins_parent_asin_format: "parentAsin",
  asins_not_own_parent: "parentAsin",
  asins_cogs_non_negative: "cogs",
  asins_price_non_negative: "price",
  weekly_statuses_week_starts_monday: "weekStartDate",
  staff_training_score_range: "score",
  staff_training_attempts_non_negative: "attempts",
  pto_records_dates_ordered: "endDate",
};

// Unique constraint → the input field that clashed (GraphQL names).
const UNIQUE_FIELDS: Record<string, string> = {
  partners_organization_id_partner_code_key: "partnerCode",
  staff_organization_id_email_key: "email",
  staff_organization_id_staff_code_key: "staffCode",
  squads_organization_id_name_key: "name",
  data_sources_organization_id_name_key: "name",
  system_settings_organization_id_key_key: "key",
  asins_partner_id_asin_code_key: "asinCode",
  staff_squads_staff_id_squad_id_key: "staffId",
  partner_assignments_partner_id_staff_id_assignment_role_key: "staffId",
  partner_assignments_one_primary_per_role: "isPrimary",
  weekly_statuses_partner_id_week_start_date_key: "weekStartDate",
  staff_training_staff_id_module_name_key: "moduleName",
  organizations_subdomain_key: "subdomain",
  field_mappings_data_source_id_source_tab_source_column_key: "sourceColumn",
  saved_queries_organization_id_owner_id_name_key: "name",
};

interface DbErrorShape {
  code?: string;
  sqlState?: string;
  message?: string;
  meta?: Record<string, unknown>;
  cause?: unknown;
  constraint?: unknown;
}

/** Finds the PostgreSQL SQLSTATE and message inside Prisma / driver-adapter error wrappers. */
function databaseCause(err: unknown):
  | {
      sqlState?: string;
      prismaCode?: string;
      message: string;
      fields?: string[];
      constraint?: string;
    }
  | undefined {
  const e = err as DbErrorShape;
  if (!e || typeof e !== "object") return undefined;
  const prismaCode = typeof e.code === "string" && /^P\d{4}$/.test(e.code) ? e.code : undefined;
  let sqlState: string | undefined;
  let fields: string[] | undefined;
  let constraint: string | undefined;
  const messages: string[] = [];
  const seen = new Set<unknown>();
  const visit = (x: unknown) => {
    if (!x || typeof x !== "object" || seen.has(x)) return;
    seen.add(x);
    const o = x as Record<string, unknown>;
    for (const k of ["code", "originalCode"]) {
      if (!sqlState && typeof o[k] === "string" && /^[0-9A-Z]{5}$/.test(o[k] as string))
        sqlState = o[k] as string;
    }
    const c = o.constraint as { fields?: string[]; index?: string; name?: string } | undefined;
    if (c?.fields) fields = c.fields;
    constraint ??= c?.index ?? c?.name;
    for (const k of ["message", "originalMessage"])
      if (typeof o[k] === "string") messages.push(o[k] as string);
    if (Array.isArray((o as { target?: unknown }).target))
      fields = (o as { target: string[] }).target;
    for (const k of ["cause", "meta", "driverAdapterError"]) visit(o[k]);
  };
  visit(e);
  if (!prismaCode && !sqlState) return undefined;
  return { sqlState, prismaCode, message: messages.join("\n"), fields, constraint };
}

/** Translates a database failure into a client error, or undefined when it is not one. */
export function fromDatabaseError(err: unknown): GraphQLError | undefined {
  const db = databaseCause(err);
  if (!db) return undefined;
  const { sqlState, prismaCode, message } = db;
  if (prismaCode === "P2002" || sqlState === "23505") {
    const named =
      db.constraint ??
      /unique constraint "([^"]+)"/.exec(message)?.[1] ??
      /constraint: `([^`]+)`/.exec(message)?.[1];
    const listed = /fields: \(([^)]+)\)/.exec(message)?.[1].replace(/`/g, "").split(/,\s*/);
    const columns = db.fields ?? listed ?? [];
    const field =
      (named && UNIQUE_FIELDS[named]) ??
      columns
        .filter((c) => c !== "organization_id")
        .map(camel)
        .pop();
    return conflict(`A record with the same ${field ?? "key"} exists already.`, field);
  }
  if (prismaCode === "P2025") return hubError("NOT_FOUND", "The record was not found.");
  // A database rule's own message for the user: "hub: <field>: <message>" (SQLSTATE HU001).
  const rule = /hub: (\w+): ([^\n]+)/.exec(message);
  if (sqlState === "HU001" || rule) return badInput(rule?.[1] ?? "input", rule?.[2] ?? message);
  if (sqlState === "23514" || /check constraint/.test(message)) {
    const name = /check constraint "([^"]+)"/.exec(message)?.[1] ?? "";
    const field = CHECK_FIELDS[name] ?? "input";
    return badInput(field, `The value of ${field} is not allowed (${name || "check failed"}).`);
  }
  if (prismaCode === "P2003" || sqlState === "23503")
    return badInput("input", "A referenced record does not exist.");
  if (sqlState === "22P02" || sqlState === "22007" || sqlState === "22008")
    return badInput("input", "A value has the wrong format.");
  return undefined;
}
