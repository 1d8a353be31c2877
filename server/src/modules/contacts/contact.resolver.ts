import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { Authorized } from "../../graphql/authChecker";
import type { Context } from "../../graphql/context";
import { PageArgsType, listConnection, pageOf } from "../../graphql/connection";
import { archiveScope } from "../../graphql/records";
import { Staff } from "../staff/staff.type";
import { staffById } from "../staff/staff.loaders";
import {
  ExternalContact,
  ExternalContactConnection,
  contactFilter,
  contactOrder,
} from "./contact.type";
import { CreateExternalContactInput, UpdateExternalContactInput } from "./contact.inputs";
import {
  archiveContact,
  createContact,
  findContact,
  restoreContact,
  updateContact,
} from "./contact.service";
import { contactsByAdder } from "./contact.loaders";

const opt = { nullable: true };

@ArgsType()
export class ContactsArgs extends PageArgsType {
  @Field(() => contactFilter.input, opt) filter?: Record<string, unknown>;
  @Field(() => [contactOrder.input], { ...opt, description: "Default: name ascending." })
  orderBy?: Record<string, string>[];
  @Field(() => Boolean, { ...opt, defaultValue: false, description: "Include archived contacts." })
  includeArchived?: boolean;
  @Field(() => String, { ...opt, description: "Only contacts with this tag." }) tag?: string;
}

@Resolver(() => ExternalContact)
export class ExternalContactResolver {
  @Authorized("contacts:read")
  @Query(() => ExternalContactConnection, { description: "The organization's external contacts." })
  externalContacts(@Ctx() ctx: Context, @Args(() => ContactsArgs) args: ContactsArgs) {
    return listConnection(
      ExternalContactConnection,
      ctx.prisma.externalContact as never,
      {
        organizationId: ctx.organizationId,
        ...archiveScope(args.includeArchived),
        ...(args.tag ? { tags: { has: args.tag } } : {}),
      },
      { filter: args.filter, orderBy: args.orderBy, page: pageOf(args), viewer: ctx.viewer },
      contactFilter,
      contactOrder,
    );
  }

  @Authorized("contacts:read")
  @Query(() => ExternalContact, {
    ...opt,
    description: "One external contact by id; null when it does not exist.",
  })
  externalContact(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return findContact(ctx, id).catch(() => null);
  }

  @FieldResolver(() => Staff, { ...opt, description: "Who added the contact." })
  addedBy(@Root() c: ExternalContact, @Ctx() ctx: Context) {
    return c.addedById ? ctx.loaders.get(staffById).load(c.addedById) : null;
  }

  @Authorized("contacts:write")
  @Mutation(() => ExternalContact, { description: "Adds an external contact." })
  createExternalContact(
    @Ctx() ctx: Context,
    @Arg("input", () => CreateExternalContactInput) input: CreateExternalContactInput,
  ) {
    return createContact(ctx, input);
  }

  @Authorized("contacts:write")
  @Mutation(() => ExternalContact, { description: "Changes an external contact." })
  updateExternalContact(
    @Ctx() ctx: Context,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateExternalContactInput) input: UpdateExternalContactInput,
  ) {
    return updateContact(ctx, id, input);
  }

  @Authorized("contacts:write")
  @Mutation(() => ExternalContact, {
    description:
      "Archives (soft-deletes) an external contact; restoreExternalContact brings it back.",
  })
  archiveExternalContact(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return archiveContact(ctx, id);
  }

  @Authorized("contacts:write")
  @Mutation(() => ExternalContact, { description: "Brings back an archived external contact." })
  restoreExternalContact(@Ctx() ctx: Context, @Arg("id", () => ID) id: string) {
    return restoreContact(ctx, id);
  }
}

@Resolver(() => Staff)
export class StaffContactsResolver {
  @Authorized("contacts:read")
  @FieldResolver(() => [ExternalContact], {
    description: "Live external contacts this person added.",
  })
  addedContacts(@Root() s: Staff, @Ctx() ctx: Context) {
    return ctx.loaders.get(contactsByAdder).load(s.id);
  }
}
