/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How late an open invoice is, in days past its due date. */
export type ArBucket =
  /** Not yet due, or up to 30 days late. */
  | 'CURRENT'
  /** 31 to 60 days late. */
  | 'DAYS_31_60'
  /** 61 to 90 days late. */
  | 'DAYS_61_90'
  /** More than 90 days late. */
  | 'OVER_90';

/** Conditions on Asin fields; several fields and operators all apply (AND). */
export type AsinFilter = {
  /** All of these conditions. */
  and?: Array<AsinFilter> | null | undefined;
  /** The Amazon ASIN: 10 upper-case letters or digits. */
  asinCode?: StringFilter | null | undefined;
  /** Amazon category, e.g. "Sports & Outdoors". */
  category?: StringFilter | null | undefined;
  /** Cost of goods sold. */
  cogs?: DecimalFilter | null | undefined;
  /** When the record was created (UTC). */
  createdAt?: DateTimeFilter | null | undefined;
  /** Unique id (a UUID), stable for the record's life; pass it to the single-record query and to mutations. */
  id?: IdFilter | null | undefined;
  /** True for a parent that groups child variations (it is not sold itself). */
  isParent?: BooleanFilter | null | undefined;
  /** Not this condition. */
  not?: AsinFilter | null | undefined;
  /** Any of these conditions. */
  or?: Array<AsinFilter> | null | undefined;
  /** The parent's ASIN code when this is a child variation. */
  parentAsin?: StringFilter | null | undefined;
  /** The partner. */
  partner?: PartnerFilter | null | undefined;
  /** Id of: The partner that sells this product. */
  partnerId?: IdFilter | null | undefined;
  /** Selling price in the partner's currency, e.g. "24.99". */
  price?: DecimalFilter | null | undefined;
  /** The seller's own SKU, e.g. "ACME-TENT-2P". */
  sku?: StringFilter | null | undefined;
  /** Whether the product is on sale. */
  status?: AsinStatusFilter | null | undefined;
  /** Product title as listed on Amazon. */
  title?: StringFilter | null | undefined;
};

/** Conditions on related Asin records. */
export type AsinListFilter = {
  /** Every related record matches (true when there are none). */
  every?: AsinFilter | null | undefined;
  /** No related record matches. */
  none?: AsinFilter | null | undefined;
  /** At least one related record matches. */
  some?: AsinFilter | null | undefined;
};

/** Whether a product is sold. */
export type AsinStatus =
  /** On sale. */
  | 'ACTIVE'
  /** No longer sold. */
  | 'DISCONTINUED'
  /** Temporarily not sold. */
  | 'PAUSED';

/** Conditions on a AsinStatus field. */
export type AsinStatusFilter = {
  /** Equal to this value; null matches empty fields. */
  eq?: AsinStatus | null | undefined;
  /** Equal to one of these values, e.g. ["a", "b"]. */
  in?: Array<AsinStatus> | null | undefined;
  /** true: the field is empty; false: it has a value. */
  isNull?: boolean | null | undefined;
  /** Not equal to this value; null matches filled fields. */
  ne?: AsinStatus | null | undefined;
  /** Equal to none of these values. */
  notIn?: Array<AsinStatus> | null | undefined;
};

/** Conditions on Assignment fields; several fields and operators all apply (AND). */
export type AssignmentFilter = {
  /** All of these conditions. */
  and?: Array<AssignmentFilter> | null | undefined;
  /** When the staff member started on the partner. */
  assignedAt?: DateTimeFilter | null | undefined;
  /** The role played for the partner, e.g. POD_LEADER. */
  assignmentRole?: AssignmentRoleFilter | null | undefined;
  /** Unique id (a UUID), stable for the record's life; pass it to the single-record query and to mutations. */
  id?: IdFilter | null | undefined;
  /** The primary contact for this role (one per partner and role). */
  isPrimary?: BooleanFilter | null | undefined;
  /** Not this condition. */
  not?: AssignmentFilter | null | undefined;
  /** Any of these conditions. */
  or?: Array<AssignmentFilter> | null | undefined;
  /** The partner. */
  partner?: PartnerFilter | null | undefined;
  /** Id of: The partner worked on. */
  partnerId?: IdFilter | null | undefined;
  /** The staff member. */
  staff?: StaffFilter | null | undefined;
  /** Id of: The staff member assigned. */
  staffId?: IdFilter | null | undefined;
  /** Null while the assignment is active. */
  unassignedAt?: DateTimeFilter | null | undefined;
};

/** Conditions on related Assignment records. */
export type AssignmentListFilter = {
  /** Every related record matches (true when there are none). */
  every?: AssignmentFilter | null | undefined;
  /** No related record matches. */
  none?: AssignmentFilter | null | undefined;
  /** At least one related record matches. */
  some?: AssignmentFilter | null | undefined;
};

/** The role a staff member plays for a partner. */
export type AssignmentRole =
  /** Manages the brand day to day. */
  | 'BRAND_MANAGER'
  /** Improves the partner's listings. */
  | 'CONVERSION_STRATEGIST'
  /** Designs the partner's images. */
  | 'GRAPHIC_DESIGNER'
  /** Owns the relationship; the partner appears in their scope. */
  | 'POD_LEADER'
  /** Runs the partner's advertising. */
  | 'PPC_MANAGER'
  /** Won the partner, or sells more to it. */
  | 'SALES_REP';

/** Conditions on a AssignmentRole field. */
export type AssignmentRoleFilter = {
  /** Equal to this value; null matches empty fields. */
  eq?: AssignmentRole | null | undefined;
  /** Equal to one of these values, e.g. ["a", "b"]. */
  in?: Array<AssignmentRole> | null | undefined;
  /** true: the field is empty; false: it has a value. */
  isNull?: boolean | null | undefined;
  /** Not equal to this value; null matches filled fields. */
  ne?: AssignmentRole | null | undefined;
  /** Equal to none of these values. */
  notIn?: Array<AssignmentRole> | null | undefined;
};

/** Conditions on a true/false field. */
export type BooleanFilter = {
  /** Equal to this value; null matches empty fields. */
  eq?: boolean | null | undefined;
  /** true: the field is empty; false: it has a value. */
  isNull?: boolean | null | undefined;
  /** Not equal to this value; null matches filled fields. */
  ne?: boolean | null | undefined;
};

/** What a staged change does to its record. */
export type ChangeType =
  /** Creates a new record from the row. */
  | 'CREATE'
  /** Archives a record the source no longer has. */
  | 'DELETE'
  /** Changes some fields of an existing record. */
  | 'UPDATE';

/** A new lead; it is yours unless ownerId names someone else (leads:write). */
export type CreateLeadInput = {
  /** The marketing campaign it came from. */
  campaignId?: string | number | null | undefined;
  /** The brand or company. */
  company: string;
  /** Their email. */
  contactEmail?: string | null | undefined;
  /** Who we talk to. */
  contactName?: string | null | undefined;
  /** What it may be worth a year. */
  expectedValue?: string | null | undefined;
  /** Who works it. */
  ownerId?: string | number | null | undefined;
  /** An open stage to start in (default: the first). */
  stage?: string | null | undefined;
};

/** A new ticket, reported by you; it starts in the first status of the workflow. */
export type CreateTicketInput = {
  /** Who should work it (needs ops:write unless it is you). */
  assigneeId?: string | number | null | undefined;
  /** The details. */
  description?: string | null | undefined;
  /** The partner it concerns. */
  partnerId?: string | number | null | undefined;
  /** Default MEDIUM. */
  priority?: TaskPriority | null | undefined;
  /** Its SLA; default: the SLA for its priority. */
  slaId?: string | number | null | undefined;
  /** What it is about, in a line. */
  subject: string;
};

/** Whether a data source syncs. */
export type DataSourceStatus =
  /** Syncs on request and on its schedule. */
  | 'ACTIVE'
  /** Retired; its lineage stays. */
  | 'ARCHIVED'
  /** The last sync failed; lastSyncError says why. */
  | 'ERROR'
  /** Kept, but does not sync. */
  | 'PAUSED';

/** Where a data source's records come from. */
export type DataSourceType =
  /** Another system's API. */
  | 'API'
  /** An uploaded CSV or XLSX file. */
  | 'CSV'
  /** The responses sheet of a Google Form. */
  | 'GOOGLE_FORM'
  /** A Google Sheet read through the Sheets API. */
  | 'GOOGLE_SHEET';

/** Conditions on a calendar-day field ("YYYY-MM-DD"). */
export type DateFilter = {
  /** Equal to this value; null matches empty fields. */
  eq?: string | null | undefined;
  /** Greater than this value. */
  gt?: string | null | undefined;
  /** Greater than or equal to this value. */
  gte?: string | null | undefined;
  /** Equal to one of these values, e.g. ["a", "b"]. */
  in?: Array<string> | null | undefined;
  /** true: the field is empty; false: it has a value. */
  isNull?: boolean | null | undefined;
  /** Less than this value. */
  lt?: string | null | undefined;
  /** Less than or equal to this value. */
  lte?: string | null | undefined;
  /** Not equal to this value; null matches filled fields. */
  ne?: string | null | undefined;
  /** Equal to none of these values. */
  notIn?: Array<string> | null | undefined;
};

/** Conditions on a timestamp field. */
export type DateTimeFilter = {
  /** Equal to this value; null matches empty fields. */
  eq?: string | null | undefined;
  /** Greater than this value. */
  gt?: string | null | undefined;
  /** Greater than or equal to this value. */
  gte?: string | null | undefined;
  /** Equal to one of these values, e.g. ["a", "b"]. */
  in?: Array<string> | null | undefined;
  /** true: the field is empty; false: it has a value. */
  isNull?: boolean | null | undefined;
  /** Less than this value. */
  lt?: string | null | undefined;
  /** Less than or equal to this value. */
  lte?: string | null | undefined;
  /** Not equal to this value; null matches filled fields. */
  ne?: string | null | undefined;
  /** Equal to none of these values. */
  notIn?: Array<string> | null | undefined;
};

/** Conditions on a decimal field. */
export type DecimalFilter = {
  /** Equal to this value; null matches empty fields. */
  eq?: string | null | undefined;
  /** Greater than this value. */
  gt?: string | null | undefined;
  /** Greater than or equal to this value. */
  gte?: string | null | undefined;
  /** Equal to one of these values, e.g. ["a", "b"]. */
  in?: Array<string> | null | undefined;
  /** true: the field is empty; false: it has a value. */
  isNull?: boolean | null | undefined;
  /** Less than this value. */
  lt?: string | null | undefined;
  /** Less than or equal to this value. */
  lte?: string | null | undefined;
  /** Not equal to this value; null matches filled fields. */
  ne?: string | null | undefined;
  /** Equal to none of these values. */
  notIn?: Array<string> | null | undefined;
};

/** The department a staff member belongs to. */
export type Department =
  /** Content and conversion. */
  | 'CONTENT_CONVERSION'
  /** Finance. */
  | 'FINANCE'
  /** Marketing. */
  | 'MARKETING'
  /** Operations. */
  | 'OPERATIONS'
  /** Advertising. */
  | 'PPC'
  /** Sales. */
  | 'SALES';

/** Conditions on a Department field. */
export type DepartmentFilter = {
  /** Equal to this value; null matches empty fields. */
  eq?: Department | null | undefined;
  /** Equal to one of these values, e.g. ["a", "b"]. */
  in?: Array<Department> | null | undefined;
  /** true: the field is empty; false: it has a value. */
  isNull?: boolean | null | undefined;
  /** Not equal to this value; null matches filled fields. */
  ne?: Department | null | undefined;
  /** Equal to none of these values. */
  notIn?: Array<Department> | null | undefined;
};

/** The kinds of record the pipeline writes. */
export type EntityType =
  /** An ASIN (natural key: partner + ASIN code). */
  | 'ASIN'
  /** An assignment (natural key: partner + staff + role). */
  | 'ASSIGNMENT'
  /** An external contact (natural key: email). */
  | 'EXTERNAL_CONTACT'
  /** A partner (natural key: partnerCode, else brand name). */
  | 'PARTNER'
  /** A linked sheet (natural key: partner + URL). */
  | 'PARTNER_SHEET'
  /** A staff member (natural key: email). */
  | 'STAFF'
  /** A weekly status (natural key: partner + week). */
  | 'WEEKLY_STATUS';

