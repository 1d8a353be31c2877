// Demo operations tickets (seed 001) over the last six weeks: some closed within their SLA,
// some late, some still open (some past due), so the ops views have something to show.
import type { HubPrisma } from "../db/database";
import { addDays } from "../lib/dates";

interface Rnd {
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

const SUBJECTS = [
  "Listing suppressed: missing main image",
  "Buy Box lost to a reseller",
  "Inventory stranded at FBA",
  "Brand Registry case open",
  "Coupon not showing on the detail page",
  "A+ content rejected",
  "Reimbursement claim for lost units",
  "Variation family broken",
  "Sponsored Brands video pending review",
  "Price alert: listing deactivated",
  "Hazmat review requested",
  "Account health warning",
];
const PRIORITIES = ["low", "medium", "medium", "high", "urgent"] as const;

type SeedTx = Pick<HubPrisma, "opsTicket" | "opsTicketStatus" | "opsSla">;

export async function seedOperations(
  tx: SeedTx,
  organizationId: string,
  people: { id: string }[],
  partners: { id: string }[],
  rnd: Rnd,
  now: Date,
): Promise<void> {
  const statuses = new Map(
    (await tx.opsTicketStatus.findMany({ where: { organizationId } })).map((s) => [s.key, s.id]),
  );
  const slas = await tx.opsSla.findMany({ where: { organizationId } });
  const tickets = Array.from({ length: 36 }, (_, i) => {
    const priority = rnd.pick(PRIORITIES);
    const sla = slas.find((s) => s.priorityLevel === priority)!;
    // A third are open, reported in the last three days (some already past their target).
    const closed = i % 3 !== 0;
    const createdAt = closed
      ? new Date(addDays(now, -rnd.int(2, 42)).getTime() - rnd.int(0, 23) * 3_600_000)
      : new Date(now.getTime() - rnd.int(1, 72) * 3_600_000);
    // Closed ones take between a quarter and twice their target (so some breach).
    const hours = Math.max(
      1,
      Math.round(sla.resolutionTargetHours * (0.25 + rnd.int(0, 175) / 100)),
    );
    const closedAt = closed
      ? new Date(Math.min(now.getTime(), createdAt.getTime() + hours * 3_600_000))
      : null;
    return {
      organizationId,
      subject: rnd.pick(SUBJECTS),
      priority,
      slaId: sla.id,
      createdAt,
      closedAt,
      statusId: statuses.get(
        closed ? "closed" : rnd.pick(["open", "in_progress", "waiting", "resolved"]),
      )!,
      reporterId: rnd.pick(people).id,
      assigneeId: rnd.chance(0.85) ? rnd.pick(people).id : null,
      partnerId: rnd.chance(0.8) ? rnd.pick(partners).id : null,
      description: "Raised from the weekly account review.",
    };
  });
  await tx.opsTicket.createMany({ data: tickets });
}
