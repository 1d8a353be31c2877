// The tunables the system reads, with their defaults and rules. An organization's stored
// value overrides the default; organizations may also define configurations of their own.
import type { JsonSchema } from "./configuration.validation";
import { COMMISSION_STRUCTURE_SCHEMA, DEFAULT_COMMISSION_STRUCTURE, checkTiers } from "../opportunities/commission";

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

export interface PipelineStage { key: string; name: string; probability: number; outcome?: "won" | "lost" }

const STAGES_SCHEMA: JsonSchema = {
  type: "array", minItems: 3,
  items: {
    type: "object", required: ["key", "name", "probability"], additionalProperties: false,
    properties: {
      key: { type: "string", pattern: "^[a-z][a-z0-9_]*$" }, name: { type: "string", minLength: 1 },
      probability: { type: "integer", minimum: 0, maximum: 100 }, outcome: { enum: ["won", "lost"] },
    },
  },
};

function checkStages(stages: PipelineStage[]): string | null {
  const keys = stages.map((s) => s.key);
  const twice = keys.find((k, i) => keys.indexOf(k) !== i);
  if (twice) return `The stage key "${twice}" is used twice.`;
  if (!stages.some((s) => !s.outcome)) return "The pipeline needs at least one open stage (a stage without an outcome).";
  if (!stages.some((s) => s.outcome === "won") || !stages.some((s) => s.outcome === "lost")) return 'The pipeline needs a stage with outcome "won" and one with outcome "lost".';
  return null;
}

export const KNOWN_CONFIGURATIONS: KnownConfiguration[] = [
  {
    category: "pipeline", key: "stages", dataType: "array", validationRules: STAGES_SCHEMA, check: checkStages,
    description: "Opportunity stages in order, each with its win probability (0–100); the won and lost stages close a deal.",
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
    category: "commission", key: "default_structure", dataType: "object", validationRules: COMMISSION_STRUCTURE_SCHEMA, check: checkTiers,
    description: "How commission is computed for partners without a commission structure of their own.",
    defaultValue: DEFAULT_COMMISSION_STRUCTURE,
  },
];

export const knownConfiguration = (category: string, key: string) => KNOWN_CONFIGURATIONS.find((c) => c.category === category && c.key === key);
