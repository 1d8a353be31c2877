// Demo deals, touchpoints and goals (seed 002) for the demo organization's partners, so the
// pipeline, relationship health, goals and alert views have something real to show. Tasks
// are left to people: demo tasks would roll over on their own every week.
import type { HubPrisma } from "../db/database";
import type { InteractionType } from "../generated/prisma/enums";
import { addDays, fiscalQuarterParts } from "../lib/dates";
import {
  knownConfiguration,
  type PipelineStage,
} from "../modules/configurations/configuration.registry";
import {
  DEFAULT_COMMISSION_STRUCTURE,
  computeCommission,
} from "../modules/opportunities/commission";

interface Rnd {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}
interface SeedPartner {
  id: string;
  brandName: string;
  status: string;
}

const DEALS = [
  "DSP pilot",
  "Walmart launch",
  "EU expansion",
  "Creative refresh",
  "Brand Store rebuild",
  "Q1 growth plan",
  "Subscribe & Save push",
];
const TOUCHPOINTS: Record<InteractionType, string[]> = {
  meeting: ["Quarterly business review", "Strategy session on Q1 launches"],
  call: ["Weekly check-in", "Call about rising ACoS"],
  email: ["Sent the monthly report", "Shared new creative drafts"],
  event: ["Met at Prosper Show", "Dinner at Amazon Accelerate"],
};

type SeedTx = Pick<
  HubPrisma,
  "opportunity" | "opportunityStageHistory" | "partnerInteraction" | "quarterlyGoal"
>;

export async function seedPartnerships(
  tx: SeedTx,
  organizationId: string,
  partners: SeedPartner[],
  leaderOf: Map<string, string>,
  rnd: Rnd,
  today: Date,
): Promise<void> {
  // A new organization runs on the built-in configuration.
  const stages = knownConfiguration("pipeline", "stages")!.defaultValue as PipelineStage[];
  const open = stages.filter((s) => !s.outcome);
  const live = partners.filter((p) => p.status !== "churned");

  const deals = live.flatMap((p) =>
    Array.from({ length: rnd.int(0, 2) }, () => {
      const dealValue = 1000 * rnd.int(5, 80);
      const roll = rnd.next();
      const stage =
        roll < 0.2
          ? stages.find((s) => s.outcome === "won")!
          : roll < 0.3
            ? stages.find((s) => s.outcome === "lost")!
            : rnd.pick(open);
      const createdAt = addDays(today, -rnd.int(20, 150));
      const closed = stage.outcome ? addDays(today, -rnd.int(1, 45)) : null;
      return {
        organizationId,
        partnerId: p.id,
        assignedStaffId: leaderOf.get(p.id) ?? null,
        customerName: `${p.brandName} — ${rnd.pick(DEALS)}`,
        dealValue,
        currency: "USD",
        stage: stage.key,
        probability: stage.probability,
        status: stage.outcome ?? ("open" as const),
        // About one open deal in eight is overdue, for the alerts.
        expectedCloseDate:
          closed ?? addDays(today, rnd.chance(0.12) ? -rnd.int(3, 30) : rnd.int(7, 120)),
        actualCloseDate: closed,
        commissionDetails: {
          ...computeCommission(DEFAULT_COMMISSION_STRUCTURE, dealValue, "USD", null),
          computedAt: createdAt.toISOString(),
        } as never,
        createdAt,
      };
    }),
  );
  const created = await tx.opportunity.createManyAndReturn({
    data: deals,
    select: { id: true, stage: true, createdAt: true, assignedStaffId: true },
  });
  await tx.opportunityStageHistory.createMany({
    data: created.flatMap((o) => [
      {
        organizationId,
        opportunityId: o.id,
        fromStage: null,
        toStage: open[0].key,
        changedById: o.assignedStaffId,
        changeReason: "created",
        changedAt: o.createdAt,
      },
      ...(o.stage === open[0].key
        ? []
        : [
            {
              organizationId,
              opportunityId: o.id,
              fromStage: open[0].key,
              toStage: o.stage,
              changedById: o.assignedStaffId,
              changeReason: null,
              changedAt: addDays(o.createdAt, rnd.int(3, 15)),
            },
          ]),
    ]),
  });

  await tx.partnerInteraction.createMany({
    data: live.flatMap((p) =>
      Array.from({ length: rnd.int(p.status === "at_risk" ? 0 : 1, 6) }, () => {
        const interactionType = rnd.pick(Object.keys(TOUCHPOINTS) as InteractionType[]);
        return {
          organizationId,
          partnerId: p.id,
          staffId: leaderOf.get(p.id) ?? null,
          interactionType,
          description: rnd.pick(TOUCHPOINTS[interactionType]),
          interactionDate: addDays(today, -rnd.int(1, 120)),
        };
      }),
    ),
  });

  const quarter = fiscalQuarterParts(
    today,
    knownConfiguration("fiscal", "quarter_start_month")!.defaultValue as number,
  );
  const leaders = [...new Set(leaderOf.values())];
  await tx.quarterlyGoal.createMany({
    data: [
      { organizationId, staffId: null, ...quarter, goalType: "revenue", targetValue: 400_000 },
      { organizationId, staffId: null, ...quarter, goalType: "opportunities", targetValue: 25 },
      {
        organizationId,
        staffId: null,
        ...quarter,
        goalType: "active_partners",
        targetValue: live.length,
      },
      ...leaders.map((staffId) => ({
        organizationId,
        staffId,
        ...quarter,
        goalType: "revenue",
        targetValue: 5000 * rnd.int(10, 24),
      })),
    ],
  });
}
