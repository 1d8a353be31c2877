// Tickets: everyone reports them and sees the ones they reported or work; ops:read sees all,
// ops:write changes any. Status moves follow the organization's transitions (the database
// enforces them too, and keeps closedAt); the SLA defaults from the priority.
import { type Prisma } from "../../generated/prisma/client";
import type { Context } from "../../graphql/context";
import { NOBODY } from "../../graphql/scope";
import { badInput, forbidden } from "../../lib/errors";
import { requireRecord } from "../../graphql/records";
import { requirePermission } from "../../graphql/authChecker";
import { nonBlank } from "../../graphql/validation";
import { findStaff } from "../staff/staff.service";
import { findPartner } from "../partners/partner.service";
import type { CreateTicketInput, SlaInput, UpdateTicketInput } from "./ticket.inputs";
import type { OpsOverviewRow, OpsResolutionTime, Sla, Ticket, TicketStatus } from "./ticket.type";

const me = (ctx: Context) => ctx.viewer.staffId;

/** The tickets the viewer sees. */
export const ticketScope = (ctx: Context) =>
  ctx.viewer.permissions.has("ops:read")
    ? {}
    : { OR: [{ reporterId: me(ctx) ?? NOBODY }, { assigneeId: me(ctx) ?? NOBODY }] };

export const findTicket = (ctx: Context, id: string) =>
  requireRecord(ctx, ctx.prisma.opsTicket, "Ticket", id, ticketScope(ctx)) as Promise<Ticket>;

function requireWrite(ctx: Context, ticket: Ticket) {
  const mine = me(ctx) && (ticket.assigneeId === me(ctx) || ticket.reporterId === me(ctx));
  if (!mine && !ctx.viewer.permissions.has("ops:write"))
    throw forbidden(
      "Changing a ticket you neither reported nor work needs the permission ops:write.",
    );
}

async function assignee(
  ctx: Context,
  id: string | null | undefined,
): Promise<string | null | undefined> {
  if (!id) return id;
  if (id !== me(ctx)) requirePermission(ctx, "ops:write", "Assigning a ticket to someone else");
  return (await findStaff(ctx, id)).id;
}

async function slaFor(
  ctx: Context,
  slaId: string | undefined,
  priority: string,
): Promise<string | null> {
  if (slaId) return (await requireRecord(ctx, ctx.prisma.opsSla, "Sla", slaId)).id;
  return (
    (
      await ctx.prisma.opsSla.findFirst({
        where: { organizationId: ctx.organizationId, priorityLevel: priority as never },
        orderBy: { resolutionTargetHours: "asc" },
      })
    )?.id ?? null
  );
}

export async function createTicket(ctx: Context, input: CreateTicketInput): Promise<Ticket> {
  const priority = input.priority ?? "medium";
  const first = await ctx.prisma.opsTicketStatus.findFirst({
    where: { organizationId: ctx.organizationId, isActive: true, isClosed: false },
    orderBy: { sequence: "asc" },
  });
  if (!first)
    throw badInput(
      "input",
      "The organization has no open ticket status to start in; ask an admin to restore the workflow.",
    );
  return ctx.prisma.opsTicket.create({
    data: {
      organizationId: ctx.organizationId,
      reporterId: me(ctx),
      subject: nonBlank("input.subject", input.subject)!,
      description: input.description ?? null,
      priority: priority as never,
      statusId: first.id,
      assigneeId: (await assignee(ctx, input.assigneeId)) ?? null,
      partnerId: input.partnerId ? (await findPartner(ctx, input.partnerId)).id : null,
      slaId: await slaFor(ctx, input.slaId, priority),
    },
  }) as Promise<Ticket>;
}

