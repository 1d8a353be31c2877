// Demo finance (seed 001): the live partners as customers, monthly management-fee invoices for
// six months with their payments (most on time, some late, some still open), and monthly
// margins, so receivables, aging and the overview have something real to show.
import type { HubPrisma } from "../db/database";
import { addDays } from "../lib/dates";

interface Rnd {
  int(min: number, max: number): number;
  chance(p: number): boolean;
}
interface SeedPartner {
  id: string;
  brandName: string;
  status: string;
  baseFee?: unknown;
}

type SeedTx = Pick<
  HubPrisma,
  "financeAccount" | "customer" | "financeTransaction" | "financeMargin"
>;

export async function seedFinance(
  tx: SeedTx,
  organizationId: string,
  partners: SeedPartner[],
  rnd: Rnd,
  today: Date,
): Promise<void> {
  const [receivables] = await tx.financeAccount.createManyAndReturn({
    data: [
      { organizationId, code: "1100", name: "Accounts receivable", accountType: "asset" },
      { organizationId, code: "4000", name: "Management fees", accountType: "revenue" },
      { organizationId, code: "4100", name: "Commissions", accountType: "revenue" },
      { organizationId, code: "5000", name: "Agency costs", accountType: "expense" },
    ],
  });
  const live = partners.filter((p) => p.status !== "churned");
  const customers = await tx.customer.createManyAndReturn({
    data: live.map((p) => ({
      organizationId,
      partnerId: p.id,
      name: p.brandName,
      paymentTermsDays: rnd.chance(0.3) ? 15 : 30,
    })),
  });
  const firstOfMonth = (monthsAgo: number) =>
    new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - monthsAgo, 1));
  const invoices = customers
    .flatMap((c) =>
      [5, 4, 3, 2, 1, 0].map((m) => {
        const date = firstOfMonth(m);
        return {
          organizationId,
          accountId: receivables.id,
          customerId: c.id,
          transactionType: "invoice" as const,
          amount: 500 * rnd.int(3, 16),
          transactionDate: date,
          dueDate: addDays(date, c.paymentTermsDays),
          description: `Management fee ${date.toISOString().slice(0, 7)}`,
        };
      }),
    )
    .filter((i) => i.transactionDate <= today);
  const created = await tx.financeTransaction.createManyAndReturn({ data: invoices });
  // Most invoices are paid within their terms; some late, some (mostly recent) not yet.
  const payments = created.flatMap((inv) => {
    const age = (today.getTime() - inv.transactionDate.getTime()) / 86_400_000;
    if (rnd.chance(age < 45 ? 0.5 : 0.08)) return [];
    const paidOn = addDays(inv.dueDate!, rnd.chance(0.2) ? rnd.int(5, 40) : -rnd.int(0, 10));
    return paidOn <= today && paidOn >= inv.transactionDate
      ? [
          {
            organizationId,
            accountId: receivables.id,
            customerId: inv.customerId,
            transactionType: "payment" as const,
            amount: inv.amount,
            transactionDate: paidOn,
            invoiceId: inv.id,
          },
        ]
      : [];
  });
  await tx.financeTransaction.createMany({ data: payments });
  await tx.financeMargin.createMany({
    data: [5, 4, 3, 2, 1].map((m) => {
      const start = firstOfMonth(m);
      const revenue = invoices
        .filter((i) => i.transactionDate.getTime() === start.getTime())
        .reduce((n, i) => n + i.amount, 0);
      return {
        organizationId,
        periodStart: start,
        periodEnd: addDays(firstOfMonth(m - 1), -1),
        revenue,
        costOfGoodsSold: Math.round(revenue * (0.45 + rnd.int(0, 20) / 100)),
      };
    }),
  });
}
