// Small builders for rows the data-layer tests need.
import crypto from "node:crypto";
import type { HubPrisma } from "../../src/db/database";

export async function makeOrganization(prisma: HubPrisma, name = "Test Org") {
  return prisma.organization.create({
    data: {
      name,
      subdomain: `${name.toLowerCase().replace(/\W+/g, "-")}-${crypto.randomBytes(3).toString("hex")}`,
    },
  });
}

export async function makeStaff(
  prisma: HubPrisma,
  organizationId: string,
  overrides: Partial<{ email: string; role: "pod_leader" | "admin" | "ppc_manager" }> = {},
) {
  return prisma.staff.create({
    data: {
      organizationId,
      fullName: "Test Person",
      email: overrides.email ?? `person.${crypto.randomBytes(4).toString("hex")}@example.com`,
      role: overrides.role ?? "pod_leader",
    },
  });
}

export async function makePartner(
  prisma: HubPrisma,
  organizationId: string,
  brandName = "Test Brand",
) {
  return prisma.partner.create({ data: { organizationId, brandName } });
}
