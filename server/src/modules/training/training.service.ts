// Training progress: status moves stamp their timestamps; scores are 0-100.
import type { Context } from "../../graphql/context";
import { conflict } from "../../lib/errors";
import { requireRecord } from "../../graphql/records";
import { atLeast, defined, inRange, nonBlank } from "../../graphql/validation";
import { findStaff } from "../staff/staff.service";
import type { CreateStaffTrainingInput, UpdateStaffTrainingInput } from "./training.inputs";
import type { StaffTraining } from "./training.type";

export async function createTraining(
  ctx: Context,
  input: CreateStaffTrainingInput,
): Promise<StaffTraining> {
  const staff = await findStaff(ctx, input.staffId);
  const moduleName = nonBlank("input.moduleName", input.moduleName)!;
  if (await ctx.prisma.staffTraining.findFirst({ where: { staffId: staff.id, moduleName } })) {
    throw conflict(`${staff.fullName} is already enrolled in ${moduleName}.`, "input.moduleName");
  }
  return ctx.prisma.staffTraining.create({
    data: {
      ...input,
      moduleName,
      moduleType: input.moduleType as never,
      staffId: staff.id,
      organizationId: ctx.organizationId,
    },
  });
}

export async function updateTraining(
  ctx: Context,
  id: string,
  input: UpdateStaffTrainingInput,
): Promise<StaffTraining> {
  const stored = await requireRecord(ctx, ctx.prisma.staffTraining, "Training record", id);
  inRange("input.score", input.score, 0, 100);
  atLeast("input.attempts", input.attempts, 0);
  const now = new Date();
  const stamps = {
    ...(input.status === "in_progress" && !stored.startedAt ? { startedAt: now } : {}),
    ...(input.status === "completed"
      ? { completedAt: stored.completedAt ?? now, startedAt: stored.startedAt ?? now }
      : {}),
    ...(input.status && input.status !== "completed" ? { completedAt: null } : {}),
  };
  return ctx.prisma.staffTraining.update({
    where: { id: stored.id },
    data: { ...defined(input), ...stamps } as never,
  });
}
