import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { Authorized } from "../../graphql/authChecker";
import type { Context } from "../../graphql/context";
import { PageArgsType, listConnection, pageOf } from "../../graphql/connection";
import { DateTimeScalar } from "../../graphql/scalars";
import { Staff } from "../staff/staff.type";
import { staffById } from "../staff/staff.loaders";
import { Partner } from "../partners/partner.type";
import { partnerById } from "../partners/partner.loaders";
import {
  OpsOverviewRow,
  OpsResolutionTime,
  Sla,
  Ticket,
  TicketConnection,
  TicketStatus,
  ticketFilter,
  ticketOrder,
} from "./ticket.type";
import { CreateTicketInput, SlaInput, UpdateTicketInput } from "./ticket.inputs";
import { nextStatuses, slaById, ticketStatusById } from "./ticket.loaders";
import {
  createSla,
  createTicket,
  findTicket,
  moveTicket,
  opsAverageResolutionTime,
  opsOverview,
  slas,
  ticketScope,
  ticketStatuses,
  updateTicket,
} from "./ticket.service";

const opt = { nullable: true };
const HOUR = 3_600_000;

@ArgsType()
export class TicketsArgs extends PageArgsType {
  @Field(() => ticketFilter.input, opt) filter?: Record<string, unknown>;
  @Field(() => [ticketOrder.input], { ...opt, description: "Default: newest first." })
  orderBy?: Record<string, string>[];
}

@Resolver(() => Ticket)
export class TicketResolver {
  @Query(() => TicketConnection, {
    description:
      "Tickets you reported or work (all with ops:read), e.g. tickets(filter: { closedAt: { isNull: true } }) for the open ones.",
  })
  tickets(@Ctx() ctx: Context, @Args(() => TicketsArgs) args: TicketsArgs) {
    return listConnection(
      TicketConnection,
      ctx.prisma.opsTicket as never,
      { organizationId: ctx.organizationId, ...ticketScope(ctx) },
      { filter: args.filter, orderBy: args.orderBy, page: pageOf(args), viewer: ctx.viewer },
      ticketFilter,
      ticketOrder,
    );
  }

  @Query(() => Ticket, {
    ...opt,
    description: "One ticket by id; null when it does not exist or you may not see it.",
  })
  ticket(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return findTicket(ctx, id).catch(() => null);
  }

  @Query(() => [TicketStatus], { description: "The ticket workflow's statuses, in order." })
  ticketStatuses(@Ctx() ctx: Context) {
    return ticketStatuses(ctx);
  }

  @Query(() => [Sla], { description: "The organization's SLAs, shortest target first." })
  slas(@Ctx() ctx: Context) {
    return slas(ctx);
  }

  @Authorized("ops:read")
  @Query(() => [OpsOverviewRow], { description: "Open, closed and breached tickets per SLA." })
  opsOverview(@Ctx() ctx: Context) {
    return opsOverview(ctx);
  }

  @Authorized("ops:read")
  @Query(() => [OpsResolutionTime], {
    description: "Average hours to close, per priority, over closed tickets.",
  })
  opsAverageResolutionTime(@Ctx() ctx: Context) {
    return opsAverageResolutionTime(ctx);
  }

  @Authorized(["self:write", "ops:write"])
  @Mutation(() => Ticket, {
    description:
      "Reports a ticket; it starts in the workflow's first status, with the SLA of its priority unless one is named.",
  })
  createTicket(
    @Ctx() ctx: Context,
    @Arg("input", () => CreateTicketInput) input: CreateTicketInput,
  ) {
    return createTicket(ctx, input);
  }

  @Authorized(["self:write", "ops:write"])
  @Mutation(() => Ticket, {
    description:
      "Changes a ticket's subject, details, priority, assignee, partner or SLA (yours, or any with ops:write).",
  })
  updateTicket(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateTicketInput) input: UpdateTicketInput,
  ) {
    return updateTicket(ctx, id, input);
  }

  @Authorized(["self:write", "ops:write"])
  @Mutation(() => Ticket, {
    description:
      'Moves a ticket to another status along an allowed transition, e.g. moveTicket(id: …, status: "resolved"); an illegal move is refused naming the allowed ones. Closing stamps closedAt; reopening clears it.',
  })
  moveTicket(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("status", () => String, { description: 'The target status\'s key, e.g. "closed".' })
    status: string,
  ) {
    return moveTicket(ctx, id, status);
  }

  @Authorized("ops:write")
  @Mutation(() => Sla, { description: "Adds an SLA." })
  createSla(@Ctx() ctx: Context, @Arg("input", () => SlaInput) input: SlaInput) {
    return createSla(ctx, input);
  }

  @FieldResolver(() => TicketStatus, { description: "Where it is in the workflow." })
  status(@Root() t: Ticket, @Ctx() ctx: Context) {
    return ctx.loaders.get(ticketStatusById).load(t.statusId);
  }

  @FieldResolver(() => Sla, { ...opt, description: "The resolution target it is held to." })
  sla(@Root() t: Ticket, @Ctx() ctx: Context) {
    return t.slaId ? ctx.loaders.get(slaById).load(t.slaId) : null;
  }

  @FieldResolver(() => DateTimeScalar, {
    ...opt,
    description: "When it must close by: createdAt + the SLA's target (null without an SLA).",
  })
  async slaDueAt(@Root() t: Ticket, @Ctx() ctx: Context) {
    const sla = t.slaId ? await ctx.loaders.get(slaById).load(t.slaId) : null;
    return sla ? new Date(t.createdAt.getTime() + sla.resolutionTargetHours * HOUR) : null;
  }

  @FieldResolver(() => Boolean, {
    description: "True when it closed after its SLA target, or is open past it.",
  })
  async slaBreached(@Root() t: Ticket, @Ctx() ctx: Context) {
    const due = await this.slaDueAt(t, ctx);
    return !!due && (t.closedAt ?? new Date()).getTime() > due.getTime();
  }

  @FieldResolver(() => Float, {
    ...opt,
    description: "Hours from creation to close (null while open).",
  })
  resolutionHours(@Root() t: Ticket) {
    return t.closedAt
      ? Math.round(((t.closedAt.getTime() - t.createdAt.getTime()) / HOUR) * 100) / 100
      : null;
  }

  @FieldResolver(() => Staff, { ...opt, description: "Who reported it (null for an API key)." })
  reporter(@Root() t: Ticket, @Ctx() ctx: Context) {
    return t.reporterId ? ctx.loaders.get(staffById).load(t.reporterId) : null;
  }

  @FieldResolver(() => Staff, { ...opt, description: "Who works it." })
  assignee(@Root() t: Ticket, @Ctx() ctx: Context) {
    return t.assigneeId ? ctx.loaders.get(staffById).load(t.assigneeId) : null;
  }

  @FieldResolver(() => Partner, {
    ...opt,
    description: "The partner it concerns (null when none, or one you may not see).",
  })
  partner(@Root() t: Ticket, @Ctx() ctx: Context) {
    return t.partnerId ? ctx.loaders.get(partnerById).load(t.partnerId) : null;
  }
}

@Resolver(() => TicketStatus)
export class TicketStatusResolver {
  @FieldResolver(() => [TicketStatus], {
    description: "The statuses a ticket may move to from this one.",
  })
  next(@Root() s: TicketStatus, @Ctx() ctx: Context) {
    return ctx.loaders.get(nextStatuses).load(s.id);
  }
}
