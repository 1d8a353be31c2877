// Time off: pending requests are approved or rejected; pending or approved ones can be
// cancelled; only pending ones can be edited.
import type { Context } from "../../graphql/context";
import { badInput } from "../../lib/errors";
import { requirePermission } from "../../graphql/authChecker";
import { requireRecord } from "../../graphql/records";
import { dateOrder, defined } from "../../graphql/validation";
import { findStaff } from "../staff/staff.service";
import type { RequestPtoInput, UpdatePtoInput } from "./pto.inputs";
import type { PtoRecord } from "./pto.type";

const find = (ctx: Context, id: string) =>
  requireRecord(ctx, ctx.prisma.ptoRecord, "PTO record", id) as Promise<PtoRecord>;

export async function requestPto(ctx: Context, input: RequestPtoInput): Promise<PtoRecord> {
  const staffId = input.staffId ?? ctx.viewer.staffId;
  if (!staffId)
    throw badInput(
      "input.staffId",
      "Name the staff member (staffId): this API key does not act for one.",
    );
  if (staffId !== ctx.viewer.staffId)
    requirePermission(ctx, "pto:approve", "Requesting time off for someone else");
  const staff = await findStaff(ctx, staffId);
  dateOrder("input.startDate", input.startDate, "input.endDate", input.endDate);
  return ctx.prisma.ptoRecord.create({
    data: {
      ...input,
      type: input.type as never,
      staffId: staff.id,
      organizationId: ctx.organizationId,
    },
  }) as Promise<PtoRecord>;
}

export async function updatePto(
  ctx: Context,
  id: string,
  input: UpdatePtoInput,
): Promise<PtoRecord> {
  const stored = await find(ctx, id);
  if (stored.staffId !== ctx.viewer.staffId)
    requirePermission(ctx, "pto:approve", "Changing someone else's time off");
  if (stored.status !== "pending")
    throw badInput("id", `Only pending requests can be changed (this one is ${stored.status}).`);
  dateOrder(
    "input.startDate",
    input.startDate ?? stored.startDate,
    "input.endDate",
    input.endDate ?? stored.endDate,
  );
  return ctx.prisma.ptoRecord.update({
    where: { id: stored.id },
    data: defined(input) as never,
  }) as Promise<PtoRecord>;
}

const MOVES: Record<string, string[]> = {
  approved: ["pending"],
  rejected: ["pending"],
  cancelled: ["pending", "approved"],
};

export async function decidePto(
  ctx: Context,
  id: string,
  status: "approved" | "rejected" | "cancelled",
): Promise<PtoRecord> {
  const stored = await find(ctx, id);
  if (!MOVES[status].includes(stored.status)) {
    throw badInput(
      "id",
      `A ${stored.status} request cannot become ${status} (allowed from: ${MOVES[status].join(", ")}).`,
    );
  }
  if (status !== "cancelled" || stored.staffId !== ctx.viewer.staffId)
    requirePermission(ctx, "pto:approve", `Making a request ${status}`);
  if (status !== "cancelled" && stored.staffId === ctx.viewer.staffId)
    throw badInput("id", "You cannot decide on your own request.");
  return ctx.prisma.ptoRecord.update({
    where: { id: stored.id },
    data: {
      status,
      ...(status === "approved"
        ? { approvedById: ctx.viewer.staffId, approvedAt: new Date() }
        : {}),
    },
  }) as Promise<PtoRecord>;
}
