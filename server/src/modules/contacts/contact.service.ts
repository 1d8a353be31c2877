import type { Context } from "../../graphql/context";
import { archiveRecord, requireRecord, restoreRecord } from "../../graphql/records";
import { defined, email, nonBlank, url } from "../../graphql/validation";
import type { CreateExternalContactInput, UpdateExternalContactInput } from "./contact.inputs";
import type { ExternalContact } from "./contact.type";

const clean = <T extends CreateExternalContactInput | UpdateExternalContactInput>(input: T): T => ({
  ...input,
  name: nonBlank("input.name", input.name),
  email: email("input.email", input.email),
  linkedinUrl: url("input.linkedinUrl", input.linkedinUrl),
  tags: input.tags ? [...new Set(input.tags.map((t) => t.trim()).filter(Boolean))] : input.tags,
});

export const findContact = (ctx: Context, id: string, where: object = {}) =>
  requireRecord(
    ctx,
    ctx.prisma.externalContact,
    "External contact",
    id,
    where,
  ) as Promise<ExternalContact>;

export function createContact(
  ctx: Context,
  input: CreateExternalContactInput,
): Promise<ExternalContact> {
  return ctx.prisma.externalContact.create({
    data: {
      ...defined(clean(input)),
      organizationId: ctx.organizationId,
      addedById: ctx.viewer.staffId,
    } as never,
  }) as Promise<ExternalContact>;
}

export async function updateContact(
  ctx: Context,
  id: string,
  input: UpdateExternalContactInput,
): Promise<ExternalContact> {
  const stored = await findContact(ctx, id);
  return ctx.prisma.externalContact.update({
    where: { id: stored.id },
    data: defined(clean(input)) as never,
  }) as Promise<ExternalContact>;
}

export const archiveContact = (ctx: Context, id: string) =>
  archiveRecord(
    ctx,
    ctx.prisma.externalContact as never,
    "External contact",
    id,
  ) as Promise<ExternalContact>;
export const restoreContact = (ctx: Context, id: string) =>
  restoreRecord(
    ctx,
    ctx.prisma.externalContact as never,
    "External contact",
    id,
  ) as Promise<ExternalContact>;
