import type { HubPrisma } from "../../db/database";
import { defineLoader, groupedBy } from "../../graphql/loaders";
import { readConfiguration } from "../configurations/configuration.service";
import { scoreHealth, type HealthTargets, type HealthWeights } from "./health";
import type { PartnerInteraction, RelationshipHealth } from "./interaction.type";

export const interactionsByPartner = defineLoader<string, PartnerInteraction[]>(
  "interactionsByPartner",
  ({ prisma, organizationId }) =>
    async (ids) =>
      groupedBy(
        ids,
        await prisma.partnerInteraction.findMany({
          where: { organizationId, partnerId: { in: [...ids] } },
          orderBy: [{ interactionDate: "desc" }, { id: "asc" }],
        }),
        (i) => i.partnerId,
      ),
);

/** Health of many partners in five statements, whatever their number. */
export async function partnerHealth(
  prisma: HubPrisma,
  organizationId: string,
  ids: readonly string[],
  now = new Date(),
): Promise<RelationshipHealth[]> {
  const [weights, targets] = await Promise.all([
    readConfiguration<HealthWeights>(prisma, organizationId, "relationship_health", "weights"),
    readConfiguration<HealthTargets>(prisma, organizationId, "relationship_health", "targets"),
  ]);
  const partnerId = { in: [...ids] };
  const [last, recent, statuses, open] = await Promise.all([
    prisma.partnerInteraction.groupBy({
      by: ["partnerId"],
      where: { organizationId, partnerId },
      _max: { interactionDate: true },
    }),
    prisma.partnerInteraction.groupBy({
      by: ["partnerId"],
      where: {
        organizationId,
        partnerId,
        interactionDate: { gte: new Date(now.getTime() - targets.frequency_days * 86_400_000) },
      },
      _count: { _all: true },
    }),
    prisma.weeklyStatus.findMany({
      where: {
        organizationId,
        partnerId,
        weekStartDate: { gte: new Date(now.getTime() - targets.status_weeks * 7 * 86_400_000) },
      },
      orderBy: [{ weekStartDate: "desc" }],
      select: { partnerId: true, status: true },
    }),
    prisma.opportunity.groupBy({
      by: ["partnerId"],
      where: { organizationId, partnerId, status: "open" },
      _count: { _all: true },
    }),
  ]);
  const lastOf = new Map(last.map((l) => [l.partnerId, l._max.interactionDate]));
  const recentOf = new Map(recent.map((r) => [r.partnerId, r._count._all]));
  const openOf = new Map(open.map((o) => [o.partnerId, o._count._all]));
  const statusesOf = groupedBy(ids, statuses, (s) => s.partnerId);
  return ids.map((id, i) =>
    scoreHealth(
      {
        lastInteraction: lastOf.get(id) ?? null,
        recentInteractions: recentOf.get(id) ?? 0,
        statuses: statusesOf[i].slice(0, targets.status_weeks).map((s) => s.status),
        openOpportunities: openOf.get(id) ?? 0,
      },
      weights,
      targets,
      now,
    ),
  );
}

export const healthByPartner = defineLoader<string, RelationshipHealth>(
  "healthByPartner",
  ({ prisma, organizationId }) =>
    (ids) =>
      partnerHealth(prisma, organizationId, ids),
);
