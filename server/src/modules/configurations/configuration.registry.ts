// The tunables the system reads, with their defaults and rules. An organization's stored
// value overrides the default; organizations may also define configurations of their own.
import type { JsonSchema } from "./configuration.validation";
import {
  COMMISSION_STRUCTURE_SCHEMA,
  DEFAULT_COMMISSION_STRUCTURE,
  checkTiers,
} from "../opportunities/commission";

export type DataType = "string" | "number" | "boolean" | "object" | "array";

export interface KnownConfiguration {
  category: string;
  key: string;
  dataType: DataType;
  defaultValue: unknown;
  validationRules: JsonSchema;
  description: string;
  /** A rule JSON Schema cannot say; returns why the value is refused. */
  check?: (value: never) => string | null;
}

export interface PipelineStage {
  key: string;
  name: string;
  probability: number;
  outcome?: "won" | "lost";
}

const STAGES_SCHEMA: JsonSchema = {
  type: "array",
  minItems: 3,
  items: {
    type: "object",
    required: ["key", "name", "probability"],
    additionalProperties: false,
    properties: {
      key: { type: "string", pattern: "^[a-z][a-z0-9_]*$" },
      name: { type: "string", minLength: 1 },
      probability: { type: "integer", minimum: 0, maximum: 100 },
      outcome: { enum: ["won", "lost"] },
    },
  },
};

function checkStages(stages: PipelineStage[]): string | null {
  const keys = stages.map((s) => s.key);
  const twice = keys.find((k, i) => keys.indexOf(k) !== i);
  if (twice) return `The stage key "${twice}" is used twice.`;
  if (!stages.some((s) => !s.outcome))
    return "The pipeline needs at least one open stage (a stage without an outcome).";
  if (!stages.some((s) => s.outcome === "won") || !stages.some((s) => s.outcome === "lost"))
    return 'The pipeline needs a stage with outcome "won" and one with outcome "lost".';
  return null;
}

export const KNOWN_CONFIGURATIONS: KnownConfiguration[] = [
  {
    category: "pipeline",
    key: "stages",
    dataType: "array",
    validationRules: STAGES_SCHEMA,
    check: checkStages,
    description:
      "Opportunity stages in order, each with its win probability (0–100); the won and lost stages close a deal.",
    defaultValue: [
      { key: "prospecting", name: "Prospecting", probability: 10 },
      { key: "qualification", name: "Qualification", probability: 25 },
      { key: "proposal", name: "Proposal", probability: 50 },
      { key: "negotiation", name: "Negotiation", probability: 75 },
      { key: "closed_won", name: "Closed won", probability: 100, outcome: "won" },
      { key: "closed_lost", name: "Closed lost", probability: 0, outcome: "lost" },
    ] satisfies PipelineStage[],
  },
  {
    category: "commission",
    key: "default_structure",
    dataType: "object",
    validationRules: COMMISSION_STRUCTURE_SCHEMA,
    check: checkTiers,
    description:
      "How commission is computed for partners without a commission structure of their own.",
    defaultValue: DEFAULT_COMMISSION_STRUCTURE,
  },
];

KNOWN_CONFIGURATIONS.push(
  {
    category: "relationship_health",
    key: "weights",
    dataType: "object",
    description:
      "How much each factor counts in a partner's 0–100 relationship health (weights are relative; at least one above 0).",
    defaultValue: { recency: 0.3, frequency: 0.2, statuses: 0.35, opportunities: 0.15 },
    validationRules: {
      type: "object",
      required: ["recency", "frequency", "statuses", "opportunities"],
      additionalProperties: false,
      properties: Object.fromEntries(
        ["recency", "frequency", "statuses", "opportunities"].map((k) => [
          k,
          { type: "number", minimum: 0 },
        ]),
      ),
    },
    check: (w: Record<string, number>) =>
      Object.values(w).some((v) => v > 0) ? null : "At least one weight must be above 0.",
  },
  {
    category: "relationship_health",
    key: "targets",
    dataType: "object",
    description:
      "What full marks are: contact within recency_days, frequency_target interactions in frequency_days, the last status_weeks weekly statuses, opportunities_target open deals.",
    defaultValue: {
      recency_days: 30,
      frequency_days: 90,
      frequency_target: 6,
      status_weeks: 8,
      opportunities_target: 2,
    },
    validationRules: {
      type: "object",
      required: [
        "recency_days",
        "frequency_days",
        "frequency_target",
        "status_weeks",
        "opportunities_target",
      ],
      additionalProperties: false,
      properties: Object.fromEntries(
        [
          "recency_days",
          "frequency_days",
          "frequency_target",
          "status_weeks",
          "opportunities_target",
        ].map((k) => [k, { type: "integer", minimum: 1, maximum: 3650 }]),
      ),
    },
  },
);

