// Relationship health, 0–100: how recently and how often we were in touch, the partner's
// recent weekly statuses, and its open opportunities, weighted by configuration
// (relationship_health.weights / .targets). Computed from the data when read, so it is
// current whenever an input changes.
import type { HealthFactor, RelationshipHealth } from "./interaction.type";

export interface HealthWeights {
  recency: number;
  frequency: number;
  statuses: number;
  opportunities: number;
}
export interface HealthTargets {
  recency_days: number;
  frequency_days: number;
  frequency_target: number;
  status_weeks: number;
  opportunities_target: number;
}
export interface HealthInputs {
  lastInteraction: Date | null;
  recentInteractions: number;
  statuses: string[];
  openOpportunities: number;
}

/** What each weekly partner status says about the relationship. */
const STATUS_SCORE: Record<string, number> = {
  active: 100,
  onboarding: 80,
  paused: 50,
  at_risk: 20,
  offboarding: 10,
  churned: 0,
};
const DAY = 86_400_000;

export function scoreHealth(
  inputs: HealthInputs,
  weights: HealthWeights,
  targets: HealthTargets,
  now = new Date(),
): RelationshipHealth {
  const r = targets.recency_days;
  const days = inputs.lastInteraction
    ? Math.floor((now.getTime() - inputs.lastInteraction.getTime()) / DAY)
    : null;
  // Full marks within the window, then down to 0 at three windows.
  const recency =
    days === null
      ? 0
      : days <= r
        ? 100
        : days >= 3 * r
          ? 0
          : Math.round((100 * (3 * r - days)) / (2 * r));
  const frequency = Math.min(
    100,
    Math.round((100 * inputs.recentInteractions) / targets.frequency_target),
  );
  const statuses = inputs.statuses.length
    ? Math.round(
        inputs.statuses.reduce((n, s) => n + (STATUS_SCORE[s] ?? 50), 0) / inputs.statuses.length,
      )
    : 50;
  const opportunities = Math.min(
    100,
    Math.round((100 * inputs.openOpportunities) / targets.opportunities_target),
  );
  const total = weights.recency + weights.frequency + weights.statuses + weights.opportunities;
  const factors: HealthFactor[] = [
    {
      name: "recency",
      score: recency,
      weight: weights.recency / total,
      detail:
        days === null
          ? "no interaction logged"
          : `last interaction ${days} day${days === 1 ? "" : "s"} ago (full marks within ${r})`,
    },
    {
      name: "frequency",
      score: frequency,
      weight: weights.frequency / total,
      detail: `${inputs.recentInteractions} interaction${inputs.recentInteractions === 1 ? "" : "s"} in ${targets.frequency_days} days (target ${targets.frequency_target})`,
    },
    {
      name: "statuses",
      score: statuses,
      weight: weights.statuses / total,
      detail: inputs.statuses.length
        ? `last ${inputs.statuses.length} weekly statuses: ${inputs.statuses.join(", ")}`
        : "no weekly status in the window",
    },
    {
      name: "opportunities",
      score: opportunities,
      weight: weights.opportunities / total,
      detail: `${inputs.openOpportunities} open opportunit${inputs.openOpportunities === 1 ? "y" : "ies"} (target ${targets.opportunities_target})`,
    },
  ];
  return { score: Math.round(factors.reduce((n, f) => n + f.score * f.weight, 0)), factors };
}
