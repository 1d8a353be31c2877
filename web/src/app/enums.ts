// Enum values in the order people read them (codegen types enums as string unions).
import type { PartnerStatus, PartnerTier } from "../gql/graphql";

export const PARTNER_STATUSES: PartnerStatus[] = [
  "ONBOARDING",
  "ACTIVE",
  "AT_RISK",
  "PAUSED",
  "OFFBOARDING",
  "CHURNED",
];
export const PARTNER_TIERS: PartnerTier[] = ["TIER_0", "TIER_1", "TIER_2", "TIER_3", "TIER_4"];
