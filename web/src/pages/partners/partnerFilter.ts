// The partners page's URL (q, status, tier, podLeader, squad, sort) as the API's filter and
// order, so a filtered list is a link that can be shared and exported as it is.
import type { PartnerFilter, PartnerOrderBy, PartnerStatus, PartnerTier } from "../../gql/graphql";

export const SORTS = {
  brand: { label: "Brand", orderBy: [{ brandName: "ASC" }] },
  tier: { label: "Tier", orderBy: [{ tier: "ASC" }, { brandName: "ASC" }] },
  status: { label: "Status", orderBy: [{ status: "ASC" }, { brandName: "ASC" }] },
  onboarded: {
    label: "Newest onboarding",
    orderBy: [{ onboardingDate: "DESC" }, { brandName: "ASC" }],
  },
  asins: { label: "Most child ASINs", orderBy: [{ childAsinCount: "DESC" }, { brandName: "ASC" }] },
} as const satisfies Record<string, { label: string; orderBy: PartnerOrderBy[] }>;

export type SortKey = keyof typeof SORTS;

const activeAssignment = { unassignedAt: { isNull: true } };

export function partnerQuery(params: URLSearchParams): {
  filter: PartnerFilter;
  orderBy: PartnerOrderBy[];
} {
  const and: PartnerFilter[] = [];
  const q = params.get("q")?.trim();
  if (q)
    and.push({
      or: [
        { brandName: { contains: q } },
        { partnerCode: { contains: q } },
        { clientName: { contains: q } },
      ],
    });
  const status = params.get("status");
  if (status) and.push({ status: { in: status.split(",") as PartnerStatus[] } });
  const tier = params.get("tier");
  if (tier) and.push({ tier: { in: tier.split(",") as PartnerTier[] } });
  const podLeader = params.get("podLeader");
  if (podLeader)
    and.push({
      assignments: {
        some: {
          ...activeAssignment,
          assignmentRole: { eq: "POD_LEADER" },
          staffId: { eq: podLeader },
        },
      },
    });
  const squad = params.get("squad");
  if (squad)
    and.push({
      assignments: {
        some: {
          ...activeAssignment,
          staff: { squads: { some: { squadId: { eq: squad }, isActive: { eq: true } } } },
        },
      },
    });
  const sort = (params.get("sort") ?? "brand") as SortKey;
  return {
    filter: { and },
    orderBy: [...(SORTS[sort] ?? SORTS.brand).orderBy] as PartnerOrderBy[],
  };
}