/** One source column and the target field it fills. */
export type FieldMappingInput = {
  /** This source is THE source for the field. */
  isAuthoritative?: boolean | null | undefined;
  /** Higher wins when several sources map one field. */
  priority?: number | null | undefined;
  /** Column header, matched ignoring case and spacing. */
  sourceColumn: string;
  /** 0-based position, used when that column has no header. */
  sourceColumnIndex?: number | null | undefined;
  /** Sheet tab; omit for single-tab sources such as CSV. */
  sourceTab?: string | null | undefined;
  /** Seed column name, e.g. "base_fee". */
  targetField: string;
  /** Seed table name, e.g. "partners". */
  targetTable: string;
  /** e.g. { "format": "DD/MM/YYYY" } for DATE, { "decimal": "," } or { "percent": true } for NUMBER/CURRENCY. */
  transformConfig?: unknown;
  /** Default NONE: the target field's own parsing. */
  transformType?: TransformType | null | undefined;
};

/** What a column's values look like. */
export type GuessedType =
  /** Yes/no values. */
  | 'BOOLEAN'
  /** Money, e.g. "$1,200.50". */
  | 'CURRENCY'
  /** Dates, e.g. "03/14/2026" or "2026-03-14". */
  | 'DATE'
  /** Email addresses. */
  | 'EMAIL'
  /** No values. */
  | 'EMPTY'
  /** Plain numbers, e.g. "42" or "3.5". */
  | 'NUMBER'
  /** Percentages, e.g. "3%". */
  | 'PERCENT'
  /** Anything else. */
  | 'TEXT';

/** Conditions on an ID field. */
export type IdFilter = {
  /** Equal to this value; null matches empty fields. */
  eq?: string | number | null | undefined;
  /** Equal to one of these values, e.g. ["a", "b"]. */
  in?: Array<string | number> | null | undefined;
  /** true: the field is empty; false: it has a value. */
  isNull?: boolean | null | undefined;
  /** Not equal to this value; null matches filled fields. */
  ne?: string | number | null | undefined;
  /** Equal to none of these values. */
  notIn?: Array<string | number> | null | undefined;
};

/** Conditions on a whole-number field. */
export type IntFilter = {
  /** Equal to this value; null matches empty fields. */
  eq?: number | null | undefined;
  /** Greater than this value. */
  gt?: number | null | undefined;
  /** Greater than or equal to this value. */
  gte?: number | null | undefined;
  /** Equal to one of these values, e.g. ["a", "b"]. */
  in?: Array<number> | null | undefined;
  /** true: the field is empty; false: it has a value. */
  isNull?: boolean | null | undefined;
  /** Less than this value. */
  lt?: number | null | undefined;
  /** Less than or equal to this value. */
  lte?: number | null | undefined;
  /** Not equal to this value; null matches filled fields. */
  ne?: number | null | undefined;
  /** Equal to none of these values. */
  notIn?: Array<number> | null | undefined;
};

/** The part of the business a KPI measures; reading it needs that domain's read permission. */
export type KpiDomain =
  /** Money (finance:read). */
  | 'FINANCE'
  /** Campaigns and channels (marketing:read). */
  | 'MARKETING'
  /** Tickets (ops:read). */
  | 'OPERATIONS'
  /** Partner health (partners:read). */
  | 'PARTNERS'
  /** Deals (opportunities:read). */
  | 'SALES';

/** The buckets of a KPI's time series. */
export type KpiInterval =
  /** Calendar months. */
  | 'MONTH'
  /** Weeks starting on Monday. */
  | 'WEEK';

/** How a KPI's value compares with its target. */
export type KpiStatus =
  /** Within 10% of target on the wrong side. */
  | 'AT_RISK'
  /** Nothing to measure in the period (e.g. no tickets closed). */
  | 'NO_DATA'
  /** No target set. */
  | 'NO_TARGET'
  /** More than 10% worse than target. */
  | 'OFF_TRACK'
  /** At or better than target. */
  | 'ON_TRACK';

/** Whether a lead is still being worked. */
export type LeadStatus =
  /** Reached the lost stage, with a reason. */
  | 'LOST'
  /** In an open stage. */
  | 'OPEN'
  /** Reached the won stage; convertLead makes it a partner. */
  | 'WON';

/** Conditions on Opportunity fields; several fields and operators all apply (AND). */
export type OpportunityFilter = {
  /** Set when the deal is won or lost. */
  actualCloseDate?: DateFilter | null | undefined;
  /** All of these conditions. */
  and?: Array<OpportunityFilter> | null | undefined;
  /** Id of: The staff member working the deal. */
  assignedStaffId?: IdFilter | null | undefined;
  /** When the record was created (UTC). */
  createdAt?: DateTimeFilter | null | undefined;
  /** The prospective or existing customer, e.g. "Acme Outdoors". */
  customerName?: StringFilter | null | undefined;
  /** Expected value of the deal, e.g. "12000.00". */
  dealValue?: DecimalFilter | null | undefined;
  /** When the deal is expected to close. */
  expectedCloseDate?: DateFilter | null | undefined;
  /** Unique id (a UUID), stable for the record's life; pass it to the single-record query and to mutations. */
  id?: IdFilter | null | undefined;
  /** Not this condition. */
  not?: OpportunityFilter | null | undefined;
  /** Any of these conditions. */
  or?: Array<OpportunityFilter> | null | undefined;
  /** The partner. */
  partner?: PartnerFilter | null | undefined;
  /** Id of: The partner the deal is with, when it is an existing one. */
  partnerId?: IdFilter | null | undefined;
  /** The stage key (configuration pipeline.stages). */
  stage?: StringFilter | null | undefined;
  /** OPEN, WON or LOST (follows the stage). */
  status?: OpportunityStatusFilter | null | undefined;
};

/** Conditions on related Opportunity records. */
export type OpportunityListFilter = {
  /** Every related record matches (true when there are none). */
  every?: OpportunityFilter | null | undefined;
  /** No related record matches. */
  none?: OpportunityFilter | null | undefined;
  /** At least one related record matches. */
  some?: OpportunityFilter | null | undefined;
};

/** OPEN until the deal reaches a won or lost stage. */
export type OpportunityStatus =
  /** Reached a lost stage. */
  | 'LOST'
  /** Still in the pipeline. */
  | 'OPEN'
  /** Reached a won stage; counts toward revenue goals. */
  | 'WON';

/** Conditions on a OpportunityStatus field. */
export type OpportunityStatusFilter = {
  /** Equal to this value; null matches empty fields. */
  eq?: OpportunityStatus | null | undefined;
  /** Equal to one of these values, e.g. ["a", "b"]. */
  in?: Array<OpportunityStatus> | null | undefined;
  /** true: the field is empty; false: it has a value. */
  isNull?: boolean | null | undefined;
  /** Not equal to this value; null matches filled fields. */
  ne?: OpportunityStatus | null | undefined;
  /** Equal to none of these values. */
  notIn?: Array<OpportunityStatus> | null | undefined;
};

/** Conditions on Partner fields; several fields and operators all apply (AND). */
export type PartnerFilter = {
  /** All of these conditions. */
  and?: Array<PartnerFilter> | null | undefined;
  /** Its ASINs. */
  asins?: AsinListFilter | null | undefined;
  /** Its assignments, active and ended (active ones have no unassignedAt). */
  assignments?: AssignmentListFilter | null | undefined;
  /** Monthly base fee (needs partners:financials). */
  baseFee?: DecimalFilter | null | undefined;
  /** Day of the month we bill, 1-31 (needs partners:financials). */
  billingDay?: IntFilter | null | undefined;
  /** The brand's name, e.g. "Acme Outdoors"; unique in the organization ignoring case and spaces. */
  brandName?: StringFilter | null | undefined;
  /** Live non-parent ASINs: children and standalones (kept by the database). */
  childAsinCount?: IntFilter | null | undefined;
  /** When the partner left us (churned). */
  churnedDate?: DateFilter | null | undefined;
  /** Primary contact's email. */
  clientEmail?: StringFilter | null | undefined;
  /** Primary contact's name. */
  clientName?: StringFilter | null | undefined;
  /** Commission as a fraction: "0.0300" is 3% (needs partners:financials). */
  commissionRate?: DecimalFilter | null | undefined;
  /** When the current contract ends. */
  contractEndDate?: DateFilter | null | undefined;
  /** When the current contract started. */
  contractStartDate?: DateFilter | null | undefined;
  /** When the record was created (UTC). */
  createdAt?: DateTimeFilter | null | undefined;
  /** Unique id (a UUID), stable for the record's life; pass it to the single-record query and to mutations. */
  id?: IdFilter | null | undefined;
  /** Not this condition. */
  not?: PartnerFilter | null | undefined;
  /** Free text about the partner. */
  notes?: StringFilter | null | undefined;
  /** When onboarding started. */
  onboardingDate?: DateFilter | null | undefined;
  /** Its opportunities. */
  opportunities?: OpportunityListFilter | null | undefined;
  /** Any of these conditions. */
  or?: Array<PartnerFilter> | null | undefined;
  /** Live parent ASINs (kept by the database). */
  parentAsinCount?: IntFilter | null | undefined;
  /** Generated code such as "SO-0001", unique in the organization. */
  partnerCode?: StringFilter | null | undefined;
  /** Where the partner is in its life with us, e.g. ACTIVE or AT_RISK. */
  status?: PartnerStatusFilter | null | undefined;
  /** The partner's tier, TIER_0 (highest) to TIER_4. */
  tier?: PartnerTierFilter | null | undefined;
  /** When the record last changed (UTC, set by the database on every write). */
  updatedAt?: DateTimeFilter | null | undefined;
  /** Its weekly statuses. */
  weeklyStatuses?: WeeklyStatusListFilter | null | undefined;
};

/** One field to sort Partner by; give a list to sort by several. */
export type PartnerOrderBy = {
  /** Monthly base fee (needs partners:financials). */
  baseFee?: SortDirection | null | undefined;
  /** Day of the month we bill, 1-31 (needs partners:financials). */
  billingDay?: SortDirection | null | undefined;
  /** The brand's name, e.g. "Acme Outdoors"; unique in the organization ignoring case and spaces. */
  brandName?: SortDirection | null | undefined;
  /** Live non-parent ASINs: children and standalones (kept by the database). */
  childAsinCount?: SortDirection | null | undefined;
  /** Commission as a fraction: "0.0300" is 3% (needs partners:financials). */
  commissionRate?: SortDirection | null | undefined;
  /** When the current contract ends. */
  contractEndDate?: SortDirection | null | undefined;
  /** When the current contract started. */
  contractStartDate?: SortDirection | null | undefined;
  /** When the record was created (UTC). */
  createdAt?: SortDirection | null | undefined;
  /** When onboarding started. */
  onboardingDate?: SortDirection | null | undefined;
  /** Live parent ASINs (kept by the database). */
  parentAsinCount?: SortDirection | null | undefined;
  /** Generated code such as "SO-0001", unique in the organization. */
  partnerCode?: SortDirection | null | undefined;
  /** Where the partner is in its life with us, e.g. ACTIVE or AT_RISK. */
  status?: SortDirection | null | undefined;
  /** The partner's tier, TIER_0 (highest) to TIER_4. */
  tier?: SortDirection | null | undefined;
  /** When the record last changed (UTC, set by the database on every write). */
  updatedAt?: SortDirection | null | undefined;
};

/** Where a partner is in its life with us. */
export type PartnerStatus =
  /** Live client. */
  | 'ACTIVE'
  /** Live, but may churn; watch closely. */
  | 'AT_RISK'
  /** Gone; churnedDate says when. */
  | 'CHURNED'
  /** Leaving; handing back. */
  | 'OFFBOARDING'
  /** Signed; being set up. */
  | 'ONBOARDING'
  /** Services on hold. */
  | 'PAUSED';

/** Conditions on a PartnerStatus field. */
export type PartnerStatusFilter = {
  /** Equal to this value; null matches empty fields. */
  eq?: PartnerStatus | null | undefined;
  /** Equal to one of these values, e.g. ["a", "b"]. */
  in?: Array<PartnerStatus> | null | undefined;
  /** true: the field is empty; false: it has a value. */
  isNull?: boolean | null | undefined;
  /** Not equal to this value; null matches filled fields. */
  ne?: PartnerStatus | null | undefined;
  /** Equal to none of these values. */
  notIn?: Array<PartnerStatus> | null | undefined;
};

