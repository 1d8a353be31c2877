// Commission on a deal, from a partner's commission structure (or the organization's
// default): a flat rate, or tiers by deal value, either the whole deal at the rate of its
// tier ("bracket") or each slice at its own tier's rate ("marginal"); a structure may
// override itself per partner domain. Tier bounds are inclusive: a deal of exactly
// `upTo` is in that tier.

export interface Tier {
  upTo: number | null;
  rate: number;
}
type Base =
  { type: "flat"; rate: number } | { type: "tiered"; mode?: "bracket" | "marginal"; tiers: Tier[] };
export type CommissionStructure = Base & { overrides?: Record<string, Base> };

export interface Commission {
  type: "flat" | "tiered";
  mode: "bracket" | "marginal" | null;
  rate: number;
  amount: number;
  currency: string;
  domainOverride: string | null;
}

export const DEFAULT_COMMISSION_STRUCTURE: CommissionStructure = { type: "flat", rate: 0.1 };

const RATE = { type: "number", minimum: 0, maximum: 1 };
const BASE = {
  oneOf: [
    {
      type: "object",
      required: ["type", "rate"],
      additionalProperties: false,
      properties: { type: { const: "flat" }, rate: RATE, overrides: {} },
    },
    {
      type: "object",
      required: ["type", "tiers"],
      additionalProperties: false,
      properties: {
        type: { const: "tiered" },
        mode: { enum: ["bracket", "marginal"] },
        overrides: {},
        tiers: {
          type: "array",
          minItems: 1,
          items: {
            type: "object",
            required: ["upTo", "rate"],
            additionalProperties: false,
            properties: { upTo: { type: ["number", "null"], minimum: 0 }, rate: RATE },
          },
        },
      },
    },
  ],
};

/** JSON Schema of a structure; overrides hold structures without overrides of their own. */
export const COMMISSION_STRUCTURE_SCHEMA = {
  allOf: [
    BASE,
    {
      properties: {
        overrides: {
          type: "object",
          additionalProperties: { ...BASE, not: { required: ["overrides"] } },
        },
      },
    },
  ],
};

/** Why tiers are out of order (bounds must rise; only the last may be open-ended), or null. */
export function checkTiers(structure: CommissionStructure): string | null {
  for (const s of [structure, ...Object.values(structure.overrides ?? {})]) {
    if (s.type !== "tiered") continue;
    const bounds = s.tiers.map((t) => t.upTo);
    if (bounds.slice(0, -1).some((b) => b === null))
      return "Only the last tier may have upTo: null (no upper bound).";
    if (bounds.some((b, i) => i > 0 && b !== null && bounds[i - 1] !== null && b <= bounds[i - 1]!))
      return "Tier bounds (upTo) must rise from one tier to the next.";
  }
  return null;
}

const cents = (n: number) => Math.round(n * 100) / 100;

export function computeCommission(
  structure: CommissionStructure,
  dealValue: number,
  currency: string,
  domain: string | null,
): Commission {
  const override = domain && structure.overrides?.[domain] ? domain : null;
  const s: Base = override ? structure.overrides![override] : structure;
  if (s.type === "flat")
    return {
      type: "flat",
      mode: null,
      rate: s.rate,
      amount: cents(dealValue * s.rate),
      currency,
      domainOverride: override,
    };
  const mode = s.mode ?? "bracket";
  const tiers = s.tiers;
  if (mode === "bracket") {
    // Above the last bounded tier with no open-ended one, the last tier's rate applies.
    const tier =
      tiers.find((t) => t.upTo === null || dealValue <= t.upTo) ?? tiers[tiers.length - 1];
    return {
      type: "tiered",
      mode,
      rate: tier.rate,
      amount: cents(dealValue * tier.rate),
      currency,
      domainOverride: override,
    };
  }
  let amount = 0;
  let floor = 0;
  for (const [i, t] of tiers.entries()) {
    const top = t.upTo === null || i === tiers.length - 1 ? dealValue : Math.min(dealValue, t.upTo);
    if (top > floor) amount += (top - floor) * t.rate;
    if (t.upTo !== null) floor = Math.max(floor, t.upTo);
    if (floor >= dealValue) break;
  }
  return {
    type: "tiered",
    mode,
    rate: dealValue > 0 ? Math.round((amount / dealValue) * 1e6) / 1e6 : tiers[0].rate,
    amount: cents(amount),
    currency,
    domainOverride: override,
  };
}
