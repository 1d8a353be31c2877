// The named KPI calculations (SQL in hub_kpi_value; the kpi_metrics CHECK holds the same
// list): what each measures and how to read it. Reading a domain's KPIs needs its permission.
import type { Permission } from "../../auth/permissions";

export interface KpiCalculation {
  name: string;
  domain: "partners" | "sales" | "marketing" | "operations" | "finance";
  unit: "count" | "share" | "money" | "hours";
  lowerIsBetter: boolean;
  description: string;
}

export const KPI_CALCULATIONS: KpiCalculation[] = [
  {
    name: "partners.at_risk_share",
    domain: "partners",
    unit: "share",
    lowerIsBetter: true,
    description: "Share of weekly statuses in the period that were at risk.",
  },
  {
    name: "partners.weekly_status_coverage",
    domain: "partners",
    unit: "share",
    lowerIsBetter: false,
    description: "Statuses recorded per live partner and week.",
  },
  {
    name: "sales.won_value",
    domain: "sales",
    unit: "money",
    lowerIsBetter: false,
    description: "Value of deals won in the period.",
  },
  {
    name: "sales.win_rate",
    domain: "sales",
    unit: "share",
    lowerIsBetter: false,
    description: "Won deals among those won or lost in the period.",
  },
  {
    name: "marketing.leads_generated",
    domain: "marketing",
    unit: "count",
    lowerIsBetter: false,
    description: "Leads from events, content, search and channels in the period.",
  },
  {
    name: "marketing.cost_per_lead",
    domain: "marketing",
    unit: "money",
    lowerIsBetter: true,
    description: "Event, search and channel spend per lead in the period.",
  },
  {
    name: "marketing.website_sessions",
    domain: "marketing",
    unit: "count",
    lowerIsBetter: false,
    description: "Website sessions in the period.",
  },
  {
    name: "operations.tickets_closed",
    domain: "operations",
    unit: "count",
    lowerIsBetter: false,
    description: "Tickets closed in the period.",
  },
  {
    name: "operations.avg_resolution_hours",
    domain: "operations",
    unit: "hours",
    lowerIsBetter: true,
    description: "Average hours from report to close of tickets closed in the period.",
  },
  {
    name: "operations.sla_breach_rate",
    domain: "operations",
    unit: "share",
    lowerIsBetter: true,
    description: "Tickets closed in the period after their SLA target.",
  },
  {
    name: "finance.invoiced",
    domain: "finance",
    unit: "money",
    lowerIsBetter: false,
    description: "Invoiced in the period.",
  },
  {
    name: "finance.collected",
    domain: "finance",
    unit: "money",
    lowerIsBetter: false,
    description: "Payments received in the period.",
  },
  {
    name: "finance.collection_rate",
    domain: "finance",
    unit: "share",
    lowerIsBetter: false,
    description: "Payments received per amount invoiced in the period.",
  },
  {
    name: "finance.overdue_receivables",
    domain: "finance",
    unit: "money",
    lowerIsBetter: true,
    description: "Owed more than 30 days past due at the period's end.",
  },
];

export const DOMAIN_PERMISSION: Record<KpiCalculation["domain"], Permission> = {
  partners: "partners:read",
  sales: "opportunities:read",
  marketing: "marketing:read",
  operations: "ops:read",
  finance: "finance:read",
};