/** TIER_0 is the highest tier, TIER_4 the lowest. */
export type PartnerTier =
  /** Highest tier: our largest partners. */
  | 'TIER_0'
  /** Tier 1. */
  | 'TIER_1'
  /** Tier 2. */
  | 'TIER_2'
  /** Tier 3. */
  | 'TIER_3'
  /** Lowest tier. */
  | 'TIER_4';

/** Conditions on a PartnerTier field. */
export type PartnerTierFilter = {
  /** Equal to this value; null matches empty fields. */
  eq?: PartnerTier | null | undefined;
  /** Equal to one of these values, e.g. ["a", "b"]. */
  in?: Array<PartnerTier> | null | undefined;
  /** true: the field is empty; false: it has a value. */
  isNull?: boolean | null | undefined;
  /** Not equal to this value; null matches filled fields. */
  ne?: PartnerTier | null | undefined;
  /** Equal to none of these values. */
  notIn?: Array<PartnerTier> | null | undefined;
};

/** Where a time-off request stands. */
export type PtoStatus =
  /** Approved; the staff member is away on those days. */
  | 'APPROVED'
  /** Withdrawn by the requester or an admin. */
  | 'CANCELLED'
  /** Requested, awaiting approval. */
  | 'PENDING'
  /** Turned down. */
  | 'REJECTED';

/** The kind of time off. */
export type PtoType =
  /** A public holiday. */
  | 'HOLIDAY'
  /** Personal leave. */
  | 'PERSONAL'
  /** Sick leave. */
  | 'SICK'
  /** Planned holiday leave. */
  | 'VACATION';

/** One partner's status for one week; recording again for the same week replaces it. */
export type RecordWeeklyStatusInput = {
  /** The pod leader's happy-client flag. */
  happyClient?: boolean | null | undefined;
  /** Numbers of the week as JSON, e.g. { "sales": 12000, "acos": 0.21 }. */
  metrics?: unknown;
  /** The pod leader's notes on the week. */
  notes?: string | null | undefined;
  /** Id of: The partner reported on. */
  partnerId: string | number;
  /** The partner's status that week, e.g. AT_RISK. */
  status: PartnerStatus;
  /** Any day of the week; stored as that week's Monday. */
  week: string;
};

/** What a reason explains. */
export type SalesReasonCategory =
  /** Why a deal was lost. */
  | 'LOST'
  /** Why a lead moved stage. */
  | 'STAGE_MOVE';

/** A query to keep; with id, changes that saved query (yours only). */
export type SaveQueryInput = {
  /** What the query answers, for people. */
  description?: string | null | undefined;
  /** The id of one of your saved queries to change it; omit it to save a new one. */
  id?: string | number | null | undefined;
  /** Everyone in the organization sees it (only its owner changes it). */
  isShared?: boolean | null | undefined;
  /** Name to find it by, e.g. "At-risk partners by pod leader". */
  name: string;
  /** Checked against the schema when saved. */
  query: string;
  /** Variables to run it with, e.g. { "status": "AT_RISK" }. */
  variables?: unknown;
};

/** Whether a linked sheet is in use and reachable. */
export type SheetStatus =
  /** In use and reachable. */
  | 'ACTIVE'
  /** No longer in use. */
  | 'ARCHIVED'
  /** The link no longer opens. */
  | 'BROKEN';

/** What a linked sheet holds. */
export type SheetType =
  /** The partner's brand information sheet. */
  | 'BRAND_INFO'
  /** Advertising campaign structure. */
  | 'CAMPAIGN_STRUCTURE'
  /** Our internal brand notes. */
  | 'INTERNAL_BRAND'
  /** Keyword research. */
  | 'KW_RESEARCH'
  /** Market analysis. */
  | 'MARKET_ANALYSIS'
  /** A Notion page. */
  | 'NOTION'
  /** Anything else. */
  | 'OTHER';

/** ASC puts empty values last, DESC first. */
export type SortDirection =
  /** Smallest, earliest or A first. */
  | 'ASC'
  /** Largest, latest or Z first. */
  | 'DESC';

/** Conditions on Squad fields; several fields and operators all apply (AND). */
export type SquadFilter = {
  /** All of these conditions. */
  and?: Array<SquadFilter> | null | undefined;
  /** When the record was created (UTC). */
  createdAt?: DateTimeFilter | null | undefined;
  /** Unique id (a UUID), stable for the record's life; pass it to the single-record query and to mutations. */
  id?: IdFilter | null | undefined;
  /** False once the squad is archived. */
  isActive?: BooleanFilter | null | undefined;
  /** Its memberships. */
  members?: SquadMembershipListFilter | null | undefined;
  /** The squad's name, e.g. "PPC Squad A". */
  name?: StringFilter | null | undefined;
  /** Not this condition. */
  not?: SquadFilter | null | undefined;
  /** Any of these conditions. */
  or?: Array<SquadFilter> | null | undefined;
  /** PPC, CC, FAM, SALES or OPERATIONS. */
  type?: SquadTypeFilter | null | undefined;
};

/** Conditions on SquadMembership fields; several fields and operators all apply (AND). */
export type SquadMembershipFilter = {
  /** All of these conditions. */
  and?: Array<SquadMembershipFilter> | null | undefined;
  /** False once the member has left the squad. */
  isActive?: BooleanFilter | null | undefined;
  /** Not this condition. */
  not?: SquadMembershipFilter | null | undefined;
  /** Any of these conditions. */
  or?: Array<SquadMembershipFilter> | null | undefined;
  /** LEADER, CAPTAIN or MEMBER. */
  role?: SquadRoleFilter | null | undefined;
  /** The squad. */
  squad?: SquadFilter | null | undefined;
  /** Id of: The squad. */
  squadId?: IdFilter | null | undefined;
  /** The member. */
  staff?: StaffFilter | null | undefined;
  /** Id of: The member. */
  staffId?: IdFilter | null | undefined;
};

/** Conditions on related SquadMembership records. */
export type SquadMembershipListFilter = {
  /** Every related record matches (true when there are none). */
  every?: SquadMembershipFilter | null | undefined;
  /** No related record matches. */
  none?: SquadMembershipFilter | null | undefined;
  /** At least one related record matches. */
  some?: SquadMembershipFilter | null | undefined;
};

/** A member's role in a squad. */
export type SquadRole =
  /** Runs day-to-day work under the leader. */
  | 'CAPTAIN'
  /** Leads the squad. */
  | 'LEADER'
  /** A member. */
  | 'MEMBER';

/** Conditions on a SquadRole field. */
export type SquadRoleFilter = {
  /** Equal to this value; null matches empty fields. */
  eq?: SquadRole | null | undefined;
  /** Equal to one of these values, e.g. ["a", "b"]. */
  in?: Array<SquadRole> | null | undefined;
  /** true: the field is empty; false: it has a value. */
  isNull?: boolean | null | undefined;
  /** Not equal to this value; null matches filled fields. */
  ne?: SquadRole | null | undefined;
  /** Equal to none of these values. */
  notIn?: Array<SquadRole> | null | undefined;
};

/** What a squad does. */
export type SquadType =
  /** Content and conversion. */
  | 'CC'
  /** Full account management. */
  | 'FAM'
  /** Runs the agency. */
  | 'OPERATIONS'
  /** Runs Amazon advertising. */
  | 'PPC'
  /** Wins new partners. */
  | 'SALES';

/** Conditions on a SquadType field. */
export type SquadTypeFilter = {
  /** Equal to this value; null matches empty fields. */
  eq?: SquadType | null | undefined;
  /** Equal to one of these values, e.g. ["a", "b"]. */
  in?: Array<SquadType> | null | undefined;
  /** true: the field is empty; false: it has a value. */
  isNull?: boolean | null | undefined;
  /** Not equal to this value; null matches filled fields. */
  ne?: SquadType | null | undefined;
  /** Equal to none of these values. */
  notIn?: Array<SquadType> | null | undefined;
};

/** Conditions on Staff fields; several fields and operators all apply (AND). */
export type StaffFilter = {
  /** All of these conditions. */
  and?: Array<StaffFilter> | null | undefined;
  /** Their assignments, active and ended. */
  assignments?: AssignmentListFilter | null | undefined;
  /** When the record was created (UTC). */
  createdAt?: DateTimeFilter | null | undefined;
  /** Partners with an active assignment to this person (kept by the database). */
  currentClientCount?: IntFilter | null | undefined;
  /** The department they belong to. */
  department?: DepartmentFilter | null | undefined;
  /** Their last day; set when they depart. */
  departureDate?: DateFilter | null | undefined;
  /** Google sign-in email, lower case; unique in the organization. */
  email?: StringFilter | null | undefined;
  /** Full name, e.g. "Priya Natarajan". */
  fullName?: StringFilter | null | undefined;
  /** First day with us. */
  hireDate?: DateFilter | null | undefined;
  /** Unique id (a UUID), stable for the record's life; pass it to the single-record query and to mutations. */
  id?: IdFilter | null | undefined;
  /** How many partners this person can carry. */
  maxClients?: IntFilter | null | undefined;
  /** Not this condition. */
  not?: StaffFilter | null | undefined;
  /** Any of these conditions. */
  or?: Array<StaffFilter> | null | undefined;
  /** Their role, which decides what they may see and do. */
  role?: StaffRoleFilter | null | undefined;
  /** Their squad memberships. */
  squads?: SquadMembershipListFilter | null | undefined;
  /** Generated code such as "ST-0001", unique in the organization. */
  staffCode?: StringFilter | null | undefined;
  /** Where they are in their time with us, e.g. ACTIVE. */
  status?: StaffStatusFilter | null | undefined;
  /** Official job title. */
  title?: StringFilter | null | undefined;
  /** When the record last changed (UTC, set by the database on every write). */
  updatedAt?: DateTimeFilter | null | undefined;
};

/** A staff member's role. */
export type StaffRole =
  /** Administers the hub; sees everything. */
  | 'ADMIN'
  /** Reads and analyzes the data. */
  | 'ANALYST'
  /** Manages brands day to day. */
  | 'BRAND_MANAGER'
  /** Improves listings and conversion. */
  | 'CONVERSION_STRATEGIST'
  /** Billing and finance. */
  | 'FINANCE'
  /** Designs listing and brand images. */
  | 'GRAPHIC_DESIGNER'
  /** Markets the agency. */
  | 'MARKETING'
  /** Runs agency operations. */
  | 'OPERATIONS'
  /** Leads a pod; sees the partners they are assigned to. */
  | 'POD_LEADER'
  /** Runs advertising. */
  | 'PPC_MANAGER'
  /** Wins new partners. */
  | 'SALES_EXECUTIVE';

/** Conditions on a StaffRole field. */
export type StaffRoleFilter = {
  /** Equal to this value; null matches empty fields. */
  eq?: StaffRole | null | undefined;
  /** Equal to one of these values, e.g. ["a", "b"]. */
  in?: Array<StaffRole> | null | undefined;
  /** true: the field is empty; false: it has a value. */
  isNull?: boolean | null | undefined;
  /** Not equal to this value; null matches filled fields. */
  ne?: StaffRole | null | undefined;
  /** Equal to none of these values. */
  notIn?: Array<StaffRole> | null | undefined;
};

/** Where a staff member is in their time with us. */
export type StaffStatus =
  /** Working normally. */
  | 'ACTIVE'
  /** Has left; history stays. */
  | 'DEPARTED'
  /** Leaving; handing over partners. */
  | 'OFFBOARDING'
  /** Joining; not yet at full capacity. */
  | 'ONBOARDING'
  /** Away for a long period. */
  | 'ON_LEAVE';

/** Conditions on a StaffStatus field. */
export type StaffStatusFilter = {
  /** Equal to this value; null matches empty fields. */
  eq?: StaffStatus | null | undefined;
  /** Equal to one of these values, e.g. ["a", "b"]. */
  in?: Array<StaffStatus> | null | undefined;
  /** true: the field is empty; false: it has a value. */
  isNull?: boolean | null | undefined;
  /** Not equal to this value; null matches filled fields. */
  ne?: StaffStatus | null | undefined;
  /** Equal to none of these values. */
  notIn?: Array<StaffStatus> | null | undefined;
};

