// Demo sales leads (seed 001) for the sales executives: prospective brands across the open
// pipeline stages, a few won and lost, with calls, emails and demos logged against them.
import type { HubPrisma } from "../db/database";
import { addDays } from "../lib/dates";

interface Rnd {
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

const BRANDS = [
  "Alder & Oak",
  "Bright Paws",
  "Cobalt Coffee",
  "Driftwood Living",
  "Ember Kitchen",
  "Fernleaf Skin",
  "Granite Gym",
  "Harbor Kids",
  "Indigo Yoga",
  "Juniper Tea",
  "Kestrel Audio",
  "Lumen Lighting",
  "Mosaic Home",
  "Nimbus Sleep",
  "Orchid Beauty",
  "Pinecone Toys",
];
const OPEN = [
  "prospecting",
  "prospecting",
  "qualification",
  "qualification",
  "proposal",
  "negotiation",
];
const ACTIVITIES = ["call", "email", "email", "meeting", "demo", "note"];

type SeedTx = Pick<HubPrisma, "salesLead" | "salesActivity" | "salesReason">;

export async function seedSales(
  tx: SeedTx,
  organizationId: string,
  sellers: { id: string }[],
  today: Date,
  rnd: Rnd,
): Promise<void> {
  if (!sellers.length) return;
  const lost = await tx.salesReason.findMany({ where: { organizationId, category: "lost" } });
  const leads = await tx.salesLead.createManyAndReturn({
    data: BRANDS.map((company, i) => {
      const outcome = i % 7 === 3 ? "won" : i % 7 === 5 ? "lost" : null;
      return {
        organizationId,
        company,
        ownerId: sellers[i % sellers.length].id,
        contactName: `${rnd.pick(["Ana", "Ben", "Chloe", "Dev", "Eli", "Fay"])} ${company.split(" ")[0]}`,
        contactEmail: `hello@${company.toLowerCase().replace(/[^a-z]+/g, "")}.example`,
        expectedValue: 1000 * rnd.int(12, 90),
        stage:
          outcome === "won" ? "closed_won" : outcome === "lost" ? "closed_lost" : rnd.pick(OPEN),
        status: outcome ?? "open",
        closedAt: outcome ? addDays(today, -rnd.int(1, 30)) : null,
        lostReasonId: outcome === "lost" ? rnd.pick(lost).id : null,
        createdAt: addDays(today, -rnd.int(30, 120)),
      } as const;
    }),
  });
  await tx.salesActivity.createMany({
    data: leads.flatMap((l) =>
      Array.from({ length: rnd.int(1, 5) }, () => ({
        organizationId,
        leadId: l.id,
        staffId: l.ownerId,
        activityType: rnd.pick(ACTIVITIES),
        note: "Logged from the CRM import.",
        activityDate: addDays(today, -rnd.int(0, 60)),
      })),
    ),
  });
}
