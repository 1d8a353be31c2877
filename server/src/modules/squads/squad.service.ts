// Squads and their members. Leaving a squad keeps the membership row (isActive false).
import type { Context } from "../../graphql/context";
import { badInput } from "../../lib/errors";
import { requireRecord } from "../../graphql/records";
import { defined, nonBlank } from "../../graphql/validation";
import { findStaff } from "../staff/staff.service";
import type { CreateSquadInput, UpdateSquadInput } from "./squad.inputs";
import type { Squad, SquadMembership } from "./squad.type";
import { membershipsByStaff } from "./squad.loaders";

export const findSquad = (ctx: Context, id: string) =>
  requireRecord(ctx, ctx.prisma.squad, "Squad", id) as Promise<Squad>;

export function createSquad(ctx: Context, input: CreateSquadInput): Promise<Squad> {
  return ctx.prisma.squad.create({
    data: {
      ...input,
      name: nonBlank("input.name", input.name)!,
      type: input.type as never,
      organizationId: ctx.organizationId,
    },
  });
}

export async function updateSquad(
  ctx: Context,
  id: string,
  input: UpdateSquadInput,
): Promise<Squad> {
  const squad = await findSquad(ctx, id);
  return ctx.prisma.squad.update({
    where: { id: squad.id },
    data: defined({ ...input, name: nonBlank("input.name", input.name) }) as never,
  });
}

export async function setSquadActive(ctx: Context, id: string, isActive: boolean): Promise<Squad> {
  const squad = await findSquad(ctx, id);
  return ctx.prisma.squad.update({ where: { id: squad.id }, data: { isActive } });
}

/** Adds a member, or brings back one who left (with the given role). */
export async function addSquadMember(
  ctx: Context,
  squadId: string,
  staffId: string,
  role: string,
): Promise<SquadMembership> {
  const [squad, staff] = [await findSquad(ctx, squadId), await findStaff(ctx, staffId)];
  if (!squad.isActive)
    throw badInput("squadId", `${squad.name} is archived; restore it before adding members.`);
  return ctx.prisma.staffSquad.upsert({
    where: { staffId_squadId: { staffId: staff.id, squadId: squad.id } },
    create: {
      organizationId: ctx.organizationId,
      staffId: staff.id,
      squadId: squad.id,
      role: role as never,
    },
    update: { role: role as never, isActive: true, assignedAt: new Date() },
  });
}

export async function removeSquadMember(
  ctx: Context,
  squadId: string,
  staffId: string,
): Promise<SquadMembership> {
  const membership = await ctx.prisma.staffSquad.findFirst({
    where: { organizationId: ctx.organizationId, squadId, staffId, isActive: true },
  });
  if (!membership)
    throw badInput("staffId", "That staff member is not an active member of this squad.");
  return ctx.prisma.staffSquad.update({ where: { id: membership.id }, data: { isActive: false } });
}

/** Whether the viewer leads (leader or captain) an active squad the staff member is in: their manager. */
export async function managesStaff(ctx: Context, staffId: string): Promise<boolean> {
  if (!ctx.viewer.staffId || ctx.viewer.staffId === staffId) return false;
  const [mine, theirs] = await ctx.loaders
    .get(membershipsByStaff)
    .loadMany([ctx.viewer.staffId, staffId]);
  if (!Array.isArray(mine) || !Array.isArray(theirs)) return false;
  const led = new Set(
    mine.filter((m) => m.role === "leader" || m.role === "captain").map((m) => m.squadId),
  );
  return theirs.some((m) => led.has(m.squadId));
}
