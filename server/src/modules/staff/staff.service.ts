// Staff rules: validation, unique email per organization, archive and restore. A staff
// member's role and sign-in email are access control: changing either needs access:manage
// (the field-permission registry), and nobody gives a role, or acts on an account whose role,
// holds a permission they do not (auth/roleGrants.ts). The database keeps the last admin.
import type { Context } from "../../graphql/context";
import { badInput, conflict } from "../../lib/errors";
import { archiveRecord, requireRecord, restoreRecord } from "../../graphql/records";
import {
  atLeast,
  dateOrder,
  defined,
  email,
  generatedCode,
  nonBlank,
  url,
} from "../../graphql/validation";
import type { CreateStaffInput, UpdateStaffInput } from "./staff.inputs";
import type { Staff } from "./staff.type";
import { recordManualLineage } from "../../enrichment/lineage";
import { requireWritable } from "../../auth/fieldPermissions";
import { requireRoleWithin } from "../../auth/roleGrants";

/** Refuses acting on (or giving) a role that holds more than the viewer. */
const withinViewer = (ctx: Context, role: string, what: string, field?: string) =>
  requireRoleWithin(ctx.prisma, ctx.organizationId, ctx.viewer, role, what, field);

type StaffFields = CreateStaffInput | UpdateStaffInput;

function validate(input: StaffFields, stored?: Staff) {
  generatedCode("input.staffCode", "staffCode" in input ? input.staffCode : undefined, "ST");
  atLeast("input.maxClients", input.maxClients, 0);
  const hire = input.hireDate !== undefined ? input.hireDate : stored?.hireDate;
  const departure = input.departureDate !== undefined ? input.departureDate : stored?.departureDate;
  dateOrder("input.hireDate", hire, "input.departureDate", departure);
  return {
    ...input,
    fullName: nonBlank("input.fullName", input.fullName),
    email: email("input.email", input.email),
    dashboardUrl: url("input.dashboardUrl", input.dashboardUrl),
    calendlyUrl: url("input.calendlyUrl", input.calendlyUrl),
    services: input.services ? [...new Set(input.services)] : input.services,
  };
}

async function assertEmailFree(ctx: Context, address: string | undefined, exceptId?: string) {
  if (!address) return;
  const taken = await ctx.prisma.staff.findFirst({
    where: {
      organizationId: ctx.organizationId,
      email: address,
      deletedAt: undefined,
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
  });
  if (taken)
    throw conflict(
      `${address} belongs to ${taken.fullName} (${taken.staffCode})${taken.deletedAt ? ", who is archived: restore them instead" : ""}.`,
      "input.email",
    );
}

export const findStaff = (ctx: Context, id: string, where: object = {}) =>
  requireRecord(ctx, ctx.prisma.staff, "Staff member", id, where) as Promise<Staff>;

export async function createStaff(ctx: Context, input: CreateStaffInput): Promise<Staff> {
  await withinViewer(ctx, input.role, `Giving the role ${input.role}`, "input.role");
  const data = validate(input);
  await assertEmailFree(ctx, data.email);
  const created = (await ctx.prisma.staff.create({
    data: { ...defined(data), organizationId: ctx.organizationId } as never,
  })) as Staff;
  await recordManualLineage(ctx, "staff", null, created);
  return created;
}

export async function updateStaff(
  ctx: Context,
  id: string,
  input: UpdateStaffInput,
): Promise<Staff> {
  const stored = await findStaff(ctx, id);
  await withinViewer(ctx, stored.role, `Changing a staff member whose role is ${stored.role}`);
  const data = validate(input, stored);
  if (data.role !== undefined && data.role !== stored.role) {
    requireWritable(ctx.viewer, "Staff", "role", "input.role");
    await withinViewer(ctx, data.role, `Giving the role ${data.role}`, "input.role");
  }
  // Whoever controls the sign-in email controls the account.
  if (data.email !== undefined && data.email !== stored.email)
    requireWritable(ctx.viewer, "Staff", "email", "input.email");
  await assertEmailFree(ctx, data.email, stored.id);
  const updated = (await ctx.prisma.staff.update({
    where: { id: stored.id },
    data: defined(data) as never,
  })) as Staff;
  await recordManualLineage(ctx, "staff", stored, updated);
  return updated;
}

export async function archiveStaff(ctx: Context, id: string): Promise<Staff> {
  const stored = await findStaff(ctx, id);
  if (stored.id === ctx.viewer.staffId) throw badInput("id", "You cannot archive yourself.");
  await withinViewer(ctx, stored.role, `Archiving a staff member whose role is ${stored.role}`);
  return archiveRecord(ctx, ctx.prisma.staff as never, "Staff member", stored.id) as Promise<Staff>;
}

export async function restoreStaff(ctx: Context, id: string): Promise<Staff> {
  const stored = await findStaff(ctx, id, { deletedAt: { not: null } }).catch(() => null);
  // Bringing an account back gives its role back.
  if (stored)
    await withinViewer(ctx, stored.role, `Restoring a staff member whose role is ${stored.role}`);
  return restoreRecord(ctx, ctx.prisma.staff as never, "Staff member", id) as Promise<Staff>;
}
