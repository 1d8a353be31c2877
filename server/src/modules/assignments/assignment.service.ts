// Assignments: one active primary per partner and role (promoting demotes the previous
// primary in the same transaction); unassigning sets unassigned_at and keeps the row.
import type { Context } from "../../graphql/context";
import { badInput, conflict } from "../../lib/errors";
import { requireRecord } from "../../graphql/records";
import { defined } from "../../graphql/validation";
import { findPartner } from "../partners/partner.service";
import { findStaff } from "../staff/staff.service";
import type { AssignStaffArgs, UpdateAssignmentInput } from "./assignment.inputs";
import type { Assignment } from "./assignment.type";

export const findAssignment = (ctx: Context, id: string) =>
  requireRecord(
    ctx,
    ctx.prisma.partnerAssignment,
    "Assignment",
    id,
    ctx.rows.partnerChild,
  ) as Promise<Assignment>;

type Tx = Context["prisma"];

const demotePrimary = (tx: Tx, partnerId: string, role: string, exceptId?: string) =>
  tx.partnerAssignment.updateMany({
    where: {
      partnerId,
      assignmentRole: role as never,
      isPrimary: true,
      unassignedAt: null,
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    data: { isPrimary: false },
  });

export async function assignStaff(ctx: Context, input: AssignStaffArgs): Promise<Assignment> {
  const partner = await findPartner(ctx, input.partnerId);
  const staff = await findStaff(ctx, input.staffId);
  if (staff.status === "departed")
    throw badInput("staffId", `${staff.fullName} has departed and cannot be assigned.`);
  // A mutation is atomic (its own savepoint), so these steps commit or fail together.
  const existing = await ctx.prisma.partnerAssignment.findFirst({
    where: { partnerId: partner.id, staffId: staff.id, assignmentRole: input.role as never },
  });
  if (existing && existing.unassignedAt === null) {
    throw conflict(
      `${staff.fullName} is already assigned to ${partner.brandName} as ${input.role}.`,
      "staffId",
    );
  }
  if (input.isPrimary) await demotePrimary(ctx.prisma, partner.id, input.role);
  const fields = {
    isPrimary: input.isPrimary ?? false,
    notes: input.notes ?? null,
    assignedAt: new Date(),
    unassignedAt: null,
  };
  // The seed keeps one row per partner, staff and role: a returning assignee reopens it.
  return existing
    ? ctx.prisma.partnerAssignment.update({ where: { id: existing.id }, data: fields })
    : ctx.prisma.partnerAssignment.create({
        data: {
          ...fields,
          organizationId: ctx.organizationId,
          partnerId: partner.id,
          staffId: staff.id,
          assignmentRole: input.role as never,
        },
      });
}

export async function updateAssignment(
  ctx: Context,
  id: string,
  input: UpdateAssignmentInput,
): Promise<Assignment> {
  const assignment = await findAssignment(ctx, id);
  if (assignment.unassignedAt)
    throw badInput("id", "This assignment has ended; assign the staff member again instead.");
  if (input.isPrimary)
    await demotePrimary(ctx.prisma, assignment.partnerId, assignment.assignmentRole, assignment.id);
  return ctx.prisma.partnerAssignment.update({
    where: { id: assignment.id },
    data: defined(input) as never,
  });
}

export async function unassignStaff(ctx: Context, id: string): Promise<Assignment> {
  const assignment = await findAssignment(ctx, id);
  if (assignment.unassignedAt) throw badInput("assignmentId", "This assignment has already ended.");
  return ctx.prisma.partnerAssignment.update({
    where: { id: assignment.id },
    data: { unassignedAt: new Date() },
  });
}