/** Where a staged change is in review. */
export type StagedChangeStatus =
  /** Written to the record, with lineage. */
  | 'APPLIED'
  /** Approved; applied by the next apply. */
  | 'APPROVED'
  /** Needs a decision: a higher-priority source owns the field, or the record changed since staging. */
  | 'CONFLICT'
  /** Apply failed; applyError says why. */
  | 'FAILED'
  /** Waiting for review. */
  | 'PENDING'
  /** Turned down; rejectionReason says why. */
  | 'REJECTED';

/** Conditions on a text field; contains and startsWith ignore case. */
export type StringFilter = {
  /** Contains this text, ignoring case: "acme" matches "ACME Corp". */
  contains?: string | null | undefined;
  /** Equal to this value; null matches empty fields. */
  eq?: string | null | undefined;
  /** Greater than this value. */
  gt?: string | null | undefined;
  /** Greater than or equal to this value. */
  gte?: string | null | undefined;
  /** Equal to one of these values, e.g. ["a", "b"]. */
  in?: Array<string> | null | undefined;
  /** true: the field is empty; false: it has a value. */
  isNull?: boolean | null | undefined;
  /** Less than this value. */
  lt?: string | null | undefined;
  /** Less than or equal to this value. */
  lte?: string | null | undefined;
  /** Not equal to this value; null matches filled fields. */
  ne?: string | null | undefined;
  /** Equal to none of these values. */
  notIn?: Array<string> | null | undefined;
  /** Starts with this text, ignoring case: "so-" matches "SO-0042". */
  startsWith?: string | null | undefined;
};

/** Where a sync run is. */
export type SyncStatus =
  /** Stopped on request. */
  | 'CANCELLED'
  /** Finished; errors lists rows that failed alone. */
  | 'COMPLETED'
  /** Stopped by an error for the whole run (e.g. a missing column). */
  | 'FAILED'
  /** Waiting for a worker. */
  | 'QUEUED'
  /** Reading and staging; progress is live. */
  | 'RUNNING';

/** How urgent a task is. */
export type TaskPriority =
  /** Before other work. */
  | 'HIGH'
  /** Whenever there is time. */
  | 'LOW'
  /** This week. */
  | 'MEDIUM'
  /** Now: blocks a partner or a deadline. */
  | 'URGENT';

/** Conditions on a TaskPriority field. */
export type TaskPriorityFilter = {
  /** Equal to this value; null matches empty fields. */
  eq?: TaskPriority | null | undefined;
  /** Equal to one of these values, e.g. ["a", "b"]. */
  in?: Array<TaskPriority> | null | undefined;
  /** true: the field is empty; false: it has a value. */
  isNull?: boolean | null | undefined;
  /** Not equal to this value; null matches filled fields. */
  ne?: TaskPriority | null | undefined;
  /** Equal to none of these values. */
  notIn?: Array<TaskPriority> | null | undefined;
};

/** Conditions on Ticket fields; several fields and operators all apply (AND). */
export type TicketFilter = {
  /** All of these conditions. */
  and?: Array<TicketFilter> | null | undefined;
  /** Who works it. */
  assigneeId?: IdFilter | null | undefined;
  /** When it entered a closed status (set by the database; null while open). */
  closedAt?: DateTimeFilter | null | undefined;
  /** When it was reported; the SLA clock starts here. */
  createdAt?: DateTimeFilter | null | undefined;
  /** Unique id (a UUID), stable for the record's life; pass it to the single-record query and to mutations. */
  id?: IdFilter | null | undefined;
  /** Not this condition. */
  not?: TicketFilter | null | undefined;
  /** Any of these conditions. */
  or?: Array<TicketFilter> | null | undefined;
  /** The partner it concerns. */
  partnerId?: IdFilter | null | undefined;
  /** How urgent it is; picks the default SLA. */
  priority?: TaskPriorityFilter | null | undefined;
  /** Who reported it. */
  reporterId?: IdFilter | null | undefined;
  /** Its SLA. */
  slaId?: IdFilter | null | undefined;
  /** The status's id (ticketStatuses lists them). */
  statusId?: IdFilter | null | undefined;
  /** What it is about, in a line, e.g. "Listing suppressed for B0…". */
  subject?: StringFilter | null | undefined;
};

/** Progress through a training module. */
export type TrainingStatus =
  /** Passed; completedAt says when. */
  | 'COMPLETED'
  /** Begun, not yet passed. */
  | 'IN_PROGRESS'
  /** Completed once, but due to be taken again. */
  | 'NEEDS_REFRESHER'
  /** Assigned but not begun. */
  | 'NOT_STARTED';

/** How a source cell becomes a field value. */
export type TransformType =
  /** yes/no, true/false, ✓/✗, 1/0. */
  | 'BOOLEAN'
  /** Money: "$1,200.50", "1.200,50 €", "(300)" for -300. */
  | 'CURRENCY'
  /** A named transform from transformConfig.name. */
  | 'CUSTOM'
  /** A date: formats such as MM/DD/YYYY or DD/MM/YYYY (transformConfig.format) and Sheets serial numbers. */
  | 'DATE'
  /** A staff member by name or email, or a partner by brand name or code (transformConfig.lookup). */
  | 'LOOKUP'
  /** The cell's text, trimmed. */
  | 'NONE'
  /** A number; "3%" becomes 0.03. */
  | 'NUMBER';

/** Conditions on WeeklyStatus fields; several fields and operators all apply (AND). */
export type WeeklyStatusFilter = {
  /** All of these conditions. */
  and?: Array<WeeklyStatusFilter> | null | undefined;
  /** The pod leader's happy-client flag. */
  happyClient?: BooleanFilter | null | undefined;
  /** Unique id (a UUID), stable for the record's life; pass it to the single-record query and to mutations. */
  id?: IdFilter | null | undefined;
  /** Not this condition. */
  not?: WeeklyStatusFilter | null | undefined;
  /** Any of these conditions. */
  or?: Array<WeeklyStatusFilter> | null | undefined;
  /** The partner. */
  partner?: PartnerFilter | null | undefined;
  /** Id of: The partner reported on. */
  partnerId?: IdFilter | null | undefined;
  /** Id of: Who recorded it. */
  reportedById?: IdFilter | null | undefined;
  /** The partner's status that week, e.g. AT_RISK. */
  status?: PartnerStatusFilter | null | undefined;
  /** ISO week number (derived). */
  weekNumber?: IntFilter | null | undefined;
  /** The Monday the week starts on. */
  weekStartDate?: DateFilter | null | undefined;
  /** ISO week-numbering year (derived). */
  year?: IntFilter | null | undefined;
};

/** Conditions on related WeeklyStatus records. */
export type WeeklyStatusListFilter = {
  /** Every related record matches (true when there are none). */
  every?: WeeklyStatusFilter | null | undefined;
  /** No related record matches. */
  none?: WeeklyStatusFilter | null | undefined;
  /** At least one related record matches. */
  some?: WeeklyStatusFilter | null | undefined;
};

export type ViewerPermissionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerPermissionsQuery = { __typename: 'Query', viewerPermissions: Array<string> };

export type FinancePageQueryVariables = Exact<{
  asOf: string;
  from: string;
}>;


export type FinancePageQuery = { __typename: 'Query', arSummary: Array<{ __typename: 'ArBucketTotal', bucket: ArBucket, invoices: number, amountDue: string }>, arAging: Array<{ __typename: 'ArAgingRow', invoiceId: string, customerName: string, dueDate: string, amountDue: string, daysPastDue: number, bucket: ArBucket }>, financeOverview: Array<{ __typename: 'FinanceMonth', month: string, invoiced: string, collected: string, refunded: string, netCollected: string }>, financeMargins: Array<{ __typename: 'FinanceMargin', id: string, periodStart: string, periodEnd: string, revenue: string, costOfGoodsSold: string, grossMargin: string, marginRate: number | null }> };

export type HomeStatusBarsFragment = { __typename: 'PartnerAggregateGroup', count: number | null, key: { __typename: 'PartnerAggregateKey', status: PartnerStatus | null } | null } & { ' $fragmentName'?: 'HomeStatusBarsFragment' };

export type HomeTierBarsFragment = { __typename: 'PartnerAggregateGroup', count: number | null, key: { __typename: 'PartnerAggregateKey', tier: PartnerTier | null } | null } & { ' $fragmentName'?: 'HomeTierBarsFragment' };

export type HomeAtRiskPartnerFragment = { __typename: 'Partner', id: string, brandName: string, partnerCode: string, tier: PartnerTier, podLeader: { __typename: 'Staff', id: string, fullName: string } | null, latestWeeklyStatus: { __typename: 'WeeklyStatus', id: string, weekStartDate: string, notes: string | null } | null } & { ' $fragmentName'?: 'HomeAtRiskPartnerFragment' };

export type HomePageQueryVariables = Exact<{
  week: string;
  canReview: boolean;
}>;


export type HomePageQuery = { __typename: 'Query', viewer: { __typename: 'Staff', id: string, fullName: string } | null, byStatus: Array<(
    { __typename: 'PartnerAggregateGroup' }
    & { ' $fragmentRefs'?: { 'HomeStatusBarsFragment': HomeStatusBarsFragment } }
  )>, byTier: Array<(
    { __typename: 'PartnerAggregateGroup' }
    & { ' $fragmentRefs'?: { 'HomeTierBarsFragment': HomeTierBarsFragment } }
  )>, atRisk: { __typename: 'PartnerConnection', totalCount: number, edges: Array<{ __typename: 'PartnerEdge', node: (
        { __typename: 'Partner', id: string }
        & { ' $fragmentRefs'?: { 'HomeAtRiskPartnerFragment': HomeAtRiskPartnerFragment } }
      ) }> }, reportable: Array<{ __typename: 'PartnerAggregateGroup', count: number | null }>, thisWeek: Array<{ __typename: 'WeeklyStatusAggregateGroup', count: number | null }>, pending?: Array<{ __typename: 'StagedChangeAggregateGroup', count: number | null }> };

export type KpiCardFragment = { __typename: 'KpiResult', value: number | null, target: number | null, status: KpiStatus, kpi: { __typename: 'KpiMetric', id: string, name: string, description: string | null, unit: string, lowerIsBetter: boolean, domain: KpiDomain }, series: Array<{ __typename: 'KpiPoint', start: string, end: string, value: number | null }> } & { ' $fragmentName'?: 'KpiCardFragment' };

export type KpiPageQueryVariables = Exact<{
  from: string;
  to: string;
  interval: KpiInterval;
}>;


export type KpiPageQuery = { __typename: 'Query', kpis: Array<(
    { __typename: 'KpiResult', kpi: { __typename: 'KpiMetric', id: string, domain: KpiDomain } }
    & { ' $fragmentRefs'?: { 'KpiCardFragment': KpiCardFragment } }
  )> };

export type MarketingPageQueryVariables = Exact<{
  from: string;
}>;


export type MarketingPageQuery = { __typename: 'Query', marketingOverview: Array<{ __typename: 'MarketingOverviewRow', campaignId: string, name: string, leads: number, cost: string, costPerLead: string | null, revenue: string, roi: number | null }>, websiteAnalytics: Array<{ __typename: 'WebsiteAnalyticsDay', date: string, sessions: number }>, digitalChannels: Array<{ __typename: 'DigitalChannelReport', id: string, channelName: string, leads: number, cost: string }>, marketingAttribution: Array<{ __typename: 'MarketingAttribution', id: string, channel: string, firstTouchConversions: number, lastTouchConversions: number, assistedConversions: number }> };

export type OperationsPageQueryVariables = Exact<{
  filter?: TicketFilter | null | undefined;
  readsAll: boolean;
}>;


export type OperationsPageQuery = { __typename: 'Query', opsOverview?: Array<{ __typename: 'OpsOverviewRow', slaId: string, slaName: string, resolutionTargetHours: number, openTickets: number, closedTickets: number, breachedTickets: number }>, opsAverageResolutionTime?: Array<{ __typename: 'OpsResolutionTime', priority: TaskPriority, closedTickets: number, averageHours: number }>, tickets: { __typename: 'TicketConnection', totalCount: number, edges: Array<{ __typename: 'TicketEdge', node: (
        { __typename: 'Ticket', id: string }
        & { ' $fragmentRefs'?: { 'TicketRowFragment': TicketRowFragment } }
      ) }> } };

export type CreateTicketMutationVariables = Exact<{
  input: CreateTicketInput;
}>;