export interface RolloverPolicy {
  automatic: boolean;
  carry_statuses: ("pending" | "in_progress")[];
  at_quarter_end: "carry" | "cancel";
}

KNOWN_CONFIGURATIONS.push(
  {
    category: "fiscal",
    key: "quarter_start_month",
    dataType: "number",
    defaultValue: 1,
    description: "The month (1–12) the fiscal year's first quarter starts in.",
    validationRules: { type: "integer", minimum: 1, maximum: 12 },
  },
  {
    category: "tasks",
    key: "rollover_policy",
    dataType: "object",
    description:
      "Unfinished tasks due by a week's end move to the next week: which statuses carry, whether it runs by itself every Monday, and whether tasks cross into a new fiscal quarter or are cancelled.",
    defaultValue: {
      automatic: true,
      carry_statuses: ["pending", "in_progress"],
      at_quarter_end: "carry",
    } satisfies RolloverPolicy,
    validationRules: {
      type: "object",
      required: ["automatic", "carry_statuses", "at_quarter_end"],
      additionalProperties: false,
      properties: {
        automatic: { type: "boolean" },
        at_quarter_end: { enum: ["carry", "cancel"] },
        carry_statuses: {
          type: "array",
          uniqueItems: true,
          items: { enum: ["pending", "in_progress"] },
        },
      },
    },
  },
  {
    category: "weekly_report",
    key: "close_after_days",
    dataType: "number",
    defaultValue: 2,
    description: "Days after a week ends (Sunday) that its weekly reports stay editable.",
    validationRules: { type: "integer", minimum: 0, maximum: 30 },
  },
);

/** Each alert rule: whether it runs, how severe its alerts are, and its own threshold. */
export interface AlertRules {
  partner_at_risk: { enabled: boolean; severity: Severity };
  missing_weekly_status: { enabled: boolean; severity: Severity; weekday: number };
  opportunity_overdue: { enabled: boolean; severity: Severity; grace_days: number };
  goal_behind: { enabled: boolean; severity: Severity };
  health_drop: { enabled: boolean; severity: Severity; points: number; days: number };
}
type Severity = "info" | "warning" | "critical";

const rule = (extra: Record<string, JsonSchema> = {}): JsonSchema => ({
  type: "object",
  required: ["enabled", "severity", ...Object.keys(extra)],
  additionalProperties: false,
  properties: {
    enabled: { type: "boolean" },
    severity: { enum: ["info", "warning", "critical"] },
    ...extra,
  },
});

KNOWN_CONFIGURATIONS.push(
  {
    category: "goals",
    key: "pace_tolerance",
    dataType: "number",
    defaultValue: 0.1,
    description:
      "How far (as a share, 0.1 = 10%) a goal's progress may trail the share of its quarter gone and still be on track.",
    validationRules: { type: "number", minimum: 0, maximum: 1 },
  },
  {
    category: "alerts",
    key: "rules",
    dataType: "object",
    description:
      "The alert rules: a partner at risk; no weekly status for this week once weekday (1 = Monday … 7 = Sunday) has passed; an open opportunity grace_days past its expected close; a goal behind pace; relationship health down by points or more within days.",
    defaultValue: {
      partner_at_risk: { enabled: true, severity: "warning" },
      missing_weekly_status: { enabled: true, severity: "info", weekday: 5 },
      opportunity_overdue: { enabled: true, severity: "warning", grace_days: 0 },
      goal_behind: { enabled: true, severity: "warning" },
      health_drop: { enabled: true, severity: "critical", points: 15, days: 7 },
    } satisfies AlertRules,
    validationRules: {
      type: "object",
      required: [
        "partner_at_risk",
        "missing_weekly_status",
        "opportunity_overdue",
        "goal_behind",
        "health_drop",
      ],
      additionalProperties: false,
      properties: {
        partner_at_risk: rule(),
        goal_behind: rule(),
        missing_weekly_status: rule({ weekday: { type: "integer", minimum: 1, maximum: 7 } }),
        opportunity_overdue: rule({ grace_days: { type: "integer", minimum: 0, maximum: 365 } }),
        health_drop: rule({
          points: { type: "integer", minimum: 1, maximum: 100 },
          days: { type: "integer", minimum: 1, maximum: 90 },
        }),
      },
    },
  },
);

export const knownConfiguration = (category: string, key: string) =>
  KNOWN_CONFIGURATIONS.find((c) => c.category === category && c.key === key);