export async function updateTicket(
  ctx: Context,
  id: string,
  input: UpdateTicketInput,
): Promise<Ticket> {
  const ticket = await findTicket(ctx, id);
  requireWrite(ctx, ticket);
  const data: Prisma.OpsTicketUncheckedUpdateInput = {};
  if (input.subject !== undefined) data.subject = nonBlank("input.subject", input.subject);
  if (input.description !== undefined) data.description = input.description;
  if (input.priority) data.priority = input.priority as never;
  if (input.assigneeId !== undefined) data.assigneeId = await assignee(ctx, input.assigneeId);
  if (input.partnerId !== undefined)
    data.partnerId = input.partnerId ? (await findPartner(ctx, input.partnerId)).id : null;
  if (input.slaId) data.slaId = await slaFor(ctx, input.slaId, ticket.priority);
  return ctx.prisma.opsTicket.update({ where: { id: ticket.id }, data }) as Promise<Ticket>;
}

export async function moveTicket(ctx: Context, id: string, key: string): Promise<Ticket> {
  const ticket = await findTicket(ctx, id);
  requireWrite(ctx, ticket);
  const statuses = await ctx.prisma.opsTicketStatus.findMany({
    where: { organizationId: ctx.organizationId },
    orderBy: { sequence: "asc" },
  });
  const from = statuses.find((s) => s.id === ticket.statusId)!;
  const to = statuses.find((s) => s.key === key && s.isActive);
  if (!to)
    throw badInput(
      "status",
      `"${key}" is not a ticket status; the statuses are ${statuses
        .filter((s) => s.isActive)
        .map((s) => s.key)
        .join(", ")}.`,
    );
  if (to.id === from.id) return ticket;
  const allowed = await ctx.prisma.opsTicketTransition.findMany({
    where: { fromStatusId: from.id },
    include: { toStatus: true },
    orderBy: { toStatus: { sequence: "asc" } },
  });
  if (!allowed.some((t) => t.toStatusId === to.id)) {
    throw badInput(
      "status",
      `A ticket cannot move from ${from.key} to ${to.key}; from ${from.key} it may move to ${allowed.map((t) => t.toStatus.key).join(", ") || "nothing"}.`,
    );
  }
  return ctx.prisma.opsTicket.update({
    where: { id: ticket.id },
    data: { statusId: to.id },
  }) as Promise<Ticket>;
}

export async function createSla(ctx: Context, input: SlaInput): Promise<Sla> {
  if (!Number.isInteger(input.resolutionTargetHours) || input.resolutionTargetHours <= 0)
    throw badInput(
      "input.resolutionTargetHours",
      "Give the target as a whole number of hours above 0, e.g. 8.",
    );
  return ctx.prisma.opsSla.create({
    data: {
      organizationId: ctx.organizationId,
      name: nonBlank("input.name", input.name)!,
      priorityLevel: input.priorityLevel as never,
      resolutionTargetHours: input.resolutionTargetHours,
    },
  }) as Promise<Sla>;
}

export const ticketStatuses = (ctx: Context) =>
  ctx.prisma.opsTicketStatus.findMany({
    where: { organizationId: ctx.organizationId, isActive: true },
    orderBy: { sequence: "asc" },
  }) as Promise<TicketStatus[]>;

export const slas = (ctx: Context) =>
  ctx.prisma.opsSla.findMany({
    where: { organizationId: ctx.organizationId },
    orderBy: { resolutionTargetHours: "asc" },
  }) as Promise<Sla[]>;

export const opsOverview = (ctx: Context) => ctx.prisma.$queryRaw<OpsOverviewRow[]>`
  SELECT "sla_id" AS "slaId", "sla_name" AS "slaName", "resolution_target_hours" AS "resolutionTargetHours",
         "open_tickets" AS "openTickets", "closed_tickets" AS "closedTickets", "breached_tickets" AS "breachedTickets"
  FROM "v_ops_overview" WHERE "organization_id" = ${ctx.organizationId}::uuid ORDER BY "resolution_target_hours"`;

export const opsAverageResolutionTime = async (ctx: Context) =>
  (
    await ctx.prisma.$queryRaw<
      (Omit<OpsResolutionTime, "averageHours"> & { averageHours: unknown })[]
    >`
  SELECT "priority"::text AS "priority", "closed_tickets" AS "closedTickets", "average_hours" AS "averageHours"
  FROM "v_ops_average_resolution_time" WHERE "organization_id" = ${ctx.organizationId}::uuid ORDER BY "priority"`
  ).map((r) => ({ ...r, averageHours: Number(r.averageHours) }));