export type CreateTicketMutation = { __typename: 'Mutation', createTicket: { __typename: 'Ticket', id: string } };

export type TicketRowFragment = { __typename: 'Ticket', id: string, subject: string, priority: TaskPriority, createdAt: string, closedAt: string | null, slaDueAt: string | null, slaBreached: boolean, resolutionHours: number | null, status: { __typename: 'TicketStatus', id: string, key: string, name: string, next: Array<{ __typename: 'TicketStatus', id: string, key: string, name: string }> }, assignee: { __typename: 'Staff', id: string, fullName: string } | null, partner: { __typename: 'Partner', id: string, brandName: string } | null } & { ' $fragmentName'?: 'TicketRowFragment' };

export type MoveTicketMutationVariables = Exact<{
  id: string | number;
  status: string;
}>;


export type MoveTicketMutation = { __typename: 'Mutation', moveTicket: (
    { __typename: 'Ticket', id: string }
    & { ' $fragmentRefs'?: { 'TicketRowFragment': TicketRowFragment } }
  ) };

export type PartnerAsinTreeFragment = { __typename: 'Partner', id: string, childAsinCount: number, parentAsinCount: number, asins: { __typename: 'AsinConnection', nodes: Array<{ __typename: 'Asin', id: string, asinCode: string, title: string | null, status: AsinStatus, isParent: boolean, parentAsin: string | null, price: string | null }> } } & { ' $fragmentName'?: 'PartnerAsinTreeFragment' };

export type PartnerFinancialsFragment = { __typename: 'Partner', id: string, baseFee: string | null, commissionRate: string | null, billingDay: number | null } & { ' $fragmentName'?: 'PartnerFinancialsFragment' };

export type PartnerIdentityFragment = { __typename: 'Partner', id: string, brandName: string, partnerCode: string, status: PartnerStatus, tier: PartnerTier, clientName: string | null, clientEmail: string | null, clientPhone: string | null, domain: string | null, onboardingDate: string | null, contractStartDate: string | null, contractEndDate: string | null, churnedDate: string | null, notes: string | null, relationshipHealth: { __typename: 'RelationshipHealth', score: number } } & { ' $fragmentName'?: 'PartnerIdentityFragment' };

export type FieldLineageQueryVariables = Exact<{
  id: string | number;
  field: string;
}>;


export type FieldLineageQuery = { __typename: 'Query', partner: { __typename: 'Partner', id: string, lineage: { __typename: 'FieldLineage', id: string, currentValue: string | null, lastUpdatedAt: string, authoritativeSource: { __typename: 'DataSource', id: string, name: string } | null, history: Array<{ __typename: 'LineageEntry', value: unknown, sourceName: string, sourceReference: string | null, batchId: string | null, timestamp: string, changedBy: { __typename: 'Staff', id: string, fullName: string } | null, approvedBy: { __typename: 'Staff', id: string, fullName: string } | null }> } | null } | null };

export type PartnerDetailPageQueryVariables = Exact<{
  id: string | number;
  from: string;
  financials: boolean;
}>;


export type PartnerDetailPageQuery = { __typename: 'Query', partner: (
    { __typename: 'Partner', id: string, brandName: string, partnerCode: string, status: PartnerStatus, tier: PartnerTier }
    & { ' $fragmentRefs'?: { 'PartnerIdentityFragment': PartnerIdentityFragment;'PartnerTeamFragment': PartnerTeamFragment;'PartnerAsinTreeFragment': PartnerAsinTreeFragment;'PartnerStatusStripFragment': PartnerStatusStripFragment;'PartnerSheetsFragment': PartnerSheetsFragment } }
  ) & { ' $fragmentRefs'?: { 'PartnerFinancialsFragment': PartnerFinancialsFragment } } | null };

export type PartnerSheetsFragment = { __typename: 'Partner', id: string, sheets: Array<{ __typename: 'PartnerSheet', id: string, sheetType: SheetType, sheetName: string | null, sheetUrl: string, status: SheetStatus, isVerified: boolean, verifiedAt: string | null, verifiedBy: { __typename: 'Staff', id: string, fullName: string } | null }> } & { ' $fragmentName'?: 'PartnerSheetsFragment' };

export type PartnerStatusStripFragment = { __typename: 'Partner', id: string, weeklyStatuses: { __typename: 'WeeklyStatusConnection', edges: Array<{ __typename: 'WeeklyStatusEdge', node: { __typename: 'WeeklyStatus', id: string, weekStartDate: string, status: PartnerStatus, happyClient: boolean | null, notes: string | null, reportedBy: { __typename: 'Staff', id: string, fullName: string } | null } }> } } & { ' $fragmentName'?: 'PartnerStatusStripFragment' };

export type PartnerTeamFragment = { __typename: 'Partner', id: string, assignments: { __typename: 'AssignmentConnection', edges: Array<{ __typename: 'AssignmentEdge', node: { __typename: 'Assignment', id: string, assignmentRole: AssignmentRole, isActive: boolean, isPrimary: boolean, assignedAt: string, unassignedAt: string | null, staff: { __typename: 'Staff', id: string, fullName: string, title: string | null, squads: Array<{ __typename: 'Squad', id: string, name: string }> } } }> } } & { ' $fragmentName'?: 'PartnerTeamFragment' };

export type PartnersExportQueryVariables = Exact<{
  filter?: PartnerFilter | null | undefined;
  orderBy?: Array<PartnerOrderBy> | PartnerOrderBy | null | undefined;
  financials: boolean;
}>;


export type PartnersExportQuery = { __typename: 'Query', partners: { __typename: 'PartnerConnection', nodes: Array<{ __typename: 'Partner', partnerCode: string, brandName: string, status: PartnerStatus, tier: PartnerTier, clientName: string | null, clientEmail: string | null, onboardingDate: string | null, baseFee?: string | null, commissionRate?: string | null, childAsinCount: number, podLeader: { __typename: 'Staff', fullName: string, email: string } | null, latestWeeklyStatus: { __typename: 'WeeklyStatus', status: PartnerStatus, weekStartDate: string } | null }> } };

export type PartnerRowFragment = { __typename: 'Partner', id: string, brandName: string, partnerCode: string, status: PartnerStatus, tier: PartnerTier, childAsinCount: number, podLeader: { __typename: 'Staff', id: string, fullName: string } | null, latestWeeklyStatus: { __typename: 'WeeklyStatus', id: string, status: PartnerStatus, weekStartDate: string } | null } & { ' $fragmentName'?: 'PartnerRowFragment' };

export type PartnersPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: PartnerFilter | null | undefined;
  orderBy?: Array<PartnerOrderBy> | PartnerOrderBy | null | undefined;
}>;


