import { byIds, defineLoader } from "../../graphql/loaders";
import type { Customer, FinanceAccount, FinanceTransaction } from "./finance.type";

export const financeAccountById = defineLoader<string, FinanceAccount | null>(
  "financeAccountById",
  ({ prisma, organizationId }) =>
    async (ids) =>
      byIds(
        ids,
        (await prisma.financeAccount.findMany({
          where: { id: { in: [...ids] }, organizationId },
        })) as FinanceAccount[],
      ),
);

export const customerById = defineLoader<string, Customer | null>(
  "customerById",
  ({ prisma, organizationId }) =>
    async (ids) =>
      byIds(
        ids,
        (await prisma.customer.findMany({
          where: { id: { in: [...ids] }, organizationId },
        })) as Customer[],
      ),
);

export const financeTransactionById = defineLoader<string, FinanceTransaction | null>(
  "financeTransactionById",
  ({ prisma, organizationId }) =>
    async (ids) =>
      byIds(
        ids,
        (await prisma.financeTransaction.findMany({
          where: { id: { in: [...ids] }, organizationId },
        })) as FinanceTransaction[],
      ),
);
