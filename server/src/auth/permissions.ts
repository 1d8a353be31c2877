// Every permission the hub knows, and what each system role gets by default. The database
// holds the same (tables permissions and default_role_permissions, kept by migrations);
// test/permissions.test.ts fails when the two disagree, and docs/permissions.md is
// generated from this file (npm run docs:permissions). To add a permission: add it here,
// add a migration that inserts it (and its default grants), regenerate the doc.

/** Permission name → what it allows (the database's permissions.description). */
export const PERMISSIONS = {
  "access:manage": "Manage roles, permissions and API keys",
  "alerts:manage": "Run the alert rules now, and see alerts about everyone's goals",
  "alerts:resolve": "Acknowledge and resolve the alerts one sees",
  "asins:write": "Create, change, archive and restore ASINs",
  "assignments:write": "Assign and unassign staff to partners",
  "audit:read": "Read the audit log",
  "contacts:read": "See external contacts",
  "contacts:write": "Create, change and archive external contacts",
  "finance:read": "See accounts, customers, transactions, receivables and margins",
  "finance:write": "Record accounts, customers, transactions and margins",
  "goals:manage":
    "Set and remove quarterly goals (everyone sees the organization's goals and their own)",
  "graphql:ad_hoc":
    "Run any GraphQL query when the server accepts only trusted documents from signed-in sessions",
  "interactions:write":
    "Log meetings, calls, emails and events with partners (of the partners one may see)",
  "kpis:manage": "Define KPIs and their targets",
  "leads:read": "See every sales lead and its activities (owners see their own)",
  "leads:write": "Create leads, log activities and move any lead",
  "marketing:read": "See campaigns, events, SEO/SEM, content, analytics, channels and attribution",
  "marketing:write": "Record campaigns and their results",
  "opportunities:read":
    "See sales opportunities and their stage history (of the partners one may see)",
  "opportunities:write": "Create, change and move opportunities through the pipeline",
  "ops:read": "See every ticket (everyone sees the tickets they reported or are assigned)",
  "ops:write": "Change, assign and move any ticket, and define SLAs",
  "partners:financials": "See and change base fee, commission rate and billing day",
  "partners:read":
    "See partners (assigned ones only, unless partners:read_all) and their ASINs, statuses and sheets",
  "partners:read_all": "See every partner of the organization, not only assigned ones",
  "partners:write": "Create, change, archive and restore partners",
  "pipeline:manage": "Configure data sources and mappings, run syncs",
  "pipeline:read": "See data sources, mappings, sync logs, staged changes and lineage",
  "pipeline:review": "Approve, reject, edit, apply and revert staged changes",
  "pto:approve": "Approve and reject time-off requests",
  "pto:read_all": "See everyone's time off (everyone sees their own)",
  "self:write":
    "Keep one's own work: tasks and weekly reports, time-off requests, tickets one reported or works, leads one owns, saved queries",
  "settings:read": "See system settings",
  "settings:write": "Change system settings",
  "sheets:write": "Link, change, verify and archive partner sheets",
  "squads:write": "Create and change squads and their members",
  "staff:read": "See staff members",
  "staff:write": "Create, change, archive and restore staff members",
  "statuses:write": "Record weekly partner statuses",
  "tasks:manage": "Create tasks for others, and roll unfinished tasks over",
  "tasks:read_all": "See everyone's tasks and weekly reports (everyone sees their own)",
  "training:read_all": "See everyone's training (everyone sees their own)",
  "training:write": "Enrol staff in training and record progress",
  "webhooks:manage": "Subscribe URLs to events, see and replay their deliveries",
} as const;

export type Permission = keyof typeof PERMISSIONS;
export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

export const isPermission = (name: string): name is Permission => name in PERMISSIONS;

/** The roles every organization starts with (staff roles, then service roles for API keys). */
export const SYSTEM_ROLES = [
  "admin",
  "operations",
  "finance",
  "analyst",
  "pod_leader",
  "ppc_manager",
  "brand_manager",
  "conversion_strategist",
  "graphic_designer",
  "sales_executive",
  "marketing",
  "service_readonly",
  "service_pipeline",
] as const;
export type SystemRole = (typeof SYSTEM_ROLES)[number];

const READ_EVERYTHING: Permission[] = [
  "partners:read",
  "partners:read_all",
  "staff:read",
  "contacts:read",
  "settings:read",
  "pipeline:read",
  "training:read_all",
  "pto:read_all",
  "opportunities:read",
  "tasks:read_all",
  "graphql:ad_hoc",
  "ops:read",
  "leads:read",
  "marketing:read",
];
const PARTNER_FACING: Permission[] = [
  "partners:read",
  "staff:read",
  "contacts:read",
  "asins:write",
  "sheets:write",
  "opportunities:read",
  "interactions:write",
  "self:write",
  "alerts:resolve",
];

/**
 * What each system role gets in a new organization (the database's default_role_permissions;
 * admin gets every permission). An organization's admins may change their own grants later.
 */
export const DEFAULT_GRANTS: Record<SystemRole, readonly Permission[]> = {
  admin: ALL_PERMISSIONS,
  operations: ALL_PERMISSIONS.filter(
    (p) => !["partners:financials", "access:manage", "finance:read", "finance:write"].includes(p),
  ),
  finance: [
    ...READ_EVERYTHING,
    "partners:financials",
    "audit:read",
    "finance:read",
    "finance:write",
    "self:write",
    "alerts:resolve",
  ],
  analyst: [...READ_EVERYTHING, "self:write"],
  pod_leader: [...PARTNER_FACING, "statuses:write", "opportunities:write"],
  ppc_manager: PARTNER_FACING,
  brand_manager: PARTNER_FACING,
  conversion_strategist: PARTNER_FACING,
  graphic_designer: PARTNER_FACING,
  sales_executive: [
    "partners:read",
    "staff:read",
    "contacts:read",
    "opportunities:read",
    "opportunities:write",
    "interactions:write",
    "leads:read",
    "leads:write",
    "marketing:read",
    "self:write",
    "alerts:resolve",
  ],
  marketing: [
    "partners:read",
    "partners:read_all",
    "staff:read",
    "contacts:read",
    "contacts:write",
    "opportunities:read",
    "leads:read",
    "marketing:read",
    "marketing:write",
    "self:write",
    "alerts:resolve",
  ],
  service_readonly: READ_EVERYTHING,
  service_pipeline: [
    "partners:read",
    "partners:read_all",
    "staff:read",
    "pipeline:read",
    "pipeline:manage",
  ],
};