export type PartnersPageQuery = { __typename: 'Query', partners: { __typename: 'PartnerConnection', totalCount: number, edges: Array<{ __typename: 'PartnerEdge', cursor: string, node: (
        { __typename: 'Partner', id: string }
        & { ' $fragmentRefs'?: { 'PartnerRowFragment': PartnerRowFragment } }
      ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type PartnerFilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerFilterOptionsQuery = { __typename: 'Query', podLeaders: { __typename: 'StaffConnection', edges: Array<{ __typename: 'StaffEdge', node: { __typename: 'Staff', id: string, fullName: string } }> }, squads: { __typename: 'SquadConnection', edges: Array<{ __typename: 'SquadEdge', node: { __typename: 'Squad', id: string, name: string } }> } };

export type ChangeCardFragment = { __typename: 'StagedChange', id: string, batchId: string, entityType: EntityType, entityKey: string, changeType: ChangeType, status: StagedChangeStatus, changedFields: Array<string>, oldValues: unknown, newValues: unknown, sourceReference: string | null, rejectionReason: string | null, applyError: string | null } & { ' $fragmentName'?: 'ChangeCardFragment' };

export type EditStagedChangeMutationVariables = Exact<{
  id: string | number;
  newValues: unknown;
}>;


export type EditStagedChangeMutation = { __typename: 'Mutation', editStagedChange: (
    { __typename: 'StagedChange', id: string }
    & { ' $fragmentRefs'?: { 'ChangeCardFragment': ChangeCardFragment } }
  ) };

export type DataSourceCardFragment = (
  { __typename: 'DataSource', id: string, name: string, type: DataSourceType, status: DataSourceStatus, description: string | null, lastSyncedAt: string | null, lastSyncError: string | null, fieldMappings: Array<{ __typename: 'FieldMapping', id: string, sourceTab: string | null, sourceColumn: string, targetTable: string, targetField: string, transformType: TransformType, isAuthoritative: boolean, priority: number }>, syncLogs: { __typename: 'SyncLogConnection', edges: Array<{ __typename: 'SyncLogEdge', node: (
        { __typename: 'SyncLog', id: string }
        & { ' $fragmentRefs'?: { 'SyncLogEntryFragment': SyncLogEntryFragment } }
      ) }> } }
  & { ' $fragmentRefs'?: { 'MappingEditorFragment': MappingEditorFragment } }
) & { ' $fragmentName'?: 'DataSourceCardFragment' };

export type RunSyncMutationVariables = Exact<{
  id: string | number;
  csv?: string | null | undefined;
}>;


export type RunSyncMutation = { __typename: 'Mutation', runSync: { __typename: 'SyncLog', id: string, status: SyncStatus, progress: { __typename: 'SyncProgress', step: string, percent: number } } };

export type SyncProgressQueryVariables = Exact<{
  id: string | number;
}>;


export type SyncProgressQuery = { __typename: 'Query', syncLog: { __typename: 'SyncLog', id: string, status: SyncStatus, changesStaged: number, errors: number, progress: { __typename: 'SyncProgress', step: string, done: number, total: number, percent: number } } | null };

export type MappingEditorFragment = { __typename: 'DataSource', id: string, type: DataSourceType, fieldMappings: Array<{ __typename: 'FieldMapping', id: string, sourceTab: string | null, sourceColumn: string, sourceColumnIndex: number | null, targetTable: string, targetField: string, transformType: TransformType, transformConfig: unknown, isAuthoritative: boolean, priority: number }> } & { ' $fragmentName'?: 'MappingEditorFragment' };

export type PipelineTargetsQueryVariables = Exact<{ [key: string]: never; }>;


export type PipelineTargetsQuery = { __typename: 'Query', pipelineTargets: Array<{ __typename: 'PipelineTarget', table: string, required: Array<string>, fields: Array<{ __typename: 'PipelineTargetField', name: string, kind: string, lookup: string | null }> }> };

export type SourcePreviewQueryVariables = Exact<{
  id: string | number;
  csv?: string | null | undefined;
}>;


export type SourcePreviewQuery = { __typename: 'Query', previewDataSource: Array<{ __typename: 'SourcePreview', name: string, header: Array<string>, rowCount: number, rows: Array<Array<string>>, columns: Array<{ __typename: 'PreviewColumn', index: number, name: string, guessedType: GuessedType, dateFormat: string | null }> }>, suggestFieldMappings: Array<{ __typename: 'FieldMappingSuggestion', sourceTab: string | null, sourceColumn: string, sourceColumnIndex: number, targetTable: string, targetField: string, transformType: TransformType, transformConfig: unknown }> };

export type SetFieldMappingsMutationVariables = Exact<{
  id: string | number;
  mappings: Array<FieldMappingInput> | FieldMappingInput;
}>;


export type SetFieldMappingsMutation = { __typename: 'Mutation', setFieldMappings: Array<{ __typename: 'FieldMapping', id: string }> };

export type ReviewPageQueryVariables = Exact<{
  statuses: Array<StagedChangeStatus> | StagedChangeStatus;
}>;


export type ReviewPageQuery = { __typename: 'Query', dataSources: { __typename: 'DataSourceConnection', edges: Array<{ __typename: 'DataSourceEdge', node: (
        { __typename: 'DataSource', id: string }
        & { ' $fragmentRefs'?: { 'DataSourceCardFragment': DataSourceCardFragment } }
      ) }> }, stagedChanges: { __typename: 'StagedChangeConnection', totalCount: number, edges: Array<{ __typename: 'StagedChangeEdge', node: (
        { __typename: 'StagedChange', id: string, batchId: string, status: StagedChangeStatus, dataSource: { __typename: 'DataSource', id: string, name: string } | null }
        & { ' $fragmentRefs'?: { 'ChangeCardFragment': ChangeCardFragment } }
      ) }> } };

export type ApproveChangesMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ApproveChangesMutation = { __typename: 'Mutation', approveStagedChanges: number };

export type RejectChangesMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
  reason: string;
}>;


export type RejectChangesMutation = { __typename: 'Mutation', rejectStagedChanges: number };

export type ApproveBatchMutationVariables = Exact<{
  batchId: string | number;
}>;


export type ApproveBatchMutation = { __typename: 'Mutation', approveBatch: number };

export type ApplyBatchMutationVariables = Exact<{
  batchId: string | number;
}>;


export type ApplyBatchMutation = { __typename: 'Mutation', applyBatch: { __typename: 'ApplyResult', applied: number, failed: number, conflicts: number } };

export type SyncLogEntryFragment = { __typename: 'SyncLog', id: string, batchId: string, status: SyncStatus, startedAt: string, recordsScanned: number, changesStaged: number, changesApplied: number, errors: number, errorLog: unknown, inputName: string | null, initiatedBy: { __typename: 'Staff', id: string, fullName: string } | null } & { ' $fragmentName'?: 'SyncLogEntryFragment' };

export type RevertBatchMutationVariables = Exact<{
  batchId: string | number;
}>;


export type RevertBatchMutation = { __typename: 'Mutation', revertBatch: string };

export type LeadRowFragment = { __typename: 'SalesLead', id: string, company: string, contactName: string | null, stage: string, status: LeadStatus, expectedValue: string | null, owner: { __typename: 'Staff', id: string, fullName: string } | null, partner: { __typename: 'Partner', id: string, brandName: string } | null } & { ' $fragmentName'?: 'LeadRowFragment' };

export type MoveLeadMutationVariables = Exact<{
  id: string | number;
  stage: string;
  reasonId?: string | number | null | undefined;
}>;


export type MoveLeadMutation = { __typename: 'Mutation', moveLeadStage: (
    { __typename: 'SalesLead', id: string }
    & { ' $fragmentRefs'?: { 'LeadRowFragment': LeadRowFragment } }
  ) };

export type ConvertLeadMutationVariables = Exact<{
  id: string | number;
}>;


export type ConvertLeadMutation = { __typename: 'Mutation', convertLead: (
    { __typename: 'SalesLead', id: string }
    & { ' $fragmentRefs'?: { 'LeadRowFragment': LeadRowFragment } }
  ) };

export type SalesPageQueryVariables = Exact<{
  status: LeadStatus;
  readsAll: boolean;
}>;


export type SalesPageQuery = { __typename: 'Query', salesStages: Array<{ __typename: 'SalesStage', key: string, name: string, outcome: string | null }>, salesReasons: Array<{ __typename: 'SalesReason', id: string, name: string, category: SalesReasonCategory }>, salesPipelineOverview?: Array<{ __typename: 'SalesPipelineRow', stage: string, leads: number, expectedValue: string }>, salesActivitySummary?: Array<{ __typename: 'SalesActivitySummary', activities: number, calls: number, emails: number, meetings: number, lastActivityDate: string | null, staff: { __typename: 'Staff', id: string, fullName: string } | null }>, salesLeads: { __typename: 'SalesLeadConnection', totalCount: number, edges: Array<{ __typename: 'SalesLeadEdge', node: (
        { __typename: 'SalesLead', id: string }
        & { ' $fragmentRefs'?: { 'LeadRowFragment': LeadRowFragment } }
      ) }> } };

export type CreateLeadMutationVariables = Exact<{
  input: CreateLeadInput;
}>;


export type CreateLeadMutation = { __typename: 'Mutation', createLead: { __typename: 'SalesLead', id: string } };

export type SquadCardFragment = { __typename: 'Squad', id: string, name: string, type: SquadType, description: string | null, members: Array<{ __typename: 'SquadMembership', id: string, role: SquadRole, staff: { __typename: 'Staff', id: string, fullName: string, role: StaffRole, currentClientCount: number, maxClients: number | null } }>, partners: Array<{ __typename: 'Partner', id: string, brandName: string, status: PartnerStatus }> } & { ' $fragmentName'?: 'SquadCardFragment' };

export type SquadsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type SquadsPageQuery = { __typename: 'Query', squads: { __typename: 'SquadConnection', edges: Array<{ __typename: 'SquadEdge', node: (
        { __typename: 'Squad', id: string }
        & { ' $fragmentRefs'?: { 'SquadCardFragment': SquadCardFragment } }
      ) }> } };

export type StaffPtoCalendarFragment = { __typename: 'Staff', id: string, ptoRecords: Array<{ __typename: 'PtoRecord', id: string, type: PtoType, status: PtoStatus, startDate: string, endDate: string, notes: string | null }> | null } & { ' $fragmentName'?: 'StaffPtoCalendarFragment' };

export type StaffDetailPageQueryVariables = Exact<{
  id: string | number;
}>;


export type StaffDetailPageQuery = { __typename: 'Query', staff: (
    { __typename: 'Staff', id: string, fullName: string, email: string, title: string | null, role: StaffRole, status: StaffStatus, department: Department | null, phone: string | null, hireDate: string | null, currentClientCount: number, maxClients: number | null, squadMemberships: Array<{ __typename: 'SquadMembership', id: string, role: SquadRole, isActive: boolean, squad: { __typename: 'Squad', id: string, name: string } }>, partners: Array<{ __typename: 'Partner', id: string, brandName: string, partnerCode: string, status: PartnerStatus }>, training: Array<{ __typename: 'StaffTraining', id: string, moduleName: string, status: TrainingStatus, dueDate: string | null, completedAt: string | null, score: string | null }> | null }
    & { ' $fragmentRefs'?: { 'StaffPtoCalendarFragment': StaffPtoCalendarFragment } }
  ) | null };

export type StaffRowFragment = { __typename: 'Staff', id: string, fullName: string, email: string, role: StaffRole, title: string | null, status: StaffStatus, currentClientCount: number, maxClients: number | null, squads: Array<{ __typename: 'Squad', id: string, name: string }> } & { ' $fragmentName'?: 'StaffRowFragment' };

export type StaffListPageQueryVariables = Exact<{
  filter?: StaffFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type StaffListPageQuery = { __typename: 'Query', staffMembers: { __typename: 'StaffConnection', totalCount: number, edges: Array<{ __typename: 'StaffEdge', cursor: string, node: (
        { __typename: 'Staff', id: string }
        & { ' $fragmentRefs'?: { 'StaffRowFragment': StaffRowFragment } }
      ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type WeeklyStatusPageQueryVariables = Exact<{
  from: string;
  first: number;
  after?: string | null | undefined;
}>;


export type WeeklyStatusPageQuery = { __typename: 'Query', partners: { __typename: 'PartnerConnection', totalCount: number, edges: Array<{ __typename: 'PartnerEdge', cursor: string, node: (
        { __typename: 'Partner', id: string }
        & { ' $fragmentRefs'?: { 'WeeklyStatusRowFragment': WeeklyStatusRowFragment } }
      ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type WeeklyStatusRowFragment = { __typename: 'Partner', id: string, brandName: string, partnerCode: string, status: PartnerStatus, weeklyStatuses: { __typename: 'WeeklyStatusConnection', edges: Array<{ __typename: 'WeeklyStatusEdge', node: { __typename: 'WeeklyStatus', id: string, weekStartDate: string, status: PartnerStatus, happyClient: boolean | null, notes: string | null } }> } } & { ' $fragmentName'?: 'WeeklyStatusRowFragment' };

export type RecordWeeklyStatusMutationVariables = Exact<{
  input: RecordWeeklyStatusInput;
  from: string;
}>;


export type RecordWeeklyStatusMutation = { __typename: 'Mutation', recordWeeklyStatus: { __typename: 'WeeklyStatus', id: string, weekStartDate: string, status: PartnerStatus, happyClient: boolean | null, notes: string | null, partner: (
      { __typename: 'Partner', id: string }
      & { ' $fragmentRefs'?: { 'WeeklyStatusRowFragment': WeeklyStatusRowFragment } }
    ) } };

export type PlaygroundSavedQueriesQueryVariables = Exact<{ [key: string]: never; }>;


export type PlaygroundSavedQueriesQuery = { __typename: 'Query', viewer: { __typename: 'Staff', id: string } | null, savedQueries: Array<{ __typename: 'SavedQuery', id: string, name: string, description: string | null, query: string, variables: unknown, isShared: boolean, owner: { __typename: 'Staff', id: string, fullName: string } | null }> };

export type PlaygroundSaveQueryMutationVariables = Exact<{
  input: SaveQueryInput;
}>;


export type PlaygroundSaveQueryMutation = { __typename: 'Mutation', saveQuery: { __typename: 'SavedQuery', id: string } };

export type PlaygroundDeleteQueryMutationVariables = Exact<{
  id: string | number;
}>;


export type PlaygroundDeleteQueryMutation = { __typename: 'Mutation', deleteSavedQuery: { __typename: 'SavedQuery', id: string } };

export const HomeStatusBarsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HomeStatusBars"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerAggregateGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]} as unknown as DocumentNode<HomeStatusBarsFragment, unknown>;
export const HomeTierBarsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HomeTierBars"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerAggregateGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]} as unknown as DocumentNode<HomeTierBarsFragment, unknown>;
export const HomeAtRiskPartnerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HomeAtRiskPartner"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brandName"}},{"kind":"Field","name":{"kind":"Name","value":"partnerCode"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"podLeader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestWeeklyStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]} as unknown as DocumentNode<HomeAtRiskPartnerFragment, unknown>;
export const KpiCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"lowerIsBetter"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<KpiCardFragment, unknown>;
export const TicketRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreached"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionHours"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"next"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brandName"}}]}}]}}]} as unknown as DocumentNode<TicketRowFragment, unknown>;
export const PartnerAsinTreeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerAsinTree"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"childAsinCount"}},{"kind":"Field","name":{"kind":"Name","value":"parentAsinCount"}},{"kind":"Field","name":{"kind":"Name","value":"asins"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"asinCode"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"asinCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isParent"}},{"kind":"Field","name":{"kind":"Name","value":"parentAsin"}},{"kind":"Field","name":{"kind":"Name","value":"price"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerAsinTreeFragment, unknown>;
export const PartnerFinancialsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFinancials"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"baseFee"}},{"kind":"Field","name":{"kind":"Name","value":"commissionRate"}},{"kind":"Field","name":{"kind":"Name","value":"billingDay"}}]}}]} as unknown as DocumentNode<PartnerFinancialsFragment, unknown>;
export const PartnerIdentityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerIdentity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brandName"}},{"kind":"Field","name":{"kind":"Name","value":"partnerCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"clientPhone"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"onboardingDate"}},{"kind":"Field","name":{"kind":"Name","value":"contractStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"contractEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"churnedDate"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]} as unknown as DocumentNode<PartnerIdentityFragment, unknown>;
export const PartnerSheetsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerSheets"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sheets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sheetType"}},{"kind":"Field","name":{"kind":"Name","value":"sheetName"}},{"kind":"Field","name":{"kind":"Name","value":"sheetUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isVerified"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerSheetsFragment, unknown>;
export const PartnerStatusStripFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerStatusStrip"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyStatuses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"60"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"happyClient"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerStatusStripFragment, unknown>;
export const PartnerTeamFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerTeam"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"assignedAt"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentRole"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unassignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"squads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerTeamFragment, unknown>;
export const PartnerRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brandName"}},{"kind":"Field","name":{"kind":"Name","value":"partnerCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"childAsinCount"}},{"kind":"Field","name":{"kind":"Name","value":"podLeader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestWeeklyStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"weekStartDate"}}]}}]}}]} as unknown as DocumentNode<PartnerRowFragment, unknown>;
export const ChangeCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StagedChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityKey"}},{"kind":"Field","name":{"kind":"Name","value":"changeType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"oldValues"}},{"kind":"Field","name":{"kind":"Name","value":"newValues"}},{"kind":"Field","name":{"kind":"Name","value":"sourceReference"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"applyError"}}]}}]} as unknown as DocumentNode<ChangeCardFragment, unknown>;
export const MappingEditorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MappingEditor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fieldMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTab"}},{"kind":"Field","name":{"kind":"Name","value":"sourceColumn"}},{"kind":"Field","name":{"kind":"Name","value":"sourceColumnIndex"}},{"kind":"Field","name":{"kind":"Name","value":"targetTable"}},{"kind":"Field","name":{"kind":"Name","value":"targetField"}},{"kind":"Field","name":{"kind":"Name","value":"transformType"}},{"kind":"Field","name":{"kind":"Name","value":"transformConfig"}},{"kind":"Field","name":{"kind":"Name","value":"isAuthoritative"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}}]}}]} as unknown as DocumentNode<MappingEditorFragment, unknown>;
export const SyncLogEntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SyncLogEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SyncLog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordsScanned"}},{"kind":"Field","name":{"kind":"Name","value":"changesStaged"}},{"kind":"Field","name":{"kind":"Name","value":"changesApplied"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}},{"kind":"Field","name":{"kind":"Name","value":"errorLog"}},{"kind":"Field","name":{"kind":"Name","value":"inputName"}},{"kind":"Field","name":{"kind":"Name","value":"initiatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<SyncLogEntryFragment, unknown>;
export const DataSourceCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataSourceCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncError"}},{"kind":"Field","name":{"kind":"Name","value":"fieldMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTab"}},{"kind":"Field","name":{"kind":"Name","value":"sourceColumn"}},{"kind":"Field","name":{"kind":"Name","value":"targetTable"}},{"kind":"Field","name":{"kind":"Name","value":"targetField"}},{"kind":"Field","name":{"kind":"Name","value":"transformType"}},{"kind":"Field","name":{"kind":"Name","value":"isAuthoritative"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MappingEditor"}},{"kind":"Field","name":{"kind":"Name","value":"syncLogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"startedAt"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SyncLogEntry"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MappingEditor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fieldMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTab"}},{"kind":"Field","name":{"kind":"Name","value":"sourceColumn"}},{"kind":"Field","name":{"kind":"Name","value":"sourceColumnIndex"}},{"kind":"Field","name":{"kind":"Name","value":"targetTable"}},{"kind":"Field","name":{"kind":"Name","value":"targetField"}},{"kind":"Field","name":{"kind":"Name","value":"transformType"}},{"kind":"Field","name":{"kind":"Name","value":"transformConfig"}},{"kind":"Field","name":{"kind":"Name","value":"isAuthoritative"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SyncLogEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SyncLog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordsScanned"}},{"kind":"Field","name":{"kind":"Name","value":"changesStaged"}},{"kind":"Field","name":{"kind":"Name","value":"changesApplied"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}},{"kind":"Field","name":{"kind":"Name","value":"errorLog"}},{"kind":"Field","name":{"kind":"Name","value":"inputName"}},{"kind":"Field","name":{"kind":"Name","value":"initiatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]} as unknown as DocumentNode<DataSourceCardFragment, unknown>;
export const LeadRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SalesLead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expectedValue"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brandName"}}]}}]}}]} as unknown as DocumentNode<LeadRowFragment, unknown>;
export const SquadCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SquadCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Squad"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"currentClientCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxClients"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brandName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SquadCardFragment, unknown>;
export const StaffPtoCalendarFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffPtoCalendar"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Staff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ptoRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]} as unknown as DocumentNode<StaffPtoCalendarFragment, unknown>;
export const StaffRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Staff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentClientCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxClients"}},{"kind":"Field","name":{"kind":"Name","value":"squads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StaffRowFragment, unknown>;
export const WeeklyStatusRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WeeklyStatusRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brandName"}},{"kind":"Field","name":{"kind":"Name","value":"partnerCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyStatuses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"happyClient"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WeeklyStatusRowFragment, unknown>;
export const ViewerPermissionsDocument = {"__meta__":{"hash":"sha256:813000f4a72659b573bb7f82c684ac26b198382811f01537b550fab7a6a00032"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerPermissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewerPermissions"}}]}}]} as unknown as DocumentNode<ViewerPermissionsQuery, ViewerPermissionsQueryVariables>;
export const FinancePageDocument = {"__meta__":{"hash":"sha256:505ee6faf6135b2430d1f639256d0fa61ab8a6d4ebdfdebc95941cb7cd6b36dd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinancePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"arSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"bucket"}},{"kind":"Field","name":{"kind":"Name","value":"invoices"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"arAging"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}},{"kind":"Field","name":{"kind":"Name","value":"daysPastDue"}},{"kind":"Field","name":{"kind":"Name","value":"bucket"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financeOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"invoiced"}},{"kind":"Field","name":{"kind":"Name","value":"collected"}},{"kind":"Field","name":{"kind":"Name","value":"refunded"}},{"kind":"Field","name":{"kind":"Name","value":"netCollected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financeMargins"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"costOfGoodsSold"}},{"kind":"Field","name":{"kind":"Name","value":"grossMargin"}},{"kind":"Field","name":{"kind":"Name","value":"marginRate"}}]}}]}}]} as unknown as DocumentNode<FinancePageQuery, FinancePageQueryVariables>;
export const HomePageDocument = {"__meta__":{"hash":"sha256:7910e6fff284c67584e7ab846ff150a4e43e19b07080587d6492256f631d31bf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"week"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"canReview"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byStatus"},"name":{"kind":"Name","value":"partnersAggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"STATUS"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"HomeStatusBars"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byTier"},"name":{"kind":"Name","value":"partnersAggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"TIER"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"HomeTierBars"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"atRisk"},"name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"EnumValue","value":"AT_RISK"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"brandName"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"HomeAtRiskPartner"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"reportable"},"name":{"kind":"Name","value":"partnersAggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"notIn"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CHURNED"}]}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"thisWeek"},"name":{"kind":"Name","value":"weeklyStatusesAggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"weekStartDate"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"week"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"partner"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"notIn"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CHURNED"}]}}]}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"pending"},"name":{"kind":"Name","value":"stagedChangesAggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"EnumValue","value":"PENDING"}}]}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"canReview"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HomeStatusBars"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerAggregateGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HomeTierBars"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerAggregateGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HomeAtRiskPartner"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brandName"}},{"kind":"Field","name":{"kind":"Name","value":"partnerCode"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"podLeader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestWeeklyStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]} as unknown as DocumentNode<HomePageQuery, HomePageQueryVariables>;
export const KpiPageDocument = {"__meta__":{"hash":"sha256:62ea049e85bf32e0ae0a31c4a4a2c5c609ae980319c4cb1eb90c49d4d44279bf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KpiPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"interval"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiInterval"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interval"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"lowerIsBetter"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<KpiPageQuery, KpiPageQueryVariables>;
export const MarketingPageDocument = {"__meta__":{"hash":"sha256:ba9bccce63a9805b073ce0128dbe78c44c81fb3251f7bd146ed9d50312ed1834"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketingPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"marketingOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"leads"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"costPerLead"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"}},{"kind":"Field","name":{"kind":"Name","value":"roi"}}]}},{"kind":"Field","name":{"kind":"Name","value":"websiteAnalytics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"digitalChannels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channelName"}},{"kind":"Field","name":{"kind":"Name","value":"leads"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"marketingAttribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"firstTouchConversions"}},{"kind":"Field","name":{"kind":"Name","value":"lastTouchConversions"}},{"kind":"Field","name":{"kind":"Name","value":"assistedConversions"}}]}}]}}]} as unknown as DocumentNode<MarketingPageQuery, MarketingPageQueryVariables>;
export const OperationsPageDocument = {"__meta__":{"hash":"sha256:218314357d936ce8ada9c542807862b59d6797d3d1400aec28df02fce11ed329"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperationsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"readsAll"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"opsOverview"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"readsAll"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"slaId"}},{"kind":"Field","name":{"kind":"Name","value":"slaName"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionTargetHours"}},{"kind":"Field","name":{"kind":"Name","value":"openTickets"}},{"kind":"Field","name":{"kind":"Name","value":"closedTickets"}},{"kind":"Field","name":{"kind":"Name","value":"breachedTickets"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opsAverageResolutionTime"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"readsAll"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"closedTickets"}},{"kind":"Field","name":{"kind":"Name","value":"averageHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"createdAt"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreached"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionHours"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"next"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brandName"}}]}}]}}]} as unknown as DocumentNode<OperationsPageQuery, OperationsPageQueryVariables>;
export const CreateTicketDocument = {"__meta__":{"hash":"sha256:b6b24f613e6611c0d6faa08021b8cd38b46e1a55d4f62785173519d8ee96533f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateTicketMutation, CreateTicketMutationVariables>;
export const MoveTicketDocument = {"__meta__":{"hash":"sha256:23471f306c441b46816543bdbe603dff308dc89852535209eafd21ad70e66aac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"moveTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TicketRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TicketRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaBreached"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionHours"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"next"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brandName"}}]}}]}}]} as unknown as DocumentNode<MoveTicketMutation, MoveTicketMutationVariables>;
export const FieldLineageDocument = {"__meta__":{"hash":"sha256:df19315502d5ef24c46da1d112b58b4ad4dfcd0b7a43914e1302ff33ef141a3e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FieldLineage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"field"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"field"},"value":{"kind":"Variable","name":{"kind":"Name","value":"field"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentValue"}},{"kind":"Field","name":{"kind":"Name","value":"lastUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"authoritativeSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"sourceName"}},{"kind":"Field","name":{"kind":"Name","value":"sourceReference"}},{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FieldLineageQuery, FieldLineageQueryVariables>;
export const PartnerDetailPageDocument = {"__meta__":{"hash":"sha256:960936c1d49cea437decef167f8e5b6c9342e8caf12dd59c5960b31706b28b42"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerDetailPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"financials"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brandName"}},{"kind":"Field","name":{"kind":"Name","value":"partnerCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerIdentity"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFinancials"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"financials"}}}]}]},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerTeam"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerAsinTree"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerStatusStrip"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerSheets"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerIdentity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brandName"}},{"kind":"Field","name":{"kind":"Name","value":"partnerCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"clientPhone"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"onboardingDate"}},{"kind":"Field","name":{"kind":"Name","value":"contractStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"contractEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"churnedDate"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFinancials"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"baseFee"}},{"kind":"Field","name":{"kind":"Name","value":"commissionRate"}},{"kind":"Field","name":{"kind":"Name","value":"billingDay"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerTeam"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"assignedAt"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentRole"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unassignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"squads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerAsinTree"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"childAsinCount"}},{"kind":"Field","name":{"kind":"Name","value":"parentAsinCount"}},{"kind":"Field","name":{"kind":"Name","value":"asins"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"asinCode"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"asinCode"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isParent"}},{"kind":"Field","name":{"kind":"Name","value":"parentAsin"}},{"kind":"Field","name":{"kind":"Name","value":"price"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerStatusStrip"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyStatuses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"60"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"happyClient"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerSheets"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sheets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sheetType"}},{"kind":"Field","name":{"kind":"Name","value":"sheetName"}},{"kind":"Field","name":{"kind":"Name","value":"sheetUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isVerified"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerDetailPageQuery, PartnerDetailPageQueryVariables>;
export const PartnersExportDocument = {"__meta__":{"hash":"sha256:7fe11cc75d0af7f6d6796804ee3a9bea7f88245e325c550edf82eb3126130385"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnersExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerOrderBy"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"financials"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"partnerCode"}},{"kind":"Field","name":{"kind":"Name","value":"brandName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"clientEmail"}},{"kind":"Field","name":{"kind":"Name","value":"onboardingDate"}},{"kind":"Field","name":{"kind":"Name","value":"baseFee"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"financials"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"commissionRate"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"financials"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"childAsinCount"}},{"kind":"Field","name":{"kind":"Name","value":"podLeader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestWeeklyStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"weekStartDate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnersExportQuery, PartnersExportQueryVariables>;
export const PartnersPageDocument = {"__meta__":{"hash":"sha256:3992f8419e5d28e49b0a6eb137eb8332ae81de96b48af5f0b1f31e44868b3c6b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnersPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerOrderBy"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brandName"}},{"kind":"Field","name":{"kind":"Name","value":"partnerCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"childAsinCount"}},{"kind":"Field","name":{"kind":"Name","value":"podLeader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestWeeklyStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"weekStartDate"}}]}}]}}]} as unknown as DocumentNode<PartnersPageQuery, PartnersPageQueryVariables>;
export const PartnerFilterOptionsDocument = {"__meta__":{"hash":"sha256:392605ebda20b5020026d3de2976ee15cae79a47b624047d991413e2045cb54b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerFilterOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"podLeaders"},"name":{"kind":"Name","value":"staffMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"role"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"EnumValue","value":"POD_LEADER"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"fullName"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"squads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerFilterOptionsQuery, PartnerFilterOptionsQueryVariables>;
export const EditStagedChangeDocument = {"__meta__":{"hash":"sha256:aa81ad48d338ac9a3716ec5373f1a14099fd751b7185d8ea591ec28f893b5f4d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditStagedChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newValues"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"editStagedChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"newValues"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newValues"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StagedChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityKey"}},{"kind":"Field","name":{"kind":"Name","value":"changeType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"oldValues"}},{"kind":"Field","name":{"kind":"Name","value":"newValues"}},{"kind":"Field","name":{"kind":"Name","value":"sourceReference"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"applyError"}}]}}]} as unknown as DocumentNode<EditStagedChangeMutation, EditStagedChangeMutationVariables>;
export const RunSyncDocument = {"__meta__":{"hash":"sha256:0641b2c1352c7f2309cbe896e87c6a89a060a819aa356a3e013d0752e36d36d2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunSync"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"runSync"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dataSourceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}},{"kind":"Argument","name":{"kind":"Name","value":"wait"},"value":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}}]} as unknown as DocumentNode<RunSyncMutation, RunSyncMutationVariables>;
export const SyncProgressDocument = {"__meta__":{"hash":"sha256:7687052551134bf966c1fd04c79438152bb0a0101af54ca53ba33b71233f29b2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SyncProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"syncLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changesStaged"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}}]} as unknown as DocumentNode<SyncProgressQuery, SyncProgressQueryVariables>;
export const PipelineTargetsDocument = {"__meta__":{"hash":"sha256:303df11efd4d0031026999c3519d07e8fb2c96a3968da5261cdc4c95d1628ad6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PipelineTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pipelineTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"lookup"}}]}}]}}]}}]} as unknown as DocumentNode<PipelineTargetsQuery, PipelineTargetsQueryVariables>;
export const SourcePreviewDocument = {"__meta__":{"hash":"sha256:8b42beb9096b71a2176aef45485d8719b985e5811d18fbccfa246a3318b4eaaf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SourcePreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"previewDataSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dataSourceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"guessedType"}},{"kind":"Field","name":{"kind":"Name","value":"dateFormat"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"suggestFieldMappings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dataSourceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTab"}},{"kind":"Field","name":{"kind":"Name","value":"sourceColumn"}},{"kind":"Field","name":{"kind":"Name","value":"sourceColumnIndex"}},{"kind":"Field","name":{"kind":"Name","value":"targetTable"}},{"kind":"Field","name":{"kind":"Name","value":"targetField"}},{"kind":"Field","name":{"kind":"Name","value":"transformType"}},{"kind":"Field","name":{"kind":"Name","value":"transformConfig"}}]}}]}}]} as unknown as DocumentNode<SourcePreviewQuery, SourcePreviewQueryVariables>;
export const SetFieldMappingsDocument = {"__meta__":{"hash":"sha256:61709dc3946c15ba775e053f72ae5442e7c49a1fefab69790c41edb1e9d91988"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetFieldMappings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mappings"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FieldMappingInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setFieldMappings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dataSourceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"mappings"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mappings"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetFieldMappingsMutation, SetFieldMappingsMutationVariables>;
export const ReviewPageDocument = {"__meta__":{"hash":"sha256:e0656b1307b98baf5c72d079a872ccdae5116bfcef1271d1e147eec5376b5727"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StagedChangeStatus"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"dataSources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataSourceCard"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"stagedChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"300"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"in"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"createdAt"},"value":{"kind":"EnumValue","value":"DESC"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"entityKey"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dataSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeCard"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MappingEditor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fieldMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTab"}},{"kind":"Field","name":{"kind":"Name","value":"sourceColumn"}},{"kind":"Field","name":{"kind":"Name","value":"sourceColumnIndex"}},{"kind":"Field","name":{"kind":"Name","value":"targetTable"}},{"kind":"Field","name":{"kind":"Name","value":"targetField"}},{"kind":"Field","name":{"kind":"Name","value":"transformType"}},{"kind":"Field","name":{"kind":"Name","value":"transformConfig"}},{"kind":"Field","name":{"kind":"Name","value":"isAuthoritative"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SyncLogEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SyncLog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordsScanned"}},{"kind":"Field","name":{"kind":"Name","value":"changesStaged"}},{"kind":"Field","name":{"kind":"Name","value":"changesApplied"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}},{"kind":"Field","name":{"kind":"Name","value":"errorLog"}},{"kind":"Field","name":{"kind":"Name","value":"inputName"}},{"kind":"Field","name":{"kind":"Name","value":"initiatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataSourceCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncError"}},{"kind":"Field","name":{"kind":"Name","value":"fieldMappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTab"}},{"kind":"Field","name":{"kind":"Name","value":"sourceColumn"}},{"kind":"Field","name":{"kind":"Name","value":"targetTable"}},{"kind":"Field","name":{"kind":"Name","value":"targetField"}},{"kind":"Field","name":{"kind":"Name","value":"transformType"}},{"kind":"Field","name":{"kind":"Name","value":"isAuthoritative"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MappingEditor"}},{"kind":"Field","name":{"kind":"Name","value":"syncLogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"startedAt"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SyncLogEntry"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StagedChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityKey"}},{"kind":"Field","name":{"kind":"Name","value":"changeType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"oldValues"}},{"kind":"Field","name":{"kind":"Name","value":"newValues"}},{"kind":"Field","name":{"kind":"Name","value":"sourceReference"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"applyError"}}]}}]} as unknown as DocumentNode<ReviewPageQuery, ReviewPageQueryVariables>;
export const ApproveChangesDocument = {"__meta__":{"hash":"sha256:55bd87317671c4ca07bea1c80205ed27c17e5585dc21779b0045ce6773b917b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"approveStagedChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<ApproveChangesMutation, ApproveChangesMutationVariables>;
export const RejectChangesDocument = {"__meta__":{"hash":"sha256:852abb86e1845c2f9a078136f160c5146fdbe351917d7905b77691c010b0293b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rejectStagedChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}]}}]} as unknown as DocumentNode<RejectChangesMutation, RejectChangesMutationVariables>;
export const ApproveBatchDocument = {"__meta__":{"hash":"sha256:a3cc0b64306581fd06685a586601bdff051c2fdeee826992d2646943720368ba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"approveBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"batchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}}}]}]}}]} as unknown as DocumentNode<ApproveBatchMutation, ApproveBatchMutationVariables>;
export const ApplyBatchDocument = {"__meta__":{"hash":"sha256:6858fe807e66a70d0cbf8184098e540f017880f39d982b51e0a8516c8dda55f9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"applyBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"batchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"}}]}}]}}]} as unknown as DocumentNode<ApplyBatchMutation, ApplyBatchMutationVariables>;
export const RevertBatchDocument = {"__meta__":{"hash":"sha256:9c23d150afb9e09c103766cdf67e1574a9eae27c4fee064280b14a2740c65528"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevertBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revertBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"batchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}}}]}]}}]} as unknown as DocumentNode<RevertBatchMutation, RevertBatchMutationVariables>;
export const MoveLeadDocument = {"__meta__":{"hash":"sha256:eb4efd7fa2e24159d00ceccd7145f4dc457c98323ed5a83c375b7b9c719d53d1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reasonId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"moveLeadStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}},{"kind":"Argument","name":{"kind":"Name","value":"reasonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reasonId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SalesLead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expectedValue"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brandName"}}]}}]}}]} as unknown as DocumentNode<MoveLeadMutation, MoveLeadMutationVariables>;
export const ConvertLeadDocument = {"__meta__":{"hash":"sha256:31aa8e1a614ccd98083a06356db8e45763a6425646f54b2d4cb4386f0cac35c3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConvertLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"convertLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SalesLead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expectedValue"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brandName"}}]}}]}}]} as unknown as DocumentNode<ConvertLeadMutation, ConvertLeadMutationVariables>;
export const SalesPageDocument = {"__meta__":{"hash":"sha256:ead7d0bbd1d6120b66e16e569b79d662ef43649048d0933a0deccb2255b6a17a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"readsAll"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"salesStages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"salesReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"salesPipelineOverview"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"readsAll"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"leads"}},{"kind":"Field","name":{"kind":"Name","value":"expectedValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"salesActivitySummary"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"readsAll"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"salesLeads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"createdAt"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SalesLead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expectedValue"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brandName"}}]}}]}}]} as unknown as DocumentNode<SalesPageQuery, SalesPageQueryVariables>;
export const CreateLeadDocument = {"__meta__":{"hash":"sha256:4ab4dfa19eae6ea26d457cd41276070d130dd160e43f80c8bd00dfe2a2524d7a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateLeadMutation, CreateLeadMutationVariables>;
export const SquadsPageDocument = {"__meta__":{"hash":"sha256:8399f7cb881d67dcaa9097a24a53321aaf4c38ce05cbc486887058b5510d2f48"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SquadsPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"squads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SquadCard"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SquadCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Squad"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"currentClientCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxClients"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brandName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SquadsPageQuery, SquadsPageQueryVariables>;
export const StaffDetailPageDocument = {"__meta__":{"hash":"sha256:5b2ca0716396931a05dcd7fd4bf3c962b371de2d0a7fd0fbab1205fa74aefda9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffDetailPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"hireDate"}},{"kind":"Field","name":{"kind":"Name","value":"currentClientCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxClients"}},{"kind":"Field","name":{"kind":"Name","value":"squadMemberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"squad"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brandName"}},{"kind":"Field","name":{"kind":"Name","value":"partnerCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"training"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"moduleName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffPtoCalendar"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffPtoCalendar"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Staff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ptoRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]} as unknown as DocumentNode<StaffDetailPageQuery, StaffDetailPageQueryVariables>;
export const StaffListPageDocument = {"__meta__":{"hash":"sha256:fd6c47089191fc860d14d57eb6e2015a48358c53114a2f50f1114688acc47025"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffListPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"staffMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"fullName"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Staff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentClientCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxClients"}},{"kind":"Field","name":{"kind":"Name","value":"squads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StaffListPageQuery, StaffListPageQueryVariables>;
export const WeeklyStatusPageDocument = {"__meta__":{"hash":"sha256:9977f8cb8bcd17ba7b257fe520ab1fef0058fbc6020575764425ac64604e9b18"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WeeklyStatusPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"notIn"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CHURNED"}]}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"brandName"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WeeklyStatusRow"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WeeklyStatusRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brandName"}},{"kind":"Field","name":{"kind":"Name","value":"partnerCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyStatuses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"happyClient"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WeeklyStatusPageQuery, WeeklyStatusPageQueryVariables>;
export const RecordWeeklyStatusDocument = {"__meta__":{"hash":"sha256:dca4153ee4ab3522eb4f0b7fade09c563281c972dcd90099b05202596e660aa2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordWeeklyStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordWeeklyStatusInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordWeeklyStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"happyClient"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WeeklyStatusRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WeeklyStatusRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brandName"}},{"kind":"Field","name":{"kind":"Name","value":"partnerCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyStatuses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"happyClient"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordWeeklyStatusMutation, RecordWeeklyStatusMutationVariables>;
export const PlaygroundSavedQueriesDocument = {"__meta__":{"hash":"sha256:ecb91053936437fb4d802622da7b49586a27103ea7fe0a8a98f044fa860fdb94"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlaygroundSavedQueries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"savedQueries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"variables"}},{"kind":"Field","name":{"kind":"Name","value":"isShared"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<PlaygroundSavedQueriesQuery, PlaygroundSavedQueriesQueryVariables>;
export const PlaygroundSaveQueryDocument = {"__meta__":{"hash":"sha256:b2afdb903d7b06c867d98b1e8fe375e6236d481ae7db1928402102522b3d6067"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlaygroundSaveQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveQueryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"saveQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PlaygroundSaveQueryMutation, PlaygroundSaveQueryMutationVariables>;
export const PlaygroundDeleteQueryDocument = {"__meta__":{"hash":"sha256:4554008a966a798b74c4c8977937dd30dcea9b68db05ed889cee0678bb083519"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlaygroundDeleteQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleteSavedQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PlaygroundDeleteQueryMutation, PlaygroundDeleteQueryMutationVariables>;